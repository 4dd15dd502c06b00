"""Work that waits until a widget has painted once: what the first screen does not show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

# Longest wait (ms): a widget that is shown but never paints (minimised, covered) still gets
# its work.
FALLBACK_MS = 2000


class _FirstPaint(QObject):
    """Watches one widget (not the whole application: a Python filter there would cost
    every event) and runs the callbacks once, from the event loop, after its first paint."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._callbacks: list[Callable[[], object]] = []
        self._widget = widget
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def add(self, callback: Callable[[], object]) -> None:
        self._callbacks.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            # Not inside this paint, nor before the rest of the window's paint pass and what
            # that queued: two turns of the event loop.
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._run))
        return False

    def _run(self) -> None:
        if not self._widget.isVisible():
            # Closed (or not shown yet) before its work ran: a closed window's database may be
            # closed too, and reading it would quietly open a connection nobody closes. The
            # work waits for the next paint, which a closed window never gets.
            self._widget.installEventFilter(self)
            return
        callbacks, self._callbacks = self._callbacks, []
        self._widget.removeEventFilter(self)
        self.setObjectName("")  # done: a later call waits for the next paint
        self.deleteLater()
        for callback in callbacks:
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Run `callback` once `widget` has painted for the first time (or after FALLBACK_MS).
    Callbacks given for the same widget run in the order given."""
    watcher = widget.findChild(_FirstPaint, "firstPaint",
                               Qt.FindChildOption.FindDirectChildrenOnly)
    if watcher is None:
        watcher = _FirstPaint(widget)
        watcher.setObjectName("firstPaint")
    watcher.add(callback)
