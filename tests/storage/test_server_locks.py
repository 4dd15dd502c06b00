"""A long operation on a shared server says whom it waits for (issue 20): every connection
names its operator and PC to the server, an import that finds the officials' tables in use
says who uses them while it waits, and names them if it gives up. The server tests need
KINERJA_TEST_DATABASE_URL; the run on the test server (bootstrap's second pass) runs them."""

from __future__ import annotations

import threading
import time

import pytest

from kinerja_desktop.domain.officials import OfficialInput
from kinerja_desktop.errors import DatabaseLockedError
from kinerja_desktop.services import roster_io
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import server_locks
from kinerja_desktop.storage.database import set_actor_provider
from kinerja_desktop.storage.models import Official
from kinerja_desktop.storage.server import open_server
from tests.helpers.dump import dump_database
from tests.helpers.fixtures import SERVER_SKIP, server_url
from tests.helpers.nips import many_nips
from tests.helpers.tables import HEADER, row, write_csv

on_server = pytest.mark.skipif(not server_url(), reason=SERVER_SKIP)


def test_holders_are_named_as_staff_know_them(monkeypatch):
    monkeypatch.setattr(server_locks, "pc_name", lambda: "PC-SETDA-02")
    name = server_locks.application_name("Budi (Bagian Organisasi)")
    assert name == "Kinerja Desktop: Budi (Bagian Organisasi) @ PC-SETDA-02"
    assert server_locks.holder_label(name, "kinerja_op") == "Budi (Bagian Organisasi) (PC-SETDA-02)"
    assert server_locks.holder_label("Kinerja Desktop @ PC-SETDA-02", "budi") == (
        "akun budi (PC-SETDA-02)")
    assert server_locks.holder_label("psql", "postgres") == "psql, akun postgres"
    assert server_locks.holder_label("", "postgres") == "akun postgres"
    # The server keeps printable ASCII only: accented letters lose their accents, not
    # their place ("?" would stand for each), and what has no plain letter goes.
    assert server_locks.application_name("Dédé Ṣuryana 👍") == (
        "Kinerja Desktop: Dede Suryana  @ PC-SETDA-02")
    # A long operator's name is shortened, never the PC's: the server keeps 63 bytes.
    long = server_locks.application_name("Ani " * 40)
    assert len(long) <= 63 and long.endswith(" @ PC-SETDA-02")


def _session_name(db, pid: int) -> str:
    return db.execute_sql("SELECT application_name FROM pg_stat_activity WHERE pid = ?",
                          (pid,)).fetchone()[0]


@on_server
def test_a_connection_names_its_operator_and_pc_to_the_server(db, server_schema):
    other = open_server(server_schema)
    try:
        set_actor_provider(lambda: "Budi")
        try:
            RosterService(other).create(OfficialInput(many_nips(1)[0], "Anas"))
            pid = other.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
        finally:
            set_actor_provider(None)
        assert _session_name(db, pid) == f"Kinerja Desktop: Budi @ {server_locks.pc_name()[:20]}"
    finally:
        other.close()


def _csv(tmp_path, count: int = 30):
    return write_csv(tmp_path / "pejabat.csv", HEADER, [
        row(nip, f"Pegawai {n}", "Staf", "Dinas Sosial")
        for n, nip in enumerate(many_nips(count + 1)[1:])])


class BudiSaving:
    """A colleague's save that holds its transaction open (the officials' table in use)."""

    def __init__(self, address, official_id: int, hold_s: float):
        self.address, self.official_id, self.hold_s = address, official_id, hold_s
        self.holding = threading.Event()
        self.thread = threading.Thread(target=self._save, daemon=True)

    def _save(self) -> None:
        other = open_server(self.address)
        set_actor_provider(lambda: "Budi")
        try:
            with other.atomic():
                other.update(Official, name="Anas Dwisatya").where(
                    Official.id == self.official_id).execute()
                self.holding.set()
                time.sleep(self.hold_s)
        finally:
            set_actor_provider(None)
            other.close()

    def __enter__(self):
        self.thread.start()
        assert self.holding.wait(10)
        return self

    def __exit__(self, *exc):
        self.thread.join(30)


@on_server
def test_an_import_says_whom_it_waits_for_and_then_runs(db, server_schema, tmp_path):
    official_id, _ = RosterService(db).create(OfficialInput(many_nips(1)[0], "Anas"))
    source = _csv(tmp_path)
    said: list[str] = []
    with BudiSaving(server_schema, official_id, hold_s=1.5):
        started = time.monotonic()
        report = roster_io.import_roster(db, source, waiting=said.append)
        waited = time.monotonic() - started
    assert report.applied and report.new == 30
    assert waited > 1.0  # it did wait for Budi's save
    assert said == [f"Menunggu Budi ({server_locks.pc_name()[:20]}) selesai menyimpan data di "
                    f"server…"]


@on_server
def test_an_import_that_gives_up_names_who_holds_the_data(db, server_schema, tmp_path):
    official_id, _ = RosterService(db).create(OfficialInput(many_nips(1)[0], "Anas"))
    source = _csv(tmp_path)
    db.execute_sql("SET lock_timeout = '500ms'")  # the app waits 15 s; the test less
    with BudiSaving(server_schema, official_id, hold_s=3):
        before = dump_database(db)
        with pytest.raises(DatabaseLockedError) as caught:
            roster_io.import_roster(db, source)
        assert dump_database(db) == before
    assert str(caught.value).startswith(
        f"Data sedang dipakai oleh Budi ({server_locks.pc_name()[:20]}) di server (")
    assert "tidak ada yang diubah" in str(caught.value)


@on_server
def test_a_save_that_gives_up_on_a_colleagues_record_names_them(db, server_schema):
    """An ordinary save (not an import) that waited the server's lock timeout for a row a
    colleague is saving says whom it waited for; nothing of it was written."""
    nip = many_nips(1)[0]
    official_id, _ = RosterService(db).create(OfficialInput(nip, "Anas"))
    db.execute_sql("SET lock_timeout = '500ms'")  # the app waits 15 s; the test less
    with BudiSaving(server_schema, official_id, hold_s=3):
        with pytest.raises(DatabaseLockedError) as caught:
            RosterService(db).update(official_id, OfficialInput(nip, "Anas Dwi"))
    assert str(caught.value) == (
        f"Data ini sedang dipakai oleh Budi ({server_locks.pc_name()[:20]}) di server "
        f"({server_schema.display()}); tidak ada yang disimpan. Tunggu sebentar lalu coba "
        f"lagi.")
    assert db.execute_sql("SELECT name FROM official WHERE id = ?", (official_id,)).fetchone() \
        == ("Anas Dwisatya",)  # Budi's, committed after the wait


@on_server
def test_a_save_that_gives_up_on_a_whole_table_names_who_holds_it(db, server_schema):
    """A new official while a colleague's import holds the officials' table: the error
    carries no row, so the holders of whole tables are named."""
    import contextlib

    from tests.helpers.dump import _server_connection
    with contextlib.closing(_server_connection(db)) as budi:  # a colleague's import
        budi.execute("SET application_name = 'Kinerja Desktop: Budi @ PC-SETDA-02'")
        with budi.transaction(force_rollback=True):
            budi.execute("LOCK TABLE official IN SHARE ROW EXCLUSIVE MODE")
            db.execute_sql("SET lock_timeout = '300ms'")
            before = dump_database(db)
            with pytest.raises(DatabaseLockedError) as caught:
                RosterService(db).create(OfficialInput(many_nips(1)[0], "Anas"))
            assert dump_database(db) == before
    assert str(caught.value).startswith(
        "Data ini sedang dipakai oleh Budi (PC-SETDA-02) di server (")
