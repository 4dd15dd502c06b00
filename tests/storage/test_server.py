"""A shared PostgreSQL server (issue 20): opening it, its schema, its history, several users at
once, a lost connection, and the data's round trip server → .kinerja file → new server. These
tests need KINERJA_TEST_DATABASE_URL (scripts/throwaway_postgres.py starts one); without it
they are skipped, and the run on the server (bootstrap's second pass) runs them."""

from __future__ import annotations

import contextlib
import threading
import time
from datetime import date

import pytest

from kinerja_desktop.domain.officials import OfficialInput
from kinerja_desktop.domain.programs import ProgramInput
from kinerja_desktop.domain.server_address import parse_address
from kinerja_desktop.errors import DatabaseTooNewError, NotOurDatabaseError, StorageError
from kinerja_desktop.services.backup import make_backup, verify_backup
from kinerja_desktop.services.demo import load_demo
from kinerja_desktop.services.documents import DocumentService
from kinerja_desktop.services.evaluations import EvaluationService
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import migrations, program_repo, roster_repo, server_schema
from kinerja_desktop.storage.database import set_actor_provider
from kinerja_desktop.storage.models import Unit
from kinerja_desktop.storage.server import open_server
from kinerja_desktop.storage.server_copy import export_to_file, load_into_empty_server
from tests.helpers.dump import _server_connection, dump_database, table_rows
from tests.helpers.fixtures import SERVER_SKIP, new_server_schema, server_url
from tests.helpers.nips import many_nips
from tests.helpers.programs import appointment, target

pytestmark = pytest.mark.skipif(not server_url(), reason=SERVER_SKIP)


@pytest.fixture
def second_schema():
    """A second empty schema on the test server (another office's, a new server)."""
    yield from new_server_schema()


# Opening ---------------------------------------------------------------------------------

def test_the_schema_is_made_once_and_then_found(server_schema):
    first = open_server(server_schema)
    first.insert(Unit, name="Dinas A")
    first.close()
    again = open_server(server_schema)
    try:
        assert again.schema_version() == migrations.LATEST_VERSION
        assert [u.name for u in again.select(Unit)] == ["Dinas A"]
        assert again.is_server and again.fts is False
        assert again.location == server_schema.display()
    finally:
        again.close()


def test_a_schema_the_address_names_is_made_where_missing_not_filled_into_public(
        server_schema):
    import dataclasses
    import uuid

    import psycopg
    missing = dataclasses.replace(server_schema, schema="t_" + uuid.uuid4().hex[:16])
    try:
        first = open_server(missing)
        try:
            first.insert(Unit, name="Dinas A")
            assert first.execute_sql("SELECT current_schema()").fetchone() == (missing.schema,)
        finally:
            first.close()
        with psycopg.connect(server_url(), autocommit=True) as connection:
            assert connection.execute(
                f"SELECT name FROM {missing.schema}.unit").fetchall() == [("Dinas A",)]
    finally:
        with psycopg.connect(server_url(), autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA IF EXISTS {missing.schema} CASCADE")


def test_two_pcs_starting_together_make_the_schema_once(server_schema):
    """The advisory lock: both open, neither fails on a half-made schema."""
    opened, failed = [], []

    def start() -> None:
        try:
            database = open_server(server_schema)
            opened.append(database.schema_version())
            database.close()  # peewee: each thread's own connection, closed by that thread
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            failed.append(exc)

    threads = [threading.Thread(target=start) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert failed == [] and opened == [migrations.LATEST_VERSION] * 3
    db = open_server(server_schema)
    try:
        assert table_rows(db, "SELECT count(*) FROM dataset") == [(1,)]
    finally:
        db.close()


def test_a_schema_of_a_newer_app_is_refused(server_schema):
    open_server(server_schema).close()
    with contextlib.closing(_server_connection(_Handle(server_schema))) as con:
        con.execute(f'UPDATE "{server_schema_table()}" SET version = version + 1')
    with pytest.raises(DatabaseTooNewError, match="versi Kinerja Desktop yang lebih baru"):
        open_server(server_schema)


def test_a_database_of_another_program_is_refused_and_left_alone(server_schema):
    with contextlib.closing(_server_connection(_Handle(server_schema))) as con:
        con.execute("CREATE TABLE pelanggan (id int)")
    with pytest.raises(NotOurDatabaseError, match="bukan milik Kinerja Desktop"):
        open_server(server_schema)
    with contextlib.closing(_server_connection(_Handle(server_schema))) as con:
        tables = {r[0] for r in con.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}
    assert tables == {"pelanggan"}


def test_a_wrong_password_is_one_plain_line_without_it(server_schema):
    address = server_schema
    wrong = parse_address(address.display().replace(f"{address.user}@",
                                                    f"{address.user}:salah-sandi@"))
    with pytest.raises(StorageError) as caught:
        open_server(wrong)
    assert str(caught.value).startswith("Server menolak nama pengguna atau kata sandinya")
    assert "salah-sandi" not in str(caught.value) and "\n" not in str(caught.value)


# What SQLite did, the server does alike --------------------------------------------------

def test_a_large_figure_keeps_every_digit(db):
    """REAL is a 4-byte float in PostgreSQL (1234567.89 became 1234568): DOUBLE PRECISION."""
    _official, post = appointment(db)
    program_id = program_repo.insert_program(
        db, post, ProgramInput("100_hari", date(2019, 6, 14)).resolved())
    target_id = program_repo.insert_target(db, program_id, target(target_value=1234567.89))
    assert table_rows(db, "SELECT target_value FROM target") == [(1234567.89,)]
    assert program_repo.get_target(db, target_id).data.target_value == 1234567.89


def test_the_history_names_the_operator_or_else_the_connected_role(db):
    set_actor_provider(lambda: "Budi (Bagian Organisasi)")
    try:
        unit_id = db.insert(Unit, name="Dinas A")
    finally:
        set_actor_provider(None)
    with contextlib.closing(_server_connection(db)) as other:  # psql, another program
        other.execute("UPDATE unit SET name = 'Dinas B' WHERE id = %s", (unit_id,))
        role = other.execute("SELECT session_user").fetchone()[0]
    assert table_rows(db, "SELECT actor, action, summary FROM audit_entry ORDER BY id") == [
        ("Budi (Bagian Organisasi)", "buat", "Dinas A"), (role, "ubah", "Dinas B")]


def test_names_sort_as_on_a_file_whatever_the_servers_locale(db):
    for name in ("bappeda", "Dinas B", "BKPSDM", "dinas a", "Ábdi"):
        db.insert(Unit, name=name)
    assert [u.name for u in db.select(Unit).order_by(Unit.name)] == [
        "BKPSDM", "Dinas B", "bappeda", "dinas a", "Ábdi"]  # byte order, as SQLite's BINARY


# Several users at once -------------------------------------------------------------------

def test_two_users_saving_the_same_official_at_once_do_not_crash(db, server_schema):
    """Before, 2 of 3 runs failed with a unique violation: both saves deleted the official's
    roster rows, the second waiting for the first, which then inserted them again; the second
    then inserted its own. Now the second save waits for the first from its start."""
    roster = RosterService(db)
    oid, _ = roster.create(OfficialInput(many_nips(1)[0], "Budi"))
    other = open_server(server_schema)
    failures: list[BaseException] = []
    first_refreshed = threading.Event()

    def save(database, first: bool) -> None:
        try:
            if not first:
                first_refreshed.wait(10)
            with database.atomic():
                roster_repo.refresh(database, [oid])  # what every save of an official ends with
                if first:
                    first_refreshed.set()
                    time.sleep(0.5)  # the other save starts while this one is not committed
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            failures.append(exc)
        finally:
            database.close()  # this thread's connection (the next use opens it again)

    try:
        threads = [threading.Thread(target=save, args=(database, database is db))
                   for database in (db, other)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        other.close()
    assert failures == []
    assert table_rows(db, "SELECT official_id, full_name FROM roster_entry") == [(oid, "Budi")]
    assert table_rows(db, "SELECT count(*) FROM roster_search") == [(1,)]


def test_a_lost_connection_during_a_save_writes_nothing_and_says_so(db):
    """A server restart (here: the server ends this session) in the middle of a transaction:
    a plain error, and nothing of the transaction is kept."""
    with pytest.raises(StorageError, match="Sambungan ke server terputus"):
        with db.atomic():
            db.insert(Unit, name="Dinas Setengah")
            pid = db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
            with contextlib.closing(_server_connection(db)) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            time.sleep(0.2)
            db.insert(Unit, name="Dinas Kedua")
    db.close()  # the next use connects again
    assert table_rows(db, "SELECT count(*) FROM unit") == [(0,)]


# USB between sites: server → file → new server -----------------------------------------

def test_a_round_trip_through_a_file_keeps_every_row_and_seal(db, second_schema, tmp_path):
    load_demo(db)
    evaluation_id = DocumentService(db).final_evaluations()[0]
    _sheet, record = DocumentService(db).prepare("evaluasi", evaluation_id)
    before = dump_database(db)

    backup = make_backup(db, tmp_path)  # the same .kinerja a PC writes
    assert verify_backup(backup.path).ok
    copy = tmp_path / "bawa-pulang.kinerja"
    export_to_file(db, copy)
    new_server = open_server(second_schema)
    try:
        counts = load_into_empty_server(new_server, copy)
        assert counts["official"] == 7
        after = dump_database(new_server)
        # LAST_BACKUP was written by the backup after the file was taken: the one difference.
        before_settings = [r for r in before.pop("setting") if r[0] != "cadangan_terakhir"]
        after_settings = [r for r in after.pop("setting") if r[0] != "cadangan_terakhir"]
        assert before_settings == after_settings
        before.pop("audit_entry"), after.pop("audit_entry")
        assert after == before
        assert DocumentService(new_server).verify(record.code).matches  # seals still verify
        assert EvaluationService(new_server).rescore(evaluation_id).consistent
        new_id = new_server.insert(Unit, name="Dinas Baru")  # its counters moved past the rows
        assert new_id > max(r[0] for r in before["unit"])
        # The planner knows the loaded tables at once (searches do not wait for autovacuum).
        assert analyzed(new_server) >= {"official", "roster_entry", "roster_search"}
    finally:
        new_server.close()


def analyzed(db) -> set[str]:
    """The tables of this schema whose planner statistics were taken by hand (ANALYZE)."""
    return {name for (name,) in db.execute_sql(
        "SELECT relname FROM pg_stat_user_tables WHERE schemaname = current_schema() "
        "AND last_analyze IS NOT NULL")}


def test_a_large_import_refreshes_the_servers_statistics_and_a_small_one_leaves_it(
        db, tmp_path):
    from kinerja_desktop.services import roster_io
    from tests.helpers.tables import HEADER, row, write_csv
    nips = many_nips(roster_io.BULK_ROWS + 5)
    small = write_csv(tmp_path / "kecil.csv", HEADER, [
        row(nip, f"Pegawai {n}", "Staf", "Dinas Sosial") for n, nip in enumerate(nips[:5])])
    assert roster_io.import_roster(db, small).applied
    assert analyzed(db) == set()
    large = write_csv(tmp_path / "besar.csv", HEADER, [
        row(nip, f"Pegawai {n}", "Staf", "Dinas Sosial") for n, nip in enumerate(nips[5:])])
    report = roster_io.import_roster(db, large)
    assert report.applied and report.new == roster_io.BULK_ROWS
    assert analyzed(db) >= {"official", "appointment", "roster_entry", "roster_search"}


def test_a_session_plans_for_a_database_held_in_memory(db):
    assert db.execute_sql("SHOW random_page_cost").fetchone() == ("1.1",)


def test_a_server_that_holds_data_is_never_filled_from_a_file(demo_db, tmp_path):
    copy = tmp_path / "salinan.kinerja"
    export_to_file(demo_db, copy)
    before = dump_database(demo_db)
    with pytest.raises(StorageError, match="sudah berisi data"):
        load_into_empty_server(demo_db, copy)
    assert dump_database(demo_db) == before


def server_schema_table() -> str:
    return server_schema.META_TABLE


class _Handle:
    """What tests.helpers.dump needs of a Database to connect on its own: its address."""

    def __init__(self, address) -> None:
        self.server = address


def _table_locks(db) -> int:
    """How many sessions hold an import's lock on this schema's officials."""
    return table_rows(db, "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                          "WHERE c.relname = 'official' AND c.relnamespace = "
                          "current_schema()::regnamespace AND l.mode = 'ShareRowExclusiveLock' "
                          "AND l.granted")[0][0]


def test_a_client_killed_in_the_middle_of_an_import_leaves_the_server_as_it_was(db, tmp_path):
    """The import runs in a process of its own (main.py roster import), killed (SIGKILL, as
    a power cut or Task Manager) while it holds its lock and writes: the server ends that
    session and rolls back its transaction; nothing of the import is left, and the lock is
    gone for the next user."""
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    from tests.helpers.tables import HEADER, row, write_csv
    from tests.services.test_roster_import_bulk import plenty_of_nips
    load_demo(db)
    before = dump_database(db)
    source = write_csv(tmp_path / "besar.csv", HEADER, [
        row(nip, f"Pegawai {n}", "Staf", ("Dinas Sosial", "Dinas Baru")[n % 2])
        for n, nip in enumerate(plenty_of_nips(40_000))])
    root = Path(__file__).resolve().parent.parent.parent
    process = subprocess.Popen([sys.executable, str(root / "main.py"), "--db", db.location,
                                "roster", "import", str(source)], cwd=tmp_path,
                               env=dict(os.environ, KINERJA_DATA_DIR=str(tmp_path / "data")),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while _table_locks(db) == 0:
            assert process.poll() is None, "the import ended before it was killed"
            assert time.monotonic() < deadline, "the import never took its lock"
            time.sleep(0.05)
        time.sleep(0.5)  # well into its writing
        assert process.poll() is None
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(30)
    deadline = time.monotonic() + 60
    while _table_locks(db) and time.monotonic() < deadline:  # the server notices the loss
        time.sleep(0.1)
    assert _table_locks(db) == 0
    after = dump_database(db)
    # Opening upgraded the dataset's settings first (services.settings.upgrade, its own
    # transaction, with its history): the import's tables and their history are as before.
    for table in ("unit", "official", "appointment", "roster_entry", "roster_search",
                  "tombstone", "inauguration"):
        assert after[table] == before[table], table
    def history(dump) -> list[tuple]:
        return [entry for entry in dump["audit_entry"] if entry[6] != "setting"]  # entity

    assert history(after) == history(before)
