"""Shared fixtures: real databases, never a mocked one. A SQLite file in a temp folder, or,
when KINERJA_TEST_DATABASE_URL names a PostgreSQL server, a schema of its own on that server
(tests marked sqlite_only stay on files)."""

from __future__ import annotations

import os
import uuid

import pytest

from kinerja_desktop.storage.database import open_database

SERVER_URL_VARIABLE = "KINERJA_TEST_DATABASE_URL"


def server_url() -> str:
    """The throwaway server the storage and services tests run on ("" = files only)."""
    return os.environ.get(SERVER_URL_VARIABLE, "").strip()


def pytest_sessionstart(session):
    """A named test server that cannot be reached fails the run at once: it never skips."""
    url = server_url()
    if not url:
        return
    import psycopg
    try:
        with psycopg.connect(url, connect_timeout=10) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as exc:
        pytest.exit(f"{SERVER_URL_VARIABLE}: server uji tidak dapat dihubungi: {exc}",
                    returncode=1)


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder, so the default database is never the user's."""
    folder = tmp_path / "data"
    monkeypatch.setenv("KINERJA_DATA_DIR", str(folder))
    return folder


SERVER_SKIP = ("KINERJA_TEST_DATABASE_URL tidak diisi: tes server PostgreSQL berjalan di "
               "putaran server (bootstrap)")


@pytest.fixture
def server_schema():
    """A new, empty schema on the test server, dropped after the test: its ServerAddress."""
    if not server_url():
        pytest.skip(SERVER_SKIP)
    yield from new_server_schema()


def new_server_schema():
    """A new, empty schema on the test server (a generator: its ServerAddress, then the
    schema is dropped)."""
    import psycopg

    from kinerja_desktop.domain.server_address import parse_address
    url = server_url()
    name = "t_" + uuid.uuid4().hex[:16]
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {name}")
    try:
        yield parse_address(f"{url}{'&' if '?' in url else '?'}schema={name}")
    finally:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {name} CASCADE")


@pytest.fixture
def db(request, tmp_path):
    """The test's database: on the test server when one is named (a schema of its own),
    else a SQLite file."""
    if server_url() and request.node.get_closest_marker("sqlite_only") is None:
        from kinerja_desktop.storage.server import open_server
        address = request.getfixturevalue("server_schema")
        database = open_server(address)
    else:
        database = open_database(tmp_path / "kinerja.db")
    yield database
    database.close()


@pytest.fixture
def colleague(db):
    """The test's database opened again, as by someone else: another PC on the server, or
    another program on the file (two people editing the same records)."""
    if db.is_server:
        from kinerja_desktop.storage.server import open_server
        other = open_server(db.server)
    else:
        from kinerja_desktop.storage.database import open_database
        other = open_database(db.path)
    yield other
    other.close()


@pytest.fixture
def demo_db(db):
    from kinerja_desktop.services.demo import load_demo
    load_demo(db)
    return db


@pytest.fixture
def server_logins(db, server_schema):
    """The roles set up on the test schema through the command (`server-roles --siapkan`),
    and a login of each kind: kind → its address, with its password for this test only. The
    roles are the cluster's; the logins are dropped again."""
    import contextlib
    import dataclasses
    import io
    import secrets

    from kinerja_desktop.cli import run as cli_run
    from tests.helpers.dump import _server_connection
    out, err = io.StringIO(), io.StringIO()
    address = server_schema.display()
    assert cli_run(["--db", address, "server-roles", "--siapkan"], out, err) == 0, err.getvalue()
    said = out.getvalue()
    assert "Peran kinerja_admin, kinerja_operator, kinerja_penilai siap di skema" in said
    made: dict[str, object] = {}
    with contextlib.closing(_server_connection(db)) as admin:
        for kind in ("admin", "operator", "penilai", "tanpa_peran"):
            name, password = f"t_{secrets.token_hex(4)}_{kind}", secrets.token_hex(8)
            member = "" if kind == "tanpa_peran" else f" IN ROLE kinerja_{kind}"
            admin.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'{member}")
            made[kind] = dataclasses.replace(server_schema, user=name, password=password)
        admin.commit()
    yield made
    with contextlib.closing(_server_connection(db)) as admin:
        for address in made.values():  # a login's sessions may still be ending: no matter
            admin.execute(f"DROP ROLE IF EXISTS {address.user}")
        admin.commit()
