"""Backups from the window: the dialog, the status bar reminder, restore and the exit backup."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QPushButton

from kinerja_desktop.domain.officials import OfficialInput
from kinerja_desktop.gui.data_safety import actions as actions_module
from kinerja_desktop.gui.data_safety.backup_dialog import BackupDialog
from kinerja_desktop.services.backup import last_backup, verify_backup
from kinerja_desktop.services.roster import RosterService
from tests.helpers.dialogs import record_dialogs
from tests.helpers.dump import dump_database
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


def test_restore_from_the_window(app, qtbot, demo_window, tmp_path, monkeypatch):
    shown = record_dialogs(monkeypatch, actions_module)
    db = demo_window.db
    from kinerja_desktop.services.backup import make_backup
    backup = make_backup(db, tmp_path).path
    before = dump_database(db.path, include_audit=False)
    RosterService(db).create(OfficialInput("198001012005011001", "Pegawai Sementara"))
    anas = RosterService(db).id_by_nip("197203151995031004")
    RosterService(db).set_active(anas, False)  # a change the restore must undo
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(backup), "")))
    window_action(demo_window, "restoreAction").trigger()
    assert "sebelum-pulih" in shown.questions[-1]
    assert "dipulihkan" in shown.information[-1]
    restored = demo_window.db
    assert restored.path == db.path
    assert RosterService(restored).get(anas).active
    after = dump_database(restored.path, include_audit=False)
    assert after["official"] == before["official"]
    assert demo_window.model.rowCount() > 0


def test_a_bad_backup_file_leaves_the_window_on_its_database(app, demo_window, tmp_path,
                                                            monkeypatch):
    shown = record_dialogs(monkeypatch, actions_module)
    bad = tmp_path / "rusak.kinerja"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = dump_database(demo_window.db.path, include_audit=False)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    window_action(demo_window, "restoreAction").trigger()
    assert shown.errors, "the refusal is shown"
    assert dump_database(demo_window.db.path, include_audit=False) == before
    assert demo_window.model.rowCount() > 0


def test_closing_the_window_makes_the_daily_backup(app, qtbot, db, private_data_dir):
    from kinerja_desktop.gui.main_window import MainWindow
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.close()
    files = list((private_data_dir / "cadangan").glob("*.kinerja"))
    assert len(files) == 1
