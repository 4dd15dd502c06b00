"""The merge dialog: the dry run writes nothing, a conflict can be settled either way."""

from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (QApplication, QMessageBox, QProgressDialog, QPushButton, QStyle,
                               QStyleOptionViewItem)

from kinerja_desktop.gui.data_safety.merge_dialog import MergeDialog
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.services import merge as merge_service
from kinerja_desktop.services.backup import make_backup
from kinerja_desktop.storage.database import open_database
from kinerja_desktop.storage.models import utc_now
from tests.helpers.dialogs import InputDialogTypist, record_dialogs
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


@pytest.fixture(autouse=True)
def no_worker_left(app):
    yield
    # A worker still running would touch a database the fixtures close.
    assert QThreadPool.globalInstance().waitForDone(20000)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def progress_dialog(dialog) -> QProgressDialog | None:
    found = [d for d in dialog.findChildren(QProgressDialog, "operationProgress")
             if d.isVisible()]
    return found[0] if found else None


def click_check_box(qtbot, view, row: int) -> None:
    """A real click on the check indicator of a list's row (where the style draws it)."""
    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    option.state |= QStyle.StateFlag.State_Enabled
    indicator = view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=indicator.center())


def rename_unit(db, short: str) -> None:
    with db.atomic():
        db.handle.execute_sql("UPDATE unit SET short_name = ?, modified_at = ? WHERE id = 1",
                              (short, str(utc_now())))


def test_dry_run_then_merge_taking_the_other_pcs_version(app, qtbot, pair, tmp_path,
                                                         monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    ours, theirs = pair
    rename_unit(ours, "Kominfo PC ini")
    rename_unit(theirs, "Kominfo PC lain")  # changed on both sides: a conflict
    (tmp_path / "usb").mkdir()
    backup = make_backup(theirs, tmp_path / "usb").path
    dialog = MergeDialog(ours)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file_edit.setText(str(backup))
    before = dump_database(ours.path, include_audit=False)
    click(qtbot, dialog.check_button)
    assert not dialog.check_button.isEnabled()  # running, off the UI thread
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert not dialog.plan.applied and dialog.check_button.isEnabled()
    assert dump_database(ours.path, include_audit=False) == before  # the dry run wrote nothing
    assert dialog.conflicts.count() == 1
    assert "Kominfo PC lain" in dialog.conflicts.item(0).text()
    click_check_box(qtbot, dialog.conflicts, 0)
    assert dialog.conflicts.item(0).checkState() == Qt.CheckState.Checked
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        click(qtbot, dialog.merge_button)
    assert dialog.plan.applied and shown.errors == []
    assert "1 konflik memakai versi PC lain" in shown.questions[-1]
    short = ours.handle.execute_sql("SELECT short_name FROM unit WHERE id = 1").fetchone()[0]
    assert short == "Kominfo PC lain"
    assert "memulihkan cadangan PC pertama" not in dialog.summary.text()


def test_separately_entered_data_is_explained_in_the_summary(app, qtbot, tmp_path, monkeypatch):
    from kinerja_desktop.services.demo import load_demo
    record_dialogs(monkeypatch, operations)
    ours, theirs = open_database(tmp_path / "pc1.db"), open_database(tmp_path / "pc2.db")
    try:
        for db in (ours, theirs):
            load_demo(db)  # the same officials, entered on each PC: no UUID in common
        (tmp_path / "usb").mkdir()
        backup = make_backup(theirs, tmp_path / "usb").path
        dialog = MergeDialog(ours)
        qtbot.addWidget(dialog)
        dialog.file_edit.setText(str(backup))
        click(qtbot, dialog.check_button)
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
        assert "memulihkan cadangan PC pertama" in dialog.summary.text()
    finally:
        ours.close()
        theirs.close()


def test_a_file_that_is_not_a_backup_is_refused(app, qtbot, demo_db, tmp_path, monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    junk = tmp_path / "bukan.kinerja"
    junk.write_bytes(b"bukan basis data")
    dialog = MergeDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(junk))
    click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: bool(shown.errors), timeout=20000)
    assert dialog.plan is None
    assert not dialog.merge_button.isEnabled() and dialog.check_button.isEnabled()


def test_the_file_box_is_labelled_and_alt_b_reaches_it(app, qtbot, demo_db, tmp_path, monkeypatch):
    """The box for the other PC's file was an unlabelled empty field."""
    shown = record_dialogs(monkeypatch, operations)
    dialog = MergeDialog(demo_db)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.check_button.setFocus()
    assert ".kinerja" in dialog.file_edit.placeholderText()
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.file_edit
    junk = tmp_path / "bukan.kinerja"
    junk.write_bytes(b"bukan basis data")
    qtbot.keyClicks(dialog.file_edit, str(junk))
    qtbot.keyClick(dialog, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # &Uji coba
    qtbot.waitUntil(lambda: bool(shown.errors), timeout=20000)
    assert dialog.plan is None


@pytest.fixture
def held_merge(monkeypatch):
    """apply_merge that stops at the officials table until `go_on` is set."""
    real = merge_service.apply_merge
    reached, go_on = threading.Event(), threading.Event()

    def held(db, path, passphrase=None, keep_theirs=frozenset(), progress=None,
             cancelled=None):
        def report(done, total, text):
            progress(done, total, text)
            if text == "Menggabungkan pejabat…" and not reached.is_set():
                reached.set()
                go_on.wait(20)
        return real(db, path, passphrase, keep_theirs, report, cancelled)

    monkeypatch.setattr(merge_service, "apply_merge", held)
    yield reached, go_on
    go_on.set()


def checked_dialog(qtbot, pair, tmp_path) -> MergeDialog:
    ours, theirs = pair
    rename_unit(theirs, "Kominfo PC lain")
    (tmp_path / "usb").mkdir()
    backup = make_backup(theirs, tmp_path / "usb").path
    dialog = MergeDialog(ours)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.file_edit.setText(str(backup))
    click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=20000)
    return dialog


def test_a_merge_shows_its_tables_and_a_cancel_changes_nothing(app, qtbot, pair, tmp_path,
                                                              monkeypatch, held_merge):
    shown = record_dialogs(monkeypatch, operations)
    reached, go_on = held_merge
    ours = pair[0]
    dialog = checked_dialog(qtbot, pair, tmp_path)
    before = dump_database(ours.path, include_audit=False)
    click(qtbot, dialog.merge_button)
    qtbot.waitUntil(reached.is_set, timeout=20000)
    qtbot.waitUntil(lambda: progress_dialog(dialog) is not None, timeout=5000)
    progress = progress_dialog(dialog)
    # The step's text comes by a queued signal: the dialog may show (its timer) a moment
    # before it is handled, with the step before (seen under Wine).
    qtbot.waitUntil(lambda: progress.labelText().endswith("\nMenggabungkan pejabat…"),
                    timeout=5000)
    assert progress.labelText() == ("Menggabungkan data PC lain…\n(Batal: basis data ini tetap "
                                    "seperti semula.)\nMenggabungkan pejabat…")
    assert progress.maximum() > progress.value() > 0  # rows of the other file, so far
    click(qtbot, progress.findChild(QPushButton, "cancelButton"))
    go_on.set()
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=20000)
    assert dialog.summary.text() == "Penggabungan dibatalkan; basis data tetap seperti semula."
    assert shown.errors == [] and dialog.isVisible() and dialog.result() == 0
    assert dump_database(ours.path, include_audit=False) == before
    assert progress_dialog(dialog) is None


def test_closing_during_a_merge_asks_then_cancels_and_closes(app, qtbot, pair, tmp_path,
                                                            monkeypatch, held_merge):
    shown = record_dialogs(monkeypatch, operations)
    # Esc reaches the dialog only until the window-modal progress dialog shows (400 ms after
    # the start; then Esc cancels there): held back here, so that a slow machine (Wine) that
    # reaches the officials table later does not send the key to a blocked window.
    monkeypatch.setattr(operations, "SHOW_PROGRESS_AFTER_MS", 60_000)
    reached, go_on = held_merge
    ours = pair[0]
    dialog = checked_dialog(qtbot, pair, tmp_path)
    before = dump_database(ours.path, include_audit=False)
    click(qtbot, dialog.merge_button)
    qtbot.waitUntil(reached.is_set, timeout=20000)
    shown.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    # The merge's own last confirmation, then the closing question.
    assert len(shown.questions) == 2 and "Hentikan lalu tutup?" in shown.questions[1]
    assert dialog.isVisible()
    shown.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(dialog.rejected, timeout=20000):
        dialog.close()  # the window's close button
        go_on.set()
    assert len(shown.questions) == 3 and not dialog.isVisible()
    assert dump_database(ours.path, include_audit=False) == before and shown.errors == []


def set_back_title(db, title: str) -> str:
    with db.atomic():
        db.handle.execute_sql("UPDATE official SET back_title = ?, modified_at = ? WHERE id = 3",
                              (title, str(utc_now())))
    return db.handle.execute_sql("SELECT uuid FROM official WHERE id = 3").fetchone()[0]


def test_a_conflict_reads_in_plain_words_and_is_decided_by_its_check_box(
        app, qtbot, pair, tmp_path, monkeypatch):
    """Issue 15 item 3: the line was disabled, without a check box, and read like a log."""
    shown = record_dialogs(monkeypatch, operations)
    ours, theirs = pair
    official_uuid = set_back_title(ours, "S.Sos.")
    set_back_title(theirs, "S.H.")
    name = ours.handle.execute_sql("SELECT name FROM official WHERE id = 3").fetchone()[0]
    (tmp_path / "usb").mkdir()
    backup = make_backup(theirs, tmp_path / "usb").path
    dialog = MergeDialog(ours)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.file_edit.setText(str(backup))
    click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=20000)
    assert dialog.conflicts.count() == 1
    item = dialog.conflicts.item(0)
    text = item.text()
    assert name in text and "Gelar belakang" in text
    assert "PC ini: S.Sos." in text and "PC lain: S.H." in text
    assert official_uuid not in text and "back_title" not in text
    assert item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    dialog.grab().save("/tmp/merge-conflict.png")
    # Declined at the last confirmation: nothing is merged, the dialog stays.
    click_check_box(qtbot, dialog.conflicts, 0)
    assert item.checkState() == Qt.CheckState.Checked
    shown.answer = QMessageBox.StandardButton.No
    before = dump_database(ours.path, include_audit=False)
    click(qtbot, dialog.merge_button)
    assert "1 konflik memakai versi PC lain" in shown.questions[-1]
    assert dump_database(ours.path, include_audit=False) == before and dialog.isVisible()
    # Unticked again (this PC's version), then merged: S.Sos. stays.
    click_check_box(qtbot, dialog.conflicts, 0)
    assert item.checkState() == Qt.CheckState.Unchecked
    shown.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        click(qtbot, dialog.merge_button)
    assert "0 konflik memakai versi PC lain" in shown.questions[-1]
    back = ours.handle.execute_sql("SELECT back_title FROM official WHERE id = 3").fetchone()[0]
    assert back == "S.Sos." and shown.errors == []


def test_a_merge_shows_a_busy_cursor_while_it_runs(app, qtbot, pair, tmp_path, monkeypatch,
                                                    held_merge):
    record_dialogs(monkeypatch, operations)
    reached, go_on = held_merge
    dialog = checked_dialog(qtbot, pair, tmp_path)
    assert QApplication.overrideCursor() is None
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        click(qtbot, dialog.merge_button)
        qtbot.waitUntil(reached.is_set, timeout=20000)
        cursor = QApplication.overrideCursor()
        assert cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor
        go_on.set()
    assert QApplication.overrideCursor() is None


@pytest.mark.modal_allowed  # the real passphrase dialog opens and is typed into
def test_a_wrong_passphrase_is_asked_again_before_the_dry_run(app, qtbot, pair, tmp_path,
                                                              monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    ours, theirs = pair
    (tmp_path / "usb").mkdir()
    backup = make_backup(theirs, tmp_path / "usb", encrypt_passphrase="rahasia-kabupaten").path
    dialog = MergeDialog(ours)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.file_edit, str(backup))
    with InputDialogTypist(qtbot, ["rahasia-salah", "rahasia-kabupaten"]) as typist:
        click(qtbot, dialog.check_button)
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert typist.answers == [] and typist.extra == 0
    assert "Kata sandi salah" in typist.prompts[1] and backup.name in typist.prompts[1]
    assert typist.titles == [dialog.windowTitle()] * 2
    assert shown.errors == [] and dialog.passphrase == "rahasia-kabupaten"


@pytest.mark.modal_allowed  # the real passphrase dialog opens and is cancelled with Escape
def test_cancelling_the_passphrase_runs_no_dry_run(app, qtbot, pair, tmp_path, monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    ours, theirs = pair
    (tmp_path / "usb").mkdir()
    backup = make_backup(theirs, tmp_path / "usb", encrypt_passphrase="rahasia-kabupaten").path
    dialog = MergeDialog(ours)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.file_edit, str(backup))
    with InputDialogTypist(qtbot, ["rahasia-salah", None]) as typist:
        click(qtbot, dialog.check_button)
    assert typist.answers == [] and typist.extra == 0
    assert progress_dialog(dialog) is None and dialog.plan is None
    assert dialog.passphrase is None and shown.errors == []
    assert dialog.check_button.isEnabled()
