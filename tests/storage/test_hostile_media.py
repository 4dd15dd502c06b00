"""Read-only USB sticks and full disks: clear messages, nothing half-written."""

from __future__ import annotations

import os

import pytest

from kinerja_desktop.errors import DiskFullError, StorageError
from kinerja_desktop.services import roster_io
from kinerja_desktop.storage import database as database_module
from kinerja_desktop.storage.database import open_database
from tests.helpers.dump import dump_database
from tests.helpers.read_only import read_only_folder, skip_unless_read_only


def test_read_only_location_is_named_plainly(tmp_path, monkeypatch):
    stick = tmp_path / "usb"
    stick.mkdir()
    real_access = os.access
    monkeypatch.setattr(database_module.os, "access",
                        lambda p, mode: False if mode == os.W_OK and str(p).startswith(str(stick))
                        else real_access(p, mode))
    with pytest.raises(StorageError, match="hanya-baca"):
        open_database(stick / "kinerja.db")
    assert list(stick.iterdir()) == []


def test_read_only_location_refused_by_the_system(tmp_path):
    """Made read-only as the system does it (on Windows the folder's access list, which
    os.access() does not read), not by a patched check."""
    stick = tmp_path / "usb"
    stick.mkdir()
    with read_only_folder(stick):
        skip_unless_read_only(stick)
        with pytest.raises(StorageError, match="hanya-baca"):
            open_database(stick / "kinerja.db")
    assert list(stick.iterdir()) == []


@pytest.mark.sqlite_only  # the disk the database file is on
def test_disk_full_during_import_is_a_clear_error_and_changes_nothing(tmp_path, demo_db):
    rows = ["nip;nama;jabatan;unit_kerja"]
    rows += [f"19750505200001{1 + n % 2}{n:03d};Pegawai Nomor {n};Kepala Seksi {n};"
             f"Dinas Percobaan {n}" for n in range(1, 900)]
    source = tmp_path / "besar.csv"
    source.write_text("\n".join(rows), encoding="utf-8")
    before = dump_database(demo_db)
    pages = demo_db.execute_sql("PRAGMA page_count").fetchone()[0]
    # SQLite reports a database that may not grow exactly like a full disk (SQLITE_FULL).
    demo_db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(DiskFullError, match="penuh"):
        roster_io.import_roster(demo_db, source)
    demo_db.execute_sql("PRAGMA max_page_count = 1073741823")
    assert dump_database(demo_db) == before


def test_export_to_a_read_only_folder_leaves_no_file(tmp_path, demo_db, monkeypatch):
    target = tmp_path / "daftar.csv"

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Read-only file system")
    monkeypatch.setattr(type(target), "open", refuse)
    with pytest.raises(Exception, match="tidak dapat ditulis"):
        roster_io.export_roster(demo_db, target)
    assert not target.exists()


def test_refusing_a_newer_file_leaves_nothing_beside_it(tmp_path):
    import sqlite3

    from kinerja_desktop.errors import DatabaseTooNewError
    from kinerja_desktop.storage.migrations import APPLICATION_ID, LATEST_VERSION
    path = tmp_path / "baru.kinerja"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = wal")
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    con.execute("CREATE TABLE x (a)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="lebih baru"):
        open_database(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baru.kinerja"]
    assert path.read_bytes() == before


def test_pending_wal_is_read_through_sqlite(tmp_path):
    """A file whose last commit is still in its WAL (a crash) is judged by SQLite, not the
    stale header."""
    import sqlite3

    from kinerja_desktop.errors import DatabaseTooNewError
    from kinerja_desktop.storage.migrations import APPLICATION_ID, LATEST_VERSION
    path = tmp_path / "crash.kinerja"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = wal")
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("CREATE TABLE x (a)")
    con.commit()
    con.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")  # only in the WAL
    con.commit()
    assert int.from_bytes(path.read_bytes()[60:64], "big") != LATEST_VERSION + 1
    with pytest.raises(DatabaseTooNewError):
        open_database(path)
    con.close()
