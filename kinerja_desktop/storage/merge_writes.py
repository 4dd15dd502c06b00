"""A merge's writes of one chunk: run together, and again row by row when one is refused."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from peewee import IntegrityError

from kinerja_desktop.storage.database import Database
from kinerja_desktop.storage.raw_sql import release_statement

REFUSED = (IntegrityError, sqlite3.IntegrityError)


@dataclass
class PendingWrite:
    """A write of a chunk, with what follows when it is done or refused (in row order)."""

    sql: str
    params: tuple[Any, ...]
    done: Callable[[], None] | None = None
    refused: Callable[[], None] | None = None  # None: a refusal is an error, not a listing


class ChunkWrites:
    """The chunk's pending writes, and what is listed between them (a conflict in its row's
    place), until flush writes them."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.pending: list[PendingWrite | Callable[[], None]] = []

    def write(self, sql: str, params: Sequence[Any]) -> Exception | None:
        """One write in a savepoint; the refusal, or None when it was written."""
        try:
            with self.db.handle.atomic():  # a savepoint: a refused row leaves nothing behind
                self.db.execute_sql(sql, params)
        except REFUSED as exc:
            release_statement(exc)
            return exc
        return None

    def flush(self) -> None:
        """Write the chunk's pending rows in order, runs of one statement together; if any is
        refused, undo the chunk's writes and write them again one by one (each in a
        savepoint), so that exactly the refused rows are listed. Then follow up in order."""
        events, self.pending = self.pending, []
        ops = [e for e in events if isinstance(e, PendingWrite)]
        if ops:
            try:
                with self.db.handle.atomic():  # a savepoint for the chunk
                    start = 0
                    while start < len(ops):
                        end = start
                        while end < len(ops) and ops[end].sql == ops[start].sql:
                            end += 1
                        if end - start == 1:
                            self.db.execute_sql(ops[start].sql, ops[start].params)
                        else:
                            self.db.executemany(ops[start].sql, [o.params for o in ops[start:end]])
                        start = end
            except REFUSED as exc:
                release_statement(exc)
                self._one_by_one(events)
                return
        for event in events:
            if isinstance(event, PendingWrite):
                if event.done is not None:
                    event.done()
            else:
                event()

    def _one_by_one(self, events: list[PendingWrite | Callable[[], None]]) -> None:
        for event in events:
            if not isinstance(event, PendingWrite):
                event()
                continue
            if event.refused is None:
                self.db.execute_sql(event.sql, event.params)
                error = None
            else:
                error = self.write(event.sql, event.params)
            follow = event.done if error is None else event.refused
            if follow is not None:
                follow()
