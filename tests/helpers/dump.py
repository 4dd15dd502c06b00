"""Read a whole database file back, to prove that an operation wrote nothing (or something)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

Dump = dict[str, list[tuple]]


def dump_database(path: str | Path, include_derived: bool = True,
                  include_audit: bool = True) -> Dump:
    """Every row of every table (sorted), plus the schema pragmas, read on a separate
    connection so that only committed data counts. include_audit=False leaves out the audit
    history, which rightly grows when an undo puts deleted rows back exactly.

    A backup's manifest table is skipped (it describes the rows; it is not one of them).
    FTS5 shadow tables are skipped (their layout depends on merge history, not on the data);
    each full-text table is read through its virtual table instead, with its rowid.
    """
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as con:
        tables = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                             "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
        virtual = [name for name, sql in tables if sql.upper().startswith("CREATE VIRTUAL")]
        result: Dump = {}
        for name, _sql in tables:
            if any(name.startswith(f"{v}_") for v in virtual):
                continue
            if not include_derived and name.startswith("roster_"):
                continue
            if not include_audit and name == "audit_entry":
                continue
            if name == "kinerja_manifest":  # a backup's own check of its rows, not data
                continue
            columns = "rowid, *" if name in virtual else "*"
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
    """The rebuildable roster tables of an open Database, sorted. With FTS5, the word index is
    read back term by term (fts5vocab), so that an index drifting from its text shows."""
    entries = db.handle.execute_sql("SELECT * FROM roster_entry ORDER BY official_id").fetchall()
    search = db.handle.execute_sql(
        "SELECT rowid, search_text FROM roster_search ORDER BY rowid").fetchall()
    result = {"roster_entry": [tuple(r) for r in entries],
              "roster_search": [tuple(r) for r in search]}
    if db.fts:
        db.handle.execute_sql('CREATE VIRTUAL TABLE temp."words_vocab" '
                              "USING fts5vocab(main, roster_words, instance)")
        try:
            result["roster_words"] = sorted(tuple(r) for r in db.handle.execute_sql(
                'SELECT term, doc, col, "offset" FROM temp."words_vocab"'))
        finally:
            db.handle.execute_sql('DROP TABLE temp."words_vocab"')
    return result
