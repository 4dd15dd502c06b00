"""The start-up probe the frozen benchmark reads: silent by default, one line when asked."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from kinerja_desktop.gui import startup_probe


def _table(qtbot, rows: int) -> QTableView:
    model = QStandardItemModel(rows, 2)
    for row in range(rows):
        model.setItem(row, 0, QStandardItem(f"baris {row}"))
    table = QTableView()
    table.setModel(model)
    model.setParent(table)
    qtbot.addWidget(table)
    return table


def test_nothing_happens_without_the_variable(qtbot, monkeypatch):
    monkeypatch.delenv(startup_probe.ENV, raising=False)
    assert startup_probe.watch(_table(qtbot, 3), finish=lambda: None) is None


def test_reports_once_the_table_is_shown_and_painted(qtbot, monkeypatch, tmp_path):
    target = tmp_path / "probe.txt"
    monkeypatch.setenv(startup_probe.ENV, str(target))
    finished = []
    table = _table(qtbot, 5)
    startup_probe.watch(table, "uji", finish=lambda: finished.append(True))
    qtbot.wait(20)
    assert not target.exists(), "reported before the window was shown"
    table.show()
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    ready, seconds, label, rows, memory, cpu = target.read_text(encoding="utf-8").split()
    assert (ready, label, rows) == ("READY", "uji", "5")
    assert 0 < float(seconds) < 3600  # since this process started
    assert float(memory) >= 0  # peak memory in MB (0 where it cannot be read)
    assert 0 < float(cpu) < 3600  # processor time this process used


def test_waits_for_rows_when_asked(qtbot, monkeypatch, tmp_path):
    target = tmp_path / "probe.txt"
    monkeypatch.setenv(startup_probe.ENV, str(target))
    finished = []
    table = _table(qtbot, 0)
    table.show()
    startup_probe.watch(table, finish=lambda: finished.append(True))
    qtbot.wait(50)
    assert not finished
    table.model().appendRow(QStandardItem("pejabat"))
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert target.read_text(encoding="utf-8").split()[3] == "1"
