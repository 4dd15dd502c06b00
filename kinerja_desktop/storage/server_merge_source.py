"""A PC's checked database file loaded into temporary tables of this server session, so that
a merge (storage/merge_repo) compares it with the server's data in SQL as it compares an
ATTACHed file with a PC's own: table T of the file becomes pg_temp."theirs_T".

Temporary tables are this session's alone (no other PC sees them, and no privilege beyond
TEMP is needed) and go with the session even when the program is killed; they are dropped
when the merge ends. They carry the file's rows only: no constraint but NOT NULL, no trigger,
so loading them writes nothing to the office's tables, its history or its announcements.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kinerja_desktop.storage import intake
from kinerja_desktop.storage.database import Database, open_database, translate_error
from kinerja_desktop.storage.server_copy import copy_table

PREFIX = "theirs_"


@dataclass(frozen=True)
class LoadedCopy:
    """The copy loaded, and its schema as read while loading it (the server's is the same):
    PRAGMA table_info and foreign_key_list rows per table."""

    path: Path
    columns: dict[str, list[tuple[object, ...]]]
    foreign_keys: dict[str, list[tuple[object, ...]]]


def table_name(table: str) -> str:
    """The temporary table holding the file's `table` (an SQL name)."""
    return f'pg_temp."{PREFIX}{table}"'


@contextlib.contextmanager
def loaded(db: Database, copy: Path) -> Iterator[LoadedCopy]:
    """Load every table of the checked, upgraded copy `copy` (this app's latest schema, which
    is the server's) into this session's temporary tables, for the length of the block; yield
    what was loaded. Rows go by COPY; each table is keyed by id and indexed by UUID, as the
    file is, so that the merge's joins look rows up instead of scanning."""
    file = open_database(copy, create=False)
    try:
        connection = file.handle.connection()
        tables = intake.copied_tables(intake.schema_of(connection))
        source = LoadedCopy(copy, _pragma(connection, "table_info", tables),
                            _pragma(connection, "foreign_key_list", tables))
        columns = {table: {row[1] for row in source.columns[table]} for table in tables}
        with db.atomic():
            for table in tables:
                name = table_name(table)
                db.execute_sql(f"DROP TABLE IF EXISTS {name}")  # left by a merge that failed
                db.execute_sql(f'CREATE TEMP TABLE "{PREFIX}{table}" (LIKE "{table}")')
                copy_table(db, file, table, name)
                if "id" in columns[table]:
                    db.execute_sql(f'ALTER TABLE {name} ADD PRIMARY KEY ("id")')
                if "uuid" in columns[table]:
                    db.execute_sql(f'CREATE INDEX ON {name} ("uuid")')
                if "entity" in columns[table]:
                    db.execute_sql(f'CREATE INDEX ON {name} ("entity", "uuid")')
                # Nobody analyses temporary tables but their session: without counts the
                # planner would take a province's file for a handful of rows.
                db.execute_sql(f"ANALYZE {name}")
    except sqlite3.Error as exc:  # reading the copy's schema; its rows come through peewee
        raise translate_error(exc, copy) from exc
    finally:
        file.close()
    try:
        yield source
    finally:
        with contextlib.suppress(Exception):  # the session's end drops them anyway
            with db.atomic():
                for table in tables:
                    db.execute_sql(f"DROP TABLE IF EXISTS {table_name(table)}")


def _pragma(connection: sqlite3.Connection, pragma: str,
            tables: list[str]) -> dict[str, list[tuple[object, ...]]]:
    """PRAGMA `pragma` of each table, as rows."""
    return {table: [tuple(row) for row in connection.execute(f'PRAGMA {pragma}("{table}")')]
            for table in tables}
