"""The roster import in set-based steps (issue 19): the same database as the per-row path on
tricky data, row-numbered errors, all or nothing in the last chunk, and a few statements per
chunk of rows instead of several per row."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

import pytest

from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.roster import RosterFilter
from kinerja_desktop.services import roster_io
from kinerja_desktop.services.demo import load_demo
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.services.roster_io import (ImportCancelled, PlannedRow, apply_import,
                                                import_roster, plan_import)
from kinerja_desktop.storage import database as database_module
from kinerja_desktop.storage import roster_repo
from kinerja_desktop.storage.database import Database, open_database
from tests.helpers.dump import derived_tables, dump_database
from tests.helpers.nips import make_nip, many_nips
from tests.helpers.tables import HEADER, row, write_csv
from tests.services.roster_import_reference import reference_import

COLUMNS = HEADER + ["aktif"]
ANAS = "197203151995031004"  # Kepala Diskominfosatik since the inauguration of 14 June 2019
AJAT = "196805041990021003"  # Kepala Satpol PP; Camat Petir before
ABDULLAH = "196611201989031007"  # Kepala Disdukcapil
JAJANG = "197102101996031002"  # Sekretaris Disdukcapil
ASEP = "196507071988031008"  # Asisten Daerah I
ISHAK = "196909171994031005"  # Kepala BKPSDM
RACHMAT = "197008231993031006"  # Kepala Bappeda
PLT = "198001012005011003"  # added below: Sekretaris Dinas Sosial sekaligus Plt. Kepala
ARCHIVED = "198202022006042004"  # added below: archived, her post ended
HISTORY = "198303032007011005"  # added below: a current post after an ended one


@pytest.fixture(autouse=True)
def chunks_as_on_a_file(monkeypatch):
    """These tests are about chunk boundaries and statements per chunk: a server's chunks,
    ten times a file's (Database.batch), are made a file's size here."""
    monkeypatch.setattr(database_module, "SERVER_BATCH_FACTOR", 1)


def tricky_base(path: Path) -> Path:
    """The demo roster plus an official holding an acting post beside their own, an archived
    official and one whose previous post comes from the history."""
    db = open_database(path)
    try:
        load_demo(db)
        roster = RosterService(db)
        roster.create(OfficialInput(PLT, "Dedi Plt", rank="IV/a"), [
            AppointmentInput("Sekretaris Dinas Sosial", "Dinas Sosial", "III.a", "promosi",
                             start_date=date(2018, 1, 2)),
            AppointmentInput("Kepala Dinas Sosial", "Dinas Sosial", "II.b", "plt",
                             start_date=date(2023, 5, 1))])
        archived, _ = roster.create(OfficialInput(ARCHIVED, "Rina Arsip", rank="III/c"), [
            AppointmentInput("Analis Kebijakan", "Dinas Sosial", start_date=date(2010, 3, 1),
                             end_date=date(2020, 12, 31))])
        roster.set_active(archived, False)
        roster.create(OfficialInput(HISTORY, "Hadi Riwayat", back_title="S.T."), [
            AppointmentInput("Kepala Seksi Jalan", "Dinas Sosial", "IV.a", "plt",
                             start_date=date(2012, 1, 2), end_date=date(2016, 1, 3)),
            AppointmentInput("Kepala Bidang Bina Marga", "Dinas Sosial", "III.b", "promosi",
                             start_date=date(2016, 1, 4))])
    finally:
        db.close()
    return path


def tricky_rows() -> list[list[object]]:
    """Rows for officials already on the roster (unchanged, changed, moved, blank posts) and
    new ones (units by short name, in other cases and spacings, a new unit spelled three ways,
    acting posts, archived, no post, a post on the inauguration day)."""
    def line(nip, name, title, unit, aktif="", **more):
        return row(nip, name, title, unit, **more) + [aktif]

    rows = [
        # Unchanged, as exported: the previous post derived from the history.
        line(HISTORY, "Hadi Riwayat", "Kepala Bidang Bina Marga", "Dinas Sosial",
             gelar_belakang="S.T.", eselon="III.b", jenis_pengisian="Promosi",
             jabatan_sebelumnya="Plt. Kepala Seksi Jalan", tanggal_pelantikan="2016-01-04"),
        # Same post in other case, unit by short name in lower case: eselon and SK updated.
        line(ABDULLAH, "Abdullah", "kepala dinas kependudukan dan catatan sipil",
             "disdukcapil", eselon="II.a", nomor_sk="821.2/Kep.1-BKPSDM/2024"),
        # Rank and title changed, post blank: the posts stay.
        line(RACHMAT, "Rachmat Maulana", "", "", gelar_depan="Drs.", pangkat_golongan="IV/d"),
        # Moved, with a date: the acting post too is ended, never before its first day.
        line(PLT, "Dedi Plt", "Kepala Dinas Sosial", "DINAS  SOSIAL", eselon="II.b",
             jenis_pengisian="Promosi", tanggal_pelantikan="1 Maret 2023"),
        # Moved without a date: ended today.
        line(ASEP, "Asep Saefudin Mustofa", "Staf Ahli Bupati", "Setda"),
        # Archived by the file, and a previous post that differs from the recorded one.
        line(AJAT, "Ajat", "Kepala Satuan Polisi Pamong Praja", "Satpol PP", aktif="tidak",
             jabatan_sebelumnya="Camat Petir (2015-2019)"),
        # Back from the archive, on a new post in a new unit.
        line(ARCHIVED, "Rina Arsip", "Kepala Puskesmas", "UPTD Puskesmas Petir", aktif="ya",
             tanggal_pelantikan="2024-02-01"),
        # Unchanged: as the roster holds him (no aktif cell keeps the status).
        line(ISHAK, "Mohamad Ishak Abdul Raup",
             "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM",
             jenis_pengisian="Seleksi Terbuka", tanggal_pelantikan="2019-06-14"),
        # A NIP grouped with spaces, a new post as Plt.
        line("19710210 199603 1 002", "Jajang KH", "Kepala Dinas Sosial", "dinas sosial",
             eselon="II.b", jenis_pengisian="Plt.", tanggal_pelantikan="14/06/2019"),
    ]
    units = ["Dinas Sosial", "dinas sosial", "DINAS SOSIAL", " Dinas   Sosial ", "Bappeda",
             "BAPPEDA", "Kec. Petir", "Kecamatan Petir", "UPTD Puskesmas Petir",
             "uptd puskesmas petir", "Dinas Baru Sekali", "DINAS BARU SEKALI",
             "dinas  baru sekali", "Sekretariat Daerah", "setda", "Satpol PP"]
    for number, nip in enumerate(many_nips(60, start=100)):
        unit = units[number % len(units)]
        kind = number % 6
        if kind == 5:  # no post at all
            rows.append(line(nip, f"Pegawai Tanpa Jabatan {number}", "", "",
                             pangkat_golongan="II/c", aktif="tidak" if number % 4 else ""))
            continue
        rows.append(line(
            nip, f"Pegawai {number}", f"Kepala Seksi {number % 5}" if kind else "Camat Petir",
            unit, gelar_depan="Hj." if number % 7 == 0 else "",
            gelar_belakang="S.Kom." if number % 3 == 0 else "",
            pangkat_golongan=("III/c", "Penata Tingkat I (III/d)", "iv-a", "")[number % 4],
            eselon=("IV.a", "", "III.b")[number % 3],
            jenis_pengisian=("Plt", "promosi", "", "Mutasi")[number % 4],
            jabatan_sebelumnya="Staf" if number % 5 == 0 else "",
            tanggal_pelantikan=("2019-06-14", "", "14 Juni 2019", "2021-01-04")[number % 4],
            nomor_sk=f"800/{number}" if number % 2 else "", aktif=("ya", "", "tidak")[number % 3]))
    return rows


def snapshot(db: Database, before: dict[str, dict[int, tuple]]) -> dict[str, list]:
    """What an import left, comparable between two runs: rows without their UUIDs, created_at
    read as new or not, modified_at as changed or not; the import's audit rows without their
    own UUID and time, each record named by table and id; the roster tables as they are."""
    con = db.handle.connection()
    result: dict[str, list] = {}
    keys: dict[str, tuple[str, int]] = {}
    for table in ("unit", "official", "appointment", "inauguration"):
        cursor = con.execute(f'SELECT * FROM "{table}" ORDER BY id')
        names = [c[0] for c in cursor.description]
        rows = []
        for values in cursor:
            record = dict(zip(names, values, strict=True))
            keys[record.pop("uuid")] = (table, record["id"])
            old = before[table].get(record["id"])
            record["created_at"] = "old" if old else "new"
            record["modified_at"] = ("same" if old and old[names.index("modified_at")]
                                     == values[names.index("modified_at")] else "changed")
            rows.append(record)
        result[table] = rows
    first_new = max(before["audit_entry"], default=0)
    result["audit_entry"] = sorted(
        (actor, action, entity, keys.get(entity_uuid, entity_uuid), summary, details)
        for actor, action, entity, entity_uuid, summary, details in con.execute(
            "SELECT actor, action, entity, entity_uuid, summary, details_json FROM audit_entry "
            "WHERE id > ?", (first_new,)))
    result["tombstone"] = con.execute("SELECT * FROM tombstone ORDER BY uuid").fetchall()
    result.update(derived_tables(db))
    return result


def rows_by_id(path: Path) -> dict[str, dict[int, tuple]]:
    with contextlib.closing(sqlite3.connect(path)) as con:
        return {table: {r[0]: r for r in con.execute(f'SELECT * FROM "{table}"')}
                for table in ("unit", "official", "appointment", "inauguration", "audit_entry")}


def both_ways(tmp_path: Path, rows: list[list[object]], columns: list[str] = COLUMNS,
              base: Path | None = None):
    """Import the same file into two copies of one database, the old way and the new; return
    (old report, new report, old snapshot, new snapshot)."""
    base = base or tricky_base(tmp_path / "base.db")
    source = write_csv(tmp_path / "impor.csv", columns, rows, delimiter=";")
    before = rows_by_id(base)
    results = []
    for name, run in (("lama", reference_import), ("baru", import_roster)):
        path = tmp_path / f"{name}.db"
        shutil.copyfile(base, path)
        db = open_database(path)
        try:
            report = run(db, source)
            results.append((report, snapshot(db, before)))
        finally:
            db.close()
    (old, old_state), (new, new_state) = results
    return old, new, old_state, new_state


def outcome(report) -> tuple:
    """What a report says (import_roster keeps no plans: they are compared through
    plan_import's list in test_the_checked_list_is_the_per_row_plan)."""
    return (report.rows, report.new, report.updated, report.unchanged, report.units_created,
            [(p.row, p.field, p.severity, p.message) for p in report.problems], report.applied)


def listed(plans) -> list[tuple]:
    """Plans as the import window lists them (the reference keeps whole RowPlans)."""
    return [(p.row, p.nip, p.name, p.post_title, p.unit_name, p.official_id, p.action)
            if isinstance(p, PlannedRow) else
            (p.row, p.official.nip, p.official.name, p.appointment.post_title,
             p.appointment.unit_name, p.official_id, p.action) for p in plans]


# The same database as the per-row path -------------------------------------------------------

@pytest.mark.parametrize("chunk", [500, 7])
def test_the_same_database_as_the_per_row_import(tmp_path, monkeypatch, chunk):
    monkeypatch.setattr(roster_io, "CHUNK", chunk)  # 7: every kind of row crosses a chunk
    old, new, old_state, new_state = both_ways(tmp_path, tricky_rows())
    assert old.applied and old.ok, old.problems
    assert outcome(new) == outcome(old)
    assert (new.new, new.updated, new.unchanged) == (60, 7, 2)
    assert new.plans == []  # nothing kept: an import holds one chunk of plans at a time
    assert new.units_created == ["UPTD Puskesmas Petir", "Dinas Baru Sekali"]
    for table in old_state:
        assert new_state[table] == old_state[table], table
    # The data are as the rows say (not merely equal to the old path's).
    db = open_database(tmp_path / "baru.db")
    try:
        roster = RosterService(db)
        plt = roster.get(roster.id_by_nip(PLT))
        assert sorted((a.post_title, a.filling, a.end_date) for a in plt.appointments) == [
            ("Kepala Dinas Sosial", "plt", date(2023, 5, 1)),  # never before its first day
            ("Kepala Dinas Sosial", "promosi", None),
            ("Sekretaris Dinas Sosial", "promosi", date(2023, 2, 28))]
        asep = roster.get(roster.id_by_nip(ASEP))
        assert [a.end_date for a in asep.appointments if a.post_title.startswith("Asisten")] == [
            date.today()]
        units = {u.name for u in roster.units()}
        assert {"Dinas Baru Sekali", "UPTD Puskesmas Petir", "Dinas Sosial"} <= units
        assert not {"DINAS BARU SEKALI", "dinas sosial", "Kec. Petir"} & units
        linked = db.execute_sql("SELECT count(*) FROM appointment a JOIN official o "
                                "ON o.id = a.official_id WHERE o.name LIKE 'Pegawai %' "
                                "AND a.inauguration_id IS NOT NULL").fetchone()[0]
        assert linked > 0  # posts starting on 14 June 2019 belong to its inauguration
        assert roster.count() == roster_repo.count(db, "semua")
    finally:
        db.close()


@pytest.mark.parametrize("chunk", [500, 7])
def test_the_checked_list_is_the_per_row_plan(tmp_path, monkeypatch, chunk):
    """The window's check lists each valid row as the per-row path planned it, and applying
    that check (planned again, chunk by chunk, inside the transaction) writes what
    import_roster writes."""
    monkeypatch.setattr(roster_io, "CHUNK", chunk)
    base = tricky_base(tmp_path / "base.db")
    old, _new, _old_state, new_state = both_ways(tmp_path, tricky_rows(), base=base)
    path = tmp_path / "dicek.db"
    shutil.copyfile(base, path)
    db = open_database(path)
    try:
        checked = plan_import(db, tmp_path / "impor.csv")
        assert listed(checked.plans) == listed(old.plans)
        assert checked.source_rows == len(tricky_rows())
        apply_import(db, checked)
        assert checked.applied
        assert snapshot(db, rows_by_id(base)) == new_state
    finally:
        db.close()


def test_the_same_database_for_a_file_without_the_aktif_column(tmp_path):
    rows = [r[:-1] for r in tricky_rows()]
    old, new, old_state, new_state = both_ways(tmp_path, rows, HEADER)
    assert outcome(new) == outcome(old)
    assert new_state == old_state


def test_the_same_report_for_a_file_with_errors(tmp_path):
    rows = tricky_rows()
    rows[3][0] = "12345"  # row 5
    rows[20][10] = "31/02/2019"  # row 22
    rows[40][0] = rows[30][0]  # row 42 repeats the NIP of row 32
    old, new, old_state, new_state = both_ways(tmp_path, rows)
    assert outcome(new) == outcome(old)
    assert not new.applied
    assert [(p.row, p.field) for p in new.errors] == [(5, "nip"), (22, "tanggal_pelantikan"),
                                                      (42, "nip")]
    assert new_state == old_state


def test_a_unit_name_wins_over_another_units_short_name(tmp_path, db):
    """A unit whose short name is another unit's name: the name names that other unit (as
    official_repo.find_unit looks them up; the plan once took whichever came last)."""
    roster = RosterService(db)
    from kinerja_desktop.storage import official_repo
    official_repo.ensure_unit(db, "Bappeda")
    official_repo.ensure_unit(db, "Badan Perencanaan Pembangunan Daerah", "Bappeda")
    source = write_csv(tmp_path / "u.csv", HEADER, [
        row(many_nips(1)[0], "Budi", "Kepala Seksi", "BAPPEDA")])
    report = import_roster(db, source)
    assert report.applied and report.units_created == []
    budi = roster.get(roster.id_by_nip(many_nips(1)[0]))
    assert budi.appointments[0].unit_name == "Bappeda"


# All or nothing, row by row ---------------------------------------------------------------

def plenty_of_nips(count: int, start: int = 0) -> list[str]:
    """Distinct valid NIPs, more than many_nips makes (its serials stop at 999)."""
    return [make_nip(f"{date(1970, 1, 1) + timedelta(days=(start + n) // 900):%Y%m%d}",
                     "199503", 1 + n % 2, 1 + (start + n) % 900) for n in range(count)]


def many_rows(count: int) -> list[list[object]]:
    return [row(nip, f"Pegawai {n}", "Staf", ("Dinas Sosial", "Dinas Baru")[n % 2],
                tanggal_pelantikan="2020-01-02")
            for n, nip in enumerate(plenty_of_nips(count))]


def test_an_error_in_the_last_chunk_writes_nothing(db, tmp_path, monkeypatch):
    monkeypatch.setattr(roster_io, "CHUNK", 50)
    rows = many_rows(400)
    rows[-1][10] = "2020-13-45"  # the last row, spreadsheet row 401
    before = dump_database(db)
    report = import_roster(db, write_csv(tmp_path / "akhir.csv", HEADER, rows))
    assert not report.applied and report.rows == 400
    assert [(p.row, p.field) for p in report.errors] == [(401, "tanggal_pelantikan")]
    assert report.errors[0].describe().startswith("Baris 401, kolom tanggal_pelantikan: ")
    assert dump_database(db) == before


def test_a_failure_while_writing_the_last_chunk_writes_nothing(db, tmp_path, monkeypatch):
    monkeypatch.setattr(roster_io, "CHUNK", 50)
    real = roster_repo.refresh
    calls: list[int] = []

    def refresh_failing_at_the_end(database, ids, new=()):
        calls.append(1)
        if len(calls) == 8:  # the eighth chunk of 400 rows: its rows are already inserted
            raise sqlite3.OperationalError("disk I/O error")
        return real(database, ids, new)

    monkeypatch.setattr(roster_io.roster_repo, "refresh", refresh_failing_at_the_end)
    before = dump_database(db)
    with pytest.raises(Exception, match="disk I/O error"):
        import_roster(db, write_csv(tmp_path / "gagal.csv", HEADER, many_rows(400)))
    assert len(calls) == 8
    assert dump_database(db) == before


def _import_peak(db: Database, path: Path) -> int:
    """Bytes Python allocated at the peak of importing this file (tracemalloc)."""
    tracemalloc.start()
    try:
        report = import_roster(db, path)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.applied, report.problems
    return peak


def test_an_import_holds_a_chunk_of_rows_not_the_file(tmp_path, monkeypatch):
    """Issue 19: importing 100,000 rows grew memory 56 -> 237 MB, because the parsed rows and
    every row's plan were held until the end. Now the file's text and a chunk of plans are
    held: 4,000 more rows may add the text and the NIPs seen (about 0.3 KB a row), not the
    parsed rows and plans (they took about 2 KB a row)."""
    monkeypatch.setattr(roster_io, "CHUNK", 200)
    peaks = []
    for count in (1_000, 5_000):
        rows = [row(nip, f"Pegawai Nomor {n}", "Kepala Seksi Pelayanan Umum",
                    ("Dinas Sosial", "Dinas Pendidikan dan Kebudayaan")[n % 2],
                    pangkat_golongan="III/d",
                    eselon="IV.a", jenis_pengisian="promosi",
                    tanggal_pelantikan="2020-01-02", nomor_sk=f"821.2/Kep.{n}-BKPSDM/2020")
                for n, nip in enumerate(plenty_of_nips(count))]
        db = open_database(tmp_path / f"{count}.db")
        try:
            peaks.append(_import_peak(db, write_csv(tmp_path / f"{count}.csv", HEADER, rows)))
            assert RosterService(db).count() == count
        finally:
            db.close()
    per_row = (peaks[1] - peaks[0]) / 4_000
    assert per_row < 700, f"{per_row:.0f} bytes a row"


def test_the_checked_file_is_imported_after_the_stick_is_gone(db, tmp_path):
    """The check keeps the file's content: what was checked is what is written, even when
    the file on the stick was removed (or changed) after the check."""
    path = write_csv(tmp_path / "stik.csv", HEADER, many_rows(30))
    report = plan_import(db, path)
    path.write_text("nip;nama\n1;x\n", encoding="utf-8")  # changed on the stick
    path.unlink()  # and then gone
    apply_import(db, report)
    assert report.applied and RosterService(db).count() == 30


def test_cancelling_in_the_last_chunk_writes_nothing(db, tmp_path, monkeypatch):
    monkeypatch.setattr(roster_io, "CHUNK", 50)
    report = plan_import(db, write_csv(tmp_path / "batal.csv", HEADER, many_rows(400)))
    asked: list[int] = []
    seen: list[tuple[int, int]] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) == 399  # in the last chunk, after 7 chunks were written

    before = dump_database(db)
    with pytest.raises(ImportCancelled):
        apply_import(db, report, lambda done, total: seen.append((done, total)), cancelled)
    assert seen == [(50 * n, 400) for n in range(1, 8)]
    assert dump_database(db) == before and not report.applied
    apply_import(db, report)  # the plan is intact: written now
    assert RosterService(db).count() == 400


def test_progress_is_reported_per_chunk_to_the_end(db, tmp_path, monkeypatch):
    monkeypatch.setattr(roster_io, "CHUNK", 50)
    seen: list[tuple[int, int]] = []
    import_roster(db, write_csv(tmp_path / "p.csv", HEADER, many_rows(120)),
                  progress=lambda done, total: seen.append((done, total)))
    assert seen == [(50, 120), (100, 120), (120, 120)]


# Statements: a few per chunk, not several per row ----------------------------------------------

class Counted:
    """Every statement the app hands SQLite on this database: one per execute, one per
    executemany (however many rows it carries)."""

    def __init__(self, db: Database, monkeypatch) -> None:
        self.statements: list[str] = []
        run_sql, run_many = db.handle.execute_sql, db.executemany

        def execute_sql(sql, params=None, *args, **kwargs):
            self.statements.append(sql)
            return run_sql(sql, params, *args, **kwargs)

        def executemany(sql, rows):
            self.statements.append(sql)
            return run_many(sql, rows)

        monkeypatch.setattr(db.handle, "execute_sql", execute_sql)
        monkeypatch.setattr(db, "executemany", executemany)


def test_statements_per_row_are_well_below_one(db, tmp_path, monkeypatch):
    existing = plenty_of_nips(500, start=5000)
    roster = RosterService(db)
    for number, nip in enumerate(existing):
        roster.create(OfficialInput(nip, f"Lama {number}"),
                      [AppointmentInput("Staf", "Dinas Sosial", start_date=date(2015, 1, 5))])
    rows = many_rows(2500) + [
        row(nip, f"Lama {n}", "Kepala Seksi" if n % 2 else "Staf", "Dinas Sosial",
            pangkat_golongan="III/a", tanggal_pelantikan="2024-01-02")
        for n, nip in enumerate(existing)]
    source = write_csv(tmp_path / "banyak.csv", HEADER, rows)
    counted = Counted(db, monkeypatch)
    report = import_roster(db, source)
    assert report.applied and (report.new, report.updated) == (2500, 500)
    per_row = len(counted.statements) / len(rows)
    # The per-row path issued 15,054 here (5 per row); chunks of 500 rows take about 20
    # statements each.
    assert per_row < 0.05, (len(counted.statements), counted.statements[:40])
    inserts = [s for s in counted.statements if s.startswith("INSERT INTO official")]
    assert len(inserts) == 5  # one executemany per chunk with new officials


def test_refreshing_many_officials_takes_a_few_statements_per_chunk(db, monkeypatch):
    roster = RosterService(db)
    ids = [roster.create(OfficialInput(nip, f"Pegawai {n}"),
                         [AppointmentInput("Staf", "Dinas Sosial")])[0]
           for n, nip in enumerate(plenty_of_nips(1200))]
    before = derived_tables(db)
    counted = Counted(db, monkeypatch)
    with db.atomic():
        roster_repo.refresh(db, ids)
    assert len(counted.statements) <= 8 * 3  # 1,200 ids: three chunks of 500
    assert derived_tables(db) == before


def test_refreshing_new_officials_reads_no_search_table(db, monkeypatch):
    """Officials inserted in this transaction have no roster rows to replace: their refresh
    only inserts (reading a full-text table makes FTS5 write out what it holds)."""
    roster = RosterService(db)
    ids = [roster.create(OfficialInput(nip, f"Pegawai {n}"),
                         [AppointmentInput("Staf", "Dinas Sosial")])[0]
           for n, nip in enumerate(plenty_of_nips(40))]
    before = derived_tables(db)
    counted = Counted(db, monkeypatch)
    with db.atomic():
        roster_repo.clear_from(db, min(ids))
        roster_repo.refresh(db, ids, new=set(ids))
    assert not [s for s in counted.statements[3:] if "roster_search WHERE" in s]
    assert derived_tables(db) == before


def test_a_search_row_left_behind_does_not_block_new_officials(db, tmp_path):
    """A search row whose official was deleted without a refresh, at the id the next new
    official gets: cleared before the import inserts its officials' rows."""
    roster = RosterService(db)
    official_id, _ = roster.create(OfficialInput(many_nips(1, start=900)[0], "Terhapus"),
                                   [AppointmentInput("Staf", "Dinas Sosial")])
    db.execute_sql("DELETE FROM official WHERE id = ?", (official_id,))  # no refresh
    assert db.execute_sql("SELECT count(*) FROM roster_search").fetchone()[0] == 1
    report = import_roster(db, write_csv(tmp_path / "baru.csv", HEADER, many_rows(30)))
    assert report.applied and report.new == 30
    incremental = derived_tables(db)
    roster_repo.refresh_all(db)
    assert derived_tables(db) == incremental
    assert not roster_repo.search_ids(db, RosterFilter(text="Terhapus"))
