"""Pelantikan → Daftar pelantikan, used with the mouse and keyboard: open, correct, delete."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kinerja_desktop.domain.officials import (AppointmentInput, InaugurationInput,
                                              InaugurationItem, OfficialInput)
from kinerja_desktop.gui.roster.inauguration_list import InaugurationListDialog
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.services.inauguration import inaugurations, record_inauguration
from kinerja_desktop.services.roster import RosterService
from tests.helpers.dialogs import record_dialogs
from tests.helpers.dump import table_rows


def click_row(qtbot, table, row: int) -> None:
    view = table.viewport()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(row, 1)).center())


@pytest.fixture
def own_db(db):
    roster = RosterService(db)
    official, _ = roster.create(
        OfficialInput("198001012005011001", "Siti Aminah", rank="IV/a"),
        (AppointmentInput("Sekretaris Bappeda", "Bappeda", "III.a",
                          start_date=date(2016, 2, 1)),))
    record_inauguration(db, InaugurationInput(
        date(2021, 3, 1), "Aula Setda", None, inaugurated_by="Bupati Serang",
        items=[InaugurationItem(official, "Kepala Bappeda", "Bappeda", "II.b",
                                "seleksi_terbuka")]))
    return db


def make(qtbot, db, changed=lambda: None):
    dialog = InaugurationListDialog(db, None, changed)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_nothing_to_change_until_a_row_is_clicked(app, qtbot, own_db):
    dialog = make(qtbot, own_db)
    assert not dialog.save_button.isEnabled() and not dialog.delete_button.isEnabled()
    click_row(qtbot, dialog.table, 0)
    assert dialog.save_button.isEnabled() and dialog.delete_button.isEnabled()
    assert dialog.place_edit.text() == "Aula Setda"
    assert dialog.table.item(0, 0).text() == "1 Maret 2021"
    assert dialog.table.item(0, 3).text() == "Siti Aminah"


def test_correct_the_place_with_a_reason(app, qtbot, own_db, monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    changes = []
    dialog = make(qtbot, own_db, lambda: changes.append(1))
    click_row(qtbot, dialog.table, 0)
    dialog.place_edit.selectAll()
    qtbot.keyClicks(dialog.place_edit, "Pendopo Bupati Serang")
    # Without a reason: refused, in plain words, and nothing changes.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(shown.errors) == 1 and "alasan" in str(shown.errors[0])
    assert inaugurations(own_db)[0].place == "Aula Setda"
    qtbot.keyClicks(dialog.reason_edit, "salah ketik tempat")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert inaugurations(own_db)[0].place == "Pendopo Bupati Serang"
    assert changes == [1]
    assert dialog.table.item(0, 1).text() == "Pendopo Bupati Serang"
    assert table_rows(own_db.path, "SELECT count(*) FROM audit_entry "
                                   "WHERE action = 'koreksi_pelantikan'") == [(1,)]


def test_delete_after_confirming(app, qtbot, own_db, monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    shown.answer = QMessageBox.StandardButton.Yes
    dialog = make(qtbot, own_db)
    click_row(qtbot, dialog.table, 0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert len(shown.questions) == 1 and "Aula Setda" in shown.questions[0]
    assert inaugurations(own_db) == [] and dialog.table.rowCount() == 0
    assert not dialog.delete_button.isEnabled()


def test_delete_refused_naming_what_depends(app, qtbot, demo_db, monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    dialog = make(qtbot, demo_db)
    click_row(qtbot, dialog.table, 0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert len(shown.errors) == 1
    assert "5 program kinerja (Anas Dwisatya" in str(shown.errors[0])
    assert len(inaugurations(demo_db)) == 1


def test_the_window_menu_has_the_list(demo_window):
    from tests.helpers.gui_fixtures import window_action
    action = window_action(demo_window, "inaugurationListAction")
    menu = next(a.menu() for a in demo_window.menuBar().actions()
                if a.text().replace("&", "") == "Pelantikan")
    assert action in menu.actions() and action.isEnabled()


def test_correct_the_date_says_what_moves(app, qtbot, own_db, monkeypatch):
    from kinerja_desktop.services.programs import ProgramService
    shown = record_dialogs(monkeypatch, operations)
    shown.answer = QMessageBox.StandardButton.Yes
    (program_id,) = ProgramService(own_db).create_for_inauguration(date(2021, 3, 1)).created
    dialog = make(qtbot, own_db)
    click_row(qtbot, dialog.table, 0)
    dialog.date_edit.setFocus()
    dialog.date_edit.setCurrentSection(dialog.date_edit.Section.DaySection)
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Up)  # 1 → 2 Maret 2021
    qtbot.keyClicks(dialog.reason_edit, "tanggal SK salah dibaca")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert shown.errors == []
    assert len(shown.questions) == 1 and "Hari pertama 1 program 100 hari" in shown.questions[0]
    assert inaugurations(own_db)[0].date == date(2021, 3, 2)
    assert ProgramService(own_db).program(program_id).start_date == date(2021, 3, 2)
    assert dialog.table.item(0, 0).text() == "2 Maret 2021"
