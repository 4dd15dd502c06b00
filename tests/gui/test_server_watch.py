"""An open window on a shared server shows what another PC saves, without a restart (issue 20,
LISTEN/NOTIFY). Needs KINERJA_TEST_DATABASE_URL: the run on the test server (bootstrap's second
pass) includes this file; a file database has nothing to hear."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kinerja_desktop.domain.officials import OfficialInput
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import roster_repo
from kinerja_desktop.storage.models import Official
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
def test_the_windows_own_save_is_not_heard_again(app, qtbot, db):
    window = show_main_window(qtbot, db)
    qtbot.waitUntil(window.server_watch.listener.connected.is_set, timeout=10_000)
    with qtbot.assertNotEmitted(window.server_watch.changed, wait=2000):
        RosterService(db).create(OfficialInput(many_nips(1)[0], "Dewi Sartika"))
