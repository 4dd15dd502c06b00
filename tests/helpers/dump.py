"""Read a whole database back, to prove that an operation wrote nothing (or something): a
file by its path, or an open Database (a file's or a server's, read on a connection of its
own so that only committed data counts)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

Dump = dict[str, list[tuple]]


def _server_connection(db):
    """A separate connection to the server database `db` uses, set up as the app's are."""
    import psycopg

    from kinerja_desktop.storage.server_sql import configure
    options = dict(db.server.connect_options())
    if db.server.schema_path():
        options["options"] = f"-c search_path={db.server.schema_path()}"
    connection = psycopg.connect(**options, autocommit=True, cursor_factory=psycopg.ClientCursor)
    configure(connection)
    return connection


def _file(target) -> Path:
    return Path(target.path if hasattr(target, "handle") else target)


def _is_server(target) -> bool:
    return bool(getattr(target, "server", None))


def _columns_of(table: str, columns: str) -> str:
    """What a dump reads of a table. A search row is its text on every store: the filters a
    plain search table copies from roster_entry (schema 9; a server's, a file's without FTS5)
    are not in a file's FTS5 table (derived_tables checks them)."""
    return "rowid, search_text" if table == "roster_search" else columns


def _dump_server(db, include_derived: bool, include_audit: bool) -> Dump:
    from kinerja_desktop.storage.server_schema import META_TABLE
    with contextlib.closing(_server_connection(db)) as con:
        names = [row[0] for row in con.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "ORDER BY tablename").fetchall()]
        result: Dump = {}
        for name in names:
            if name == META_TABLE or (not include_derived and name.startswith("roster_")):
                continue
            if not include_audit and name == "audit_entry":
                continue
            rows = con.execute(f'SELECT {_columns_of(name, "*")} FROM "{name}"').fetchall()
            result[name] = sorted((tuple(r) for r in rows), key=repr)
        app_id, version = con.execute(
            f'SELECT application_id, version FROM "{META_TABLE}"').fetchone()
        result["pragma:user_version"] = [(version,)]
        result["pragma:application_id"] = [(app_id,)]
    return result


def dump_database(path, include_derived: bool = True,
                  include_audit: bool = True) -> Dump:
    """Every row of every table (sorted), plus the schema pragmas, read on a separate
    connection so that only committed data counts. include_audit=False leaves out the audit
    history, which rightly grows when an undo puts deleted rows back exactly.

    A backup's manifest table is skipped (it describes the rows; it is not one of them).
    FTS5 shadow tables are skipped (their layout depends on merge history, not on the data);
    each full-text table is read through its virtual table instead, with its rowid.
    """
    if _is_server(path):
        return _dump_server(path, include_derived, include_audit)
    uri = _file(path).resolve().as_uri() + "?mode=ro"
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
            columns = _columns_of(name, "rowid, *" if name in virtual else "*")
            rows = con.execute(f'SELECT {columns} FROM "{name}"').fetchall()
            result[name] = sorted(rows, key=repr)
        for pragma in ("user_version", "application_id"):
            result[f"pragma:{pragma}"] = [con.execute(f"PRAGMA {pragma}").fetchone()]
    return result


def table_rows(path, sql: str, params: tuple = ()) -> list[tuple]:
    """Run one read-only query (SQLite's placeholders) on a database file, or on an open
    Database's own store through a connection of its own."""
    if _is_server(path):
        from kinerja_desktop.storage.server_sql import translate
        with contextlib.closing(_server_connection(path)) as server:
            return [tuple(r) for r in server.execute(translate(sql), params).fetchall()]
    uri = _file(path).resolve().as_uri() + "?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as con:
        return con.execute(sql, params).fetchall()


def derived_tables(db) -> Dump:
    """The rebuildable roster tables of an open Database, sorted. With FTS5, the word index is
    read back term by term (fts5vocab), so that an index drifting from its text shows."""
    entries = db.handle.execute_sql("SELECT * FROM roster_entry ORDER BY official_id").fetchall()
    # A plain search table (a server's, a file's without FTS5) holds the filters too.
    search = db.handle.execute_sql(
        "SELECT rowid, search_text FROM roster_search ORDER BY rowid" if db.fts else
        "SELECT * FROM roster_search ORDER BY rowid").fetchall()
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
