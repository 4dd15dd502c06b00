"""Raw SQL on a peewee handle, typed: what peewee's stub leaves unannotated, said once here;
and letting go of a caught error's statement."""

from __future__ import annotations

import sqlite3
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from peewee import SqliteDatabase


def execute_sql(handle: SqliteDatabase, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
    """Run one statement through peewee (which turns sqlite3's errors into its own, as a
    model query does) and return SQLite's cursor."""
    run: Callable[[str, Sequence[Any]], sqlite3.Cursor] = handle.execute_sql
    return run(sql, params)


def cursor(handle: SqliteDatabase) -> sqlite3.Cursor:
    """A plain cursor of the handle's connection (for executemany)."""
    make: Callable[[], sqlite3.Cursor] = handle.cursor
    return make()


def release_statement(error: BaseException) -> None:
    """Let go of what a caught SQLite error still holds: its traceback's frames keep the
    failed statement's cursor, and while a statement lives SQLite keeps its connection, and so
    the database's files, open even after close() (on Windows the file can then be neither
    replaced nor deleted). peewee's re-raise leaves the error in a reference cycle that only
    the garbage collector would end; the frames' locals are cleared here instead."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)
        current = current.__cause__ or current.__context__
