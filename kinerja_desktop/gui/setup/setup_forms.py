"""The forms shared by the first-run wizard and the settings dialog: institution, emblem and
paper, the standing signatories, and this PC's operator name and language."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout,
                               QWidget)

from kinerja_desktop.domain import ranks
from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.errors import Problem
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.gui.shared.settings import GuiSettings
from kinerja_desktop.gui.shared.widgets import ProblemLabel
from kinerja_desktop.resources import resource_path
from kinerja_desktop.services import setup
from kinerja_desktop.services.setup import DatasetSettings, SignatoryInput


SAMPLE_EMBLEM = "lambang-contoh.png"  # resources/icons/, drawn by scripts/make_icons.py


class InstitutionForm(QWidget):
    """Institution, place of the date lines, address and the letterhead's agency line."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.institution_edit = QLineEdit(self)
        self.institution_edit.setObjectName("institutionEdit")
        self.institution_edit.setPlaceholderText("Pemerintah Kabupaten Serang")
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("placeEdit")
        self.place_edit.setPlaceholderText("Serang")
        self.address_edit = QPlainTextEdit(self)
        self.address_edit.setObjectName("addressEdit")
        self.address_edit.setPlaceholderText(self.tr("Jalan, nomor telepon, kode pos"))
        self.address_edit.setMaximumHeight(70)
        self.address_edit.setTabChangesFocus(True)  # Tab goes to the next field, as in a form
        self.agency_edit = QLineEdit(self)
        self.agency_edit.setObjectName("agencyEdit")
        self.agency_edit.setPlaceholderText("Sekretariat Daerah")
        self.problems = ProblemLabel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Pemerintah daerah / instansi:"), self.institution_edit)
        form.addRow(self.tr("&Tempat (baris tanggal):"), self.place_edit)
        form.addRow(self.tr("&Alamat:"), self.address_edit)
        form.addRow(self.tr("&Unit pada kop:"), self.agency_edit)
        form.addRow(self.problems)
        for edit in (self.institution_edit, self.place_edit, self.agency_edit):
            edit.textChanged.connect(self._changed)
        self.address_edit.textChanged.connect(self._changed)
        # A new form is not yet wrong: say what is needed, in red only once typing began.
        self.problems.show_hint(self.tr("Isi nama pemerintah daerah dan tempat untuk baris "
                                        "tanggal, lalu lanjutkan."))

    def _changed(self) -> None:
        self.problems.show_problems(self.validation())
        self.changed.emit()

    def validation(self) -> list[Problem]:
        return [p for p in setup.validate_settings(
            DatasetSettings(self.institution_edit.text(), self.place_edit.text()))
            if p.field in ("instansi", "tempat")]

    def set_values(self, s: DatasetSettings) -> None:
        self.institution_edit.setText(s.institution)
        self.place_edit.setText(s.place)
        self.address_edit.setPlainText(s.address)
        self.agency_edit.setText(s.agency)


class EmblemForm(QWidget):
    """The emblem on the letterhead (chosen file, preview) and the paper size."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.emblem: bytes | None = None
        self.preview = QLabel(self)
        self.preview.setObjectName("emblemPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(120, 120)
        self.preview.setStyleSheet("background: white; border: 1px solid #ccc")
        self.choose_button = QPushButton(self.tr("&Pilih gambar…"), self)
        self.choose_button.setObjectName("chooseEmblemButton")
        self.remove_button = QPushButton(self.tr("&Hapus gambar"), self)
        self.remove_button.setObjectName("removeEmblemButton")
        # A neutral shield that says "LAMBANG CONTOH": to try the letterhead before the
        # regency's own emblem file is at hand. It is never chosen without a click.
        self.sample_button = QPushButton(self.tr("Pakai lambang &contoh"), self)
        self.sample_button.setObjectName("sampleEmblemButton")
        note = QLabel(self.tr("Lambang daerah untuk kop dokumen: gambar PNG atau JPEG, "
                              "maksimal 1 MB. Boleh dikosongkan."), self)
        note.setWordWrap(True)
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("paperCombo")
        self.paper_combo.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper_combo.addItem(self.tr("F4 / folio (215 × 330 mm)"), "F4")
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Ukuran kertas:"), self.paper_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addStretch(1)
        self.choose_button.clicked.connect(lambda: self.choose())
        self.remove_button.clicked.connect(lambda: self.set_emblem(None))
        self.sample_button.clicked.connect(
            lambda: self.choose(str(resource_path("icons", SAMPLE_EMBLEM))))
        self.paper_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.set_emblem(None)

    def paper(self) -> str:
        return self.paper_combo.currentData()

    def set_paper(self, paper: str) -> None:
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(paper)))

    def choose(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Gambar lambang"), "",
                                                  self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if not path:
            return
        emblem = attempt(self, lambda: setup.read_emblem(path))
        if emblem:
            self.set_emblem(emblem.value)

    def set_emblem(self, content: bytes | None) -> None:
        self.emblem = content
        self.remove_button.setEnabled(content is not None)
        pixmap = QPixmap()
        if content is not None:
            pixmap.loadFromData(QByteArray(content))
        if pixmap.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("(tanpa lambang)"))
        else:
            self.preview.setPixmap(pixmap.scaled(self.preview.size(),
                                                 Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        self.changed.emit()


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
