"""`roster import` on hostile files (issue 17): a clear message and exit code 1, never a
traceback, a bounded number of lines, and the database untouched."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kinerja_desktop.cli import EXIT_INVALID, EXIT_OK
from kinerja_desktop.services.roster_io import MAX_PROBLEMS
from tests.helpers import hostile_files as hostile
from tests.helpers.dump import dump_database
from tests.helpers.tables import HEADER, row, write_csv

ROOT = Path(__file__).resolve().parents[2]
BUDI = "197001011990031002"


def bad_rows(path: Path, count: int) -> Path:
    lines = ["nip;nama;jabatan;unit_kerja"] + [f"{n};=HYPERLINK(\"x\");+cmd;@SUM(1)"
                                                for n in range(count)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


HOSTILE = {
    "dimensi.xlsx": (hostile.dimension_bomb, "A1:XFD1048576"),
    "bom-zip.xlsx": (lambda p: hostile.ratio_bomb(p, 40), "dimampatkan"),
    "ukuran-palsu.xlsx": (hostile.declared_size_bomb, "lebih dari 256 MB"),
    "sandi.xlsx": (hostile.password_protected, "dilindungi kata sandi"),
    "terenkripsi.xlsx": (hostile.encrypted_part, "dilindungi kata sandi"),
    "lama.xlsx": (hostile.legacy_xls, "Excel lama"),
    "teks.xlsx": (lambda p: p.write_bytes(b"nip;nama\n1;Budi\n"), "bukan berkas Excel"),
    "jauh.xlsx": (hostile.undeclared_far_row, "lebih dari 100.000 baris"),
    "lebar.xlsx": (hostile.undeclared_wide_row, "lebih dari 50 kolom"),
    # Not "nul.csv": on Windows that name is the NUL device, and the file stays empty.
    "berisi-nul.csv": (lambda p: p.write_bytes(b"nip;nama;jabatan;unit_kerja\n1;a\x00b;c;d\n"),
                "NUL"),
    "campur.csv": (lambda p: p.write_bytes("nip;nama;jabatan;unit_kerja\n1;Sé;c;d\n".encode()
                                           + "2;Hé;c;d\n".encode("cp1252")), "mencampur"),
    "sejuta.csv": (lambda p: bad_rows(p, 1_000_000), "lebih dari 100.000 baris"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_file_is_refused_in_one_line(cli, demo_file, tmp_path, name):
    make, words = HOSTILE[name]
    path = tmp_path / name
    make(path)
    before = dump_database(demo_file)
    started = time.perf_counter()
    result = cli("--db", demo_file, "roster", "import", path)
    took = time.perf_counter() - started
    assert (result.code, result.out) == (EXIT_INVALID, ""), result.err
    assert len(result.err_lines) == 1 and words in result.err, result.err
    assert "Traceback" not in result.err
    assert took < 30
    assert dump_database(demo_file) == before


def test_many_bad_rows_print_200_problems_and_a_count(cli, demo_file, tmp_path):
    before = dump_database(demo_file)
    result = cli("--db", demo_file, "roster", "import", bad_rows(tmp_path / "salah.csv", 5000))
    assert result.code == EXIT_INVALID
    lines = result.err_lines
    assert len(lines) == MAX_PROBLEMS + 2
    assert lines[-2] == "… dan 4800 masalah lain, 4800 di antaranya kesalahan."
    assert lines[-1] == "Impor ditolak: 5000 kesalahan; tidak ada data yang diubah."
    assert dump_database(demo_file) == before


def test_out_of_memory_is_a_message_not_a_traceback(cli, demo_file, tmp_path, monkeypatch):
    from kinerja_desktop.services import roster_io

    def exhausted(*_args, **_kwargs):
        raise MemoryError
    monkeypatch.setattr(roster_io, "import_roster", exhausted)
    result = cli("--db", demo_file, "roster", "import", write_csv(tmp_path / "a.csv", HEADER, []))
    assert result.code == EXIT_INVALID
    shown = str(Path("<tmp>") / "a.csv")  # the system's own separator, as the message has it
    assert result.err_lines == [f"Berkas '{shown}' terlalu besar atau terlalu rumit untuk "
                                "dibaca; tidak ada data yang diubah."]


def test_exported_formulas_stay_text_through_the_cli(cli, dbfile, tmp_path):
    source = write_csv(tmp_path / "sumber.csv", HEADER,
                       [row(BUDI, "=HYPERLINK(\"http://contoh.invalid\")", "+cmd|' /C calc'!A0",
                            "@SUM(1)")])
    assert cli("--db", dbfile, "roster", "import", source).code == EXIT_OK
    target = tmp_path / "ekspor.csv"
    assert cli("--db", dbfile, "roster", "export", target).code == EXIT_OK
    line = target.read_text(encoding="utf-8-sig").splitlines()[1]
    assert line.startswith(f"{BUDI};\"'=HYPERLINK(") and ";'+cmd|" in line and ";'@SUM(1)" in line
    fresh = tmp_path / "baru.db"
    assert cli("--db", fresh, "roster", "import", target).code == EXIT_OK
    assert cli("--db", fresh, "roster", "list", "--json").out == \
        cli("--db", dbfile, "roster", "list", "--json").out


def test_dimension_bomb_through_the_real_program(tmp_path):
    """The adversary's run: `main.py roster import` in its own process, no traceback."""
    path = hostile.dimension_bomb(tmp_path / "kecil.xlsx")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KINERJA_USER": "uji"}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db",
                             str(tmp_path / "kinerja.db"), "roster", "import", str(path)],
                            capture_output=True, text=True, encoding="utf-8", env=env,
                            timeout=120)
    assert result.returncode == EXIT_INVALID
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert "A1:XFD1048576" in result.stderr and len(result.stderr.splitlines()) == 1
