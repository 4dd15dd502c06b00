"""Restoring a backup: checked before the live database is touched, swapped atomically, the
previous database kept in cadangan/sebelum-pulih, older schemas upgraded, newer ones refused."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from kinerja_desktop.errors import (DatabaseLockedError, DatabaseTooNewError, StorageError,
                                    WrongPassphraseError)
from kinerja_desktop.services import restore as restore_module
from kinerja_desktop.services.backup import make_backup
from kinerja_desktop.services.restore import (PassphraseRequiredError, RestoreError,
                                              RestoreLockedError, needs_passphrase, restore)
from kinerja_desktop.storage import migrations
from kinerja_desktop.storage.database import open_database
from tests.helpers.dump import dump_database, table_rows
from tests.helpers.open_files import held_by_another_process

# About SQLite files themselves: a restore replaces a database file.
pytestmark = pytest.mark.sqlite_only

LATEST = migrations.LATEST_VERSION


def put_setting(path: Path, key: str, value: str) -> None:
    db = open_database(path)
    try:
        with db.atomic():
            db.execute_sql('INSERT OR REPLACE INTO setting ("key", "value") VALUES (?, ?)',
                                  (key, value))
    finally:
        db.close()


def setting(path: Path, key: str):
    rows = table_rows(path, 'SELECT value FROM setting WHERE "key" = ?', (key,))
    return rows[0][0] if rows else None


@pytest.fixture
def live(demo_db) -> Path:
    """The live database (demo data), closed."""
    path = demo_db.path
    demo_db.close()
    return path


@pytest.fixture
def backup(tmp_path, live) -> Path:
    """A verified backup of the live database in a folder of its own (a USB stick)."""
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    db = open_database(live)
    try:
        return make_backup(db, folder).path
    finally:
        db.close()


def leftovers(folder: Path) -> list[str]:
    """Temp files restore might have left next to the live database."""
    return sorted(p.name for p in folder.iterdir()
                  if ".pulih-" in p.name or ".lama-" in p.name or p.name.endswith(".tmp"))


class Closer:
    """close_live: records that (and when) restore asked the app to close its connections."""

    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1


# The round trip ------------------------------------------------------------------------------

def test_backup_then_restore_gives_the_same_database(live, backup, private_data_dir):
    expected = dump_database(backup)
    put_setting(live, "diubah_setelah_cadangan", "ya")  # a change the restore must undo
    before = dump_database(live)
    assert before != expected
    closer = Closer()
    result = restore(live, backup, close_live=closer)
    assert closer.calls == 1
    assert dump_database(live) == expected
    assert setting(live, "diubah_setelah_cadangan") is None
    assert (result.schema_before, result.schema_after) == (LATEST, LATEST)
    assert result.counts["official"] == len(expected["official"])
    # The database as it was before is kept, verified, in cadangan/sebelum-pulih.
    copy = result.pre_restore_copy
    assert copy is not None and copy.is_file()
    assert copy.parent == private_data_dir / "cadangan" / "sebelum-pulih"
    assert Path(f"{copy}.sha256").is_file()
    assert dump_database(copy) == before
    assert leftovers(live.parent) == []
    # The restored file opens as the app opens it, and is one file until then.
    assert not Path(f"{live}-wal").exists()
    db = open_database(live)
    try:
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        db.close()


def test_the_backup_file_is_not_changed_by_restoring(live, backup):
    data = backup.read_bytes()
    restore(live, backup)
    assert backup.read_bytes() == data
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name,
                                                               f"{backup.name}.sha256"]


def test_a_stale_wal_of_the_live_database_is_not_replayed_into_the_restored_one(live, backup):
    """The app left the live database with committed data in its -wal (close_live closes it);
    restore checkpoints that into the kept copy and removes the -wal before the swap."""
    expected = dump_database(backup)
    keep_open = open_database(live)
    with keep_open.atomic():
        keep_open.handle.execute_sql("PRAGMA wal_autocheckpoint = 0")
        keep_open.handle.execute_sql("INSERT INTO setting VALUES ('di_wal', '1')")
    assert Path(f"{live}-wal").stat().st_size > 0
    result = restore(live, backup, close_live=keep_open.close)
    assert dump_database(live) == expected
    assert setting(result.pre_restore_copy, "di_wal") == "1"  # kept in the copy, not lost


def test_restoring_where_there_is_no_database_yet(tmp_path, backup):
    target = tmp_path / "baru" / "kinerja.db"
    result = restore(target, backup)
    assert result.pre_restore_copy is None
    assert dump_database(target) == dump_database(backup)


def test_a_damaged_live_database_is_replaced_and_its_bytes_kept(live, backup):
    garbage = b"bukan basis data " * 500
    live.write_bytes(garbage)
    result = restore(live, backup)
    assert dump_database(live) == dump_database(backup)
    assert result.pre_restore_copy.read_bytes() == garbage


def test_encrypted_backup_round_trip(tmp_path, live):
    expected = dump_database(live)  # make_backup then records its time in the live database
    db = open_database(live)
    try:
        encrypted = make_backup(db, tmp_path, encrypt_passphrase="rahasia serang").path
    finally:
        db.close()
    put_setting(live, "setelah", "1")
    assert needs_passphrase(encrypted)
    before = dump_database(live)
    with pytest.raises(PassphraseRequiredError, match="terenkripsi"):
        restore(live, encrypted)
    with pytest.raises(WrongPassphraseError):
        restore(live, encrypted, passphrase="salah")
    assert dump_database(live) == before
    restore(live, encrypted, passphrase="rahasia serang")
    assert dump_database(live) == expected
    assert leftovers(live.parent) == []


# Schemas ---------------------------------------------------------------------------------------

def test_an_older_schema_backup_is_upgraded(tmp_path, live, monkeypatch):
    old = tmp_path / "lama" / "kinerja-v3.kinerja"
    old.parent.mkdir()
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:3])
        db = open_database(old)
        try:
            assert db.schema_version() == 3
            with db.atomic():
                db.execute_sql("INSERT INTO setting VALUES ('dari_versi', '3')")
            db.execute_sql("PRAGMA journal_mode = DELETE")
        finally:
            db.close()
    old_bytes = old.read_bytes()
    result = restore(live, old)
    assert (result.schema_before, result.schema_after) == (3, LATEST)
    assert table_rows(live, "PRAGMA user_version") == [(LATEST,)]
    assert setting(live, "dari_versi") == "3"
    assert table_rows(live, "PRAGMA integrity_check") == [("ok",)]
    assert old.read_bytes() == old_bytes  # upgraded on the local copy, not the backup
    assert dump_database(result.pre_restore_copy)["official"]  # the demo data kept aside


def test_a_newer_schema_backup_is_refused(tmp_path, live, backup):
    newer = tmp_path / "baru.kinerja"
    newer.write_bytes(backup.read_bytes())
    with contextlib.closing(sqlite3.connect(newer)) as con:
        con.execute(f"PRAGMA user_version = {LATEST + 1}")
    before = dump_database(live)
    closer = Closer()
    with pytest.raises(DatabaseTooNewError, match="dibuat oleh versi aplikasi yang lebih baru"):
        restore(live, newer, close_live=closer)
    assert closer.calls == 0  # the app keeps working on its database
    assert dump_database(live) == before
    assert leftovers(live.parent) == []


# Bad files never touch the live database --------------------------------------------------------

def corrupt_pages(path: Path) -> None:
    """Overwrite the b-tree pages after the first two with garbage."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(2 * page, min(len(data), 12 * page), page):
        data[offset:offset + page] = bytes([0x5A]) * page
    path.write_bytes(bytes(data))


BAD_FILES = {
    "rusak": lambda b: corrupt_pages(b),
    "terpotong": lambda b: b.write_bytes(b.read_bytes()[: b.stat().st_size // 2]),
    "kepala-saja": lambda b: b.write_bytes(b.read_bytes()[:60]),
    "kosong": lambda b: b.write_bytes(b""),
    "teks": lambda b: b.write_text("nip,nama\n1,Budi\n"),
}


@pytest.mark.parametrize("damage", sorted(BAD_FILES))
@pytest.mark.parametrize("with_checksum", [True, False], ids=["dengan-sha256", "tanpa-sha256"])
def test_a_bad_file_is_refused_and_the_live_database_unchanged(live, backup, damage,
                                                               with_checksum, private_data_dir):
    if not with_checksum:
        Path(f"{backup}.sha256").unlink()
    BAD_FILES[damage](backup)
    before = dump_database(live)
    live_bytes = live.read_bytes()
    closer = Closer()
    with pytest.raises(StorageError) as caught:
        restore(live, backup, close_live=closer)
    message = str(caught.value)
    assert backup.name in message and "tidak diubah" in message or damage == "kosong"
    assert closer.calls == 0
    assert dump_database(live) == before
    assert live.read_bytes() == live_bytes
    assert leftovers(live.parent) == []
    assert not (private_data_dir / "cadangan" / "sebelum-pulih").exists()


def test_a_changed_backup_is_caught_by_its_checksum(live, backup):
    data = bytearray(backup.read_bytes())
    data[-1] ^= 0x01  # one bit of the last page: free space, SQLite would not notice
    backup.write_bytes(bytes(data))
    with pytest.raises(RestoreError, match="Kode pemeriksa") as caught:
        restore(live, backup)
    assert any("Kode pemeriksa" in p for p in caught.value.problems)


def test_another_apps_sqlite_file_is_refused(tmp_path, live):
    other = tmp_path / "lain.db"
    with contextlib.closing(sqlite3.connect(other)) as con:
        con.execute("CREATE TABLE pelanggan (id INTEGER)")
        con.commit()
    before = dump_database(live)
    with pytest.raises(RestoreError, match="aplikasi lain"):
        restore(live, other)
    assert dump_database(live) == before


def test_a_missing_backup_and_the_live_file_itself_are_refused(tmp_path, live):
    with pytest.raises(RestoreError, match="tidak ditemukan"):
        restore(live, tmp_path / "tidak-ada.kinerja")
    with pytest.raises(RestoreError, match="sedang dipakai"):
        restore(live, live)


# The swap --------------------------------------------------------------------------------------

def test_a_locked_live_file_is_retried_then_refused_cleanly(live, backup, monkeypatch):
    """Windows: an antivirus holds the file, os.replace raises PermissionError every time."""
    real_replace = os.replace
    attempts = []

    def locked_replace(src, dst, *args, **kwargs):
        if Path(dst) == live:
            attempts.append(Path(src))
            raise PermissionError(13, "Access is denied")
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", locked_replace)
    monkeypatch.setattr(restore_module, "RETRY_DELAYS", (0.0, 0.01, 0.0))
    put_setting(live, "setelah", "1")
    # Leave a -wal/-shm pair of the live database (the app still had it open), to see they
    # are put back when the swap fails.
    keep_open = open_database(live)
    keep_open.handle.execute_sql("SELECT count(*) FROM setting").fetchone()
    before = dump_database(live)
    keep_open.close()
    with pytest.raises(RestoreLockedError, match="dikunci program lain") as caught:
        restore(live, backup)
    assert "basis data tetap seperti semula" in str(caught.value)
    assert len(attempts) == 4  # once, then after each of the three delays
    assert dump_database(live) == before
    assert leftovers(live.parent) == []
    # Once the lock is gone it works.
    monkeypatch.setattr(os, "replace", real_replace)
    restore(live, backup)
    assert setting(live, "setelah") is None


@pytest.mark.skipif(sys.platform != "win32",
                    reason="only Windows refuses to replace a file another program has open")
def test_a_live_database_another_program_holds_open_is_left_as_it_was(live, backup,
                                                                      monkeypatch):
    """A real second process holds the live file open as Excel or a scanner does (read and
    write shared, deletion not): the swap is refused, plainly, and nothing changes."""
    monkeypatch.setattr(restore_module, "RETRY_DELAYS", (0.05, 0.1))
    put_setting(live, "setelah", "1")
    before = dump_database(live)
    with held_by_another_process(live):
        with pytest.raises(RestoreLockedError, match="dibuka dan dikunci program lain") as caught:
            restore(live, backup)
        message = str(caught.value)
        assert "basis data tetap seperti semula" in message and "Tutup program itu" in message
        assert dump_database(live) == before
    assert leftovers(live.parent) == []
    restore(live, backup)  # once it is let go, the restore works
    assert setting(live, "setelah") is None


def test_a_lock_that_clears_while_retrying_is_waited_for(live, backup, monkeypatch):
    real_replace = os.replace
    failures = [PermissionError(13, "Access is denied")] * 2

    def flaky_replace(src, dst, *args, **kwargs):
        if Path(dst) == live and failures:
            raise failures.pop()
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", flaky_replace)
    monkeypatch.setattr(restore_module, "RETRY_DELAYS", (0.0, 0.0, 0.0))
    restore(live, backup)
    assert not failures
    assert dump_database(live) == dump_database(backup)


def test_another_reader_of_the_live_database_stops_the_restore(live, backup):
    before = dump_database(live)
    with contextlib.closing(sqlite3.connect(live)) as other:
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM official").fetchall()  # holds a read snapshot
        app = open_database(live)
        with app.atomic():
            app.handle.execute_sql("PRAGMA wal_autocheckpoint = 0")
            app.handle.execute_sql("INSERT INTO setting VALUES ('baru', '1')")
        with pytest.raises(DatabaseLockedError, match="masih dipakai"):
            restore(live, backup, close_live=app.close)
        other.rollback()
    after = dump_database(live)
    assert after["official"] == before["official"]
    assert leftovers(live.parent) == []


# Progress ------------------------------------------------------------------------------------

def test_progress_names_each_step_in_order_with_the_live_database_closed_before_step_4(
        live, backup):
    heard: list[tuple[int, int, str, int]] = []
    closer = Closer()
    restore(live, backup, close_live=closer,
            progress=lambda done, total, text: heard.append((done, total, text, closer.calls)))
    name = backup.name
    assert heard == [
        (0, 5, "Menyalin cadangan ke disk lokal…", 0),
        (1, 5, f"Memeriksa '{name}'…", 0),
        (2, 5, f"Membangun ulang dan memeriksa isi '{name}'…", 0),
        (3, 5, "Menyimpan basis data sekarang sebagai salinan sebelum-pulih…", 1),
        (4, 5, "Mengganti basis data…", 1),
        (5, 5, "Basis data dipulihkan.", 1),
    ]


def test_progress_of_a_refused_backup_stops_at_the_check(live, tmp_path):
    bad = tmp_path / "rusak.kinerja"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = dump_database(live)
    heard: list[str] = []
    closer = Closer()
    with pytest.raises(StorageError):
        restore(live, bad, close_live=closer,
                progress=lambda _done, _total, text: heard.append(text))
    assert heard == ["Menyalin cadangan ke disk lokal…", "Memeriksa 'rusak.kinerja'…"]
    assert closer.calls == 0 and dump_database(live) == before
