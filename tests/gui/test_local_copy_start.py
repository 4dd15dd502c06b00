"""The office LAN is down at the start (issue 20): the server cannot be reached, this PC has a
copy of its data, and the start offers it read-only; the window then says so in its title and
status bar. Clicked as a user does, on the real message box."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from kinerja_desktop.domain.officials import OfficialInput
from kinerja_desktop.domain.options import LOCAL_COPY_OF
from kinerja_desktop.domain.server_address import parse_address
from kinerja_desktop.gui.app import open_database_interactively
from kinerja_desktop.services import local_copy, settings
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage.database import open_database
from tests.helpers.gui_fixtures import show_main_window
from tests.helpers.nips import many_nips

# Nothing listens on port 1: the connection is refused at once, as with a server switched off.
DOWN = parse_address("postgresql://budi@127.0.0.1:1/kinerja")


@pytest.fixture
def the_copy(tmp_path, monkeypatch):
    """This PC's copy of DOWN's data, as the last close of its window left it."""
    monkeypatch.setenv("KINERJA_DATA_DIR", str(tmp_path / "data"))
    path = local_copy.copy_path(DOWN)
    path.parent.mkdir(parents=True)
    db = open_database(path)
    RosterService(db).create(OfficialInput(many_nips(1)[0], "Anas Dwisatya"))
    with db.atomic():
        settings.set(db, LOCAL_COPY_OF, json.dumps(
            {"server": DOWN.display(), "pada": "2026-12-07T06:50:00+00:00"}))
    db.close()
    return path


def click_in_message_box(qtbot, text, seen: list[str]) -> None:
    """When the message box is up, note its text and click the button named `text` (or
    that standard button, whatever the language calls it)."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, press)
            return
        seen.append(box.text())
        if isinstance(text, str):
            button = next(b for b in box.findChildren(QPushButton)
                          if b.text().replace("&", "") == text)
        else:
            button = box.button(text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(50, press)


@pytest.mark.modal_allowed
def test_an_unreachable_server_offers_the_local_copy_read_only(app, qtbot, the_copy):
    seen: list[str] = []
    click_in_message_box(qtbot, "Buka salinan lokal (hanya baca)", seen)
    db = open_database_interactively(DOWN)
    try:
        assert db is not None and db.path == the_copy
        assert "Server basis data tidak dapat dihubungi" in seen[0]
        assert "PC ini menyimpan salinan data server dari " in seen[0]
        assert db.read_only
        window = show_main_window(qtbot, db)
        assert window.windowTitle().endswith("(salinan lokal, hanya baca)")
        assert window.notice_label.isVisible()
        assert window.notice_label.text().startswith("Hanya baca: salinan lokal data server")
        assert "hanya untuk dibaca" in window.notice_label.toolTip()
        assert window.model.rowCount() == 1
    finally:
        if db is not None:
            db.close()


@pytest.mark.modal_allowed
def test_closing_the_offer_opens_nothing(app, qtbot, the_copy):
    seen: list[str] = []
    click_in_message_box(qtbot, QMessageBox.StandardButton.Close, seen)
    assert open_database_interactively(DOWN) is None
    assert len(seen) == 1


def test_a_save_in_the_copy_is_refused_in_words(app, qtbot, the_copy, monkeypatch):
    """Saving from the window: the error says why, nothing is written, nothing crashes."""
    from kinerja_desktop.errors import ReadOnlyDatabaseError
    from kinerja_desktop.gui.shared import operations
    from kinerja_desktop.services.database import open_database_for_use
    from tests.helpers.dialogs import record_dialogs
    shown = record_dialogs(monkeypatch, operations)
    db = open_database_for_use(the_copy)
    try:
        window = show_main_window(qtbot, db)
        from kinerja_desktop.gui.shared.operations import attempt
        attempt(window, lambda: RosterService(db).create(OfficialInput(many_nips(2)[1], "Budi")))
        assert [type(e) for e in shown.errors] == [ReadOnlyDatabaseError]
        assert window.model.rowCount() == 1
    finally:
        db.close()
