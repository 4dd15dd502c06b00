"""The headless commands: exit codes, Indonesian messages, one line per problem."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kinerja_desktop import __version__
from kinerja_desktop.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.services.roster_io import COLUMNS
from kinerja_desktop.storage.database import open_database
from kinerja_desktop.storage import migrations
from tests.cli.conftest import Result
from tests.helpers.dump import dump_database
from tests.helpers.tables import HEADER, row, write_csv, write_xlsx

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = re.compile(r"\b(usage|error|required|invalid|arguments?|unrecognized|expected|"
                     r"choose from|traceback|not found|no such file|ignored|ambiguous)\b",
                     re.IGNORECASE)
ANAS = "197203151995031004"


def assert_indonesian(result: Result) -> None:
    assert result.err.strip(), "expected a message on stderr"
    for line in result.err_lines:
        assert not ENGLISH.search(line), line


def good_csv(path: Path) -> Path:
    return write_csv(path, HEADER, [
        row("19700101 199003 1 002", "Budi Santoso", "Kepala Dinas Pariwisata",
            "Dinas Pariwisata", pangkat_golongan="IV/c", eselon="II.b",
            jenis_pengisian="Seleksi Terbuka", tanggal_pelantikan="14 Juni 2019"),
        row("198512312010012003", "Siti Aminah", "Sekretaris Dinas Pariwisata",
            "Dinas Pariwisata", pangkat_golongan="IV/a", eselon="III.a")], delimiter=";")


def bad_csv(path: Path) -> Path:
    return write_csv(path, HEADER, [
        row("12345", "Budi", "Kepala Dinas Pariwisata", "Dinas Pariwisata"),
        row("198512312010012003", "Siti", "Sekretaris", "Dinas Pariwisata"),
        row("19851231201001200X", "", "Staf", "Dinas Pariwisata",
            tanggal_pelantikan="30/02/2019")])


# demo -------------------------------------------------------------------------------------

def test_demo(cli, dbfile):
    result = cli("--db", dbfile, "demo")
    assert (result.code, result.err) == (EXIT_OK, "")
    assert result.out.startswith("Data contoh dimuat: 7 pejabat, pelantikan 14 Juni 2019 di "
                                 "Pendopo Bupati Serang.")
    assert "rekaan" in result.out
    assert dbfile.exists()


def test_demo_twice_changes_nothing(cli, demo_file):
    before = dump_database(demo_file)
    result = cli("--db", demo_file, "demo")
    assert (result.code, result.out, result.err) == (
        EXIT_OK, "Data contoh sudah ada; tidak ada yang diubah.\n", "")
    assert dump_database(demo_file) == before


def test_default_database_is_in_the_data_folder(cli, private_data_dir):
    assert cli("demo").code == EXIT_OK
    assert (private_data_dir / "kinerja.db").exists()


# roster list --------------------------------------------------------------------------------

def test_list_json(cli, demo_file):
    result = cli("--db", demo_file, "roster", "list", "--json")
    assert (result.code, result.err) == (EXIT_OK, "")
    records = json.loads(result.out)
    assert len(records) == 7
    for record in records:
        assert list(record) == list(COLUMNS) + ["nama_lengkap"]
        assert re.fullmatch(r"\d{18}", record["nip"])
        assert record["tanggal_pelantikan"] is None or re.fullmatch(
            r"\d{4}-\d{2}-\d{2}", record["tanggal_pelantikan"])
    anas = next(r for r in records if r["nip"] == ANAS)
    assert anas["tanggal_pelantikan"] == "2019-06-14"
    assert anas["jabatan"] == "Kepala Dinas Komunikasi Informatika Persandian dan Statistik"
    assert anas["jenis_pengisian"] == "Seleksi Terbuka"
    assert [r["nama"] for r in records] == sorted(r["nama"] for r in records)


def test_list_json_with_archived(cli, demo_file):
    db = open_database(demo_file)
    try:
        roster = RosterService(db)
        roster.set_active(roster.id_by_nip(ANAS), False)
    finally:
        db.close()
    active = json.loads(cli("--db", demo_file, "roster", "list", "--json").out)
    assert ANAS not in {r["nip"] for r in active} and len(active) == 6
    records = json.loads(cli("--db", demo_file, "roster", "list", "--json", "--semua").out)
    assert all(list(r) == list(COLUMNS) + ["nama_lengkap", "aktif"] for r in records)
    assert {r["nip"]: r["aktif"] for r in records} == {
        r["nip"]: r["nip"] != ANAS for r in records}
    assert len(records) == 7


def test_list_text(cli, demo_file):
    result = cli("--db", demo_file, "roster", "list")
    lines = result.out.splitlines()
    assert result.code == EXIT_OK and len(lines) == 8
    assert lines[-1] == "7 pejabat."
    assert lines[0].startswith("19661120 198903 1 007  Abdullah")
    assert lines[0].endswith("Kepala Dinas Kependudukan dan Catatan Sipil")


# roster import --------------------------------------------------------------------------------

def test_import_good(cli, demo_file, tmp_path):
    result = cli("--db", demo_file, "roster", "import", good_csv(tmp_path / "baik.csv"))
    assert (result.code, result.err) == (EXIT_OK, "")
    assert result.out == ("2 baris: 2 pejabat baru, 0 diubah, 0 tetap; ditulis. "
                          "Unit kerja baru: Dinas Pariwisata.\n")
    records = json.loads(cli("--db", demo_file, "roster", "list", "--json").out)
    assert len(records) == 9
    budi = next(r for r in records if r["nip"] == "197001011990031002")
    assert (budi["pangkat_golongan"], budi["tanggal_pelantikan"]) == ("IV/c", "2019-06-14")


def test_import_xlsx(cli, dbfile, tmp_path):
    path = write_xlsx(tmp_path / "baik.xlsx", HEADER, [
        row("197001011990031002", "Budi", "Camat Petir", "Kecamatan Petir")])
    result = cli("--db", dbfile, "roster", "import", path)
    assert result.code == EXIT_OK and result.out.startswith("1 baris: 1 pejabat baru")


def test_import_bad_reports_every_problem_one_per_line(cli, demo_file, tmp_path):
    before = dump_database(demo_file)
    result = cli("--db", demo_file, "roster", "import", bad_csv(tmp_path / "salah.csv"))
    assert (result.code, result.out) == (EXIT_INVALID, "")
    *problems, last = result.err_lines
    assert sorted(problems) == sorted([
        "Baris 2, kolom nip: NIP harus 18 angka, tertulis 5 angka.",
        "Baris 4, kolom nip: NIP hanya boleh berisi angka (tertulis '19851231201001200X').",
        "Baris 4, kolom nama: Nama wajib diisi.",
        "Baris 4, kolom tanggal_pelantikan: Tanggal '30/02/2019' tidak ada di kalender.",
    ])
    rows = [int(re.match(r"Baris (\d+),", line).group(1)) for line in problems]
    assert rows == sorted(rows)  # in the order of the file
    assert last == "Impor ditolak: 4 kesalahan; tidak ada data yang diubah."
    assert_indonesian(result)
    assert dump_database(demo_file) == before


def test_import_warnings_go_to_stderr_but_succeed(cli, dbfile, tmp_path):
    path = good_csv(tmp_path / "lama.csv")
    path.write_bytes(path.read_bytes().decode("utf-8").replace("Budi", "Bédi").encode("cp1252"))
    result = cli("--db", dbfile, "roster", "import", path)
    assert result.code == EXIT_OK
    (line,) = result.err_lines
    assert line.startswith("Peringatan: Berkas bukan UTF-8")
    assert "2 pejabat baru" in result.out


def test_import_dry_run_writes_nothing(cli, demo_file, tmp_path):
    before = dump_database(demo_file)
    result = cli("--db", demo_file, "roster", "import", "--dry-run",
                 good_csv(tmp_path / "baik.csv"))
    assert (result.code, result.err) == (EXIT_OK, "")
    assert result.out.startswith("Uji coba (--dry-run): 2 baris: 2 pejabat baru")
    assert "tidak ada yang ditulis" in result.out
    assert dump_database(demo_file) == before


@pytest.mark.parametrize("case", ["missing", "empty", "header-only", "wrong-type",
                                  "broken-xlsx"])
def test_import_unusable_file(cli, demo_file, tmp_path, case):
    path = {"missing": tmp_path / "tidak-ada.csv", "empty": tmp_path / "kosong.csv",
            "header-only": tmp_path / "judul.csv", "wrong-type": tmp_path / "data.ods",
            "broken-xlsx": tmp_path / "rusak.xlsx"}[case]
    if case == "empty":
        path.write_bytes(b"")
    elif case == "header-only":
        write_csv(path, HEADER, [])
    elif case in ("wrong-type", "broken-xlsx"):
        path.write_bytes(b"bukan spreadsheet")
    before = dump_database(demo_file)
    result = cli("--db", demo_file, "roster", "import", path)
    assert (result.code, result.out) == (EXIT_INVALID, "")
    assert_indonesian(result)
    assert len(result.err_lines) == (2 if case == "header-only" else 1)
    assert dump_database(demo_file) == before


# roster export --------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export(cli, demo_file, tmp_path, suffix):
    path = tmp_path / f"ekspor{suffix}"
    result = cli("--db", demo_file, "roster", "export", path)
    assert (result.code, result.err) == (EXIT_OK, "")
    assert result.out == f"7 pejabat diekspor ke {path}.\n"
    fresh = tmp_path / "baru.db"
    assert cli("--db", fresh, "roster", "import", path).code == EXIT_OK
    again = tmp_path / f"lagi{suffix}"
    assert cli("--db", fresh, "roster", "export", again).code == EXIT_OK
    assert (json.loads(cli("--db", fresh, "roster", "list", "--json").out)
            == json.loads(cli("--db", demo_file, "roster", "list", "--json").out))
    if suffix == ".csv":
        assert again.read_bytes() == path.read_bytes()


def test_export_all_includes_the_aktif_column(cli, demo_file, tmp_path):
    path = tmp_path / "semua.csv"
    assert cli("--db", demo_file, "roster", "export", "--semua", path).code == EXIT_OK
    header = path.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == ";".join(COLUMNS) + ";aktif"


@pytest.mark.parametrize("target", ["ekspor.txt", "tidak/ada/ekspor.csv"])
def test_export_to_a_bad_target(cli, demo_file, tmp_path, target):
    result = cli("--db", demo_file, "roster", "export", tmp_path / target)
    assert (result.code, result.out) == (EXIT_INVALID, "")
    assert len(result.err_lines) == 1
    assert_indonesian(result)


# Databases that cannot be used -------------------------------------------------------------------

def test_not_a_database(cli, tmp_path):
    path = tmp_path / "catatan.db"
    path.write_bytes(b"ini catatan, bukan basis data\n")
    result = cli("--db", path, "roster", "list")
    assert (result.code, result.out) == (EXIT_INVALID, "")
    assert result.err_lines == ["Berkas 'catatan.db' bukan basis data Kinerja Desktop "
                                "(bukan berkas SQLite)."]
    assert path.read_bytes() == b"ini catatan, bukan basis data\n"


def test_other_apps_database(cli, tmp_path):
    path = tmp_path / "lain.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE t (x)")
    con.close()
    before = path.read_bytes()
    result = cli("--db", path, "demo")
    assert result.code == EXIT_INVALID and "aplikasi lain" in result.err
    assert_indonesian(result)
    assert path.read_bytes() == before


def test_database_too_new(cli, demo_file):
    with sqlite3.connect(demo_file) as con:
        con.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 5}")
    con.close()
    result = cli("--db", demo_file, "roster", "list", "--json")
    assert (result.code, result.out) == (EXIT_INVALID, "")
    assert "versi aplikasi yang lebih baru" in result.err and len(result.err_lines) == 1


def test_database_folder(cli, tmp_path):
    result = cli("--db", tmp_path, "demo")
    assert result.code == EXIT_INVALID and "folder" in result.err


# Usage errors ------------------------------------------------------------------------------

@pytest.mark.parametrize("argv", [
    ["roster"], ["frobnicate"], ["roster", "lihat"], ["roster", "import"],
    ["roster", "export"], ["--db"], ["demo", "--foo"], ["--lang", "fr", "demo"],
    ["roster", "list", "--json=ya"], ["roster", "import", "a.csv", "b.csv"],
    ["roster", "list", "--tanpa-opsi"],
])
def test_usage_errors_exit_2_in_indonesian(cli, argv, private_data_dir):
    result = cli(*argv)
    assert (result.code, result.out) == (EXIT_USAGE, "")
    (line,) = result.err_lines
    assert line.startswith("Kesalahan penggunaan: ") and "--help" in line
    assert_indonesian(result)
    assert not (private_data_dir / "kinerja.db").exists()  # nothing was opened


def test_no_command_in_process(cli):
    result = cli("--db", "x.db")
    assert (result.code, result.err_lines) == (EXIT_USAGE, [
        "Kesalahan penggunaan: perintah tidak dikenal."])


# main.py as a program --------------------------------------------------------------------------

def main_py(tmp_path: Path, *argv: object) -> subprocess.CompletedProcess:
    env = dict(os.environ, KINERJA_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, argv)],
                          cwd=tmp_path, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=60)


def test_main_py_demo_and_list(tmp_path):
    db = tmp_path / "kinerja.db"
    demo = main_py(tmp_path, "--db", db, "demo")
    assert (demo.returncode, demo.stderr) == (0, "")
    assert "7 pejabat" in demo.stdout
    listed = main_py(tmp_path, "--db", db, "roster", "list", "--json")
    assert listed.returncode == 0
    records = json.loads(listed.stdout)
    assert {r["nip"] for r in records} >= {ANAS}
    assert all(list(r) == list(COLUMNS) + ["nama_lengkap"] for r in records)


def test_main_py_errors(tmp_path):
    usage = main_py(tmp_path, "roster")
    assert (usage.returncode, usage.stdout) == (2, "")
    assert usage.stderr.startswith("Kesalahan penggunaan:")
    assert not ENGLISH.search(usage.stderr) and len(usage.stderr.splitlines()) == 1
    bad = main_py(tmp_path, "--db", tmp_path / "x.db", "roster", "import",
                  bad_csv(tmp_path / "salah.csv"))
    assert bad.returncode == 1
    assert len(bad.stderr.splitlines()) == 5
    assert "Traceback" not in bad.stderr
    missing = main_py(tmp_path, "--db", tmp_path / "x.db", "roster", "import",
                      tmp_path / "hilang.csv")
    assert missing.returncode == 1 and "tidak ditemukan" in missing.stderr


def test_main_py_version(tmp_path):
    result = main_py(tmp_path, "--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"Kinerja Desktop {__version__}")


@pytest.mark.parametrize("argv", [
    ["--help"], ["roster", "--help"], ["roster", "import", "-h"],
    ["program", "--help"], ["program", "list", "-h"],
    ["program", "create-for-inauguration", "--help"],
    ["evaluation", "--help"], ["evaluation", "list", "-h"], ["evaluation", "score", "--help"],
    ["handover", "--help"], ["handover", "list", "-h"],
])
def test_help_is_indonesian(argv, capsys):
    from kinerja_desktop.cli import build_parser
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(argv)
    assert exited.value.code == 0
    text = capsys.readouterr().out
    command = "" if argv[0].startswith("-") else f" {argv[0]}"
    assert text.startswith(f"Pemakaian: main.py{command}")
    assert text.count("Pemakaian:") == 1
    for english in ("usage:", "options:", "positional arguments", "show this help"):
        assert english not in text


@pytest.mark.parametrize("argv, expected", [
    ([], (None, None)),
    (["--db", "x.db"], ("x.db", None)),
    (["--db=x.db", "--lang", "en"], ("x.db", "en")),
    (["--lang=id"], (None, "id")),
])
def test_window_options_agree_with_argparse(argv, expected):
    """main.py reads the window's options with the global options alone; the full parser agrees."""
    import main
    from kinerja_desktop.cli import parse_args
    fast, full = main.window_options(argv), parse_args(argv)
    for args in (fast, full):
        assert (str(args.db) if args.db else None, args.lang) == expected
        assert args.command is None


@pytest.mark.parametrize("argv", [["--db"], ["--lang", "fr"], ["roster", "list"], ["--help"],
                                  ["--db", "x.db", "demo"], ["--bogus", "1"]])
def test_anything_else_goes_through_argparse(argv):
    import main
    assert main.window_options(argv) is None


def test_every_exit_status_is_documented(capsys):
    """Issue 15: a wrong backup passphrase exits 3, which neither README nor --help named."""
    from kinerja_desktop.cli import build_parser, parser
    codes = {name: value for name, value in vars(parser).items() if name.startswith("EXIT_")}
    assert sorted(codes.values()) == list(range(len(codes)))  # 0, 1, 2, 3 …: none skipped
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (sentence,) = re.findall(r"Exit status: [^.]*\.", readme.replace("\n", " "))
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    epilog = capsys.readouterr().out.split("status keluar:", 1)[1]
    for value in codes.values():
        assert re.search(rf"\b{value} [a-z]", sentence), (value, sentence)
        assert re.search(rf"^\s+{value}\s+\S", epilog, re.MULTILINE), (value, epilog)
    assert "3 wrong backup passphrase" in sentence
