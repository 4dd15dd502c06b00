"""`main.py --db PATH restore BERKAS`: exit 0 restored, 1 refused (database unchanged), 2 usage."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from kinerja_desktop.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE, EXIT_WRONG_PASSPHRASE
from kinerja_desktop.storage import migrations
from tests.helpers.dump import dump_database


@pytest.fixture
def backup_file(cli, demo_file, tmp_path) -> Path:
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    assert cli("--db", demo_file, "backup", folder).code == EXIT_OK
    (made,) = folder.glob("*.kinerja")
    return made


def change(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as con:
        con.execute("UPDATE official SET name = 'Diubah' WHERE id = 1")
        con.commit()


@pytest.fixture(autouse=True)
def operator(monkeypatch):
    # Audited tables need kinerja_actor(): write through a connection that has it.
    from kinerja_desktop.storage import database
    real_connect = sqlite3.connect

    def connect(*args, **kwargs):
        con = real_connect(*args, **kwargs)
        if hasattr(database, "register_functions"):
            database.register_functions(con)
        return con
    monkeypatch.setattr(sqlite3, "connect", connect)


def test_restore_brings_the_backup_back(cli, demo_file, backup_file, private_data_dir):
    expected = dump_database(backup_file)
    change(demo_file)
    result = cli("--db", demo_file, "restore", backup_file)
    assert result.code == EXIT_OK, result.err
    assert "dipulihkan dari" in result.out
    assert "sebelum-pulih" in result.out
    assert dump_database(demo_file) == expected
    assert list((private_data_dir / "cadangan" / "sebelum-pulih").glob("*.kinerja"))


def test_encrypted_restore_takes_the_passphrase_from_the_environment(cli, demo_file, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setenv("KINERJA_PASSPHRASE", "rahasia")
    folder = tmp_path / "usb"
    folder.mkdir()
    assert cli("--db", demo_file, "backup", folder, "--encrypt").code == EXIT_OK
    (encrypted,) = folder.glob("*.enc")
    expected = dump_database(demo_file)
    change(demo_file)
    assert cli("--db", demo_file, "restore", encrypted).code == EXIT_OK
    after = dump_database(demo_file)
    assert after["official"] == expected["official"]

    change(demo_file)
    before = dump_database(demo_file)
    monkeypatch.setenv("KINERJA_PASSPHRASE", "salah")
    wrong = cli("--db", demo_file, "restore", encrypted)
    assert wrong.code == EXIT_WRONG_PASSPHRASE  # not a broken file: issue 15 item 9
    assert "kata sandi" in wrong.err.lower() and "coba lagi" in wrong.err
    assert dump_database(demo_file) == before

    monkeypatch.delenv("KINERJA_PASSPHRASE")
    no_terminal = cli("--db", demo_file, "restore", encrypted)
    assert no_terminal.code == EXIT_USAGE
    assert "KINERJA_PASSPHRASE" in no_terminal.err


def test_a_damaged_backup_is_refused_and_nothing_changes(cli, demo_file, backup_file):
    backup_file.write_bytes(backup_file.read_bytes()[:5000])
    before = dump_database(demo_file)
    result = cli("--db", demo_file, "restore", backup_file)
    assert result.code == EXIT_INVALID
    assert "terpotong" in result.err and "tidak diubah" in result.err
    assert dump_database(demo_file) == before


def test_a_newer_backup_is_refused(cli, demo_file, backup_file):
    Path(f"{backup_file}.sha256").unlink()
    with contextlib.closing(sqlite3.connect(backup_file)) as con:
        con.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    result = cli("--db", demo_file, "restore", backup_file)
    assert result.code == EXIT_INVALID
    assert "dibuat oleh versi aplikasi yang lebih baru" in result.err


def test_a_missing_file_and_a_missing_argument(cli, demo_file, tmp_path):
    missing = cli("--db", demo_file, "restore", tmp_path / "tidak-ada.kinerja")
    assert missing.code == EXIT_INVALID
    assert "tidak ditemukan" in missing.err
    usage = cli("--db", demo_file, "restore")
    assert usage.code == EXIT_USAGE
    assert "argumen wajib tidak ada" in usage.err
