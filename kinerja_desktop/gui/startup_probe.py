"""Start-up measurement: report when a window has painted its first rows, then quit.

The frozen package cannot be instrumented from outside, so the app carries this small probe.
It is off unless KINERJA_STARTUP_PROBE is set (to a file path, or "-" for standard output);
`bench/frozen_startup_bench.py` and `bench/probe_startup.py` set it for the app and for a bare
PySide6 window alike, so both are timed to the same point: the window is exposed on screen and
its table, holding rows, has painted (the paint runs the model's data() for every visible
cell).
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
FORCE_MS = 500  # ready this long without a paint: paint it synchronously
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


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (Linux: VmHWM; ru_maxrss would count the
    parent's peak too, it survives fork and exec), else 0 where it cannot be read."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    if sys.platform == "win32":  # no resource module (and mypy knows it from this test)
        return 0.0
    import resource
    # ru_maxrss is KB on Linux, bytes on macOS.
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


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
    """Report once `table`'s window is exposed and the table, holding rows, has painted: the
    time is taken right after that first paint (work a window defers past its first paint is
    not counted, as the user already sees the window). Where no paint comes within FORCE_MS
    of the table being ready, it is painted synchronously instead (the former rule)."""

    def __init__(self, table: QAbstractItemView, target: str, label: str,
                 need_rows: bool = True, finish: Callable[[], None] = QApplication.quit
                 ) -> None:
        super().__init__(table)
        self._table, self._target, self._label = table, target, label
        self._need_rows, self._finish = need_rows, finish
        self._ready_since: float | None = None
        self._done = False

    def start(self) -> None:
        # Only the viewport is watched, never the whole application. (Its first event makes
        # PySide6 build QEvent's Python enum, about 3 ms, which the app has built already.)
        self._table.viewport().installEventFilter(self)
        QTimer.singleShot(0, self._check)

    def _ready(self) -> bool:
        handle = self._table.window().windowHandle()
        model = self._table.model()
        rows = model.rowCount() if model is not None else 0
        return (self._table.isVisible() and handle is not None and handle.isExposed()
                and (rows > 0 or not self._need_rows))

    def eventFilter(self, watched: QObject, event) -> bool:  # noqa: N802 - Qt's name
        if not self._done and type(event).__name__ == "QPaintEvent" and self._ready():
            self._table.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self, self._painted)  # once this paint has finished
        return False

    def _painted(self) -> None:
        if self._done:
            return
        self._done = True
        model = self._table.model()
        self.report(model.rowCount() if model is not None else 0)
        self._finish()

    def _check(self) -> None:
        if self._done:
            return
        if not self._ready():
            self._ready_since = None
            QTimer.singleShot(POLL_MS, self._check)
            return
        now = time.perf_counter()
        if self._ready_since is None:
            self._ready_since = now
        if now - self._ready_since < FORCE_MS / 1000:
            QTimer.singleShot(POLL_MS, self._check)  # the platform's own paint is coming
            return
        self._table.viewport().removeEventFilter(self)
        self._table.viewport().repaint()  # synchronous: the visible cells are fetched now
        self._painted()

    def report(self, rows: int) -> None:
        """Called once, after the paint: the READY line (seconds since the process started,
        label, rows in the model, peak memory in MB, processor seconds this process used:
        steadier than the clock on a busy machine)."""
        _write(self._target, f"READY {since_process_start():.4f} {self._label} {rows} "
                             f"{peak_rss_mb():.1f} {time.process_time():.4f}")


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
