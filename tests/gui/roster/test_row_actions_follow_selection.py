"""Row actions follow the roster's selection however the user made it: click, right-click,
arrow keys, a search, a filter, a sort by the header."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu

from kinerja_desktop.gui.main_window import MainWindow
from kinerja_desktop.gui.programs.program_editor import ProgramEditor
from tests.helpers.gui_fixtures import window_action

ROW_ACTIONS = ("programsAction", "editAction", "archiveAction", "deleteAction")


def enabled(window: MainWindow) -> dict[str, bool]:
    return {name: window_action(window, name).isEnabled() for name in ROW_ACTIONS}


def assert_row_actions(window: MainWindow, on: bool) -> None:
    assert enabled(window) == dict.fromkeys(ROW_ACTIONS, on)


def cell_center(window: MainWindow, row: int, column: int = 0):
    return window.table.visualRect(window.model.index(row, column)).center()


def click_row(qtbot, window: MainWindow, row: int, button=Qt.MouseButton.LeftButton) -> None:
    qtbot.mouseClick(window.table.viewport(), button, pos=cell_center(window, row))


def test_a_click_enables_the_row_actions_and_ctrl_k_opens_the_editor(demo_window, qtbot):
    assert_row_actions(demo_window, False)
    click_row(qtbot, demo_window, 1)
    assert demo_window.selected_official_id() == demo_window.model.official_id(1)
    assert_row_actions(demo_window, True)
    demo_window.table.setFocus()
    qtbot.keyClick(demo_window.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    editors = demo_window.open_windows.editors
    assert list(editors) == [demo_window.model.official_id(1)]
    editor = editors[demo_window.model.official_id(1)]
    assert isinstance(editor, ProgramEditor) and editor.isVisible()
    editor.close()


def test_the_menu_bar_shows_them_enabled_after_a_click(demo_window, qtbot):
    click_row(qtbot, demo_window, 0)
    menu = next(action.menu() for action in demo_window.menuBar().actions()
                if action.text() == "&Pejabat")
    by_name = {action.objectName(): action.isEnabled() for action in menu.actions()}
    assert all(by_name[name] for name in ROW_ACTIONS)


def test_right_click_selects_the_row_and_its_menu_offers_the_actions(demo_window, qtbot):
    seen: list[dict[str, bool]] = []

    def read_and_close_menu() -> None:
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu), "no context menu opened"
        seen.append({a.objectName(): a.isEnabled() for a in popup.actions()})
        popup.close()

    QTimer.singleShot(100, read_and_close_menu)
    viewport = demo_window.table.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.RightButton, pos=cell_center(demo_window, 2))
    qtbot.mouseRelease(viewport, Qt.MouseButton.RightButton, pos=cell_center(demo_window, 2))
    # The platform follows a right press with a context-menu event; offscreen QTest does not.
    pos = cell_center(demo_window, 2)
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                       viewport.mapToGlobal(pos)))
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert demo_window.selected_official_id() == demo_window.model.official_id(2)
    assert {name: seen[0][name] for name in ROW_ACTIONS} == dict.fromkeys(ROW_ACTIONS, True)


def test_arrow_keys_move_the_selection_and_keep_the_actions(demo_window, qtbot):
    click_row(qtbot, demo_window, 0)
    qtbot.keyClick(demo_window.table, Qt.Key.Key_Down)
    assert demo_window.selected_official_id() == demo_window.model.official_id(1)
    assert_row_actions(demo_window, True)
    qtbot.keyClick(demo_window.table, Qt.Key.Key_Up)
    assert demo_window.selected_official_id() == demo_window.model.official_id(0)
    assert_row_actions(demo_window, True)


def test_a_search_selects_its_first_result(demo_window, qtbot):
    assert_row_actions(demo_window, False)
    qtbot.keyClicks(demo_window.search_edit, "rachmat")
    qtbot.waitUntil(lambda: demo_window.model.rowCount() == 1, timeout=2000)
    # The first result is selected, not only shown in the detail panel.
    qtbot.waitUntil(lambda: demo_window.selected_official_id() is not None, timeout=2000)
    assert demo_window.selected_official_id() == demo_window.model.official_id(0)
    assert demo_window.table.selectionModel().isRowSelected(0)
    assert_row_actions(demo_window, True)


def test_a_search_keeps_the_clicked_official_when_it_still_matches(demo_window, qtbot):
    row = next(r for r in range(demo_window.model.rowCount())
               if demo_window.model.index(r, 0).data() == "Rachmat Maulana")
    click_row(qtbot, demo_window, row)
    chosen = demo_window.selected_official_id()
    qtbot.keyClicks(demo_window.search_edit, "ma")
    qtbot.wait(800)
    assert demo_window.selected_official_id() == chosen
    assert_row_actions(demo_window, True)


def test_changing_a_filter_keeps_a_selection_and_the_actions(demo_window, qtbot):
    click_row(qtbot, demo_window, 0)
    combo = demo_window.filter_bar.unit_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the next unit, as with the keyboard
    qtbot.wait(50)
    demo_window.filter_bar.flush()
    if demo_window.model.rowCount():
        assert demo_window.selected_official_id() is not None
        assert_row_actions(demo_window, True)
    else:
        assert_row_actions(demo_window, False)


def test_sorting_by_a_header_click_keeps_the_selected_official(demo_window, qtbot):
    click_row(qtbot, demo_window, 0)
    chosen = demo_window.selected_official_id()
    header: QHeaderView = demo_window.table.horizontalHeader()
    x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    from PySide6.QtCore import QPoint
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert demo_window.selected_official_id() == chosen
    assert demo_window.model.official_id(demo_window.table.currentIndex().row()) == chosen
    assert_row_actions(demo_window, True)
