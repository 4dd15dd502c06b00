"""Automatic backups in the data folder: once a day on exit, always before a restore, a merge
or a migration, rotated (7 daily, 4 weekly, 12 monthly) on real files."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kinerja_desktop.domain.rotation import to_keep
from kinerja_desktop.errors import DiskFullError
from kinerja_desktop.services import auto_backup as auto
from kinerja_desktop.storage import migrations
from kinerja_desktop.storage.backup_io import verify_file
from kinerja_desktop.storage.database import open_database
from tests.helpers.dump import dump_database, table_rows

# About SQLite files themselves: the backup on exit copies a database file.
pytestmark = pytest.mark.sqlite_only

DAY = datetime(2024, 6, 15, 16, 30)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_file()) if folder.exists() else []


def test_exit_backup_is_made_once_a_day(demo_db, private_data_dir):
    first = auto.auto_backup(demo_db, "keluar", now=DAY)
    assert first == private_data_dir / "cadangan" / "kinerja-2024-06-15_163000-keluar.kinerja"
    assert verify_file(first).ok
    assert verify_file(first).counts["official"] > 0
    assert Path(f"{first}.sha256").is_file()
    assert auto.auto_backup(demo_db, "keluar", now=DAY + timedelta(hours=3)) is None
    assert auto.auto_backup(demo_db, "harian", now=DAY + timedelta(hours=4)) is None
    second = auto.auto_backup(demo_db, "keluar", now=DAY + timedelta(days=1))
    assert second is not None and second.name.startswith("kinerja-2024-06-16_")
    assert auto.made_today(demo_db.path, DAY + timedelta(days=1)) == second


@pytest.mark.parametrize("reason", auto.FORCED_REASONS)
def test_forced_reasons_always_back_up_into_their_own_folder(db, private_data_dir, reason):
    auto.auto_backup(db, "keluar", now=DAY)
    made = [auto.auto_backup(db, reason, now=DAY) for _ in range(3)]
    assert all(made)
    assert len(set(made)) == 3  # same second: -2, -3
    folder = private_data_dir / "cadangan" / reason
    assert {p.parent for p in made} == {folder}
    assert [p.name for p in made] == [f"kinerja-2024-06-15_163000-{reason}.kinerja",
                                      f"kinerja-2024-06-15_163000-{reason}-2.kinerja",
                                      f"kinerja-2024-06-15_163000-{reason}-3.kinerja"]


def test_a_forced_backup_does_not_count_as_the_days_backup(db, private_data_dir):
    assert auto.auto_backup(db, "sebelum-pulih", now=DAY)
    assert auto.auto_backup(db, "keluar", now=DAY + timedelta(hours=1)) is not None


def test_a_reason_must_be_usable_in_a_file_name(db):
    for bad in ("", "Keluar", "../x", "a b", "-x"):
        with pytest.raises(ValueError):
            auto.auto_backup(db, bad, now=DAY)


def test_names_round_trip():
    name = auto.backup_name(Path("/x/kinerja.db"), "sebelum-pulih", DAY, Path("/tidak/ada"))
    assert name == "kinerja-2024-06-15_163000-sebelum-pulih.kinerja"
    assert auto.parse_name(name) == ("kinerja", DAY, "sebelum-pulih")
    assert auto.parse_name("kinerja-2024-06-15_163000-keluar-2.kinerja")[2] == "keluar"
    for other in ("kinerja.db", "kinerja-2024-13-40_000000-keluar.kinerja", "catatan.txt",
                  "kinerja-2024-06-15_163000-keluar.kinerja.sha256"):
        assert auto.parse_name(other) is None


def test_rotation_on_real_files(db, private_data_dir):
    folder = private_data_dir / "cadangan"
    folder.mkdir(parents=True)
    start = DAY - timedelta(days=400)
    planted = {}
    for n in range(400):
        when = (start + timedelta(days=n)).replace(hour=17, minute=0)
        path = folder / auto.backup_name(db.path, "keluar", when, folder)
        path.write_bytes(b"lama")
        Path(f"{path}.sha256").write_text("x")
        planted[path] = when
    # Files rotation must never touch: not ours, another database's, a forced reason's folder.
    (folder / "catatan.txt").write_text("jangan dihapus")
    other_db = folder / "lain-2020-01-01_000000-keluar.kinerja"
    other_db.write_bytes(b"lain")
    forced = folder / "sebelum-pulih"
    forced.mkdir()
    old_forced = forced / "kinerja-2020-01-01_000000-sebelum-pulih.kinerja"
    old_forced.write_bytes(b"x")

    made = auto.auto_backup(db, "keluar", now=DAY)
    expected = to_keep(list(planted.items()) + [(made, DAY)], DAY)
    kept = {p for p in folder.iterdir() if auto.parse_name(p.name)
            and auto.parse_name(p.name)[0] == "kinerja"}
    assert kept == expected
    assert made in kept
    assert len(kept) <= 7 + 4 + 12
    for path in planted:
        assert Path(f"{path}.sha256").exists() == (path in kept)  # checksum goes with its file
    assert (folder / "catatan.txt").exists() and other_db.exists() and old_forced.exists()


def test_forced_folders_rotate_on_their_own(db, private_data_dir):
    folder = private_data_dir / "cadangan" / "sebelum-gabung"
    folder.mkdir(parents=True)
    for n in range(20):
        (folder / auto.backup_name(db.path, "sebelum-gabung", DAY - timedelta(days=n + 1),
                                   folder)).write_bytes(b"x")
    auto.auto_backup(db, "sebelum-gabung", now=DAY)
    assert len(names(folder)) // 2 <= 7 + 4 + 12
    assert any(n.startswith("kinerja-2024-06-14_") for n in names(folder))


def test_on_exit_backs_up_and_never_raises(db, private_data_dir, monkeypatch):
    made = auto.on_exit(db)
    assert made is not None and made.parent == private_data_dir / "cadangan"
    assert auto.on_exit(db) is None  # already made today

    def full(*args, **kwargs):
        raise DiskFullError("Disk penuh.")
    monkeypatch.setattr("kinerja_desktop.storage.backup_io.backup_to", full)
    for path in (private_data_dir / "cadangan").iterdir():
        path.unlink()
    assert auto.on_exit(db) is None


# Before a migration ------------------------------------------------------------------------------

def _version_3_file(path: Path, monkeypatch) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:3])
        old = open_database(path)
        try:
            with old.atomic():
                old.handle.execute_sql("INSERT INTO setting VALUES ('versi', '3')")
        finally:
            old.close()


def test_a_database_is_copied_before_it_is_migrated(tmp_path, private_data_dir, monkeypatch):
    path = tmp_path / "kinerja.db"
    _version_3_file(path, monkeypatch)
    before = dump_database(path)
    calls = []

    def hook(file: Path, version: int) -> None:
        calls.append((file, version, table_rows(file, "PRAGMA user_version")[0][0]))
        auto.before_migration(file, version)

    db = open_database(path, before_migration=hook)
    db.close()
    assert calls == [(path, 3, 3)]  # called once, while the file was still version 3
    copies = list((private_data_dir / "cadangan" / "sebelum-migrasi").iterdir())
    assert len(copies) == 1 and copies[0].name.endswith("-sebelum-migrasi.kinerja")
    assert dump_database(copies[0]) == before
    assert table_rows(copies[0], "PRAGMA journal_mode") == [("delete",)]  # one file
    assert table_rows(path, "PRAGMA user_version") == [(migrations.LATEST_VERSION,)]
    # Nothing to migrate any more: no further copy; nor for a brand-new file.
    open_database(path, before_migration=hook).close()
    open_database(tmp_path / "baru.db", before_migration=hook).close()
    assert len(calls) == 1


def test_a_failing_hook_leaves_the_file_unmigrated(tmp_path, monkeypatch):
    path = tmp_path / "kinerja.db"
    _version_3_file(path, monkeypatch)

    def refuse(file: Path, version: int) -> None:
        raise DiskFullError("Disk penuh; cadangan sebelum migrasi tidak dapat dibuat.")

    with pytest.raises(DiskFullError):
        open_database(path, before_migration=refuse)
    assert table_rows(path, "PRAGMA user_version") == [(3,)]


# Planned on the UI thread, written on a worker ---------------------------------------------------

def test_a_planned_backup_is_written_where_it_was_planned(db, private_data_dir, monkeypatch,
                                                         tmp_path):
    planned = auto.plan_exit(db.path, DAY)
    assert planned is not None
    assert planned.path == (private_data_dir / "cadangan"
                            / "kinerja-2024-06-15_163000-keluar.kinerja")
    # The data folder's setting changes before the worker writes: the plan holds.
    monkeypatch.setenv("KINERJA_DATA_DIR", str(tmp_path / "lain"))
    seen = []
    made = auto.write_exit(db, planned, lambda fraction, text: seen.append((fraction, text)))
    assert made == planned.path and verify_file(made, rows=False).ok
    assert seen[-1][0] == 1.0 and all(0 <= f <= 1 for f, _t in seen)
    assert not (tmp_path / "lain").exists()
    monkeypatch.setenv("KINERJA_DATA_DIR", str(private_data_dir))
    assert auto.plan_exit(db.path, DAY + timedelta(hours=2)) is None  # made today


@pytest.mark.parametrize("when", ["at once", "while copying"])
def test_a_skipped_exit_backup_leaves_nothing(demo_db, private_data_dir, when, caplog):
    caplog.set_level(logging.INFO)
    planned = auto.plan_exit(demo_db.path, DAY)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return when == "at once" or len(asked) > 1

    assert auto.write_exit(demo_db, planned, cancelled=cancelled) is None
    assert names(private_data_dir / "cadangan") == []  # no file, no temporary one
    assert auto.plan_exit(demo_db.path, DAY) is not None  # still due next time
    assert "dilewati" in caplog.text


def test_a_killed_exit_backup_leaves_a_temporary_file_the_next_start_removes(tmp_path,
                                                                            private_data_dir):
    """The worker killed with the app half-way (power cut, task manager): its temporary file
    has one of the names clean_at_start removes, and no file has the final name."""
    import os
    import subprocess
    import sys
    live = tmp_path / "dokumen" / "kinerja.db"
    live.parent.mkdir()
    open_database(live).close()
    root = Path(__file__).resolve().parents[2]
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from kinerja_desktop.services import auto_backup\n"
        "from kinerja_desktop.storage.database import open_database\n"
        "db = open_database(Path(sys.argv[1]))\n"
        "planned = auto_backup.plan_exit(db.path)\n"
        "def progress(fraction, text):\n"
        "    if fraction > 0:\n"
        "        print('menyalin', flush=True)\n"
        "        time.sleep(120)\n"
        "auto_backup.write_exit(db, planned, progress)\n")
    env = dict(os.environ, PYTHONPATH=str(root), KINERJA_DATA_DIR=str(private_data_dir))
    child = subprocess.Popen([sys.executable, "-c", script, str(live)], cwd=root, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "menyalin", child.stderr.read()
        child.kill()
    finally:
        child.communicate(timeout=60)
    folder = private_data_dir / "cadangan"
    left = names(folder)
    assert left and all(n.startswith(".kinerja-") and "-keluar.kinerja.tmp" in n
                        for n in left), left  # hidden, never under the final name
    removed = auto.clean_at_start(live)
    assert sorted(p.name for p in removed) == left
    assert names(folder) == []
