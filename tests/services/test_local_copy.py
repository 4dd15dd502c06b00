"""This PC's last copy of a shared server's data (issue 20, "when the LAN fails"): written from
the server, opened read-only, refusing every write plainly on every thread. The copy's writing
needs the test server (bootstrap's second pass); its read-only opening is tested on files."""

from __future__ import annotations

import hashlib
import json
import threading
from datetime import UTC, datetime

import pytest

from kinerja_desktop.domain.officials import OfficialInput
from kinerja_desktop.domain.options import LOCAL_COPY_OF
from kinerja_desktop.domain.server_address import parse_address
from kinerja_desktop.errors import OperationCancelled, ReadOnlyDatabaseError
from kinerja_desktop.services import local_copy, settings
from kinerja_desktop.services.database import open_database_for_use
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage.database import open_database
from tests.helpers.fixtures import SERVER_SKIP, server_url
from tests.helpers.nips import many_nips

on_server = pytest.mark.skipif(not server_url(), reason=SERVER_SKIP)


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KINERJA_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_copys_name_has_the_server_not_the_password(data_folder):
    address = parse_address(
        "postgresql://budi:rahasia@192.168.1.10:5433/kinerja?schema=kab_serang")
    path = local_copy.copy_path(address)
    assert path == data_folder / "Salinan server" / "192.168.1.10_5433_kinerja_kab_serang.db"
    assert "rahasia" not in str(path) and "budi" not in str(path)


def marked_file(tmp_path):
    path = tmp_path / "salinan.db"
    db = open_database(path)
    RosterService(db).create(OfficialInput(many_nips(1)[0], "Anas Dwisatya"))
    with db.atomic():
        settings.set(db, LOCAL_COPY_OF, json.dumps({
            "server": "postgresql://192.168.1.10:5432/kinerja",
            "pada": "2026-12-07T06:50:00+00:00"}))
    db.close()
    return path


def test_a_marked_copy_opens_read_only_and_refuses_every_write_plainly(tmp_path):
    path = marked_file(tmp_path)
    db = open_database_for_use(path)
    try:
        assert "salinan lokal data server postgresql://192.168.1.10:5432/kinerja" in db.read_only
        roster = RosterService(db)
        assert db.execute_sql("SELECT name FROM official").fetchall() == [("Anas Dwisatya",)]
        before = digest(path)
        with pytest.raises(ReadOnlyDatabaseError) as caught:
            roster.create(OfficialInput(many_nips(2)[1], "Budi"))
        assert str(caught.value).startswith("Ini salinan lokal data server postgresql://")
        assert "hanya untuk dibaca; tidak ada yang disimpan" in str(caught.value)
        # Another thread's connection (a worker's) is refused too.
        failures: list[BaseException] = []

        def write_elsewhere() -> None:
            try:
                RosterService(db).create(OfficialInput(many_nips(3)[2], "Citra"))
            except BaseException as exc:  # noqa: BLE001 - collected for the assertion
                failures.append(exc)
            finally:
                db.close()

        worker = threading.Thread(target=write_elsewhere)
        worker.start()
        worker.join(30)
        assert [type(f) for f in failures] == [ReadOnlyDatabaseError]
    finally:
        db.close()
    assert digest(path) == before


def test_an_ordinary_file_is_not_read_only(tmp_path):
    db = open_database_for_use(tmp_path / "kinerja.db")
    try:
        assert db.read_only == ""
        RosterService(db).create(OfficialInput(many_nips(1)[0], "Anas"))
    finally:
        db.close()


@on_server
def test_the_servers_copy_is_its_data_read_only(db, tmp_path):
    roster = RosterService(db)
    roster.create(OfficialInput(many_nips(1)[0], "Anas Dwisatya"))
    path = local_copy.write(db)
    assert path == local_copy.copy_path(db.server) and local_copy.last_copy(db.server) == path
    copy = open_database_for_use(path)
    try:
        found = local_copy.info(copy)
        assert found is not None and found.server == db.server.display()
        assert abs((datetime.now(UTC) - found.written).total_seconds()) < 120
        assert copy.execute_sql("SELECT name FROM official").fetchall() == [("Anas Dwisatya",)]
        with pytest.raises(ReadOnlyDatabaseError):
            RosterService(copy).create(OfficialInput(many_nips(2)[1], "Budi"))
    finally:
        copy.close()
    # Written again: replaced whole; a cancelled writing leaves the last copy as it was.
    roster.create(OfficialInput(many_nips(2)[1], "Budi Santoso"))
    before = digest(path)
    with pytest.raises(OperationCancelled):
        local_copy.write(db, cancelled=lambda: True)
    assert digest(path) == before
    assert not [p for p in path.parent.parent.iterdir() if p.name.endswith(".tmp")]
    local_copy.write(db)
    copy = open_database_for_use(path)
    try:
        assert sorted(r[0] for r in copy.execute_sql("SELECT name FROM official")) == [
            "Anas Dwisatya", "Budi Santoso"]
    finally:
        copy.close()


def test_a_copy_restored_as_this_pcs_database_may_be_worked_in(tmp_path):
    """Data taken home by hand: the copy restored into the laptop's own database file is
    that PC's own to change (its read-only mark stays behind)."""
    from kinerja_desktop.services.restore import restore
    copy = marked_file(tmp_path)
    target = tmp_path / "laptop" / "kinerja.db"
    restore(target, copy)
    db = open_database_for_use(target)
    try:
        assert db.read_only == "" and local_copy.info(db) is None
        RosterService(db).create(OfficialInput(many_nips(2)[1], "Budi"))
        assert len(db.execute_sql("SELECT id FROM official").fetchall()) == 2
    finally:
        db.close()
    kept = open_database(copy)
    try:
        assert local_copy.info(kept) is not None  # the copy itself is unchanged
    finally:
        kept.close()
