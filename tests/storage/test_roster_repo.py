"""The derived roster tables: searching, filtering, sorting, and keeping them up to date."""

from __future__ import annotations

from datetime import date

import pytest

from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.roster import RosterFilter
from kinerja_desktop.services.demo import load_demo
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import migrations, official_repo, roster_repo
from kinerja_desktop.storage.database import open_database
from kinerja_desktop.storage.roster_repo import SORT_COLUMNS
from tests.helpers.dump import derived_tables

DUKCAPIL = "Dinas Kependudukan dan Catatan Sipil"
KOMINFO = "Dinas Komunikasi Informatika Persandian dan Statistik"


@pytest.fixture(params=["fts", "plain"])
def search_db(request, tmp_path, monkeypatch):
    """A database whose search table is FTS5 trigram, or the plain table used without it."""
    if request.param == "plain":
        monkeypatch.setattr(migrations, "fts5_trigram_available", lambda handle: False)
    database = open_database(tmp_path / f"{request.param}.db")
    assert database.fts is (request.param == "fts")
    yield database
    database.close()


@pytest.fixture
def roster(search_db) -> RosterService:
    """The demo, plus an official with titles holding two posts, and an archived one."""
    load_demo(search_db)
    service = RosterService(search_db)
    oid, _ = service.create(
        OfficialInput("198001012005012003", "Siti Rahmawati", "Dr. Hj.", "M.Si", "IV/a"),
        [AppointmentInput("Kepala Bidang Pelayanan", DUKCAPIL, "III.b", "promosi",
                          start_date=date(2020, 1, 6)),
         AppointmentInput("Kepala Bagian Umum dan Perlengkapan", "Bagian Umum dan Perlengkapan",
                          "III.a", "plh", start_date=date(2020, 2, 3))])
    archived, _ = service.create(
        OfficialInput("196001011985031001", "Zainal Arifin", rank="IV/b"),
        [AppointmentInput("Staf Ahli Bupati", "Sekretariat Daerah", "II.b", "mutasi",
                          start_date=date(2015, 3, 2))])
    service.set_active(archived, False)
    return service


def names(service: RosterService, f: RosterFilter) -> list[str]:
    return [service.get(i).name for i in service.search(f)]


def found(service: RosterService, text: str, **kw) -> set[str]:
    return set(names(service, RosterFilter(text=text, **kw)))


# Search ------------------------------------------------------------------------------------

def test_all_active_sorted_by_name(roster):
    assert names(roster, RosterFilter()) == [
        "Abdullah", "Ajat", "Anas Dwisatya", "Asep Saefudin Mustofa", "Jajang KH",
        "Mohamad Ishak Abdul Raup", "Rachmat Maulana", "Siti Rahmawati"]


@pytest.mark.parametrize("text", ["anas", "ANAS", "Dwisat", "nas dwi", "  anas  "])
def test_search_by_name_fragment(roster, text):
    assert found(roster, text) == {"Anas Dwisatya"}


@pytest.mark.parametrize("text", [
    "197203151995031004", "19720315 199503 1 004", "19720315.199503.1.004",
    " 19720315  199503 1 004 ", "19720315-199503-1-004", "199503", "1972031519",
])
def test_search_by_nip_as_typed(roster, text):
    assert found(roster, text) == {"Anas Dwisatya"}


def test_search_by_titles_and_rank(roster):
    assert found(roster, "Hj.") == {"Siti Rahmawati"}
    assert found(roster, "m.si") == {"Siti Rahmawati"}
    assert found(roster, "IV/c") == {"Abdullah", "Asep Saefudin Mustofa"}


def test_search_by_post(roster):
    # Anas and Rachmat were Sekretaris until 13 June 2019: ended posts are not searched.
    assert found(roster, "sekretaris") == {"Jajang KH"}
    assert found(roster, "asisten daerah") == {"Asep Saefudin Mustofa"}
    assert found(roster, "plh.") == {"Siti Rahmawati"}
    assert found(roster, "kepala bagian umum") == {"Siti Rahmawati"}  # her second post


@pytest.mark.parametrize("text, expected", [
    ("dukcapil", {"Abdullah", "Jajang KH", "Siti Rahmawati"}),
    ("disdukcapil", {"Abdullah", "Jajang KH", "Siti Rahmawati"}),
    ("bappeda", {"Rachmat Maulana"}),
    ("satpol", {"Ajat"}),
    ("BKPSDM", {"Mohamad Ishak Abdul Raup"}),
    ("setda", {"Asep Saefudin Mustofa"}),
    ("diskominfosatik", {"Anas Dwisatya"}),
])
def test_search_by_unit_short_name(roster, text, expected):
    assert found(roster, text) == expected


def test_search_words_are_anded(roster):
    assert found(roster, "kepala dukcapil") == {"Abdullah", "Siti Rahmawati"}
    assert found(roster, "kepala bidang dukcapil") == {"Siti Rahmawati"}
    assert found(roster, "kepala dinas kependudukan rotasi") == set()  # fillings not searched
    assert found(roster, "sekretaris dukcapil") == {"Jajang KH"}
    assert found(roster, "kepala badan") == {"Rachmat Maulana", "Mohamad Ishak Abdul Raup"}
    assert found(roster, "anas bappeda") == set()


@pytest.mark.parametrize("text, expected", [
    ("kh", {"Jajang KH"}),
    # One or two characters match the start of a word, not any substring: "pp" is the word
    # PP of Satpol PP (not the pp inside Bappeda), "ra" starts Rachmat, Raup and Rahmawati.
    ("pp", {"Ajat"}),
    ("ra", {"Rachmat Maulana", "Mohamad Ishak Abdul Raup", "Siti Rahmawati"}),
    ("kh sekretaris", {"Jajang KH"}),
    ("pp polisi", {"Ajat"}),
    ("(", set()),  # punctuation alone starts no word
    ("i", {"Abdullah", "Ajat", "Anas Dwisatya", "Asep Saefudin Mustofa", "Jajang KH",
           "Mohamad Ishak Abdul Raup", "Rachmat Maulana", "Siti Rahmawati"}),
    ("zz", set()),
])
def test_search_with_one_and_two_letter_terms(roster, text, expected):
    assert found(roster, text) == expected


@pytest.mark.parametrize("text", ["%", "_", "\\", "a%", '"', 'anas"', "*", "[", "NEAR", "-", "^"])
def test_search_special_characters_are_literal(roster, text):
    assert found(roster, text) == set()


def test_search_blank_is_everything(roster):
    assert found(roster, "   ") == found(roster, "")
    assert len(found(roster, "")) == 8


# Filters ------------------------------------------------------------------------------------

def unit_id(db, name: str) -> int:
    return official_repo.find_unit(db, name).id


def test_filter_by_unit_uses_the_main_post(roster):
    assert found(roster, "", unit_id=unit_id(roster.db, DUKCAPIL)) == {"Abdullah", "Jajang KH",
                                                            "Siti Rahmawati"}
    assert found(roster, "", unit_id=unit_id(roster.db, KOMINFO)) == {"Anas Dwisatya"}
    # Siti is Plh there, which is not her main post.
    assert found(roster, "", unit_id=unit_id(roster.db, "Bagian Umum dan Perlengkapan")) \
        == set()


def test_filter_by_eselon_and_filling(roster):
    assert found(roster, "", eselon="III.a") == {"Jajang KH"}
    assert found(roster, "", eselon="II.b") == {
        "Abdullah", "Ajat", "Anas Dwisatya", "Asep Saefudin Mustofa",
        "Mohamad Ishak Abdul Raup", "Rachmat Maulana"}
    assert found(roster, "", filling="rotasi") == {"Abdullah"}
    assert found(roster, "", filling="seleksi_terbuka") == {
        "Ajat", "Anas Dwisatya", "Mohamad Ishak Abdul Raup", "Rachmat Maulana"}
    assert found(roster, "", filling="plt") == set()  # every Plt ended at the inauguration


def test_filters_combine_with_search(roster):
    assert found(roster, "kepala", eselon="II.b", filling="seleksi_terbuka") == {
        "Ajat", "Anas Dwisatya", "Mohamad Ishak Abdul Raup", "Rachmat Maulana"}
    assert found(roster, "badan", filling="seleksi_terbuka") == {
        "Mohamad Ishak Abdul Raup", "Rachmat Maulana"}
    assert found(roster, "dukcapil", eselon="II.b") == {"Abdullah"}


def test_filter_by_status(roster):
    assert found(roster, "", status="arsip") == {"Zainal Arifin"}
    assert len(found(roster, "", status="semua")) == 9
    assert "Zainal Arifin" not in found(roster, "")
    assert found(roster, "zainal") == set()
    assert found(roster, "zainal", status="semua") == {"Zainal Arifin"}
    assert roster.count("aktif") == 8 and roster.count("arsip") == 1
    assert roster.count("semua") == roster.count() == 9


# Sorting ----------------------------------------------------------------------------------

def _sort_value(service, row, column):
    values = {"nama": service.get(row.official_id).name.lower(), "nip": row.nip,
              "pangkat_golongan": row.rank, "jabatan": row.post,
              "unit_kerja": row.unit_name, "eselon": row.eselon,
              "jenis_pengisian": row.filling,
              # SQLite puts NULL first in ascending order.
              "tanggal_mulai": ((0, "") if row.start_date is None
                                else (1, row.start_date.isoformat()))}
    return values[column]


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("column", list(SORT_COLUMNS))
def test_every_sort_column(roster, column, descending):
    # Two namesakes in the same post tie on every column: only the id tells them apart.
    for nip in ("197707072003121001", "197707072003121002"):
        roster.create(OfficialInput(nip, "Budi", rank="III/d"),
                      [AppointmentInput("Kepala Bidang", "Dinas Sosial", "III.b", "promosi",
                                        start_date=date(2021, 1, 4))])
    ids = roster.search(RosterFilter(status="semua", sort=column, descending=descending))
    rows = roster.rows(ids)
    assert len(ids) == 11 and set(rows) == set(ids)
    # By the column, then by name, then by id; descending is the exact reverse.
    expected = sorted(rows, key=lambda i: (_sort_value(roster, rows[i], column),
                                           _sort_value(roster, rows[i], "nama"), i),
                      reverse=descending)
    assert ids == expected


def test_sorting_really_orders(roster):
    first = lambda **kw: roster.get(roster.search(RosterFilter(**kw))[0]).name  # noqa: E731
    assert first(sort="nip") == "Asep Saefudin Mustofa"  # born 1965
    assert first(sort="nip", descending=True) == "Siti Rahmawati"  # born 1980
    assert first(sort="tanggal_mulai", descending=True) == "Siti Rahmawati"  # 6 January 2020
    assert first(sort="pangkat_golongan", descending=True) in {"Abdullah",
                                                               "Asep Saefudin Mustofa"}
    assert first(sort="eselon", descending=True) == "Siti Rahmawati"  # III.b
    assert first(sort="nama", descending=True) == "Siti Rahmawati"
    assert first(sort="tidak-ada") == "Abdullah"  # unknown column: by name


def test_search_results_can_be_sorted(roster):
    ids = roster.search(RosterFilter(text="kepala", sort="unit_kerja"))
    units = [roster.rows(ids)[i].unit_name for i in ids]
    assert units == sorted(units) and len(units) == 6


# Rows ----------------------------------------------------------------------------------------

def test_rows_show_the_main_post(roster):
    by_name = {roster.get(i).name: row for i, row in roster.rows(
        roster.search(RosterFilter(status="semua"))).items()}
    anas = by_name["Anas Dwisatya"]
    assert (anas.nip, anas.full_name, anas.rank) == ("197203151995031004", "Anas Dwisatya",
                                                     "IV/b")
    assert anas.post == f"Kepala {KOMINFO}"
    assert (anas.unit_name, anas.eselon, anas.filling) == (KOMINFO, "II.b", "seleksi_terbuka")
    assert anas.start_date == date(2019, 6, 14) and anas.active
    assert anas.appointment_id is not None
    jajang = by_name["Jajang KH"]
    assert jajang.post == f"Sekretaris {DUKCAPIL}" and jajang.filling == ""
    assert jajang.start_date is None
    siti = by_name["Siti Rahmawati"]
    assert siti.full_name == "Dr. Hj. Siti Rahmawati, M.Si"
    assert siti.post == ("Kepala Bidang Pelayanan; sekaligus "
                         "Plh. Kepala Bagian Umum dan Perlengkapan")
    assert (siti.unit_name, siti.eselon, siti.filling) == (DUKCAPIL, "III.b", "promosi")
    assert by_name["Zainal Arifin"].active is False


def test_rows_of_unknown_ids_are_absent(roster):
    assert roster.rows([]) == {}
    assert roster.rows([99999]) == {}


def test_official_without_post(search_db):
    service = RosterService(search_db)
    oid, _ = service.create(OfficialInput("197001011990031002", "Tanpa Jabatan"))
    row = service.rows([oid])[oid]
    assert (row.post, row.unit_name, row.eselon, row.filling, row.start_date,
            row.appointment_id) == ("", "", "", "", None, None)
    assert found(service, "tanpa") == {"Tanpa Jabatan"}


# Keeping the derived tables up to date ----------------------------------------------------------

def test_refresh_after_changes(roster):
    anas = roster.id_by_nip("197203151995031004")
    data = roster.get(anas).as_input()
    data.name, data.front_title = "Anas Dwisatya Putra", "Ir."
    roster.update(anas, data)
    assert found(roster, "putra") == {"Anas Dwisatya Putra"}
    assert roster.rows([anas])[anas].full_name == "Ir. Anas Dwisatya Putra"

    appointment_id, _ = roster.add_appointment(anas, AppointmentInput(
        "Kepala Dinas Pemadam Kebakaran", "Dinas Pemadam Kebakaran", "II.b", "plt",
        start_date=date(2019, 7, 1)))
    assert found(roster, "pemadam") == {"Anas Dwisatya Putra"}
    assert roster.rows([anas])[anas].post.endswith("sekaligus Plt. Kepala Dinas Pemadam "
                                                   "Kebakaran")
    roster.delete_appointment(appointment_id)
    assert found(roster, "pemadam") == set()

    jajang = roster.id_by_nip("197102101996031002")
    roster.set_active(jajang, False)
    assert found(roster, "jajang") == set()
    assert found(roster, "jajang", status="arsip") == {"Jajang KH"}


def test_deleted_official_leaves_no_search_row(search_db):
    db = search_db
    service = RosterService(db)
    keep, _ = service.create(OfficialInput("197001011990031002", "Tetap Ada"))
    gone, _ = service.create(OfficialInput("197001011990031003", "Akan Dihapus"))
    service.delete(gone)
    assert found(service, "dihapus", status="semua") == set()
    assert [r[0] for r in db.execute_sql("SELECT rowid FROM roster_search")] == [keep]
    assert [r[0] for r in db.execute_sql("SELECT official_id FROM roster_entry")] == [keep]


def test_refresh_all_equals_incremental(roster):
    service = roster
    anas = service.id_by_nip("197203151995031004")
    data = service.get(anas).as_input()
    data.back_title = "S.Kom"
    service.update(anas, data)
    extra, _ = service.create(OfficialInput("197001011990031002", "Dihapus Nanti"))
    service.delete(extra)
    service.set_active(service.id_by_nip("196805041990021003"), False)
    incremental = derived_tables(service.db)
    roster_repo.refresh_all(service.db)
    assert derived_tables(service.db) == incremental
    assert len(incremental["roster_entry"]) == len(incremental["roster_search"]) == 9


def test_refresh_in_small_chunks(roster, monkeypatch):
    before = derived_tables(roster.db)
    monkeypatch.setattr(roster_repo, "CHUNK", 2)
    roster_repo.refresh_all(roster.db)
    assert derived_tables(roster.db) == before
    everyone = roster.search(RosterFilter(status="semua"))
    assert len(roster.rows(everyone)) == 9


def test_a_plain_search_table_of_version_8_gets_its_filters(tmp_path, monkeypatch):
    """Migration 9 on a file without FTS5: its search table takes the name's sort key and the
    filters, filled from the roster rows (what a save writes there), a row left behind goes,
    and a search reads it alone."""
    from tests.helpers.schema8 import SEARCH_COLUMNS, as_version_8, fill_as_version_8
    monkeypatch.setattr(migrations, "fts5_trigram_available", lambda handle: False)
    path = tmp_path / "versi8.db"
    with as_version_8(monkeypatch):
        db = open_database(path)
        ids = fill_as_version_8(db)
        db.close()
    db = open_database(path)
    try:
        assert db.schema_version() == 9
        columns = [r[1] for r in db.execute_sql("PRAGMA table_info(roster_search)")]
        assert columns == ["rowid", "search_text", *SEARCH_COLUMNS]
        migrated = derived_tables(db)
        assert [r[0] for r in migrated["roster_search"]] == sorted(ids.values())  # 999 gone
        roster_repo.refresh_all(db)
        assert derived_tables(db) == migrated
        found = roster_repo.search_ids(db, RosterFilter(text="hidayat", status="semua"))
        assert found == [ids["Agus Hidayat"], ids["Siti Hidayati"]]
        sql, _params = roster_repo.search_query(db, RosterFilter(text="hidayat"))
        assert "roster_entry" not in sql
        assert roster_repo.search_ids(db, RosterFilter(text="hidayat")) == [ids["Agus Hidayat"]]
    finally:
        db.close()


@pytest.mark.parametrize("sort", sorted(SORT_COLUMNS))
def test_every_sort_of_a_search_reads_the_same_officials(roster, sort):
    """In name order a plain search table answers alone; in any other order it joins the
    roster rows: both list the same officials as the filter without text does."""
    db = roster.db
    for descending in (False, True):
        for text in ("dinas", "ke", "19"):
            f = RosterFilter(text=text, sort=sort, descending=descending, status="semua")
            found = roster_repo.search_ids(db, f)
            assert found and len(found) == len(set(found))
            everyone = roster_repo.search_ids(db, RosterFilter(sort=sort, descending=descending,
                                                               status="semua"))
            # A search keeps the order of the whole list, only with fewer officials.
            assert found == [i for i in everyone if i in set(found)]
