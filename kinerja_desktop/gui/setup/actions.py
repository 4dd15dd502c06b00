"""Set-up's actions: settings, this PC's operator name and language, the user guide, about."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox

from kinerja_desktop.gui.shared.features import FeatureActions, FeatureContext

LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))  # each named in its own language


class SetupActions(FeatureActions):
    """Menu Berkas's operator name and settings, Tampilan's language menu (add_language_menu)
    and Bantuan's guide and about."""

    def __init__(self, context: FeatureContext):
        super().__init__(context)
        self.operator_action = self._action(self.tr("Nama &operator…"), self.set_operator_name,
                                            name="operatorAction")
        self.settings_action = self._action(self.tr("&Pengaturan…"), self.edit_settings,
                                            name="settingsAction")
        self.help_action = self._action(self.tr("&Panduan pengguna"), self.show_help,
                                        QKeySequence.StandardKey.HelpContents, "helpAction")
        self.about_action = self._action(self.tr("&Tentang Kinerja Desktop"), self.show_about,
                                         name="aboutAction")

    def add_language_menu(self, parent: QMenu) -> QMenu:
        """Bahasa: one checkable entry per language; the choice applies at the next start."""
        menu = parent.addMenu(self.tr("&Bahasa"))
        group = QActionGroup(self.window)
        for code, label in LANGUAGES:
            action = QAction(label, self.window, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(self.context.settings.language() == code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            menu.addAction(action)
        return menu

    def set_language(self, language: str) -> None:
        settings = self.context.settings
        if language == settings.language():
            return
        settings.set_language(language)
        QMessageBox.information(self.window, self.tr("Bahasa"),
                                self.tr("Bahasa antarmuka berubah setelah aplikasi dibuka "
                                        "kembali."))

    def set_operator_name(self) -> None:
        """The name this PC's changes are recorded under in the audit history."""
        settings = self.context.settings
        name, ok = QInputDialog.getText(
            self.window, self.tr("Nama operator"),
            self.tr("Nama petugas di PC ini (dicatat dalam riwayat perubahan):"),
            QLineEdit.EchoMode.Normal, settings.operator())
        if ok:
            settings.set_operator(name)
            self.context.show_status(
                self.tr("Perubahan berikutnya dicatat atas nama {0}.").format(
                    settings.operator() or self.tr("(nama login)")), 8000)

    def edit_settings(self) -> None:
        from kinerja_desktop.gui.setup.settings_dialog import SettingsDialog
        settings = self.context.settings
        language = settings.language()
        if not SettingsDialog(self.context.db, settings, self.window).exec():
            return
        message = self.tr("Pengaturan disimpan.")
        if settings.language() != language:  # open windows are not translated again
            message += " " + self.tr("Bahasa yang dipilih berlaku setelah aplikasi dibuka ulang.")
        self.context.show_status(message, 10000)

    def show_help(self) -> None:
        from kinerja_desktop.gui.setup.help_window import show_help
        show_help(self.window)

    def show_about(self) -> None:
        from kinerja_desktop.gui.setup.about_dialog import AboutDialog
        AboutDialog(self.context.db.location, self.window).exec()
