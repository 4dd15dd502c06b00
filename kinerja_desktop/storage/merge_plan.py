"""A merge's result (counts by table, the conflicts listed) and the words staff read about it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, UTC
from pathlib import Path
from typing import Any

from kinerja_desktop.domain.dates import format_date

CANCELLED = "Penggabungan dibatalkan; basis data tetap seperti semula."
# Their modified_at later than now by more than this is a wrong clock there, not a change that
# wins by being newer (two PCs' clocks differ by a few minutes in any office).
FUTURE_TOLERANCE = timedelta(minutes=5)
# Why a record only there was not added: a unique rule (NIP, unit name …) refused it.
UNIQUE_CLASH = ("bentrok dengan data lain di PC ini (mis. NIP, nama atau kode yang sama); "
                "tidak ditambahkan")


@dataclass
class TableCounts:
    added: int = 0      # only there: inserted here
    updated: int = 0    # changed there only (or chosen): theirs taken
    unchanged: int = 0  # the same on both sides
    kept: int = 0       # changed here only: ours kept
    conflicts: int = 0  # listed in MergePlan.conflicts (ours kept)
    deleted: int = 0    # deleted here by their tombstone
    skipped: int = 0    # only there, but deleted here: stays deleted

    @property
    def changes(self) -> int:
        return self.added + self.updated + self.deleted


@dataclass(frozen=True)
class Conflict:
    table: str
    uuid: str                 # the record's UUID (a setting: its key)
    label: str                # what the user recognises: a name, a title, a date
    ours: dict[str, Any]      # differing fields as they are here (empty: absent here)
    theirs: dict[str, Any]    # … and on the other PC (empty: deleted there)
    reason: str = ""          # Indonesian, why it was not applied
    # The user may settle it with the other PC's version (keep_theirs): changed on both
    # sides, deleted there but changed here, a differing setting. The others stay ours.
    decidable: bool = False


@dataclass
class MergePlan:
    counts: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    peer_id: str | None = None
    baseline: str | None = None
    applied: bool = False
    backup: Path | None = None  # the automatic backup made before applying
    # The officials whose roster rows the merge changed (added, changed, deleted, their posts
    # or their units renamed): the only ones to rebuild.
    touched_officials: list[int] = field(default_factory=list)

    @property
    def changes(self) -> int:
        return sum(c.changes for c in self.counts.values())


def clock_error(modified_at: Any, now: datetime | None = None) -> str | None:
    """Why their modified_at cannot count as newer (Indonesian), or None: a time later than
    now (+ FUTURE_TOLERANCE) is the other PC's clock gone wrong, and would otherwise win every
    comparison; a value that is no time at all cannot be compared either."""
    try:
        when = datetime.fromisoformat(str(modified_at))
    except ValueError:
        return f"waktu perubahannya di PC lain tidak terbaca ({conflict_value(str(modified_at))})"
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    now = now or datetime.now(UTC).replace(tzinfo=None)
    if when <= now + FUTURE_TOLERANCE:
        return None
    try:
        shown = when.replace(tzinfo=UTC).astimezone()  # in this PC's time, as staff read it
    except (OverflowError, ValueError, OSError):  # the last days of year 9999
        shown = when.replace(tzinfo=UTC)
    return (f"jam PC lain tampaknya salah: diubah pada {format_date(shown.date())} pukul "
            f"{shown:%H.%M} di masa depan; data PC ini dipertahankan")


@dataclass(frozen=True)
class BlobSize:
    """A BLOB cell by its size: an evidence file stays in SQLite, only its size is shown."""

    size: int


def conflict_value(value: Any) -> Any:
    if isinstance(value, BlobSize):
        return f"<berkas {value.size} bita>"
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"<berkas {len(value)} bita>"
    if isinstance(value, str) and len(value) > 80:
        return value[:77] + "…"
    return value
