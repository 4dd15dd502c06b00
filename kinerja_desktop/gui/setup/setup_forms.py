"""The forms shared by the first-run wizard and the settings dialog: institution, place and
paper, the standing signatories, and this PC's operator name and language (the letterheads'
form is letterhead_form.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from kinerja_desktop.domain import ranks
from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.errors import Problem
from kinerja_desktop.gui.shared.settings import GuiSettings
from kinerja_desktop.gui.shared.widgets import ProblemLabel
from kinerja_desktop.services import setup
from kinerja_desktop.services.setup import DatasetSettings, SignatoryInput


class InstitutionForm(QWidget):
    """The government (the agency letterhead's first line), the place of the date lines (and
    of the Bupati's default title) and the paper documents are printed on."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.institution_edit = QLineEdit(self)
        self.institution_edit.setObjectName("institutionEdit")
        self.institution_edit.setPlaceholderText("Pemerintah Kabupaten Serang")
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("placeEdit")
        self.place_edit.setPlaceholderText("Serang")
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("paperCombo")
        self.paper_combo.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper_combo.addItem(self.tr("F4 / folio (215 × 330 mm)"), "F4")
        # PUEBI and EYD V disagree on the dash of a range (docs/documents.md): the office
        # chooses; the texts are the printed forms, so they are not translated.
        self.dash_combo = QComboBox(self)
        self.dash_combo.setObjectName("dashCombo")
        self.dash_combo.addItem("10–20, 14 Juni–21 September (PUEBI)", "en")
        self.dash_combo.addItem("10—20, 14 Juni—21 September (EYD V)", "em")
        self.problems = ProblemLabel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Pemerintah daerah / instansi:"), self.institution_edit)
        form.addRow(self.tr("&Tempat (baris tanggal):"), self.place_edit)
        form.addRow(self.tr("&Ukuran kertas:"), self.paper_combo)
        form.addRow(self.tr("Tanda pisah &rentang:"), self.dash_combo)
        form.addRow(self.problems)
        for edit in (self.institution_edit, self.place_edit):
            edit.textChanged.connect(self._changed)
        self.paper_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.dash_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        # A new form is not yet wrong: say what is needed, in red only once typing began.
        self.problems.show_hint(self.tr("Isi nama pemerintah daerah dan tempat untuk baris "
                                        "tanggal, lalu lanjutkan."))

    def _changed(self) -> None:
        self.problems.show_problems(self.validation())
        self.changed.emit()

    def validation(self) -> list[Problem]:
        return [p for p in setup.validate_settings(self.values())
                if p.field in ("instansi", "tempat")]

    def paper(self) -> str:
        return self.paper_combo.currentData()

    def set_paper(self, paper: str) -> None:
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(paper)))

    def values(self) -> DatasetSettings:
        """This form's fields; the letterhead form adds its own (LetterheadForm.values)."""
        return DatasetSettings(self.institution_edit.text(), self.place_edit.text(),
                               paper=self.paper(), range_dash=self.dash_combo.currentData())

    def set_values(self, s: DatasetSettings) -> None:
        self.institution_edit.setText(s.institution)
        self.place_edit.setText(s.place)
        self.set_paper(s.paper)
        self.dash_combo.setCurrentIndex(max(0, self.dash_combo.findData(s.range_dash)))


class SignatoriesForm(QWidget):
    """Bupati, Wakil Bupati and Sekretaris Daerah: name, title (default from the place), and
    NIP and rank for the Sekda only (the elected two have neither). A role left without a
    name is not saved."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.place = ""
        self.edits: dict[str, tuple[QLineEdit, QLineEdit, QLineEdit | None]] = {}
        self.rank_combos: dict[str, QComboBox] = {}  # only roles with a NIP
        self._auto_title: dict[str, bool] = {}
        layout = QVBoxLayout(self)
        forms: list[QFormLayout] = []
        labels = {"bupati": self.tr("Bupati"), "wakil_bupati": self.tr("Wakil Bupati"),
                  "sekda": self.tr("Sekretaris Daerah")}
        for role, (_label, has_nip) in setup.ROLES.items():
            box = QGroupBox(labels[role], self)
            form = QFormLayout(box)
            forms.append(form)
            name = QLineEdit(box)
            name.setObjectName(f"{role}NameEdit")
            title = QLineEdit(box)
            title.setObjectName(f"{role}TitleEdit")
            form.addRow(self.tr("Nama:"), name)
            form.addRow(self.tr("Jabatan:"), title)
            nip = None
            if has_nip:
                nip = QLineEdit(box)
                nip.setObjectName(f"{role}NipEdit")
                nip.setPlaceholderText(self.tr("18 angka"))
                form.addRow(self.tr("NIP:"), nip)
                nip.textChanged.connect(self._changed)
                rank = QComboBox(box)
                rank.setObjectName(f"{role}RankCombo")
                rank.addItem("–", None)
                for code, _rank_name in ranks.RANKS:
                    rank.addItem(ranks.rank_label(code), code)
                form.addRow(self.tr("Pangkat/gol.:"), rank)
                rank.currentIndexChanged.connect(lambda _i: self._changed())
                self.rank_combos[role] = rank
            layout.addWidget(box)
            self.edits[role] = (name, title, nip)
            self._auto_title[role] = True
            name.textChanged.connect(self._changed)
            title.textEdited.connect(lambda _t, r=role: self._auto_title.__setitem__(r, False))
            title.textChanged.connect(self._changed)
        _align_label_columns(forms)
        self.problems = ProblemLabel(self)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        self.set_place("")

    def set_place(self, place: str) -> None:
        """Titles not typed by the user follow the place: 'Bupati Serang'."""
        self.place = place
        for role, (_name, title, _nip) in self.edits.items():
            if self._auto_title[role]:
                title.setText(setup.default_title(role, place))

    def set_values(self, signatories: dict[str, SignatoryInput]) -> None:
        for role, s in signatories.items():
            name, title, nip = self.edits[role]
            name.setText(s.name)
            title.setText(s.title)
            self._auto_title[role] = False
            if nip is not None:
                nip.setText(format_nip(s.nip) if s.nip else "")  # grouped, as printed
            if role in self.rank_combos:
                combo = self.rank_combos[role]
                index = combo.findData(s.rank) if s.rank else 0
                if index < 0 and s.rank:  # a rank this list does not know: keep it, as stored
                    combo.addItem(s.rank, s.rank)
                    index = combo.count() - 1
                combo.setCurrentIndex(index)

    def values(self) -> list[SignatoryInput]:
        result = []
        for role, (name, title, nip) in self.edits.items():
            if name.text().strip():
                combo = self.rank_combos.get(role)
                result.append(SignatoryInput(role, name.text(), title.text(),
                                             nip.text() if nip is not None else "",
                                             combo.currentData() if combo else None))
        return result

    def validation(self) -> list[Problem]:
        return [p for s in self.values() for p in setup.validate_signatory(s)]

    def _changed(self) -> None:
        self.problems.show_problems(self.validation())
        self.changed.emit()


def _align_label_columns(forms: list[QFormLayout]) -> None:
    """One label width for forms stacked in separate group boxes, so their fields line up."""
    items = [form.itemAt(row, QFormLayout.ItemRole.LabelRole)
             for form in forms for row in range(form.rowCount())]
    labels = [label for item in items
              if item is not None and (label := item.widget()) is not None]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


class PcForm(QWidget):
    """This PC's operator name (audit history) and the interface language."""

    changed = Signal()

    def __init__(self, settings: GuiSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.operator_edit = QLineEdit(self)
        self.operator_edit.setObjectName("operatorEdit")
        self.operator_edit.setText(settings.operator())
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem("Bahasa Indonesia", "id")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(settings.language())))
        note = QLabel(self.tr("Pengaturan ini hanya berlaku di PC ini. Nama operator dicatat "
                              "dalam riwayat perubahan; bahasa berlaku setelah aplikasi dibuka "
                              "ulang."), self)
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Nama &operator:"), self.operator_edit)
        form.addRow(self.tr("&Bahasa:"), self.language_combo)
        form.addRow(note)
        self.operator_edit.textChanged.connect(lambda _t: self.changed.emit())
        self.language_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def language(self) -> str:
        return self.language_combo.currentData()

    def save(self, settings: GuiSettings) -> None:
        settings.set_operator(self.operator_edit.text())
        settings.set_language(self.language())
        settings.sync()
