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
from pathlib import Path

from peewee import PeeweeException

from kinerja_desktop.storage import intake
from kinerja_desktop.storage.database import Database, open_database, sqlite_uri, translate_error
from kinerja_desktop.storage.server_copy import copy_table

PREFIX = "theirs_"


def table_name(table: str) -> str:
    """The temporary table holding the file's `table` (an SQL name)."""
    return f'pg_temp."{PREFIX}{table}"'


@contextlib.contextmanager
def loaded(db: Database, copy: Path) -> Iterator[list[str]]:
    """Load every table of the checked, upgraded copy `copy` (this app's latest schema, which
    is the server's) into this session's temporary tables, for the length of the block; yield
    the tables loaded. Rows go by COPY; each table is keyed by id and indexed by UUID, as the
    file is, so that the merge's joins look rows up instead of scanning."""
    file = open_database(copy, create=False)
    try:
        connection = file.handle.connection()
        tables = intake.copied_tables(intake.schema_of(connection))
        columns = {table: {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
                   for table in tables}
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
    except (sqlite3.Error, PeeweeException) as exc:
        if isinstance(exc, sqlite3.Error):
            raise translate_error(exc, copy) from exc
        raise
    finally:
        file.close()
    try:
        yield tables
    finally:
        with contextlib.suppress(Exception):  # the session's end drops them anyway
            with db.atomic():
                for table in tables:
                    db.execute_sql(f"DROP TABLE IF EXISTS {table_name(table)}")


def column_info(copy: Path, table: str) -> list[tuple[object, ...]]:
    """PRAGMA table_info of `table` in the copy (the server's schema is the same)."""
    with contextlib.closing(sqlite3.connect(sqlite_uri(copy, "mode=ro"), uri=True)) as con:
        return list(con.execute(f'PRAGMA table_info("{table}")'))


def foreign_keys(copy: Path, table: str) -> list[tuple[object, ...]]:
    """PRAGMA foreign_key_list of `table` in the copy."""
    with contextlib.closing(sqlite3.connect(sqlite_uri(copy, "mode=ro"), uri=True)) as con:
        return list(con.execute(f'PRAGMA foreign_key_list("{table}")'))
