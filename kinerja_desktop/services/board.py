"""The 100-day monitoring board: programs at a glance, their flags, and results per unit."""

from __future__ import annotations

from datetime import date
from collections.abc import Callable

from kinerja_desktop.domain.board import BoardRow, ChartPoint, finish, period_label
from kinerja_desktop.domain.periods import kind_label
from kinerja_desktop.domain.scheme_catalog import MATRIX_2022
from kinerja_desktop.domain.scoring_matrix import ORGANISATION_RESULTS, distribution_warnings
from kinerja_desktop.storage import board_repo
from kinerja_desktop.storage.database import Database


class BoardService:
    """Board reads over one open database."""

    def __init__(self, db: Database, today: Callable[[], date] = date.today):
        self.db = db
        self.today = today

    def rows(self, inauguration_day: date | None = None) -> list[BoardRow]:
        """An inauguration's 100-day programs, or (None) all current programs."""
        today = self.today()
        return [finish(row, today) for row in board_repo.board_rows(self.db, inauguration_day)]

    def row(self, program_id: int) -> BoardRow | None:
        """One program's row again (after an edit), or None if it is gone."""
        rows = board_repo.board_rows(self.db, program_id=program_id)
        return finish(rows[0], self.today()) if rows else None

    def chart(self) -> list[ChartPoint]:
        """Final results per unit and period, oldest period first."""
        return [ChartPoint(unit, period_label(kind_label(kind), start), start, score, predicate)
                for unit, kind, start, score, predicate in board_repo.chart_rows(self.db)]

    def distribution_warnings(self, inauguration_day: date | None = None) -> list[str]:
        """PermenPANRB 6/2022's guidance on the spread of predicates, per organisation result:
        over the final evaluations in the board's scope that carry that result, where the
        predicates fall outside what it allows. Warnings only; empty when nothing is off."""
        by_result: dict[str, list[str]] = {}
        for result, predicate in board_repo.distribution_rows(self.db, MATRIX_2022,
                                                              inauguration_day):
            by_result.setdefault(result, []).append(predicate)
        warnings = []
        for result in ORGANISATION_RESULTS:  # the Lampiran's order, best first
            warnings += distribution_warnings(result, by_result.get(result, []))
        return warnings
