"""Attaching the other PC's checked copy for a merge (read-only, as `theirs`), and noting which
officials' roster rows the merge changed (temporary triggers), so that only those are rebuilt.

On a server the copy cannot be attached: it is loaded into the session's temporary tables
instead (storage/server_merge_source), and their(db, table) and our(db, table) name the two
sides' tables for either store. The server's merge notes its roster changes itself
(merge_repo), since a trigger there would be every session's.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import PeeweeException

from kinerja_desktop.errors import StorageError
from kinerja_desktop.storage.database import Database, sqlite_uri, translate_error

if TYPE_CHECKING:  # imported when a server loads a copy (it needs storage/server_copy)
    from kinerja_desktop.storage.server_merge_source import LoadedCopy

# The schema name the other PC's copy is attached under, for the length of one merge.
THEIRS = "theirs"
# Officials whose roster rows the merge changed (temporary: this connection, this transaction).
TOUCHED = "merge_roster_touched"
# What the roster shows of a unit (roster_repo.refresh reads these): a change to them changes
# the roster row of everyone holding a current post there.
ROSTER_UNIT_COLUMNS = ("name", "short_name")


# The copy loaded into a server session for a merge, by the Database it was loaded for.
_LOADED: dict[int, LoadedCopy] = {}


def quoted(name: str) -> str:
    """An SQL identifier in double quotes."""
    return '"' + name.replace('"', '""') + '"'


def their(db: Database, table: str) -> str:
    """The other PC's `table` as SQL names it during a merge."""
    if db.is_server:
        from kinerja_desktop.storage.server_merge_source import table_name
        return table_name(table)
    return f"{THEIRS}.{quoted(table)}"


def our(db: Database, table: str) -> str:
    """This database's `table` as SQL names it during a merge (not the attached file's)."""
    return quoted(table) if db.is_server else f"main.{quoted(table)}"


def _reads_uri_names(db: Database) -> bool:
    """Whether ATTACH takes a file: URI on this connection (SQLite built with USE_URI, as
    Linux distributions build it); elsewhere the name would be taken literally."""
    return any(str(name).upper() == "USE_URI" for (name,) in db.execute_sql(
        "PRAGMA compile_options").fetchall())


def attached_file(db: Database) -> str | None:
    if db.is_server:
        found = _LOADED.get(id(db))
        return str(found.path) if found else None
    for _seq, name, file in db.execute_sql("PRAGMA database_list").fetchall():
        if name == THEIRS:
            return str(file)
    return None


@contextlib.contextmanager
def attached(db: Database, other_path: Path) -> Iterator[None]:
    """Attach the checked copy `other_path` as `theirs` to this thread's connection for the
    length of the block (read-only where SQLite takes URI names; it is only ever read). Call
    it outside a transaction (SQLite refuses ATTACH inside one) and merge inside it."""
    path = Path(other_path)
    if db.handle.in_transaction():
        raise RuntimeError("attach the other file before the merge's transaction begins")
    if db.is_server:
        from kinerja_desktop.storage.server_merge_source import loaded
        with loaded(db, path) as source:
            _LOADED[id(db)] = source
            try:
                yield
            finally:
                _LOADED.pop(id(db), None)
        return
    name = sqlite_uri(path, "mode=ro") if _reads_uri_names(db) else str(path.absolute())
    try:
        db.execute_sql(f"ATTACH DATABASE ? AS {THEIRS}", (name,))
    except (sqlite3.Error, PeeweeException) as exc:
        raise translate_error(exc, path) from exc
    try:
        found = attached_file(db)
        if not found or not os.path.exists(found) or not os.path.samefile(found, path):
            raise StorageError(f"Berkas '{path.name}' tidak dapat dibaca untuk digabungkan.")
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error, PeeweeException):  # the first error counts
            db.execute_sql(f"DETACH DATABASE {THEIRS}")
        raise
    try:
        db.execute_sql(f"DETACH DATABASE {THEIRS}")
    except (sqlite3.Error, PeeweeException) as exc:
        raise translate_error(exc, path) from exc


# Which officials' roster rows the merge changed ---------------------------------------------

def track_roster(db: Database) -> None:
    """Temporary triggers (this connection only, gone with the transaction or at the end of
    the merge) noting the officials whose roster rows a write of the merge changes: the
    official, its appointments (before and after), the units they hold current posts in."""
    db.execute_sql(f'CREATE TEMP TABLE IF NOT EXISTS {TOUCHED} '
                   f'("official_id" INTEGER PRIMARY KEY)')
    db.execute_sql(f"DELETE FROM temp.{TOUCHED}")
    stop_tracking(db)  # left by a merge whose transaction was not rolled back
    note = f"INSERT OR IGNORE INTO {TOUCHED} (official_id)"

    def changed(table: str, only: Sequence[str] = ()) -> str:
        columns = only or [c for c in column_names(db, table) if c != "modified_at"]
        return " OR ".join(f"OLD.{quoted(c)} IS NOT NEW.{quoted(c)}" for c in columns)

    triggers = {
        "official_ins": f"AFTER INSERT ON main.official BEGIN {note} VALUES (NEW.id); END",
        "official_upd": f"AFTER UPDATE ON main.official WHEN {changed('official')} BEGIN "
                        f"{note} VALUES (NEW.id); END",
        "official_del": f"AFTER DELETE ON main.official BEGIN {note} VALUES (OLD.id); END",
        "appointment_ins": f"AFTER INSERT ON main.appointment BEGIN "
                           f"{note} VALUES (NEW.official_id); END",
        "appointment_upd": f"AFTER UPDATE ON main.appointment WHEN {changed('appointment')} "
                           f"BEGIN {note} VALUES (OLD.official_id); "
                           f"{note} VALUES (NEW.official_id); END",
        "appointment_del": f"AFTER DELETE ON main.appointment BEGIN "
                           f"{note} VALUES (OLD.official_id); END",
        "unit_upd": f"AFTER UPDATE ON main.unit WHEN {changed('unit', ROSTER_UNIT_COLUMNS)} "
                    f"BEGIN {note} SELECT official_id FROM main.appointment "
                    f"WHERE unit_id = NEW.id AND end_date IS NULL; END",
    }
    for name, body in triggers.items():
        db.execute_sql(f"CREATE TEMP TRIGGER merge_roster_{name} {body}")


def stop_tracking(db: Database) -> None:
    for (name,) in db.execute_sql("SELECT name FROM temp.sqlite_master WHERE type = 'trigger' "
                                  "AND name LIKE 'merge_roster_%'").fetchall():
        db.execute_sql(f"DROP TRIGGER temp.{quoted(name)}")


def changed_officials(db: Database) -> list[int]:
    """The ids of the officials whose roster rows the last merge_from on this connection
    changed (added, changed, deleted, their posts or their units renamed); call it in the
    merge's transaction. Bounded by the changes, not by the roster."""
    try:
        rows = db.execute_sql(f"SELECT official_id FROM temp.{TOUCHED} "
                              f"ORDER BY official_id").fetchall()
    except (sqlite3.Error, PeeweeException):  # no merge ran on this connection
        return []
    db.execute_sql(f"DROP TABLE temp.{TOUCHED}")
    return [int(official_id) for (official_id,) in rows]


def column_names(db: Database, table: str) -> list[str]:
    return [str(r[1]) for r in table_info(db, table)]


def table_info(db: Database, table: str) -> list[tuple[object, ...]]:
    """PRAGMA table_info of this database's `table` (on a server: of the loaded copy, whose
    schema is the server's)."""
    if db.is_server:
        return _loaded(db).columns[table]
    return [tuple(r) for r in db.execute_sql(f"PRAGMA main.table_info({quoted(table)})")]


def foreign_key_list(db: Database, table: str) -> list[tuple[object, ...]]:
    """PRAGMA foreign_key_list of this database's `table` (on a server: of the loaded copy)."""
    if db.is_server:
        return _loaded(db).foreign_keys[table]
    return [tuple(r) for r in db.execute_sql(
        f"PRAGMA main.foreign_key_list({quoted(table)})")]


def _loaded(db: Database) -> LoadedCopy:
    found = _LOADED.get(id(db))
    if found is None:
        raise RuntimeError("no copy is loaded for a merge on this server session")
    return found
