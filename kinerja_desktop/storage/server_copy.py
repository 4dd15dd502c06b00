"""Rows between a server and a database file: the server's data written out as a PC's file
(a backup from the server, "Bawa pulang"), and a PC's file loaded into an empty server."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import peewee
from peewee import IntegrityError, PeeweeException, SqliteDatabase

from kinerja_desktop.errors import StorageError
from kinerja_desktop.storage import intake, roster_repo
from kinerja_desktop.storage.database import (Database, current_operator, open_database,
                                              translate_error)
from kinerja_desktop.storage.server_sql import (configure, first_line, sqlstate,
                                                translate_server_error)

BATCH = 2000  # rows per fetch and per COPY flush
# peewee's translation of a driver's errors into its own (IntegrityError …).
_PEEWEE_ERRORS = getattr(peewee, "__exception_wrapper__")  # noqa: B009 - not in the stubs


@contextlib.contextmanager
def snapshot(db: Database) -> Iterator[Any]:
    """A connection of its own to db's server, reading one consistent snapshot (REPEATABLE
    READ, read-only): what others save meanwhile is in the next copy, never half in this."""
    import psycopg
    assert db.server is not None
    from kinerja_desktop.storage.server import connection_apart
    connection = connection_apart(db.server, cursor_factory=psycopg.ClientCursor)
    try:
        configure(connection)
        connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        yield connection
    finally:
        connection.close()  # the read-only transaction ends with it


def export_to_file(db: Database, target: Path,
                   progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Write the server's data to `target`, a new database file exactly as a PC's (the same
    schema, the same rows; the derived roster tables rebuilt); the rows copied per table.
    `target` must not exist; on any failure it is removed again."""
    if db.server is None:
        raise StorageError("Salinan dari server hanya untuk basis data di server.")
    import psycopg
    if target.exists():
        raise StorageError(f"Berkas '{target}' sudah ada; salinan dari server tidak menimpa "
                           f"berkas.")
    file = SqliteDatabase(str(target), pragmas={"foreign_keys": 0, "journal_mode": "delete"})
    file.register_function(current_operator, "kinerja_actor", 0)
    try:
        with snapshot(db) as server:
            try:
                file.connect()
                # The server's own version: an export before its schema is upgraded is of
                # the data as they are (opened below, the file is upgraded as a PC's is).
                counts = intake.fill(file, server, db.schema_version(), progress)
            except (sqlite3.Error, PeeweeException, psycopg.Error) as exc:
                if sqlstate(exc) or isinstance(exc, psycopg.Error):  # the server's side
                    raise translate_server_error(exc, db.location) from None
                raise translate_error(exc, target) from exc
            finally:
                file.close()
        copy = open_database(target, create=False)
        try:
            roster_repo.refresh_all(copy)
        finally:
            copy.close()
    except BaseException:
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm"),
                         Path(f"{target}-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return counts


def _server_tables(db: Database) -> set[str]:
    return {name for (name,) in db.execute_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}


def is_empty(db: Database) -> bool:
    """True when the server holds no record yet (only what a new schema starts with)."""
    return not any(db.execute_sql(f'SELECT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0]
                   for table in ("official", "unit", "signatory", "program", "evaluation"))


def load_into_empty_server(db: Database, source: Path,
                           progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Copy every row of the checked database file `source` (this app's latest schema: open
    it with open_database first, which migrates an older one) into the server, which must
    hold no records yet; one transaction: everything or nothing. Rows go by COPY, not one
    statement per row; the triggers are set aside meanwhile (the history is copied as it
    is, not written again), and the derived roster tables are rebuilt."""
    if db.server is None:
        raise StorageError("Muat ke server hanya untuk basis data di server.")
    counts: dict[str, int] = {}
    file = open_database(source, create=False)
    try:
        return _load(db, file, counts, progress)
    except IntegrityError as exc:
        raise StorageError(f"Berkas '{source.name}' memuat baris yang saling bertentangan "
                           f"({first_line(exc)}); server tidak diubah.") from exc
    finally:
        file.close()


def _load(db: Database, file: Database, counts: dict[str, int],
          progress: Callable[[str], None] | None) -> dict[str, int]:
    """load_into_empty_server's copy, in one transaction."""
    tables = intake.copied_tables(intake.schema_of(file.handle.connection()))
    missing = set(tables) - _server_tables(db)
    if missing:
        raise StorageError("Skema server tidak memuat tabel " + ", ".join(sorted(missing)))
    with db.atomic():
        if not is_empty(db):
            raise StorageError(f"Server ({db.location}) sudah berisi data; berkas hanya "
                               f"dimuat ke server yang masih kosong. Gunakan penggabungan "
                               f"(merge) untuk menambahkan data ke server yang berisi.")
        names = ", ".join(f'"{table}"' for table in tables)
        db.execute_sql(f"LOCK TABLE {names} IN ACCESS EXCLUSIVE MODE")
        db.execute_sql("SET CONSTRAINTS ALL DEFERRED")  # checked once all rows are in
        for table in tables:
            db.execute_sql(f'ALTER TABLE "{table}" DISABLE TRIGGER USER')
            db.execute_sql(f'DELETE FROM "{table}"')  # the new schema's own dataset id
        for table in tables:
            if progress is not None:
                progress(table)
            counts[table] = copy_table(db, file, table)
        # The relations are checked here, while the triggers are still set aside (no table
        # with checks pending can be altered).
        db.execute_sql("SET CONSTRAINTS ALL IMMEDIATE")
        for table in tables:
            db.execute_sql(f'ALTER TABLE "{table}" ENABLE TRIGGER USER')
        db.ids_written([t for t in tables if _has_identity(db, t)])
        roster_repo.refresh_all(db)
    db.refresh_statistics([*tables, "roster_entry", "roster_search"])
    return counts


def _has_identity(db: Database, table: str) -> bool:
    return bool(db.execute_sql(
        "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = ? AND column_name = 'id' AND is_identity = 'YES'", (table,))
        .fetchone())


def copy_table(db: Database, file: Database, table: str, target: str | None = None) -> int:
    """Every row of `table` in the database file `file` into the server's table of that name
    (or the table `target`, an SQL name) by COPY, BATCH rows a fetch; the rows copied."""
    columns = [row[1] for row in file.execute_sql(f'PRAGMA table_info("{table}")')]
    names = ", ".join(f'"{c}"' for c in columns)
    into = target or f'"{table}"'
    reader = file.execute_sql(f'SELECT {names} FROM "{table}"')
    total = 0
    with _PEEWEE_ERRORS, db.handle.cursor() as cursor, cursor.copy(
            f"COPY {into} ({names}) FROM STDIN") as copy:
        while rows := reader.fetchmany(BATCH):
            for row in rows:
                copy.write_row(row)
            total += len(rows)
    return total
