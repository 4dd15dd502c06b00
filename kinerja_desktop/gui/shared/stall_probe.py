"""How long the UI thread stops answering: a 10 ms timer recording the largest gap between ticks
while an operation runs (tests and bench/ use it; the app itself never starts one)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer

TICK_MS = 10  # the measure: "a 10 ms timer while they run"


@dataclass(frozen=True)
class StallReport:
    """What a probe saw: the largest gap between two ticks (ms), how many ticks, how long."""

    worst_ms: float
    ticks: int
    seconds: float
    finished: bool = True  # False: the wait in run_until timed out


class StallProbe(QObject):
    """A precise timer on the UI thread; each tick notes the time since the previous one.
    A gap much longer than the tick is time the event loop could not run: a stall. The gap
    from the last tick to stop() counts too, so a stall at the very end is not missed."""

    def __init__(self, interval_ms: int = TICK_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._started = self._last = 0.0
        self.worst_ms = 0.0
        self.ticks = 0

    def start(self) -> None:
        self.worst_ms, self.ticks = 0.0, 0
        self._started = self._last = time.perf_counter()
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst_ms = max(self.worst_ms, (now - self._last) * 1000)
        self._last = now
        self.ticks += 1

    def stop(self) -> StallReport:
        self._tick()
        self._timer.stop()
        return StallReport(self.worst_ms, self.ticks, self._last - self._started)

    def __enter__(self) -> StallProbe:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._timer.isActive():
            self.stop()


def run_until(done: Callable[[], bool], timeout_s: float, poll_ms: int = 5) -> bool:
    """Run the UI thread's event loop (a real one, as app.exec does) until `done()` is true or
    `timeout_s` passed; True when done. The poll is a timer of its own, so the loop sleeps
    between events instead of spinning."""
    if done():
        return True
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s

    def check() -> None:
        if done() or time.perf_counter() > deadline:
            loop.quit()

    poll = QTimer()
    poll.setInterval(poll_ms)
    poll.timeout.connect(check)
    poll.start()
    try:
        loop.exec()
    finally:
        poll.stop()
    return done()


def measure(action: Callable[[], object], done: Callable[[], bool],
            timeout_s: float = 120.0) -> StallReport:
    """Start the probe, run `action()` on the UI thread (say, close a window), then run the
    event loop until `done()`: the largest stall of the whole, the action's own time included."""
    probe = StallProbe()
    probe.start()
    action()
    finished = run_until(done, timeout_s)
    report = probe.stop()
    probe.deleteLater()
    return StallReport(report.worst_ms, report.ticks, report.seconds, finished)
