"""The monitoring board's rules: which programs need attention, and why (pure Python)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from kinerja_desktop.domain.periods import PeriodPosition, position
from kinerja_desktop.domain.programs import achievement

ATTENTION_DAYS = 14  # "due within 14 days", "no progress update in 14 days"

# code -> label, in the order they are shown.
FLAGS: dict[str, str] = {
    "terlambat": "Evaluasi terlambat",
    "evaluasi_segera": "Evaluasi jatuh tempo ≤ 14 hari",
    "tanpa_progres": "Tanpa laporan progres ≥ 14 hari",
    "bobot_belum_disepakati": "Bobot belum disepakati",
}


# Slotted and not frozen: a board reads 20,000 of these at once, and a frozen dataclass's
# __init__ (object.__setattr__ per field) costs twice as much.
@dataclass(slots=True)
class BoardTarget:
    """One target's figures on the board."""

    title: str
    weight: Decimal
    measure: str
    target_value: float | None
    realised: float | None
    reported_on: date | None
    polarity: str = "naik"
    target_max: float | None = None

    @property
    def achievement(self) -> float | None:
        return achievement(self.realised, self.target_value, self.measure,
                           polarity=self.polarity, target_max=self.target_max)


@dataclass(slots=True)
class BoardEvaluation:
    """An evaluation of the program as the board lists it."""

    id: int
    date: date
    status: str
    score: Decimal | None
    predicate: str


@dataclass
class BoardRow:
    """One program on the board: who, where it stands, its targets, flags and evaluations."""

    program_id: int
    official_id: int
    official_name: str
    nip: str
    post_title: str
    unit_name: str
    unit_short: str
    kind: str
    start_date: date
    end_date: date
    status: str
    targets: list[BoardTarget] = field(default_factory=list)
    evaluations: list[BoardEvaluation] = field(default_factory=list)
    flags: tuple[str, ...] = ()
    position: PeriodPosition | None = None

    @property
    def unit_label(self) -> str:
        return self.unit_short or self.unit_name

    @property
    def weight_total(self) -> Decimal:
        return sum((t.weight for t in self.targets), Decimal(0))

    @property
    def progress(self) -> float | None:
        """Σ weight × achievement (each capped at 100%), in percent; None with no report."""
        reported = [(t.weight, t.achievement) for t in self.targets if t.achievement is not None]
        if not reported:
            return None
        return sum(float(weight) * min(achievement, 1.0) for weight, achievement in reported)

    @property
    def last_report(self) -> date | None:
        days = [t.reported_on for t in self.targets if t.reported_on is not None]
        return max(days) if days else None

    def final_evaluations(self) -> list[BoardEvaluation]:
        return [e for e in self.evaluations if e.status == "final"]

    @property
    def latest_predicate(self) -> str:
        finals = self.final_evaluations()
        return finals[-1].predicate if finals else ""


def flags_for(row: BoardRow, today: date) -> tuple[str, ...]:
    """The attention flags of a program on `today`, in FLAGS order."""
    found = set()
    evaluated = bool(row.final_evaluations())
    if not evaluated and row.status in ("draft", "disepakati"):
        days_to_end = (row.end_date - today).days
        if days_to_end < 0:
            found.add("terlambat")
        elif days_to_end <= ATTENTION_DAYS:
            found.add("evaluasi_segera")
    if row.status in ("draft", "disepakati") and today >= row.start_date and today <= row.end_date:
        since = row.last_report or row.start_date
        if (today - since).days >= ATTENTION_DAYS:
            found.add("tanpa_progres")
    if row.status == "draft":
        found.add("bobot_belum_disepakati")
    return tuple(code for code in FLAGS if code in found)


def finish(row: BoardRow, today: date) -> BoardRow:
    """Fill in the day position and the flags of a row read from storage."""
    row.position = position(row.start_date, row.end_date, today)
    row.flags = flags_for(row, today)
    return row


@dataclass(frozen=True)
class ChartPoint:
    """A final evaluation's result for the chart: per unit, per period."""

    unit: str
    period: str  # e.g. "100 Hari 2019", "Triwulan III 2020"
    period_start: date
    score: Decimal | None
    predicate: str


def period_label(kind_label: str, start: date) -> str:
    """'100 Hari Jun 2019' style labels: short, sortable by period_start."""
    months = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
    return f"{kind_label} {months[start.month - 1]} {start.year}"
