"""Copies that protect the user: every copy made before a restore (cadangan/sebelum-pulih) or a
merge (cadangan/sebelum-gabung) is kept, all of the last 30 days and at least the 10 newest;
the next restore or merge never rotates the previous one away. Daily backups keep their own
rotation (7 days, 4 weeks, 12 months)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kinerja_desktop.domain.rotation import copies_to_keep, to_keep
from kinerja_desktop.services import auto_backup as auto
from kinerja_desktop.services.backup import make_backup
from kinerja_desktop.services.merge import apply_merge
from kinerja_desktop.services.restore import restore
from kinerja_desktop.storage.backup_io import verify_file
from kinerja_desktop.storage.database import open_database
from tests.helpers.dump import table_rows

# About SQLite files themselves: a restore replaces a database file.
pytestmark = pytest.mark.sqlite_only

DAY = datetime(2024, 6, 15, 16, 30)


def copies(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix == ".kinerja") if folder.exists() \
        else []


def marker(path: Path) -> str | None:
    rows = table_rows(path, 'SELECT value FROM setting WHERE "key" = ?', ("penanda",))
    return rows[0][0] if rows else None


def set_marker(path: Path, value: str) -> None:
    db = open_database(path)
    try:
        with db.atomic():
            db.execute_sql('INSERT OR REPLACE INTO setting ("key", "value") VALUES (?, ?)',
                                  ("penanda", value))
    finally:
        db.close()


def plant(folder: Path, database: Path, reason: str, when: datetime) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / auto.backup_name(database, reason, when, folder)
    path.write_bytes(b"x")
    return path


# The rule itself -------------------------------------------------------------------------------

def test_copies_to_keep_all_of_thirty_days_and_at_least_ten():
    now = datetime(2024, 6, 15, 12)
    # 40 days, three copies a day: the last 30 days whole (and nothing older).
    many = [(f"{d}-{h}", now - timedelta(days=d, hours=h)) for d in range(40) for h in (0, 3, 7)]
    kept = copies_to_keep(many, now)
    assert kept == {k for k, when in many if when >= now - timedelta(days=30)}
    # Rare copies (one every 20 days for two years): the 10 newest, though most are old.
    rare = [(n, now - timedelta(days=20 * n)) for n in range(36)]
    assert copies_to_keep(rare, now) == set(range(10))


def test_copies_to_keep_keeps_future_dates_and_takes_a_date_as_the_whole_day():
    now = datetime(2024, 6, 15, 12)
    entries = [("masa-depan", now + timedelta(days=3))] + [
        (n, now - timedelta(days=40 + n)) for n in range(12)]
    kept = copies_to_keep(entries, now)
    assert "masa-depan" in kept
    assert kept - {"masa-depan"} == set(range(10))  # the future copy takes no place of ten
    assert copies_to_keep([("pagi", datetime(2024, 6, 15, 23))], date(2024, 6, 15)) == {"pagi"}
    assert copies_to_keep([], now) == set()


def test_daily_rotation_is_unchanged():
    backups = [(f"{d}-{h}", datetime(2024, 6, d, h)) for d in range(1, 16) for h in (8, 17)]
    assert all(k.endswith("-17") for k in to_keep(backups, datetime(2024, 6, 15, 20)))


# On real files ---------------------------------------------------------------------------------

@pytest.mark.parametrize("reason", ["sebelum-pulih", "sebelum-gabung"])
def test_fifteen_copies_in_one_second_are_all_kept(db, private_data_dir, reason):
    made = [auto.auto_backup(db, reason, now=DAY) for _ in range(15)]
    folder = private_data_dir / "cadangan" / reason
    assert copies(folder) == sorted(made)
    assert len({p.name for p in made}) == 15  # the second, then -2 … -15
    assert all(verify_file(p).ok for p in made)


@pytest.mark.parametrize("reason", ["sebelum-pulih", "sebelum-gabung"])
def test_forty_days_of_copies_keep_thirty_days_and_the_ten_newest(db, private_data_dir,
                                                                  reason):
    folder = private_data_dir / "cadangan" / reason
    planted = {plant(folder, db.path, reason, DAY - timedelta(days=d, hours=h)):
               DAY - timedelta(days=d, hours=h) for d in range(1, 41) for h in (1, 5)}
    newest = auto.auto_backup(db, reason, now=DAY)
    kept = set(copies(folder))
    assert newest in kept
    assert kept - {newest} == {p for p, when in planted.items()
                               if when >= DAY - timedelta(days=30)}
    # A PC used rarely: copies 50 days apart still keep the ten newest.
    for path in copies(folder):
        path.unlink()
    rare = [plant(folder, db.path, reason, DAY - timedelta(days=50 * n)) for n in range(1, 15)]
    auto.auto_backup(db, reason, now=DAY)
    assert set(rare[:9]) <= set(copies(folder))  # with the new one: ten
    assert not set(rare[9:]) & set(copies(folder))
    assert len(copies(folder)) == 10


def test_a_daily_backup_does_not_touch_the_copies(db, private_data_dir):
    folder = private_data_dir / "cadangan" / "sebelum-pulih"
    old = [plant(folder, db.path, "sebelum-pulih", DAY - timedelta(days=d)) for d in range(3)]
    for d in range(20):
        plant(private_data_dir / "cadangan", db.path, "keluar", DAY - timedelta(days=d + 1))
    auto.auto_backup(db, "keluar", now=DAY)
    assert set(old) <= set(copies(folder))
    assert len(copies(private_data_dir / "cadangan")) < 21  # the daily ones still rotate


def test_fifteen_restores_in_a_day_keep_the_data_as_it_was_before_each(live_and_backup,
                                                                       private_data_dir):
    live, backup = live_and_backup
    start = DAY.replace(hour=8)
    for n in range(15):
        set_marker(live, f"sebelum-pemulihan-{n}")
        result = restore(live, backup, now=start + timedelta(minutes=n))
        assert result.pre_restore_copy is not None
        assert marker(live) == "di-cadangan"
    kept = copies(private_data_dir / "cadangan" / "sebelum-pulih")
    assert len(kept) == 15
    assert sorted(marker(p) for p in kept) == sorted(f"sebelum-pemulihan-{n}" for n in range(15))


def test_two_restores_in_the_same_second_keep_both_copies(live_and_backup, private_data_dir):
    live, backup = live_and_backup
    set_marker(live, "pertama")
    first = restore(live, backup, now=DAY).pre_restore_copy
    set_marker(live, "kedua")
    second = restore(live, backup, now=DAY).pre_restore_copy
    assert first is not None and second is not None and first != second
    assert (marker(first), marker(second)) == ("pertama", "kedua")


def test_merges_keep_every_copy_made_before_them(live_and_backup, private_data_dir):
    live, backup = live_and_backup
    folder = private_data_dir / "cadangan" / "sebelum-gabung"
    older = [plant(folder, live, "sebelum-gabung", datetime.now() - timedelta(hours=h))
             for h in range(1, 13)]
    made = []
    for n in range(3):
        set_marker(live, f"sebelum-gabung-{n}")
        db = open_database(live)
        try:
            made.append(apply_merge(db, backup).backup)
        finally:
            db.close()
    kept = set(copies(folder))
    assert set(older) <= kept and set(made) <= kept and len(kept) == 15
    assert [marker(p) for p in made] == [f"sebelum-gabung-{n}" for n in range(3)]


@pytest.fixture
def live_and_backup(demo_db, tmp_path) -> tuple[Path, Path]:
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    with demo_db.atomic():
        demo_db.execute_sql('INSERT INTO setting ("key", "value") VALUES (?, ?)',
                                   ("penanda", "di-cadangan"))
    backup = make_backup(demo_db, folder).path
    path = demo_db.path
    demo_db.close()
    return path, backup
