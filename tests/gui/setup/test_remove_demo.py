"""Berkas → Hapus data contoh, chosen with the mouse: confirmed, then only the demo goes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from kinerja_desktop.gui.shared import operations
from kinerja_desktop.services.roster import RosterService
from tests.helpers.dialogs import record_dialogs
from tests.helpers.gui_fixtures import window_action
from tests.helpers.status import status_message

ANAS_NIP = "197203151995031004"


def choose_from_menu(window, qtbot, menu_title: str, action) -> None:
    """Click the menu bar's title, then the item in the menu that opens (real mouse events)."""
    bar = window.menuBar()
    title = next(a for a in bar.actions() if a.text().replace("&", "") == menu_title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(title).center())
    menu = title.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    assert action in menu.actions()
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_remove_demo_from_the_file_menu(demo_window, qtbot, monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    shown.answer = QMessageBox.StandardButton.Yes
    action = window_action(demo_window, "removeDemoAction")
    assert action.isEnabled()
    assert demo_window.notice_label.isVisibleTo(demo_window)
    choose_from_menu(demo_window, qtbot, "Berkas", action)
    qtbot.waitUntil(lambda: not action.isEnabled())
    assert len(shown.questions) == 1 and "tidak ikut terhapus" in shown.questions[0]
    assert shown.errors == []
    assert RosterService(demo_window.roster.db).id_by_nip(ANAS_NIP) is None
    assert demo_window.model.rowCount() == 0
    assert not demo_window.notice_label.isVisibleTo(demo_window)
    assert "Data contoh dihapus" in status_message(demo_window)


def test_saying_no_keeps_the_demo(demo_window, qtbot, monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    shown.answer = QMessageBox.StandardButton.No
    action = window_action(demo_window, "removeDemoAction")
    choose_from_menu(demo_window, qtbot, "Berkas", action)
    qtbot.waitUntil(lambda: len(shown.questions) == 1)
    assert action.isEnabled()
    assert RosterService(demo_window.roster.db).id_by_nip(ANAS_NIP) is not None


def test_greyed_without_demo_and_enabled_after_loading_it(main_window, qtbot, monkeypatch):
    record_dialogs(monkeypatch, operations)
    remove = window_action(main_window, "removeDemoAction")
    assert not remove.isEnabled()
    choose_from_menu(main_window, qtbot, "Berkas", window_action(main_window, "demoAction"))
    qtbot.waitUntil(remove.isEnabled)

