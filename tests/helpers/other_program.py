"""Another program writing the same database on a connection of its own: a second process on
the same file, or a colleague's PC on the same server."""

from __future__ import annotations

import sqlite3

from kinerja_desktop.storage.database import register_functions


class OtherProgram:
    """execute() takes the app's SQL (SQLite's placeholders); `locked` is what a write
    refused for another's lock raises. `wait_s`: how long a write waits for a lock."""

    def __init__(self, db, wait_s: float = 30) -> None:
        self.server = db.is_server
        if self.server:
            import psycopg

            from tests.helpers.dump import _server_connection
            self.connection = _server_connection(db)
            # lock_timeout 0 means "wait for ever": the shortest wait is a millisecond.
            self.connection.execute(f"SET lock_timeout = '{max(1, int(wait_s * 1000))}ms'")
            self.locked: tuple[type[BaseException], ...] = (psycopg.errors.LockNotAvailable,)
        else:
            self.connection = sqlite3.connect(db.path, timeout=wait_s, isolation_level=None,
                                              check_same_thread=False)
            register_functions(self.connection)  # the audit triggers call kinerja_actor()
            self.locked = (sqlite3.OperationalError,)

    def execute(self, sql: str, params: tuple = ()) -> None:
        if self.server:
            from kinerja_desktop.storage.server_sql import translate
            sql = "BEGIN" if sql == "BEGIN IMMEDIATE" else translate(sql)
        self.connection.execute(sql, params)

    def close(self) -> None:
        self.connection.close()
