"""Roster use cases: add, edit, archive and delete officials and their posts, in transactions."""

from __future__ import annotations

from datetime import date

import pytest

from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.roster import RosterFilter
from kinerja_desktop.errors import KinerjaError, NotFoundError, ValidationError
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage.database import open_database
from tests.helpers.dump import dump_database, table_rows

NIP = "197001011990031002"
OTHER = "198512312010012003"
KOMINFO = "Dinas Komunikasi dan Informatika"


@pytest.fixture
def service(db) -> RosterService:
    return RosterService(db)


def post(**kw) -> AppointmentInput:
    values = dict(post_title=f"Kepala {KOMINFO}", unit_name=KOMINFO, eselon="II.b",
                  filling="seleksi_terbuka", start_date=date(2019, 6, 14))
    values.update(kw)
    return AppointmentInput(**values)


def test_create_derives_birth_date_and_sex_from_the_nip(service):
    oid, warnings = service.create(OfficialInput("19851231 201001 2 003", " Siti  Aminah ",
                                                 "Dr.", "M.Si", "IV/b"))
    assert warnings == []
    o = service.get(oid)
    assert o.nip == OTHER  # stored without separators
    assert (o.name, o.front_title, o.back_title, o.rank) == ("Siti  Aminah", "Dr.", "M.Si",
                                                             "IV/b")
    assert o.birth_date == date(1985, 12, 31) and o.sex == "P"
    assert o.active is True and len(o.uuid) == 36
    assert o.full_name == "Dr. Siti  Aminah, M.Si"
    assert service.id_by_nip(OTHER) == oid
    assert service.id_by_nip(NIP) is None


def test_create_with_posts_creates_units_and_returns_rank_warnings(service, db):
    oid, warnings = service.create(OfficialInput(NIP, "Budi", rank="IV/a"), [post()])
    assert [(w.field, w.severity) for w in warnings] == [("pangkat_golongan", "warning")]
    o = service.get(oid)
    (a,) = o.appointments
    assert (a.post_title, a.unit_name, a.eselon, a.filling, a.start_date, a.end_date) == (
        f"Kepala {KOMINFO}", KOMINFO, "II.b", "seleksi_terbuka", date(2019, 6, 14), None)
    assert [u.name for u in service.units()] == [KOMINFO]
    assert service.units()[0].kind == "dinas"
    assert service.has_history(oid)
    assert service.rows([oid])[oid].post == f"Kepala {KOMINFO}"


def test_create_refused_reports_every_problem_and_writes_nothing(service, db):
    before = dump_database(db)
    with pytest.raises(ValidationError) as caught:
        service.create(OfficialInput("1970", "", rank="IX/z"),
                       [post(post_title="", eselon="II.x")])
    assert [p.field for p in caught.value.problems if p.is_error] == [
        "nip", "nama", "pangkat_golongan", "jabatan", "eselon"]
    assert dump_database(db) == before


def test_duplicate_nip_refused_and_nothing_written(service, db):
    service.create(OfficialInput(NIP, "Pertama"))
    before = dump_database(db)
    with pytest.raises(ValidationError) as caught:
        service.create(OfficialInput("19700101 199003 1 002", "Kedua"), [post()])
    assert "sudah terdaftar" in str(caught.value)
    assert dump_database(db) == before  # no unit, no post: the transaction rolled back


def test_update(service):
    oid, _ = service.create(OfficialInput(NIP, "Budi", rank="IV/b"), [post()])
    data = service.get(oid).as_input()
    data.name, data.rank, data.nip = "Budi Santoso", "IV/a", "19700101.199003.1.005"
    warnings = service.update(oid, data)
    # The current post is II.b: IV/a is outside its usual range.
    assert [w.field for w in warnings] == ["pangkat_golongan"]
    o = service.get(oid)
    assert (o.name, o.rank, o.nip) == ("Budi Santoso", "IV/a", "197001011990031005")
    assert service.rows([oid])[oid].full_name == "Budi Santoso"


def test_update_to_a_nip_in_use_is_refused(service, db):
    first, _ = service.create(OfficialInput(NIP, "Budi"))
    service.create(OfficialInput(OTHER, "Siti"))
    before = dump_database(db)
    data = service.get(first).as_input()
    data.nip = OTHER
    with pytest.raises(ValidationError) as caught:
        service.update(first, data)
    assert "sudah dipakai pejabat lain" in str(caught.value)
    assert dump_database(db) == before


def test_update_unknown_official(service):
    with pytest.raises(NotFoundError):
        service.update(404, OfficialInput(NIP, "Budi"))
    with pytest.raises(NotFoundError) as caught:
        service.get(404)
    assert "tidak ditemukan" in str(caught.value)


def test_appointments_add_update_delete(service):
    oid, _ = service.create(OfficialInput(NIP, "Budi", rank="IV/b"))
    assert not service.has_history(oid)
    aid, warnings = service.add_appointment(oid, post())
    assert warnings == []
    assert service.rows([oid])[oid].post == f"Kepala {KOMINFO}"

    warnings = service.update_appointment(aid, post(post_title="Kepala Dinas Pariwisata",
                                                    unit_name="Dinas Pariwisata",
                                                    eselon="II.a"))
    assert [w.field for w in warnings] == ["pangkat_golongan"]  # IV/b below II.a
    (a,) = service.get(oid).appointments
    assert (a.id, a.post_title, a.unit_name, a.eselon) == (aid, "Kepala Dinas Pariwisata",
                                                           "Dinas Pariwisata", "II.a")
    assert {u.name for u in service.units()} == {KOMINFO, "Dinas Pariwisata"}
    row = service.rows([oid])[oid]
    assert (row.post, row.unit_name, row.eselon) == ("Kepala Dinas Pariwisata",
                                                     "Dinas Pariwisata", "II.a")

    service.delete_appointment(aid)
    assert service.get(oid).appointments == []
    assert service.rows([oid])[oid].post == ""
    with pytest.raises(NotFoundError):
        service.delete_appointment(aid)
    with pytest.raises(NotFoundError):
        service.update_appointment(aid, post())


def test_invalid_appointment_refused(service, db):
    oid, _ = service.create(OfficialInput(NIP, "Budi"))
    before = dump_database(db)
    with pytest.raises(ValidationError) as caught:
        service.add_appointment(oid, post(unit_name="", start_date=date(2019, 6, 14),
                                          end_date=date(2019, 1, 1)))
    assert [p.field for p in caught.value.problems] == ["unit_kerja", "tanggal_selesai"]
    assert dump_database(db) == before


def test_archive_and_restore(service):
    oid, _ = service.create(OfficialInput(NIP, "Budi"))
    service.set_active(oid, False)
    assert service.get(oid).active is False
    assert service.search(RosterFilter()) == []
    assert service.search(RosterFilter(status="arsip")) == [oid]
    assert service.count("aktif") == 0 and service.count("arsip") == 1
    service.set_active(oid, True)
    assert service.search(RosterFilter()) == [oid]
    with pytest.raises(NotFoundError):
        service.set_active(404, False)


def test_delete_only_without_history(service, db):
    keep, _ = service.create(OfficialInput(NIP, "Punya Riwayat"), [post()])
    with pytest.raises(KinerjaError) as caught:
        service.delete(keep)
    assert "arsipkan" in str(caught.value)
    assert service.get(keep).name == "Punya Riwayat"

    gone, _ = service.create(OfficialInput(OTHER, "Tanpa Riwayat"))
    service.delete(gone)
    with pytest.raises(NotFoundError):
        service.get(gone)
    assert service.count() == 1
    assert table_rows(db, "SELECT count(*) FROM official") == [(1,)]
    with pytest.raises(NotFoundError):
        service.delete(gone)


def test_units_sorted_case_insensitively(service):
    service.create(OfficialInput(NIP, "Budi"), [post(unit_name="badan Kepegawaian"),
                                                post(unit_name="Dinas Sosial",
                                                     post_title="Plt. Kepala",
                                                     filling="plt")])
    assert [u.name for u in service.units()] == ["badan Kepegawaian", "Dinas Sosial"]
    assert [u.kind for u in service.units()] == ["badan", "dinas"]


def test_two_open_databases_each_get_their_own_writes(tmp_path):
    """A service writes to and reads from the database it was given, whichever opened last."""
    first = open_database(tmp_path / "satu.db")
    second = open_database(tmp_path / "dua.db")
    try:
        one, two = RosterService(first), RosterService(second)
        a, _ = one.create(OfficialInput(NIP, "Di Satu"), [post()])
        b, _ = two.create(OfficialInput(OTHER, "Di Dua"))
        assert one.get(a).name == "Di Satu" and two.get(b).name == "Di Dua"
        assert one.id_by_nip(OTHER) is None and two.id_by_nip(NIP) is None
        assert [u.name for u in one.units()] == [KOMINFO] and two.units() == []
        second.close()  # a second file opened for a moment (a backup, say) and closed again
        c, _ = one.create(OfficialInput("197001011990031009", "Juga Di Satu"))
        assert one.get(c).name == "Juga Di Satu"
    finally:
        first.close()
        second.close()
    assert sorted(r[0] for r in table_rows(tmp_path / "satu.db", "SELECT name FROM official")
                  ) == ["Di Satu", "Juga Di Satu"]
    assert table_rows(tmp_path / "dua.db", "SELECT name FROM official") == [("Di Dua",)]
    assert table_rows(tmp_path / "dua.db", "SELECT count(*) FROM unit") == [(0,)]


def test_unit_name_typed_with_extra_spaces_is_the_same_unit(service):
    oid, _ = service.create(OfficialInput(NIP, "Budi"), [post()])
    service.add_appointment(oid, post(post_title="Plt. Kepala", filling="plt",
                                      unit_name=f"  {KOMINFO.replace(' ', '  ').lower()} "))
    assert [u.name for u in service.units()] == [KOMINFO]
    assert {a.unit_name for a in service.get(oid).appointments} == {KOMINFO}


def test_an_officials_posts_read_current_first_then_newest_and_undated_last(service):
    """The details' order, the same on a file and on a server (PostgreSQL would otherwise put
    a post without a start date before the dated ones): current posts first, each group
    newest first, a post without a start date after the dated ones."""
    oid, _ = service.create(OfficialInput(NIP, "Budi", rank="IV/c"), [
        post(post_title="Staf Ahli", unit_name="Sekretariat Daerah", start_date=None,
             eselon="II.b", filling="rotasi"),
        post(start_date=date(2019, 6, 14)),
        post(post_title="Camat Cikande", unit_name="Kecamatan Cikande", eselon="III.a",
             start_date=date(2010, 1, 4), end_date=date(2015, 2, 1), filling="promosi"),
        post(post_title="Camat Kibin", unit_name="Kecamatan Kibin", eselon="III.a",
             start_date=date(2015, 2, 2), end_date=date(2019, 6, 13), filling="rotasi")])
    record = service.get(oid)
    assert [(a.post_title, a.unit_name, a.start_date, a.end_date)
            for a in record.appointments] == [
        (f"Kepala {KOMINFO}", KOMINFO, date(2019, 6, 14), None),
        ("Staf Ahli", "Sekretariat Daerah", None, None),
        ("Camat Kibin", "Kecamatan Kibin", date(2015, 2, 2), date(2019, 6, 13)),
        ("Camat Cikande", "Kecamatan Cikande", date(2010, 1, 4), date(2015, 2, 1))]
    assert (record.birth_date, record.sex, record.active) == (date(1970, 1, 1), "L", True)
    assert all(a.official_id == oid for a in record.appointments)
    alone, _ = service.create(OfficialInput(OTHER, "Siti", rank="IV/a"))
    assert service.get(alone).appointments == []
    with pytest.raises(NotFoundError):
        service.get(alone + 100)
