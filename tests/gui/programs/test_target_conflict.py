"""Two people editing the same target in the target editor (issue 20): a colleague's change to
another field stays when the user edits a cell; the same field changed by both asks, in a
merge conflict's words, whose value is kept. Typed as a user does (F2, the keys, Enter)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox

from kinerja_desktop.gui.programs.program_editor import ProgramEditor
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.storage.database import open_database, set_actor_provider
from tests.gui.programs.test_program_editor import TODAY, edit_cell, program  # noqa: F401
from tests.helpers.dialogs import record_dialogs


@pytest.fixture
def colleague_service(db):
    """ProgramService on the same database opened by someone else (as Budi)."""
    if db.is_server:
        from kinerja_desktop.storage.server import open_server
        other = open_server(db.server)
    else:
        other = open_database(db.path)
    yield ProgramService(other, lambda: TODAY)
    other.close()


@pytest.fixture
def shown(monkeypatch):
    return record_dialogs(monkeypatch, operations)


@pytest.fixture
def editor(app, qtbot, db, program, shown):  # noqa: F811 - the fixture imported above
    window = ProgramEditor(db, program[0], today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def first_target(service, program_id):
    return service.targets(program_id)[0]


def budi_changes(service, target_id, **changes):
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
