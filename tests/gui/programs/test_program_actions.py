"""The main window's program actions: the 100-day programs of an inauguration, from the
Pelantikan menu and offered after an inauguration is recorded."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QInputDialog, QMessageBox

from kinerja_desktop.gui.roster.inauguration_dialog import InaugurationDialog
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.services.programs import ProgramService
from tests.helpers.dialogs import record_dialogs
from tests.helpers.gui_fixtures import window_action
from tests.helpers.status import status_message

DEMO_DAY = date(2019, 6, 14)


@pytest.fixture
def shown(monkeypatch):
    return record_dialogs(monkeypatch, operations)


def hundred_day_programs(db) -> int:
    return len([p for p in ProgramService(db).all_programs() if p.kind == "100_hari"])


def test_the_menu_asks_which_inauguration_then_creates_its_programs(demo_window, shown,
                                                                    monkeypatch):
    asked = []

    def get_item(_parent, _title, _label, items, *args, **kwargs):
        asked.append(list(items))
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    before = hundred_day_programs(demo_window.db)
    window_action(demo_window, "inaugurationProgramsAction").trigger()
    assert asked == [["14 Juni 2019"]]
    assert not shown.errors
    message = status_message(demo_window)
    assert message.startswith("Program 100 hari pelantikan 14 Juni 2019: 0 dibuat, ")
    assert message.endswith(f"{before} sudah ada.")  # again: nothing changes
    assert hundred_day_programs(demo_window.db) == before


def test_without_an_inauguration_the_menu_says_so(main_window, shown):
    window_action(main_window, "inaugurationProgramsAction").trigger()
    assert shown.information == ["Belum ada pelantikan yang tercatat."]
    assert not shown.errors


def test_recording_an_inauguration_offers_its_programs(demo_window, shown, monkeypatch):
    def recorded(dialog):
        dialog.date_edit.setDate(QDate(2019, 6, 14))  # saved as the demo's inauguration
        return 1

    monkeypatch.setattr(InaugurationDialog, "exec", recorded)
    shown.answer = QMessageBox.StandardButton.No
    window_action(demo_window, "inaugurationAction").trigger()
    assert "program 100 hari" in shown.questions[-1]
    assert status_message(demo_window) == ""  # declined: nothing created

    shown.answer = QMessageBox.StandardButton.Yes
    window_action(demo_window, "inaugurationAction").trigger()
    assert len(shown.questions) == 2
    assert status_message(demo_window).startswith(
        "Program 100 hari pelantikan 14 Juni 2019: 0 dibuat, ")
    assert not shown.errors
