"""The history window: its models, filtering through the widgets, the before/after detail."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont

from kinerja_desktop.gui.data_safety import audit_view
from kinerja_desktop.gui.data_safety.audit_view import AuditDialog
from kinerja_desktop.services.actor import set_operator
from kinerja_desktop.storage.models import Unit, utc_now
from tests.helpers.gui_fixtures import window_action


@pytest.fixture
def history(db):
    set_operator("Rina")
    ids = [db.insert(Unit, name=f"Dinas {n}") for n in range(5)]
    units = [db.select(Unit).where(Unit.id == unit_id).get() for unit_id in ids]
    set_operator("Dedi")
    db.update(Unit, name="Dinas Dua", modified_at=utc_now()).where(Unit.id == ids[2]).execute()
    yield units
    set_operator(None)


@pytest.fixture
def dialog(app, qtbot, db, history):
    widget = AuditDialog(db)
    qtbot.addWidget(widget)
    return widget


def rows(dialog) -> list[tuple]:
    model = dialog.model
    return [tuple(model.index(r, c).data() for c in (1, 2, 3, 4))
            for r in range(model.rowCount())]


def test_models_pass_the_model_tester(dialog, qtmodeltester):
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.diff_model)


def test_lists_newest_first_and_shows_the_first_entry(dialog):
    assert rows(dialog)[0] == ("Dedi", "Diubah", "Unit kerja", "Dinas Dua")
    assert len(rows(dialog)) == 6 and dialog.count_label.text() == "Jumlah perubahan: 6"
    diff = dialog.diff_model
    changed = [(diff.index(r, 0).data(), diff.index(r, 1).data(), diff.index(r, 2).data())
               for r in range(diff.rowCount())
               if diff.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) is not None]
    assert changed == [("Nama unit kerja", "Dinas 2", "Dinas Dua")]
    font = diff.index(0, 1).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert diff.index(1, 1).data(Qt.ItemDataRole.FontRole) is None
    assert "Dedi" in dialog.detail_title.text()


def test_filtering_through_the_widgets(dialog, qtbot, history):
    dialog.actor_combo.setCurrentIndex(dialog.actor_combo.findData("Rina"))
    assert {r[0] for r in rows(dialog)} == {"Rina"} and len(rows(dialog)) == 5
    dialog.search_edit.setText("Dinas 4")
    qtbot.waitUntil(lambda: len(rows(dialog)) == 1)
    assert rows(dialog) == [("Rina", "Dibuat", "Unit kerja", "Dinas 4")]
    dialog.clear_button.click()
    assert len(rows(dialog)) == 6
    dialog.record_edit.setText(history[2].uuid)
    dialog.refresh()
    assert [r[1] for r in rows(dialog)] == ["Diubah", "Dibuat"]
    dialog.clear_filters()
    tomorrow = QDate.currentDate().addDays(1)
    dialog.from_edit.setDate(tomorrow)
    assert rows(dialog) == [] and dialog.stack.currentWidget() is dialog.empty_label
    assert "saringan" in dialog.empty_label.text()
    assert dialog.diff_model.rowCount() == 0 and not dialog.record_button.isEnabled()
    dialog.from_edit.setDate(audit_view.NO_DATE)
    dialog.to_edit.setDate(QDate.currentDate())
    assert len(rows(dialog)) == 6


def test_this_record_only(dialog, history):
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    dialog.record_button.click()
    assert dialog.record_edit.text() == history[2].uuid
    assert len(rows(dialog)) == 2


def test_opened_on_one_record(app, qtbot, db, history):
    widget = AuditDialog(db, entity_uuid=history[0].uuid)
    qtbot.addWidget(widget)
    assert rows(widget) == [("Rina", "Dibuat", "Unit kerja", "Dinas 0")]
    created = widget.diff_model
    assert [created.index(r, 1).data() for r in range(created.rowCount())] == ["", "", ""]


def test_empty_history(app, qtbot, db):
    widget = AuditDialog(db)
    qtbot.addWidget(widget)
    assert widget.stack.currentWidget() is widget.empty_label
    assert widget.empty_label.text() == "Belum ada perubahan yang tercatat."


def test_more_rows_are_fetched_when_scrolled(app, qtbot, db, monkeypatch):
    monkeypatch.setattr(audit_view, "PAGE_SIZE", 4)
    set_operator("Rina")
    try:
        for n in range(10):
            db.insert(Unit, name=f"Unit {n}")
    finally:
        set_operator(None)
    widget = AuditDialog(db)
    qtbot.addWidget(widget)
    model = widget.model
    assert model.rowCount() == 4 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 10 and not model.canFetchMore()
    assert [model.index(r, 4).data() for r in range(10)] == [
        f"Unit {n}" for n in reversed(range(10))]


def test_menu_action_opens_the_history(main_window, monkeypatch):
    opened = []
    monkeypatch.setattr(AuditDialog, "exec", lambda self: opened.append(self) or 0)
    window_action(main_window, "auditAction").trigger()
    assert len(opened) == 1 and opened[0].windowTitle() == "Riwayat perubahan"


def type_date(qtbot, edit, text: str) -> None:
    """Click into a date filter, select all, type, and Tab away."""
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_date_filters_take_typed_dates(dialog, qtbot):
    # Typed "dd/mm/yyyy" used to be ignored (the field kept "tidak dibatasi").
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    today = QDate.currentDate()
    tomorrow = today.addDays(1)
    type_date(qtbot, dialog.from_edit, tomorrow.toString("dd/MM/yyyy"))
    assert dialog.from_edit.date() == tomorrow and rows(dialog) == []
    type_date(qtbot, dialog.from_edit, today.toString("ddMMyyyy"))
    assert dialog.from_edit.date() == today and len(rows(dialog)) == 6
    type_date(qtbot, dialog.from_edit, "")  # emptied: not limited again
    assert dialog.from_edit.date() == audit_view.NO_DATE
    assert dialog.from_edit.text() == "tidak dibatasi"
    type_date(qtbot, dialog.to_edit, "31/02/2019")
    assert "tidak ada di kalender" in dialog.to_edit.toolTip()
    assert len(rows(dialog)) == 6  # the unreadable date limits nothing, and says so
    dialog.grab().save("/tmp/dates-audit.png")
