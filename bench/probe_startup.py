"""Startup probe (a child process): start the app or a bare Qt window, print READY once shown."""

# Usage: probe_startup.py app|bare|empty|model DB_PATH
# Prints "READY <seconds since process start> <mode> <rows> <peak RSS MB>" once the window is
# exposed and its table has painted (kinerja_desktop/gui/startup_probe.py), then quits:
# - app: the app's own entry point, main.main(["--db", DB_PATH]), with KINERJA_STARTUP_PROBE
#   set, so that the app's own probe (as in the packaged app) reports; nothing of the app is
#   imported before main.py does it, so its imports happen in its own order;
# - bare: a bare PySide6 window whose table shows the first screen of the same roster, read
#   with the standard sqlite3 module into a QStandardItemModel (the baseline);
# - empty: the same window with no rows (the baseline before issue 19, for information);
# - model: the bare window with the same rows served by a minimal Python item model (for
#   information: what any Python model costs before the app does anything of its own;
#   PySide6 builds the Qt namespace's types when the first of its enums reaches Python).

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TIMEOUT_S = 120.0
# The first screen of the roster as the bare window reads it: the columns the app shows, in
# its default order (active officials by name), as many rows as a screen holds.
BARE_ROWS = 60
BARE_SQL = ("SELECT full_name, nip, rank, post, unit_short, unit_name, eselon, filling, "
            "start_date FROM roster_entry WHERE active = 1 ORDER BY name_sort, official_id "
            "LIMIT ?")


def fail(message: str) -> None:
    print(f"FAIL {message}", flush=True)
    os._exit(3)


def python_model(rows: list[tuple], parent):
    """The rows in the smallest Python table model: row and column counts, text, headers."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex

    class Model(QAbstractTableModel):
        def rowCount(self, _parent=QModelIndex()):  # noqa: N802 - Qt's name
            return len(rows)

        def columnCount(self, _parent=QModelIndex()):  # noqa: N802 - Qt's name
            return 8

        def data(self, index, role=0):
            if role != 0:  # Qt.ItemDataRole.DisplayRole, without naming the Qt namespace
                return None
            name, nip, rank, post, short, unit, eselon, filling, start = rows[index.row()]
            return (name, nip, rank, post, short or unit, eselon, filling,
                    start)[index.column()] or ""

        def headerData(self, section, _orientation, role=0):  # noqa: N802 - Qt's name
            return str(section + 1) if role == 0 else None

    return Model(parent)


def run_bare(db_path: str | None, python: bool = False) -> int:
    """A QMainWindow with a QTableView; with a database, its table shows the roster's first
    screen from it (sqlite3, a QStandardItemModel: what a bare PySide6 program would do; with
    `python`, a minimal Python model instead)."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    from kinerja_desktop.gui import startup_probe

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    table = QTableView(window)
    if db_path is not None:
        import sqlite3

        from PySide6.QtGui import QStandardItem, QStandardItemModel
        connection = sqlite3.connect(db_path)
        rows = connection.execute(BARE_SQL, (BARE_ROWS,)).fetchall()
        connection.close()
        if python:
            table.setModel(python_model(rows, window))
        else:
            model = QStandardItemModel(len(rows), 8, window)
            for number, (name, nip, rank, post, short, unit, eselon, filling, start) in \
                    enumerate(rows):
                for column, value in enumerate((name, nip, rank, post, short or unit, eselon,
                                                filling, start)):
                    model.setItem(number, column, QStandardItem(value or ""))
            table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1200, 720)
    window.show()
    os.environ[startup_probe.ENV] = "-"
    startup_probe.watch(table, "empty" if db_path is None else "model" if python else "bare",
                        need_rows=db_path is not None)
    return app.exec()


def run_app(db_path: str) -> int:
    """The app as a user starts it; its own start-up probe reports (label "app")."""
    os.environ["KINERJA_STARTUP_PROBE"] = "-"
    import main
    return main.main(["--db", db_path])


def main(argv: list[str]) -> int:
    # A modal error dialog (offscreen, unseen) would block forever: give up after a while.
    watchdog = threading.Timer(TIMEOUT_S, fail, (f"not ready after {TIMEOUT_S:.0f} s",))
    watchdog.daemon = True
    watchdog.start()
    if len(argv) < 2 or argv[0] not in ("app", "bare", "empty", "model"):
        print("usage: probe_startup.py app|bare|empty|model DB_PATH", file=sys.stderr)
        return 2
    if argv[0] == "app":
        return run_app(argv[1])
    return run_bare(None if argv[0] == "empty" else argv[1], python=argv[0] == "model")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
