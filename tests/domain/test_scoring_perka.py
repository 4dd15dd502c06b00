"""PP 46/2011 as Perka BKN No. 1 Tahun 2013 computes it: worked examples and band edges.

Sources (docs/scoring.md): the Perka's rules as reproduced in "Acuan Penilaian SKP bagi
Atasan Langsung" (scribd 367358821) and its worked example "rumus skp xls" (scribd 354032278);
the time example of denganbasmalahakubisa.blogspot.com/2014/02/tata-cara-penilaian-skp-1-
aspek-waktu.html; PP 46/2011 Pasal 12 (the six aspects) and Pasal 20 (60 % + 40 %)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from kinerja_desktop.domain import scoring_perka as perka
from kinerja_desktop.domain.scoring import (PerkaFigures, SchemeInputs, ScoringSettings,
                                            TargetResult, evaluate)
from kinerja_desktop.errors import ValidationError

D = Decimal


def activity(quantity=(1, 1), quality=90, time=(12, 12), cost=(None, None), title="Kegiatan",
             polarity="naik") -> TargetResult:
    target, realised = quantity
    return TargetResult(title, D(100), "angka", D(str(target)), D(str(realised)), "laporan",
                        polarity, None, PerkaFigures(
                            D(100), D(str(quality)), D(str(time[0])), D(str(time[1])),
                            D(str(cost[0])) if cost[0] is not None else None,
                            D(str(cost[1])) if cost[1] is not None else None))


SIX = {"orientasi_pelayanan": "80", "integritas": "85", "komitmen": "80", "disiplin": "75",
       "kerja_sama": "80", "kepemimpinan": "85"}


def test_meeting_report_scores_85_50():
    """Perka BKN 1/2013 worked example (the "rumus skp" sheet): 1 of 1 report, quality 90 of
    100, 12 of 12 months, Rp170.395.000 spent of Rp170.395.000: (100 + 90 + 76 + 76) / 4 =
    85,50."""
    report = activity(cost=(170395000, 170395000))
    assert perka.activity_aspects(report) == {"kuantitas": 100, "kualitas": 90, "waktu": 76,
                                              "biaya": 76}
    assert perka.skp_score([report]) == D("85.50")


def test_teacher_target_without_cost_scores_88_67():
    """Perka BKN 1/2013: no cost set, so cost leaves the divisor: 2 of 2, quality 90, 12 of 12
    months → (100 + 90 + 76) / 3 = 88,67 (two decimals, half up)."""
    assert perka.skp_score([activity(quantity=(2, 2))]) == D("88.67")


@pytest.mark.parametrize("planned, realised, expected", [
    (5, 4, "96"),  # efisiensi 20 % ≤ 24 %: (8,8 − 4) / 5 × 100
    (12, 12, "76"),  # exactly on time
    (12, 6, "50"),  # efisiensi 50 % > 24 %: 76 − ((126) − 100)
    (25, 19, "100"),  # efisiensi exactly 24 %: the first formula still
    (100, 75, "75"),  # efisiensi 25 %: 76 − (101 − 100)
    (12, 13, "67.67"),  # late: efficiency negative, the first formula
    (12, 22, "0"),  # later than 1.76 × planned: never below 0
    (12, 0, "0")])  # not done: "realisasi waktu 0"
def test_time_aspect_1_76_rule(planned, realised, expected):
    """Perka BKN 1/2013, aspek waktu: efisiensi ≤ 24 % → ((1,76 × TW − RW) / TW) × 100; above
    24 % → 76 − ((((1,76 × TW − RW) / TW) × 100) − 100); the blog's example: 5 days planned,
    done in 4, is 96 (Sangat Baik)."""
    assert perka.time_or_cost(D(planned), D(realised)).quantize(D("0.01")) == \
        D(expected).quantize(D("0.01"))


def test_cost_uses_the_same_rule():
    """Perka BKN 1/2013, aspek biaya: the same formulas with the budget (target, not realised,
    in the divisor above 24 %)."""
    assert perka.time_or_cost(D(1000), D(500)) == D(50)
    assert perka.time_or_cost(D(1000), D(900)) == D(86)


def test_an_activity_not_done_scores_zero():
    """Perka BKN 1/2013: an activity not done has realisation 0 in every aspect."""
    assert perka.activity_score(activity(quantity=(1, 0), quality=0, time=(12, 0))) == 0


def test_lower_is_better_quantity():
    """Every scheme honours polarity: 6,5 days against 7 on a "lower is better" output is
    107,14 on quantity (PermenPANRB 8/2021 kondisi khusus)."""
    fast = activity(quantity=(7, D("6.5")), quality=100, time=(12, 12), polarity="turun")
    assert perka.activity_aspects(fast)["kuantitas"].quantize(D("0.01")) == D("107.14")


@pytest.mark.parametrize("count, value", [(0, 0), (1, 1), (3, 1), (4, 2), (6, 2), (7, 3),
                                          (12, 3)])
def test_additional_tasks(count, value):
    """Perka BKN 1/2013, tugas tambahan: 1–3 kegiatan 1, 4–6 kegiatan 2, 7 or more 3."""
    assert perka.additional_tasks_value(count) == value


def test_skp_adds_additional_tasks_and_creativity():
    """Perka BKN 1/2013: nilai capaian SKP = mean of the activities + tugas tambahan +
    kreativitas (3 for the unit, 6 the organisation, 12 the state)."""
    two = [activity(cost=(100, 100)), activity(quantity=(2, 2))]
    mean = (D("85.5") + D(266) / 3) / 2
    assert perka.skp_score(two) == (mean).quantize(D("0.01"))
    assert perka.skp_score(two, 4, "unit_kerja") == (mean + 2 + 3).quantize(D("0.01"))
    assert perka.skp_score(two, 7, "negara") == (mean + 3 + 12).quantize(D("0.01"))
    with pytest.raises(ValidationError):
        perka.skp_score(two, 0, "dunia")


def test_behaviour_is_the_mean_of_six_aspects():
    """PP 46/2011 Pasal 12: orientasi pelayanan, integritas, komitmen, disiplin, kerja sama,
    kepemimpinan: 80, 85, 80, 75, 80, 85 → 80,83."""
    assert perka.behaviour_score(SIX) == D("80.83")
    five = {k: v for k, v in SIX.items() if k != "kepemimpinan"}
    assert perka.behaviour_score(five, structural=False) == D(80)
    with pytest.raises(ValidationError, match="Kepemimpinan"):
        perka.behaviour_score(five)
    with pytest.raises(ValidationError):
        perka.behaviour_score({**SIX, "disiplin": "101"})


def test_prestasi_kerja_60_40_worked_example():
    """PP 46/2011 Pasal 20: prestasi kerja = 60 % SKP + 40 % perilaku: 85,50 and 80 → 83,30,
    Baik."""
    assert perka.performance(D("85.50"), D(80)) == D("83.30")
    result = evaluate("pp46_2011", [activity(cost=(170395000, 170395000))],
                      SchemeInputs(behaviour={k: "80" for k in SIX}))
    assert (result.target_score, result.behaviour_score, result.score, result.predicate) == (
        D("85.50"), D(80), D("83.30"), "Baik")


def test_whole_scheme_with_six_aspects():
    result = evaluate("pp46_2011", [activity(cost=(170395000, 170395000))],
                      SchemeInputs(behaviour=SIX))
    assert result.score == D("83.63")  # 0.6 × 85.50 + 0.4 × 80.83 = 51.30 + 32.332
    assert result.predicate == "Baik"


@pytest.mark.parametrize("score, label", [
    ("91.00", "Sangat Baik"), ("90.99", "Baik"), ("90.95", "Baik"), ("76.00", "Baik"),
    ("75.99", "Cukup"), ("61.00", "Cukup"), ("60.99", "Kurang"), ("51.00", "Kurang"),
    ("50.99", "Buruk"), ("50.00", "Buruk"), ("0", "Buruk"), ("100", "Sangat Baik")])
def test_band_edges(score, label):
    """Perka BKN 1/2013: 91 ke atas Sangat Baik; 76–90 Baik; 61–75 Cukup; 51–60 Kurang; 50 ke
    bawah Buruk. Read on the two-decimal score: 90,95 has not reached 91 (the calculators'
    reading)."""
    assert perka.predicate(D(score)) == label


def test_band_edge_setting_rounds_first():
    """The documented alternative: round to a whole number first (90,95 → 91)."""
    rounded = replace(ScoringSettings(), band_edge="bulat")
    assert perka.predicate(D("90.95"), rounded) == "Sangat Baik"
    assert perka.predicate(D("90.49"), rounded) == "Baik"


def test_missing_figures_are_refused_by_field():
    bare = replace(activity(), perka=PerkaFigures(D(100), None, D(12), D(12)))
    with pytest.raises(ValidationError) as caught:
        perka.activity_score(bare)
    assert caught.value.problems[0].field == "kualitas"
    no_time = replace(activity(), perka=PerkaFigures(D(100), D(90), None, None))
    with pytest.raises(ValidationError) as caught:
        perka.activity_score(no_time)
    assert caught.value.problems[0].field == "waktu"
