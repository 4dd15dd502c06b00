"""The development priorities dialog: add, edit, (de)activate, delete; a priority in use stays."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.programs import ProgramInput, TargetInput
from kinerja_desktop.errors import KinerjaError, ValidationError
from kinerja_desktop.gui.programs.priorities_dialog import PrioritiesDialog, PriorityEditDialog
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.roster import RosterService
from tests.helpers.dialogs import record_dialogs


@pytest.fixture
def shown(monkeypatch):
    return record_dialogs(monkeypatch, operations)


@pytest.fixture
def programs(db) -> ProgramService:
    return ProgramService(db)


@pytest.fixture
def make(app, qtbot, programs, shown):
    def make_dialog() -> PrioritiesDialog:
        dialog = PrioritiesDialog(programs)
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):  # shortcuts (Insert) need an active window
            dialog.show()
            dialog.activateWindow()
        return dialog
    return make_dialog


def fill_with(monkeypatch, qtbot, code: str | None, title: str | None):
    """The next edit dialog gets `code` and `title` typed (None: left as is) and OK pressed."""
    opened = []

    def fake_exec(edit: PriorityEditDialog):
        opened.append((edit.code_edit.text(), edit.title_edit.text()))
        for widget, text in ((edit.code_edit, code), (edit.title_edit, title)):
            if text is not None:
                widget.clear()
                qtbot.keyClicks(widget, text)
        if edit.ok_button.isEnabled():
            edit.ok_button.click()
        else:
            edit.reject()
        return edit.result()
    monkeypatch.setattr(PriorityEditDialog, "exec", fake_exec)
    return opened


def rows(dialog) -> list[tuple[str, str, str]]:
    model = dialog.model
    return [tuple(model.data(model.index(r, c)) for c in range(3))
            for r in range(model.rowCount())]


def test_empty_list_then_add(make, programs, qtbot, monkeypatch):
    dialog = make()
    assert dialog.stack.currentWidget() is dialog.empty_label
    assert "Belum ada prioritas pembangunan" in dialog.empty_label.text()
    assert not dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()
    changes = []
    dialog.changed.connect(lambda: changes.append(True))
    fill_with(monkeypatch, qtbot, "M1", "  Meningkatkan   kualitas pelayanan publik ")
    dialog.add_button.click()
    assert [(p.code, p.title, p.active) for p in programs.priorities(include_inactive=True)] \
        == [("M1", "Meningkatkan kualitas pelayanan publik", True)]
    assert dialog.stack.currentWidget() is dialog.table
    assert rows(dialog) == [("M1", "Meningkatkan kualitas pelayanan publik", "Aktif")]
    assert dialog.selected().code == "M1"
    assert changes == [True]
    # Insert adds another; the new one is selected.
    fill_with(monkeypatch, qtbot, "M2", "Pembangunan infrastruktur desa")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Insert)
    assert [r[0] for r in rows(dialog)] == ["M1", "M2"]
    assert dialog.selected().code == "M2"


def test_cancelled_add_writes_nothing(make, programs, qtbot, monkeypatch):
    dialog = make()
    fill_with(monkeypatch, qtbot, "M1", "")  # no description: OK stays off, so cancelled
    dialog.add_button.click()
    assert programs.priorities(include_inactive=True) == []
    assert dialog.stack.currentWidget() is dialog.empty_label


def test_edit_dialog_validates_inline(app, qtbot):
    saved = []
    edit = PriorityEditDialog(lambda code, title: saved.append((code, title)),
                              other_codes={"M1"})
    qtbot.addWidget(edit)
    assert not edit.ok_button.isEnabled()
    assert edit.problems.text() == ""  # an empty form is not shouted at
    qtbot.keyClicks(edit.code_edit, "m1")
    assert "Kode m1 sudah dipakai" in edit.problems.text()
    assert not edit.ok_button.isEnabled()  # the description is still missing
    qtbot.keyClicks(edit.title_edit, "x" * 201)
    assert "Uraian terlalu panjang" in edit.problems.text()
    assert not edit.ok_button.isEnabled()
    edit.title_edit.setText("Misi kedua")
    assert edit.ok_button.isEnabled()  # a repeated code only warns
    edit.title_edit.clear()  # missing again: said by OK going off, not shouted
    assert "Uraian" not in edit.problems.text()
    assert "Kode m1 sudah dipakai" in edit.problems.text()
    assert not edit.ok_button.isEnabled()
    edit.accept()
    assert saved == [] and edit.result() != QDialog.DialogCode.Accepted


def test_edit_dialog_stays_open_when_saving_is_refused(app, qtbot, shown):
    def refuse(code, title):
        raise ValidationError.single("uraian", "Uraian prioritas terlalu panjang.")
    edit = PriorityEditDialog(refuse)
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit.title_edit, "Misi")
    edit.ok_button.click()
    assert edit.result() != QDialog.DialogCode.Accepted
    assert [str(e) for e in shown.errors] == ["uraian: Uraian prioritas terlalu panjang."]


def test_edit_with_enter_and_deactivate(make, programs, qtbot, monkeypatch):
    first = programs.add_priority("M1", "Misi satu")
    second = programs.add_priority("M2", "Misi dua")
    dialog = make()
    dialog.table.selectRow(1)
    opened = fill_with(monkeypatch, qtbot, None, "Misi dua yang diperbarui")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [("M2", "Misi dua")]
    assert rows(dialog)[1] == ("M2", "Misi dua yang diperbarui", "Aktif")
    assert dialog.selected().id == second
    assert dialog.toggle_button.text() == "&Nonaktifkan"
    dialog.toggle_button.click()
    assert [(p.id, p.active) for p in programs.priorities(include_inactive=True)] \
        == [(first, True), (second, False)]
    assert [p.id for p in programs.priorities()] == [first]
    assert rows(dialog)[1] == ("M2", "Misi dua yang diperbarui", "Nonaktif")
    assert dialog.model.data(dialog.model.index(1, 1), Qt.ItemDataRole.ForegroundRole) \
        is not None
    assert dialog.toggle_button.text() == "&Aktifkan"
    # Editing an inactive priority keeps it inactive.
    fill_with(monkeypatch, qtbot, "M2a", None)
    dialog.edit_button.click()
    assert [(p.code, p.active) for p in programs.priorities(include_inactive=True)] \
        == [("M1", True), ("M2a", False)]
    dialog.toggle_button.click()
    assert all(p.active for p in programs.priorities(include_inactive=True))


def test_delete_asks_first(make, programs, qtbot, shown):
    programs.add_priority("M1", "Misi satu")
    second = programs.add_priority("M2", "Misi dua")
    dialog = make()
    dialog.table.selectRow(0)
    shown.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert shown.questions == ["Hapus prioritas \"M1. Misi satu\" dari daftar?"]
    assert len(programs.priorities(include_inactive=True)) == 2
    shown.answer = QMessageBox.StandardButton.Yes
    dialog.delete_button.click()
    assert [p.id for p in programs.priorities(include_inactive=True)] == [second]
    assert dialog.selected().id == second  # the next row is selected
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert programs.priorities(include_inactive=True) == []
    assert dialog.stack.currentWidget() is dialog.empty_label
    assert shown.errors == []


def test_priority_in_use_is_not_deleted(make, db, programs, qtbot, shown):
    roster = RosterService(db)
    official_id, _ = roster.create(
        OfficialInput("197505052000011001", "Dedi Kurniawan", rank="IV/c"),
        [AppointmentInput("Kepala Dinas Pendidikan", "Dinas Pendidikan", "II.b",
                          start_date=date(2019, 6, 14))])
    priority = programs.add_priority("M1", "Misi satu")
    program_id = programs.create_program(roster.get(official_id).appointments[0].id,
                                         ProgramInput(start_date=date(2019, 6, 14)))
    programs.add_target(program_id, TargetInput("inovasi", "Sekolah digital", target_value=10,
                                                 unit="sekolah", priority_link_id=priority))
    dialog = make()
    dialog.table.selectRow(0)
    dialog.delete_button.click()
    assert len(shown.questions) == 1
    assert len(shown.errors) == 1 and isinstance(shown.errors[0], KinerjaError)
    assert "dipakai oleh 1 target" in str(shown.errors[0])
    assert [p.id for p in programs.priorities(include_inactive=True)] == [priority]
    assert rows(dialog) == [("M1", "Misi satu", "Aktif")]


def test_a_colleagues_change_to_the_same_priority_is_asked(make, db, colleague, programs, qtbot,
                                                          monkeypatch, shown):
    priority_id = programs.add_priority("M1", "Misi satu")
    dialog = make()
    dialog.table.selectRow(0)
    ProgramService(colleague).update_priority(priority_id, "M1", "Misi satu (kolega)", True)
    seen_in_form = []

    def fake_exec(edit: PriorityEditDialog):
        edit.title_edit.clear()
        qtbot.keyClicks(edit.title_edit, "Misi satu (saya)")
        shown.answer = QMessageBox.StandardButton.Discard  # Buang: the form shows theirs
        edit.ok_button.click()
        seen_in_form.append((edit.result(), edit.title_edit.text()))
        edit.title_edit.clear()  # typed again over theirs, now seen: saved without asking
        qtbot.keyClicks(edit.title_edit, "Misi satu (saya)")
        edit.ok_button.click()
        return edit.result()
    monkeypatch.setattr(PriorityEditDialog, "exec", fake_exec)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    (question,) = shown.questions
    assert "KONFLIK prioritas" in question and "isian Anda Misi satu (saya)" in question
    assert "tersimpan Misi satu (kolega)" in question
    assert seen_in_form == [(QDialog.DialogCode.Rejected, "Misi satu (kolega)")]
    assert programs.priority(priority_id).title == "Misi satu (saya)"
    assert rows(dialog)[0] == ("M1", "Misi satu (saya)", "Aktif")
