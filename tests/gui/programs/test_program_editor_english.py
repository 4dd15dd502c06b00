"""Issue 15 in the target editor: under English the kind, status, scheme and the lock banner
read in English; in Indonesian they are what the core writes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.programs import ProgramInput, TargetInput, targets_locked_message
from kinerja_desktop.gui.programs.program_editor import ProgramEditor
from kinerja_desktop.gui.programs.target_model import COLUMN
from kinerja_desktop.gui.shared.i18n import switch_language
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.roster import RosterService

TODAY = date(2019, 7, 20)
START = date(2019, 6, 14)


@pytest.fixture
def official(db):
    """An official with an agreed 100-day program: an innovation (60) and a target (40)."""
    roster = RosterService(db)
    official_id, _ = roster.create(
        OfficialInput("197203151995031004", "Anas Dwisatya", rank="IV/b"),
        [AppointmentInput("Kepala Dinas Kominfo", "Dinas Kominfo", "II.b", "seleksi_terbuka",
                          start_date=START)])
    service = ProgramService(db, lambda: TODAY)
    program_id = service.create_program(roster.get(official_id).appointments[0].id,
                                        ProgramInput("100_hari", START))
    service.add_target(program_id, TargetInput("inovasi", "Optimalisasi SPBE", target_value=80,
                                               unit="%", weight=Decimal(60)))
    service.add_target(program_id, TargetInput("target_kinerja", "Integrasi TIK",
                                               target_value=3, unit="aplikasi",
                                               weight=Decimal(40)))
    service.change_status(program_id, "disepakati", "")
    return official_id


def open_editor(qtbot, db, official_id) -> ProgramEditor:
    window = ProgramEditor(db, official_id, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def kinds(window) -> list[str]:
    model = window.model
    return [model.index(row, COLUMN["jenis"]).data() for row in range(model.rowCount())]


def test_the_editor_reads_in_english(app, qtbot, db, official):
    switch_language(app, "en")
    try:
        window = open_editor(qtbot, db, official)
        assert kinds(window) == ["Innovation", "Performance Target"]
        assert window.lock_label.text().startswith(
            "The program is Agreed: targets and weights are locked.")
        table = window.table
        width = table.fontMetrics().horizontalAdvance("Performance Target")
        assert table.columnWidth(COLUMN["jenis"]) >= width  # not cut to "Performance T…"
    finally:
        switch_language(app, "id")


def test_the_indonesian_editor_is_unchanged(app, qtbot, db, official):
    window = open_editor(qtbot, db, official)
    assert kinds(window) == ["Inovasi", "Target Kinerja"]
    assert window.lock_label.text().startswith(targets_locked_message("disepakati"))
    assert window.table.columnWidth(COLUMN["jenis"]) == 105
