"""Work deferred to a widget's first paint: it runs once after the paint, and never for a
widget closed before it ran (a closed window's database may be closed too)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kinerja_desktop.gui import first_paint


def test_the_work_runs_once_after_the_first_paint(app, qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    ran: list[str] = []
    first_paint.after_first_paint(widget, lambda: ran.append("a"))
    first_paint.after_first_paint(widget, lambda: ran.append("b"))
    widget.show()
    qtbot.waitUntil(lambda: ran == ["a", "b"], timeout=5000)
    widget.update()
    qtbot.wait(50)
    assert ran == ["a", "b"]


def test_a_widget_closed_before_its_work_ran_never_runs_it(app, qtbot, monkeypatch):
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 100)
    widget = QWidget()
    qtbot.addWidget(widget)
    ran: list[str] = []
    first_paint.after_first_paint(widget, lambda: ran.append("read the database"))
    widget.show()
    widget.close()  # before the event loop got to the paint and the two turns after it
    qtbot.wait(400)  # past the fallback as well
    assert ran == []
    widget.show()  # shown again: the work was only waiting
    qtbot.waitUntil(lambda: ran == ["read the database"], timeout=5000)
