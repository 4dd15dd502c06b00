"""Backup rotation: the newest of each of the last 7 days, 4 ISO weeks and 12 months."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from kinerja_desktop.domain.rotation import to_keep

NOW = datetime(2024, 6, 15, 20, 0)  # a Saturday; ISO week 24 runs Mon 10 – Sun 16 June


def daily_from(start: date, end: date, hour: int = 12) -> list[tuple[date, datetime]]:
    """One backup a day at `hour`, keyed by its day."""
    days = (end - start).days + 1
    return [(start + timedelta(n), datetime.combine(start + timedelta(n), datetime.min.time())
             .replace(hour=hour)) for n in range(days)]


def test_nothing_to_rotate():
    assert to_keep([], NOW) == set()


def test_a_single_backup_is_kept_however_old():
    assert to_keep([("lama", datetime(2001, 1, 1))], NOW) == {"lama"}


def test_a_year_and_a_half_of_daily_backups():
    kept = to_keep(daily_from(date(2023, 1, 1), date(2024, 6, 15)), NOW)
    days = {date(2024, 6, d) for d in range(9, 16)}  # the last 7 days
    weeks = {date(2024, 6, 2), date(2024, 5, 26)}  # Sundays of weeks 22 and 21 (23, 24 in days)
    months = {date(2024, 5, 31), date(2024, 4, 30), date(2024, 3, 31), date(2024, 2, 29),
              date(2024, 1, 31), date(2023, 12, 31), date(2023, 11, 30), date(2023, 10, 31),
              date(2023, 9, 30), date(2023, 8, 31), date(2023, 7, 31)}  # June is in days
    assert kept == days | weeks | months
    assert len(kept) == 20


def test_several_backups_a_day_keep_only_the_newest_of_each_day():
    backups = [(f"{d}-{h}", datetime(2024, 6, d, h)) for d in range(1, 16) for h in (8, 13, 17)]
    kept = to_keep(backups, NOW)
    assert {k for k in kept if k.startswith(("9-", "10-", "11-", "12-", "13-", "14-", "15-"))} \
        == {f"{d}-17" for d in range(9, 16)}
    assert all(k.endswith("-17") for k in kept)


def test_periods_are_counted_among_existing_backups_not_on_the_calendar():
    # The PC was used once a month: the 7 "days" are the 7 newest backups, not the last week.
    backups = [(f"{y}-{m:02d}", datetime(y, m, 10)) for y in (2022, 2023, 2024)
               for m in range(1, 13) if datetime(y, m, 10) <= NOW]
    kept = to_keep(backups, NOW)
    newest_12 = sorted(backups, key=lambda b: b[1], reverse=True)[:12]
    assert kept == {k for k, _ in newest_12}


def test_a_long_break_does_not_delete_the_old_backups():
    backups = daily_from(date(2020, 1, 1), date(2020, 3, 31))
    kept = to_keep(backups + [(date(2024, 6, 15), NOW)], NOW)
    assert date(2024, 6, 15) in kept
    # The 7 days are the 7 newest days that had a backup: today and 26–31 March 2020.
    assert {date(2020, 3, d) for d in range(26, 32)} <= kept
    assert date(2020, 3, 25) not in kept
    assert len(kept) > 7


def test_the_newest_backup_is_always_kept_even_with_zero_counts():
    backups = daily_from(date(2024, 6, 1), date(2024, 6, 15))
    assert to_keep(backups, NOW, daily=0, weekly=0, monthly=0) == {date(2024, 6, 15)}


def test_custom_counts():
    backups = daily_from(date(2024, 1, 1), date(2024, 6, 15))
    assert to_keep(backups, NOW, daily=2, weekly=0, monthly=0) == {date(2024, 6, 15),
                                                                    date(2024, 6, 14)}
    assert to_keep(backups, NOW, daily=0, weekly=0, monthly=3) == {
        date(2024, 6, 15), date(2024, 5, 31), date(2024, 4, 30)}
    assert to_keep(backups, NOW, daily=0, weekly=3, monthly=0) == {
        date(2024, 6, 15), date(2024, 6, 9), date(2024, 6, 2)}


def test_iso_weeks_cross_the_new_year():
    # 30 Dec 2024 (Mon) – 5 Jan 2025 (Sun) is ISO week 1 of 2025: one week, two years.
    backups = [("31-des", datetime(2024, 12, 31)), ("2-jan", datetime(2025, 1, 2)),
               ("29-des", datetime(2024, 12, 29)), ("22-des", datetime(2024, 12, 22))]
    kept = to_keep(backups, datetime(2025, 1, 3), daily=0, weekly=3, monthly=0)
    assert kept == {"2-jan", "29-des", "22-des"}
    # Months do not cross it: December and January are two.
    kept = to_keep(backups, datetime(2025, 1, 3), daily=0, weekly=0, monthly=2)
    assert kept == {"2-jan", "31-des"}


def test_backups_dated_in_the_future_are_kept_and_take_no_slot():
    backups = daily_from(date(2024, 6, 1), date(2024, 6, 15))
    future = [("2030", datetime(2030, 1, 1)), ("nanti-malam", datetime(2024, 6, 15, 23))]
    kept = to_keep(backups + future, NOW)
    assert {"2030", "nanti-malam"} <= kept
    assert {date(2024, 6, d) for d in range(9, 16)} <= kept  # all 7 days still kept


def test_now_as_a_date_counts_the_whole_day():
    backups = [("pagi", datetime(2024, 6, 15, 7)), ("malam", datetime(2024, 6, 15, 22))]
    assert to_keep(backups, date(2024, 6, 15), daily=1, weekly=0, monthly=0) == {"malam"}


def test_dates_and_datetimes_mix():
    backups = [("tanggal", date(2024, 6, 14)), ("waktu", datetime(2024, 6, 14, 9)),
               ("kemarin", datetime(2024, 6, 13, 9))]
    kept = to_keep(backups, NOW, daily=2, weekly=0, monthly=0)
    assert kept == {"waktu", "kemarin"}  # 09:00 is after midnight of the same day


def test_timezone_aware_datetimes_are_read_as_local():
    backups = [("a", datetime(2024, 6, 14, 9, tzinfo=UTC)),
               ("b", datetime(2024, 6, 13, 9))]
    assert to_keep(backups, NOW, daily=2, weekly=0, monthly=0) == {"a", "b"}


def test_the_result_does_not_depend_on_the_listing_order():
    backups = [(f"b{n}", datetime(2023, 1, 1) + timedelta(hours=7 * n)) for n in range(3000)]
    backups += [("sama-1", datetime(2024, 6, 1, 12)), ("sama-2", datetime(2024, 6, 1, 12))]
    expected = to_keep(backups, NOW)
    for seed in range(5):
        shuffled = backups[:]
        random.Random(seed).shuffle(shuffled)
        assert to_keep(shuffled, NOW) == expected
    assert len({"sama-1", "sama-2"} & expected) <= 1  # equal times: one of them, always the same


def test_keys_may_be_paths_and_only_given_keys_come_back():
    backups = [(Path(f"/cadangan/k{n}.db"), datetime(2024, 6, n)) for n in range(1, 16)]
    kept = to_keep(backups, NOW)
    assert kept <= {p for p, _ in backups}
    assert Path("/cadangan/k15.db") in kept and Path("/cadangan/k1.db") not in kept


def test_rotation_is_stable_when_applied_again():
    backups = daily_from(date(2022, 1, 1), date(2024, 6, 15))
    kept = to_keep(backups, NOW)
    again = to_keep([b for b in backups if b[0] in kept], NOW)
    assert again == kept


def test_keeping_over_time_never_drops_below_the_counts():
    # Simulate a year of daily use with rotation after every backup.
    kept: dict[date, datetime] = {}
    day = date(2023, 1, 1)
    for n in range(400):
        today = day + timedelta(n)
        kept[today] = datetime.combine(today, datetime.min.time()).replace(hour=17)
        keep = to_keep(kept.items(), kept[today])
        kept = {k: v for k, v in kept.items() if k in keep}
    last = day + timedelta(399)
    assert {last - timedelta(n) for n in range(7)} <= set(kept)
    months = {(d.year, d.month) for d in kept}
    assert len(months) == 12
    assert len(kept) <= 7 + 4 + 12
