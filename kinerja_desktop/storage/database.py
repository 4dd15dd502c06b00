"""The one place the database is opened: checks the file is ours, sets pragmas, migrates."""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import peewee
from peewee import (InternalError, Model, ModelDelete, ModelSelect, ModelUpdate,
                    OperationalError, PeeweeException, SqliteDatabase)

from kinerja_desktop.errors import (DatabaseLockedError, DatabaseTooNewError, DiskFullError,
                                    ReadOnlyDatabaseError,
                                    NotOurDatabaseError, StorageError, os_reason)
from kinerja_desktop.storage import migrations
from kinerja_desktop.storage.file_access import can_create_in
from kinerja_desktop.storage.raw_sql import cursor, execute_sql
from kinerja_desktop.domain.server_address import ServerAddress, scheme_of
from kinerja_desktop.storage.server_sql import (REFUSED, is_lock_wait, sqlstate, translate,
                                                translate_server_error, write_many)

log = logging.getLogger(__name__)

M = TypeVar("M", bound=Model)
# peewee's translation of a driver's errors into its own (IntegrityError …).
_PEEWEE_ERRORS = getattr(peewee, "__exception_wrapper__")  # noqa: B009 - not in the stubs

APPLICATION_ID = migrations.APPLICATION_ID
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
SERVER_BATCH_FACTOR = 10  # Database.batch


def _default_actor() -> str:
    """KINERJA_USER if set, else the operating-system login (as services.actor does)."""
    name = os.environ.get("KINERJA_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser() or "pengguna"
    except Exception:  # noqa: BLE001 - no login name on some Windows set-ups
        return "pengguna"


_actor_provider: Callable[[], str] = _default_actor


def set_actor_provider(provider: Callable[[], str] | None) -> None:
    """Who the audit triggers write as the operator (None: back to the default). The app and
    the CLI set it at start from services.actor; storage cannot import services."""
    global _actor_provider
    _actor_provider = provider or _default_actor


def current_operator() -> str:
    """The name kinerja_actor() returns now: never empty, never an exception inside SQLite."""
    try:
        name = str(_actor_provider() or "").strip()
    except Exception:  # noqa: BLE001 - a failing provider must not fail the write
        name = ""
    return name[:255] or "pengguna"


def register_functions(connection: sqlite3.Connection) -> None:
    """Give a plain sqlite3 connection the SQL functions the triggers call (migration 5):
    without kinerja_actor() any write to an audited table fails with "no such function"."""
    connection.create_function("kinerja_actor", 0, current_operator)


@dataclass(frozen=True)
class FileState:
    """What a database file holds, read without changing it."""

    exists: bool
    empty: bool
    application_id: int = 0
    user_version: int = 0


def inspect_file(path: Path) -> FileState:
    """Read the header and pragmas read-only; raise if the file is not ours or too new."""
    if not path.exists():
        return FileState(exists=False, empty=True)
    if path.is_dir():
        raise StorageError(f"'{path}' adalah folder, bukan berkas basis data.")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StorageError(f"Berkas '{path}' tidak dapat dibaca: {os_reason(exc)}.") from exc
    if not header:
        return FileState(exists=True, empty=True)
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise NotOurDatabaseError(f"Berkas '{path.name}' bukan basis data Kinerja Desktop "
                                  f"(bukan berkas SQLite).")
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # Committed changes may still sit in the WAL: only SQLite can read the truth.
        app_id, version, empty = _pragmas_via_sqlite(path)
    else:
        # The 100-byte header holds what we need (SQLite's file format, section 1.3); reading
        # it directly leaves no -shm/-wal files beside a file we then refuse.
        pages = int.from_bytes(header[28:32], "big")
        version = int.from_bytes(header[60:64], "big", signed=True)
        app_id = int.from_bytes(header[68:72], "big", signed=True)
        empty = pages <= 1  # page 1 alone: an empty schema
    if app_id == 0 and version == 0 and empty:
        return FileState(exists=True, empty=True)
    if app_id != APPLICATION_ID:
        raise NotOurDatabaseError(f"Berkas '{path.name}' adalah basis data SQLite milik "
                                  f"aplikasi lain, bukan Kinerja Desktop.")
    if version > migrations.LATEST_VERSION:
        raise DatabaseTooNewError(f"Berkas '{path.name}' dibuat oleh versi aplikasi yang lebih "
                                  f"baru (versi data {version}, aplikasi ini "
                                  f"{migrations.LATEST_VERSION}). Perbarui Kinerja Desktop "
                                  f"untuk membukanya.")
    return FileState(True, False, app_id, version)


def sqlite_uri(path: Path, query: str) -> str:
    """A file: URI naming `path` for sqlite3.connect(uri=True), e.g. query "mode=ro".

    The full path where the system can name it, else the absolute one: Windows cannot always
    give the final name of a path longer than 260 characters (under Wine resolve() fails with
    "More data available"), and SQLite needs no more than an absolute path."""
    try:
        full = Path(path).resolve()
    except OSError:
        full = Path(path).absolute()
    return f"{full.as_uri()}?{query}"


def _pragmas_via_sqlite(path: Path) -> tuple[int, int, bool]:
    try:
        with contextlib.closing(sqlite3.connect(sqlite_uri(path, "mode=ro"),
                                                uri=True)) as con:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise translate_error(exc, path) from exc
    return app_id, version, tables == 0


def translate_error(exc: Exception, path: Path | None = None) -> StorageError:
    """Turn an SQLite error the user can fix into a typed error with a plain message."""
    # The first error may hide behind a later one (a failed rollback after "disk full").
    chain: list[str] = []
    seen: BaseException | None = exc
    while seen is not None and len(chain) < 5:
        chain.append(str(seen).lower())
        seen = seen.__cause__ or seen.__context__
    text = " | ".join(chain)
    where = f" ({path})" if path else ""
    if "locked" in text or "busy" in text:
        return DatabaseLockedError("Basis data sedang dipakai program lain" + where +
                                   "; tutup program itu lalu coba lagi.")
    if "full" in text:
        return DiskFullError("Disk atau flashdisk penuh" + where + "; kosongkan ruang lalu "
                             "coba lagi.")
    if "readonly" in text or "read-only" in text:
        return StorageError("Basis data tidak dapat ditulis (hanya-baca)" + where + ".")
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return NotOurDatabaseError("Berkas rusak atau bukan basis data Kinerja Desktop" +
                                   where + ".")
    if "unable to open" in text:
        return StorageError("Basis data tidak dapat dibuka" + where + "; periksa folder dan "
                            "izin aksesnya.")
    return StorageError(f"Kesalahan basis data{where}: {exc}")


class FileHandle(SqliteDatabase):
    """peewee's SQLite handle; once `read_only` holds a reason, every write is refused by
    SQLite (PRAGMA query_only, on each thread's connection) and comes out as a plain
    ReadOnlyDatabaseError with that reason, wherever it was attempted."""

    read_only: str = ""

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            return super().execute_sql(sql, params)  # type: ignore[no-untyped-call]
        except OperationalError as exc:
            if self.read_only and "readonly" in str(exc).lower():
                raise ReadOnlyDatabaseError(self.read_only) from None
            raise


class Database:
    """An open Kinerja database: the peewee handle plus what the app needs to know of it.

    It is passed to every repository call. The models are never bound to a database (peewee
    binds globally, so two open databases would clash): each query is made here, on this
    handle, and one made elsewhere fails with "Query must be bound to a database".
    """

    def __init__(self, path: Path | None, handle: Any, fts: bool,
                 server: ServerAddress | None = None) -> None:
        self._path = path
        self.handle = handle  # peewee's SqliteDatabase, or server.KinerjaPostgres
        self.fts = fts  # the search table is an FTS5 trigram index
        self.server = server  # where a server database lives; None for a file
        # On a server, this account's role (storage/server_roles; "" when the roles are not
        # set up there, and for a file: whoever opens it may do everything).
        self.role = ""

    @property
    def is_server(self) -> bool:
        return self.server is not None

    def batch(self, rows: int) -> int:
        """Rows or ids per statement in bulk work, for a file's `rows` (chosen within SQLite's
        variable limit): ten times as many on a server, where each statement is a round trip
        on the LAN."""
        return rows * SERVER_BATCH_FACTOR if self.server is not None else rows

    @property
    def read_only(self) -> str:
        """Why this database may only be read ("" when it may be written)."""
        return str(getattr(self.handle, "read_only", "") or "")

    def make_read_only(self, reason: str) -> None:
        """Refuse every write from now on, on every connection, saying `reason` (a file: SQLite's
        query_only; a server: read-only transactions)."""
        if self.server is not None:
            self.handle.refuse_writes(reason)
            return
        self.handle.read_only = reason
        self.handle.pragma("query_only", 1, permanent=True)

    @property
    def path(self) -> Path:
        """The database file. A server has none: what works on files (copying the file,
        the backup on exit, the lock beside it) must ask is_server first; asking anyway
        fails plainly rather than making a folder named after an address."""
        if self._path is None:
            raise StorageError("Perintah ini bekerja pada berkas basis data; basis data di "
                               "server kantor tidak memilikinya.")
        return self._path

    @property
    def name(self) -> str:
        """A short name for the title bar: the file's name, or the server's address."""
        return self.server.display() if self.server else self.path.name

    @property
    def location(self) -> str:
        """Where the data lives, as a user may see it (the server's address has no password)."""
        return self.server.display() if self.server else str(self._path)

    # Queries on this database -----------------------------------------------------------------
    def select(self, model: type[M], *fields: Any) -> ModelSelect[M]:
        """`model.select(*fields)` on this database: no fields, all of the model's; with
        fields, only those (name the model among them to keep its own: db.select(Appointment,
        Appointment, Unit).join(Unit)). The queries made from it (where, join, order_by …)
        stay on this database, as do first(), count(), exists(), scalar() and iterating."""
        return model.select(*fields).bind(self.handle)

    def insert(self, model: type[Model], **values: Any) -> int:
        """Insert one row (peewee fills in the fields' defaults: uuid, created_at …); its id
        (0 for a table keyed otherwise, such as setting)."""
        key = model.insert(**values).bind(self.handle).execute()
        return key if isinstance(key, int) else 0

    def insert_many(self, model: type[Model], rows: Iterable[Mapping[str, Any]]) -> None:
        """Insert rows with the same keys in one statement, each with its own defaults."""
        rows = list(rows)
        if rows:  # peewee refuses an empty insert
            model.insert_many(rows).bind(self.handle).execute()

    def update(self, model: type[Model], **values: Any) -> ModelUpdate:
        """An UPDATE on this database, to finish with .where(…).execute(). A record's
        modified_at is the caller's to set (merging relies on it)."""
        return model.update(**values).bind(self.handle)

    def delete(self, model: type[Model]) -> ModelDelete:
        """A DELETE on this database, to finish with .where(…).execute()."""
        return model.delete().bind(self.handle)

    def execute_sql(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """Raw SQL on this database (errors as peewee raises them for a model query). Written
        for SQLite (`?` placeholders); a server gets it translated (server_sql.translate)."""
        if self.server is not None:
            return execute_sql(self.handle, translate(sql), params)
        return execute_sql(self.handle, sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """One raw statement for many rows (bulk writes, the derived roster tables). On a
        server never a round trip per row: a plain INSERT … VALUES goes by COPY, anything
        else as one prepared statement in a pipeline (server_sql.write_many)."""
        if self.server is not None:
            # peewee's wrapper: a refused row is peewee's IntegrityError, as from SQLite.
            with _PEEWEE_ERRORS:
                write_many(self.handle.connection(), sql, rows)
            return
        cursor(self.handle).executemany(sql, rows)

    def ids_written(self, tables: Iterable[str]) -> None:
        """After rows were inserted with ids of the writer's own choosing (a bulk import
        numbers its rows as SQLite would, the largest plus one): a server's id counters are
        moved past them, so that the next record it numbers itself is not refused. Call in
        the same transaction, with the tables locked against other writers."""
        if self.server is None:
            return  # SQLite takes the largest id plus one by itself
        for table in tables:
            self.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                             f'coalesce(max("id"), 0) + 1, false) FROM "{table}"')

    def refresh_statistics(self, tables: Iterable[str]) -> None:
        """After a bulk write has committed (a load, a large import): a server's planner
        statistics of these tables taken now, not when autovacuum next looks (up to a
        minute later, or after the tables are 10% changed again), so that searches do not
        run on the plans of an empty table. A file's SQLite plans by its own indexes."""
        if self.server is None:
            return
        names = ", ".join(f'"{table}"' for table in tables)
        try:
            # Only the tables' owner may; for others the server skips them with a warning.
            self.execute_sql(f"ANALYZE {names}")
        except peewee.DatabaseError as exc:  # a courtesy: the data is written either way
            log.warning("statistik tabel tidak diperbarui: %s", exc)

    # SQL that differs between the two stores ------------------------------------------------
    def json_value(self, column: str, key: str) -> str:
        """SQL reading the top-level `key` of a JSON text column (NULL when absent)."""
        if self.server is not None:
            return f"({column}::jsonb ->> '{key}')"
        return f"json_extract({column}, '$.{key}')"

    def nocase(self, expression: str) -> str:
        """SQL ordering or comparing `expression` without regard to ASCII case."""
        return f"lower({expression})" if self.server is not None else (
            f"{expression} COLLATE NOCASE")

    # The connection -----------------------------------------------------------------------------
    @contextlib.contextmanager
    def atomic(self) -> Iterator[object]:
        """A transaction (yielding peewee's, for rollback()); SQLite errors the user can fix
        (locked, disk full, read-only) come out as typed StorageErrors, not as peewee's."""
        if self.server is not None:
            try:
                with self.handle.atomic() as transaction:
                    yield transaction
            except (OperationalError, InternalError) as exc:
                if is_lock_wait(exc):  # rolled back: the server may still say by whom
                    from kinerja_desktop.storage.server_locks import save_waited_error
                    raise save_waited_error(self, exc, self.server.display()) from exc
                raise translate_server_error(exc, self.server.display()) from exc
            except peewee.DatabaseError as exc:
                # The server refusing this account (its grants, the office settings' guard)
                # is said in words; other errors (a unique key) are the callers' to read.
                if sqlstate(exc) in REFUSED:
                    raise translate_server_error(exc, self.server.display()) from exc
                raise
            return
        try:
            with self.handle.atomic() as transaction:
                yield transaction
        except (sqlite3.OperationalError, OperationalError) as exc:
            raise translate_error(exc, self.path) from exc

    @contextlib.contextmanager
    def exclusive_write(self, tables: Sequence[str],
                        waiting: Callable[[str], None] | None = None) -> Iterator[None]:
        """One transaction that holds the write lock from its start, for a long operation
        (an import) whose reads must not change before it writes. On a file, SQLite's BEGIN
        IMMEDIATE (another writer waits up to the busy timeout). On a server, these tables
        locked against other writers (SHARE ROW EXCLUSIVE: others still read them, their
        saves wait, and two such operations run one after the other; `waiting` is told whom
        it waits for, and the error after the lock timeout names them). Errors come out
        typed, as from atomic()."""
        if self.server is not None:
            from kinerja_desktop.storage.server_locks import lock_for_writing
            with self.atomic():
                lock_for_writing(self, tables, self.server.display(), waiting)
                yield
            return
        try:
            with self.handle.atomic("IMMEDIATE"):
                with self.atomic():
                    yield
        except StorageError:
            raise
        except Exception as exc:  # peewee's errors: only SQLite's own are translated
            if isinstance(exc, sqlite3.OperationalError) or isinstance(
                    exc.__context__, sqlite3.OperationalError):
                raise translate_error(exc, self.path) from exc
            raise

    @contextlib.contextmanager
    def client_times(self) -> Iterator[None]:
        """A transaction (or a savepoint in one) whose writes keep the created_at/modified_at
        they give. A server otherwise dates every change by its own clock (server_schema's
        server_time trigger); a record put back as it was (undo of a deletion) and demo data
        told as it happened years ago keep their own. A file keeps them anyway."""
        with self.atomic():
            if self.server is None:
                yield
                return
            # Transaction-local, and off again at the block's end: the rest of an enclosing
            # transaction is dated by the server again.
            self.handle.execute_sql("SELECT set_config('kinerja.client_times', 'on', true)")
            try:
                yield
            finally:
                self.handle.execute_sql("SELECT set_config('kinerja.client_times', 'off', true)")

    def schema_version(self) -> int:
        if self.server is not None:
            from kinerja_desktop.storage.server_schema import META_TABLE
            return int(self.execute_sql(f'SELECT "version" FROM "{META_TABLE}"').fetchone()[0])
        return int(self.execute_sql("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        if not self.handle.is_closed():
            self.handle.close()


def as_tuples(query: ModelSelect[Any]) -> list[tuple[Any, ...]]:
    """The rows of a query as tuples (peewee's stub types .tuples() as yielding models)."""
    return list(query.tuples())


def as_dicts(query: ModelSelect[Any]) -> list[dict[str, Any]]:
    """The rows of a query as dicts keyed by field name (as as_tuples, for .dicts())."""
    return list(query.dicts())


def _remove_new_file(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            candidate.unlink(missing_ok=True)
        except OSError:
            pass


def _can_create_in(folder: Path) -> bool:
    try:
        return can_create_in(folder)
    except OSError:  # not a refusal (a full disk): SQLite will name it when it opens
        return True


def open_database(path: str | Path, create: bool = True,
                  before_migration: Callable[[Path, int], None] | None = None) -> Database:
    """Open (creating or migrating if needed) a Kinerja database; nothing is written if refused.

    `before_migration(path, version)` is called, with the file still closed, when an existing
    database of schema `version` is about to be migrated (the app copies it first); if it
    raises, the file is left as it was and the error comes out of open_database.
    """
    if isinstance(path, str) and scheme_of(path):
        # An address is never a file's name: once a server's address became a folder
        # 'postgresql:' holding a new database, with the password in the folder's name.
        raise StorageError(f"Alamat {scheme_of(path)}://… bukan berkas basis data.")
    path = Path(path).expanduser()
    # SQLite needs to write beside the file (WAL) even to read: say plainly what is wrong
    # with a locked USB stick or a read-only folder instead of "unable to open".
    if (path.parent.is_dir() and not _can_create_in(path.parent)) or (
            path.is_file() and not os.access(path, os.W_OK)):
        raise StorageError(f"Basis data '{path}' berada di lokasi hanya-baca (mis. flashdisk "
                           f"yang dikunci atau folder tanpa izin tulis). Salin berkasnya ke "
                           f"disk lokal lalu buka salinannya.")
    state = inspect_file(path)
    if not state.exists and not create:
        raise StorageError(f"Berkas basis data '{path}' tidak ditemukan.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Folder '{path.parent}' tidak dapat dibuat: {os_reason(exc)}.") from exc
    if before_migration is not None and not state.empty and migrations.pending(state.user_version):
        before_migration(path, state.user_version)

    handle = FileHandle(
        str(path),
        pragmas={"foreign_keys": 1, "journal_mode": "wal", "busy_timeout": BUSY_TIMEOUT_MS,
                 # FULL: an app crash or power cut on an ordinary office PC loses nothing
                 # committed; our write volume is small enough not to notice the cost.
                 "synchronous": "full"},
        check_same_thread=False)
    # Registered before connecting: peewee adds it to every connection (one per thread).
    handle.register_function(current_operator, "kinerja_actor", 0)
    try:
        handle.connect()
        migrations.run_migrations(handle, state.user_version)
        fts = "fts5" in (execute_sql(
            handle, "SELECT sql FROM sqlite_master WHERE name = 'roster_search'").fetchone()
            or [""])[0]
    except BaseException as exc:
        handle.close()
        if not state.exists:
            _remove_new_file(path)  # a database we failed to create must not linger
        if isinstance(exc, (sqlite3.Error, PeeweeException)):
            raise translate_error(exc, path) from exc
        raise
    # No handle.bind(models): queries go through the Database (see its docstring).
    return Database(path, handle, fts)
