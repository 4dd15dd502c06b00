"""Berkas → Hapus data contoh, chosen with the mouse: confirmed, then only the demo goes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QToolTip

from kinerja_desktop.gui.shared import operations
from kinerja_desktop.services.roster import RosterService
from tests.helpers.dialogs import record_dialogs
from tests.helpers.gui_fixtures import show_main_window, window_action
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
    qtbot.waitUntil(lambda: not remove.isEnabled())  # asked after the first paint
    choose_from_menu(main_window, qtbot, "Berkas", window_action(main_window, "demoAction"))
    qtbot.waitUntil(remove.isEnabled)



def hover_tooltip(qtbot, window, menu_title: str, action) -> str:
    """Open the menu with a click, rest the mouse on the item, and read the tooltip shown."""
    bar = window.menuBar()
    title = next(a for a in bar.actions() if a.text().replace("&", "") == menu_title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(title).center())
    menu = title.menu()
    qtbot.waitUntil(menu.isVisible)
    where = menu.actionGeometry(action).center()
    qtbot.mouseMove(menu, where)
    # What Qt sends once the mouse has rested there (offscreen has no hover timer to wait on).
    QApplication.sendEvent(menu, QHelpEvent(QEvent.Type.ToolTip, where, menu.mapToGlobal(where)))
    text = QToolTip.text() if QToolTip.isVisible() else ""
    QToolTip.hideText()
    menu.close()
    return text


def test_a_demo_an_older_version_loaded_says_why_it_cannot_be_removed(app, qtbot, db,
                                                                      monkeypatch):
    # Issue 15: loaded before the demo recorded what it added, the demo stayed on screen and
    # "Hapus data contoh" was grey with no word why.
    from kinerja_desktop.domain import options
    from kinerja_desktop.services import settings as dataset
    from kinerja_desktop.services.demo import load_demo
    load_demo(db)
    dataset.clear(db, options.DEMO_ROWS)  # what an older version left: no record
    record_dialogs(monkeypatch, operations)
    window = show_main_window(qtbot, db)
    action = window_action(window, "removeDemoAction")
    qtbot.waitUntil(lambda: not action.isEnabled())  # asked after the first paint
    assert window.notice_label.isVisibleTo(window)  # the demo is there …
    shown = hover_tooltip(qtbot, window, "Berkas", action)
    assert "versi lama" in shown and "cadangan" in shown  # … and the item says why it is grey


def test_without_demo_the_grey_item_says_there_is_none(main_window, qtbot, monkeypatch):
    record_dialogs(monkeypatch, operations)
    action = window_action(main_window, "removeDemoAction")
    qtbot.waitUntil(lambda: not action.isEnabled())  # asked after the first paint
    assert hover_tooltip(qtbot, main_window, "Berkas", action) == (
        "Tidak ada data contoh di basis data ini.")
