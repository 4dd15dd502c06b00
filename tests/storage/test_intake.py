"""Files from outside: the schema each released version left is the one build_schema makes,
and the rows of a genuine file go across untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kinerja_desktop.storage import intake, migrations
from tests.fixtures.make_schema_fixtures import RELEASED
from tests.helpers.dump import dump_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize("version", RELEASED)
def test_every_released_schema_is_the_one_this_app_builds_for_its_version(version):
    """A database written by an older release is accepted: its sqlite_master equals what
    migrations.build_schema makes for that version (tests/fixtures/schema-vN.kinerja)."""
    with intake.untrusted(FIXTURES / f"schema-v{version}.kinerja") as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == version
        assert intake.schema_difference(intake.schema_of(con), version) is None
        assert intake.schema_difference(intake.schema_of(con), version - 1) is not None


def test_both_search_variants_are_known():
    """PCs whose SQLite lacks FTS5 trigram make a plain search table; both are accepted."""
    with_fts = intake.expected_schema(migrations.LATEST_VERSION, True)
    plain = intake.expected_schema(migrations.LATEST_VERSION, False)
    assert plain is not None and ("table", "roster_search") in plain
    if with_fts is not None:
        assert with_fts[("table", "roster_search")][1].startswith("CREATE VIRTUAL TABLE")


def test_rebuild_copies_every_row_of_a_file_the_previous_release_wrote(tmp_path):
    """The database rebuilt from tests/fixtures/sealed-v1.kinerja (the previous release's
    demo, schema 6) holds the same rows in every copied table."""
    source = FIXTURES / "sealed-v1.kinerja"
    target = tmp_path / "rebuilt.kinerja"
    counts = intake.rebuild(source, target, 6)
    before, after = dump_database(source), dump_database(target)
    for table in intake.copied_tables(intake.schema_of(sqlite3.connect(str(target)))):
        assert after[table] == before[table], table
        assert counts[table] == len(before[table])
    assert after["pragma:user_version"] == [(6,)]


def test_the_digest_sees_a_changed_value_and_its_type(tmp_path):
    path = tmp_path / "x.db"
    con = sqlite3.connect(str(path))
    con.execute("CREATE TABLE t (a)")
    con.execute("INSERT INTO t VALUES (1)")
    con.commit()
    first = intake.content_digest(con, ["t"])
    con.execute("UPDATE t SET a = '1'")
    assert intake.content_digest(con, ["t"]) != first
    con.execute("UPDATE t SET a = 1.0")
    assert intake.content_digest(con, ["t"]) != first
    con.execute("UPDATE t SET a = 1")
    assert intake.content_digest(con, ["t"]) == first
    con.close()
