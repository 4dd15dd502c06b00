"""The history in staff words: field labels, names for references, dates, one entry per table."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kinerja_desktop.gui.data_safety.audit_view import AuditDialog
from kinerja_desktop.services.actor import set_operator
from kinerja_desktop.storage import evaluation_repo
from kinerja_desktop.storage.models import Appointment, AuditEntry, Official, Unit, utc_now
from tests.helpers.nips import make_nip


@pytest.fixture
def history(db):
    set_operator("Rina")
    try:
        unit = db.insert(Unit, name="Dinas Pendidikan")
        other = db.insert(Unit, name="Dinas Kesehatan")
        official = db.insert(Official, nip=make_nip(), name="Budi Santoso", sex="L",
                             birth_date=date(1970, 1, 1), back_title="S.Sos.")
        appointment = db.insert(Appointment, official=official, post_title="Kepala Dinas",
                                unit=unit, start_date=date(2019, 6, 14))
        db.update(Official, back_title="S.H.", modified_at=utc_now()).where(
            Official.id == official).execute()
        db.update(Appointment, unit=other, modified_at=utc_now()).where(
            Appointment.id == appointment).execute()
        # A service's event, recorded under the Indonesian entity name, and a trigger's row.
        evaluation_repo.audit(db, "Rina", "final", "evaluasi", "e-1", "Evaluasi difinalkan")
        db.insert(AuditEntry, actor="Rina", action="buat", entity="evaluation",
                  entity_uuid="e-1", summary="2019-09-22 (final)",
                  details_json='{"tabel": "evaluation", "sebelum": null, '
                               '"sesudah": {"date": "2019-09-22", "status": "final"}}')
    finally:
        set_operator(None)
    return db


@pytest.fixture
def dialog(app, qtbot, history):
    widget = AuditDialog(history)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_row(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def row_of(dialog, summary_part: str, action: str) -> int:
    model = dialog.model
    for r in range(model.rowCount()):
        if summary_part in model.index(r, 4).data() and model.index(r, 2).data() == action:
            return r
    raise AssertionError(f"no {action} row with {summary_part!r}")


def diff_rows(dialog) -> dict[str, tuple[str, str]]:
    diff = dialog.diff_model
    return {diff.index(r, 0).data(): (diff.index(r, 1).data(), diff.index(r, 2).data())
            for r in range(diff.rowCount())}


def test_a_changed_title_reads_in_staff_words(dialog, qtbot):
    click_row(qtbot, dialog.table, row_of(dialog, "Budi Santoso", "Diubah"))
    fields = diff_rows(dialog)
    assert fields["Gelar belakang"] == ("S.Sos.", "S.H.")
    assert fields["NIP"][1] == "19700101 199003 1 002"
    assert fields["Jenis kelamin"][1] == "Laki-laki"
    assert fields["Tanggal lahir"][1] == "1 Januari 1970"
    assert fields["Aktif"][1] == "Ya"
    assert "back_title" not in fields and "official_id" not in fields
    # The list's summary groups the NIP too, and the time reads as a date in words.
    summary = dialog.model.index(dialog.table.currentIndex().row(), 4).data()
    assert summary == "Budi Santoso (19700101 199003 1 002)"
    when = dialog.model.index(0, 0).data()
    assert any(month in when for month in ("Januari", "Februari", "Maret", "April", "Mei",
                                           "Juni", "Juli", "Agustus", "September", "Oktober",
                                           "November", "Desember"))


def test_references_show_names_not_numbers(dialog, qtbot):
    click_row(qtbot, dialog.table, row_of(dialog, "Kepala Dinas", "Diubah"))
    fields = diff_rows(dialog)
    assert fields["Unit kerja"] == ("Dinas Pendidikan", "Dinas Kesehatan")
    assert fields["Pejabat"] == ("Budi Santoso, S.H.", "Budi Santoso, S.H.")
    assert fields["Jabatan"] == ("Kepala Dinas", "Kepala Dinas")
    assert fields["Tanggal mulai"] == ("14 Juni 2019", "14 Juni 2019")
    # The stored name stays reachable for support, in the tooltip.
    diff = dialog.diff_model
    labels = [diff.index(r, 0) for r in range(diff.rowCount())]
    unit_index = next(i for i in labels if i.data() == "Unit kerja")
    assert "unit_id" in unit_index.data(Qt.ItemDataRole.ToolTipRole)


def test_each_table_is_offered_once_and_filters_both_names(dialog, qtbot):
    combo = dialog.entity_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts.count("Evaluasi") == 1
    assert not any("(" in t for t in texts)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != "Evaluasi":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    model = dialog.model
    rows = [(model.index(r, 2).data(), model.index(r, 4).data()) for r in range(model.rowCount())]
    assert sorted(rows) == [("Dibuat", "22 September 2019 (final)"),
                            ("Difinalkan", "Evaluasi difinalkan")]



def test_times_follow_the_interface_language(app, qtbot, history):
    from kinerja_desktop.gui.shared.i18n import switch_language
    english = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
    switch_language(app, "en")
    try:
        widget = AuditDialog(history)
        qtbot.addWidget(widget)
        when = widget.model.index(0, 0).data()
        assert any(month in when for month in english), when
    finally:
        switch_language(app, "id")
