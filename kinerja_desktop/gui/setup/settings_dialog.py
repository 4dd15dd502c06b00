"""Berkas ▸ Pengaturan…: the first-run wizard's fields in tabs, to change them later."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QMessageBox, QTabWidget, QVBoxLayout,
                               QWidget)

from kinerja_desktop.errors import StaleSaveError

from kinerja_desktop.gui.setup.letterhead_form import LetterheadForm
from kinerja_desktop.gui.setup.setup_forms import InstitutionForm, PcForm, SignatoriesForm
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.gui.shared.screen_fit import scroll_form
from kinerja_desktop.gui.shared.settings import GuiSettings
from kinerja_desktop.gui.shared.stale_save import ask_about_stale_save
from kinerja_desktop.services import setup
from kinerja_desktop.services.setup import DatasetSettings
from kinerja_desktop.services.database import Database


class SettingsDialog(QDialog):
    """Tabs Instansi (government, place, paper), Kop surat (both letterheads), Penandatangan
    and PC ini."""

    def __init__(self, db: Database, settings: GuiSettings | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Pengaturan"))
        self.db = db
        self.settings = settings or GuiSettings()
        self.institution_form = InstitutionForm(self)
        self.letterhead_form = LetterheadForm(self)
        self.signatories_form = SignatoriesForm(self)
        self.pc_form = PcForm(self.settings, self)
        self._load()
        institution_tab = QWidget(self)
        tab_layout = QVBoxLayout(institution_tab)
        tab_layout.addWidget(self.institution_form)
        tab_layout.addStretch(1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(institution_tab, self.tr("Instansi"))
        # The longest tab: it scrolls on a small screen, the OK button stays visible.
        self.tabs.addTab(scroll_form(self.letterhead_form, self), self.tr("Kop surat"))
        self.tabs.addTab(self.signatories_form, self.tr("Penandatangan"))
        self.tabs.addTab(self.pc_form, self.tr("PC ini"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.institution_form.place_edit.textChanged.connect(self.signatories_form.set_place)
        self.institution_form.changed.connect(self._institution_changed)
        for form in (self.institution_form, self.letterhead_form, self.signatories_form):
            form.changed.connect(self._update_ok)
        self._update_ok()
        # Room for the two letterheads side by side; a smaller screen shrinks it (screen_fit)
        # and the Kop surat tab scrolls.
        self.resize(960, 640)

    def _institution_changed(self) -> None:
        base = self.institution_form.values()
        self.letterhead_form.set_institution(base.institution, base.place)

    def problems(self) -> list:
        return [p for p in (self.institution_form.validation()
                            + self.letterhead_form.validation()
                            + self.signatories_form.validation()) if p.is_error]

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self.problems())

    def dataset_settings(self) -> DatasetSettings:
        return self.letterhead_form.values(self.institution_form.values())

    def _load(self) -> None:
        stored = setup.load_settings(self.db)
        self.institution_form.set_values(stored)
        self.letterhead_form.set_values(stored)
        self.signatories_form.set_place(stored.place)
        self.signatories_form.set_values(setup.signatories_by_role(self.db))
        # As shown, read back from the forms: a save writes only what the user changes
        # since, and asks when a colleague changed the same (StaleSaveError).
        self.loaded = (self.dataset_settings(), self.signatories_form.values())

    def accept(self) -> None:
        if self.problems():
            return
        saved = attempt(self, lambda: self._save(overwrite=False))
        if saved and isinstance(saved.value, StaleSaveError):
            choice = ask_about_stale_save(self, self.tr("Pengaturan diubah orang lain"),
                                          saved.value, back_to_entries=True)
            if choice == QMessageBox.StandardButton.Discard:
                self._load()
                return
            if choice != QMessageBox.StandardButton.Save:
                return
            saved = attempt(self, lambda: self._save(overwrite=True))
        if not saved:
            return
        self.pc_form.save(self.settings)
        super().accept()

    def _save(self, overwrite: bool) -> object:
        """The service's save; a StaleSaveError is returned (for the choice), not shown."""
        try:
            setup.save_setup(self.db, self.dataset_settings(), self.signatories_form.values(),
                             seen=self.loaded, overwrite=overwrite)
        except StaleSaveError as exc:
            return exc
        return True
