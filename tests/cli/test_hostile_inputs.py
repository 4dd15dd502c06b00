"""Issue 17: no traceback ever reaches a user. backup, restore, merge, verify and
verify-document on hostile inputs exit with a message and a known code; and a backup that
wrote and verified its file exits 0 even when something after it fails."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kinerja_desktop.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE, EXIT_WRONG_PASSPHRASE
from kinerja_desktop.storage import backup_crypto

ROOT = Path(__file__).resolve().parents[2]
KNOWN = (EXIT_INVALID, EXIT_USAGE, EXIT_WRONG_PASSPHRASE)
PASSPHRASE = "rahasia kantor"


@pytest.fixture
def secret(monkeypatch):
    monkeypatch.setenv("KINERJA_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def encrypted_backup(cli, demo_file, tmp_path, secret) -> Path:
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("--db", demo_file, "backup", usb, "--encrypt").code == EXIT_OK
    (path,) = usb.glob("*.enc")
    return path


def _sqlite_with(demo_file: Path, tmp_path: Path, name: str, offset: int, value: bytes) -> Path:
    data = bytearray(demo_file.read_bytes())
    data[offset:offset + len(value)] = value
    path = tmp_path / name
    path.write_bytes(bytes(data))
    return path


@pytest.fixture
def hostile(tmp_path, demo_file, encrypted_backup):
    """name → a file (or folder) a USB stick could carry."""
    def write(name: str, content: bytes) -> Path:
        path = tmp_path / "hostile" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(content)
        return path
    sealed = encrypted_backup.read_bytes()
    folder = tmp_path / "hostile" / "folder.kinerja"
    folder.mkdir(parents=True)
    return {
        "empty": write("kosong.kinerja", b""),
        "random": write("acak.kinerja", os.urandom(70_000)),
        "random-encrypted": write("acak.kinerja.enc", backup_crypto.MAGIC_V2
                                  + os.urandom(70_000)),
        "folder": folder,
        "truncated-encrypted": write("terpotong.kinerja.enc", sealed[:len(sealed) // 2]),
        "cut-header": write("kepala.kinerja.enc", sealed[:20]),
        "damaged-first-chunk": write("rusak.kinerja.enc", sealed[:backup_crypto.HEADER_SIZE + 7]
                                     + bytes([sealed[backup_crypto.HEADER_SIZE + 7] ^ 1])
                                     + sealed[backup_crypto.HEADER_SIZE + 8:]),
        "unknown-version": write("baru.kinerja.enc", backup_crypto.MAGIC + b"9"
                                 + b"\xff" * 100),
        # The SQLite header's length fields: page size, pages in the database.
        "huge-page-count": _sqlite_with(demo_file, tmp_path, "halaman.kinerja", 28,
                                        b"\xff\xff\xff\xff"),
        "bad-page-size": _sqlite_with(demo_file, tmp_path, "ukuran.kinerja", 16, b"\xff\xff"),
        "huge-header-fields": _sqlite_with(demo_file, tmp_path, "kepala.kinerja", 16,
                                           b"\xff" * 16),
    }


NAMES = ["empty", "random", "random-encrypted", "folder", "truncated-encrypted", "cut-header",
         "damaged-first-chunk", "unknown-version", "huge-page-count", "bad-page-size",
         "huge-header-fields"]


def no_traceback(result) -> None:
    assert "Traceback" not in result.err and "Traceback" not in result.out
    assert result.code in KNOWN, (result.code, result.err)
    assert result.err.strip() or result.out.strip()  # said something


@pytest.mark.parametrize("name", NAMES)
def test_verify_restore_and_merge_refuse_hostile_files(cli, demo_file, hostile, tmp_path,
                                                       secret, name):
    path = hostile[name]
    no_traceback(cli("verify", path))
    live = tmp_path / "live.db"
    shutil.copy(demo_file, live)
    before = live.read_bytes()
    no_traceback(cli("--db", live, "restore", path))
    no_traceback(cli("--db", live, "merge", path, "--dry-run"))
    no_traceback(cli("--db", live, "merge", path))
    assert live.read_bytes() == before


@pytest.mark.parametrize("name", ["random", "folder", "bad-page-size", "huge-header-fields",
                                  "truncated-encrypted"])
def test_backup_and_verify_document_on_a_hostile_database(cli, hostile, tmp_path, name):
    usb = tmp_path / "usb-2"
    usb.mkdir()
    no_traceback(cli("--db", hostile[name], "backup", usb))
    no_traceback(cli("--db", hostile[name], "verify-document", "K7Q2-9XPM"))
    assert list(usb.iterdir()) == []


def test_backup_into_a_file_instead_of_a_folder(cli, demo_file, hostile):
    no_traceback(cli("--db", demo_file, "backup", hostile["random"]))


@pytest.mark.parametrize("code", ["", "x" * 100_000, "KINERJA:" + ":" * 50, "\x00\x01",
                                  "KINERJA:ABCD-EFGH:" + "0" * 16, "ÄÖÜ-ßßßß"])
def test_verify_document_of_hostile_codes(cli, demo_file, code):
    result = cli("--db", demo_file, "verify-document", code)
    no_traceback(result)


def test_damaged_first_chunk_is_damage_and_a_wrong_passphrase_is_not(cli, hostile,
                                                                      encrypted_backup,
                                                                      monkeypatch):
    damaged = cli("verify", hostile["damaged-first-chunk"])
    assert damaged.code == EXIT_INVALID and "rusak" in damaged.err
    assert "kata sandi ini" not in damaged.err
    monkeypatch.setenv("KINERJA_PASSPHRASE", "salah")
    wrong = cli("verify", encrypted_backup)
    assert wrong.code == EXIT_WRONG_PASSPHRASE
    assert wrong.err_lines[1] == backup_crypto.WRONG_PASSPHRASE


def test_a_complete_backup_exits_0_when_its_time_cannot_be_recorded(cli, demo_file, tmp_path):
    """The backup is written and verified, then recording its time in the live database
    fails (another program holds a write transaction): a warning, exit 0, the file kept."""
    usb = tmp_path / "usb-3"
    usb.mkdir()
    holder = sqlite3.connect(demo_file, isolation_level=None, timeout=0)
    try:
        assert holder.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        holder.execute("BEGIN IMMEDIATE")
        result = cli("--db", demo_file, "backup", usb)
    finally:
        holder.close()
    assert result.code == EXIT_OK, result.err
    (path,) = [p for p in usb.iterdir() if not p.name.endswith(".sha256")]
    assert result.out.splitlines()[0] == f"Cadangan ditulis dan diperiksa: {path}"
    assert result.err.startswith("Peringatan: cadangan sudah lengkap")
    assert cli("verify", path).code == EXIT_OK


def test_no_traceback_from_the_real_entry_point(hostile, tmp_path, secret):
    """The same through main.py, as a user runs it (stderr as the console shows it)."""
    env = {**os.environ, "KINERJA_DATA_DIR": str(tmp_path / "data")}
    for name in ("random", "truncated-encrypted", "folder"):
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), "verify",
                               str(hostile[name])], capture_output=True, text=True, env=env,
                              timeout=120, check=False)
        assert done.returncode in KNOWN and "Traceback" not in done.stderr, done.stderr
