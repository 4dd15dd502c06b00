"""The board chart's data: final results per unit and period, predicates as colours.
(Pure Python: test_layering proves it imports without PySide6.)"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kinerja_desktop.domain.board import ChartPoint
from kinerja_desktop.domain.board_chart import (RANK_COLOURS, chart_data, predicate_colour,
                                                predicate_rank)

JUN_2019 = ("100 Hari Jun 2019", date(2019, 6, 14))
Q3_2020 = ("Triwulan Jul 2020", date(2020, 7, 1))


def point(unit, period, score, predicate):
    return ChartPoint(unit, period[0], period[1], Decimal(score) if score is not None else None,
                      predicate)


def test_points_group_into_units_and_periods_in_order():
    data = chart_data([
        point("Bappeda", Q3_2020, "70", "Cukup"),
        point("Diskominfo", JUN_2019, "85.3", "Baik"),
        point("bappeda kecil", JUN_2019, "92", "Sangat Baik"),
        point("Bappeda", JUN_2019, "60", "Kurang"),
    ])
    assert data.units == ["Bappeda", "bappeda kecil", "Diskominfo"]  # case-blind order
    assert data.periods == ["100 Hari Jun 2019", "Triwulan Jul 2020"]  # oldest first
    bar = data.bar("Bappeda", "Triwulan Jul 2020")
    assert (bar.value, bar.score, bar.predicate, bar.count) == (70.0, 70.0, "Cukup", 1)
    assert data.bar("Diskominfo", "Triwulan Jul 2020") is None
    assert data.top == 100.0 and not data.empty


def test_several_results_of_a_unit_in_a_period_are_averaged():
    data = chart_data([point("Setda", JUN_2019, "80", "Baik"),
                       point("Setda", JUN_2019, "90", "Baik"),
                       point("Setda", JUN_2019, "55", "Kurang")])
    bar = data.bar("Setda", "100 Hari Jun 2019")
    assert bar.score == 75.0 and bar.value == 75.0 and bar.count == 3
    assert bar.predicate == "Baik"  # the most given


def test_a_tie_between_predicates_goes_to_the_lower_one():
    data = chart_data([point("Setda", JUN_2019, "95", "Sangat Baik"),
                       point("Setda", JUN_2019, "55", "Kurang")])
    assert data.bar("Setda", "100 Hari Jun 2019").predicate == "Kurang"


def test_results_without_a_score_stand_at_their_band():
    data = chart_data([point("Dinkes", JUN_2019, None, "Baik"),
                       point("Dinkes", JUN_2019, None, "Sangat Baik")])
    bar = data.bar("Dinkes", "100 Hari Jun 2019")
    assert bar.score is None and not bar.scored
    assert bar.value == 90.0  # (80 + 100) / 2


def test_the_axis_grows_past_100_in_steps_of_20():
    assert chart_data([point("A", JUN_2019, "104", "Sangat Baik")]).top == 120.0
    assert chart_data([]).top == 100.0 and chart_data([]).empty


def test_predicates_of_every_scheme_have_a_rank_and_colour():
    assert predicate_rank("Sangat Baik") == 5
    assert predicate_rank("Baik") == 4
    assert predicate_rank("Butuh Perbaikan") == predicate_rank("Kurang") == 2
    assert predicate_rank("Kurang/Misconduct") == predicate_rank("Sangat Kurang") == 1
    assert predicate_rank("tidak dikenal") == 0
    assert predicate_colour("Sangat Baik") == RANK_COLOURS[5]
    assert predicate_colour("") == RANK_COLOURS[0]
