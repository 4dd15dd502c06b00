"""A command's database is closed however the command ends: success, refusal or a bug."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

import pytest

from kinerja_desktop.cli import EXIT_INVALID, EXIT_OK
from kinerja_desktop.cli.session import opened_database
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.services import roster_io
from kinerja_desktop.services import database as database_module
from tests.helpers.open_files import held_open


@pytest.fixture
def opened(monkeypatch):
    """Every database the commands open, as they open it."""
    databases = []
    real_open = database_module.open_database

    def open_database(*args, **kwargs):
        databases.append(real_open(*args, **kwargs))
        return databases[-1]

    monkeypatch.setattr(database_module, "open_database", open_database)
    return databases


def assert_all_closed(databases, path: Path) -> None:
    assert databases, "the command opened no database"
    assert all(db.handle.is_closed() for db in databases)
    assert held_open(path) == []


def test_a_command_that_succeeds_closes_its_database(cli, demo_file, opened):
    assert cli("--db", demo_file, "roster", "list").code == EXIT_OK
    assert_all_closed(opened, demo_file)


def test_a_refused_command_closes_its_database(cli, demo_file, opened, monkeypatch):
    def refuse(db, include_archived=False):
        assert not db.handle.is_closed()
        assert held_open(demo_file)  # proves held_open sees an open database
        raise KinerjaError("Daftar pejabat tidak dapat dibaca.")

    monkeypatch.setattr(roster_io, "roster_records", refuse)
    result = cli("--db", demo_file, "roster", "list")
    assert (result.code, result.err_lines) == (EXIT_INVALID, ["Daftar pejabat tidak dapat dibaca."])
    assert_all_closed(opened, demo_file)


def test_a_bug_in_a_command_still_closes_its_database(cli, demo_file, opened, monkeypatch):
    def crash(db, include_archived=False):
        raise RuntimeError("a bug")

    monkeypatch.setattr(roster_io, "roster_records", crash)
    with pytest.raises(RuntimeError, match="a bug"):
        cli("--db", demo_file, "roster", "list")
    assert_all_closed(opened, demo_file)
    demo_file.rename(demo_file.with_name("dipindah.db"))  # nothing holds it any more


def test_the_session_closes_on_an_exception(dbfile):
    with pytest.raises(ZeroDivisionError), opened_database(Namespace(db=dbfile)) as db:
        assert held_open(dbfile)
        raise ZeroDivisionError
    assert db.handle.is_closed()
    assert held_open(dbfile) == []


def test_the_session_uses_the_data_folder_without_db(private_data_dir):
    with opened_database(Namespace(db=None)) as db:
        assert db.path == private_data_dir / "kinerja.db"
    assert db.handle.is_closed()


def test_a_command_upgrades_the_settings_of_the_database_it_opens(cli, dbfile):
    from kinerja_desktop.storage import settings_repo
    from kinerja_desktop.storage.database import open_database
    from tests.helpers.dump import table_rows
    db = open_database(dbfile)  # as an older version left it: no settings version
    settings_repo.set(db, "ukuran_kertas", "Folio")
    db.close()
    assert cli("--db", dbfile, "roster", "list").code == EXIT_OK
    assert table_rows(dbfile, "SELECT key, value FROM setting ORDER BY key") == [
        ("ukuran_kertas", "A4"), ("versi_pengaturan", "1")]
