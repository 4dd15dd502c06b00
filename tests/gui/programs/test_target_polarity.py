"""A target's polarity and a range's upper end, set in the target detail with the mouse and the
keyboard: the table shows "≤ 7" or "80–90", bad input is refused by name and nothing is saved,
and undo puts the old polarity back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kinerja_desktop.gui.programs.target_model import COLUMN
from tests.gui.programs import test_program_editor as base

# The editor's fixtures: an official with a draft 100-day program of two targets (80 % and
# 3 aplikasi), its editor shown, and the dialogs recorded.
editor, program, shown, edit_cell = base.editor, base.program, base.shown, base.edit_cell


def click_cell(qtbot, editor, row: int, key: str) -> None:
    index = editor.model.index(row, COLUMN[key])
    editor.table.scrollTo(index)
    QTest.mouseClick(editor.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.table.visualRect(index).center())
    assert editor.table.currentIndex().row() == row


def choose_with_mouse(qtbot, combo, code: str) -> None:
    """Open the combo's list with a click and click the item, as a user does."""
    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    # The list ignores a release within the double-click interval after it opened.
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    index = view.model().index(combo.findData(code), 0)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible())


def choose_with_keys(qtbot, combo, code: str) -> None:
    """Open the combo's list with F4, move with the arrow keys and take with Enter (Alt+Down
    is the editor's "move the target down")."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_F4)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    steps = combo.findData(code) - view.currentIndex().row()
    for _ in range(abs(steps)):
        QTest.keyClick(view, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentData() == code


def type_upper(qtbot, editor, text: str) -> None:
    spin = editor.detail.upper_spin
    qtbot.waitUntil(spin.hasFocus)
    spin.selectAll()
    QTest.keyClicks(spin, text)
    QTest.keyClick(spin, Qt.Key.Key_Return)


def saved(service, program_id, row: int):
    return service.targets(program_id)[row].data


def test_turun_with_target_7_shows_at_most_7(editor, program, qtbot, shown):
    _official, program_id, service = program
    edit_cell(qtbot, editor, 1, "target", "7")
    edit_cell(qtbot, editor, 1, "satuan", "hari")
    click_cell(qtbot, editor, 1, "judul")
    choose_with_mouse(qtbot, editor.detail.polarity_combo, "turun")
    assert (saved(service, program_id, 1).polarity, saved(service, program_id, 1).target_max) \
        == ("turun", None)
    cell = editor.model.index(1, COLUMN["target"])
    assert cell.data() == "≤ 7"
    assert editor.model.index(1, COLUMN["satuan"]).data() == "hari"
    assert "Makin rendah makin baik" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "target ≤ 7 hari" in editor.detail.state_label.text()
    assert shown.errors == []

    # Undo with the keyboard brings "higher is better" back; redo sets it again.
    editor.table.setFocus()
    QTest.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert saved(service, program_id, 1).polarity == "naik"
    assert editor.model.index(1, COLUMN["target"]).data() == "7"
    assert editor.detail.polarity_combo.currentData() == "naik"
    QTest.keyClick(editor.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert editor.model.index(1, COLUMN["target"]).data() == "≤ 7"


def test_a_range_set_with_the_keyboard(editor, program, qtbot, shown):
    _official, program_id, service = program
    click_cell(qtbot, editor, 0, "judul")  # Optimalisasi SPBE: 80 %
    choose_with_keys(qtbot, editor.detail.polarity_combo, "rentang")
    # A range is saved whole: nothing yet, the upper end is asked for first.
    assert saved(service, program_id, 0).polarity == "naik"
    assert editor.detail.polarity_hint.isVisible()
    type_upper(qtbot, editor, "90")
    assert (saved(service, program_id, 0).polarity, saved(service, program_id, 0).target_max) \
        == ("rentang", 90.0)
    assert editor.model.index(0, COLUMN["target"]).data() == "80–90"
    assert not editor.detail.polarity_hint.isVisible()
    assert shown.errors == []


def test_a_range_whose_upper_end_is_not_above_the_target_is_refused(editor, program, qtbot,
                                                                    shown):
    _official, program_id, service = program
    click_cell(qtbot, editor, 0, "judul")  # 80 %
    before = saved(service, program_id, 0)
    choose_with_keys(qtbot, editor.detail.polarity_combo, "rentang")
    type_upper(qtbot, editor, "70")
    assert len(shown.errors) == 1
    assert "target_maks: Batas atas rentang harus lebih besar dari batas bawahnya." in \
        str(shown.errors[0])
    assert saved(service, program_id, 0) == before  # nothing half-saved
    assert editor.model.index(0, COLUMN["target"]).data() == "80"
    assert editor.detail.polarity_combo.currentData() == "naik"  # the saved values again
    assert editor.detail.upper_spin.value() == 0
    assert not editor.undo_action.isEnabled()


def test_a_range_without_its_upper_end_is_refused(editor, program, qtbot, shown):
    _official, program_id, service = program
    click_cell(qtbot, editor, 0, "judul")
    before = saved(service, program_id, 0)
    choose_with_keys(qtbot, editor.detail.polarity_combo, "rentang")
    type_upper(qtbot, editor, "")  # Enter on "(tanpa batas atas)"
    assert "target_maks: Target rentang perlu batas bawah dan batas atas." in \
        str(shown.errors[-1])
    assert saved(service, program_id, 0) == before


def test_turun_on_a_done_or_not_done_target_is_refused(editor, program, qtbot,
                                                       shown):
    _official, program_id, service = program
    edit_cell(qtbot, editor, 1, "satuan", "Selesai/Belum (tanpa angka)")
    assert saved(service, program_id, 1).measure == "selesai"
    click_cell(qtbot, editor, 1, "judul")
    choose_with_mouse(qtbot, editor.detail.polarity_combo, "turun")
    assert "arah: Arah 'turun' atau 'rentang' hanya untuk target berupa angka." in \
        str(shown.errors[-1])
    assert saved(service, program_id, 1).polarity == "naik"


def test_a_lower_is_better_target_becoming_done_or_not_done_drops_its_direction(
        editor, program, qtbot, shown):
    _official, program_id, service = program
    click_cell(qtbot, editor, 1, "judul")
    choose_with_keys(qtbot, editor.detail.polarity_combo, "turun")
    assert saved(service, program_id, 1).polarity == "turun"
    edit_cell(qtbot, editor, 1, "satuan", "Selesai/Belum (tanpa angka)")
    data = saved(service, program_id, 1)
    assert (data.measure, data.polarity, data.target_max) == ("selesai", "naik", None)
    assert shown.errors == []
