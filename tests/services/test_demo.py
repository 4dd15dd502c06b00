"""The demo: the facts of the 14 June 2019 report, loaded once and never twice."""

from __future__ import annotations

from datetime import date

from kinerja_desktop.domain.nip import check_nip
from kinerja_desktop.domain.officials import OfficialInput
from kinerja_desktop.services import demo
from kinerja_desktop.services.demo import load_demo
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import official_repo
from kinerja_desktop.storage.roster_repo import RosterFilter
from tests.helpers.dump import dump_database, table_rows

# (name, new post, how filled, previous post) as the report tells it.
REPORT = {
    "Anas Dwisatya": ("Kepala Dinas Komunikasi Informatika Persandian dan Statistik",
                      "seleksi_terbuka"),
    "Rachmat Maulana": ("Kepala Badan Perencanaan Pembangunan Daerah", "seleksi_terbuka"),
    "Ajat": ("Kepala Satuan Polisi Pamong Praja", "seleksi_terbuka"),
    "Mohamad Ishak Abdul Raup": ("Kepala Badan Kepegawaian dan Pengembangan Sumber Daya "
                                 "Manusia", "seleksi_terbuka"),
    "Abdullah": ("Kepala Dinas Kependudukan dan Catatan Sipil", "rotasi"),
}


def test_first_load_reports_what_it_added(db):
    result = load_demo(db)
    assert (result.officials_added, result.inauguration_added, result.changed) == (7, True, True)


def test_officials_and_their_posts(demo_db):
    roster = RosterService(demo_db)
    ids = roster.search(RosterFilter(status="semua"))
    people = {roster.get(i).name: roster.get(i) for i in ids}
    assert set(people) == set(REPORT) | {"Jajang KH", "Asep Saefudin Mustofa"}
    for name, (post, filling) in REPORT.items():
        (current,) = people[name].current_appointments()
        assert (current.post_title, current.filling, current.eselon, current.start_date) == (
            post, filling, "II.b", date(2019, 6, 14)), name
    assert [a.post_title for a in people["Jajang KH"].current_appointments()] == [
        "Sekretaris Dinas Kependudukan dan Catatan Sipil"]
    assert [a.post_title for a in people["Asep Saefudin Mustofa"].current_appointments()] == [
        "Asisten Daerah I (Asda I)"]
    assert all(p.active for p in people.values())


def test_made_up_nips_are_valid_and_labelled(demo_db):
    nips = table_rows(demo_db.path, "SELECT nip, birth_date, sex FROM official")
    assert len(nips) == 7
    for nip, birth, sex in nips:
        info, problems = check_nip(nip)
        assert info is not None and problems == [], nip
        assert (info.birth_date.isoformat(), info.sex) == (birth, sex)
    assert official_repo.get_setting("catatan_data_contoh") == demo.DEMO_NOTICE
    assert "rekaan" in demo.DEMO_NOTICE


def test_units_settings_and_signatory(demo_db):
    units = {u.name: (u.short_name, u.kind) for u in RosterService(demo_db).units()}
    assert units == {name: (short, kind) for name, short, kind in demo.UNITS}
    assert units["Dinas Kependudukan dan Catatan Sipil"] == ("Disdukcapil", "dinas")
    assert units["Satuan Polisi Pamong Praja"] == ("Satpol PP", "satuan")
    assert official_repo.get_setting("instansi") == "Pemerintah Kabupaten Serang"
    assert official_repo.get_setting("tempat") == "Serang"
    assert official_repo.get_setting("provinsi") == "Banten"
    (bupati,) = official_repo.list_signatories()
    assert (bupati.name, bupati.title, bupati.role, bupati.nip) == (
        "Ratu Tatu Chasanah", "Bupati Serang", "bupati", None)
    assert table_rows(demo_db.path, "SELECT date, place FROM inauguration") == [
        ("2019-06-14", "Pendopo Bupati Serang")]


def test_second_load_changes_nothing(demo_db):
    before = dump_database(demo_db.path)
    result = load_demo(demo_db)
    assert (result.officials_added, result.inauguration_added, result.changed) == (
        0, False, False)
    assert dump_database(demo_db.path) == before


def test_existing_settings_and_officials_are_kept(db):
    official_repo.set_setting("instansi", "Pemerintah Kabupaten Lebak")
    roster = RosterService(db)
    mine, _ = roster.create(OfficialInput("198001012005011003", "Pejabat Sendiri"))
    result = load_demo(db)
    assert result.officials_added == 7
    assert official_repo.get_setting("instansi") == "Pemerintah Kabupaten Lebak"
    assert official_repo.get_setting("tempat") == ""
    assert roster.get(mine).name == "Pejabat Sendiri"
    assert roster.count() == 8


def test_demo_official_already_there_is_not_added_again(db):
    roster = RosterService(db)
    roster.create(OfficialInput("196805041990021003", "Ajat"))
    result = load_demo(db)
    assert result.officials_added == 6 and result.inauguration_added
    assert table_rows(db.path, "SELECT count(*) FROM official WHERE nip = ?",
                      ("196805041990021003",)) == [(1,)]


def test_second_demo_run_writes_nothing(db):
    """Not just the same content: no write at all (SQLite's change counter stays put)."""
    from kinerja_desktop.services.demo import load_demo
    load_demo(db)
    before = db.handle.execute_sql("SELECT total_changes()").fetchone()[0]
    load_demo(db)
    assert db.handle.execute_sql("SELECT total_changes()").fetchone()[0] == before
