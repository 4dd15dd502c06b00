"""Which automatic backups to keep: the newest of each of the last 7 days, 4 weeks, 12 months
(`to_keep`, the routine daily backups); every copy made before a restore, a merge or a
migration from the last 30 days and at least the 10 newest (`copies_to_keep`).

Pure: the caller lists its files with their dates (read from the file names) and deletes what
is not returned. Periods are counted among the backups that exist, not on the calendar (as
borg and restic do): a PC left off for a year still keeps its last backups instead of losing
them all to the first backup made after the break.

A copy made before a restore or a merge is the only way back from that one step, and two
restores in a day are the usual case when the first picked the wrong file: such copies are
never thinned to one a day, so the next restore or merge never takes the previous copy away.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import date, datetime, timedelta
from typing import TypeVar

K = TypeVar("K", bound=Hashable)

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
# Copies before a restore, merge or migration: all of the last 30 days, at least the 10 newest.
KEEP_COPIES_LAST, KEEP_COPIES_DAYS = 10, 30


def _as_datetime(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return datetime(value.year, value.month, value.day)


def _day(moment: datetime) -> tuple[int, ...]:
    return (moment.year, moment.month, moment.day)


def _week(moment: datetime) -> tuple[int, ...]:
    iso = moment.isocalendar()  # ISO weeks: Monday to Sunday, 1 January may be in week 52/53
    return (iso[0], iso[1])


def _month(moment: datetime) -> tuple[int, ...]:
    return (moment.year, moment.month)


def to_keep(files_with_dates: Iterable[tuple[K, date | datetime]], now: date | datetime,
            daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY,
            monthly: int = KEEP_MONTHLY) -> set[K]:
    """The keys to keep among (key, date) pairs: the newest backup of each of the `daily` most
    recent days that have one, likewise of the `weekly` most recent ISO weeks and the
    `monthly` most recent months. The newest backup is always kept.

    A backup dated after `now` (a PC clock set wrong at some point) is kept and does not take
    a day, week or month from the others: deleting on the strength of a wrong clock would
    lose real backups. Dates may be dates or datetimes (naive; a zone is ignored).
    """
    limit = _as_datetime(now)
    if not isinstance(now, datetime):  # a date: the whole day counts as "now"
        limit = limit.replace(hour=23, minute=59, second=59, microsecond=999999)
    entries = [(_as_datetime(when), key) for key, when in files_with_dates]
    keep: set[K] = {key for when, key in entries if when > limit}
    # Newest first; equal times in a stable order (by the key's text) so the result never
    # depends on the order the files were listed in.
    past = sorted(((when, key) for when, key in entries if when <= limit),
                  key=lambda e: (e[0], repr(e[1])), reverse=True)
    rules: tuple[tuple[Callable[[datetime], tuple[int, ...]], int], ...] = (
        (_day, daily), (_week, weekly), (_month, monthly))
    for period, count in rules:
        seen: set[tuple[int, ...]] = set()
        for when, key in past:
            if len(seen) >= count:
                break
            slot = period(when)
            if slot not in seen:
                seen.add(slot)
                keep.add(key)
    if past:
        keep.add(past[0][1])
    return keep


def copies_to_keep(files_with_dates: Iterable[tuple[K, date | datetime]], now: date | datetime,
                   last: int = KEEP_COPIES_LAST, days: int = KEEP_COPIES_DAYS) -> set[K]:
    """The keys to keep among copies made before a restore, a merge or a migration: every copy
    dated within the `days` days up to `now`, and the `last` newest whatever their age (so a
    PC used once a quarter still has its last ten). A copy dated after `now` (a clock set
    wrong) is kept, as in to_keep. Never one a day: each copy undoes one step."""
    limit = _as_datetime(now)
    if not isinstance(now, datetime):  # a date: the whole day counts as "now"
        limit = limit.replace(hour=23, minute=59, second=59, microsecond=999999)
    since = limit - timedelta(days=days)
    entries = [(_as_datetime(when), key) for key, when in files_with_dates]
    keep: set[K] = {key for when, key in entries if when >= since}
    past = sorted(((when, key) for when, key in entries if when <= limit),
                  key=lambda e: (e[0], repr(e[1])), reverse=True)
    keep.update(key for _when, key in past[:max(last, 0)])
    return keep
