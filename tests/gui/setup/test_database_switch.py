"""Berkas → Basis data baru / Buka basis data / Baru dibuka, chosen with the mouse."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMenu

from kinerja_desktop.errors import NotOurDatabaseError
from kinerja_desktop.gui.setup import database_actions
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.gui.shared.settings import GuiSettings
from kinerja_desktop.services.database import open_database_for_use
from kinerja_desktop.services.demo import load_demo
from tests.helpers.dialogs import record_dialogs
from tests.helpers.gui_fixtures import window_action


def open_menu(window, qtbot, title_text: str) -> QMenu:
    bar = window.menuBar()
    title = next(a for a in bar.actions() if a.text().replace("&", "") == title_text)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(title).center())
    menu = title.menu()
    qtbot.waitUntil(menu.isVisible)
    return menu


def click_item(qtbot, menu: QMenu, action) -> None:
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def other_database(tmp_path):
    path = tmp_path / "lain.db"
    db = open_database_for_use(path)
    load_demo(db)
    db.close()
    return path


def test_open_another_database_switches_the_window(main_window, qtbot, tmp_path, monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    path = other_database(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    old = main_window.context.db
    assert main_window.model.rowCount() == 0
    menu = open_menu(main_window, qtbot, "Berkas")
    click_item(qtbot, menu, window_action(main_window, "openDatabaseAction"))
    qtbot.waitUntil(lambda: main_window.model.rowCount() == 7)
    assert shown.errors == []
    assert main_window.context.db.path == path and old.handle.is_closed()
    assert main_window.windowTitle().endswith("lain.db")
    assert database_actions.recent(main_window.settings)[0] == str(path.resolve())


def test_a_file_that_is_not_a_database_is_refused(main_window, qtbot, tmp_path, monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    bad = tmp_path / "catatan.db"
    bad.write_text("bukan basis data", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    old = main_window.context.db
    menu = open_menu(main_window, qtbot, "Berkas")
    click_item(qtbot, menu, window_action(main_window, "openDatabaseAction"))
    qtbot.waitUntil(lambda: len(shown.errors) == 1)
    assert isinstance(shown.errors[0], NotOurDatabaseError)
    assert "bukan basis data Kinerja" in str(shown.errors[0])
    assert main_window.context.db is old and not old.handle.is_closed()


def test_recent_lists_the_databases_and_greys_a_missing_one(main_window, qtbot, tmp_path,
                                                            monkeypatch):
    record_dialogs(monkeypatch, operations)
    path = other_database(tmp_path)
    gone = tmp_path / "hilang.db"
    database_actions.remember(main_window.settings, gone)
    database_actions.remember(main_window.settings, path)
    menu = open_menu(main_window, qtbot, "Berkas")
    recent_menu = main_window.findChild(QMenu, "recentMenu")
    qtbot.mouseMove(menu, menu.actionGeometry(recent_menu.menuAction()).center())
    click_item(qtbot, menu, recent_menu.menuAction())
    qtbot.waitUntil(recent_menu.isVisible)
    entries = {a.data(): a for a in recent_menu.actions()}
    assert not entries[str(gone.resolve())].isEnabled()
    assert "tidak ditemukan" in entries[str(gone.resolve())].text()
    click_item(qtbot, recent_menu, entries[str(path.resolve())])
    qtbot.waitUntil(lambda: main_window.model.rowCount() == 7)


def test_the_choice_is_remembered_for_the_next_start(tmp_path):
    settings = GuiSettings(QSettings(str(tmp_path / "pc.ini"), QSettings.Format.IniFormat))
    for number in range(7):
        database_actions.remember(settings, tmp_path / f"{number}.db")
    assert database_actions.recent(settings)[0] == str((tmp_path / "6.db").resolve())
    assert len(database_actions.recent(settings)) == database_actions.RECENT_LIMIT


def test_the_next_start_opens_the_last_database_while_it_exists(tmp_path):
    settings = GuiSettings(QSettings(str(tmp_path / "pc.ini"), QSettings.Format.IniFormat))
    assert database_actions.last_opened(settings) is None
    path = other_database(tmp_path)
    database_actions.remember(settings, path)
    assert database_actions.last_opened(settings) == path.resolve()
    path.unlink()
    assert database_actions.last_opened(settings) is None


def test_new_database_is_created_and_set_up(main_window, qtbot, tmp_path, monkeypatch):
    from kinerja_desktop.gui.setup.setup_wizard import FirstRunWizard
    shown = record_dialogs(monkeypatch, operations)
    wizards = []
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: wizards.append(self) or 0)
    path = tmp_path / "baru.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    menu = open_menu(main_window, qtbot, "Berkas")
    click_item(qtbot, menu, window_action(main_window, "newDatabaseAction"))
    qtbot.waitUntil(lambda: main_window.context.db.path == path)
    assert shown.errors == [] and len(wizards) == 1


def test_new_database_never_overwrites_a_file(main_window, qtbot, tmp_path, monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    path = other_database(tmp_path)
    before = path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    old = main_window.context.db
    menu = open_menu(main_window, qtbot, "Berkas")
    click_item(qtbot, menu, window_action(main_window, "newDatabaseAction"))
    qtbot.waitUntil(lambda: len(shown.errors) == 1)
    assert "sudah ada" in str(shown.errors[0])
    assert main_window.context.db is old and path.read_bytes() == before
