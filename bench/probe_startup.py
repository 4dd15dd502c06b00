"""Startup probe (a child process): start the app or a bare Qt window, print READY once shown."""

# Usage: probe_startup.py app|bare DB_PATH
# Prints "READY <seconds since process start> <peak RSS MB> <mode> <rows>" once the table has
# painted its first visible rows, then quits. "mode" is "main" (the app's own main.py entry),
# "fallback" (RosterModel + QTableView, when the app's window is not importable) or "bare".

from __future__ import annotations

import os
import resource
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The clock and the ready test the packaged app uses too (KINERJA_STARTUP_PROBE).
from kinerja_desktop.gui.startup_probe import StartupProbe, since_process_start  # noqa: E402

TIMEOUT_S = 120.0


def peak_rss_mb() -> float:
    # On Linux, ru_maxrss survives fork and exec: a child reports at least its parent's peak
    # (this runner's, once it has built the database). VmHWM belongs to this process image.
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    # ru_maxrss is KB on Linux, bytes on macOS.
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def report(mode: str, rows: int) -> None:
    print(f"READY {since_process_start():.4f} {peak_rss_mb():.1f} {mode} {rows}", flush=True)


def fail(message: str) -> None:
    print(f"FAIL {message}", flush=True)
    os._exit(3)


def visible_rows(table) -> range:
    """Rows of the model that the table's viewport shows."""
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    if first < 0:
        return range(0)
    if last < 0:
        last = table.model().rowCount() - 1
    return range(first, last + 1)


class ReadyCheck(StartupProbe):
    """The app's start-up probe (window exposed, table painted), reporting peak memory too
    and checking that the paint fetched the visible rows."""

    def __init__(self, table, model, fetched: set[int] | None, mode: str):
        super().__init__(table, "-", mode, need_rows=model is not None)
        self.model, self.fetched, self.mode = model, fetched, mode

    def report(self, rows: int) -> None:
        if self.model is not None:
            visible = visible_rows(self._table)
            if len(visible) == 0:
                fail("no visible rows after painting")
            if self.fetched is not None:
                missing = {self.model.official_id(r) for r in visible} - self.fetched
                if missing:
                    fail(f"{len(missing)} visible rows were not fetched by the paint")
        report(self.mode, rows)


def run_bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    table = QTableView(window)
    window.setCentralWidget(table)
    window.resize(1200, 720)
    window.show()
    ReadyCheck(table, None, None, "bare").start()
    return app.exec()


def track_fetches() -> set[int]:
    """Record the official ids the roster fetches, through the service's public rows()."""
    from kinerja_desktop.services.roster import RosterService
    fetched: set[int] = set()
    original = RosterService.rows

    def rows(self, ids):
        fetched.update(ids)
        return original(self, ids)

    RosterService.rows = rows
    return fetched


def run_app(db_path: str) -> int:
    fetched = track_fetches()
    try:
        from kinerja_desktop.gui import main_window
        from kinerja_desktop.gui.app import create_application  # noqa: F401 - API check
    except ImportError:
        return run_fallback(db_path, fetched)
    original_show = main_window.MainWindow.show

    def show(window) -> None:
        original_show(window)
        ReadyCheck(window.table, window.model, fetched, "main").start()

    main_window.MainWindow.show = show
    import main  # the app's own entry point, started as a user starts it
    return main.main(["--db", db_path])


def run_fallback(db_path: str, fetched: set[int]) -> int:
    """RosterModel in a QTableView: what the window shows, for when MainWindow is missing."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    from kinerja_desktop.gui.roster.roster_model import RosterModel
    from kinerja_desktop.services.roster import RosterService
    from kinerja_desktop.storage.database import open_database
    from kinerja_desktop.storage.roster_repo import RosterFilter

    app = QApplication([sys.argv[0]])
    db = open_database(db_path)
    window = QMainWindow()
    model = RosterModel(RosterService(db), window)
    table = QTableView(window)
    table.setModel(model)
    model.set_filter(RosterFilter())
    window.setCentralWidget(table)
    window.resize(1200, 720)
    window.show()
    ReadyCheck(table, model, fetched, "fallback").start()
    try:
        return app.exec()
    finally:
        db.close()


def main(argv: list[str]) -> int:
    # A modal error dialog (offscreen, unseen) would block forever: give up after a while.
    watchdog = threading.Timer(TIMEOUT_S, fail, (f"not ready after {TIMEOUT_S:.0f} s",))
    watchdog.daemon = True
    watchdog.start()
    if len(argv) < 1 or argv[0] not in ("app", "bare") or (argv[0] == "app" and len(argv) < 2):
        print("usage: probe_startup.py app|bare DB_PATH", file=sys.stderr)
        return 2
    return run_bare() if argv[0] == "bare" else run_app(argv[1])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
