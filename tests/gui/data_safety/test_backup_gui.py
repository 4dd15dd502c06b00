"""Backups from the window: the dialog, the status bar reminder, restore and the exit backup."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QtMsgType, QThreadPool, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QPushButton

from kinerja_desktop.domain.officials import OfficialInput
from kinerja_desktop.gui.data_safety.backup_dialog import BackupDialog
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.services import settings
from kinerja_desktop.services import restore as restore_module
from kinerja_desktop.services.backup import last_backup, verify_backup
from kinerja_desktop.services.roster import RosterService
from tests.helpers.dialogs import InputDialogTypist, record_dialogs
from tests.helpers.dump import dump_database
from tests.helpers.open_files import held_open
from tests.helpers.gui_fixtures import window_action


def test_the_dialog_refuses_a_missing_folder_and_short_passphrase(app, qtbot, demo_db, tmp_path):
    dialog = BackupDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "tidak-ada"))
    assert not dialog.start_button.isEnabled() and "tidak ada" in dialog.problem_label.text()
    dialog.folder_edit.setText(str(tmp_path))
    dialog.encrypt_check.setChecked(True)
    dialog.passphrase_edit.setText("pendek")
    assert "minimal 8" in dialog.problem_label.text()
    dialog.passphrase_edit.setText("rahasia-kabupaten")
    dialog.confirm_edit.setText("rahasia-lain")
    assert "tidak sama" in dialog.problem_label.text()
    dialog.confirm_edit.setText("rahasia-kabupaten")
    assert dialog.start_button.isEnabled()


def test_an_encrypted_backup_from_the_dialog_verifies(app, qtbot, demo_db, tmp_path):
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    dialog = BackupDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(stick))
    dialog.encrypt_check.setChecked(True)
    dialog.passphrase_edit.setText("rahasia-kabupaten")
    dialog.confirm_edit.setText("rahasia-kabupaten")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.start_button.click()
    assert dialog.result_path.parent == stick and dialog.result_path.name.endswith(".enc")
    assert verify_backup(dialog.result_path, "rahasia-kabupaten").ok
    assert not verify_backup(dialog.result_path, "salah-sandi").ok
    assert last_backup(demo_db) is not None


def test_status_bar_reminds_when_never_backed_up(demo_window):
    button = demo_window.findChild(QPushButton, "backupStatus")
    assert "Belum pernah dicadangkan" in button.text()
    assert "⚠" in button.text()


def roster_names(window) -> list[str]:
    """The names the window's roster table shows, as the user reads them."""
    model = window.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.fixture
def held_restore(monkeypatch):
    """The real restore, stopped at its first step until `go_on` is set; records how many
    files the process had open on the live database when the work began."""
    real = restore_module.restore
    seen = {"reached": threading.Event(), "go_on": threading.Event(), "open": None}

    def held(db_path, backup_file, passphrase=None, close_live=None, now=None, progress=None):
        seen["open"] = len(held_open(db_path))

        def report(done, total, text):
            progress(done, total, text)
            if not seen["reached"].is_set():
                seen["reached"].set()
                seen["go_on"].wait(20)
        return real(db_path, backup_file, passphrase, close_live, now, report)

    monkeypatch.setattr(restore_module, "restore", held)
    yield seen
    seen["go_on"].set()
    assert QThreadPool.globalInstance().waitForDone(20000)


def test_restore_from_the_window(app, qtbot, demo_window, tmp_path, monkeypatch, held_restore):
    shown = record_dialogs(monkeypatch, operations)
    db = demo_window.db
    from kinerja_desktop.services.backup import make_backup
    backup = make_backup(db, tmp_path).path
    before = dump_database(db.path, include_audit=False)
    RosterService(db).create(OfficialInput("198001012005011001", "Pegawai Sementara"))
    anas = RosterService(db).id_by_nip("197203151995031004")
    RosterService(db).set_active(anas, False)  # a change the restore must undo
    demo_window.filter_bar.status_combo.setCurrentIndex(  # archived ones too
        demo_window.filter_bar.status_combo.findData("semua"))
    qtbot.waitUntil(lambda: "Pegawai Sementara" in roster_names(demo_window), timeout=5000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(backup), "")))
    window_action(demo_window, "restoreAction").trigger()
    assert "sebelum-pulih" in shown.questions[-1]

    # While it runs: nothing reads the live database, nothing can be started, and the
    # window does not close.
    qtbot.waitUntil(held_restore["reached"].is_set, timeout=20000)
    assert held_restore["open"] == 0  # the UI thread's connection was closed first
    cursor = QApplication.overrideCursor()  # issue 15 item 6: a busy cursor while it runs
    assert cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor
    assert roster_names(demo_window) == []
    assert not window_action(demo_window, "addAction").isEnabled()
    assert not window_action(demo_window, "restoreAction").isEnabled()
    qtbot.waitUntil(lambda: progress_of(demo_window) is not None, timeout=5000)
    assert progress_of(demo_window).labelText().endswith("Menyalin cadangan ke disk lokal…")
    demo_window.close()
    assert demo_window.isVisible() and "tidak aman dihentikan" in shown.information[-1]
    held_restore["go_on"].set()

    qtbot.waitUntil(lambda: any("dipulihkan" in text for text in shown.information),
                    timeout=20000)
    assert shown.errors == []
    restored = demo_window.db
    assert restored is not db and restored.path == db.path
    assert RosterService(restored).get(anas).active
    after = dump_database(restored.path, include_audit=False)
    assert after["official"] == before["official"]
    # The window shows the restored data and works again.
    names = roster_names(demo_window)
    assert "Pegawai Sementara" not in names and any("Anas Dwisatya" in n for n in names)
    assert window_action(demo_window, "addAction").isEnabled()
    assert window_action(demo_window, "restoreAction").isEnabled()
    assert progress_of(demo_window) is None
    assert QApplication.overrideCursor() is None
    # The restored data is that backup's: the status bar says when it was made, not "never".
    status = demo_window.findChild(QPushButton, "backupStatus").text()
    assert "Belum pernah" not in status and "Cadangan terakhir" in status, status


def progress_of(window) -> QProgressDialog | None:
    found = [d for d in window.findChildren(QProgressDialog, "operationProgress")
             if d.isVisible()]
    return found[0] if found else None


def test_a_bad_backup_file_leaves_the_window_on_its_database(app, qtbot, demo_window, tmp_path,
                                                            monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    bad = tmp_path / "rusak.kinerja"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    # The app opens its database with the settings upgraded (services.database.
    # open_database_for_use), and so does the reopening after a restore: start from there.
    settings.upgrade(demo_window.db)
    before = dump_database(demo_window.db.path, include_audit=False)
    names = roster_names(demo_window)
    assert names
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    window_action(demo_window, "restoreAction").trigger()
    qtbot.waitUntil(lambda: bool(shown.errors), timeout=20000)
    (error,) = shown.errors
    assert "tidak dapat dipulihkan" in str(error) and "basis data tidak diubah" in str(error)
    assert dump_database(demo_window.db.path, include_audit=False) == before
    assert roster_names(demo_window) == names  # the same data, shown again
    assert window_action(demo_window, "addAction").isEnabled()
    assert QThreadPool.globalInstance().waitForDone(20000)


def test_closing_the_window_makes_the_daily_backup(app, qtbot, db, private_data_dir):
    from kinerja_desktop.gui.main_window import MainWindow
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.close()  # written on a worker thread (test_exit_backup.py): the close waits for it
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    files = list((private_data_dir / "cadangan").glob("*.kinerja"))
    assert len(files) == 1


def test_checking_a_backup_file_from_the_window(app, qtbot, demo_window, tmp_path,
                                                monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from kinerja_desktop.services.backup import make_backup
    shown = record_dialogs(monkeypatch, operations)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _parent, _title, text, *a, **k: warnings.append(text)))
    good = make_backup(demo_window.db, tmp_path).path
    bad = tmp_path / "rusak.kinerja"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    for answers, path in enumerate((good, bad), start=1):
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, path=path, **k: (str(path), "")))
        window_action(demo_window, "verifyBackupAction").trigger()
        qtbot.waitUntil(lambda answers=answers: len(shown.information) + len(warnings)
                        == answers, timeout=20000)
    assert shown.information[0].startswith("Berkas cadangan baik (versi data")
    assert warnings[0].startswith("Berkas cadangan TIDAK dapat dipakai:")
    assert shown.errors == []
    assert QThreadPool.globalInstance().waitForDone(20000)


def test_cancel_or_escape_during_a_backup_stops_it_and_leaves_no_file(app, qtbot, demo_db,
                                                                      tmp_path, monkeypatch):
    from PySide6.QtCore import Qt

    from kinerja_desktop.services import backup as backup_service
    real = backup_service.make_backup
    reached, go_on = threading.Event(), threading.Event()

    def held(db, folder, passphrase=None, progress=None, cancelled=None):
        progress(0.25, "Menyalin basis data…")
        reached.set()
        go_on.wait(20)
        return real(db, folder, passphrase, progress, cancelled)

    monkeypatch.setattr(backup_service, "make_backup", held)
    shown = record_dialogs(monkeypatch, operations)
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    dialog = BackupDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.folder_edit.setText(str(stick))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=5000)
    qtbot.waitUntil(lambda: dialog.progress.value() == 250, timeout=5000)
    assert dialog.progress.maximum() == 1000 and dialog.progress.text().startswith("Menyalin")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # asks the worker to stop: not closed yet
    assert dialog.isVisible() and not dialog.start_button.isEnabled()
    with qtbot.waitSignal(dialog.rejected, timeout=20000):
        go_on.set()
    assert list(stick.iterdir()) == [] and dialog.result_path is None
    assert shown.errors == [] and last_backup(demo_db) is None
    assert QThreadPool.globalInstance().waitForDone(20000)


def test_the_backup_progress_bar_moves_without_qt_warnings(app, qtbot, qtlog, recwarn,
                                                          demo_db, tmp_path):
    """Issue 15 item 6: the bar stayed at 0 % and Qt printed conversion warnings."""
    # ~24 MB, so that the copy takes several steps of STEP_PAGES; in a table of the app's own
    # schema (a backup with a table of its own would be refused by the schema check).
    with demo_db.atomic():
        for _ in range(24):
            demo_db.handle.execute_sql(
                "INSERT INTO audit_entry (uuid, created_at, modified_at, actor, action, entity, "
                "entity_uuid, summary, details_json) VALUES (lower(hex(randomblob(16))), "
                "'2019-06-14 08:00:00', '2019-06-14 08:00:00', 'uji', 'uji', 'uji', '', '', "
                "hex(randomblob(524288)))")
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    dialog = BackupDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.folder_edit.clear()
    qtbot.keyClicks(dialog.folder_edit, str(stick))
    values: list[tuple[int, int]] = []
    dialog.progress.valueChanged.connect(
        lambda value: values.append((value, dialog.progress.maximum())))
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result_path is not None and dialog.result_path.parent == stick
    moving = [value for value, maximum in values if maximum > 1 and 0 < value < maximum]
    assert moving, values  # in between 0 % and 100 %: the bar really moved
    # The offscreen platform's own note is not the app's; a signal conversion would be.
    warnings = [m.message for m in qtlog.records if m.type != QtMsgType.QtDebugMsg
                and "propagateSizeHints" not in m.message]
    assert warnings == []
    assert [str(w.message) for w in recwarn] == []


def test_every_mnemonic_label_of_the_data_safety_dialogs_has_a_buddy(app, qtbot, demo_db):
    """Issue 15 item 9: '&Folder tujuan:' showed its ampersand (a label without a buddy)."""
    from PySide6.QtWidgets import QLabel
    from kinerja_desktop.gui.data_safety.merge_dialog import MergeDialog
    for dialog in (BackupDialog(demo_db), MergeDialog(demo_db)):
        qtbot.addWidget(dialog)
        unbuddied = [label.text() for label in dialog.findChildren(QLabel)
                     if "&" in label.text().replace("&&", "") and label.buddy() is None
                     and label.textFormat() != Qt.TextFormat.RichText]
        assert unbuddied == []
    backup = BackupDialog(demo_db)
    qtbot.addWidget(backup)
    backup.show()
    qtbot.waitExposed(backup)
    label = backup.findChild(QLabel, "folderLabel")
    assert label.buddy() is backup.folder_edit
    backup.grab().save("/tmp/merge-backup-dialog.png")


@pytest.mark.modal_allowed  # the real passphrase dialog opens and is typed into
def test_a_wrong_passphrase_is_asked_again_without_choosing_the_file_again(
        app, qtbot, demo_window, tmp_path, monkeypatch):
    """Issue 15 item 9: a wrong passphrase read as a broken file and offered no retry."""
    from PySide6.QtWidgets import QLineEdit
    from kinerja_desktop.services.backup import make_backup
    shown = record_dialogs(monkeypatch, operations)
    db = demo_window.db
    backup = make_backup(db, tmp_path, encrypt_passphrase="rahasia-kabupaten").path
    chosen: list[str] = []

    def choose(*_args, **_kwargs):
        chosen.append(str(backup))
        return str(backup), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    with InputDialogTypist(qtbot, ["rahasia-salah", "rahasia-kabupaten"]) as typist:
        window_action(demo_window, "restoreAction").trigger()
        qtbot.waitUntil(lambda: any("dipulihkan" in text for text in shown.information),
                        timeout=20000)
    assert len(chosen) == 1 and typist.answers == [] and typist.extra == 0
    assert typist.prompts[0] == "Kata sandi cadangan:"
    assert "Kata sandi salah" in typist.prompts[1] and backup.name in typist.prompts[1]
    assert typist.titles == ["Pulihkan dari cadangan"] * 2
    assert typist.echo_modes == [QLineEdit.EchoMode.Password] * 2  # never shown as typed
    assert shown.errors == []


@pytest.mark.modal_allowed  # the real passphrase dialog opens and is cancelled with Escape
def test_cancelling_the_passphrase_after_a_wrong_one_restores_nothing(
        app, qtbot, demo_window, tmp_path, monkeypatch):
    from kinerja_desktop.services.backup import make_backup
    shown = record_dialogs(monkeypatch, operations)
    db = demo_window.db
    backup = make_backup(db, tmp_path, encrypt_passphrase="rahasia-kabupaten").path
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_a, **_k: (str(backup), "")))
    with InputDialogTypist(qtbot, ["rahasia-salah", None]) as typist:
        window_action(demo_window, "restoreAction").trigger()
    assert typist.answers == [] and typist.extra == 0
    assert "Kata sandi salah" in typist.prompts[1]
    assert shown.errors == [] and not any("dipulihkan" in t for t in shown.information)
    assert demo_window.db is db  # never released for a restore
