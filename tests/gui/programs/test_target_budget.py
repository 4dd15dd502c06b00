"""A target's budget and the programme that funds it, typed in the target detail: the rupiah
forms staff type are taken ("150.000.000", "Rp150.000.000", "150000000"), letters are refused
under the field and nothing is saved, undo puts the old budget back, and an agreed program's
budget cannot be typed over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kinerja_desktop.gui.programs.target_detail import BudgetError, parse_rupiah
from tests.gui.programs import test_program_editor as base
from tests.gui.programs.test_target_polarity import click_cell, saved

# The editor's fixtures: an official with a draft 100-day program of two targets, its editor
# shown, and the dialogs recorded.
editor, program, shown = base.editor, base.program, base.shown


def type_into(qtbot, field, text: str) -> None:
    """Click into the field, select what it holds, type, and press Enter (as a user does)."""
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["150.000.000", "Rp150.000.000", "150000000",
                                   "Rp 150.000.000,00"])
def test_the_budget_is_saved_from_what_staff_type(editor, program, qtbot, shown, typed):
    _official, program_id, service = program
    click_cell(qtbot, editor, 0, "judul")
    type_into(qtbot, editor.detail.budget_edit, typed)
    assert saved(service, program_id, 0).budget == 150_000_000
    assert saved(service, program_id, 1).budget is None  # only the selected target
    # Shown back grouped, without "Rp" (the label says the unit).
    assert editor.detail.budget_edit.text() == "150.000.000"
    assert not editor.detail.budget_hint.isVisible()
    assert shown.errors == []


def test_letters_are_refused_with_a_message_and_nothing_is_saved(editor, program, qtbot, shown):
    _official, program_id, service = program
    click_cell(qtbot, editor, 0, "judul")
    type_into(qtbot, editor.detail.budget_edit, "150000000")
    assert saved(service, program_id, 0).budget == 150_000_000
    type_into(qtbot, editor.detail.budget_edit, "seratus juta")
    hint = editor.detail.budget_hint
    assert hint.isVisible()
    assert "Anggaran hanya berisi angka" in hint.text() and "seratus juta" in hint.text()
    assert saved(service, program_id, 0).budget == 150_000_000  # the old budget stays
    assert shown.errors == []
    # Corrected, the message goes and the new amount is saved.
    type_into(qtbot, editor.detail.budget_edit, "Rp75.000.000")
    assert not hint.isVisible()
    assert saved(service, program_id, 0).budget == 75_000_000


def test_the_funding_programme_is_saved_and_undone(editor, program, qtbot, shown):
    _official, program_id, service = program
    click_cell(qtbot, editor, 1, "judul")
    type_into(qtbot, editor.detail.budget_program_edit,
              "Program Pengelolaan Aplikasi Informatika")
    assert saved(service, program_id, 1).budget_program == \
        "Program Pengelolaan Aplikasi Informatika"
    type_into(qtbot, editor.detail.budget_edit, "Rp25.000.000")
    assert saved(service, program_id, 1).budget == 25_000_000
    # Undo with the keyboard removes the budget again, then the programme.
    editor.table.setFocus()
    QTest.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert saved(service, program_id, 1).budget is None
    assert editor.detail.budget_edit.text() == ""
    QTest.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert saved(service, program_id, 1).budget_program == ""
    assert shown.errors == []


def test_clearing_the_budget_saves_none(editor, program, qtbot, shown):
    _official, program_id, service = program
    click_cell(qtbot, editor, 0, "judul")
    type_into(qtbot, editor.detail.budget_edit, "150.000.000")
    field = editor.detail.budget_edit
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Delete)
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert saved(service, program_id, 0).budget is None


def test_an_agreed_programs_budget_cannot_be_typed_over(editor, program, qtbot, shown):
    _official, program_id, service = program
    click_cell(qtbot, editor, 0, "judul")
    type_into(qtbot, editor.detail.budget_edit, "150.000.000")
    base.edit_cell(qtbot, editor, 1, "bobot", "40")
    editor.advance_action.trigger()
    assert service.program(program_id).status == "disepakati"
    click_cell(qtbot, editor, 0, "judul")
    assert editor.detail.budget_edit.isReadOnly()
    assert editor.detail.budget_program_edit.isReadOnly()
    type_into(qtbot, editor.detail.budget_edit, "1")
    assert saved(service, program_id, 0).budget == 150_000_000
    assert editor.detail.budget_edit.text() == "150.000.000"


@pytest.mark.parametrize("typed, amount", [
    ("150.000.000", 150_000_000), ("Rp150.000.000", 150_000_000), ("150000000", 150_000_000),
    ("Rp. 1.500.000", 1_500_000), ("Rp150.000.000,-", 150_000_000), ("", None), ("  ", None),
    ("0", 0)])
def test_parse_rupiah_takes(typed, amount):
    assert parse_rupiah(typed) == amount


@pytest.mark.parametrize("typed, reason", [
    ("seratus juta", "huruf"), ("150jt", "huruf"), ("-5", "huruf"), ("150,5", "sen"),
    ("1.50", "titik"), ("1.5000.000", "titik")])
def test_parse_rupiah_refuses(typed, reason):
    with pytest.raises(BudgetError) as refused:
        parse_rupiah(typed)
    assert str(refused.value) == reason
