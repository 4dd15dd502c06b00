"""Shared fixtures: real SQLite files in temp folders, never a mocked database."""

from __future__ import annotations

import pytest

from kinerja_desktop.storage.database import open_database


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder, so the default database is never the user's."""
    folder = tmp_path / "data"
    monkeypatch.setenv("KINERJA_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "kinerja.db")
    yield database
    database.close()


@pytest.fixture
def demo_db(db):
    from kinerja_desktop.services.demo import load_demo
    load_demo(db)
    return db
