"""Berkas → Sambungkan ke server kantor: typed and clicked as a user does. A server that does
not answer (port 1 of this PC) is said plainly and nothing switches; the password goes to
libpq's password file only when asked. (Connecting to a real server: tests/storage/
test_server.py, in the run on the test server.)"""

from __future__ import annotations

import stat
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kinerja_desktop.domain.server_address import ServerAddress
from kinerja_desktop.gui.setup import database_actions
from kinerja_desktop.gui.setup.server_dialog import ServerDialog
from kinerja_desktop.services.server_setup import password_file, store_in_password_file
from tests.helpers.gui_fixtures import window_action
from tests.gui.setup.test_database_switch import click_item, open_menu


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def type_into(qtbot, widget, text: str) -> None:
    click(qtbot, widget)
    widget.selectAll()
    qtbot.keyClicks(widget, text)


@pytest.fixture
def dialog(app, qtbot):
    shown = ServerDialog()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_a_server_that_does_not_answer_is_said_plainly(dialog, qtbot):
    type_into(qtbot, dialog.host, "127.0.0.1")
    dialog.port.selectAll()
    qtbot.keyClicks(dialog.port, "1")
    type_into(qtbot, dialog.user, "budi")
    type_into(qtbot, dialog.password, "rahasia")
    click(qtbot, dialog.test_button)
    text = dialog.result_label.text()
    assert text.startswith("Server basis data tidak dapat dihubungi "
                           "(postgresql://budi@127.0.0.1:1/kinerja)")
    assert "rahasia" not in text
    click(qtbot, dialog.connect_button)  # Sambungkan tries again, and stays open
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted


def test_an_empty_field_is_named_and_focused(dialog, qtbot):
    type_into(qtbot, dialog.host, "server-setda")
    click(qtbot, dialog.test_button)
    assert dialog.result_label.text() == "Pengguna wajib diisi."
    assert dialog.user.hasFocus()


def test_the_fields_make_the_address(dialog, qtbot):
    type_into(qtbot, dialog.host, " 192.168.1.10 ")
    dialog.port.selectAll()
    qtbot.keyClicks(dialog.port, "6543")
    type_into(qtbot, dialog.database, "kinerja_serang")
    type_into(qtbot, dialog.user, "budi")
    dialog.tls.setCurrentIndex(dialog.tls.findData("require"))
    address = dialog.address()
    assert address == ServerAddress("192.168.1.10", "kinerja_serang", "budi", 6543, "require")
    assert address.password is None  # nothing typed: libpq's password file answers


def test_the_menu_opens_the_dialog_and_a_cancel_changes_nothing(main_window, qtbot,
                                                                monkeypatch):
    opened: list[ServerDialog] = []
    monkeypatch.setattr(ServerDialog, "exec",
                        lambda self: opened.append(self) or QDialog.DialogCode.Rejected)
    old = main_window.context.db
    menu = open_menu(main_window, qtbot, "Berkas")
    action = window_action(main_window, "connectServerAction")
    assert action.text().replace("&", "") == "Sambungkan ke server kantor…"
    click_item(qtbot, menu, action)
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert main_window.context.db is old and not old.handle.is_closed()


def test_a_server_in_the_recent_list_is_its_address_without_a_password(app, tmp_path):
    from PySide6.QtCore import QSettings

    from kinerja_desktop.gui.shared.settings import GuiSettings
    settings = GuiSettings(QSettings(str(tmp_path / "pc.ini"), QSettings.Format.IniFormat))
    address = ServerAddress("192.168.1.10", "kinerja", "budi", password="rahasia")
    database_actions.remember(settings, address)
    assert database_actions.recent(settings) == ["postgresql://budi@192.168.1.10:5432/kinerja"]
    assert database_actions.last_opened(settings) == address
    assert "rahasia" not in (tmp_path / "pc.ini").read_text(encoding="utf-8")


def test_the_password_file_gets_one_line_per_server_and_user(tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    (tmp_path / "pgpass").write_text("lain:5432:*:ani:sandi-ani\n", encoding="utf-8")
    address = ServerAddress("192.168.1.10", "kinerja", "budi")
    assert store_in_password_file(address, "lama") == password_file() == tmp_path / "pgpass"
    store_in_password_file(address, "ba:ru\\")  # replaces budi's line; ':' and '\' escaped
    assert (tmp_path / "pgpass").read_text(encoding="utf-8").splitlines() == [
        "lain:5432:*:ani:sandi-ani", "192.168.1.10:5432:kinerja:budi:ba\\:ru\\\\"]
    if sys.platform != "win32":  # libpq ignores a password file others can read
        assert stat.S_IMODE((tmp_path / "pgpass").stat().st_mode) == 0o600
