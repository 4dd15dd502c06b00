"""The selected target's detail pane: description, expected evidence, the target's polarity
and a range's upper end, its budget and the programme that funds it (the Perjanjian Kinerja's
annex), progress reports and their evidence files. It shows data and asks; the editor does the
saving (undoably)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDoubleSpinBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from kinerja_desktop.domain import programs as rules
from kinerja_desktop.domain.achievement import (HIGHER, POLARITIES, POLARITY_MARKS, RANGE,
                                                target_text)
from kinerja_desktop.domain.evidence import AttachmentRecord, ProgressRecord, format_size
from kinerja_desktop.domain.programs import ProgramRecord, TargetRecord
from kinerja_desktop.gui.programs.text_colour import set_text_colour
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.formatting import format_date, locale
from kinerja_desktop.gui.shared.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.gui.shared.list_model import ListTableModel

# What a budget may be typed as: "150.000.000", "Rp150.000.000", "Rp 150.000.000,00",
# "150000000". Whole rupiah: a fraction other than ",00" / ",-" is refused.
_GROUPED = re.compile(r"\d{1,3}(\.\d{3})+")
_CENTS = re.compile(r",(0{1,2}|-)$")


class BudgetError(ValueError):
    """Why a typed budget is not an amount: "huruf", "sen" or "titik"."""


def parse_rupiah(text: str) -> int | None:
    """A typed budget in whole rupiah; None when empty. Raises BudgetError."""
    value = "".join(text.split())
    if value[:2].lower() == "rp":
        value = value[2:].lstrip(".")
    value = _CENTS.sub("", value)
    if not value:
        return None
    if any(ch.isalpha() for ch in value) or not all(ch.isdigit() or ch in ".," for ch in value):
        raise BudgetError("huruf")
    if "," in value:
        raise BudgetError("sen")
    if "." in value and not _GROUPED.fullmatch(value):
        raise BudgetError("titik")
    return int(value.replace(".", ""))


def rupiah_digits(amount: int | None) -> str:
    """150000000 -> '150.000.000' (the field shows the amount grouped, without 'Rp')."""
    return "" if amount is None else f"{amount:,}".replace(",", ".")


class ProgressModel(ListTableModel[ProgressRecord]):
    """A target's progress reports, newest first."""

    HEADERS = (QT_TRANSLATE_NOOP("ProgressModel", "Tanggal"),
               QT_TRANSLATE_NOOP("ProgressModel", "Realisasi"),
               QT_TRANSLATE_NOOP("ProgressModel", "Bukti"),
               QT_TRANSLATE_NOOP("ProgressModel", "Catatan"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.measure = "angka"
        self.unit = ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        report = self.item(index)
        if report is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return format_date(report.date)
            if column == 1:
                if self.measure == "selesai":
                    return self.tr("selesai") if report.data.realised >= 1 else self.tr("belum")
                return f"{rules.format_number(report.data.realised)} {self.unit}".strip()
            if column == 2:
                return str(len(report.attachments)) if report.attachments else "—"
            return " ".join(report.data.note.split())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return report.data.note or None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            # The column has a set width: a long figure is cut short there, whole here.
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None


class FileModel(ListTableModel[AttachmentRecord]):
    """The evidence files of one progress report."""

    HEADERS = (QT_TRANSLATE_NOOP("FileModel", "Berkas bukti"),
               QT_TRANSLATE_NOOP("FileModel", "Ukuran"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        item = self.item(index)
        if item is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return item.filename if index.column() == 0 else format_size(item.size)


class _FocusOut(QObject):
    """Calls back when a text box loses focus: free text is saved when the user leaves it."""

    def __init__(self, callback, parent=None):
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False


class TargetDetail(QWidget):
    """Description, expected evidence and progress history of one target."""

    text_edited = Signal(int, str, str)  # target id, field ("uraian"/"bukti_dukung"), text
    polarity_edited = Signal(int, str, object)  # target id, polarity, upper end (float or None)
    budget_edited = Signal(int, object, str)  # target id, budget (int or None), programme
    add_progress = Signal()
    delete_progress = Signal(int)
    add_files = Signal(int)
    open_file = Signal(int)
    save_file = Signal(int)
    delete_file = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("targetDetail")
        self.program: ProgramRecord | None = None
        self.target: TargetRecord | None = None
        self._shown_texts: dict[str, str] = {}  # what the boxes held when shown or last saved
        self._shown_polarity: tuple[str, float | None] = (HIGHER, None)  # the same for these
        self._shown_budget: tuple[int | None, str] = (None, "")  # and for the budget
        self.title_label = QLabel(self)
        self.title_label.setObjectName("targetTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("descriptionEdit")
        self.evidence_edit = QPlainTextEdit(self)
        self.evidence_edit.setObjectName("evidenceEdit")
        self._filter = _FocusOut(self.save_texts, self)
        for edit, text in ((self.description_edit, self.tr("Uraian target")),
                           (self.evidence_edit, self.tr("Bukti dukung yang diharapkan"))):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(72)
            edit.setPlaceholderText(text)
            edit.installEventFilter(self._filter)
        self.polarity_combo = QComboBox(self)
        self.polarity_combo.setObjectName("polarityCombo")
        self.polarity_combo.setAccessibleName(self.tr("Arah capaian"))
        for code, text in POLARITIES.items():
            self.polarity_combo.addItem(f"{POLARITY_MARKS[code]} {domain_word(text)}", code)
        self.polarity_combo.setToolTip(self.tr(
            "Makin tinggi makin baik: realisasi dibagi target. Makin rendah makin baik "
            "(mis. hari layanan): realisasi di bawah target lebih baik. Dalam rentang: "
            "di antara batas bawah (nilai target) dan batas atas."))
        self.polarity_combo.activated.connect(self._polarity_chosen)
        self.upper_spin = QDoubleSpinBox(self)
        self.upper_spin.setObjectName("targetMaxSpin")
        self.upper_spin.setAccessibleName(self.tr("Batas atas rentang"))
        self.upper_spin.setLocale(locale())
        self.upper_spin.setDecimals(2)
        self.upper_spin.setRange(0, 1_000_000_000)
        # 0 stands for "no upper end": the target is a single value.
        self.upper_spin.setSpecialValueText(self.tr("(tanpa batas atas)"))
        self.upper_spin.setToolTip(self.tr(
            "Batas atas bila target berupa rentang (nilai target adalah batas bawahnya); "
            "tekan Enter untuk menyimpan."))
        self.upper_spin.editingFinished.connect(self.save_polarity)
        self.polarity_hint = QLabel(self)
        self.polarity_hint.setObjectName("polarityHint")
        self.polarity_hint.setWordWrap(True)
        set_text_colour(self.polarity_hint, "#6b4500")
        self.polarity_hint.hide()
        self.budget_edit = QLineEdit(self)
        self.budget_edit.setObjectName("budgetEdit")
        self.budget_edit.setAccessibleName(self.tr("Anggaran (rupiah)"))
        self.budget_edit.setPlaceholderText(self.tr("mis. 150.000.000"))
        self.budget_edit.setToolTip(self.tr(
            "Anggaran yang mendanai target ini, dalam rupiah utuh: 150.000.000, Rp150.000.000 "
            "atau 150000000. Dicetak di lampiran perjanjian kinerja; tekan Enter untuk "
            "menyimpan."))
        self.budget_edit.editingFinished.connect(self.save_budget)
        self.budget_program_edit = QLineEdit(self)
        self.budget_program_edit.setObjectName("budgetProgramEdit")
        self.budget_program_edit.setAccessibleName(self.tr("Program/kegiatan anggaran"))
        self.budget_program_edit.setPlaceholderText(
            self.tr("program/kegiatan APBD yang mendanai target ini"))
        self.budget_program_edit.editingFinished.connect(self.save_budget)
        self.budget_hint = QLabel(self)
        self.budget_hint.setObjectName("budgetHint")
        self.budget_hint.setWordWrap(True)
        set_text_colour(self.budget_hint, "#b00020")
        self.budget_hint.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Uraian:"), self.description_edit)
        form.addRow(self.tr("&Bukti dukung:"), self.evidence_edit)
        form.addRow(self.tr("&Arah capaian:"), self.polarity_combo)
        form.addRow(self.tr("Batas atas (re&ntang):"), self.upper_spin)
        form.addRow(self.polarity_hint)
        form.addRow(self.tr("Ang&garan (Rp):"), self.budget_edit)
        form.addRow(self.tr("Pr&ogram anggaran:"), self.budget_program_edit)
        form.addRow(self.budget_hint)
        for edit in (self.description_edit, self.evidence_edit, self.polarity_combo,
                     self.upper_spin, self.budget_edit, self.budget_program_edit):
            form.labelForField(edit).setBuddy(edit)

        self.progress_model = ProgressModel(self)
        self.progress_table = self._table(self.progress_model, "progressTable",
                                          self.tr("Riwayat progres"))
        self.progress_table.selectionModel().currentRowChanged.connect(self._report_changed)
        self.file_model = FileModel(self)
        self.file_table = self._table(self.file_model, "fileTable", self.tr("Berkas bukti"))
        self.file_table.doubleClicked.connect(lambda _i: self._emit_file(self.open_file))
        self.file_table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self._sized_for: str | None = None
        self._size_columns("")

        self.add_progress_button = self._button(self.tr("Tambah &progres…"), "addProgressButton",
                                                self.add_progress.emit)
        self.delete_progress_button = self._button(
            self.tr("Hapus progres"), "deleteProgressButton",
            lambda: self._emit_report(self.delete_progress))
        self.add_files_button = self._button(
            self.tr("&Lampirkan…"), "addFilesButton", lambda: self._emit_report(self.add_files),
            self.tr("Lampirkan berkas bukti pada laporan progres terpilih"))
        self.open_file_button = self._button(self.tr("&Buka"), "openFileButton",
                                             lambda: self._emit_file(self.open_file))
        self.save_file_button = self._button(
            self.tr("&Simpan…"), "saveFileButton", lambda: self._emit_file(self.save_file),
            self.tr("Simpan salinan berkas bukti ke folder lain"))
        self.delete_file_button = self._button(
            self.tr("Hapus"), "deleteFileButton", lambda: self._emit_file(self.delete_file),
            self.tr("Hapus berkas bukti terpilih"))

        self.empty_label = QLabel(self.tr("Pilih target di tabel untuk melihat uraian, bukti "
                                          "dukung dan riwayat progresnya."), self)
        self.empty_label.setObjectName("detailEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("detailState")
        self.state_label.setWordWrap(True)
        set_text_colour(self.state_label, "#555")

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title_label)
        body.addWidget(self.state_label)
        body.addLayout(form)
        body.addWidget(QLabel(self.tr("<b>Riwayat progres</b>"), self))
        body.addWidget(self.progress_table, 2)
        row = QHBoxLayout()
        row.addWidget(self.add_progress_button)
        row.addWidget(self.delete_progress_button)
        row.addStretch(1)
        body.addLayout(row)
        body.addWidget(self.file_table, 1)
        row = QHBoxLayout()
        for button in (self.add_files_button, self.open_file_button, self.save_file_button,
                       self.delete_file_button):
            row.addWidget(button)
        row.addStretch(1)
        body.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.body)
        self.show_target(None, None, [])

    def _table(self, model, name: str, accessible: str) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)
        table.setAccessibleName(accessible)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        # Columns sized from the font (_size_columns), not fitted to their contents: fitting
        # formats every report at each layout pass, hundreds for a busy target.
        table.horizontalHeader().setStretchLastSection(True)
        table.setWordWrap(False)
        return table

    def _size_columns(self, unit: str) -> None:
        """Widths for the longest date, a realisation in the target's unit, and a file's
        size; the note and the file name take the rest."""
        metrics = self.fontMetrics()
        pad = 12  # the cell's margins and a little air

        def width(model, column: int, sample: str) -> int:
            header = str(model.headerData(column, Qt.Orientation.Horizontal))
            return max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header)) + pad

        self.progress_table.setColumnWidth(
            0, width(self.progress_model, 0, format_date(date(2024, 9, 30))))
        self.progress_table.setColumnWidth(
            1, width(self.progress_model, 1, f"{rules.format_number(Decimal('999.99'))} {unit}"))
        self.progress_table.setColumnWidth(2, width(self.progress_model, 2, "99"))
        self.file_table.horizontalHeader().setStretchLastSection(False)
        self.file_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.file_table.setColumnWidth(1, width(self.file_model, 1, format_size(999 * 1024)))

    def _button(self, text: str, name: str, slot, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        if tip:
            button.setToolTip(tip)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # Showing ----------------------------------------------------------------------------------
    def show_target(self, program: ProgramRecord | None, target: TargetRecord | None,
                    reports: list[ProgressRecord]) -> None:
        selected_report = self.selected_report()
        self.program, self.target = program, target
        self.empty_label.setVisible(target is None)
        self.body.setVisible(target is not None)
        if target is None:
            self.progress_model.set_items([])
            self.file_model.set_items([])
            self._update()
            return
        d = target.data
        self.title_label.setText(d.title)
        priority = domain_word(rules.label(rules.PRIORITIES, d.priority)).lower()
        state = [domain_word(rules.label(rules.TARGET_KINDS, d.kind)),
                 self.tr("kepentingan {0}").format(priority)]
        if d.measure == "angka":
            planned = target_text(d.polarity, d.target_value, d.target_max, rules.format_number)
            state.append(self.tr("target {0}").format(f"{planned} {d.unit}".strip()))
        if d.indicator:
            state.append(self.tr("indikator: {0}").format(d.indicator))
        self.state_label.setText(" · ".join(state))
        editable = program is not None and program.editable
        for edit, text in ((self.description_edit, d.description),
                           (self.evidence_edit, d.evidence_expected)):
            if edit.toPlainText() != text:
                edit.setPlainText(text)
            edit.setReadOnly(not editable)
        self._shown_texts = {"uraian": d.description.strip(),
                             "bukti_dukung": d.evidence_expected.strip()}
        self._show_polarity(d.polarity, d.target_max, editable)
        self._show_budget(d.budget, d.budget_program, editable)
        self.progress_model.measure, self.progress_model.unit = d.measure, d.unit
        if self._sized_for != d.unit:
            self._sized_for = d.unit
            self._size_columns(d.unit)
        self.progress_model.set_items(reports)
        row = next((n for n, r in enumerate(reports) if r.id == selected_report), 0 if reports
                   else None)
        if row is not None:
            self.progress_table.selectRow(row)
        self._report_changed()

    def selected_report(self) -> int | None:
        report = self.progress_model.item(self.progress_table.currentIndex())
        return report.id if report else None

    def selected_file(self) -> int | None:
        item = self.file_model.item(self.file_table.currentIndex())
        return item.id if item else None

    def _report_changed(self, *_args) -> None:
        report = self.progress_model.item(self.progress_table.currentIndex())
        self.file_model.set_items(report.attachments if report else [])
        if report and report.attachments:
            self.file_table.selectRow(0)
        self._update()

    def _update(self) -> None:
        open_for_progress = (self.program is not None and self.target is not None
                             and rules.progress_allowed(self.program.status))
        has_report = self.selected_report() is not None
        has_file = self.selected_file() is not None
        self.add_progress_button.setEnabled(open_for_progress)
        self.delete_progress_button.setEnabled(open_for_progress and has_report)
        self.add_files_button.setEnabled(open_for_progress and has_report)
        self.open_file_button.setEnabled(has_file)
        self.save_file_button.setEnabled(has_file)
        self.delete_file_button.setEnabled(open_for_progress and has_file)

    def _show_polarity(self, polarity: str, upper: float | None, editable: bool) -> None:
        index = self.polarity_combo.findData(polarity)
        self.polarity_combo.setCurrentIndex(max(index, 0))
        self.upper_spin.setValue(float(upper) if upper is not None else 0.0)
        self._shown_polarity = (polarity, float(upper) if upper is not None else None)
        self.polarity_combo.setEnabled(editable)
        self.upper_spin.setReadOnly(not editable)
        self.polarity_hint.hide()

    def _show_budget(self, budget: int | None, programme: str, editable: bool) -> None:
        self.budget_edit.setText(rupiah_digits(budget))
        self.budget_program_edit.setText(programme)
        self._shown_budget = (budget, programme.strip())
        for edit in (self.budget_edit, self.budget_program_edit):
            edit.setReadOnly(not editable)
        self.budget_hint.hide()

    def chosen_budget(self) -> tuple[int | None, str]:
        """The budget and its programme as the fields hold them; BudgetError when the budget
        is not an amount."""
        return (parse_rupiah(self.budget_edit.text()),
                " ".join(self.budget_program_edit.text().split()))

    def _budget_problem(self, error: BudgetError) -> str:
        typed = self.budget_edit.text().strip()
        if str(error) == "sen":
            return self.tr("Anggaran ditulis dalam rupiah utuh, tanpa sen: \"{0}\" tidak "
                           "disimpan.").format(typed)
        if str(error) == "titik":
            return self.tr("Titik pada anggaran memisahkan ribuan (tiap tiga angka), mis. "
                           "150.000.000: \"{0}\" tidak disimpan.").format(typed)
        return self.tr("Anggaran hanya berisi angka, mis. 150.000.000 atau Rp150.000.000: "
                       "\"{0}\" memuat huruf atau tanda lain dan tidak disimpan.").format(typed)

    def chosen_polarity(self) -> tuple[str, float | None]:
        """The polarity and upper end as the two fields now hold them."""
        self.upper_spin.interpretText()
        upper = self.upper_spin.value()
        return str(self.polarity_combo.currentData()), (upper if upper > 0 else None)

    # Asking -----------------------------------------------------------------------------------
    def _polarity_chosen(self, _index: int) -> None:
        polarity, upper = self.chosen_polarity()
        if polarity == RANGE and upper is None:
            # Both ends first: a range is saved whole or not at all.
            self.polarity_hint.setText(self.tr("Isi batas atas rentang, lalu tekan Enter."))
            self.polarity_hint.show()
            self.upper_spin.setFocus()
            self.upper_spin.selectAll()
            return
        self.save_polarity()

    def save_polarity(self) -> None:
        """Hand over a changed polarity or upper end (chosen, Enter, or leaving the field)."""
        if self.target is None or self.program is None or not self.program.editable:
            return
        chosen = self.chosen_polarity()
        if chosen == self._shown_polarity:
            return
        # Marked first: saving reloads the editor, which asks this pane again (and a refusal
        # shown in a dialog takes the focus, which must not hand the same values over twice).
        self._shown_polarity = chosen
        self.polarity_hint.hide()
        self.polarity_edited.emit(self.target.id, *chosen)

    def save_budget(self) -> None:
        """Hand over a changed budget or programme (Enter, or leaving the field); a budget
        that is not an amount is refused here, said under the field, and nothing is saved."""
        if self.target is None or self.program is None or not self.program.editable:
            return
        try:
            chosen = self.chosen_budget()
        except BudgetError as error:
            self.budget_hint.setText(self._budget_problem(error))
            self.budget_hint.show()
            return
        self.budget_hint.hide()
        if chosen == self._shown_budget:
            return
        # Marked first: saving reloads the editor, which asks this pane again.
        self._shown_budget = chosen
        self.budget_edited.emit(self.target.id, *chosen)

    def save_texts(self) -> None:
        """Hand over edited free text and fields (on leaving the box, or before the selection
        moves)."""
        if self.target is None or self.program is None or not self.program.editable:
            return
        target_id = self.target.id
        for edit, key in ((self.description_edit, "uraian"),
                          (self.evidence_edit, "bukti_dukung")):
            text = edit.toPlainText().strip()
            if text != self._shown_texts.get(key, ""):
                # Marked first: saving reloads the editor, which asks this pane again.
                self._shown_texts[key] = text
                self.text_edited.emit(target_id, key, text)
                if self.target is None or self.target.id != target_id:
                    return  # the editor reloaded on another target
        self.save_polarity()
        if self.target is not None and self.target.id == target_id:
            self.save_budget()

    def _emit_report(self, signal) -> None:
        report = self.selected_report()
        if report is not None:
            signal.emit(report)

    def _emit_file(self, signal) -> None:
        item = self.selected_file()
        if item is not None:
            signal.emit(item)
