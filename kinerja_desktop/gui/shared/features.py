"""What the main window gives each feature's actions, and the base class of those actions."""

from __future__ import annotations

from typing import TYPE_CHECKING
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from kinerja_desktop.gui.shared.open_windows import OpenWindows
from kinerja_desktop.gui.shared.settings import GuiSettings
from kinerja_desktop.services.database import Database
from kinerja_desktop.gui.shared.status import show_message

if TYPE_CHECKING:
    from kinerja_desktop.domain.roster import RosterRow


def make_action(window: QMainWindow, text: str, slot: Callable[[], object], shortcut=None,
                name: str = "") -> QAction:
    """An action of the main window: `shortcut` is a key sequence, a standard key or a list."""
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
    # Called without triggered's bool: it would fill a handler's optional parameter.
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)  # shortcuts work wherever focus is in the window
    return action


class FeatureContext:
    """The narrow part of the main window a feature works through. Read `db` at each use:
    a restore replaces the database the window shows."""

    def __init__(self, window: QMainWindow, db: Database, settings: GuiSettings,
                 windows: OpenWindows, selected_official_id: Callable[[], int | None],
                 data_changed: Callable[..., None]):
        self.window = window  # the parent of dialogs; its status bar shows messages
        self.db = db
        self.settings = settings
        self.windows = windows
        self.selected_official_id = selected_official_id
        # data_changed(select=None): refresh everything that shows data, after any write;
        # `select` is an official to show selected.
        self.data_changed = data_changed
        # True while a restore holds the database off the UI thread: work deferred until
        # after the first paint must not reopen it (peewee would, at the first query).
        self.released = False

    def show_status(self, message: str, timeout: int) -> None:
        show_message(self.window, message, timeout)


class FeatureActions(QObject):
    """A feature's QActions and their handlers. A subclass creates its actions in __init__ as
    attributes, which the main window places in its menus; its texts are translated in the
    subclass's context (its class name)."""

    def __init__(self, context: FeatureContext):
        super().__init__(context.window)
        self.context = context

    @property
    def window(self) -> QMainWindow:
        return self.context.window

    def _action(self, text: str, slot: Callable[[], object], shortcut=None,
                name: str = "") -> QAction:
        return make_action(self.context.window, text, slot, shortcut, name)

    def selection_changed(self, official_id: int | None, row: RosterRow | None) -> None:
        """The roster's selected official (None: none); enable what needs one."""
