"""On a shared server (issue 20): the server's clock dates every change, and a program hears
what the others commit (LISTEN/NOTIFY), not what it wrote itself. The server tests need
KINERJA_TEST_DATABASE_URL; the run on the test server (bootstrap's second pass) runs them."""

from __future__ import annotations

import contextlib
import threading
import time
from datetime import datetime, timedelta

import pytest

from kinerja_desktop.domain.officials import OfficialInput
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import official_repo, server_changes
from kinerja_desktop.storage.models import Official, Unit
from kinerja_desktop.storage.server import open_server
from kinerja_desktop.storage.server_changes import ChangeListener, changed_tables
from tests.helpers.dump import _server_connection
from tests.helpers.fixtures import SERVER_SKIP, new_server_schema, server_url
from tests.helpers.nips import many_nips

on_server = pytest.mark.skipif(not server_url(), reason=SERVER_SKIP)
WRONG_CLOCK = datetime(2001, 1, 1, 8, 0, 0)


def test_only_other_clients_changes_in_ones_own_schema_are_passed_on():
    payloads = ["kab official abc", "kab appointment abc", "kab official def", "kab unit def",
                "kab unit ", "", "kab roster_entry def", "kota official def", "kab", "a b c d"]
    assert changed_tables(payloads, "kab", "abc") == {"official", "unit", "roster_entry"}
    assert changed_tables([], "kab", "abc") == frozenset()


# The server's clock ----------------------------------------------------------------------

def _server_now(db) -> datetime:
    value = db.execute_sql("SELECT clock_timestamp() AT TIME ZONE 'UTC'").fetchone()[0]
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


@on_server
def test_a_pc_with_a_wrong_clock_dates_its_changes_by_the_servers(db, monkeypatch):
    oid, _ = RosterService(db).create(OfficialInput(many_nips(1)[0], "Budi Santoso"))
    monkeypatch.setattr(official_repo, "utc_now", lambda: WRONG_CLOCK)
    db.update(Official, name="Budi S.", modified_at=official_repo.utc_now()).where(
        Official.id == oid).execute()
    unit_id = db.insert(Unit, name="Dinas Jam Salah", created_at=WRONG_CLOCK,
                        modified_at=WRONG_CLOCK)
    now = _server_now(db)
    official = db.select(Official).where(Official.id == oid).get()
    unit = db.select(Unit).where(Unit.id == unit_id).get()
    for stamp in (official.modified_at, unit.created_at, unit.modified_at):
        stamp = stamp if isinstance(stamp, datetime) else datetime.fromisoformat(str(stamp))
        assert abs(stamp - now) < timedelta(minutes=1), stamp
    assert official.created_at <= official.modified_at


@on_server
def test_an_update_that_does_not_date_itself_keeps_the_time(db):
    """A reordering moves positions only; as on a file, the record's time stays."""
    unit_id = db.insert(Unit, name="Dinas Urut")
    before = db.select(Unit).where(Unit.id == unit_id).get().modified_at
    time.sleep(0.05)
    db.update(Unit, short_name="DU").where(Unit.id == unit_id).execute()
    assert db.select(Unit).where(Unit.id == unit_id).get().modified_at == before


@on_server
def test_demo_data_told_as_it_happened_keeps_its_own_times(db):
    with db.atomic():
        with db.client_times():
            unit_id = db.insert(Unit, name="Dinas 2019", created_at=WRONG_CLOCK,
                                modified_at=WRONG_CLOCK)
        # After the block, the enclosing transaction is dated by the server again.
        later_id = db.insert(Unit, name="Dinas Sesudah", created_at=WRONG_CLOCK,
                             modified_at=WRONG_CLOCK)
    unit = db.select(Unit).where(Unit.id == unit_id).get()
    assert str(unit.created_at).startswith("2001-01-01 08:00:00")
    assert str(unit.modified_at).startswith("2001-01-01 08:00:00")
    assert not str(db.select(Unit).where(Unit.id == later_id).get().modified_at).startswith(
        "2001")
    # Outside that transaction, the server's clock again.
    db.update(Unit, short_name="D19", modified_at=WRONG_CLOCK + timedelta(days=1)).where(
        Unit.id == unit_id).execute()
    assert not str(db.select(Unit).where(Unit.id == unit_id).get().modified_at).startswith(
        "2001")


# Hearing others' changes -----------------------------------------------------------------

class Heard:
    """What a listener handed over, with a way to wait for it."""

    def __init__(self) -> None:
        self.batches: list[frozenset[str]] = []
        self.arrived = threading.Event()

    def __call__(self, tables: frozenset[str]) -> None:
        self.batches.append(tables)
        self.arrived.set()

    def tables(self) -> set[str]:
        return set().union(*self.batches) if self.batches else set()


@contextlib.contextmanager
def listening(db, retry_s: float | None = None):
    listener = ChangeListener(db.server, db.handle.client_token)
    heard, stop = Heard(), threading.Event()
    thread = threading.Thread(target=listener.run, args=(heard, stop), daemon=True)
    thread.start()
    try:
        assert listener.connected.wait(10), "the listener did not connect"
        yield listener, heard
    finally:
        stop.set()
        thread.join(5)
        assert not thread.is_alive(), "the listener did not stop within 5 s"


@on_server
def test_another_pcs_saved_change_is_heard_and_ones_own_is_not(db, server_schema):
    other = open_server(server_schema)
    try:
        oid, _ = RosterService(other).create(OfficialInput(many_nips(1)[0], "Budi Santoso"))
        with listening(db) as (_listener, heard):
            db.insert(Unit, name="Dinas Kami")  # our own write: not handed over
            time.sleep(1.5)
            assert heard.batches == []
            with other.atomic():
                other.update(Official, name="Budi S.").where(Official.id == oid).execute()
                time.sleep(0.8)
                assert heard.batches == []  # not before the commit
            assert heard.arrived.wait(5), "another PC's change was not heard within 5 s"
            assert "official" in heard.tables()
    finally:
        other.close()


@on_server
def test_a_rolled_back_change_is_never_announced(db, server_schema):
    other = open_server(server_schema)
    try:
        with listening(db) as (_listener, heard):
            with contextlib.suppress(RuntimeError):
                with other.atomic():
                    other.insert(Unit, name="Dinas Batal")
                    raise RuntimeError("the user cancelled")
            time.sleep(1.5)
            assert heard.batches == []
    finally:
        other.close()


@on_server
def test_another_offices_schema_in_the_same_database_is_not_heard(db):
    """A province may keep each regency in a schema of its own (?schema=): a channel is the
    whole database's, so each listener keeps to its own schema."""
    other_office = new_server_schema()
    address = next(other_office)
    try:
        elsewhere = open_server(address)
        try:
            with listening(db) as (_listener, heard):
                elsewhere.insert(Unit, name="Dinas Kabupaten Lain")
                time.sleep(1.5)
                assert heard.batches == []
        finally:
            elsewhere.close()
    finally:
        other_office.close()


@on_server
def test_an_import_of_many_rows_is_heard_as_one_batch(db, server_schema):
    other = open_server(server_schema)
    try:
        with listening(db) as (_listener, heard):
            with other.atomic():
                for index in range(300):
                    other.insert(Unit, name=f"Dinas {index:03d}")
            assert heard.arrived.wait(5)
            time.sleep(1.0)
            assert len(heard.batches) == 1 and heard.batches[0] == {"unit"}
    finally:
        other.close()


@on_server
def test_a_listener_cut_off_by_the_server_listens_again(db, server_schema, monkeypatch):
    monkeypatch.setattr(server_changes, "RETRY_S", 0.2)
    other = open_server(server_schema)
    try:
        with listening(db) as (listener, heard):
            with contextlib.closing(_server_connection(db)) as admin:
                killed = admin.execute("SELECT pg_terminate_backend(%s)",
                                       (listener.backend_pid,)).fetchone()
                assert killed == (True,)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and listener.connected.is_set():
                time.sleep(0.05)
            assert listener.connected.wait(10), "the listener did not come back"
            other.insert(Unit, name="Dinas Sesudah Putus")
            assert heard.arrived.wait(5)
            assert "unit" in heard.tables()
    finally:
        other.close()
