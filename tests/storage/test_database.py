"""Opening the database: pragmas, refusing files that are not ours, creating and migrating."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import peewee
import pytest

from kinerja_desktop.errors import (DatabaseLockedError, DatabaseTooNewError, DiskFullError,
                                    NotOurDatabaseError, StorageError)
from kinerja_desktop.storage import migrations
from kinerja_desktop.storage.database import (APPLICATION_ID, BUSY_TIMEOUT_MS, inspect_file,
                                              open_database, translate_error)
from kinerja_desktop.storage.models import ALL_MODELS, Appointment, Official, Unit
from tests.helpers import schema

LATEST = migrations.LATEST_VERSION


def raw(path: Path, sql: str):
    """One query on a plain sqlite3 connection (as another program would open the file)."""
    with contextlib.closing(sqlite3.connect(path)) as con:
        result = con.execute(sql).fetchall()
        con.commit()
        return result


def snapshot(path: Path) -> tuple[bytes, int, list[str]]:
    """The file's bytes, its mtime and the files next to it, to prove nothing was written.

    Reading a WAL-mode file, even read-only, makes SQLite create its -shm index and an empty
    -wal next to it; those carry no data, so they are left out (an empty -wal is required).
    """
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "something was written to the WAL"
    return (path.read_bytes(), path.stat().st_mtime_ns,
            sorted(p.name for p in path.parent.iterdir()
                   if not p.name.endswith(("-shm", "-wal"))))


@pytest.fixture
def created(tmp_path) -> Path:
    """A database of ours, created and closed again."""
    path = tmp_path / "ours.db"
    open_database(path).close()
    return path


# A new file --------------------------------------------------------------------------------

def test_new_database_pragmas(tmp_path):
    path = tmp_path / "sub" / "folder" / "kinerja.db"  # missing folders are created
    db = open_database(path)
    try:
        pragma = lambda name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("busy_timeout") == BUSY_TIMEOUT_MS == 5000
        assert pragma("application_id") == APPLICATION_ID
        assert pragma("user_version") == LATEST
        assert db.schema_version() == LATEST
        assert db.path == path
    finally:
        db.close()
    assert path.exists()
    assert raw(path, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert raw(path, "PRAGMA user_version") == [(LATEST,)]
    assert raw(path, "PRAGMA journal_mode") == [("wal",)]  # WAL is persistent in the file


def test_application_id_spells_knjd():
    assert APPLICATION_ID.to_bytes(4, "big") == b"KNJD"


def test_empty_zero_byte_file_is_initialised(tmp_path):
    path = tmp_path / "kosong.db"
    path.write_bytes(b"")
    db = open_database(path)
    try:
        assert db.schema_version() == LATEST
    finally:
        db.close()
    assert raw(path, "PRAGMA application_id") == [(APPLICATION_ID,)]
    tables = {r[0] for r in raw(path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"official", "appointment", "unit", "inauguration", "signatory", "setting",
            "roster_entry", "roster_search"} <= tables


def test_reopening_keeps_data(created):
    db = open_database(created)
    try:
        db.insert(Unit, name="Dinas Kominfo")
    finally:
        db.close()
    db = open_database(created, create=False)
    try:
        assert [u.name for u in db.select(Unit)] == ["Dinas Kominfo"]
        assert db.schema_version() == LATEST
    finally:
        db.close()


def test_missing_file_with_create_false(tmp_path):
    path = tmp_path / "tidak-ada.db"
    with pytest.raises(StorageError) as caught:
        open_database(path, create=False)
    assert "tidak ditemukan" in str(caught.value)
    assert not path.exists()


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(StorageError) as caught:
        open_database(tmp_path)
    assert "folder" in str(caught.value)


@pytest.mark.sqlite_only
def test_fts_search_table_when_available(db):
    sql = db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE name = 'roster_search'").fetchone()[0]
    assert db.fts == ("fts5" in sql)
    assert db.fts == migrations.fts5_trigram_available(db.handle)


# Files that are not ours are refused and left alone --------------------------------------------

@pytest.mark.parametrize("content", [
    b"nip;nama\n197001011990031002;Anas\n",
    b"PK\x03\x04 not a database at all",
    b"x",
    b"SQLite format 2\x00" + b"\x00" * 200,
])
def test_non_sqlite_file_refused_unchanged(tmp_path, content):
    path = tmp_path / "pejabat.db"
    path.write_bytes(content)
    before = snapshot(path)
    with pytest.raises(NotOurDatabaseError) as caught:
        open_database(path)
    assert "bukan basis data Kinerja Desktop" in str(caught.value)
    assert snapshot(path) == before


def test_damaged_sqlite_file_refused_unchanged(tmp_path):
    path = tmp_path / "rusak.db"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(3000))
    before = snapshot(path)
    with pytest.raises(NotOurDatabaseError):
        open_database(path)
    assert snapshot(path) == before


def test_other_apps_sqlite_refused_unchanged(tmp_path):
    path = tmp_path / "aplikasi-lain.sqlite"
    raw(path, "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    raw(path, "INSERT INTO contacts (name) VALUES ('Budi')")
    before = snapshot(path)
    with pytest.raises(NotOurDatabaseError) as caught:
        open_database(path)
    assert "milik aplikasi lain" in str(caught.value)
    assert snapshot(path) == before
    assert raw(path, "SELECT name FROM contacts") == [("Budi",)]


def test_other_apps_sqlite_with_its_own_application_id_refused(tmp_path):
    path = tmp_path / "lain.db"
    raw(path, "PRAGMA application_id = 1234")
    raw(path, "CREATE TABLE t (x)")
    before = snapshot(path)
    with pytest.raises(NotOurDatabaseError):
        open_database(path)
    assert snapshot(path) == before


def test_newer_schema_refused_unchanged(created):
    raw(created, f"PRAGMA user_version = {LATEST + 1}")
    before = snapshot(created)
    with pytest.raises(DatabaseTooNewError) as caught:
        open_database(created)
    message = str(caught.value)
    assert f"versi data {LATEST + 1}" in message and "lebih baru" in message
    assert snapshot(created) == before


def test_inspect_file_reads_without_writing(created):
    before = snapshot(created)
    state = inspect_file(created)
    assert (state.exists, state.empty, state.application_id, state.user_version) == (
        True, False, APPLICATION_ID, LATEST)
    assert snapshot(created) == before
    missing = inspect_file(created.with_name("baru.db"))
    assert (missing.exists, missing.empty) == (False, True)


# Schema ----------------------------------------------------------------------------------

def test_foreign_keys_enforced(db):
    with pytest.raises(peewee.IntegrityError):
        db.execute_sql(
            "INSERT INTO appointment (uuid, created_at, modified_at, official_id, post_title, "
            "unit_id) VALUES ('u1', '2019-06-14', '2019-06-14', 999, 'Kepala', 999)")
    unit_id = db.insert(Unit, name="Dinas Kominfo")
    with pytest.raises(peewee.IntegrityError):
        db.insert(Appointment, official=12345, post_title="Kepala Dinas", unit=unit_id)
    assert db.select(Appointment).count() == 0


def test_appointment_cannot_end_before_it_starts(db):
    unit_id = db.insert(Unit, name="Dinas")
    official_id = db.insert(Official, nip="197001011990031002", name="A", sex="L",
                            birth_date="1970-01-01")
    with pytest.raises(peewee.IntegrityError):
        db.insert(Appointment, official=official_id, post_title="Kepala", unit=unit_id,
                  start_date="2019-06-14", end_date="2019-06-13")


def test_unit_names_unique_in_any_case(db):
    db.insert(Unit, name="Dinas Kominfo")
    with pytest.raises(peewee.IntegrityError):
        db.insert(Unit, name="DINAS KOMINFO")


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m._meta.table_name)
def test_schema_has_every_model_column(db, model):
    table = model._meta.table_name
    found = schema.columns(db, table)
    declared = {f.column_name: f for f in model._meta.sorted_fields}
    assert set(found) == set(declared), table
    for name, field in declared.items():
        notnull, pk = found[name]
        assert bool(pk) == field.primary_key, (table, name)
        if not field.primary_key:
            assert bool(notnull) == (not field.null), (table, name)


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m._meta.table_name)
def test_schema_foreign_keys_match_models(db, model):
    table = model._meta.table_name
    on_disk = schema.foreign_keys(db, table)
    declared = {(f.column_name, f.rel_model._meta.table_name, (f.on_delete or "NO ACTION"))
                for f in model._meta.sorted_fields if isinstance(f, peewee.ForeignKeyField)}
    assert on_disk == declared


# Migrations ------------------------------------------------------------------------------

def test_migration_list_is_ordered():
    versions = [m[0] for m in migrations.MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))
    assert LATEST == versions[-1]
    assert migrations.pending(LATEST) == []
    assert [m[0] for m in migrations.pending(0)] == versions


def test_migrations_from_zero_reach_latest(tmp_path):
    handle = peewee.SqliteDatabase(str(tmp_path / "bare.db"), pragmas={"foreign_keys": 1})
    handle.connect()
    try:
        assert handle.execute_sql("PRAGMA user_version").fetchone()[0] == 0
        assert migrations.run_migrations(handle, 0) == LATEST
        assert handle.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST
        assert handle.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1  # restored
        assert migrations.run_migrations(handle, LATEST) == LATEST  # nothing pending
    finally:
        handle.close()


def _failing_step(kind: str):
    def step(db, _migrator):
        db.execute_sql('CREATE TABLE "half_done" (x)')
        db.execute_sql('INSERT INTO "unit" (uuid, created_at, modified_at, name) '
                       "VALUES ('m', '2019-01-01', '2019-01-01', 'Dari migrasi')")
        if kind == "python":
            raise RuntimeError("langkah migrasi gagal")
        db.execute_sql("THIS IS NOT SQL")
    return step


@pytest.mark.parametrize("kind, error", [("python", RuntimeError), ("sql", StorageError)])
def test_failing_migration_rolls_back(created, monkeypatch, kind, error):
    before = raw(created, "SELECT name FROM unit")
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS",
                      migrations.MIGRATIONS + [(LATEST + 1, "gagal", _failing_step(kind))])
        patch.setattr(migrations, "LATEST_VERSION", LATEST + 1)
        with pytest.raises(error):
            open_database(created)
    assert raw(created, "PRAGMA user_version") == [(LATEST,)]
    assert raw(created, "SELECT name FROM sqlite_master WHERE name = 'half_done'") == []
    assert raw(created, "SELECT name FROM unit") == before == []
    # The file is still a good database of the current version.
    open_database(created).close()


def _fail(db, migrator):
    raise RuntimeError("langkah migrasi gagal")


def test_failing_first_migration_leaves_no_file(tmp_path, monkeypatch):
    path = tmp_path / "baru.db"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", [(1, "gagal", _fail)])
        with pytest.raises(RuntimeError):
            open_database(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # nor its -wal / -shm
    db = open_database(path)
    try:
        assert db.schema_version() == LATEST
    finally:
        db.close()


def test_failing_first_migration_on_an_empty_file_keeps_it_empty(tmp_path, monkeypatch):
    path = tmp_path / "kosong.db"
    path.write_bytes(b"")
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", [(1, "gagal", _fail)])
        with pytest.raises(RuntimeError):
            open_database(path)
    # The application id is written inside the failed transaction: never left half-marked.
    assert raw(path, "PRAGMA application_id") == [(0,)]
    assert raw(path, "PRAGMA user_version") == [(0,)]
    assert raw(path, "SELECT count(*) FROM sqlite_master") == [(0,)]
    open_database(path).close()
    assert raw(path, "PRAGMA application_id") == [(APPLICATION_ID,)]


# Errors the user can fix -------------------------------------------------------------------

@pytest.mark.parametrize("text, kind, fragment", [
    ("database is locked", DatabaseLockedError, "dipakai program lain"),
    ("database table is busy", DatabaseLockedError, "dipakai program lain"),
    ("database or disk is full", DiskFullError, "penuh"),
    ("attempt to write a readonly database", StorageError, "hanya-baca"),
    ("file is not a database", NotOurDatabaseError, "bukan basis data"),
    ("database disk image is malformed", NotOurDatabaseError, "rusak"),
    ("unable to open database file", StorageError, "tidak dapat dibuka"),
    ("something else", StorageError, "Kesalahan basis data"),
])
def test_translate_error(text, kind, fragment, tmp_path):
    error = translate_error(sqlite3.OperationalError(text), tmp_path / "x.db")
    assert type(error) is kind
    assert fragment in str(error) and "x.db" in str(error)


def test_locked_database_reported_as_locked(created, monkeypatch):
    monkeypatch.setattr("kinerja_desktop.storage.database.BUSY_TIMEOUT_MS", 50)
    with contextlib.closing(sqlite3.connect(created, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(DatabaseLockedError):
                db = open_database(created)
                try:
                    from kinerja_desktop.storage.official_repo import ensure_unit
                    with db.atomic():
                        ensure_unit(db, "Dinas X")
                finally:
                    db.close()
        finally:
            other.execute("ROLLBACK")


def test_an_address_given_as_a_files_name_is_refused_and_nothing_made(tmp_path, monkeypatch):
    """A server's address written out as text once became a folder 'postgresql:' holding a new
    database, with the password in the folder's name."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StorageError) as caught:
        open_database("postgresql://budi:rahasia@server/kinerja")
    assert str(caught.value) == "Alamat postgresql://… bukan berkas basis data."
    assert list(tmp_path.iterdir()) == []


def test_the_postgresql_driver_is_not_loaded_until_a_server_is_opened():
    """peewee imports psycopg when it is installed (about 150 ms, on every start of the app
    and of each command); storage hides it while peewee loads, and hands it over when a
    server is opened: a fresh process checks both."""
    import subprocess
    import sys
    code = (
        "import sys\n"
        "import kinerja_desktop.storage.database, kinerja_desktop.storage.models\n"
        "assert 'psycopg' not in sys.modules, 'psycopg loaded at start'\n"
        "import peewee\n"
        "assert peewee.psycopg is None\n"
        "from kinerja_desktop.storage.server import peewee_with_driver\n"
        "peewee_with_driver()\n"
        "import psycopg\n"
        "from psycopg.pq import TransactionStatus\n"
        "assert peewee.psycopg is psycopg\n"
        "assert peewee.Psycopg3Adapter.txn_idle == TransactionStatus.IDLE\n"
        "assert peewee.PostgresqlDatabase('x', prefer_psycopg3=True)._adapter.json_type "
        "is not None\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent.parent, timeout=120)
    assert done.returncode == 0, done.stderr
