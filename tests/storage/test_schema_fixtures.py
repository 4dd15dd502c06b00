"""Every released schema version upgrades to the current one, data intact, and the result
has exactly the schema of a database created new."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kinerja_desktop.storage import migrations
from kinerja_desktop.storage.database import open_database
from tests.helpers.dump import dump_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RELEASED = (1, 2, 3, 4, 5, 6)
SCHEMA = "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"


def schema_of(db) -> list[tuple]:
    return db.execute_sql(SCHEMA).fetchall()


@pytest.fixture(scope="module")
def fresh_schema(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("baru") / "baru.kinerja")
    try:
        return schema_of(db)
    finally:
        db.close()


def test_a_fixture_for_every_released_version():
    assert all((FIXTURES / f"schema-v{v}.kinerja").is_file() for v in RELEASED)
    assert RELEASED[-1] <= migrations.LATEST_VERSION


@pytest.mark.parametrize("version", RELEASED)
def test_released_version_upgrades_to_the_current_schema(version, tmp_path, fresh_schema):
    path = tmp_path / f"v{version}.kinerja"
    shutil.copyfile(FIXTURES / f"schema-v{version}.kinerja", path)
    before = dump_database(path, include_audit=False)
    assert before["pragma:user_version"] == [(version,)]
    db = open_database(path)
    try:
        assert db.schema_version() == migrations.LATEST_VERSION
        assert schema_of(db) == fresh_schema
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()
    after = dump_database(path, include_audit=False)
    for table, rows in before.items():
        if not table.startswith("pragma:"):
            # Nothing a user entered changes; columns added later come last, with defaults.
            assert len(after[table]) == len(rows), table
            assert [row[:len(old)] for row, old in zip(after[table], rows, strict=True)] == rows, \
                table
    if before.get("target"):  # schema 7: every target older than polarity is "higher is better"
        assert {row[-4:-2] for row in after["target"]} == {("naik", None)}
        # schema 8: no budget, no funding programme
        assert {row[-2:] for row in after["target"]} == {(None, "")}
    if before.get("printed_document"):  # schema 8: printed before the official forms
        assert {row[-1] for row in after["printed_document"]} == {1}
    assert after["official"][0][5] == "Abdullah"
