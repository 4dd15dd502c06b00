"""A server's schema brought up to a newer app's (issue 20: "a newer version migrates it only
after writing a .kinerja export, under an advisory lock, and refuses clients whose schema is
older"). Most of these tests add a version of their own, one newer than this app's (a
column, on a file and on a server), and let the app meet a server of today's; the last ones
bring a real version-8 server (the first schema a server was given) up to version 9.
The server's tests need KINERJA_TEST_DATABASE_URL (the server pass)."""

from __future__ import annotations

import threading

import pytest

from kinerja_desktop.errors import StorageError
from kinerja_desktop.services import auto_backup
from kinerja_desktop.services.backup import verify_backup
from kinerja_desktop.services.database import open_database_for_use
from kinerja_desktop.storage import migrations, server_schema
from kinerja_desktop.storage.database import execute_sql
from kinerja_desktop.storage.models import Unit
from kinerja_desktop.storage.server import open_server
from tests.helpers.fixtures import SERVER_SKIP, server_url

on_server = pytest.mark.skipif(not server_url(), reason=SERVER_SKIP)
NEXT = migrations.LATEST_VERSION + 1
ADD_NOTE = 'ALTER TABLE "unit" ADD COLUMN "catatan" TEXT'


def test_every_version_after_the_first_servers_has_its_server_steps():
    """A release that adds a file migration adds the server's steps too (server_schema)."""
    assert set(server_schema.SERVER_STEPS) == set(
        range(server_schema.FIRST_SERVER_VERSION + 1, migrations.LATEST_VERSION + 1))


def _add_note(db, _migrator) -> None:
    execute_sql(db, ADD_NOTE)


@pytest.fixture
def next_version(monkeypatch):
    """This app made one version newer: a column on a unit, on a file and on a server."""
    def become_newer(*server_steps: str) -> None:
        monkeypatch.setattr(migrations, "MIGRATIONS",
                            [*migrations.MIGRATIONS, (NEXT, "uji: catatan unit", _add_note)])
        monkeypatch.setattr(migrations, "LATEST_VERSION", NEXT)
        monkeypatch.setattr(server_schema, "SERVER_STEPS",
                            {NEXT: server_steps} if server_steps else {})
    return become_newer


def older_server(address) -> None:
    """A server left by the app as it is today, holding one unit."""
    db = open_server(address)
    try:
        db.insert(Unit, name="Dinas Sosial")
    finally:
        db.close()


def version_and_columns(address) -> tuple[int, set[str]]:
    """The server's schema version and the unit table's columns, looked at as psql would
    (without the app, which would upgrade it)."""
    import psycopg

    from kinerja_desktop.storage.server import connect_options
    with psycopg.connect(**connect_options(address),
                         options=f"-c search_path={address.schema_path()}") as connection:
        version = connection.execute(
            f'SELECT "version" FROM "{server_schema.META_TABLE}"').fetchone()[0]
        columns = {name for (name,) in connection.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'unit' "
            "AND table_schema = current_schema()")}
    return version, columns


def exports() -> list:
    folder = auto_backup.folder_for("sebelum-migrasi")
    return sorted(folder.glob("server_*.kinerja")) if folder.is_dir() else []


@on_server
def test_an_older_servers_schema_is_upgraded_after_an_export(server_schema, next_version):
    older_server(server_schema)
    next_version(ADD_NOTE)
    db = open_database_for_use(server_schema)
    try:
        assert db.schema_version() == NEXT
        assert [u.name for u in db.select(Unit)] == ["Dinas Sosial"]
    finally:
        db.close()
    version, columns = version_and_columns(server_schema)
    assert version == NEXT and "catatan" in columns
    [export] = exports()  # the data as they were, written before anything changed
    report = verify_backup(export)
    assert report.ok and report.counts["unit"] == 1
    # Opened again: nothing more to do, no second export.
    open_database_for_use(server_schema).close()
    assert exports() == [export]


@on_server
def test_a_server_without_its_steps_is_refused_and_left_alone(server_schema, next_version):
    older_server(server_schema)
    next_version()  # a file migration whose server steps were forgotten
    with pytest.raises(StorageError) as caught:
        open_database_for_use(server_schema)
    assert str(caught.value) == (
        f"Skema basis data di server ({server_schema.display()}) versi {NEXT - 1} belum dapat "
        f"dinaikkan ke versi {NEXT} oleh aplikasi ini.")
    assert version_and_columns(server_schema)[0] == NEXT - 1
    assert exports() == []


@on_server
def test_a_failing_step_changes_nothing_and_the_export_stays(server_schema, next_version):
    older_server(server_schema)
    next_version(ADD_NOTE, 'ALTER TABLE "tidak_ada" ADD COLUMN "x" TEXT')
    with pytest.raises(StorageError):
        open_database_for_use(server_schema)
    version, columns = version_and_columns(server_schema)
    assert version == NEXT - 1 and "catatan" not in columns  # the first step rolled back
    assert len(exports()) == 1


@on_server
def test_only_the_administrator_upgrades_the_schema(db, server_logins, next_version):
    """An operator's PC meets the older server first: refused in words, nothing written;
    the tables' owner (the administrator who created them) then upgrades it."""
    next_version(ADD_NOTE)
    for kind in ("operator", "admin"):  # a member of kinerja_admin who does not own them
        with pytest.raises(StorageError) as caught:
            open_database_for_use(server_logins[kind])
        assert f"versi {NEXT - 1} perlu dinaikkan ke versi {NEXT} oleh administrator server " \
               f"(pemilik tabelnya, kinerja_admin)" in str(caught.value)
        assert str(caught.value).endswith("Tidak ada yang diubah.")
    assert version_and_columns(db.server)[0] == NEXT - 1
    assert exports() == []
    owner = open_database_for_use(db.server)
    try:
        assert owner.schema_version() == NEXT
    finally:
        owner.close()
    operator = open_database_for_use(server_logins["operator"])  # now it simply opens
    operator.close()


@on_server
def test_two_pcs_starting_together_upgrade_it_once(server_schema, next_version):
    older_server(server_schema)
    next_version(ADD_NOTE)  # not repeatable: a second ADD COLUMN would fail
    errors: list[BaseException] = []

    def start() -> None:
        try:
            open_database_for_use(server_schema).close()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
    pcs = [threading.Thread(target=start) for _ in range(2)]
    for pc in pcs:
        pc.start()
    for pc in pcs:
        pc.join(60)
    assert errors == []
    assert version_and_columns(server_schema)[0] == NEXT
    assert len(exports()) == 1


def _columns_of(address, table: str) -> list[tuple]:
    """A table's columns as the server defines them (name, type, collation, null, default)."""
    import psycopg

    from kinerja_desktop.storage.server import connect_options
    with psycopg.connect(**connect_options(address),
                         options=f"-c search_path={address.schema_path()}") as connection:
        return connection.execute(
            "SELECT column_name, data_type, collation_name, is_nullable, column_default "
            "FROM information_schema.columns WHERE table_name = %s "
            "AND table_schema = current_schema() ORDER BY ordinal_position", (table,)).fetchall()


@on_server
def test_a_version_8_server_gets_its_search_filters(server_schema, monkeypatch):
    """Version 9 on a server: the search table's name sort key and filters added and filled
    from the roster rows (as a save writes them), a search row left behind removed, the
    table then defined exactly as a new server's, and a search reads it without a join."""
    from kinerja_desktop.domain.roster import RosterFilter
    from kinerja_desktop.storage import roster_repo
    from tests.helpers.dump import derived_tables
    from tests.helpers.fixtures import new_server_schema
    from tests.helpers.schema8 import SEARCH_COLUMNS, as_version_8, fill_as_version_8
    with as_version_8(monkeypatch):
        db = open_server(server_schema)
        try:
            ids = fill_as_version_8(db)
        finally:
            db.close()
    assert [c[0] for c in _columns_of(server_schema, "roster_search")] == [
        "rowid", "search_text"]
    db = open_database_for_use(server_schema)
    try:
        assert db.schema_version() == 9
        migrated = derived_tables(db)
        assert [r[0] for r in migrated["roster_search"]] == sorted(ids.values())
        roster_repo.refresh_all(db)
        assert derived_tables(db) == migrated
        hidayat = RosterFilter(text="hidayat", status="semua")
        assert roster_repo.search_ids(db, hidayat) == [ids["Agus Hidayat"], ids["Siti Hidayati"]]
        assert "roster_entry" not in roster_repo.search_query(db, hidayat)[0]
        assert roster_repo.search_ids(db, RosterFilter(text="hidayat")) == [ids["Agus Hidayat"]]
    finally:
        db.close()
    [export] = exports()  # the version-8 data, written before the upgrade
    assert verify_backup(export).ok
    fresh = new_server_schema()
    address = next(fresh)
    try:
        open_server(address).close()
        assert _columns_of(server_schema, "roster_search") == _columns_of(address, "roster_search")
        assert [c[0] for c in _columns_of(address, "roster_search")] == [
            "rowid", "search_text", *SEARCH_COLUMNS]
    finally:
        next(fresh, None)
