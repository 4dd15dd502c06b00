"""GUI fixtures: the app's QApplication set-up and a main window on a real database."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6.QtWidgets import QApplication
    return QApplication


@pytest.fixture
def app(qapp):
    """The QApplication configured as the app configures it (names, Indonesian translators)."""
    from kinerja_desktop.gui.app import create_application
    for translator in qapp.property("kinerja_translators") or []:
        qapp.removeTranslator(translator)
    return create_application([], "id")


def window_action(window, name: str):
    """The window's own action with this objectName, found as a user-facing test should."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    # Direct children only: dialogs parented to the window may reuse a name ("addAction").
    action = window.findChild(QAction, name, Qt.FindChildOption.FindDirectChildrenOnly)
    assert action is not None, f"no action {name!r}"
    return action


def show_main_window(qtbot, database):
    """The main window on `database`, shown and exposed, closed with the test."""
    from kinerja_desktop.gui.main_window import MainWindow
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


@pytest.fixture
def main_window(app, qtbot, db):
    return show_main_window(qtbot, db)


@pytest.fixture
def demo_window(app, qtbot, demo_db):
    return show_main_window(qtbot, demo_db)
