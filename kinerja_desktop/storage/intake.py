"""A database file from outside (a USB stick, another PC): read, never trusted.

The file is opened read-only and immutable (no -wal or -journal beside it is ever applied),
with `trusted_schema` off, and only its tables' rows are read. Its schema must equal, entry
by entry, what this app creates for the file's schema version; the database restore and merge
work on is then built by the app's own schema code (migrations.build_schema) and filled with
those rows, so that nothing but data ever crosses over: no trigger, view or index of the file
survives. The rows are then checked like user input (intake_rows).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from peewee import SqliteDatabase

from kinerja_desktop.storage import migrations
from kinerja_desktop.storage.database import sqlite_uri

# Derived tables (the roster list and its search index) are rebuilt, never copied; SQLite's own
# tables (sqlite_sequence, sqlite_stat1 …) are SQLite's business.
DERIVED_PREFIX = "roster_"
# A backup's manifest: its rows' counts and the hash of their canonical content, written into
# the backup file (so inside the encryption) and checked by verify; never part of a database.
MANIFEST_TABLE = "kinerja_manifest"
MANIFEST_SQL = (f'CREATE TABLE "{MANIFEST_TABLE}" ("key" VARCHAR(64) NOT NULL PRIMARY KEY, '
                f'"value" TEXT NOT NULL)')
BATCH = 500

Entry = tuple[str, str]  # (type, name)
Schema = dict[Entry, tuple[str, str | None]]  # -> (table it belongs to, its SQL)


class IntakeError(Exception):
    """The file is not one this app would have written; the message names the first reason."""


@contextlib.contextmanager
def untrusted(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that only reads `path` as it is on disk: immutable (no -wal or -journal
    beside it), query only, schema not trusted, cells size-checked."""
    con = sqlite3.connect(sqlite_uri(Path(path), "mode=ro&immutable=1"), uri=True,
                          isolation_level=None)
    try:
        for pragma in ("trusted_schema = OFF", "query_only = ON", "cell_size_check = ON",
                       "mmap_size = 0"):
            con.execute(f"PRAGMA {pragma}")
        yield con
    finally:
        con.close()


def schema_of(con: sqlite3.Connection) -> Schema:
    """Every entry of sqlite_master but SQLite's own."""
    return {(kind, name): (table, sql) for kind, name, table, sql in con.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master") if not name.startswith("sqlite_")
        or kind == "index" and name.startswith("sqlite_autoindex_")}


@lru_cache(maxsize=32)
def expected_schema(version: int, fts: bool) -> Schema | None:
    """The schema this app creates for `version` with (or without) the FTS5 search tables;
    None when this SQLite cannot build that variant (no FTS5 trigram here)."""
    db = SqliteDatabase(":memory:")
    token = migrations.SEARCH_WITH_FTS.set(fts)
    try:
        migrations.build_schema(db, version)
        return schema_of(db.connection())  # type: ignore[no-untyped-call]
    except Exception:  # noqa: BLE001 - the variant cannot be built on this SQLite
        return None
    finally:
        migrations.SEARCH_WITH_FTS.reset(token)
        db.close()


def _without_manifest(schema: Schema) -> tuple[Schema, bool]:
    entry = ("table", MANIFEST_TABLE)
    if entry in schema and schema[entry] == (MANIFEST_TABLE, MANIFEST_SQL):
        rest = dict(schema)
        del rest[entry]
        rest.pop(("index", f"sqlite_autoindex_{MANIFEST_TABLE}_1"), None)
        return rest, True
    return schema, False


def schema_difference(actual: Schema, version: int) -> str | None:
    """The first way `actual` differs from what this app creates for `version` (either search
    variant), in words; None when it is the same."""
    actual, _manifest = _without_manifest(actual)
    candidates = [s for s in (expected_schema(version, True), expected_schema(version, False))
                  if s is not None]
    if any(actual == expected for expected in candidates):
        return None
    # Name the difference against the variant closest to the file.
    expected = min(candidates, key=lambda s: len(set(s.items()) ^ set(actual.items())))
    # What the file added first (the likeliest harm), then what it changed, then what it lacks.
    for entry in sorted(set(actual) - set(expected)):
        kind, name = entry
        return f"ada {_KINDS.get(kind, kind)} '{name}' yang tidak dibuat oleh aplikasi ini"
    for entry in sorted(set(actual) & set(expected)):
        if actual[entry] != expected[entry]:
            kind, name = entry
            return f"definisi {_KINDS.get(kind, kind)} '{name}' berbeda dari buatan aplikasi ini"
    for entry in sorted(set(expected) - set(actual)):
        kind, name = entry
        return f"{_KINDS.get(kind, kind)} '{name}' tidak ada"
    return "skemanya berbeda dari buatan aplikasi ini"


_KINDS = {"table": "tabel", "index": "indeks", "trigger": "pemicu (trigger)", "view": "view"}


def copied_tables(schema: Schema) -> list[str]:
    """The tables whose rows cross over: every ordinary table but the derived ones."""
    return sorted(name for (kind, name), (_table, sql) in schema.items()
                  if kind == "table" and not name.startswith(DERIVED_PREFIX)
                  and name != MANIFEST_TABLE
                  and not (sql or "").upper().startswith("CREATE VIRTUAL"))


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]


def rebuild(source: Path, target: Path, version: int,
            progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Build `target` with this app's schema for `version` and fill it with the rows of
    `source` (whose schema must already have been compared); return the rows copied per
    table. The file is left at `version` for open_database to upgrade. The source is attached
    read-only and immutable and only its tables are read (INSERT … SELECT, all in SQLite)."""
    db = SqliteDatabase(str(target), pragmas={"foreign_keys": 0, "journal_mode": "delete"},
                        uri=True)
    try:
        db.connect()
        return fill(db, Path(source), version, progress)
    finally:
        db.close()


def fill(db: SqliteDatabase, theirs: sqlite3.Connection | Path, version: int,
         progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Create this app's schema for `version` in the empty `db` and copy the rows of every
    table from `theirs` (a file, attached; or a connection, read in batches) into it. The
    triggers are set aside while rows are copied (nothing is audited twice) and put back from
    the app's own schema."""
    migrations.build_schema(db, version)
    con: sqlite3.Connection = db.connection()  # type: ignore[no-untyped-call]
    triggers = [(name, sql) for name, sql in con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")]
    tables = copied_tables(schema_of(con))
    counts: dict[str, int] = {}
    attached = isinstance(theirs, Path)
    if isinstance(theirs, Path):
        con.execute("PRAGMA trusted_schema = OFF")
        con.execute("ATTACH DATABASE ? AS theirs", (sqlite_uri(theirs, "mode=ro&immutable=1"),))
    con.execute("BEGIN")
    try:
        for name, _sql in triggers:
            con.execute(f'DROP TRIGGER "{name}"')
        for table in tables:  # rows the migrations wrote (this dataset's own id …) go
            con.execute(f'DELETE FROM "{table}"')
        for table in tables:
            if progress is not None:
                progress(table)
            columns = _columns(con, table)
            names = ", ".join(f'"{c}"' for c in columns)
            if attached:
                con.execute(f'INSERT INTO main."{table}" ({names}) '
                            f'SELECT {names} FROM theirs."{table}"')
                counts[table] = con.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]
                continue
            insert = (f'INSERT INTO "{table}" ({names}) VALUES '
                      f'({", ".join("?" for _ in columns)})')
            cursor = theirs.execute(f'SELECT {names} FROM "{table}"')  # type: ignore[union-attr]
            total = 0
            while rows := cursor.fetchmany(BATCH):
                con.executemany(insert, rows)
                total += len(rows)
            counts[table] = total
        for _name, sql in triggers:
            con.execute(sql)
        con.execute(f"PRAGMA user_version = {int(version)}")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        if attached:
            con.execute("DETACH DATABASE theirs")
    return counts


def row_problems_of(theirs: sqlite3.Connection, version: int) -> list[str]:
    """The row checks of intake_rows on the rows of `theirs` (schema already compared), in a
    database built in memory: verify names bad rows without writing a file anywhere."""
    from kinerja_desktop.storage import intake_rows
    from kinerja_desktop.storage.database import Database
    memory = SqliteDatabase(":memory:", pragmas={"foreign_keys": 0})
    memory.register_function(lambda: "", "kinerja_actor", 0)
    try:
        memory.connect()
        fill(memory, theirs, version)
        migrations.run_migrations(memory, version)
        return intake_rows.row_problems(Database(Path(":memory:"), memory, False))
    finally:
        memory.close()


# The canonical content of a database's rows (a backup's manifest) -----------------------------

def content_digest(con: sqlite3.Connection, tables: list[str]) -> tuple[dict[str, int], str]:
    """Row counts of `tables` and the SHA-256 of their rows in rowid order, each row as its
    Python repr (typed: 1, 1.0, '1' and b'1' differ, as SQLite keeps them): a changed byte in
    any row changes it."""
    digest = hashlib.sha256()
    counts = {}
    for table in sorted(tables):
        digest.update(b"\x00table:" + table.encode())
        cursor = con.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        n = 0
        while rows := cursor.fetchmany(BATCH):
            for row in rows:
                digest.update(repr(row).encode("utf-8", "surrogatepass") + b"\x01")
            n += len(rows)
        counts[table] = n
    return counts, digest.hexdigest()


def write_manifest(path: Path) -> dict[str, object]:
    """Add the manifest to the backup copy at `path` (a plain file this app just wrote)."""
    con = sqlite3.connect(str(path), isolation_level=None)
    try:
        tables = copied_tables(schema_of(con))
        counts, digest = content_digest(con, tables)
        version = con.execute("PRAGMA user_version").fetchone()[0]
        manifest: dict[str, object] = {"versi_manifest": 1, "versi_data": version,
                                       "jumlah_baris": counts, "isi_sha256": digest}
        con.execute("BEGIN")
        con.execute(f'DROP TABLE IF EXISTS "{MANIFEST_TABLE}"')
        con.execute(MANIFEST_SQL)
        con.execute(f'INSERT INTO "{MANIFEST_TABLE}" VALUES (?, ?)',
                    ("manifest", json.dumps(manifest, sort_keys=True)))
        con.execute("COMMIT")
    finally:
        con.close()
    return manifest


def manifest_problem(con: sqlite3.Connection, name: str) -> tuple[str | None, bool]:
    """(what is wrong with the file's rows against its manifest, whether it has one); a file
    without one (written before manifests) is not wrong for that."""
    schema = schema_of(con)
    _rest, has = _without_manifest(schema)
    if ("table", MANIFEST_TABLE) in schema and not has:
        return f"Tabel manifest berkas '{name}' tidak sah.", True
    if not has:
        return None, False
    try:
        (text,) = con.execute(f'SELECT value FROM "{MANIFEST_TABLE}" WHERE key = '
                              f"'manifest'").fetchone()
        manifest = json.loads(text)
        recorded = (manifest["jumlah_baris"], manifest["isi_sha256"])
    except (TypeError, ValueError, KeyError, sqlite3.Error):
        return f"Manifest berkas '{name}' rusak.", True
    counts, digest = content_digest(con, copied_tables(schema))
    if recorded != (counts, digest):
        changed = sorted(t for t in set(counts) | set(recorded[0])
                         if counts.get(t) != recorded[0].get(t))
        where = f" (jumlah baris berbeda: {', '.join(changed)})" if changed else ""
        return (f"Isi berkas '{name}' tidak cocok dengan manifest di dalamnya{where}: berkas "
                f"berubah atau rusak setelah dicadangkan."), True
    return None, True
