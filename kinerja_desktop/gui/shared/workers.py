"""Running long work off the UI thread with success/failure callbacks and progress."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class Operation(QRunnable):
    """Run `work(progress, cancelled)` in the thread pool; report back on the UI thread."""

    def __init__(self, work: Callable[[Callable[[int, int], None], Callable[[], bool]], object]):
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self.signals = _Signals()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread to show
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


def run_operation(work, on_success: Callable[[object], None],
                  on_failure: Callable[[BaseException], None],
                  on_progress: Callable[[int, int], None] | None = None) -> Operation:
    operation = Operation(work)
    operation.signals.succeeded.connect(on_success)
    operation.signals.failed.connect(on_failure)
    if on_progress:
        operation.signals.progress.connect(on_progress)
    operation.setAutoDelete(False)  # the caller keeps it to cancel
    QThreadPool.globalInstance().start(operation)
    return operation


def on_database(db, work):
    """Wrap `work` so the pool thread closes its own database connection when done.

    peewee keeps one connection per thread (threading.local): this closes only the pool
    thread's, never the UI thread's. Without it every pool thread that ever ran database
    work would keep the file open.
    """
    def run(progress, cancelled):
        try:
            return work(progress, cancelled)
        finally:
            db.close()
    return run

