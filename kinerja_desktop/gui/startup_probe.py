"""Start-up measurement: report when a window has painted its first rows, then quit.

The frozen package cannot be instrumented from outside, so the app carries this small probe.
It is off unless KINERJA_STARTUP_PROBE is set (to a file path, or "-" for standard output);
`bench/frozen_startup_bench.py` sets it for the packaged app and for a packaged bare PySide6
window alike, so both are timed to the same point: the window is exposed on screen and its
table has painted (repaint() runs the model's data() for every visible cell).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication

ENV = "KINERJA_STARTUP_PROBE"
POLL_MS = 1
_T0 = time.perf_counter()  # fallback clock, when the process start time cannot be read


def since_process_start() -> float:
    """Seconds since the operating system started this process (Linux), else since import."""
    # Linux only: elsewhere /proc/self/stat is absent (or, under Wine, Wine's own process's)
    # and os.sysconf / time.clock_gettime do not exist.
    if sys.platform != "linux":
        return time.perf_counter() - _T0
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        start = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22 of stat: starttime
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start
    except (OSError, ValueError, AttributeError, IndexError):
        return time.perf_counter() - _T0


def requested() -> str | None:
    """Where to report ("-" or a file path), or None when no probe was asked for."""
    return os.environ.get(ENV) or None


def _write(target: str, line: str) -> None:
    if target == "-":
        print(line, flush=True)
    else:  # a windowed Windows build has no standard output
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")


class StartupProbe(QObject):
    """Poll from the event loop until `table`'s window is exposed and the table has rows,
    paint it, report() and finish. bench/probe_startup.py subclasses it to report more."""

    def __init__(self, table: QAbstractItemView, target: str, label: str,
                 need_rows: bool = True, finish: Callable[[], None] = QApplication.quit
                 ) -> None:
        super().__init__(table)
        self._table, self._target, self._label = table, target, label
        self._need_rows, self._finish = need_rows, finish

    def start(self) -> None:
        QTimer.singleShot(0, self._check)

    def _ready(self) -> bool:
        handle = self._table.window().windowHandle()
        model = self._table.model()
        rows = model.rowCount() if model is not None else 0
        return (self._table.isVisible() and handle is not None and handle.isExposed()
                and (rows > 0 or not self._need_rows))

    def _check(self) -> None:
        if not self._ready():
            QTimer.singleShot(POLL_MS, self._check)
            return
        self._table.viewport().repaint()  # synchronous: the visible cells are fetched now
        model = self._table.model()
        self.report(model.rowCount() if model is not None else 0)
        self._finish()

    def report(self, rows: int) -> None:
        """Called once, after the paint: the READY line."""
        _write(self._target, f"READY {since_process_start():.4f} {self._label} {rows}")


def watch(table: QAbstractItemView, label: str = "app", need_rows: bool = True,
          finish: Callable[[], None] = QApplication.quit) -> StartupProbe | None:
    """Attach a probe to `table` when KINERJA_STARTUP_PROBE asks for one; else do nothing.
    `finish` runs once the line is written (quitting the app, unless a test says otherwise)."""
    target = requested()
    if target is None:
        return None
    probe = StartupProbe(table, target, label, need_rows, finish)
    probe.start()
    return probe
