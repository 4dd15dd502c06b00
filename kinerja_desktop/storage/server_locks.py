"""Who holds a server's tables: a long operation that must wait for them says whom it waits
for, and says it again if it gives up.

Each connection of the app names itself to the server as "Kinerja Desktop: <operator> @ <PC>"
(application_name, which every user of the database may read in pg_stat_activity, unlike the
session's settings), so that the holders of a lock can be named as staff know them.
"""

from __future__ import annotations

import contextlib
import re
import socket
import unicodedata
from collections.abc import Callable, Iterator, Sequence

from typing import TYPE_CHECKING

from kinerja_desktop.errors import DatabaseLockedError

if TYPE_CHECKING:  # storage/database imports this module when a server write lock is taken
    from kinerja_desktop.storage.database import Database

APP_PREFIX = "Kinerja Desktop"
# The lock modes that conflict with SHARE ROW EXCLUSIVE (the import's): anyone writing rows.
_CONFLICTING = ("RowExclusiveLock", "ShareUpdateExclusiveLock", "ShareLock",
                "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock")
# Held by a long operation on whole tables (an import, a merge): every writer waits for them.
_TABLE_WIDE = ("ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock")
_RELATION = re.compile(r'in relation "([^"]+)"')


def pc_name() -> str:
    return socket.gethostname() or "PC"


# The server keeps 63 bytes of a session's name, in printable ASCII (others become "?").
NAME_BYTES = 63


def application_name(operator: str | None = None) -> str:
    """What this program's connections are called on the server: the operator shortened, not
    the PC, when the whole would not be kept."""
    pc = _plain(pc_name())[:20]
    if not operator:
        return f"{APP_PREFIX} @ {pc}"
    operator = _plain(operator)
    room = NAME_BYTES - len(f"{APP_PREFIX}:  @ {pc}")
    return f"{APP_PREFIX}: {operator[:max(room, 1)]} @ {pc}"


def _plain(text: str) -> str:
    """The name in the server's printable ASCII, its letters kept ("Dédé" → "Dede"), so that
    whoever waits for this session reads a name, not question marks."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if " " <= c <= "~")


def holder_label(app_name: str, user: str) -> str:
    """One holder as staff know them: "Budi (PC-02)" for this app, else the program and the
    server account ("psql, akun budi")."""
    if app_name.startswith(APP_PREFIX + ": "):
        operator, _, pc = app_name[len(APP_PREFIX) + 2:].rpartition(" @ ")
        return f"{operator} ({pc})" if operator else pc
    if app_name.startswith(APP_PREFIX + " @ "):
        return f"akun {user} ({app_name[len(APP_PREFIX) + 3:]})"
    return f"{app_name}, akun {user}" if app_name else f"akun {user}"


def holders(db: Database, tables: Sequence[str] | None,
            modes: Sequence[str] = _CONFLICTING) -> list[str]:
    """The other sessions that hold a lock in one of `modes` (by default any write lock) on
    these tables of the current schema (None: on any of its tables)."""
    marks = ", ".join("?" for _ in tables or ())
    wanted = ", ".join(f"'{mode}'" for mode in modes)
    rows = db.execute_sql(
        "SELECT DISTINCT coalesce(a.application_name, ''), a.usename::text "
        "FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
        "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema() "
        "JOIN pg_stat_activity a ON a.pid = l.pid "
        f"WHERE l.granted AND l.pid <> pg_backend_pid() AND l.mode IN ({wanted})" +
        (f" AND c.relname IN ({marks})" if tables else ""), tuple(tables or ())).fetchall()
    return sorted({holder_label(str(app), str(user or "")) for app, user in rows})


def save_waited_error(db: Database, exc: BaseException, where: str) -> DatabaseLockedError:
    """A save that gave up waiting for a lock, with whom it waited for as far as the server
    can still tell once the wait is over: those writing the table of the row it waited for
    (the error's context names it), else those holding whole tables (an import, a merge).
    Called after the save's transaction (or savepoint) was rolled back."""
    from kinerja_desktop.storage.server_sql import server_error
    error = server_error(exc)
    context = getattr(getattr(error, "diag", None), "context", None) or ""
    match = _RELATION.search(context)
    try:
        # A row is held by those writing its table, or by a long operation's FOR SHARE
        # (rows_held: a batch being printed).
        found = (holders(db, [match.group(1)], (*_CONFLICTING, "RowShareLock")) if match
                 else holders(db, None, _TABLE_WIDE))
    except Exception:  # noqa: BLE001 - naming them is a courtesy: the refusal stands anyway
        found = []
    who = ", ".join(found) if found else "pengguna lain"
    return DatabaseLockedError(f"Data ini sedang dipakai oleh {who} di server ({where}); tidak "
                               f"ada yang disimpan. Tunggu sebentar lalu coba lagi.")


def lock_for_writing(db: Database, tables: Sequence[str], where: str,
                     waiting: Callable[[str], None] | None = None) -> None:
    """LOCK TABLE … IN SHARE ROW EXCLUSIVE MODE within the current transaction. When someone
    holds them, `waiting` is told whom the operation waits for; after the server's lock
    timeout, a DatabaseLockedError names them."""
    names = ", ".join(f'"{table}"' for table in tables)
    statement = f"LOCK TABLE {names} IN SHARE ROW EXCLUSIVE MODE"

    def at_once() -> None:
        with db.handle.atomic():  # a savepoint: a refused NOWAIT leaves the transaction usable
            db.handle.execute_sql(statement + " NOWAIT")
    _take(at_once, lambda: db.handle.execute_sql(statement), lambda: holders(db, tables),
          waiting, where, "tidak ada yang diubah")


@contextlib.contextmanager
def rows_held(db: Database, table: str, ids: Sequence[int], where: str,
              waiting: Callable[[str], None] | None = None,
              nothing_done: str = "tidak ada yang dicetak") -> Iterator[None]:
    """On a server, these rows of `table` held against others' changes (FOR SHARE) for the
    block, by a connection of its own: the block's own transactions (each sheet of a batch
    registered as it is printed) commit as they go, while what they read cannot change under
    them. Others' saves of those rows wait, and are told whom for (save_waited_error); the
    hold itself, when it must wait, tells `waiting` whom for, and after the lock timeout
    raises a DatabaseLockedError naming them. On a file: nothing (one writer at a time)."""
    if db.server is None or not ids:
        yield
        return
    from kinerja_desktop.storage.server import connection_apart
    connection = connection_apart(db.server)
    statement = f'SELECT 1 FROM "{table}" WHERE id = ANY(%s) FOR SHARE'
    patience = str(db.execute_sql("SHOW lock_timeout").fetchone()[0])  # this session's
    try:
        connection.execute("SELECT set_config('lock_timeout', %s, false)", (patience,))

        def at_once() -> None:
            with connection.transaction():  # a savepoint inside the hold's transaction
                connection.execute(statement + " NOWAIT", (list(ids),))
        _take(at_once, lambda: connection.execute(statement, (list(ids),)),
              lambda: holders(db, [table]), waiting, where, nothing_done)
        yield
    finally:
        connection.close()  # its transaction, and with it the hold, ends here


def _take(at_once: Callable[[], object], waited: Callable[[], object],
          holders_now: Callable[[], list[str]], waiting: Callable[[str], None] | None,
          where: str, nothing_done: str) -> None:
    """Take a lock: at once if free; else tell `waiting` whom for, and wait up to the lock
    timeout, after which a DatabaseLockedError names them."""
    from kinerja_desktop.storage.server_sql import is_lock_wait
    try:
        at_once()
        return
    except Exception as exc:  # peewee and psycopg errors alike
        if not is_lock_wait(exc):
            raise
    found = holders_now()
    who = ", ".join(found) if found else "pengguna lain"
    if waiting is not None:
        waiting(f"Menunggu {who} selesai menyimpan data di server…")
    try:
        waited()
    except Exception as exc:  # as above
        if not is_lock_wait(exc):
            raise
        raise DatabaseLockedError(
            f"Data sedang dipakai oleh {who} di server ({where}); {nothing_done}. "
            f"Coba lagi setelah selesai.") from None
