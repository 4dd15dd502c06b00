"""Two people editing the same target (issue 20): only the fields one changed are written, so
a colleague's change to another field stays; the same field changed by both is refused,
naming who and when, until the user keeps theirs. Undo and redo put back only their own
edit. Runs on a file (two connections) and on the test server (two colleagues)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.programs import ProgramInput, TargetInput
from kinerja_desktop.errors import StaleSaveError
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.roster import RosterService
from tests.helpers.actors import acting_as
from tests.helpers.dump import dump_database

BUDI = "Budi (Bagian Organisasi)"  # the colleague, as the history names him

TODAY = date(2019, 7, 20)
START = date(2019, 6, 14)


@pytest.fixture
def target_id(db):
    official_id, _ = RosterService(db).create(
        OfficialInput("197203151995031004", "Anas Dwisatya", rank="IV/b"),
        [AppointmentInput("Kepala Dinas Kominfo", "Dinas Kominfo", "II.b", "seleksi_terbuka",
                          start_date=START)])
    service = ProgramService(db, lambda: TODAY)
    appointment_id = RosterService(db).get(official_id).appointments[0].id
    program_id = service.create_program(appointment_id, ProgramInput("100_hari", START))
    return service.add_target(program_id, TargetInput(
        "inovasi", "Optimalisasi SPBE", target_value=80, unit="%", weight=Decimal(60)))


def test_a_colleagues_change_to_another_field_is_kept(db, colleague, target_id):
    mine, theirs = ProgramService(db, lambda: TODAY), ProgramService(colleague, lambda: TODAY)
    seen = mine.target(target_id).data  # the editor shows the target
    theirs_data = replace(theirs.target(target_id).data, weight=Decimal(40))
    acting_as(BUDI, lambda: theirs.update_target(target_id, theirs_data))
    mine.update_target(target_id, replace(seen, title="SPBE terpadu"), seen=seen)
    stored = mine.target(target_id).data
    assert (stored.title, stored.weight) == ("SPBE terpadu", Decimal(40))


def test_the_same_field_changed_by_both_is_refused_until_the_user_keeps_theirs(
        db, colleague, target_id):
    mine, theirs = ProgramService(db, lambda: TODAY), ProgramService(colleague, lambda: TODAY)
    seen = mine.target(target_id).data
    acting_as(BUDI, lambda: theirs.update_target(target_id, replace(
        seen, title="Optimalisasi SPBE 2019", unit="persen")))
    before = dump_database(db)
    edited = replace(seen, title="SPBE terpadu", weight=Decimal(50))
    with pytest.raises(StaleSaveError) as caught:
        mine.update_target(target_id, edited, seen=seen)
    assert str(caught.value).startswith("KONFLIK target 'Optimalisasi SPBE 2019': diubah oleh "
                                        "Budi (Bagian Organisasi) pada ")
    assert caught.value.differences == (("Target", "SPBE terpadu", "Optimalisasi SPBE 2019"),)
    assert dump_database(db) == before  # nothing written

    mine.update_target(target_id, edited, seen=seen, overwrite=True)
    stored = mine.target(target_id).data
    # Mine where we clashed and where only I changed; theirs where only they did.
    assert (stored.title, stored.weight, stored.unit) == ("SPBE terpadu", Decimal(50), "persen")


def test_undo_and_redo_touch_only_ones_own_edit(db, colleague, target_id):
    mine, theirs = ProgramService(db, lambda: TODAY), ProgramService(colleague, lambda: TODAY)
    seen = mine.target(target_id).data
    edited = replace(seen, title="SPBE terpadu")
    old = mine.update_target(target_id, edited, seen=seen)
    acting_as(BUDI, lambda: theirs.update_target(target_id, replace(
        theirs.target(target_id).data, weight=Decimal(45))))
    mine.update_target(target_id, old, seen=edited)  # undo, as the editor calls it
    stored = mine.target(target_id).data
    assert (stored.title, stored.weight) == ("Optimalisasi SPBE", Decimal(45))
    mine.update_target(target_id, edited, seen=seen)  # redo
    stored = mine.target(target_id).data
    assert (stored.title, stored.weight) == ("SPBE terpadu", Decimal(45))


def test_a_merged_save_is_still_checked_as_a_whole(db, colleague, target_id):
    """Each side's change passes on its own; together they must pass too (a range's upper end
    at or below the target is refused)."""
    from kinerja_desktop.errors import ValidationError
    mine, theirs = ProgramService(db, lambda: TODAY), ProgramService(colleague, lambda: TODAY)
    seen = mine.target(target_id).data
    acting_as(BUDI, lambda: theirs.update_target(target_id, replace(seen, polarity="rentang",
                                                                    target_max=90.0)))
    before = dump_database(db)
    with pytest.raises(ValidationError):
        mine.update_target(target_id, replace(seen, target_value=95.0), seen=seen)
    assert dump_database(db) == before


# The program's own fields, as the program dialog saves them -------------------------------

def program_of(service, target_id):
    return service.db.execute_sql("SELECT program_id FROM target WHERE id = ?",
                                  (target_id,)).fetchone()[0]


def test_a_program_edited_by_two_people_keeps_both_fields(db, colleague, target_id):
    mine, theirs = ProgramService(db, lambda: TODAY), ProgramService(colleague, lambda: TODAY)
    program_id = program_of(mine, target_id)
    seen = mine.program(program_id).as_input()
    acting_as(BUDI, lambda: theirs.update_program(program_id, replace(seen, note="Catatan Budi")))
    mine.update_program(program_id, replace(seen, title="Program 100 Hari SPBE"), seen=seen)
    stored = mine.program(program_id)
    assert (stored.title, stored.note) == ("Program 100 Hari SPBE", "Catatan Budi")


def test_a_programs_title_changed_by_both_asks(db, colleague, target_id):
    mine, theirs = ProgramService(db, lambda: TODAY), ProgramService(colleague, lambda: TODAY)
    program_id = program_of(mine, target_id)
    seen = mine.program(program_id).as_input()
    acting_as(BUDI, lambda: theirs.update_program(program_id, replace(seen, title="Versi Budi")))
    before = dump_database(db)
    with pytest.raises(StaleSaveError) as caught:
        mine.update_program(program_id, replace(seen, title="Versi Ani"), seen=seen)
    assert str(caught.value).startswith("KONFLIK program 'Versi Budi': diubah oleh Budi ")
    assert caught.value.differences == (("Judul program", "Versi Ani", "Versi Budi"),)
    assert dump_database(db) == before
    mine.update_program(program_id, replace(seen, title="Versi Ani"), seen=seen, overwrite=True)
    assert mine.program(program_id).title == "Versi Ani"
