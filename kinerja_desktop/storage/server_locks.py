"""Who holds a server's tables: a long operation that must wait for them says whom it waits
for, and says it again if it gives up.

Each connection of the app names itself to the server as "Kinerja Desktop: <operator> @ <PC>"
(application_name, which every user of the database may read in pg_stat_activity, unlike the
session's settings), so that the holders of a lock can be named as staff know them.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Sequence

from typing import TYPE_CHECKING

from kinerja_desktop.errors import DatabaseLockedError

if TYPE_CHECKING:  # storage/database imports this module when a server write lock is taken
    from kinerja_desktop.storage.database import Database

APP_PREFIX = "Kinerja Desktop"
# The lock modes that conflict with SHARE ROW EXCLUSIVE (the import's): anyone writing rows.
_CONFLICTING = ("RowExclusiveLock", "ShareUpdateExclusiveLock", "ShareLock",
                "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock")
_LOCK_STATES = {"55P03", "57014"}  # lock not available (NOWAIT), lock_timeout


def pc_name() -> str:
    return socket.gethostname() or "PC"


# The server keeps 63 bytes of a session's name, in printable ASCII (others become "?").
NAME_BYTES = 63


def application_name(operator: str | None = None) -> str:
    """What this program's connections are called on the server: the operator shortened, not
    the PC, when the whole would not be kept."""
    pc = pc_name()[:20]
    if not operator:
        return f"{APP_PREFIX} @ {pc}"
    room = NAME_BYTES - len(f"{APP_PREFIX}:  @ {pc}")
    return f"{APP_PREFIX}: {operator[:max(room, 1)]} @ {pc}"


def holder_label(app_name: str, user: str) -> str:
    """One holder as staff know them: "Budi (PC-02)" for this app, else the program and the
    server account ("psql, akun budi")."""
    if app_name.startswith(APP_PREFIX + ": "):
        operator, _, pc = app_name[len(APP_PREFIX) + 2:].rpartition(" @ ")
        return f"{operator} ({pc})" if operator else pc
    if app_name.startswith(APP_PREFIX + " @ "):
        return f"akun {user} ({app_name[len(APP_PREFIX) + 3:]})"
    return f"{app_name}, akun {user}" if app_name else f"akun {user}"


def holders(db: Database, tables: Sequence[str]) -> list[str]:
    """The other sessions that hold a write lock on these tables of the current schema."""
    marks = ", ".join("?" for _ in tables)
    modes = ", ".join(f"'{mode}'" for mode in _CONFLICTING)
    rows = db.execute_sql(
        "SELECT DISTINCT coalesce(a.application_name, ''), a.usename::text "
        "FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
        "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema() "
        "JOIN pg_stat_activity a ON a.pid = l.pid "
        f"WHERE l.granted AND l.pid <> pg_backend_pid() AND l.mode IN ({modes}) "
        f"AND c.relname IN ({marks})", tuple(tables)).fetchall()
    return sorted({holder_label(str(app), str(user or "")) for app, user in rows})


def lock_for_writing(db: Database, tables: Sequence[str], where: str,
                     waiting: Callable[[str], None] | None = None) -> None:
    """LOCK TABLE … IN SHARE ROW EXCLUSIVE MODE within the current transaction. When someone
    holds them, `waiting` is told whom the operation waits for; after the server's lock
    timeout, a DatabaseLockedError names them."""
    from kinerja_desktop.storage.server_sql import sqlstate
    names = ", ".join(f'"{table}"' for table in tables)
    statement = f"LOCK TABLE {names} IN SHARE ROW EXCLUSIVE MODE"
    try:
        with db.handle.atomic():  # a savepoint: a refused NOWAIT leaves the transaction usable
            db.handle.execute_sql(statement + " NOWAIT")
        return
    except Exception as exc:  # peewee wraps psycopg's errors
        if sqlstate(exc) not in _LOCK_STATES:
            raise
    found = holders(db, tables)
    who = ", ".join(found) if found else "pengguna lain"
    if waiting is not None:
        waiting(f"Menunggu {who} selesai menyimpan data di server…")
    try:
        db.handle.execute_sql(statement)
    except Exception as exc:  # as above
        if sqlstate(exc) not in _LOCK_STATES:
            raise
        raise DatabaseLockedError(
            f"Data sedang dipakai oleh {who} di server ({where}); tidak ada yang diubah. "
            f"Coba lagi setelah selesai.") from None
