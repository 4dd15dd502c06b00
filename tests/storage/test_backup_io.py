"""Backup files: SQLite's backup API, verified before renaming; refused files say why."""

from __future__ import annotations

import json

import contextlib
import errno
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from kinerja_desktop.errors import (BackupVerificationError, DiskFullError, OperationCancelled,
                                    StorageError, WrongPassphraseError)
from kinerja_desktop.storage import (backup_check, backup_crypto, backup_io, migrations,
                                     official_repo)
from kinerja_desktop.storage.backup_io import backup_to, checksum_path, verify_file
from kinerja_desktop.storage.database import open_database
from tests.helpers.dump import dump_database, table_rows
from tests.helpers.open_files import held_by_another_process
from tests.helpers.read_only import read_only_folder, skip_unless_read_only

# About SQLite files themselves: backups are SQLite's backup API on a file; a server's
# backup is written through a file (tests/storage/test_server.py).
pytestmark = pytest.mark.sqlite_only

NAME = "cadangan.kinerja"


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def backup(demo_db, usb) -> Path:
    return backup_to(demo_db, usb, NAME)


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def detached(path: Path, folder: Path, data: bytes | None = None) -> Path:
    """A copy of a backup (or other bytes) in another folder, without its .sha256."""
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    target.write_bytes(path.read_bytes() if data is None else data)
    return target


def refused(report, *words: str) -> None:
    assert not report.ok and report.problems, report
    text = " ".join(report.problems)
    for word in words:
        assert word in text, text


# Round trips ---------------------------------------------------------------------------------

def test_round_trip(demo_db, usb, backup):
    assert backup == usb / NAME
    assert listing(usb) == [NAME, NAME + ".sha256"]  # one file, no -wal/-shm, no temp
    data = backup.read_bytes()
    assert data[18:20] == b"\x01\x01"  # journal_mode=DELETE: opens without a WAL
    sha = checksum_path(backup).read_text()
    assert sha.endswith(f"  {NAME}\n") and len(sha.split()[0]) == 64
    report = verify_file(backup)
    assert report.ok and report.checksum_checked and not report.encrypted
    assert report.schema_version == migrations.LATEST_VERSION
    assert report.counts["official"] == 7 and report.sha256 == sha.split()[0]
    before = listing(usb)
    verify_file(backup)
    assert listing(usb) == before  # verifying writes nothing beside the file
    source = dump_database(demo_db)
    copy = open_database(backup)
    copy.close()
    assert official_repo.count_officials(demo_db) == 7  # the app's database still reads
    assert dump_database(backup) == source
    # Besides the source's rows exactly, the backup's own manifest (counts, content hash).
    (manifest,) = table_rows(backup, "SELECT value FROM kinerja_manifest")
    assert json.loads(manifest[0])["jumlah_baris"]["official"] == 7
    assert report.manifest_checked


def test_progress_and_report(demo_db, usb):
    seen = []
    path, report = backup_io.backup_with_report(demo_db, usb, NAME,
                                                progress=lambda f, text: seen.append((f, text)))
    assert seen[0][0] == 0.0 and seen[-1] == (1.0, "Selesai.")
    assert [f for f, _ in seen] == sorted(f for f, _ in seen)
    assert report.ok and report.counts == verify_file(path).counts


def test_backup_while_another_connection_holds_a_write_transaction(demo_db, usb):
    before = dump_database(demo_db)
    with contextlib.closing(sqlite3.connect(demo_db.path, isolation_level=None)) as other:
        other.create_function("kinerja_actor", -1, lambda *_: "uji")  # audit triggers
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO setting (key, value) VALUES ('belum', 'disimpan')")
        path = backup_to(demo_db, usb, NAME)  # WAL: a writer does not block the reader
        other.execute("COMMIT")
    assert dump_database(path) == before  # only what was committed when the copy began


def test_app_writes_during_the_copy_do_not_reach_it(demo_db, usb, monkeypatch):
    """One read transaction for the whole copy: a snapshot, whatever the app writes between
    the backup steps; and the row counts checked belong to that snapshot."""
    monkeypatch.setattr(backup_io, "STEP_PAGES", 1)
    before = dump_database(demo_db)
    writes = []

    def write(_fraction, _text):
        if len(writes) < 3:
            writes.append(demo_db.execute_sql(
                "INSERT INTO setting (key, value) VALUES (?, 'x')", (f"k{len(writes)}",)))
    path = backup_to(demo_db, usb, NAME, progress=write)
    assert len(writes) == 3
    assert dump_database(path) == before
    assert len(dump_database(demo_db)["setting"]) == len(before["setting"]) + 3


# Refused files -------------------------------------------------------------------------------

def test_truncated_at_many_offsets(backup, tmp_path):
    data = backup.read_bytes()
    size = len(data)
    offsets = sorted({0, 1, 10, 15, 16, 50, 99, 100, 101, 1000, 4095, 4096, 4097, 8192,
                      size // 3, size // 2, size - 4096, size - 4097, size - 100, size - 1})
    assert len(offsets) >= 20
    for n, offset in enumerate(offsets):
        folder = tmp_path / f"t{n}"
        # With its checksum beside it …
        with_sum = detached(backup, folder, data[:offset])
        shutil.copy(checksum_path(backup), checksum_path(with_sum))
        report = verify_file(with_sum)
        refused(report, "tidak cocok")
        # … and without: the file itself says it is cut short.
        checksum_path(with_sum).unlink()
        report = verify_file(with_sum)
        refused(report)
        assert any(w in report.problems[0] for w in ("terpotong", "kosong")), (offset, report)


@pytest.mark.parametrize("offset, reason", [
    (0, "bukan basis data, jadi bukan cadangan"), (5, "bukan basis data, jadi bukan cadangan"),
    (17, "ukuran halaman"), (63, "lebih baru"), (69, "aplikasi lain"), (70, "aplikasi lain")])
def test_bytes_flipped_in_the_header(backup, tmp_path, offset, reason):
    data = bytearray(backup.read_bytes())
    data[offset] ^= 0xFF
    copy = detached(backup, tmp_path / "x", bytes(data))
    refused(verify_file(copy), reason)
    shutil.copy(checksum_path(backup), checksum_path(copy))
    refused(verify_file(copy), "tidak cocok", reason)


def test_bytes_flipped_in_pages(backup, tmp_path):
    data = backup.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    pages = len(data) // page
    for n in range(2, pages, max(1, pages // 10)):  # a byte in the content of ~10 pages
        changed = bytearray(data)
        changed[(n - 1) * page + page // 2] ^= 0x55
        copy = detached(backup, tmp_path / f"p{n}", bytes(changed))
        shutil.copy(checksum_path(backup), checksum_path(copy))
        refused(verify_file(copy), "Kode pemeriksa", "tidak cocok")
    # Without a checksum, damage to a page's structure is still found by integrity_check.
    changed = bytearray(data)
    changed[page * 1] = 0x07  # page 2's b-tree page type: not a valid one
    copy = detached(backup, tmp_path / "struktur", bytes(changed))
    report = verify_file(copy)
    refused(report)
    assert any("keutuhan" in p or "rusak" in p for p in report.problems), report


def test_not_sqlite(tmp_path):
    path = tmp_path / "daftar.kinerja"
    path.write_bytes(b"nip;nama\n197001011990031002;Anas\n" * 20)
    refused(verify_file(path), "bukan basis data, jadi bukan cadangan")
    refused(verify_file(tmp_path / "tidak-ada.kinerja"), "tidak ditemukan")
    refused(verify_file(tmp_path), "folder")


def test_someone_elses_sqlite(tmp_path):
    path = tmp_path / "lain.db"
    with contextlib.closing(sqlite3.connect(path)) as con:
        con.execute("CREATE TABLE t (a)")
        con.commit()
    refused(verify_file(path), "aplikasi lain")


def test_newer_schema(backup, tmp_path):
    copy = detached(backup, tmp_path / "baru")
    with contextlib.closing(sqlite3.connect(copy)) as con:
        con.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
        con.commit()
    report = verify_file(copy)
    refused(report, "lebih baru", f"versi data {migrations.LATEST_VERSION + 1}")
    assert report.schema_version == migrations.LATEST_VERSION + 1


def test_counts_differing_are_named(backup):
    counts = dict(verify_file(backup).counts)
    counts["official"] += 1
    counts["hilang"] = 3
    report = verify_file(backup, expect_counts=counts)
    refused(report, "tabel 'official' berbeda: sumber 8, salinan 7", "'hilang' tidak ada")


def test_missing_or_bad_checksum_file(backup):
    checksum_path(backup).unlink()
    report = verify_file(backup)
    assert report.ok and not report.checksum_checked
    assert "Tidak ada berkas kode pemeriksa" in report.notes[0]
    checksum_path(backup).write_text("bukan checksum\n")
    refused(verify_file(backup), "tidak berisi kode yang sah")


# Encryption ----------------------------------------------------------------------------------

def test_encrypted_round_trip(demo_db, usb, tmp_path):
    path = backup_to(demo_db, usb, NAME, passphrase="rahasia kantor")
    assert path == usb / (NAME + ".enc")
    assert listing(usb) == [NAME + ".enc", NAME + ".enc.sha256"]  # no plaintext on the target
    assert not [p for p in demo_db.path.parent.iterdir() if p.name.endswith(".tmp")]
    assert path.read_bytes().startswith(backup_crypto.MAGIC)
    assert b"Anas" not in path.read_bytes()
    report = verify_file(path, "rahasia kantor")
    assert report.ok and report.encrypted and report.checksum_checked
    assert listing(usb) == [NAME + ".enc", NAME + ".enc.sha256"]  # verified in memory only
    plain = backup_crypto.decrypt_to(path, "rahasia kantor", tmp_path / "pulih.kinerja")
    assert dump_database(plain) == dump_database(demo_db)


def test_wrong_or_missing_passphrase(demo_db, usb, tmp_path):
    path = backup_to(demo_db, usb, NAME, passphrase="benar")
    refused(verify_file(path, "salah"), "Kata sandi cadangan salah")
    refused(verify_file(path), "terenkripsi", "kata sandi")
    with pytest.raises(WrongPassphraseError, match="Kata sandi cadangan salah"):
        backup_crypto.decrypt_to(path, "salah", tmp_path / "x.kinerja")
    assert not (tmp_path / "x.kinerja").exists() and not (tmp_path / ".x.kinerja.tmp").exists()


def test_encrypted_file_damaged_or_cut_at_a_chunk(demo_db, usb, tmp_path, monkeypatch):
    monkeypatch.setattr(backup_crypto, "CHUNK", 4096)
    path = backup_to(demo_db, usb, NAME, passphrase="benar")
    data = path.read_bytes()
    block = 4096 + backup_crypto.TAG_SIZE
    changed = bytearray(data)
    changed[backup_crypto.HEADER_SIZE + 2 * block + 10] ^= 1
    copy = detached(path, tmp_path / "a", bytes(changed))
    refused(verify_file(copy, "benar"), "bagian ke-3")
    cut = detached(path, tmp_path / "b", data[:backup_crypto.HEADER_SIZE + 3 * block])
    refused(verify_file(cut, "benar"), "terpotong")  # the 3rd chunk is not marked last


# Failures while writing: typed error, nothing under the final name, live data unchanged --------

def assert_nothing_left(usb: Path, demo_db, before) -> None:
    assert listing(usb) == []
    assert not [p for p in demo_db.path.parent.iterdir() if p.name.endswith(".tmp")]
    assert dump_database(demo_db) == before


@pytest.mark.parametrize("encrypt", [False, True])
def test_disk_full_at_the_rename(demo_db, usb, monkeypatch, encrypt):
    before = dump_database(demo_db)

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(backup_io.os, "replace", full)
    with pytest.raises(DiskFullError, match="penuh"):
        backup_to(demo_db, usb, NAME, passphrase="x" if encrypt else None)
    assert_nothing_left(usb, demo_db, before)


def test_disk_full_in_the_middle_of_the_copy(demo_db, usb, monkeypatch):
    monkeypatch.setattr(backup_io, "STEP_PAGES", 2)
    before = dump_database(demo_db)
    calls = []

    def fills_up():
        calls.append(1)
        if len(calls) > 3:
            raise sqlite3.OperationalError("database or disk is full")
        return False
    with pytest.raises(DiskFullError, match="penuh"):
        backup_to(demo_db, usb, NAME, cancelled=fills_up)
    assert_nothing_left(usb, demo_db, before)


def test_disk_full_while_encrypting(demo_db, usb, monkeypatch):
    before = dump_database(demo_db)

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(backup_crypto, "encrypt_file", full)
    with pytest.raises(DiskFullError, match=str(usb).replace("\\", "\\\\")):
        backup_to(demo_db, usb, NAME, passphrase="x")
    assert_nothing_left(usb, demo_db, before)


def test_checksum_cannot_be_written(demo_db, usb, monkeypatch):
    before = dump_database(demo_db)

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(backup_io, "_write_checksum", full)
    with pytest.raises(DiskFullError):
        backup_to(demo_db, usb, NAME)
    assert_nothing_left(usb, demo_db, before)


def test_stick_pulled_out(demo_db, usb, monkeypatch):
    before = dump_database(demo_db)

    def gone(*_args):
        raise OSError(errno.EIO, "Input/output error")
    monkeypatch.setattr(backup_io, "_fsync_file", gone)
    with pytest.raises(StorageError, match="dicabut"):
        backup_to(demo_db, usb, NAME)
    assert_nothing_left(usb, demo_db, before)


def test_cancelled(demo_db, usb):
    before = dump_database(demo_db)
    with pytest.raises(OperationCancelled, match="dibatalkan"):
        backup_to(demo_db, usb, NAME, cancelled=lambda: True)
    assert_nothing_left(usb, demo_db, before)


def test_copy_failing_verification_is_not_kept(demo_db, usb, monkeypatch):
    before = dump_database(demo_db)
    real = backup_check.table_counts
    calls = []

    def wrong_source_counts(con):
        counts = real(con)
        calls.append(1)
        if len(calls) == 1:  # the source's: pretend one more official
            counts["official"] += 1
        return counts
    monkeypatch.setattr(backup_check, "table_counts", wrong_source_counts)
    with pytest.raises(BackupVerificationError, match="'official' berbeda") as caught:
        backup_to(demo_db, usb, NAME)
    assert caught.value.problems
    assert_nothing_left(usb, demo_db, before)


def test_read_only_target_reported_by_the_system(demo_db, usb):
    before = dump_database(demo_db)
    with read_only_folder(usb):
        skip_unless_read_only(usb)
        with pytest.raises(StorageError, match="hanya-baca"):
            backup_to(demo_db, usb, NAME)
    assert_nothing_left(usb, demo_db, before)


def test_read_only_target(demo_db, usb, monkeypatch):
    before = dump_database(demo_db)
    real = os.access
    monkeypatch.setattr(backup_io.os, "access",
                        lambda p, mode: False if Path(p) == usb and mode == os.W_OK
                        else real(p, mode))
    with pytest.raises(StorageError, match="hanya-baca"):
        backup_to(demo_db, usb, NAME)
    assert_nothing_left(usb, demo_db, before)


def test_read_only_media_at_write_time(demo_db, usb, monkeypatch):
    """The folder looked writable, but the medium refuses the write (a locked stick)."""
    before = dump_database(demo_db)
    real = sqlite3.connect

    def refuse(target, *args, **kwargs):
        if str(target).startswith(str(usb)):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(target, *args, **kwargs)
    monkeypatch.setattr(backup_io.sqlite3, "connect", refuse)
    with pytest.raises(StorageError, match="tidak dapat ditulis"):
        backup_to(demo_db, usb, NAME)
    assert_nothing_left(usb, demo_db, before)


def test_missing_target_folder(demo_db, tmp_path):
    with pytest.raises(StorageError, match="tidak ada"):
        backup_to(demo_db, tmp_path / "belum-dipasang", NAME)


# Windows: files held open by another program, write-protected sticks, folder permissions ------

ONLY_WINDOWS_LOCKS = "only Windows refuses to replace or delete a file another program has open"


class HeldOpen(PermissionError):
    """What Windows raises for a file another program holds: EACCES, ERROR_SHARING_VIOLATION
    (on Linux the winerror argument is not kept, so the class carries it)."""
    winerror = 32


class WriteProtected(PermissionError):
    winerror = 19  # ERROR_WRITE_PROTECT: a stick with its lock switch on


def test_a_copy_held_at_its_rename_is_retried_then_reported(demo_db, usb, monkeypatch):
    """An antivirus examines the new file and holds it: the rename is tried again for a while,
    then the backup is refused plainly, nothing under the final name."""
    from kinerja_desktop.storage import file_access
    before = dump_database(demo_db)
    attempts = []

    def held(src, dst, *args, **kwargs):
        attempts.append(dst)
        raise HeldOpen(errno.EACCES, "The process cannot access the file", str(src), None,
                       str(dst))
    monkeypatch.setattr(file_access.os, "replace", held)
    monkeypatch.setattr(file_access, "RETRY_DELAYS", (0.0, 0.01))
    with pytest.raises(StorageError, match="sedang dibuka program lain") as caught:
        backup_to(demo_db, usb, NAME)
    assert "antivirus" in str(caught.value) and "cadangan tidak dibuat" in str(caught.value)
    assert attempts == [usb / NAME] * 3
    monkeypatch.undo()
    assert_nothing_left(usb, demo_db, before)


def test_a_copy_held_for_a_moment_is_waited_for(demo_db, usb, monkeypatch):
    from kinerja_desktop.storage import file_access
    real = os.replace
    refusals = [HeldOpen(errno.EACCES, "The process cannot access the file")] * 2

    def briefly_held(src, dst, *args, **kwargs):
        if Path(dst) == usb / NAME and refusals:
            raise refusals.pop()
        return real(src, dst, *args, **kwargs)
    monkeypatch.setattr(file_access.os, "replace", briefly_held)
    monkeypatch.setattr(file_access, "RETRY_DELAYS", (0.0, 0.01, 0.0))
    assert backup_to(demo_db, usb, NAME) == usb / NAME
    assert not refusals and verify_file(usb / NAME).ok


def test_a_write_protected_stick_is_named_so(demo_db, usb, monkeypatch):
    before = dump_database(demo_db)

    def locked(src, dst, *args, **kwargs):
        raise WriteProtected(errno.EACCES, "The media is write protected", str(src))
    monkeypatch.setattr(backup_io.os, "replace", locked)
    with pytest.raises(StorageError, match="hanya-baca"):
        backup_to(demo_db, usb, NAME)
    monkeypatch.undo()
    assert_nothing_left(usb, demo_db, before)


@pytest.mark.skipif(sys.platform != "win32", reason=ONLY_WINDOWS_LOCKS)
def test_a_copy_another_program_opens_before_its_rename(demo_db, usb, monkeypatch):
    """A real second process opens the fresh copy (as a scanner does) just before the
    rename, and keeps it open: Windows refuses the rename, and the backup says why."""
    from kinerja_desktop.storage import file_access
    monkeypatch.setattr(file_access, "RETRY_DELAYS", (0.05, 0.05))
    holders = contextlib.ExitStack()
    real_verify = backup_io._verify

    def verify_then_hold(path, *args, **kwargs):
        report = real_verify(path, *args, **kwargs)
        holders.enter_context(held_by_another_process(path))
        return report
    monkeypatch.setattr(backup_io, "_verify", verify_then_hold)
    with holders, pytest.raises(StorageError, match="sedang dibuka program lain"):
        backup_to(demo_db, usb, NAME)
    assert not (usb / NAME).exists() and not checksum_path(usb / NAME).exists()


@pytest.mark.skipif(sys.platform != "win32", reason=ONLY_WINDOWS_LOCKS)
def test_a_leftover_copy_another_program_holds_is_left_alone(demo_db, usb):
    """An interrupted backup's temporary file, still open in another program: the next
    backup writes beside it instead of into it."""
    leftover = usb / f".{NAME}.tmp"
    leftover.write_bytes(b"sisa pencadangan yang terputus")
    with held_by_another_process(leftover):
        path = backup_to(demo_db, usb, NAME)
        assert verify_file(path).ok
    assert leftover.read_bytes() == b"sisa pencadangan yang terputus"
    assert sorted(listing(usb)) == sorted([NAME, f"{NAME}.sha256", leftover.name])
