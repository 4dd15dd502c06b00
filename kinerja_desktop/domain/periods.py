"""Program periods: the 100 days (day 1 is the inauguration) and routine evaluation periods."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

# code -> (label, length in months; None for the 100 days counted in calendar days)
PROGRAM_KINDS: dict[str, tuple[str, int | None]] = {
    "100_hari": ("100 Hari", None),
    "triwulan": ("Triwulan", 3),
    "semester": ("Semester", 6),
    "tahunan": ("Tahunan", 12),
}
HUNDRED_DAYS = "100_hari"


def kind_label(kind: str) -> str:
    return PROGRAM_KINDS.get(kind, (kind, None))[0]


def _add_months(d: date, months: int) -> date:
    month = d.month - 1 + months
    year, month = d.year + month // 12, month % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def default_end(kind: str, start: date) -> date:
    """The last day of a program that starts on `start`.

    100 hari: calendar days, weekends and holidays included, so day 100 is start + 99 days
    (14 June 2019 -> 21 September 2019). The others end the day before the same date
    3, 6 or 12 months later (1 January -> 31 March, 30 June, 31 December).
    """
    months = PROGRAM_KINDS[kind][1]
    if months is None:
        return start + timedelta(days=99)
    return _add_months(start, months) - timedelta(days=1)


@dataclass(frozen=True)
class PeriodPosition:
    """Where a program stands on a given day."""

    day: int  # 1-based day number; 0 before the start, > total after the end
    total: int

    @property
    def started(self) -> bool:
        return self.day >= 1

    @property
    def finished(self) -> bool:
        return self.day > self.total

    @property
    def days_left(self) -> int:
        """Days after today still in the program (0 on the last day and after)."""
        return max(0, self.total - max(self.day, 0)) if self.day >= 1 else self.total

    def describe(self) -> str:
        """'Hari ke-37 dari 100, sisa 63 hari', 'Belum dimulai (mulai 5 hari lagi)', 'Selesai'."""
        if not self.started:
            wait = 1 - self.day
            return f"Belum dimulai (mulai {wait} hari lagi)"
        if self.finished:
            return f"Selesai ({self.total} hari)"
        left = self.days_left
        tail = "hari terakhir" if left == 0 else f"sisa {left} hari"
        return f"Hari ke-{self.day} dari {self.total}, {tail}"


def position(start: date, end: date, today: date) -> PeriodPosition:
    """Day number of `today` in the program running from `start` to `end` (both included)."""
    return PeriodPosition((today - start).days + 1, (end - start).days + 1)
