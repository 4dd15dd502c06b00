"""The yardstick for the frozen start-up benchmark: a bare PySide6 window with a table.

Built by bench/frozen_startup_bench.py with the same PyInstaller, in the same run, as the
app. It stops the clock at the same point as the app (kinerja_desktop/gui/startup_probe.py:
window exposed, table painted) and carries nothing of the app but that probe.
"""

import sys

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

from kinerja_desktop.gui import startup_probe


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare PySide6 window")
    model = QStandardItemModel(40, 6, window)  # about what the roster shows on screen
    for row in range(40):
        for column in range(6):
            model.setItem(row, column, QStandardItem(f"{row}:{column}"))
    table = QTableView(window)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1200, 720)
    window.show()
    startup_probe.watch(table, "bare")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
