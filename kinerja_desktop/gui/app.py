"""Start of the GUI: the application object, translations, the database and the main window."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from kinerja_desktop import APP_NAME, ORG_NAME, __version__
from kinerja_desktop.domain.server_address import AddressError, ServerAddress, from_environment
from kinerja_desktop.errors import DataFolderError, NotOurDatabaseError, StorageError
from kinerja_desktop.gui.shared.errors import install_excepthook, setup_logging
from kinerja_desktop.gui.shared.fonts import before_application, use_bundled_fonts
from kinerja_desktop.gui.shared.i18n import switch_language
from kinerja_desktop.gui.shared.screen_fit import (install_screen_fitter, is_small_screen,
                                                   move_into_screen, shrink_to_screen)
from kinerja_desktop.gui.shared.settings import GuiSettings
from kinerja_desktop.paths import check_data_dir, default_database
from kinerja_desktop.resources import resource_path
from kinerja_desktop.services import local_copy
from kinerja_desktop.services.database import Database, open_database_for_use

# After the main window is shown, the screen fitter waits this long (ms): past the first paint.
FITTER_DELAY_MS = 300


def create_application(argv: list[str], lang: str | None = None,
                       fit_windows: bool = True, fonts: bool = True) -> QApplication:
    """The QApplication with names, icon, fonts and translators set (reused if one exists);
    with `fit_windows` every window is fitted into the screen from now on; without `fonts`
    the bundled faces are left for the caller to register (use_bundled_fonts)."""
    app = QApplication.instance() or new_application([sys.argv[0], *argv])
    if not isinstance(app, QApplication):  # a QCoreApplication made elsewhere: no windows
        raise RuntimeError("a QCoreApplication is running; the window needs a QApplication")
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "app.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    if fonts:
        use_bundled_fonts(app)
    if fit_windows:
        install_screen_fitter(app)  # every window and dialog opens inside the screen
    # Called again on a live app (self-test, tests): replace its catalogues, never stack them.
    switch_language(app, lang or GuiSettings().language())
    return app


def new_application(argv: list[str]) -> QApplication:
    """A new QApplication, with what has to be in place before one exists."""
    before_application()
    return QApplication(argv)


def open_database_interactively(path) -> Database | None:
    """Open the database; when refused, explain and offer to pick another file or quit."""
    from kinerja_desktop.services.auto_backup import before_migration, clean_at_start
    # Before it is opened: what a killed backup, restore or merge left beside it is removed
    # (a server's address has no file beside it; the data folder's own are still cleaned).
    clean_at_start(None if isinstance(path, ServerAddress) else path)
    while True:
        try:
            # An older database is copied to the backups folder before it is upgraded; then
            # its settings are upgraded too.
            return open_database_for_use(path, before_migration=before_migration)
        except StorageError as exc:
            copy = (local_copy.last_copy(path) if isinstance(path, ServerAddress)
                    and not isinstance(exc, NotOurDatabaseError) else None)
            if copy is not None:
                # The server is out of reach (the LAN is down): this PC's last copy of its
                # data can still be read and printed from.
                choice = ask_about_local_copy(exc, copy)
                if choice == "copy":
                    path = copy
                    continue
                if choice != "open":
                    return None
            else:
                answer = QMessageBox.critical(
                    None, QApplication.translate("App", "Basis data tidak dapat dibuka"),
                    QApplication.translate("App", "{error}\n\nPilih berkas basis data lain?")
                    .format(error=exc),
                    QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
                if answer != QMessageBox.StandardButton.Open:
                    return None
            path, _ = QFileDialog.getOpenFileName(
                None, QApplication.translate("App", "Pilih basis data Kinerja"), "",
                QApplication.translate("App",
                                       "Basis data Kinerja (*.db *.kinerja);;Semua berkas (*)"))
            if not path:
                return None


def ask_about_local_copy(error: StorageError, copy: Path) -> str:
    """The server cannot be opened and this PC has a copy of its data: "copy" (open it, read
    only), "open" (pick a file) or "close"."""
    box = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate(
        "App", "Server tidak dapat dibuka"), QApplication.translate(
        "App", "{error}\n\nPC ini menyimpan salinan data server dari {when}. Salinan itu dapat "
        "dibuka hanya untuk dibaca; perubahan dan cetakan dibuat di server setelah sambungan "
        "pulih.").format(error=error, when=local_copy.moment(_written(copy))))
    read = box.addButton(QApplication.translate("App", "Buka salinan lokal (hanya baca)"),
                         QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(QApplication.translate("App", "Pilih berkas lain…"),
                          QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(read)
    box.exec()
    clicked = box.clickedButton()
    return "copy" if clicked is read else "open" if clicked is other else "close"


def _written(copy: Path) -> datetime:
    """When the copy was last written (its file's time: read without opening it)."""
    return datetime.fromtimestamp(copy.stat().st_mtime, UTC)


def show_main_window(window) -> None:
    """Show the main window; maximised on a small screen (a 1366×768 laptop at 125 %)."""
    if is_small_screen(window):
        window.showMaximized()
    else:
        shrink_to_screen(window)  # a size remembered from a larger screen
        window.show()
        QTimer.singleShot(0, window, lambda: move_into_screen(window))


def run_gui(args: argparse.Namespace) -> int:
    """Open the main window on the chosen (or default) database and run the event loop."""
    try:
        check_data_dir()  # the log, settings and automatic backups live there
    except DataFolderError as exc:
        # Held in a name until the box closes: a message box needs a live QApplication.
        app = QApplication.instance() or new_application([sys.argv[0]])
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    setup_logging()
    settings = GuiSettings()  # this PC's settings, read (and upgraded) once for the start
    # The screen fitter watches every event of the application: installed once the main
    # window has painted, it keeps its one-time cost (about 30 ms: PySide6 readies each event
    # type it hands to Python) and its per-event cost off the start. The bundled faces are
    # for printed documents, not the window's own font: registered after the first paint too.
    app = create_application([], args.lang or settings.language(), fit_windows=False,
                             fonts=False)
    install_excepthook()
    from kinerja_desktop.services.actor import current_actor, set_operator
    # The audit history's operator: the name set on this PC (read at each write, so a change
    # applies at once), else KINERJA_USER or the login name.
    set_operator(lambda: settings.operator() or current_actor())
    from kinerja_desktop.gui.setup.database_actions import last_opened
    # The database last opened from Berkas on this PC, while it is still there; else the
    # data folder's own (portable or per-user).
    try:
        server = from_environment()  # --db wins over KINERJA_DATABASE_URL, it over the rest
    except AddressError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    db = open_database_interactively(args.db or server or last_opened(settings)
                                     or default_database())
    if db is None:
        return 1
    from kinerja_desktop.services.start_state import is_first_run
    if is_first_run(db):  # a new dataset: offer the set-up first (Cancel skips it)
        from kinerja_desktop.gui.setup.setup_wizard import FirstRunWizard
        install_screen_fitter(app)  # the wizard may be taller than a laptop's screen
        use_bundled_fonts(app)  # as any window after the first screen has them
        language = settings.language()
        FirstRunWizard(db, settings).exec()
        if args.lang is None and settings.language() != language:
            # No window is open yet: the language just chosen can apply at once.
            switch_language(app, settings.language())
    from kinerja_desktop.gui.main_window import MainWindow
    window = MainWindow(db, settings)
    show_main_window(window)
    from kinerja_desktop.gui.first_paint import after_first_paint
    after_first_paint(window.table.viewport(), lambda: use_bundled_fonts(app))
    # No dialog can be opened by hand this soon; the main window was fitted by itself.
    QTimer.singleShot(FITTER_DELAY_MS, lambda: install_screen_fitter(app))
    from kinerja_desktop.gui import startup_probe
    startup_probe.watch(window.table)  # only when KINERJA_STARTUP_PROBE asks (benchmark)
    try:
        return app.exec()
    finally:
        db.close()
