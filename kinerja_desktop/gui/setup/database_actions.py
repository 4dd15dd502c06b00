"""Berkas's Basis data baru, Buka basis data and Baru dibuka: switching the open database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from kinerja_desktop.domain.options import RECENT_DATABASES
from kinerja_desktop.domain.server_address import (AddressError, ServerAddress, parse_address,
                                                   scheme_of)
from kinerja_desktop.gui.shared.features import FeatureActions, FeatureContext
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.services.database import Database, open_database_for_use

RECENT_LIMIT = 5


def recent(settings) -> list[str]:
    """The databases opened on this PC, latest first."""
    return [line for line in settings.get(RECENT_DATABASES).splitlines() if line.strip()]


def _as_location(text: str) -> Path | ServerAddress | None:
    """A recent entry: a file's path, or a server's address (as shown: no password)."""
    if scheme_of(text):
        try:
            return parse_address(text)
        except AddressError:
            return None
    return Path(text)


def last_opened(settings) -> Path | ServerAddress | None:
    """The database to open at start: the last one opened, if the file is still there (a
    server is tried: when it does not answer, the start says so and offers a file)."""
    paths = recent(settings)
    location = _as_location(paths[0]) if paths else None
    if isinstance(location, Path) and not location.is_file():
        return None
    return location


def remember(settings, path: str | Path | ServerAddress) -> None:
    """Put a database first in Baru dibuka (also the one the next start opens)."""
    text = path.display() if isinstance(path, ServerAddress) else str(Path(path).resolve())
    paths = [text] + [p for p in recent(settings) if p != text]
    settings.set(RECENT_DATABASES, "\n".join(paths[:RECENT_LIMIT]))
    settings.sync()


class DatabaseActions(FeatureActions):
    """Open another database in place of the current one; the current one stays open until
    the new one has opened, so a refused file changes nothing. `database_replaced(db)` shows
    the new one (as after a restore)."""

    def __init__(self, context: FeatureContext, database_replaced: Callable[[Database], None]):
        super().__init__(context)
        self.database_replaced = database_replaced
        self.new_action = self._action(self.tr("Basis data &baru…"), self.new_database,
                                       name="newDatabaseAction")
        self.open_action = self._action(self.tr("B&uka basis data…"), self.open_database,
                                        name="openDatabaseAction")
        self.recent_menu = QMenu(self.tr("Ba&ru dibuka"), self.window)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.server_action = self._action(self.tr("Sambungkan ke &server kantor…"),
                                          self.connect_server, name="connectServerAction")
        remember(context.settings, context.db.server or context.db.path)

    def fill_recent(self) -> None:
        """One entry per recent database; a missing file is shown greyed, with why."""
        self.recent_menu.clear()
        current = self.context.db.location if self.context.db.is_server else str(
            Path(self.context.db.path).resolve())
        for number, path in enumerate(recent(self.context.settings), start=1):
            location = _as_location(path)
            shown = (location.display() if isinstance(location, ServerAddress)
                     else f"{Path(path).name}  ({Path(path).parent})")
            action = QAction(f"&{number} {shown}", self.recent_menu)
            action.setObjectName(f"recentDatabase{number}")
            action.setData(path)
            if location is None or (isinstance(location, Path) and not location.is_file()):
                action.setEnabled(False)
                action.setText(action.text() + self.tr(" — berkas tidak ditemukan"))
            elif path == current:
                action.setEnabled(False)
                action.setText(action.text() + self.tr(" — sedang dibuka"))
            action.triggered.connect(
                lambda _checked=False, p=location: self.switch_to(p) if p is not None else None)
            self.recent_menu.addAction(action)
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(belum ada)")).setEnabled(False)

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Basis data baru"), "kinerja-baru.db",
            self.tr("Basis data Kinerja (*.db *.kinerja);;Semua berkas (*)"))
        if path:
            if Path(path).exists():
                # Never overwritten: a new database is a new file.
                attempt(self.window, lambda: _refuse_existing(path))
                return
            if self.switch_to(path, create=True):
                self._offer_setup()

    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Buka basis data"),
            "" if self.context.db.is_server else str(Path(self.context.db.path).parent),
            self.tr("Basis data Kinerja (*.db *.kinerja);;Semua berkas (*)"))
        if path:
            self.switch_to(path)

    def connect_server(self) -> None:
        """Berkas → Sambungkan ke server kantor: the dialog, then the server in place of the
        open database."""
        from kinerja_desktop.gui.setup.server_dialog import ServerDialog
        dialog = ServerDialog(self.context.db.server, self.window)
        if dialog.exec() == ServerDialog.DialogCode.Accepted:
            self.switch_to(dialog.address())

    def switch_to(self, path: str | Path | ServerAddress, create: bool = False) -> bool:
        """Close the open editors and board (they ask about unsaved work), open `path` (a
        file, or a server's address), and only then close the current database. False when
        nothing changed."""
        if isinstance(path, ServerAddress):
            if path == self.context.db.server:
                self.context.show_status(self.tr("Server itu sudah tersambung."), 5000)
                return False
        elif not self.context.db.is_server and (
                Path(path).resolve() == Path(self.context.db.path).resolve()):
            self.context.show_status(self.tr("Basis data itu sudah terbuka."), 5000)
            return False
        windows = self.context.windows
        windows.close_all()
        still_open = [e for e in windows.editors.values() if e.isVisible()]
        if still_open or (windows.board is not None and windows.board.isVisible()):
            return False  # the user kept an editor open (unsaved work): stay
        from kinerja_desktop.services.auto_backup import before_migration
        outcome = attempt(self.window, lambda: open_database_for_use(
            path, create=create, before_migration=before_migration),
            title=self.tr("Basis data tidak dapat dibuka"))
        if not outcome:
            return False  # the current database is still open and shown
        old = self.context.db
        windows.forget()
        self.database_replaced(outcome.value)
        old.close()
        remember(self.context.settings, path)
        shown = path.display() if isinstance(path, ServerAddress) else path
        self.context.show_status(self.tr("Basis data dibuka: {0}").format(shown), 8000)
        return True

    def _offer_setup(self) -> None:
        from kinerja_desktop.gui.setup.setup_wizard import FirstRunWizard
        from kinerja_desktop.services.start_state import is_first_run
        if is_first_run(self.context.db):
            FirstRunWizard(self.context.db, self.context.settings, self.window).exec()
            self.context.data_changed()


def _refuse_existing(path: str) -> None:
    from kinerja_desktop.errors import KinerjaError
    raise KinerjaError(f"Berkas '{Path(path).name}' sudah ada. Basis data baru dibuat sebagai "
                       "berkas baru; untuk membuka berkas itu, pakai Berkas → Buka basis data.")
