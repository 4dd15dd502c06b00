"""Opening the target editor: a few statements whatever the number of targets and reports,
and each row's problems checked only when a cell of that row is drawn."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.programs import ProgramInput, ProgressInput, TargetInput
from kinerja_desktop.gui.programs.program_editor import ProgramEditor
from kinerja_desktop.gui.programs.target_model import COLUMN, TargetModel
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.progress import ProgressService
from kinerja_desktop.services.roster import RosterService

START = date(2019, 6, 14)
TODAY = START + timedelta(days=40)


def _official_with_program(db, nip: str, targets: int, reports_each: int) -> int:
    """An official with a draft 100-day program of `targets` targets (the last without a
    weight, so one row has a problem), each with `reports_each` progress reports."""
    roster = RosterService(db)
    official_id, _ = roster.create(
        OfficialInput(nip, f"Pejabat {targets}", rank="IV/b"),
        [AppointmentInput("Kepala Dinas", f"Dinas {targets}", "II.b", "promosi",
                          start_date=START)])
    service = ProgramService(db, lambda: TODAY)
    appointment_id = roster.get(official_id).appointments[0].id
    program_id = service.create_program(appointment_id, ProgramInput("100_hari", START))
    progress = ProgressService(db, lambda: TODAY)
    for n in range(targets):
        weight = Decimal(0) if n == targets - 1 else Decimal(1)
        target_id = service.add_target(program_id, TargetInput(
            "target_kinerja", f"Target {n + 1}", target_value=10, unit="dokumen",
            weight=weight))
        for day in range(reports_each):
            progress.add_report(target_id, ProgressInput(START + timedelta(days=day + 1),
                                                         day + 1.0), [])
    return official_id


def _statements_to_open(app, qtbot, db, official_id: int) -> tuple[list[str], ProgramEditor]:
    seen: list[str] = []
    connection = db.handle.connection()
    connection.set_trace_callback(seen.append)
    try:
        editor = ProgramEditor(db, official_id, today=lambda: TODAY)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        editor.table.viewport().repaint()
    finally:
        connection.set_trace_callback(None)
    return seen, editor


def test_opening_reads_a_few_statements_whatever_the_size(app, qtbot, db):
    small = _official_with_program(db, "197203151995031004", targets=3, reports_each=2)
    large = _official_with_program(db, "198001012005012003", targets=40, reports_each=6)
    few, small_editor = _statements_to_open(app, qtbot, db, small)
    many, large_editor = _statements_to_open(app, qtbot, db, large)
    assert small_editor.model.rowCount() == 3 and large_editor.model.rowCount() == 40
    assert large_editor.detail.progress_model.rowCount() == 6  # the first target's reports
    # Not one statement per target or per report: the same count at 3 and at 40 targets.
    assert len(many) == len(few) <= 8, many
    assert sum("FROM target" in s or "FROM \"target\"" in s for s in many) == 1, many


def test_a_rows_problems_are_checked_when_it_is_drawn(app, qtbot, db, monkeypatch):
    official_id = _official_with_program(db, "197203151995031004", targets=60, reports_each=0)
    checked: list[str] = []
    original = TargetModel._check
    monkeypatch.setattr(TargetModel, "_check",
                        lambda self, target: (checked.append(target.data.title),
                                              original(self, target))[1])
    editor = ProgramEditor(db, official_id, today=lambda: TODAY)
    qtbot.addWidget(editor)
    editor.resize(900, 400)  # a screen of rows, not sixty
    editor.show()
    qtbot.waitExposed(editor)
    editor.table.viewport().grab()  # drawn, whether or not the platform has painted yet
    assert 0 < len(checked) < 60, checked  # the rows in view, not all of them
    assert len(set(checked)) == len(checked)  # each once
    model = editor.model
    last = model.index(59, COLUMN["bobot"])
    assert "Target 60" not in checked
    # Drawn (or asked) later, the row's problem is still shown: a weight of 0 is red.
    assert model.data(last, Qt.ItemDataRole.BackgroundRole) is not None
    assert "Target 60" in checked
    assert model.problems(59).get("bobot")


@pytest.mark.parametrize("targets", [0, 5])
def test_the_empty_states_are_built_when_first_shown(app, qtbot, db, targets):
    official_id = _official_with_program(db, "197203151995031004", targets=targets,
                                         reports_each=0)
    editor = ProgramEditor(db, official_id, today=lambda: TODAY)
    qtbot.addWidget(editor)
    assert editor.findChild(object, "noProgramPage") is None  # a program is shown
    if targets:
        assert editor.findChild(object, "noTargetPage") is None
        assert editor.no_target_label is None
    else:
        assert editor.findChild(object, "noTargetPage") is not None
        assert "Belum ada target" in editor.no_target_label.text()
