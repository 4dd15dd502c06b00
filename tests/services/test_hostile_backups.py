"""Files from a USB stick written by someone hostile: restore, merge and verify take rows,
never schema, check every row like user input, and never change the live database when they
refuse. Each file is made here from a genuine backup, as an adversary would: with the SQL
of the change and, where it would otherwise be caught by the manifest, a manifest written
again (anyone can), and without the .sha256 beside it."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from kinerja_desktop.services.backup import make_backup
from kinerja_desktop.services.merge import apply_merge, plan_merge
from kinerja_desktop.services.restore import RestoreError, restore
from kinerja_desktop.storage import intake
from kinerja_desktop.storage.backup_io import checksum_path, verify_file
from kinerja_desktop.storage.database import open_database
from tests.helpers.dump import dump_database, table_rows

# About SQLite files themselves: hostile backups read into a database file (restore and merge).
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def live(demo_db) -> Path:
    path = demo_db.path
    demo_db.close()
    return path


@pytest.fixture
def genuine(tmp_path, live) -> Path:
    """A verified backup of the demo database, on a 'USB stick' of its own."""
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    db = open_database(live)
    try:
        return make_backup(db, folder).path
    finally:
        db.close()


def hostile(genuine: Path, *statements: str, manifest: bool = True,
            params: tuple = (), quiet: bool = True) -> Path:
    """A copy of the genuine backup changed by `statements`, its manifest written again
    (unless `manifest` is False) and no .sha256 beside it. `quiet`: the file's triggers are
    set aside around the change and put back as they were (the schema stays genuine and no
    audit row tells of the change), as an adversary would."""
    path = genuine.with_name("hostile-" + genuine.name)
    shutil.copyfile(genuine, path)
    checksum_path(path).unlink(missing_ok=True)
    con = sqlite3.connect(str(path), isolation_level=None)
    con.create_function("kinerja_actor", 0, lambda: "penyusup")  # the file's own triggers
    try:
        con.execute("PRAGMA foreign_keys = OFF")
        triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                               "ORDER BY rowid").fetchall() if quiet else []
        for name, _sql in triggers:
            con.execute(f'DROP TRIGGER "{name}"')
        for statement in statements:
            con.execute(statement, params if "?" in statement else ())
        for _name, sql in triggers:
            con.execute(sql)
    finally:
        con.close()
    if manifest:
        intake.write_manifest(path)
    return path


def refused_everywhere(live: Path, path: Path, words: str) -> None:
    """verify, restore and merge each refuse the file, naming `words`; nothing changes."""
    before = dump_database(live)
    report = verify_file(path)
    assert not report.ok
    with pytest.raises(RestoreError) as caught:
        restore(live, path)
    assert words in str(caught.value), str(caught.value)
    db = open_database(live)
    try:
        with pytest.raises(RestoreError) as merged:
            apply_merge(db, path)
        assert words in str(merged.value)
    finally:
        db.close()
    assert dump_database(live) == before
    assert not [p for p in live.parent.iterdir() if p.name.endswith((".tmp", ".baru"))]


# Schema from outside -------------------------------------------------------------------------

def test_an_extra_trigger_never_reaches_the_live_database(live, genuine):
    """The trigger that deleted evidence and changed a final score at the user's next import."""
    path = hostile(genuine, 'CREATE TRIGGER "x" AFTER INSERT ON "official" BEGIN '
                            'DELETE FROM attachment; UPDATE evaluation SET score = 100; END',
                   quiet=False)
    refused_everywhere(live, path, "pemicu (trigger) 'x'")
    assert table_rows(live, "SELECT name FROM sqlite_master WHERE name = 'x'") == []


@pytest.mark.parametrize("statements, words", [
    (['DROP TABLE "tombstone"', 'CREATE VIEW "tombstone" AS SELECT 1 AS uuid'],
     "view 'tombstone'"),
    (['DROP TRIGGER "audit_official_update"',
      'CREATE TRIGGER "audit_official_update" AFTER UPDATE ON "official" BEGIN SELECT 1; END'],
     "pemicu (trigger) 'audit_official_update'"),
    (['DROP INDEX "unit_name"'], "indeks 'unit_name'"),
    ([*(f'DROP TRIGGER "audit_unit_{event}"' for event in ("insert", "update", "delete")),
      'ALTER TABLE "unit" DROP COLUMN "kind"'], "tabel 'unit'"),
    (['CREATE VIEW "loop" AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) '
      'SELECT n FROM r'], "view 'loop'"),
])
def test_a_schema_not_made_by_this_app_is_refused_naming_the_difference(
        live, genuine, statements, words):
    refused_everywhere(live, hostile(genuine, *statements, quiet=False), words)


def test_a_wal_beside_a_genuine_backup_is_ignored(live, genuine, tmp_path):
    """A -wal put beside a genuine backup and its .sha256 is never applied: restore gives
    the backup's rows exactly, and verify says it ignored the file."""
    other = tmp_path / "other.db"
    shutil.copyfile(genuine, other)
    con = sqlite3.connect(str(other))
    con.create_function("kinerja_actor", 0, lambda: "penyusup")
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("UPDATE official SET name = 'Disusupkan'")
    con.commit()
    wal = Path(f"{other}-wal")
    shutil.copyfile(wal, Path(f"{genuine}-wal"))
    con.close()
    report = verify_file(genuine)
    assert report.ok and report.checksum_checked
    assert any("-wal" in note and "diabaikan" in note for note in report.notes)
    restore(live, genuine)
    assert table_rows(live, "SELECT count(*) FROM official WHERE name = 'Disusupkan'") == [(0,)]


# Rows checked like user input ------------------------------------------------------------------

@pytest.mark.parametrize("statement, words", [
    ("UPDATE official SET nip = '197203151995031000' WHERE id = 1", "tabel official, id 1"),
    ("UPDATE official SET uuid = 'bukan-uuid' WHERE id = 2", "UUID tidak berbentuk UUID"),
    ("UPDATE official SET birth_date = '1972-02-30' WHERE id = 1", "bukan tanggal yang sah"),
    ("UPDATE program SET scheme = 'bebas' WHERE id = 1", "kode scheme 'bebas'"),
    ("UPDATE unit SET name = X'00FF' WHERE id = 1", "kolom name bukan teks"),
    ("UPDATE setting SET value = printf('%.100000c', 'x') WHERE rowid = 1", "kolom value"),
    ("UPDATE appointment SET unit_id = 999 WHERE id = 1", "merujuk ke unit yang tidak ada"),
    ("UPDATE evaluation SET score = '99.0' WHERE status = 'final'", "tabel evaluation"),
    ("UPDATE target SET budget = -5 WHERE id = 1", "anggaran '-5' bukan jumlah rupiah"),
    ("UPDATE target SET budget = 1.5 WHERE id = 1", "kolom budget bukan bilangan bulat"),
])
def test_bad_rows_are_refused_with_table_record_and_reason(live, genuine, statement, words):
    refused_everywhere(live, hostile(genuine, statement), words)


def test_an_evidence_file_that_does_not_match_its_hash_is_refused(live, genuine):
    content = b"%PDF-1.4\n% laporan\n"
    path = hostile(
        genuine,
        "INSERT INTO progress_update (uuid, created_at, modified_at, target_id, date, "
        "realised, note) SELECT '5d1c7a9e-0b6f-4e21-9a3c-7f2e8d4b1c60', created_at, "
        "modified_at, id, '2019-08-01', 1, '' FROM target LIMIT 1",
        "INSERT INTO attachment (uuid, created_at, modified_at, progress_id, filename, "
        "mime_type, size, sha256, content) SELECT '0b4e3d1c-2f5a-4c6b-8d7e-9f0a1b2c3d4e', "
        "created_at, modified_at, id, 'laporan.pdf', 'application/pdf', ?, ?, ? FROM "
        "progress_update LIMIT 1",
        params=(len(content), hashlib.sha256(b"lain").hexdigest(), content))
    assert table_rows(path, "SELECT count(*) FROM attachment") == [(1,)]
    refused_everywhere(live, path, "SHA-256")


# Self-verifying backups ------------------------------------------------------------------------

def test_a_flipped_byte_in_a_row_is_found_without_the_sidecar(genuine, live):
    """Without the .sha256, a changed name is found by the manifest inside the file."""
    path = hostile(genuine, "UPDATE official SET name = 'Anas Dwisatyo' WHERE name = "
                            "'Anas Dwisatya'", manifest=False)
    report = verify_file(path)
    assert not report.ok and not report.checksum_checked
    assert any("manifest" in p for p in report.problems)
    with pytest.raises(RestoreError):
        restore(live, path)


# 200 on Linux; 25 under Windows, where each restore costs several times more (the Windows
# check's time budget), the same code path.
FLIPS = 25 if sys.platform == "win32" else 200


def test_random_single_byte_flips_are_refused_or_change_nothing(genuine, live, tmp_path):
    """200 random single-byte flips of a backup without its .sha256: each is refused, or the
    rows it restores are those of the original."""
    original = genuine.read_bytes()
    checksum_path(genuine).unlink()
    expected = None
    rng = random.Random(17)
    refused = same = 0
    flipped = tmp_path / "flip.kinerja"
    for _ in range(FLIPS):
        data = bytearray(original)
        where = rng.randrange(len(data))
        data[where] ^= 1 << rng.randrange(8)
        flipped.write_bytes(bytes(data))
        if not verify_file(flipped).ok:
            refused += 1
            continue
        target = tmp_path / "restored.db"
        for leftover in tmp_path.glob("restored.db*"):
            leftover.unlink()
        try:
            restore(target, flipped)
        except RestoreError:
            refused += 1
            continue
        if expected is None:
            restore(tmp_path / "expected.db", genuine)
            expected = dump_database(tmp_path / "expected.db", include_audit=True)
        assert dump_database(target, include_audit=True) == expected, where
        same += 1
    assert refused + same == FLIPS and refused > 0


def test_plan_merge_of_a_genuine_backup_still_works(live, genuine):
    db = open_database(live)
    try:
        assert plan_merge(db, genuine).conflicts == []
    finally:
        db.close()
