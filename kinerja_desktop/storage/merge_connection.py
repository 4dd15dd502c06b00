"""This database's connection while a merge runs: a larger page cache, the operator read once."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from kinerja_desktop.storage.database import Database, current_operator

# This database's page cache while merging, in KiB (SQLite's default is 2,000).
MERGE_CACHE_KIB = 32 * 1024


@contextlib.contextmanager
def larger_page_cache(db: Database) -> Iterator[None]:
    """A larger page cache for this database while merging: the joins look every row of
    theirs up in our UUID indexes, which outgrow SQLite's default 2 MB at a province's size
    (bounded: MERGE_CACHE_KIB, then the setting it had). A server sizes its own."""
    if db.is_server:
        yield
        return
    (before,) = db.execute_sql("PRAGMA main.cache_size").fetchall()[0]
    db.execute_sql(f"PRAGMA main.cache_size = {-MERGE_CACHE_KIB}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA main.cache_size = {int(before)}")


@contextlib.contextmanager
def one_operator(db: Database) -> Iterator[None]:
    """The audit triggers' operator read once for the whole merge, not once per row written
    (one merge is one person's act; asking the system for the login name 30,000 times takes
    seconds): kinerja_actor() on this connection answers that name until the merge ends. A
    server's session names its operator once anyway (kinerja.actor)."""
    if db.is_server:
        yield
        return
    connection: sqlite3.Connection = db.handle.connection()
    operator = current_operator()
    connection.create_function("kinerja_actor", 0, lambda: operator)
    try:
        yield
    finally:
        connection.create_function("kinerja_actor", 0, current_operator)
