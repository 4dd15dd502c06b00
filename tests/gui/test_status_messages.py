"""Status-bar messages fit beside the permanent widgets; the whole text is the tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kinerja_desktop.gui.shared.status import message_width
from tests.gui.test_main_window import click_row, type_search


def test_a_long_message_is_elided_with_the_whole_text_as_tooltip(demo_window, qtbot):
    with qtbot.waitActive(demo_window):  # the archive shortcut needs an active window
        demo_window.activateWindow()
    demo_window.resize(560, 600)
    qtbot.wait(20)
    type_search(qtbot, demo_window, "abdullah")
    click_row(qtbot, demo_window, 0)
    qtbot.keyClick(demo_window.table, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    bar = demo_window.statusBar()
    shown = bar.currentMessage()
    assert shown.endswith("…") and "diarsipkan." in bar.toolTip()
    assert bar.toolTip().startswith(shown[:-1])
    assert bar.fontMetrics().horizontalAdvance(shown) <= message_width(bar)
    bar.clearMessage()  # what the timeout does
    assert bar.toolTip() == ""


def test_the_database_path_is_elided_in_the_middle(demo_window):
    label = demo_window.path_label
    assert label.fontMetrics().horizontalAdvance(label.text()) <= 260 + 2
    assert label.text().endswith(demo_window.db.path.name)
    assert str(demo_window.db.path) in label.toolTip()
