"""Progress told by bytes over the steps of a backup or a verification, and a check run on
a thread of its own beside other work. No Qt.

A step's share of the bar is its weight: what a byte of the database costs in it, relative
to the copy (measured on the bench databases). Two pieces of work at once (the integrity
check on its thread; the encryption or the reading of rows on the calling one) are one step,
each piece's fraction weighted; only the calling thread tells the progress callback, so what
it hears is in order.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from kinerja_desktop.errors import OperationCancelled

# progress(fraction 0..1 of the whole work, what is being done now, in Indonesian)
Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
T = TypeVar("T")

# What a byte of the database costs in each step, relative to the copy (measured: the
# integrity check reads every index against its table; the manifest makes each row's text).
WEIGHTS = {"copy": 1.0, "manifest": 1.2, "integrity_check": 2.0, "quick_check": 0.3,
            "sha": 0.15, "encrypt": 1.0, "read_back": 0.4, "decrypt": 0.8, "rows": 1.5}


class Bar:
    """The progress of several steps as one fraction: each step's share is its weight."""

    def __init__(self, progress: Progress | None, steps: list[str],
                 weights: dict[str, float] | None = None) -> None:
        self.progress = progress
        weights = {**WEIGHTS, **(weights or {})}
        total = sum(weights[s] for s in steps) or 1.0
        self.start: dict[str, float] = {}
        self.share: dict[str, float] = {}
        at = 0.0
        for step in steps:
            self.start[step], self.share[step] = at, weights[step] / total
            at += self.share[step]

    def tell(self, step: str, fraction: float, text: str) -> None:
        if self.progress is not None and step in self.start:
            done = self.start[step] + self.share[step] * max(0.0, min(1.0, fraction))
            self.progress(min(1.0, done), text)

    def bytes(self, step: str, text: str) -> Callable[[int, int], None]:
        """A (done, total) callback for `step`."""
        return lambda done, total: self.tell(step, done / max(total, 1), text)


class Tracks:
    """Two pieces of work at once (the check on its thread; the encryption or hash here) as
    one step of the bar: each piece's fraction weighted. Only the calling (main) thread tells
    the progress callback; the checker's thread only records its fraction."""

    def __init__(self, bar: Bar, step: str, weights: dict[str, float]) -> None:
        self.bar, self.step = bar, step
        self.weights = weights
        self.done = dict.fromkeys(weights, 0.0)

    def record(self, track: str, fraction: float) -> None:
        self.done[track] = max(self.done[track], min(1.0, fraction))  # a float: atomic

    def tell(self, track: str, fraction: float, text: str) -> None:
        self.record(track, fraction)
        total = sum(self.weights.values()) or 1.0
        self.bar.tell(self.step, sum(self.weights[t] * self.done[t] for t in self.done)
                      / total, text)

    def bytes(self, track: str, text: str) -> Callable[[int, int], None]:
        return lambda done, total: self.tell(track, done / max(total, 1), text)


def canceller(cancelled: Cancelled | None, text: str) -> Callable[[], bool]:
    """A `cancelled()` that raises OperationCancelled(text) itself (so every step says the
    same), and otherwise answers False."""
    def check() -> bool:
        if cancelled is not None and cancelled():
            raise OperationCancelled(text)
        return False
    return check


class Background(threading.Thread, Generic[T]):
    """`work(stop)` on a thread of its own (SQLite runs a check without Python's lock, so it
    costs no time beside the work of this thread): `stop()` raises OperationCancelled once
    halt() was called, or through the caller's `check_cancel` when the user cancelled."""

    def __init__(self, work: Callable[[Callable[[], bool]], T],
                 check_cancel: Callable[[], bool]) -> None:
        super().__init__(name="kinerja-periksa", daemon=True)
        self.work, self.check_cancel = work, check_cancel
        self.stopping = False
        self.result: T | None = None
        self.error: BaseException | None = None
        # The work's SQLite connection (hold()): interrupted from here on a cancel. Not every
        # SQLite calls the progress handler inside PRAGMA integrity_check (Windows' build of
        # Python 3.11.9 does not), but every one honours sqlite3_interrupt there.
        self._held: sqlite3.Connection | None = None

    def hold(self, con: sqlite3.Connection | None) -> None:
        """The connection the work is using now (None once it is closed)."""
        self._held = con

    def _interrupt(self) -> None:
        con = self._held
        if con is not None:
            with contextlib.suppress(sqlite3.Error):  # closed meanwhile: nothing to stop
                con.interrupt()

    def stop(self) -> bool:
        if self.stopping:
            raise OperationCancelled("Dihentikan.")
        return self.check_cancel()

    def run(self) -> None:
        try:
            self.result = self.work(self.stop)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller in finish()
            self.error = exc

    def halt(self) -> None:
        """Stop the work (the caller's failed or was cancelled) and wait for it."""
        self.stopping = True
        self._interrupt()
        self.join()

    def finish(self, tracks: Tracks, track: str, text: str) -> T:
        """Wait for the work, telling its progress here and asking for a cancel (a cancel
        while it ran counts even if it has just ended); its result, or its error raised."""
        try:
            while self.is_alive():
                self.join(0.1)
                tracks.tell(track, tracks.done[track], text)
                self.check_cancel()  # raises OperationCancelled when the user cancelled
            self.check_cancel()
        except OperationCancelled:
            self.halt()
            raise
        if self.error is not None:
            raise self.error
        assert self.result is not None
        return self.result
