"""One appointment block in the inauguration dialog: who, which post, how filled, decree."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox,
                               QCompleter, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QSizePolicy, QWidget)

from kinerja_desktop.domain import ranks, vocab
from kinerja_desktop.domain.officials import InaugurationItem
from kinerja_desktop.gui.roster.official_picker import OfficialPicker
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.widgets import OptionalDateEdit, combo_completer, combo_line_edit
from kinerja_desktop.services.roster import RosterService

DEFAULT_ESELON = "II.b"  # heads of a regency's agencies (JPT Pratama) are II.b
DEFAULT_FILLING = "seleksi_terbuka"
ERROR_COLOUR = "#b00020"


class InaugurationRow(QFrame):
    """One appointment made at the inauguration: who, to which post, how, under which decree."""

    changed = Signal()
    official_changed = Signal()
    focused = Signal(QWidget)

    def __init__(self, roster: RosterService, unit_names: list[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inaugurationRow")
        self.setProperty("current", False)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._unit_names = unit_names
        self.number_label = QLabel(self)
        self.number_label.setObjectName("rowNumberLabel")
        self.number_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("00") + 8)
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        self.official_edit = OfficialPicker(roster, self)
        self.official_edit.setObjectName("officialEdit")
        self.official_edit.setPlaceholderText(self.tr("ketik nama atau NIP, lalu pilih"))
        self.post_edit = QLineEdit(self)
        self.post_edit.setObjectName("postEdit")
        self.post_edit.setPlaceholderText(
            self.tr("mis. Kepala Dinas Kependudukan dan Catatan Sipil"))
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("unitCombo")
        self.unit_combo.setEditable(True)
        self.unit_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit_combo.addItems(unit_names)
        self.unit_combo.setCurrentIndex(-1)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setMinimumContentsLength(20)
        self.unit_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo_line_edit(self.unit_combo).setPlaceholderText(
            self.tr("pilih atau ketik unit kerja baru"))
        # Names are long ("Dinas Kependudukan dan …"): match any part, not only the start.
        combo_completer(self.unit_combo).setFilterMode(Qt.MatchFlag.MatchContains)
        combo_completer(self.unit_combo).setCompletionMode(
            QCompleter.CompletionMode.PopupCompletion)
        self.filling_combo = QComboBox(self)
        self.filling_combo.setObjectName("fillingCombo")
        for code, label in vocab.FILLING_METHODS.items():
            self.filling_combo.addItem(domain_word(label), code)
        self.filling_combo.setCurrentIndex(self.filling_combo.findData(DEFAULT_FILLING))
        self.eselon_combo = QComboBox(self)
        self.eselon_combo.setObjectName("eselonCombo")
        self.eselon_combo.addItem("–", None)
        for eselon in ranks.ESELONS:
            self.eselon_combo.addItem(eselon, eselon)
        self.eselon_combo.setCurrentIndex(self.eselon_combo.findData(DEFAULT_ESELON))
        self.decree_edit = QLineEdit(self)
        self.decree_edit.setObjectName("decreeEdit")
        self.decree_edit.setPlaceholderText(self.tr("mis. 821.2/Kep.123-BKPSDM/2019"))
        self.decree_date = OptionalDateEdit(self.tr("diketahui"), self)
        self.decree_date.setObjectName("decreeDate")
        self.decree_date.check.setObjectName("decreeDateCheck")
        self.decree_date.edit.setObjectName("decreeDateEdit")
        self.preview = QLabel(self)
        self.preview.setObjectName("previewLabel")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        left.addRow(self.tr("Pejabat:"), self.official_edit)
        left.addRow(self.tr("Jabatan baru:"), self.post_edit)
        left.addRow(self.tr("Unit kerja:"), self.unit_combo)
        left.addRow(self.preview)
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        right.addRow(self.tr("Pengisian:"), self.filling_combo)
        right.addRow(self.tr("Eselon:"), self.eselon_combo)
        right.addRow(self.tr("Nomor SK:"), self.decree_edit)
        right.addRow(self.tr("Tanggal SK:"), self.decree_date)
        layout = QHBoxLayout(self)
        layout.addWidget(self.number_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

        for widget in self.focus_chain() + [combo_line_edit(self.unit_combo)]:
            widget.installEventFilter(self)
        self.official_edit.official_changed.connect(self.official_changed)
        self.official_edit.official_changed.connect(self.changed)
        self.official_edit.searched.connect(self.changed)
        self.post_edit.editingFinished.connect(self._suggest_unit)
        for signal in (self.post_edit.textChanged, self.unit_combo.editTextChanged,
                       self.filling_combo.currentIndexChanged,
                       self.eselon_combo.currentIndexChanged, self.decree_edit.textChanged,
                       self.decree_date.changed):
            signal.connect(self.changed)

    # Values -----------------------------------------------------------------------------------
    @property
    def official_id(self) -> int | None:
        return self.official_edit.official_id

    def post_title(self) -> str:
        return " ".join(self.post_edit.text().split())

    def unit_name(self) -> str:
        return " ".join(self.unit_combo.currentText().split())

    def filling(self) -> str | None:
        return self.filling_combo.currentData()

    def eselon(self) -> str | None:
        return self.eselon_combo.currentData()

    def item(self, placeholder_id: int) -> InaugurationItem:
        """The appointment; a row without an official yet carries `placeholder_id` instead."""
        official_id = self.official_id
        return InaugurationItem(official_id if official_id is not None else placeholder_id,
                                self.post_title(), self.unit_name(), self.eselon(),
                                self.filling(), self.decree_edit.text().strip(),
                                self.decree_date.value())

    def has_input(self) -> bool:
        return bool(self.official_edit.text().strip() or self.post_title() or self.unit_name()
                    or self.decree_edit.text().strip() or self.decree_date.value())

    # Appearance -------------------------------------------------------------------------------
    def set_number(self, number: int) -> None:
        self.number_label.setText(f"<b>{number}</b>")
        self.setAccessibleName(self.tr("Baris {0}").format(number))

    def set_current(self, current: bool) -> None:
        if self.property("current") != current:
            self.setProperty("current", current)
            self.style().unpolish(self)
            self.style().polish(self)

    def follow_date(self, day: QDate) -> None:
        """An unknown decree date starts, once ticked, at the inauguration date: decrees are
        dated on or shortly before it, rarely today."""
        if not self.decree_date.check.isChecked():
            self.decree_date.edit.setDate(day)

    def set_preview(self, html: str) -> None:
        self.preview.setText(html)

    def mark(self, fields: set[str]) -> None:
        """Outline the fields holding an error (not the ones merely still empty)."""
        for widget, key in ((self.official_edit, "pejabat"), (self.post_edit, "jabatan"),
                            (self.unit_combo, "unit_kerja")):
            widget.setStyleSheet(f"border: 1px solid {ERROR_COLOUR};" if key in fields else "")

    def focus_chain(self) -> list[QWidget]:
        return [self.official_edit, self.post_edit, self.unit_combo, self.filling_combo,
                self.eselon_combo, self.decree_edit, self.decree_date.check,
                self.decree_date.edit]

    def _suggest_unit(self) -> None:
        """'Kepala Dinas Kependudukan dan Catatan Sipil' names its unit: fill it if still empty."""
        post = self.post_title().lower()
        if self.unit_name() or not post:
            return
        found = [name for name in self._unit_names if name.lower() in post]
        if found:
            self.unit_combo.setCurrentText(max(found, key=len))
            combo_line_edit(self.unit_combo).setCursorPosition(0)  # the start of a long name

    # Events -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit(watched)
        elif (event.type() == QEvent.Type.Wheel and isinstance(watched, (QComboBox,
                                                                        QAbstractSpinBox))
              and not watched.hasFocus()):
            # Scrolling the list over a combo must scroll the list, not change a row's eselon.
            area = self.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is not None:
                QApplication.sendEvent(area.verticalScrollBar(), event)
            return True
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.focused.emit(self)
        super().mousePressEvent(event)
