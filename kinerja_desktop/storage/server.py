"""Opening a Kinerja database on a PostgreSQL server: connect, create or check the schema,
and hand back the same Database handle a file gives."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from peewee import PostgresqlDatabase

from kinerja_desktop.errors import (DatabaseTooNewError, KinerjaError, NotOurDatabaseError,
                                    ReadOnlyDatabaseError, StorageError)
from kinerja_desktop.storage import credentials, migrations, server_schema
from kinerja_desktop.storage.database import Database, current_operator
from kinerja_desktop.domain.server_address import ServerAddress
from kinerja_desktop.storage.server_locks import application_name
from kinerja_desktop.storage.server_sql import configure, sqlstate, translate_server_error

CONNECT_TIMEOUT_S = 10  # an unreachable server on the LAN is said within this
LOCK_TIMEOUT = "15s"  # a save waits this long for another user's lock, then says so


RANDOM_PAGE_COST = 1.1


def connect_options(address: ServerAddress) -> dict[str, Any]:
    """libpq's options for this address; on Windows with the password kept in the credential
    store (storage/credentials) when the address carries none (libpq reads its password file
    itself, and an explicit password is used before it)."""
    options: dict[str, Any] = dict(address.connect_options())
    if "password" not in options and credentials.available():
        stored = credentials.read(address)
        if stored:
            options["password"] = stored
    return options


def connection_apart(address: ServerAddress, **extra: Any) -> Any:
    """A psycopg connection of its own to the address's schema, named to the server as this
    program's are (its operator and PC), for work beside the Database's connection (a
    snapshot to copy, a hold on rows); the server's refusal as a plain StorageError."""
    import psycopg
    options = dict(connect_options(address), connect_timeout=CONNECT_TIMEOUT_S, **extra)
    options["application_name"] = application_name(current_operator())
    if address.schema_path():
        options["options"] = f"-c search_path={address.schema_path()}"
    try:
        return psycopg.connect(**options)
    except psycopg.Error as exc:
        raise translate_server_error(exc, address.display()) from None


def peewee_with_driver() -> None:
    """Give peewee the psycopg it did not import (storage/__init__.py hid it to keep the start
    fast): what peewee 4.5's module sets when it finds the driver at import."""
    import peewee
    if peewee.psycopg is not None:  # type: ignore[attr-defined]
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb
    peewee.psycopg = psycopg  # type: ignore[attr-defined]
    peewee.TransactionStatus = TransactionStatus  # type: ignore[attr-defined]
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb  # type: ignore[attr-defined]
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN


class KinerjaPostgres(PostgresqlDatabase):
    """peewee's PostgreSQL handle, with each connection set up as server_sql.configure says
    and the app's operator named to the audit triggers (setting kinerja.actor)."""

    def __init__(self, address: ServerAddress) -> None:
        peewee_with_driver()
        import psycopg
        options = connect_options(address)
        dbname = str(options.pop("dbname"))
        options["connect_timeout"] = CONNECT_TIMEOUT_S
        # Client-side binding: the repositories' SQL ("LIMIT ?", "? AS x") is sent as SQLite
        # would read it, without the server having to guess each parameter's type.
        options["cursor_factory"] = psycopg.ClientCursor
        search_path = address.schema_path()
        if search_path:
            options["options"] = f"-c search_path={search_path}"
        options["application_name"] = application_name()
        super().__init__(dbname, prefer_psycopg3=True, thread_safe=True, **options)
        self.address = address
        self._actors = threading.local()
        # This handle's token in the change announcements (server_schema.CHANGE_CHANNEL): a
        # window skips what its own connections (any thread) wrote.
        self.client_token = uuid.uuid4().hex[:16]
        # Why this handle may only read ("" when it may write): a reader's account
        # (server_roles); every connection's transactions are then read-only.
        self.read_only = ""

    def _initialize_connection(self, conn: Any) -> None:
        configure(conn)
        with conn.cursor() as cursor:
            # An office server's database is small enough to live in its memory: an index
            # look-up costs about what reading on does (PostgreSQL's default, 4, is for
            # disks), so a search joins its few matches rather than scanning every official.
            cursor.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'; "
                           f"SET random_page_cost = {RANDOM_PAGE_COST}")
            cursor.execute(f"SET kinerja.client = '{self.client_token}'")
            if self.read_only:
                cursor.execute("SET default_transaction_read_only = on")
        self._actors.name = None

    def refuse_writes(self, reason: str) -> None:
        """From now on every transaction of every connection is read-only; a write comes out
        as ReadOnlyDatabaseError(reason)."""
        self.read_only = reason
        if not self.is_closed():
            super().execute_sql("SET default_transaction_read_only = on")  # type: ignore[no-untyped-call]

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        name = current_operator()
        if getattr(self._actors, "name", None) != name and not sql.startswith("ROLLBACK"):
            # Session-wide, so that every trigger of this connection sees it; a rollback
            # takes it back (set_config is transactional), hence the check after one.
            self._actors.name = name
            # The operator for the audit triggers, and in the session's name for whoever
            # waits for this session's locks (server_locks).
            super().execute_sql(  # type: ignore[no-untyped-call]
                "SELECT set_config('kinerja.actor', %s, false), "
                "set_config('application_name', %s, false)", (name, application_name(name)))
        if sql.startswith("ROLLBACK"):
            self._actors.name = None
        try:
            return super().execute_sql(sql, params)  # type: ignore[no-untyped-call]
        except Exception as exc:  # peewee wraps psycopg's errors
            if self.read_only and sqlstate(exc) == "25006":  # read-only transaction
                raise ReadOnlyDatabaseError(self.read_only) from None
            raise

    def rollback(self) -> None:
        self._actors.name = None
        super().rollback()


@dataclass(frozen=True)
class ServerState:
    """What a server's database holds, read without changing it."""

    version: int | None  # the schema's version; None while it has no Kinerja tables
    officials: int = 0


def inspect_server(address: ServerAddress) -> ServerState:
    """Connect once, read the schema's version and the number of officials, disconnect;
    typed errors as open_server's (another program's tables, a newer app's schema)."""
    import psycopg
    options = dict(connect_options(address), connect_timeout=CONNECT_TIMEOUT_S)
    if address.schema_path():
        options["options"] = f"-c search_path={address.schema_path()}"
    where = address.display()
    try:
        with psycopg.connect(**options) as connection:
            tables = {name for (name,) in connection.execute(
                "SELECT tablename FROM pg_catalog.pg_tables "
                "WHERE schemaname = current_schema()")}
            if server_schema.META_TABLE not in tables:
                if tables:
                    raise NotOurDatabaseError(f"Basis data di server ({where}) sudah berisi "
                                              f"tabel lain dan bukan milik Kinerja Desktop.")
                return ServerState(None)
            row = connection.execute(
                f'SELECT "application_id", "version" FROM "{server_schema.META_TABLE}"'
            ).fetchone()
            if row is None or row[0] != migrations.APPLICATION_ID:
                raise NotOurDatabaseError(f"Basis data di server ({where}) bukan milik "
                                          f"Kinerja Desktop.")
            counted = connection.execute('SELECT count(*) FROM "official"').fetchone()
            return ServerState(int(row[1]), int(counted[0]) if counted else 0)
    except psycopg.Error as exc:
        raise translate_server_error(exc, where) from None


# Told the server's schema version before it is brought up to this app's, with the schema
# lock held (services/database: refuses all but the administrator, then writes the export).
BeforeUpgrade = Callable[[Database, int], None]


def open_server(address: ServerAddress, create: bool = True,
                before_upgrade: BeforeUpgrade | None = None) -> Database:
    """Connect to the server and return its Database. The first connection creates the schema
    (under an advisory lock, so two PCs starting together create it once); a schema of a newer
    app is refused; an older one is brought up to this app's (upgrade_schema) only when
    `before_upgrade` is given, and refused otherwise. Every failure is one plain StorageError
    naming the address without its password; nothing is left half-made."""
    handle = KinerjaPostgres(address)
    try:
        handle.connect()
        found = _ensure_schema(handle, address, create)
    except StorageError:
        handle.close()
        raise
    except Exception as exc:  # noqa: BLE001 - psycopg's and peewee's errors alike
        try:
            handle.close()
        except Exception:  # noqa: BLE001 - the first error is the one to tell
            pass
        raise translate_server_error(exc, address.display()) from None
    db = Database(None, handle, fts=False, server=address)
    if found < migrations.LATEST_VERSION:
        try:
            upgrade_schema(db, found, before_upgrade)
        except BaseException:
            db.close()
            raise
    return db


def upgrade_schema(db: Database, found: int, before: BeforeUpgrade | None) -> None:
    """Bring the server's schema from version `found` to this app's: under the schema's
    advisory lock (held by the session, so that `before`'s export on its own connection
    falls inside it too), the version read again (another PC may have done it while this
    one waited), `before` told (the caller's export, the caller's refusal), then every step
    of server_schema.SERVER_STEPS in one transaction: all of them or none."""
    assert db.server is not None
    where = db.server.display()
    latest = migrations.LATEST_VERSION
    missing = [v for v in range(found + 1, latest + 1) if v not in server_schema.SERVER_STEPS]
    if before is None or missing:
        raise StorageError(f"Skema basis data di server ({where}) versi {found} belum dapat "
                           f"dinaikkan ke versi {latest} oleh aplikasi ini.")
    try:
        db.execute_sql("SELECT pg_advisory_lock(?)", (server_schema.SCHEMA_LOCK,))
        version = db.schema_version()
        if version >= latest:
            return
        before(db, version)
        with db.atomic():
            for step in range(version + 1, latest + 1):
                for statement in server_schema.SERVER_STEPS[step]:
                    db.execute_sql(statement)
            db.execute_sql(f'UPDATE "{server_schema.META_TABLE}" SET "version" = ?', (latest,))
    except KinerjaError:
        raise
    except Exception as exc:  # noqa: BLE001 - psycopg's and peewee's errors alike
        raise translate_server_error(exc, where) from None
    finally:
        if not db.handle.is_closed():
            db.execute_sql("SELECT pg_advisory_unlock(?)", (server_schema.SCHEMA_LOCK,))


def _ensure_named_schema(handle: KinerjaPostgres, address: ServerAddress, create: bool) -> None:
    """Create the schema the address names (`?schema=`) where it is missing: otherwise the
    server's search path would fall through to `public` and the data land there unseen."""
    if not address.schema:
        return
    if handle.execute_sql("SELECT 1 FROM pg_namespace WHERE nspname = %s",
                          (address.schema,)).fetchone():
        return
    if not create:
        raise StorageError(f"Skema {address.schema} tidak ada di server ({address.display()}).")
    handle.execute_sql(f'CREATE SCHEMA "{address.schema}"')  # its name was checked when parsed


def _ensure_schema(handle: KinerjaPostgres, address: ServerAddress, create: bool) -> int:
    """Create the schema where there is none (under the schema lock) or check the one found:
    its version (this app's when just made); a newer app's or another program's refused."""
    where = address.display()
    with handle.atomic():
        # Transaction-scoped: released by the commit or rollback that ends the block.
        handle.execute_sql("SELECT pg_advisory_xact_lock(%s)", (server_schema.SCHEMA_LOCK,))
        _ensure_named_schema(handle, address, create)
        tables = {name for (name,) in handle.execute_sql(
            "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")}
        if server_schema.META_TABLE not in tables:
            if tables:
                raise NotOurDatabaseError(f"Basis data di server ({where}) sudah berisi tabel "
                                          f"lain dan bukan milik Kinerja Desktop.")
            if not create:
                raise StorageError(f"Basis data di server ({where}) masih kosong.")
            handle.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            for statement in server_schema.schema_statements():
                handle.execute_sql(statement)
            return migrations.LATEST_VERSION
        app_id, version = handle.execute_sql(
            f'SELECT "application_id", "version" FROM "{server_schema.META_TABLE}"').fetchone()
    if app_id != migrations.APPLICATION_ID:
        raise NotOurDatabaseError(f"Basis data di server ({where}) bukan milik Kinerja Desktop.")
    if version > migrations.LATEST_VERSION:
        raise DatabaseTooNewError(f"Basis data di server ({where}) sudah dipakai versi Kinerja "
                                  f"Desktop yang lebih baru (versi data {version}, aplikasi ini "
                                  f"{migrations.LATEST_VERSION}). Perbarui aplikasi di PC ini.")
    return int(version)
