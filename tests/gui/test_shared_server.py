"""The windows on a shared server (issue 20): an open window shows what another PC saves,
without a restart (LISTEN/NOTIFY), and an import that waits for a colleague's save says whom
it waits for. Needs KINERJA_TEST_DATABASE_URL: the run on the test server (bootstrap's second
pass) includes this file; a file database has nothing to hear."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from kinerja_desktop.domain.officials import OfficialInput
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import roster_repo
from kinerja_desktop.storage.models import Official, utc_now
from kinerja_desktop.storage.server import open_server
from tests.helpers.fixtures import SERVER_SKIP, server_url
from tests.helpers.nips import many_nips
from tests.helpers.gui_fixtures import show_main_window
from tests.helpers.status import status_message

on_server = pytest.mark.skipif(not server_url(), reason=SERVER_SKIP)


def names(window) -> list[str]:
    return [window.model.index(row, 0).data() for row in range(window.model.rowCount())]


def selected_name(window) -> str | None:
    rows = window.table.selectionModel().selectedRows()
    return rows[0].data() if rows else None


def test_a_file_database_has_no_watch(app, qtbot, tmp_path):
    from kinerja_desktop.services.database import open_database
    database = open_database(tmp_path / "kinerja.db")
    try:
        window = show_main_window(qtbot, database)
        assert window.server_watch is None
    finally:
        database.close()


@on_server
def test_another_pcs_save_appears_in_the_open_window(app, qtbot, db, server_schema):
    roster = RosterService(db)
    nips = many_nips(2)
    roster.create(OfficialInput(nips[0], "Ani Lestari"))
    budi, _ = roster.create(OfficialInput(nips[1], "Budi Santoso"))
    window = show_main_window(qtbot, db)
    assert window.server_watch is not None
    qtbot.waitUntil(window.server_watch.listener.connected.is_set, timeout=10_000)
    row = names(window).index("Budi Santoso")
    rect = window.table.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected_name(window) == "Budi Santoso"

    other = open_server(server_schema)  # the colleague's PC
    try:
        with other.atomic():
            other.update(Official, name="Budi Hartono").where(Official.id == budi).execute()
            roster_repo.refresh(other, [budi])
        RosterService(other).create(OfficialInput(many_nips(3)[2], "Citra Dewi"))
    finally:
        other.close()

    qtbot.waitUntil(lambda: "Citra Dewi" in names(window) and "Budi Hartono" in names(window),
                    timeout=10_000)
    assert selected_name(window) == "Budi Hartono"  # the same official stays selected
    assert "Budi Hartono" in window.detail.toPlainText()
    assert "perubahan dari PC lain" in status_message(window)
    assert window.count_label.text() == "3 pejabat"


@on_server
def test_the_status_bar_shows_the_servers_scheduled_export(app, qtbot, db, server_schema,
                                                           tmp_path):
    """On a server the reminder is of its nightly export, not of this PC's backups; an
    export another PC's task writes shows up in the open window."""
    from kinerja_desktop.services.server_export import scheduled_export
    RosterService(db).create(OfficialInput(many_nips(1)[0], "Anas Dwisatya"))
    window = show_main_window(qtbot, db)
    qtbot.waitUntil(window.server_watch.listener.connected.is_set, timeout=10_000)
    button = window.findChild(QPushButton, "backupStatus")
    assert button.text() == "⚠ Belum ada ekspor server terjadwal"
    assert "ekspor-server" in button.toolTip()

    server_pc = open_server(server_schema)  # the server PC's scheduled task
    try:
        outcome = scheduled_export(server_pc, tmp_path)
    finally:
        server_pc.close()
    qtbot.waitUntil(lambda: button.text().startswith("Ekspor server: "), timeout=10_000)
    assert outcome.result.path.name in button.toolTip()
    assert not button.text().startswith("⚠")


@on_server
def test_the_windows_own_save_is_not_heard_again(app, qtbot, db):
    window = show_main_window(qtbot, db)
    qtbot.waitUntil(window.server_watch.listener.connected.is_set, timeout=10_000)
    with qtbot.assertNotEmitted(window.server_watch.changed, wait=2000):
        RosterService(db).create(OfficialInput(many_nips(1)[0], "Dewi Sartika"))


@on_server
def test_an_import_says_in_its_dialog_whom_it_waits_for(app, qtbot, db, server_schema,
                                                       tmp_path, monkeypatch):
    from PySide6.QtCore import QThreadPool

    from kinerja_desktop.gui.roster.import_dialog import ImportDialog
    from kinerja_desktop.gui.shared import operations
    from kinerja_desktop.storage import server_locks
    from tests.helpers.dialogs import record_dialogs
    from tests.helpers.tables import HEADER, row, write_csv
    from tests.storage.test_server_locks import BudiSaving

    shown = record_dialogs(monkeypatch, operations)
    official_id, _ = RosterService(db).create(OfficialInput(many_nips(1)[0], "Anas"))
    source = write_csv(tmp_path / "pejabat.csv", HEADER, [
        row(nip, f"Pegawai {n}", "Staf", "Dinas Sosial")
        for n, nip in enumerate(many_nips(6)[1:])])
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.work_done, timeout=20_000):
        dialog.set_file(source)
    with BudiSaving(server_schema, official_id, hold_s=2.0):
        dialog.plans_table.setFocus()
        qtbot.keyClick(dialog.plans_table, Qt.Key.Key_Return)
        expected = f"Menunggu Budi ({server_locks.pc_name()[:20]}) selesai menyimpan"
        qtbot.waitUntil(lambda: expected in dialog.message_label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: RosterService(db).count("semua") == 6, timeout=20_000)
    assert QThreadPool.globalInstance().waitForDone(20_000)
    assert shown.errors == []


@on_server
def test_closing_the_window_keeps_a_local_copy_to_read_when_the_lan_fails(
        app, qtbot, db, private_data_dir):
    from kinerja_desktop.gui.data_safety import exit_backup
    from kinerja_desktop.services import local_copy
    from kinerja_desktop.services.database import open_database_for_use
    RosterService(db).create(OfficialInput(many_nips(1)[0], "Anas Dwisatya"))
    window = show_main_window(qtbot, db)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # Berkas → Keluar
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    assert exit_backup.wait_for_all(30)
    path = local_copy.last_copy(db.server)
    assert path is not None and path.parent == private_data_dir / "Salinan server"
    copy = open_database_for_use(path)
    try:
        assert copy.read_only
        assert copy.execute_sql("SELECT name FROM official").fetchall() == [("Anas Dwisatya",)]
    finally:
        copy.close()
    assert not [p for p in private_data_dir.iterdir() if p.name.endswith(".tmp")]


@on_server
def test_an_operator_finds_the_administrators_actions_greyed_and_a_reader_is_told(
        app, qtbot, db, server_logins):
    from kinerja_desktop.services.database import open_database_for_use
    operator = open_database_for_use(server_logins["operator"])
    try:
        window = show_main_window(qtbot, operator)
        for action in (window._setup.settings_action, window._data_safety.restore_action,
                       window._data_safety.merge_action, window._documents.office_keys_action,
                       window._evaluation.scoring_settings_action):
            assert not action.isEnabled() and action.toolTip() == "Hanya administrator server"
        assert window._roster_actions.import_action.isEnabled()
        assert not window.notice_label.isVisible()
        window.close()
        from kinerja_desktop.gui.data_safety import exit_backup
        assert exit_backup.wait_for_all(30)
    finally:
        operator.close()
    reader = open_database_for_use(server_logins["penilai"])
    try:
        window = show_main_window(qtbot, reader)
        assert window.windowTitle().endswith("(hanya baca)")
        assert window.notice_label.text() == "Hanya baca: akun penilai"
        assert "adalah penilai" in window.notice_label.toolTip()
        window.close()
        assert exit_backup.wait_for_all(30)
    finally:
        reader.close()


def test_a_file_database_has_no_bawa_pulang(app, qtbot, tmp_path):
    from kinerja_desktop.services.database import open_database
    database = open_database(tmp_path / "kinerja.db")
    try:
        window = show_main_window(qtbot, database)
        action = window.findChild(QAction, "takeHomeAction")
        assert action is not None and not action.isVisible()
    finally:
        database.close()


@on_server
def test_bawa_pulang_from_the_menu_then_the_laptops_change_merged_back(
        app, qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QFileDialog

    from kinerja_desktop.gui.data_safety.merge_dialog import MergeDialog
    from kinerja_desktop.gui.shared import operations
    from kinerja_desktop.services.demo import load_demo
    from kinerja_desktop.storage.database import open_database
    from tests.gui.data_safety.test_merge_dialog import click, click_check_box
    from tests.helpers.dialogs import record_dialogs

    load_demo(db)
    shown = record_dialogs(monkeypatch, operations)
    target = tmp_path / "laptop.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_args, **_kwargs: (str(target), "")))
    window = show_main_window(qtbot, db)
    window.activateWindow()
    file_menu = window.menuBar().actions()[0].menu()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # &Berkas
    qtbot.waitUntil(file_menu.isVisible, timeout=5000)
    qtbot.keyClick(file_menu, Qt.Key.Key_W)  # Ba&wa pulang ke laptop…
    qtbot.waitUntil(lambda: bool(shown.information), timeout=30_000)
    assert shown.errors == [] and target.exists()
    assert f"Data server disalin ke:\n{target}" in shown.information[-1]
    assert QThreadPool.globalInstance().waitForDone(20_000)

    home = open_database(target)  # on the laptop, away from the office
    try:
        home_window = show_main_window(qtbot, home)
        assert home_window.notice_label.text().startswith("Salinan bawa pulang")
        assert db.server.display() in home_window.notice_label.toolTip()
        with home.atomic():
            home.execute_sql("UPDATE unit SET short_name = 'Dari laptop', modified_at = ? "
                             "WHERE id = 1", (str(utc_now()),))
        home_window.close()
    finally:
        home.close()
    with db.atomic():  # meanwhile at the office
        db.execute_sql("UPDATE unit SET short_name = 'Di kantor', modified_at = ? WHERE id = 1",
                       (str(utc_now()),))

    dialog = MergeDialog(db)  # Berkas → Gabungkan data PC lain…, by the administrator
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file_edit.setText(str(target))
    click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    assert dialog.conflicts.count() == 1 and "Dari laptop" in dialog.conflicts.item(0).text()
    click_check_box(qtbot, dialog.conflicts, 0)  # the laptop's version
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        click(qtbot, dialog.merge_button)
    assert dialog.plan.applied and shown.errors == []
    assert db.execute_sql("SELECT short_name FROM unit WHERE id = 1").fetchone() == \
        ("Dari laptop",)
    assert QThreadPool.globalInstance().waitForDone(20_000)
    from kinerja_desktop.gui.data_safety import exit_backup
    window.close()  # its local copy is written before the test's schema goes
    assert exit_backup.wait_for_all(30)
