"""Recording an inauguration: new posts start, previous and acting posts end the day before."""

from __future__ import annotations

from datetime import date

import pytest

from kinerja_desktop.domain.officials import (AppointmentInput, InaugurationInput,
                                              InaugurationItem, OfficialInput)
from kinerja_desktop.domain.roster import RosterFilter
from kinerja_desktop.errors import NotFoundError, ValidationError
from kinerja_desktop.services.inauguration import record_inauguration
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import official_repo
from tests.helpers.dump import dump_database, table_rows

DAY = date(2019, 6, 14)
EVE = date(2019, 6, 13)
KOMINFO = "Dinas Komunikasi Informatika Persandian dan Statistik"
DUKCAPIL = "Dinas Kependudukan dan Catatan Sipil"
ANAS, JAJANG, ABDULLAH, ASEP = ("197203151995031004", "197102101996031002",
                                "196611201989031007", "196507071988031008")


def by_title(record, title):
    (a,) = [a for a in record.appointments if a.post_title == title]
    return a


# The demo inauguration of 14 June 2019 --------------------------------------------------------

def test_anas_sekretaris_and_plt_end_the_day_before(demo_db):
    roster = RosterService(demo_db)
    anas = roster.get(roster.id_by_nip(ANAS))
    sekretaris = by_title(anas, f"Sekretaris {KOMINFO}")
    assert (sekretaris.filling, sekretaris.end_date) == (None, EVE)
    acting = [a for a in anas.appointments if a.filling == "plt"]
    assert [(a.post_title, a.end_date) for a in acting] == [(f"Kepala {KOMINFO}", EVE)]
    (current,) = anas.current_appointments()
    assert (current.post_title, current.unit_name, current.eselon, current.filling) == (
        f"Kepala {KOMINFO}", KOMINFO, "II.b", "seleksi_terbuka")
    assert current.start_date == DAY and current.end_date is None
    assert current.previous_post == (f"Sekretaris {KOMINFO} sekaligus Plt. Kepala {KOMINFO}")
    assert official_repo.inauguration_date(demo_db, current.inauguration_id) == DAY


def test_jajang_plt_ended_but_still_sekretaris(demo_db):
    roster = RosterService(demo_db)
    jajang = roster.get(roster.id_by_nip(JAJANG))
    plt = by_title(jajang, f"Kepala {DUKCAPIL}")
    assert (plt.filling, plt.end_date) == ("plt", EVE)
    (current,) = jajang.current_appointments()
    assert current.post_title == f"Sekretaris {DUKCAPIL}" and current.end_date is None
    row = roster.rows([jajang.id])[jajang.id]
    assert row.post == f"Sekretaris {DUKCAPIL}" and row.eselon == "III.a"
    # He was not inaugurated: no appointment of his points to the inauguration.
    assert all(a.inauguration_id is None for a in jajang.appointments)


def test_abdullah_now_heads_disdukcapil_by_rotation(demo_db):
    roster = RosterService(demo_db)
    abdullah = roster.get(roster.id_by_nip(ABDULLAH))
    (current,) = abdullah.current_appointments()
    assert (current.post_title, current.filling, current.start_date) == (
        f"Kepala {DUKCAPIL}", "rotasi", DAY)
    assert current.previous_post == "Kepala Dinas Pemberdayaan Masyarakat Desa"
    dpmd = by_title(abdullah, "Kepala Dinas Pemberdayaan Masyarakat Desa")
    assert dpmd.end_date == EVE


@pytest.mark.parametrize("nip, previous", [
    ("197008231993031006", "Sekretaris Badan Perencanaan Pembangunan Daerah sekaligus "
                           "Plt. Kepala Badan Perencanaan Pembangunan Daerah"),
    ("196805041990021003", "Camat Petir"),
    ("196909171994031005", "Kepala Bagian Umum dan Perlengkapan"),
])
def test_previous_post_text(demo_db, nip, previous):
    roster = RosterService(demo_db)
    (current,) = roster.get(roster.id_by_nip(nip)).current_appointments()
    assert current.previous_post == previous
    assert current.filling == "seleksi_terbuka" and current.start_date == DAY


def test_asep_left_as_he_was(demo_db):
    roster = RosterService(demo_db)
    asep = roster.get(roster.id_by_nip(ASEP))
    (current,) = asep.appointments
    assert current.post_title == "Asisten Daerah I (Asda I)" and current.end_date is None
    assert current.previous_post == f"Kepala {DUKCAPIL}"


def test_the_inauguration_record(demo_db):
    rows = table_rows(demo_db, "SELECT i.date, i.place, i.inaugurated_by, s.name, s.role, "
                                    "(SELECT count(*) FROM appointment a "
                                    " WHERE a.inauguration_id = i.id) "
                                    "FROM inauguration i JOIN signatory s "
                                    "ON s.id = i.inaugurating_signatory_id")
    assert rows == [("2019-06-14", "Pendopo Bupati Serang",
                     "Ratu Tatu Chasanah, Bupati Serang", "Ratu Tatu Chasanah", "bupati", 5)]


# Scenarios of our own ------------------------------------------------------------------------

@pytest.fixture
def roster(db) -> RosterService:
    return RosterService(db)


def make(roster, nip, name, rank, *posts):
    oid, _ = roster.create(OfficialInput(nip, name, rank=rank), posts)
    return oid


def sekretaris(unit=KOMINFO, **kw):
    return AppointmentInput(f"Sekretaris {unit}", unit, "III.a", **kw)


def kepala(unit=KOMINFO, filling=None, **kw):
    return AppointmentInput(f"Kepala {unit}", unit, "II.b", filling, **kw)


def inaugurate(db, *items, day=DAY, place="Pendopo Bupati Serang", **kw):
    return record_inauguration(db, InaugurationInput(day, place, items=list(items), **kw))


def test_result_lists_new_and_ended_posts(roster, db):
    acting = make(roster, "197102101996031002", "Pelaksana Tugas", "IV/b", sekretaris(),
                  kepala(filling="plt"))
    newcomer = make(roster, "197001011990031002", "Kepala Baru", "IV/c",
                    AppointmentInput("Camat Petir", "Kecamatan Petir", "III.a"))
    result = inaugurate(db, InaugurationItem(newcomer, f"Kepala {KOMINFO}", KOMINFO, "II.b",
                                             "seleksi_terbuka", "821.2/Kep.77-Huk/2019",
                                             date(2019, 6, 12)))
    assert result.warnings == []
    assert len(result.appointment_ids) == 1
    assert sorted((a.post_title, a.official_id) for a in result.ended) == [
        ("Camat Petir", newcomer), (f"Kepala {KOMINFO}", acting)]
    new = roster.get(newcomer).current_appointments()[0]
    assert new.id == result.appointment_ids[0]
    assert (new.decree_number, new.decree_date) == ("821.2/Kep.77-Huk/2019", date(2019, 6, 12))
    assert new.inauguration_id == result.inauguration_id
    assert [a.post_title for a in roster.get(acting).current_appointments()] == [
        f"Sekretaris {KOMINFO}"]
    assert roster.rows([acting])[acting].post == f"Sekretaris {KOMINFO}"
    assert roster.rows([newcomer])[newcomer].post == f"Kepala {KOMINFO}"
    assert set(roster.search(RosterFilter(text="camat"))) == set()


def test_rank_outside_usual_range_is_returned_not_raised(roster, db):
    junior = make(roster, "197001011990031002", "Golongan Rendah", "III/d")
    senior = make(roster, "196501011988031003", "Golongan Tinggi", "IV/e")
    result = inaugurate(db, InaugurationItem(junior, f"Kepala {KOMINFO}", KOMINFO, "II.b"),
                        InaugurationItem(senior, "Kepala Bappeda", "Bappeda", "II.a"))
    assert [(w.field, w.row, w.severity) for w in result.warnings] == [
        ("pangkat_golongan", 1, "warning"), ("pangkat_golongan", 2, "warning")]
    assert "III/d" in result.warnings[0].message and "IV/b s.d. IV/c" in result.warnings[0].message
    assert "IV/e" in result.warnings[1].message and "IV/c s.d. IV/d" in result.warnings[1].message
    assert len(result.appointment_ids) == 2
    assert roster.get(junior).current_appointments()[0].start_date == DAY


@pytest.mark.parametrize("case", ["no place", "no items", "same official twice",
                                  "unknown eselon", "unknown official", "blank post"])
def test_refused_inauguration_writes_nothing(roster, db, case):
    oid = make(roster, "197001011990031002", "Budi", "IV/b", sekretaris())
    other = make(roster, "198001012005011003", "Citra", "IV/b")
    item = InaugurationItem(oid, f"Kepala {KOMINFO}", KOMINFO, "II.b", "seleksi_terbuka")
    items, place = [item], "Pendopo"
    if case == "no place":
        place = " "
    elif case == "no items":
        items = []
    elif case == "same official twice":
        items = [item, InaugurationItem(oid, "Kepala Bappeda", "Bappeda", "II.b")]
    elif case == "unknown eselon":
        items = [InaugurationItem(other, "Kepala Bappeda", "Bappeda", "II.b"),
                 InaugurationItem(oid, "Kepala Dinas", "Dinas Baru", "II.z")]
    elif case == "unknown official":
        items = [item, InaugurationItem(999, "Kepala Bappeda", "Bappeda", "II.b")]
    elif case == "blank post":
        items = [item, InaugurationItem(other, "", "Bappeda", "II.b")]
    before = dump_database(db)
    with pytest.raises(ValidationError) as caught:
        inaugurate(db, *items, place=place)
    errors = [p for p in caught.value.problems if p.is_error]
    expected = {"no place": [("tempat", None)], "no items": [("pejabat", None)],
                "same official twice": [("pejabat", 2)], "unknown eselon": [("eselon", 2)],
                "unknown official": [("pejabat", 2)], "blank post": [("jabatan", 2)]}[case]
    assert [(p.field, p.row) for p in errors] == expected
    assert dump_database(db) == before


def test_unknown_signatory_refused_and_nothing_written(roster, db):
    oid = make(roster, "197001011990031002", "Budi", "IV/b")
    item = InaugurationItem(oid, f"Kepala {KOMINFO}", KOMINFO, "II.b")
    before = dump_database(db)
    for inaugurated_by in ("", "Bupati Serang"):
        with pytest.raises(NotFoundError) as caught:
            inaugurate(db, item, inaugurating_signatory_id=777, inaugurated_by=inaugurated_by)
        assert "Penandatangan dengan id 777 tidak ditemukan" in str(caught.value)
    assert dump_database(db) == before


def test_acting_appointment_keeps_current_posts(roster, db):
    oid = make(roster, "197001011990031002", "Budi", "IV/b", sekretaris())
    result = inaugurate(db, InaugurationItem(oid, f"Kepala {KOMINFO}", KOMINFO, "II.b", "plt"))
    assert result.ended == []
    current = roster.get(oid).current_appointments()
    assert sorted(a.post_title for a in current) == [f"Kepala {KOMINFO}",
                                                     f"Sekretaris {KOMINFO}"]
    (plt,) = [a for a in current if a.filling == "plt"]
    assert plt.previous_post == ""
    # Definitive before acting: the roster still shows the Sekretaris post first.
    assert roster.rows([oid])[oid].post == (f"Sekretaris {KOMINFO}; sekaligus "
                                            f"Plt. Kepala {KOMINFO}")


def test_acting_holder_of_another_post_is_left_alone(roster, db):
    acting = make(roster, "197102101996031002", "Plt Lain", "IV/b",
                  kepala(unit=DUKCAPIL, filling="plt"))
    oid = make(roster, "197001011990031002", "Budi", "IV/b")
    result = inaugurate(db, InaugurationItem(oid, f"Kepala {KOMINFO}", KOMINFO, "II.b"))
    assert result.ended == []
    assert [a.end_date for a in roster.get(acting).appointments] == [None]


def test_acting_post_matched_in_any_case(roster, db):
    acting = make(roster, "197102101996031002", "Plt", "IV/b",
                  AppointmentInput(f"kepala {KOMINFO.upper()}", KOMINFO, "II.b", "plh"))
    oid = make(roster, "197001011990031002", "Budi", "IV/b")
    inaugurate(db, InaugurationItem(oid, f"Kepala {KOMINFO}", KOMINFO, "II.b"))
    assert [a.end_date for a in roster.get(acting).appointments] == [EVE]


def test_post_that_started_after_the_day_ends_on_its_first_day(roster, db):
    oid = make(roster, "197001011990031002", "Budi", "IV/b",
               sekretaris(start_date=date(2019, 7, 1)))
    inaugurate(db, InaugurationItem(oid, f"Kepala {KOMINFO}", KOMINFO, "II.b"))
    (old,) = [a for a in roster.get(oid).appointments if a.post_title.startswith("Sekretaris")]
    assert (old.start_date, old.end_date) == (date(2019, 7, 1), date(2019, 7, 1))


def test_new_unit_is_created_and_place_cleaned(roster, db):
    oid = make(roster, "197001011990031002", "Budi", "IV/b")
    result = inaugurate(db, InaugurationItem(oid, "Kepala Dinas Pariwisata", "Dinas Pariwisata",
                                             "II.b"), place="  Pendopo   Bupati ",
                        inaugurated_by="Wakil Bupati Serang", note="  catatan ")
    assert "Dinas Pariwisata" in {u.name for u in roster.units()}
    assert table_rows(db, "SELECT place, inaugurated_by, note FROM inauguration "
                               "WHERE id = ?", (result.inauguration_id,)) == [
        ("Pendopo Bupati", "Wakil Bupati Serang", "catatan")]


def test_acting_post_matched_whatever_the_spacing(roster, db):
    acting = make(roster, "197102101996031002", "Plt", "IV/b", kepala(filling="plt"))
    oid = make(roster, "197001011990031002", "Budi", "IV/b")
    inaugurate(db, InaugurationItem(oid, f"  Kepala  {KOMINFO} ", KOMINFO, "II.b"))
    assert [a.end_date for a in roster.get(acting).appointments] == [EVE]
    (new,) = roster.get(oid).current_appointments()
    assert new.post_title == f"Kepala {KOMINFO}"
