"""Raw SQL on a peewee handle, typed: what peewee's stub leaves unannotated, said once here."""

from __future__ import annotations

import sqlite3
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
