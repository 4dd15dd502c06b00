"""What the roster list shows: its filter (search text, filters, sort) and one row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RosterFilter:
    """What the roster shows: search text, filters, and sort order."""

    text: str = ""
    unit_id: int | None = None
    eselon: str | None = None
    filling: str | None = None
    status: str = "aktif"  # "aktif", "arsip" or "semua"
    sort: str = "nama"
    descending: bool = False


@dataclass(frozen=True)
class RosterRow:
    """One line of the roster list."""

    official_id: int
    nip: str
    full_name: str
    rank: str
    post: str
    unit_name: str
    unit_short: str
    eselon: str
    filling: str
    start_date: date | None
    active: bool
    appointment_id: int | None
