"""A recorded inauguration listed, corrected with a reason, or deleted while nothing depends."""

from __future__ import annotations

from datetime import date

import pytest

from kinerja_desktop.domain.officials import (AppointmentInput, InaugurationInput,
                                              InaugurationItem, OfficialInput)
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.services.inauguration import (correct_inauguration, delete_inauguration,
                                                   dependents, inaugurations,
                                                   record_inauguration)
from kinerja_desktop.services.roster import RosterService

from tests.helpers.dump import table_rows

DAY = date(2021, 3, 1)


@pytest.fixture
def recorded(db):
    roster = RosterService(db)
    official, _ = roster.create(
        OfficialInput("197203151995031004", "Anas Dwisatya", rank="IV/b"),
        (AppointmentInput("Sekretaris Dinas Kominfo", "Dinas Kominfo", "III.a",
                          start_date=date(2015, 1, 5)),))
    result = record_inauguration(db, InaugurationInput(
        DAY, "Pendopo", None, inaugurated_by="Bupati Serang",
        items=[InaugurationItem(official, "Kepala Dinas Kominfo", "Dinas Kominfo", "II.b",
                                "seleksi_terbuka")]))
    return result.inauguration_id, official


def test_the_list_names_date_place_and_officials(db, recorded):
    (row,) = inaugurations(db)
    assert (row.date, row.place, row.officials) == (DAY, "Pendopo", ("Anas Dwisatya",))


def test_correction_needs_a_reason_and_is_in_the_history(db, recorded):
    inauguration_id, _ = recorded
    with pytest.raises(KinerjaError, match="alasan"):
        correct_inauguration(db, inauguration_id, "Pendopo Bupati", "Bupati Serang", "", " ")
    correct_inauguration(db, inauguration_id, "Pendopo  Bupati", "Bupati Serang", "",
                         "salah ketik tempat", actor="Siti")
    assert inaugurations(db)[0].place == "Pendopo Bupati"
    rows = table_rows(db, "SELECT actor, summary FROM audit_entry "
                               "WHERE action = 'koreksi_pelantikan'")
    assert rows == [("Siti", "Pelantikan 01-03-2021 dikoreksi: salah ketik tempat")]


def test_delete_reopens_the_post_it_closed(db, recorded):
    inauguration_id, official = recorded
    roster = RosterService(db)
    assert [a.post_title for a in roster.get(official).current_appointments()] == [
        "Kepala Dinas Kominfo"]
    delete_inauguration(db, inauguration_id, "dicatat dua kali")
    assert inaugurations(db) == []
    assert [(a.post_title, a.end_date) for a in roster.get(official).appointments] == [
        ("Sekretaris Dinas Kominfo", None)]
    assert table_rows(db, "SELECT count(*) FROM audit_entry "
                               "WHERE action = 'hapus_pelantikan'") == [(1,)]


def test_delete_refused_while_a_program_depends(demo_db):
    (row,) = inaugurations(demo_db)
    assert "5 program kinerja" in dependents(demo_db, row.id)
    with pytest.raises(KinerjaError, match="tidak dapat dihapus karena 5 program kinerja"):
        delete_inauguration(demo_db, row.id)
    assert len(inaugurations(demo_db)) == 1


def test_date_correction_moves_posts_programs_and_due_dates_together(db, recorded):
    from kinerja_desktop.services.inauguration import change_inauguration_date
    from kinerja_desktop.services.programs import ProgramService
    inauguration_id, official = recorded
    programs = ProgramService(db)
    (program_id,) = programs.create_for_inauguration(DAY).created
    new = date(2021, 3, 3)
    effects = change_inauguration_date(db, inauguration_id, new, "salah tanggal")
    assert "Hari pertama 1 program 100 hari menjadi 03-03-2021" in effects
    program = programs.program(program_id)
    assert (program.start_date, program.end_date) == (new, date(2021, 6, 10))
    posts = {a.post_title: a for a in RosterService(db).get(official).appointments}
    assert posts["Kepala Dinas Kominfo"].start_date == new
    assert posts["Sekretaris Dinas Kominfo"].end_date == date(2021, 3, 2)
    assert inaugurations(db)[0].date == new


def test_date_correction_refused_once_evaluated(demo_db):
    from kinerja_desktop.services.inauguration import change_inauguration_date
    (row,) = inaugurations(demo_db)
    with pytest.raises(KinerjaError, match="sudah dievaluasi"):
        change_inauguration_date(demo_db, row.id, date(2019, 6, 15), "salah tanggal")
    assert inaugurations(demo_db)[0].date == date(2019, 6, 14)
