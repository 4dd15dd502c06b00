"""Read a whole database file back, to prove that an operation wrote nothing (or something)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

Dump = dict[str, list[tuple]]


def dump_database(path: str | Path, include_derived: bool = True) -> Dump:
    """Every row of every table (sorted), plus the schema pragmas, read on a separate
    connection so that only committed data counts.

    The FTS5 shadow tables are skipped (their layout depends on merge history, not on the
    data); the search table itself is read through its virtual table instead.
    """
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as con:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'roster_search_%' ORDER BY name")]
        result: Dump = {}
        for name in names:
            if not include_derived and name in ("roster_entry", "roster_search"):
                continue
            columns = "rowid, *" if name == "roster_search" else "*"
            rows = con.execute(f'SELECT {columns} FROM "{name}"').fetchall()
            result[name] = sorted(rows, key=repr)
        for pragma in ("user_version", "application_id"):
            result[f"pragma:{pragma}"] = [con.execute(f"PRAGMA {pragma}").fetchone()]
    return result


def table_rows(path: str | Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Run one read-only query on a database file."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as con:
        return con.execute(sql, params).fetchall()


def derived_tables(db) -> Dump:
    """The rebuildable roster tables of an open Database, sorted."""
    entries = db.handle.execute_sql("SELECT * FROM roster_entry ORDER BY official_id").fetchall()
    search = db.handle.execute_sql(
        "SELECT rowid, search_text FROM roster_search ORDER BY rowid").fetchall()
    return {"roster_entry": [tuple(r) for r in entries],
            "roster_search": [tuple(r) for r in search]}
