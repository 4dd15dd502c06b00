"""The first-run wizard: institution and paper, the two letterheads, signatories, this PC,
demo data.

Nothing is written until Finish; Cancel skips the setup (the app works without it, and the
same fields are in Berkas ▸ Pengaturan…)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from kinerja_desktop.gui.setup.letterhead_form import LetterheadForm
from kinerja_desktop.gui.setup.setup_forms import InstitutionForm, PcForm, SignatoriesForm
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.gui.shared.screen_fit import scroll_form
from kinerja_desktop.gui.shared.settings import GuiSettings
from kinerja_desktop.services import setup
from kinerja_desktop.services.setup import DatasetSettings
from kinerja_desktop.services.database import Database


class _FormPage(QWizardPage):
    """A page around one form; Next is enabled while the form has no error."""

    def __init__(self, title: str, subtitle: str,
                 form: InstitutionForm | LetterheadForm | SignatoriesForm | PcForm,
                 problems: Callable[[], list] | None = None, parent: QWidget | None = None,
                 scrolled: bool = False):
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = form
        self._problems = problems
        layout = QVBoxLayout(self)
        # A long form scrolls on a small screen (1366×768 at 125 %), the buttons stay put.
        layout.addWidget(scroll_form(form, self) if scrolled else form)
        form.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return not (self._problems and any(p.is_error for p in self._problems()))


class FirstRunWizard(QWizard):
    """Set up a new dataset: what the letterhead says, who signs, who works at this PC."""

    def __init__(self, db: Database, settings: GuiSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Penyiapan awal Kinerja Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.db = db
        self.settings = settings
        self.demo_loaded = False
        self.institution_form = InstitutionForm(self)
        self.letterhead_form = LetterheadForm(self)
        self.signatories_form = SignatoriesForm(self)
        self.pc_form = PcForm(settings, self)
        self.institution_page = _FormPage(
            self.tr("Instansi"),
            self.tr("Nama pemerintah daerah dan tempat dicetak pada kop dan baris tanggal "
                    "dokumen."), self.institution_form, self.institution_form.validation)
        self.letterhead_page = _FormPage(
            self.tr("Kop surat"),
            self.tr("Naskah yang ditandatangani Bupati memakai kop Bupati (lambang negara); "
                    "naskah perangkat daerah memakai kop dengan lambang daerah dan alamat. "
                    "Yang belum diketahui boleh dikosongkan."),
            self.letterhead_form, self.letterhead_form.validation, scrolled=True)
        self.signatories_page = _FormPage(
            self.tr("Penandatangan"),
            self.tr("Pejabat yang menandatangani dan melantik. Bupati dan Wakil Bupati adalah "
                    "pejabat terpilih (tanpa NIP). Yang belum diketahui boleh dikosongkan."),
            self.signatories_form, self.signatories_form.validation)
        self.pc_page = _FormPage(self.tr("PC ini"),
                                 self.tr("Nama petugas yang bekerja di PC ini dan bahasa "
                                         "tampilan."), self.pc_form)
        self.final_page = QWizardPage(self)
        self.final_page.setTitle(self.tr("Selesai"))
        self.final_page.setSubTitle(self.tr("Pengaturan disimpan saat menekan Selesai; semuanya "
                                            "dapat diubah lagi di Berkas ▸ Pengaturan…"))
        self.demo_check = QCheckBox(self.tr("Muat &data contoh (pelantikan 14 Juni 2019 di "
                                            "Kabupaten Serang) untuk mencoba aplikasi"),
                                    self.final_page)
        self.demo_check.setObjectName("demoCheck")
        note = QLabel(self.tr("Data contoh memakai NIP rekaan. Data itu dapat dihapus kemudian "
                              "lewat Berkas ▸ Hapus data contoh…; data yang Anda masukkan "
                              "sendiri tetap ada."), self.final_page)
        note.setObjectName("demoNote")
        note.setWordWrap(True)
        final_layout = QVBoxLayout(self.final_page)
        final_layout.addWidget(self.demo_check)
        final_layout.addWidget(note)
        final_layout.addStretch(1)
        for page in (self.institution_page, self.letterhead_page, self.signatories_page,
                     self.pc_page, self.final_page):
            self.addPage(page)
        self.institution_form.place_edit.textChanged.connect(self.signatories_form.set_place)
        self.institution_form.changed.connect(self._institution_changed)
        self._institution_changed()
        # Room for the two letterheads side by side; a smaller screen shrinks it (screen_fit)
        # and the letterhead page scrolls.
        self.resize(980, 660)

    def _institution_changed(self) -> None:
        base = self.institution_form.values()
        self.letterhead_form.set_institution(base.institution, base.place)

    def dataset_settings(self) -> DatasetSettings:
        return self.letterhead_form.values(self.institution_form.values())

    def accept(self) -> None:
        if not attempt(self, lambda: setup.save_setup(self.db, self.dataset_settings(),
                                                      self.signatories_form.values())):
            return
        self.pc_form.save(self.settings)
        if self.demo_check.isChecked():
            from kinerja_desktop.services.demo import load_demo
            # The setup is saved either way; a demo that fails to load is shown, not fatal.
            self.demo_loaded = bool(attempt(self, lambda: load_demo(self.db)))
        super().accept()
