"""A server's password in the Windows credential store (issue 20): kept per server, database
and user, read back when connecting, never in an address or a file of plain text. The store
itself exists on Windows only: those tests run in the Windows check (under Wine); elsewhere
the password file is used, and that is tested here."""

from __future__ import annotations

import sys

import pytest

from kinerja_desktop.domain.server_address import ServerAddress
from kinerja_desktop.services.server_setup import password_file, store_password
from kinerja_desktop.storage import credentials
from kinerja_desktop.storage.server import connect_options

WINDOWS = "the credential store is Windows' (the Windows check runs this under Wine)"
on_windows = pytest.mark.skipif(sys.platform != "win32", reason=WINDOWS)

ADDRESS = ServerAddress("192.168.1.10", "kinerja", "budi")


def test_an_entry_is_named_by_server_database_and_user_only():
    assert credentials.target(ADDRESS) == "Kinerja Desktop/budi@192.168.1.10:5432/kinerja"
    with_password = ServerAddress("fe80::1", "kinerja", "ani", 6543, password="rahasia")
    assert credentials.target(with_password) == "Kinerja Desktop/ani@[fe80::1]:6543/kinerja"


@pytest.mark.skipif(sys.platform == "win32", reason="the password file is for other systems")
def test_without_a_credential_store_the_password_file_is_used(tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    assert not credentials.available() and credentials.read(ADDRESS) is None
    where = store_password(ADDRESS, "rahasia")
    assert where == str(password_file()) == str(tmp_path / "pgpass")
    assert "password" not in connect_options(ADDRESS)  # libpq reads its file itself


@pytest.fixture
def stored():
    """The entry is removed again after the test, whatever it did."""
    yield ADDRESS
    credentials.delete(ADDRESS)


@on_windows
def test_the_password_is_kept_in_the_credential_store_and_read_back(stored, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    assert credentials.available()
    where = store_password(stored, "rahasia:ñ日本")
    assert where == "Pengelola Kredensial Windows (Kinerja Desktop/budi@192.168.1.10:5432/kinerja)"
    assert credentials.read(stored) == "rahasia:ñ日本"
    assert connect_options(stored)["password"] == "rahasia:ñ日本"
    assert not (tmp_path / "pgpass").exists()  # no plain-text copy
    store_password(stored, "baru")  # replaced, not added
    assert credentials.read(stored) == "baru"
    # Another user of the same server has no password through it.
    other = ServerAddress("192.168.1.10", "kinerja", "ani")
    assert credentials.read(other) is None and "password" not in connect_options(other)
    # A password typed into the address for one run is used before the stored one.
    typed = ServerAddress("192.168.1.10", "kinerja", "budi", password="diketik")
    assert connect_options(typed)["password"] == "diketik"
    assert credentials.delete(stored) and credentials.read(stored) is None
    assert credentials.delete(stored) is False
