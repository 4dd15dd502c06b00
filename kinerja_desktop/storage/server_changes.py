"""Hearing of what other PCs change on the server (LISTEN/NOTIFY), so that an open window can
show it without a restart.

Every committed statement on a Kinerja table announces "<schema> <table> <client token>" on
server_schema.CHANGE_CHANNEL (a statement trigger). A listener holds one connection of its
own, in autocommit, waits on it, and hands over the tables others changed in its schema, a
batch at a time; what the listening program wrote itself (its handle's token) and what is
written in other schemas of the same database are left out. A lost
connection is tried again every few seconds, quietly: the program's own connection says
what is wrong when the user next reads or saves.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from kinerja_desktop.domain.server_address import ServerAddress
from kinerja_desktop.storage.server_schema import CHANGE_CHANNEL

WAIT_S = 0.5  # how long one wait lasts: the stop flag is looked at between waits
RETRY_S = 5.0  # after a lost connection
CONNECT_TIMEOUT_S = 10


def changed_tables(payloads: list[str], schema: str, own_token: str) -> frozenset[str]:
    """The tables of `schema` named in these announcements that another client changed."""
    tables = set()
    for payload in payloads:
        parts = payload.split(" ")
        if len(parts) == 3 and parts[0] == schema and parts[1] and parts[2] != own_token:
            tables.add(parts[1])
    return frozenset(tables)


class ChangeListener:
    """LISTEN on the server for others' changes; run() blocks until stop is set."""

    def __init__(self, address: ServerAddress, own_token: str) -> None:
        self.address = address
        self.own_token = own_token
        self.connected = threading.Event()  # set while listening (tests wait on it)
        self.backend_pid: int | None = None  # the listening session's, on the server
        self.schema = ""  # the Kinerja schema listened for (the connection's current one)

    def _connect(self) -> Any:
        import psycopg
        from kinerja_desktop.storage.server import connect_options
        options: dict[str, Any] = dict(connect_options(self.address),
                                       connect_timeout=CONNECT_TIMEOUT_S, autocommit=True,
                                       application_name="Kinerja Desktop (pemantau)")
        if self.address.schema_path():
            options["options"] = f"-c search_path={self.address.schema_path()}"
        connection = psycopg.connect(**options)
        row = connection.execute("SELECT current_schema()").fetchone()
        self.schema = str(row[0]) if row else ""
        connection.execute(f"LISTEN {CHANGE_CHANNEL}")
        return connection

    def run(self, on_change: Callable[[frozenset[str]], None], stop: threading.Event) -> None:
        """Hand each batch of others' changed tables to on_change (from this thread), until
        stop is set."""
        import psycopg
        while not stop.is_set():
            try:
                connection = self._connect()
            except psycopg.Error:
                stop.wait(RETRY_S)
                continue
            self.backend_pid = connection.info.backend_pid
            self.connected.set()
            try:
                while not stop.is_set():
                    payloads = [n.payload for n in connection.notifies(timeout=WAIT_S)]
                    tables = changed_tables(payloads, self.schema, self.own_token)
                    if tables:
                        on_change(tables)
            except psycopg.Error:
                stop.wait(RETRY_S)  # the server restarted or the LAN failed: listen again
            finally:
                self.connected.clear()
                try:
                    connection.close()
                except psycopg.Error:
                    pass
