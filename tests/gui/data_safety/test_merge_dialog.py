"""The merge dialog: the dry run writes nothing, a conflict can be settled either way."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from kinerja_desktop.gui.data_safety import merge_dialog
from kinerja_desktop.gui.data_safety.merge_dialog import MergeDialog
from kinerja_desktop.services.backup import make_backup
from kinerja_desktop.storage.database import open_database
from kinerja_desktop.storage.models import utc_now
from tests.helpers.dialogs import record_dialogs
from tests.helpers.dump import dump_database


@pytest.fixture
def pair(tmp_path, demo_db):
    ours_path = demo_db.path
    demo_db.close()
    theirs_path = tmp_path / "pc-lain.db"
    shutil.copy(ours_path, theirs_path)
    ours, theirs = open_database(ours_path), open_database(theirs_path)
    yield ours, theirs
    ours.close()
    theirs.close()


def rename_unit(db, short: str) -> None:
    with db.atomic():
        db.handle.execute_sql("UPDATE unit SET short_name = ?, modified_at = ? WHERE id = 1",
                              (short, str(utc_now())))


def test_dry_run_then_merge_taking_the_other_pcs_version(app, qtbot, pair, tmp_path,
                                                         monkeypatch):
    record_dialogs(monkeypatch, merge_dialog)
    ours, theirs = pair
    rename_unit(ours, "Kominfo PC ini")
    rename_unit(theirs, "Kominfo PC lain")  # changed on both sides: a conflict
    (tmp_path / "usb").mkdir()
    backup = make_backup(theirs, tmp_path / "usb").path
    dialog = MergeDialog(ours)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(backup))
    before = dump_database(ours.path, include_audit=False)
    dialog.check_button.click()
    assert dialog.plan is not None and not dialog.plan.applied
    assert dump_database(ours.path, include_audit=False) == before  # the dry run wrote nothing
    assert dialog.conflicts.count() == 1
    assert "Kominfo PC lain" in dialog.conflicts.item(0).text()
    dialog.conflicts.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.merge_button.click()
    assert dialog.plan.applied
    short = ours.handle.execute_sql("SELECT short_name FROM unit WHERE id = 1").fetchone()[0]
    assert short == "Kominfo PC lain"
    assert "memulihkan cadangan PC pertama" not in dialog.summary.text()


def test_separately_entered_data_is_explained_in_the_summary(app, qtbot, tmp_path, monkeypatch):
    from kinerja_desktop.services.demo import load_demo
    record_dialogs(monkeypatch, merge_dialog)
    ours, theirs = open_database(tmp_path / "pc1.db"), open_database(tmp_path / "pc2.db")
    try:
        for db in (ours, theirs):
            load_demo(db)  # the same officials, entered on each PC: no UUID in common
        (tmp_path / "usb").mkdir()
        backup = make_backup(theirs, tmp_path / "usb").path
        dialog = MergeDialog(ours)
        qtbot.addWidget(dialog)
        dialog.file_edit.setText(str(backup))
        dialog.check_button.click()
        assert "memulihkan cadangan PC pertama" in dialog.summary.text()
    finally:
        ours.close()
        theirs.close()


def test_a_file_that_is_not_a_backup_is_refused(app, qtbot, demo_db, tmp_path, monkeypatch):
    shown = record_dialogs(monkeypatch, merge_dialog)
    junk = tmp_path / "bukan.kinerja"
    junk.write_bytes(b"bukan basis data")
    dialog = MergeDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(junk))
    dialog.check_button.click()
    assert shown.errors and dialog.plan is None
    assert not dialog.merge_button.isEnabled()
