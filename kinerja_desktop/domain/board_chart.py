"""The board's chart as data: final results grouped per unit and period, predicates as colours
(pure Python; gui/board_chart.py only paints what this returns)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from kinerja_desktop.domain.board import ChartPoint

# Predicates of every scheme (PP 46/2011 bands and PermenPANRB 6/2022), best = 5.
PREDICATE_RANK: dict[str, int] = {
    "Sangat Baik": 5,
    "Baik": 4,
    "Cukup": 3,
    "Butuh Perbaikan": 2,
    "Kurang": 2,
    "Kurang/Misconduct": 1,
    "Sangat Kurang": 1,
    "Buruk": 1,
}
RANK_COLOURS: dict[int, str] = {5: "#1b5e20", 4: "#43a047", 3: "#f9a825", 2: "#ef6c00",
                                1: "#c62828", 0: "#9e9e9e"}
# A bar for a result without a score (PermenPANRB 6/2022) stands at its band's height.
RANK_HEIGHT: dict[int, float] = {5: 100.0, 4: 80.0, 3: 60.0, 2: 40.0, 1: 20.0, 0: 0.0}


def predicate_rank(predicate: str) -> int:
    """5 (Sangat Baik) … 1 (Buruk, Sangat Kurang); 0 for a predicate not known here."""
    return PREDICATE_RANK.get(predicate.strip(), 0)


def predicate_colour(predicate: str) -> str:
    return RANK_COLOURS[predicate_rank(predicate)]


@dataclass(frozen=True)
class ChartBar:
    """One unit's result in one period (several evaluations in it are averaged)."""

    unit: str
    period: str
    value: float  # bar height: the mean score, or the band's height when there is no score
    score: float | None  # the mean score; None when no evaluation of it has one
    predicate: str  # the most given predicate; a tie goes to the lower one
    count: int

    @property
    def colour(self) -> str:
        return predicate_colour(self.predicate)

    @property
    def scored(self) -> bool:
        return self.score is not None


@dataclass
class ChartData:
    """Units (alphabetical) × periods (oldest first); `bars` has only the pairs with results."""

    units: list[str] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)
    bars: dict[tuple[str, str], ChartBar] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.bars

    @property
    def top(self) -> float:
        """The value axis' top: 100, or the next multiple of 20 above the highest bar."""
        highest = max((b.value for b in self.bars.values()), default=0.0)
        return max(100.0, -(-highest // 20) * 20)

    def bar(self, unit: str, period: str) -> ChartBar | None:
        return self.bars.get((unit, period))


def chart_data(points: Iterable[ChartPoint]) -> ChartData:
    """Group final results per (unit, period): a mean score where there are scores, else the
    band's height; the predicate most given."""
    grouped: dict[tuple[str, str], list[ChartPoint]] = {}
    starts: dict[str, date] = {}
    for point in points:
        grouped.setdefault((point.unit, point.period), []).append(point)
        if point.period not in starts or point.period_start < starts[point.period]:
            starts[point.period] = point.period_start
    bars = {}
    for (unit, period), group in grouped.items():
        scores = [float(p.score) for p in group if p.score is not None]
        counts = Counter(p.predicate for p in group)
        most = max(counts.values())
        predicate = min((p for p, n in counts.items() if n == most),
                        key=lambda p: (predicate_rank(p), p))
        if scores:
            score = sum(scores) / len(scores)
            value = score
        else:
            score = None
            value = sum(RANK_HEIGHT[predicate_rank(p.predicate)] for p in group) / len(group)
        bars[(unit, period)] = ChartBar(unit, period, value, score, predicate, len(group))
    units = sorted({unit for unit, _ in grouped}, key=str.casefold)
    periods = sorted(starts, key=lambda p: (starts[p], p))
    return ChartData(units, periods, bars)
