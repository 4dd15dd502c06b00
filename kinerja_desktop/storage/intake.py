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
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from peewee import SqliteDatabase

from kinerja_desktop.storage import migrations
from kinerja_desktop.storage.database import Database, sqlite_uri

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
    candidates = []
    for fts in (True, False):  # the second variant is built only when the first differs
        expected = expected_schema(version, fts)
        if expected is None:
            continue
        if actual == expected:
            return None
        candidates.append(expected)
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
        _attached_is(con, theirs)
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


def _attached_is(con: sqlite3.Connection, source: Path) -> None:
    """Refuse to go on unless `theirs` is `source` itself: on a connection not opened with
    uri=True, SQLite would have taken the URI as a file name (a new, empty database)."""
    files = {name: file for _seq, name, file in con.execute("PRAGMA database_list")}
    found = files.get("theirs") or ""
    if not (found and os.path.exists(found) and os.path.samefile(found, source)):
        raise RuntimeError("fill needs a connection opened with uri=True")


def row_problems_of(source: Path, version: int, scratch: Path | None = None) -> list[str]:
    """The row checks of intake_rows on the rows of the file `source` (schema already
    compared), in a database built at `scratch` (a temporary file of the caller's, removed
    here with its journal; None: in memory, for a small file): verify names bad rows in
    bounded memory, whatever the file's size, and writes nothing a user would see. The file
    is read as `fill` reads it (attached read-only and immutable; the rows copied within
    SQLite)."""
    where = ":memory:" if scratch is None else str(scratch)
    # A scratch copy: no journal, no fsync (nothing of it is kept).
    # uri=True: fill ATTACHes the file by a file: URI (read-only, immutable), which SQLite
    # reads as one only on a connection opened with URIs (Windows' SQLite is not built to
    # read them everywhere: there the name was taken literally and could not be opened).
    memory = SqliteDatabase(where, pragmas={"foreign_keys": 0, "journal_mode": "off",
                                            "synchronous": 0}, uri=True)
    memory.register_function(lambda: "", "kinerja_actor", 0)
    try:
        memory.connect()
        fill(memory, Path(source), version)
        migrations.run_migrations(memory, version)
        return row_problems(Database(Path(where), memory, False))
    finally:
        memory.close()
        if scratch is not None:
            for suffix in ("", "-journal", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    Path(f"{scratch}{suffix}").unlink(missing_ok=True)


def row_problems(db: Database) -> list[str]:
    """intake_rows.row_problems with every batch it reads held to READ_LIMIT bytes: it reads
    rows 200 at a time, and 200 evidence files of up to 20 MB would not fit in an office
    PC's memory."""
    from kinerja_desktop.storage import intake_rows
    return intake_rows.row_problems(_BoundedReads(db.path, db.handle, db.fts))


READ_LIMIT = 4 << 20  # bytes of values one fetchmany returns at most (one row may hold more)


class _BoundedCursor:
    """A cursor whose fetchmany(n) stops early once its rows hold READ_LIMIT bytes; the rest
    is the cursor's own."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    def fetchmany(self, size: int | None = None) -> list[Any]:
        wanted = self._cursor.arraysize if size is None else size
        rows: list[Any] = []
        held = 0
        while len(rows) < wanted and held < READ_LIMIT:
            row = self._cursor.fetchone()
            if row is None:
                break
            rows.append(row)
            held += sum(len(v) for v in row if isinstance(v, (bytes, str)))
        return rows

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


class _BoundedReads(Database):
    """The database as it is, its raw queries' batches bounded (_BoundedCursor)."""

    def execute_sql(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return cast(sqlite3.Cursor, _BoundedCursor(super().execute_sql(sql, params)))


# The canonical content of a database's rows (a backup's manifest) -----------------------------

# Version 2 (issue 19): as version 1, but a BLOB value (an evidence file, a scanned signature)
# enters as its length and SHA-256 instead of its repr (4 bytes of text per byte, 20x slower
# to make than the hash), and a table holding BLOB columns is read one row at a time, so an
# evidence file is in memory once and alone. Version 1 (every value as repr) is still
# checked in the manifests of earlier backups.
MANIFEST_VERSION = 2
DigestProgress = Callable[[int, int], None]  # (rows done, rows in all)


def content_digest(con: sqlite3.Connection, tables: list[str], version: int = 1,
                   progress: DigestProgress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> tuple[dict[str, int], str]:
    """Row counts of `tables` and the SHA-256 of their rows in rowid order, each row as its
    Python repr (typed: 1, 1.0, '1' and b'1' differ, as SQLite keeps them): a changed byte in
    any row changes it. `version` 2 puts a BLOB value in as ('blob', length, SHA-256) (no
    SQLite value has a tuple's repr, so the text stays unambiguous). `progress` hears rows;
    `cancelled` is asked between batches (OperationCancelled)."""
    if version not in (1, 2):
        raise ValueError(f"versi manifest {version} tidak dikenal")
    from kinerja_desktop.errors import OperationCancelled
    tables = sorted(tables)
    total = sum(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables) \
        if progress is not None else 0
    digest = hashlib.sha256()
    counts = {}
    done = 0
    for table in tables:
        digest.update(b"\x00table:" + table.encode())
        cursor = con.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        # Rows with files in them come one at a time: memory holds one file, not a batch.
        batch = 1 if _has_blob_column(con, table) else BATCH
        n = 0
        while rows := cursor.fetchmany(batch):
            if cancelled is not None and cancelled():
                raise OperationCancelled("Dibatalkan.")
            # "repr\x01" per row, a batch at a time: the same bytes as row by row.
            text = "\x01".join(map(repr, rows))
            # A file's repr starts b' or b": only such a batch can hold one (a text may
            # also show these two characters; the batch is then looked at value by value).
            if version == 2 and ("b'" in text or 'b"' in text) and any(
                    type(v) is bytes for row in rows for v in row):
                text = "\x01".join(repr(tuple(_blob_ref(v) if type(v) is bytes else v
                                               for v in row)) for row in rows)
            digest.update(text.encode("utf-8", "surrogatepass") + b"\x01")
            n += len(rows)
            if progress is not None:
                progress(done + n, total)
        counts[table] = n
        done += n
    return counts, digest.hexdigest()


def _blob_ref(value: bytes) -> tuple[str, int, str]:
    return ("blob", len(value), hashlib.sha256(value).hexdigest())


def _has_blob_column(con: sqlite3.Connection, table: str) -> bool:
    return any("BLOB" in str(row[2]).upper() for row in
               con.execute(f'PRAGMA table_info("{table}")'))


# The manifest's row keeps one size from the moment it is reserved (spaces after the JSON), so
# writing the real one rewrites that row's bytes in place: the file's structure, checked in
# between, is the final file's.
MANIFEST_CHARS = 8192


def _padded(manifest: dict[str, object]) -> str:
    text = json.dumps(manifest, sort_keys=True)
    return text + " " * (MANIFEST_CHARS - len(text))  # JSON allows the trailing spaces


def reserve_manifest(path: Path) -> None:
    """Add the manifest table to the backup copy at `path` with a row of the final size (a
    placeholder that no check accepts: it has no counts and no hash)."""
    con = sqlite3.connect(str(path), isolation_level=None)
    try:
        con.execute("BEGIN")
        con.execute(f'DROP TABLE IF EXISTS "{MANIFEST_TABLE}"')
        con.execute(MANIFEST_SQL)
        con.execute(f'INSERT INTO "{MANIFEST_TABLE}" VALUES (?, ?)',
                    ("manifest", _padded({"versi_manifest": MANIFEST_VERSION})))
        con.execute("COMMIT")
    finally:
        con.close()


def compute_manifest(path: Path, progress: DigestProgress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> dict[str, object]:
    """The manifest of the copy at `path`, read (only read: another connection may check the
    file meanwhile) once."""
    with contextlib.closing(sqlite3.connect(sqlite_uri(Path(path), "mode=ro"), uri=True,
                                            isolation_level=None)) as con:
        tables = copied_tables(schema_of(con))
        counts, digest = content_digest(con, tables, MANIFEST_VERSION, progress, cancelled)
        version = con.execute("PRAGMA user_version").fetchone()[0]
    return {"versi_manifest": MANIFEST_VERSION, "versi_data": version, "jumlah_baris": counts,
            "isi_sha256": digest}


def store_manifest(path: Path, manifest: dict[str, object]) -> None:
    """Write `manifest` into the row reserve_manifest made, and read it back."""
    text = _padded(manifest)
    con = sqlite3.connect(str(path), isolation_level=None)
    try:
        con.execute("BEGIN")
        con.execute(f'UPDATE "{MANIFEST_TABLE}" SET value = ? WHERE key = ?', (text, "manifest"))
        con.execute("COMMIT")
        stored = con.execute(f'SELECT value FROM "{MANIFEST_TABLE}" WHERE key = ?',
                             ("manifest",)).fetchone()
    finally:
        con.close()
    if stored is None or stored[0] != text:
        raise sqlite3.DatabaseError("manifest tidak tersimpan utuh")


def write_manifest(path: Path, progress: DigestProgress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> dict[str, object]:
    """Add the manifest to the backup copy at `path` (a plain file this app just wrote): one
    read of its rows (backup_io does the three steps with its check in between)."""
    reserve_manifest(path)
    manifest = compute_manifest(path, progress, cancelled)
    store_manifest(path, manifest)
    return manifest


def manifest_problem(con: sqlite3.Connection, name: str,
                     progress: DigestProgress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> tuple[str | None, bool]:
    """(what is wrong with the file's rows against its manifest, whether it has one); a file
    without one (written before manifests) is not wrong for that. A manifest of version 1 (no
    `versi_manifest` before it was 1) is checked as version 1 computed it."""
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
        version = manifest.get("versi_manifest", 1)
    except (TypeError, ValueError, KeyError, AttributeError, sqlite3.Error):
        return f"Manifest berkas '{name}' rusak.", True
    if type(version) is not int or version < 1:
        return f"Manifest berkas '{name}' rusak.", True
    if version > MANIFEST_VERSION:
        return (f"Manifest berkas '{name}' dibuat oleh versi aplikasi yang lebih baru; "
                f"perbarui Kinerja Desktop untuk memeriksanya."), True
    counts, digest = content_digest(con, copied_tables(schema), version, progress, cancelled)
    if recorded != (counts, digest):
        changed = sorted(t for t in set(counts) | set(recorded[0])
                         if counts.get(t) != recorded[0].get(t))
        where = f" (jumlah baris berbeda: {', '.join(changed)})" if changed else ""
        return (f"Isi berkas '{name}' tidak cocok dengan manifest di dalamnya{where}: berkas "
                f"berubah atau rusak setelah dicadangkan."), True
    return None, True
