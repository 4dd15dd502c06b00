"""The target editor: editing in place, weight total, undo/redo, reordering, locking."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.programs import ProgressInput, TargetInput
from kinerja_desktop.gui.programs import program_editor as module
from kinerja_desktop.gui.programs.program_editor import ProgramEditor
from kinerja_desktop.gui.programs.target_model import COLUMN
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.progress import ProgressService
from kinerja_desktop.services.roster import RosterService
from tests.helpers.dialogs import record_dialogs
from tests.helpers.gui_fixtures import window_action

TODAY = date(2019, 7, 20)  # day 37 of the program that starts on 14 June 2019
START = date(2019, 6, 14)


@pytest.fixture
def shown(monkeypatch):
    return record_dialogs(monkeypatch, operations)


@pytest.fixture
def program(db):
    """An official inaugurated on 14 June 2019 with a draft 100-day program of two targets."""
    official_id, _ = RosterService(db).create(
        OfficialInput("197203151995031004", "Anas Dwisatya", rank="IV/b"),
        [AppointmentInput("Kepala Dinas Kominfo", "Dinas Kominfo", "II.b", "seleksi_terbuka",
                          start_date=START)])
    service = ProgramService(db, lambda: TODAY)
    appointment_id = RosterService(db).get(official_id).appointments[0].id
    from kinerja_desktop.domain.programs import ProgramInput
    program_id = service.create_program(appointment_id, ProgramInput("100_hari", START))
    service.add_target(program_id, TargetInput("inovasi", "Optimalisasi SPBE", target_value=80,
                                               unit="%", weight=Decimal(60)))
    service.add_target(program_id, TargetInput("target_kinerja", "Integrasi TIK",
                                               target_value=3, unit="aplikasi",
                                               weight=Decimal(30)))
    return official_id, program_id, service


@pytest.fixture
def editor(app, qtbot, db, program, shown):
    window = ProgramEditor(db, program[0], today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def titles(service, program_id):
    return [t.data.title for t in service.targets(program_id)]


def edit_cell(qtbot, editor, row, key, text):
    """Open the cell's editor as a user does (F2), type, and press Enter."""
    index = editor.model.index(row, COLUMN[key])
    editor.table.setCurrentIndex(index)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    widget = QApplication.focusWidget()
    assert widget is not editor.table, "no cell editor opened"
    line = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() else widget
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    # The delegate commits on Return through a queued call.
    qtbot.waitUntil(lambda: editor.table.state() != editor.table.State.EditingState)


def test_editor_shows_the_program_day_and_targets(editor, program):
    assert editor.model.rowCount() == 2
    assert editor.panel.day_label.text() == "Hari ke-37 dari 100, sisa 63 hari"
    assert "90%" in editor.weight_label.text() and "harus tepat 100%" in editor.weight_label.text()
    assert "b00020" in editor.weight_label.styleSheet()  # red while not 100
    assert editor.detail.title_label.text() == "Optimalisasi SPBE"


def test_target_model_passes_the_model_tester(editor, qtmodeltester):
    qtmodeltester.check(editor.model)


def test_edit_title_in_place_saves_at_once(editor, program, qtbot):
    _official, program_id, service = program
    edit_cell(qtbot, editor, 1, "judul", "Integrasi sistem TIK dinas")
    assert titles(service, program_id) == ["Optimalisasi SPBE", "Integrasi sistem TIK dinas"]
    assert editor.model.target(1).data.title == "Integrasi sistem TIK dinas"


def test_weight_total_turns_green_at_100(editor, program, qtbot):
    _official, program_id, service = program
    edit_cell(qtbot, editor, 1, "bobot", "40")
    assert [t.data.weight for t in service.targets(program_id)] == [Decimal(60), Decimal(40)]
    assert "100%" in editor.weight_label.text()
    assert "1b5e20" in editor.weight_label.styleSheet()


def test_undo_and_redo_with_the_keyboard(editor, program, qtbot):
    _official, program_id, service = program
    edit_cell(qtbot, editor, 0, "judul", "SPBE terpadu")
    assert titles(service, program_id)[0] == "SPBE terpadu"
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(service, program_id)[0] == "Optimalisasi SPBE"
    assert editor.model.target(0).data.title == "Optimalisasi SPBE"
    qtbot.keyClick(editor.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert titles(service, program_id)[0] == "SPBE terpadu"


def test_add_target_opens_its_title_and_undo_removes_it(editor, program, qtbot):
    _official, program_id, service = program
    editor.table.setCurrentIndex(editor.model.index(0, 0))
    editor.add_target_action.trigger()
    assert titles(service, program_id) == ["Optimalisasi SPBE", "Target baru", "Integrasi TIK"]
    assert editor.table.state() == editor.table.State.EditingState
    QApplication.focusWidget().clearFocus()
    editor.undo_action.trigger()
    assert titles(service, program_id) == ["Optimalisasi SPBE", "Integrasi TIK"]
    editor.redo_action.trigger()
    assert titles(service, program_id) == ["Optimalisasi SPBE", "Target baru", "Integrasi TIK"]


def test_delete_target_with_progress_asks_and_undo_brings_it_back(editor, program, shown, db):
    _official, program_id, service = program
    first = service.targets(program_id)[0]
    ProgressService(db, lambda: TODAY).add_report(first.id, ProgressInput(TODAY, 40, "rapat"))
    editor.reload()
    editor.table.setCurrentIndex(editor.model.index(0, 0))
    editor.delete_target_action.trigger()
    assert "1 laporan progres" in shown.questions[-1]
    assert titles(service, program_id) == ["Integrasi TIK"]
    editor.undo_action.trigger()
    restored = service.targets(program_id)[0]
    assert (restored.id, restored.uuid, restored.latest_realised) == (first.id, first.uuid, 40)


def test_delete_refused_by_the_user_keeps_the_target(editor, program, shown, db):
    _official, program_id, service = program
    ProgressService(db, lambda: TODAY).add_report(service.targets(program_id)[0].id,
                                                  ProgressInput(TODAY, 40))
    editor.reload()
    shown.answer = QMessageBox.StandardButton.No
    editor.table.setCurrentIndex(editor.model.index(0, 0))
    editor.delete_target_action.trigger()
    assert len(service.targets(program_id)) == 2


def test_reorder_with_the_keyboard_and_undo(editor, program, qtbot):
    _official, program_id, service = program
    editor.table.setCurrentIndex(editor.model.index(0, COLUMN["judul"]))
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(service, program_id) == ["Integrasi TIK", "Optimalisasi SPBE"]
    assert editor.table.currentIndex().row() == 1  # the moved target stays selected
    editor.undo_action.trigger()
    assert titles(service, program_id) == ["Optimalisasi SPBE", "Integrasi TIK"]


def test_reorder_by_drag_and_drop(editor, program):
    _official, program_id, service = program
    data = editor.model.mimeData([editor.model.index(0, 0)])
    editor.model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert titles(service, program_id) == ["Integrasi TIK", "Optimalisasi SPBE"]


def test_due_date_editor_is_limited_to_the_program(editor):
    index = editor.model.index(0, COLUMN["tenggat"])
    widget = editor.table.itemDelegate().createEditor(editor.table.viewport(), None, index)
    assert widget.maximumDate().toPython() == date(2019, 9, 21)
    assert widget.minimumDate().toPython() == date(2019, 6, 13)  # shown as "(tanpa tenggat)"
    widget.deleteLater()


def test_invalid_value_is_refused_and_nothing_is_saved(editor, program, shown):
    _official, program_id, service = program
    index = editor.model.index(0, COLUMN["judul"])
    assert editor.model.setData(index, "   ") is False  # a title is required
    assert "Judul target wajib diisi" in str(shown.errors[-1])
    assert titles(service, program_id)[0] == "Optimalisasi SPBE"
    assert editor.undo_action.isEnabled() is False


def test_agreeing_needs_100_percent(editor, program, shown):
    _official, program_id, service = program
    editor.advance_action.trigger()
    assert "tepat 100%" in str(shown.errors[-1])
    assert service.program(program_id).status == "draft"


def test_agreed_program_is_locked_and_steps_back_with_a_reason(editor, program, shown,
                                                               monkeypatch, qtbot):
    _official, program_id, service = program
    edit_cell(qtbot, editor, 1, "bobot", "40")
    editor.advance_action.trigger()
    assert service.program(program_id).status == "disepakati"
    assert editor.lock_label.isVisible() and "terkunci" in editor.lock_label.text()
    index = editor.model.index(0, COLUMN["judul"])
    assert not editor.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert editor.model.setData(index, "Diubah") is False
    assert not editor.add_target_action.isEnabled()
    assert not editor.undo_action.isEnabled()  # the edits before agreeing are history now
    assert editor.add_progress_action.isEnabled()  # progress is still recorded

    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("", True)))
    editor.step_back_action.trigger()
    assert "alasan" in str(shown.errors[-1]).lower()
    assert service.program(program_id).status == "disepakati"

    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("Bobot SPBE direvisi", True)))
    editor.step_back_action.trigger()
    assert service.program(program_id).status == "draft"
    assert "Bobot SPBE direvisi" in editor.panel.history_label.text()
    assert editor.model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_description_is_saved_when_leaving_the_box(editor, program, qtbot):
    _official, program_id, service = program
    editor.detail.description_edit.setFocus()
    editor.detail.description_edit.setPlainText("Naskah dinas elektronik di semua OPD")
    editor.table.setFocus()  # leaving the box saves
    qtbot.waitUntil(lambda: service.targets(program_id)[0].data.description != "")
    assert service.targets(program_id)[0].data.description == \
        "Naskah dinas elektronik di semua OPD"
    editor.undo_action.trigger()
    assert service.targets(program_id)[0].data.description == ""


def test_attach_files_and_refuse_a_huge_one(editor, program, shown, db, tmp_path):
    _official, program_id, service = program
    target = service.targets(program_id)[0]
    report = ProgressService(db, lambda: TODAY).add_report(target.id, ProgressInput(TODAY, 40))
    small = tmp_path / "notulen rapat.pdf"
    small.write_bytes(b"%PDF-1.4 notulen")
    huge = tmp_path / "video.pdf"
    with open(huge, "wb") as f:
        f.truncate(21 * 1024 * 1024)
    editor.attach_paths(report, [str(huge)])
    assert "20,0 MB" in str(shown.errors[-1])
    editor.attach_paths(report, [str(small)])
    files = ProgressService(db).reports(target.id)[0].attachments
    assert [f.filename for f in files] == ["notulen rapat.pdf"]
    assert editor.detail.file_model.rowCount() == 1
    editor.undo_action.trigger()
    assert ProgressService(db).reports(target.id)[0].attachments == []


def test_empty_states(app, qtbot, db, shown):
    official_id, _ = RosterService(db).create(
        OfficialInput("197203151995031004", "Anas Dwisatya"),
        [AppointmentInput("Kepala Dinas Kominfo", "Dinas Kominfo", "II.b", start_date=START)])
    window = ProgramEditor(db, official_id, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentIndex() == module.PAGE_NO_PROGRAM
    assert not window.add_target_action.isEnabled()
    service = ProgramService(db)
    from kinerja_desktop.domain.programs import ProgramInput
    service.create_program(RosterService(db).get(official_id).appointments[0].id,
                           ProgramInput("100_hari", START))
    window.reload()
    assert window.pages.currentIndex() == module.PAGE_TARGETS
    assert window.target_pages.currentIndex() == module.NO_TARGET_PAGE
    assert "Belum ada target" in window.no_target_label.text()


def test_main_window_opens_the_editor_for_the_selected_official(demo_window, qtbot):
    anas = RosterService(demo_window.db).id_by_nip("197203151995031004")
    assert demo_window.select_official(anas)
    programs_action = window_action(demo_window, "programsAction")
    assert programs_action.isEnabled()
    programs_action.trigger()
    editors = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, ProgramEditor) and w.isVisible()]
    assert len(editors) == 1 and "Anas Dwisatya" in editors[0].windowTitle()
    programs_action.trigger()  # the same window again, not a second one
    assert len([w for w in QApplication.topLevelWidgets()
                if isinstance(w, ProgramEditor) and w.isVisible()]) == 1
    editors[0].close()


def test_templates_save_and_apply_with_undo(editor, program, monkeypatch, shown):
    _official, program_id, service = program
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Templat kominfo", True)))
    editor.save_template_action.trigger()
    assert [t.name for t in service.templates()] == ["Templat kominfo"]
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda _p, _t, _l, items, *a, **k:
                                                              (items[0], True)))
    editor.apply_template_action.trigger()
    assert titles(service, program_id) == ["Optimalisasi SPBE", "Integrasi TIK"] * 2
    editor.undo_action.trigger()
    assert titles(service, program_id) == ["Optimalisasi SPBE", "Integrasi TIK"]
    editor.redo_action.trigger()
    assert titles(service, program_id) == ["Optimalisasi SPBE", "Integrasi TIK"] * 2


def test_new_program_from_the_previous_one(editor, program, monkeypatch):
    official_id, program_id, service = program
    from kinerja_desktop.gui.programs import program_dialog

    def accept(dialog):
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("triwulan"))
        dialog.copy_combo.setCurrentIndex(dialog.copy_combo.findData(program_id))
        return program_dialog.ProgramDialog.DialogCode.Accepted

    monkeypatch.setattr(program_dialog.ProgramDialog, "exec", accept)
    editor.new_program_action.trigger()
    programs = service.programs_of_official(official_id)
    assert len(programs) == 2
    new = editor.current_program()
    assert new.kind == "triwulan" and new.id != program_id
    assert titles(service, new.id) == ["Optimalisasi SPBE", "Integrasi TIK"]
    assert editor.model.rowCount() == 2


def test_record_progress_through_the_dialog(editor, program, monkeypatch, tmp_path, db):
    _official, program_id, service = program
    from kinerja_desktop.gui.programs import progress_dialog
    evidence = tmp_path / "foto kegiatan.png"
    evidence.write_bytes(b"\x89PNG fake")

    def accept(dialog):
        dialog.add_paths([str(evidence)])
        dialog.value_spin.setValue(48)
        return progress_dialog.ProgressDialog.DialogCode.Accepted

    monkeypatch.setattr(progress_dialog.ProgressDialog, "exec", accept)
    editor.table.setCurrentIndex(editor.model.index(0, 0))
    editor.add_progress_action.trigger()
    target = service.targets(program_id)[0]
    assert target.latest_realised == 48
    assert editor.model.data(editor.model.index(0, COLUMN["capaian"])) == "48 (60%)"
    reports = ProgressService(db).reports(target.id)
    assert [a.filename for a in reports[0].attachments] == ["foto kegiatan.png"]
    assert editor.detail.progress_model.rowCount() == 1
    editor.undo_action.trigger()
    assert ProgressService(db).reports(target.id) == []


def test_evaluate_an_agreed_program_from_the_editor(editor, program, qtbot, monkeypatch):
    _official, program_id, service = program
    edit_cell(qtbot, editor, 1, "bobot", "40")
    editor.advance_action.trigger()
    assert editor.evaluate_action.isEnabled()
    editor.evaluate_action.trigger()
    from kinerja_desktop.gui.evaluation.evaluation_wizard import EvaluationWizard
    wizards = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, EvaluationWizard) and w.isVisible()]
    assert len(wizards) == 1
    from kinerja_desktop.services.evaluations import EvaluationService
    drafts = EvaluationService(editor.db).evaluations(program_id=program_id)
    assert [d.status for d in drafts] == ["draft"]
    wizards[0].done(0)  # closed without the cancel question


def test_due_date_is_typed_the_indonesian_way(editor, program, shown, qtbot):
    # QDateEdit read "14 juli 2019" section by section (4 Juli) and ignored "14/07/2019".
    _official, program_id, service = program
    edit_cell(qtbot, editor, 0, "tenggat", "14 juli 2019")
    assert service.targets(program_id)[0].data.due_date == date(2019, 7, 14)
    edit_cell(qtbot, editor, 0, "tenggat", "01/08/2019")
    assert service.targets(program_id)[0].data.due_date == date(2019, 8, 1)
    assert editor.model.index(0, COLUMN["tenggat"]).data(Qt.ItemDataRole.EditRole) \
        .toPython() == date(2019, 8, 1)


@pytest.mark.parametrize("text, message", [("31/06/2019", "tidak ada di kalender"),
                                           ("1/1/2020", "di luar batas")])
def test_a_due_date_that_cannot_be_taken_is_refused_aloud(editor, program, shown, qtbot,
                                                          text, message):
    _official, program_id, service = program
    before = service.targets(program_id)[0].data.due_date
    index = editor.model.index(0, COLUMN["tenggat"])
    editor.table.setCurrentIndex(index)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    widget = QApplication.focusWidget()
    line = widget.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert message in str(shown.errors[-1]) and "Tenggat" in str(shown.errors[-1])
    # The cell stays open with the typed text, to be corrected (or Escape to cancel).
    assert editor.table.state() == editor.table.State.EditingState
    assert line.text() == text
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor.table.state() != editor.table.State.EditingState)
    assert service.targets(program_id)[0].data.due_date == before


def test_the_panel_shows_whether_the_scheme_is_in_force(editor, program):
    _official, program_id, service = program
    label = editor.panel.scheme_label
    assert label.isVisible()
    assert "Status skema: " in label.text() and "Pilihan aplikasi" in label.text()
    # A program under a revoked scheme (an evaluation of its years) says so, in red.
    service.update_program(program_id, replace(service.program(program_id).as_input(),
                                               scheme="pp30_2019"))
    editor.reload()
    assert "dicabut oleh PermenPANRB No. 6 Tahun 2022" in label.text()
    assert "#b00020" in label.text()
    assert "PermenPANRB No. 8 Tahun 2021" in label.toolTip()  # the basis, on hover


# Two people editing the same target (issue 20) ------------------------------------------------
#
# A colleague's change to another field stays when the user edits a cell; the same field
# changed by both asks, in a merge conflict's words, whose value is kept. Typed as a user does.

@pytest.fixture
def colleague_service(db):
    """ProgramService on the same database opened by someone else."""
    from kinerja_desktop.storage.database import open_database
    other = open_database(db.path)
    yield ProgramService(other, lambda: TODAY)
    other.close()


def first_target(service, program_id):
    return service.targets(program_id)[0]


def budi_changes(service, target_id, **changes):
    from kinerja_desktop.storage.database import set_actor_provider
    set_actor_provider(lambda: "Budi")
    try:
        service.update_target(target_id, replace(service.target(target_id).data, **changes))
    finally:
        set_actor_provider(None)


def test_a_colleagues_change_to_another_field_stays(editor, program, colleague_service, qtbot,
                                                    shown):
    _official, program_id, service = program
    target = first_target(service, program_id)
    budi_changes(colleague_service, target.id, weight=Decimal(45))  # after the editor opened
    edit_cell(qtbot, editor, 0, "judul", "SPBE terpadu")
    stored = service.target(target.id).data
    assert (stored.title, stored.weight) == ("SPBE terpadu", Decimal(45))
    assert shown.questions == [] and shown.errors == []


def test_the_same_field_asks_and_discard_shows_theirs(editor, program, colleague_service,
                                                      qtbot, shown):
    _official, program_id, service = program
    target = first_target(service, program_id)
    budi_changes(colleague_service, target.id, title="Optimalisasi SPBE 2019")
    shown.answer = QMessageBox.StandardButton.Discard
    edit_cell(qtbot, editor, 0, "judul", "SPBE terpadu")
    assert len(shown.questions) == 1
    question = shown.questions[0]
    assert question.startswith("KONFLIK target 'Optimalisasi SPBE 2019': diubah oleh Budi pada ")
    assert "Target: isian Anda SPBE terpadu, tersimpan Optimalisasi SPBE 2019" in question
    assert service.target(target.id).data.title == "Optimalisasi SPBE 2019"
    # The editor shows what is stored.
    qtbot.waitUntil(lambda: editor.model.target(0).data.title == "Optimalisasi SPBE 2019")
    assert shown.errors == []
    assert not editor.undo_group.canUndo()  # nothing was saved, nothing to undo


def test_the_same_field_asks_and_save_keeps_mine(editor, program, colleague_service, qtbot,
                                                 shown):
    _official, program_id, service = program
    target = first_target(service, program_id)
    budi_changes(colleague_service, target.id, title="Optimalisasi SPBE 2019",
                 weight=Decimal(45))
    shown.answer = QMessageBox.StandardButton.Save
    edit_cell(qtbot, editor, 0, "judul", "SPBE terpadu")
    stored = service.target(target.id).data
    assert (stored.title, stored.weight) == ("SPBE terpadu", Decimal(45))
    assert len(shown.questions) == 1 and shown.errors == []
    assert editor.undo_group.canUndo()
