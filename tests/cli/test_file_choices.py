"""Files and folders as Windows users name them: a folder where a file belongs (Windows says
"access denied" where Linux says "is a directory"), paths longer than 260 characters, and
names with spaces, apostrophes and other signs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kinerja_desktop.cli import EXIT_INVALID, EXIT_OK
from kinerja_desktop.errors import WINDOWS_MAX_PATH
from tests.cli.test_cli import assert_indonesian, good_csv
from tests.helpers.dump import dump_database

# As offices name folders: spaces, an ampersand, an apostrophe, a number sign, brackets.
AWKWARD = "Bagian Umum & Protokol #2 (Ma'rifah)"


@pytest.fixture
def backup_file(cli, demo_file, tmp_path) -> Path:
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    assert cli("--db", demo_file, "backup", folder).code == EXIT_OK
    (made,) = folder.glob("*.kinerja")
    return made


def folder_named(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "isi lama.txt").write_text("tetap", encoding="utf-8")
    return folder


@pytest.mark.parametrize("argv, name, words", [
    (["print", "evaluation", "1", "-o"], "lembar.pdf", "yang dipilih adalah folder"),
    (["print", "agreement", "1", "-o"], "kesepakatan.pdf", "yang dipilih adalah folder"),
    (["print", "batch", "-o"], "semua.pdf", "yang dipilih adalah folder"),
    (["roster", "export"], "daftar.xlsx", "yang dipilih adalah folder"),
    (["roster", "export"], "daftar.csv", "yang dipilih adalah folder"),
    (["roster", "import"], "pejabat.csv", "yang dipilih adalah folder"),
    (["restore"], "cadangan.kinerja", "yang dipilih adalah folder"),
    (["merge", "--dry-run"], "cadangan.kinerja", "yang dipilih adalah folder"),
    (["merge"], "cadangan.kinerja", "yang dipilih adalah folder"),
    (["verify"], "cadangan.kinerja", "adalah folder"),
], ids=lambda v: "-".join(v) if isinstance(v, list) else None)
def test_a_folder_chosen_as_the_file_is_named_so(cli, demo_file, tmp_path, argv, name, words):
    folder = folder_named(tmp_path, name)
    before = dump_database(demo_file)
    result = cli("--db", demo_file, *argv, folder)
    assert result.code == EXIT_INVALID, result.err
    assert words in result.err, result.err
    assert "Excel" not in result.err and "tidak ditemukan" not in result.err
    assert_indonesian(result)
    assert [p.name for p in folder.iterdir()] == ["isi lama.txt"]
    assert dump_database(demo_file) == before


def test_a_folder_chosen_as_the_database(cli, tmp_path):
    folder = folder_named(tmp_path, "kinerja.db")
    result = cli("--db", folder, "roster", "list")
    assert result.code == EXIT_INVALID and "adalah folder" in result.err
    assert_indonesian(result)


def test_a_file_chosen_as_the_backup_folder(cli, demo_file, tmp_path):
    not_a_folder = tmp_path / "E-flashdisk.txt"
    not_a_folder.write_text("bukan folder", encoding="utf-8")
    result = cli("--db", demo_file, "backup", not_a_folder)
    assert result.code == EXIT_INVALID and "bukan folder" in result.err
    assert not_a_folder.read_text(encoding="utf-8") == "bukan folder"


def deep_folder(base: Path, length: int) -> Path:
    folder = base / AWKWARD
    while len(str(folder)) < length:
        folder = folder / "Sekretariat Daerah Kabupaten Serang"
    return folder


def test_a_folder_deeper_than_260_characters(cli, tmp_path, monkeypatch):
    """It works where the system allows long paths (Linux; Windows with long paths switched
    on; Wine), and otherwise every command says the path is too long."""
    deep = deep_folder(tmp_path, WINDOWS_MAX_PATH + 40)
    monkeypatch.setenv("KINERJA_DATA_DIR", str(deep / "data"))
    try:
        deep.mkdir(parents=True)
    except FileNotFoundError:
        assert sys.platform == "win32"
        result = cli("--db", deep / "kinerja.db", "demo")
        assert result.code == EXIT_INVALID and "terlalu panjang" in result.err, result.err
        assert_indonesian(result)
        return
    database = deep / "kinerja.db"
    assert cli("--db", database, "demo").code == EXIT_OK
    usb = deep / "Flashdisk"
    usb.mkdir()
    made = cli("--db", database, "backup", usb)
    assert made.code == EXIT_OK, made.err
    (backup,) = usb.glob("*.kinerja")
    for argv in (["verify", backup], ["restore", backup], ["merge", backup, "--dry-run"],
                 ["print", "evaluation", "1", "-o", deep / "lembar evaluasi.pdf"],
                 ["roster", "export", deep / "daftar pejabat.xlsx"],
                 ["roster", "import", good_csv(deep / "pejabat baru.csv")],
                 ["roster", "list"]):
        result = cli("--db", database, *argv)
        assert result.code == EXIT_OK, (argv, result.err)
    assert (deep / "lembar evaluasi.pdf").stat().st_size > 0
    assert len(str(deep / "lembar evaluasi.pdf")) > WINDOWS_MAX_PATH
    assert list((deep / "data" / "cadangan" / "sebelum-pulih").glob("*.kinerja"))
