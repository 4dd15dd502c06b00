"""The frozen version 1 scoring rules (domain/scoring_v1.py), which rescore evaluations sealed
before scoring version 2: they must keep giving what they gave, so these tests stay as they
were written for them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kinerja_desktop.domain import scoring_v1 as scoring
from kinerja_desktop.domain.scoring_v1 import (BERAKHLAK, MATRIX, RATINGS, Band, ScoringSettings,
                                               TargetResult, behaviour_score, evaluate,
                                               matrix_predicate, pp46_score, predicate, round1,
                                               suggested_behaviour_rating,
                                               suggested_results_rating, weighted_score)
from kinerja_desktop.errors import ValidationError

D = Decimal


def number(title="T", weight=100, target=100, realised=None) -> TargetResult:
    return TargetResult(title, D(str(weight)), "angka", D(str(target)) if target is not None
                        else None, D(str(realised)) if realised is not None else None)


def done(title="S", weight=100, realised=None) -> TargetResult:
    return TargetResult(title, D(str(weight)), "selesai", None,
                        D(str(realised)) if realised is not None else None)


def all_values(value) -> dict[str, D]:
    return {key: D(str(value)) for key in BERAKHLAK}


# Rounding and bands ---------------------------------------------------------------------------

@pytest.mark.parametrize("value, rounded", [
    ("90.94", "90.9"), ("90.95", "91.0"), ("0.05", "0.1"), ("0.04", "0.0"), ("2.25", "2.3"),
    ("2.35", "2.4"), ("75.95", "76.0"), ("120", "120.0"), (0, "0.0")])
def test_round1_is_half_up(value, rounded):
    assert round1(D(value) if isinstance(value, str) else value) == D(rounded)
    assert str(round1(D(str(value)))) == rounded


def test_round1_of_floats_uses_their_shortest_text():
    assert round1(90.95) == D("91.0")  # not the binary 90.9499999…
    assert round1(2.675) == D("2.7")


@pytest.mark.parametrize("score, label", [
    ("120", "Sangat Baik"), ("100", "Sangat Baik"), ("91", "Sangat Baik"),
    ("90.95", "Sangat Baik"), ("90.94", "Baik"), ("90.9", "Baik"), ("90", "Baik"),
    ("76", "Baik"), ("75.95", "Baik"), ("75.94", "Cukup"), ("75.9", "Cukup"), ("61", "Cukup"),
    ("60.95", "Cukup"), ("60.9", "Kurang"), ("51", "Kurang"), ("50.95", "Kurang"),
    ("50.9", "Buruk"), ("50", "Buruk"), ("0.1", "Buruk"), ("0", "Buruk")])
def test_every_band_boundary_and_either_side(score, label):
    assert predicate(D(score)) == label


def test_predicate_takes_floats_too():
    assert predicate(90.95) == "Sangat Baik"
    assert predicate(90.94) == "Baik"


def test_bands_are_settings():
    settings = ScoringSettings(bands=(Band(D(80), "A"), Band(D(50), "B"), Band(D(0), "C")))
    assert [predicate(D(s), settings) for s in ("79.95", "79.94", "50", "49.9")] == [
        "A", "B", "B", "C"]


# Achievement, the cap, done/not done ---------------------------------------------------------

@pytest.mark.parametrize("realised, achievement", [
    (None, "0"), (0, "0"), (50, "0.5"), (100, "1"), (119, "1.19"), (120, "1.2"), (150, "1.2"),
    (10000, "1.2")])
def test_achievement_is_capped_at_120_percent(realised, achievement):
    assert number(realised=realised).achievement(ScoringSettings().cap) == D(achievement)


def test_a_changed_cap():
    settings = ScoringSettings(cap=D("1.5"))
    assert number(realised=140).achievement(settings.cap) == D("1.4")
    assert number(realised=200).achievement(settings.cap) == D("1.5")
    assert weighted_score([number(realised=200)], settings) == D("150.0")
    assert weighted_score([number(realised=200)]) == D("120.0")
    at_cap = ScoringSettings(cap=D(1))
    assert weighted_score([number(realised=130)], at_cap) == D("100.0")


def test_done_or_not_done():
    cap = ScoringSettings().cap
    assert done(realised=1).achievement(cap) == 1
    assert done(realised=0).achievement(cap) == 0
    assert done(realised=None).achievement(cap) == 0
    assert done(realised=2).achievement(cap) == 1  # done is done: never above 100%


def test_no_realisation_scores_zero():
    targets = [number("A", 60), done("B", 40)]
    assert weighted_score(targets) == D("0.0")
    result = evaluate("capaian_berbobot", targets, {})
    assert (result.score, result.predicate) == (D("0.0"), "Buruk")


def test_no_target_value_and_negative_realisation_give_zero():
    cap = ScoringSettings().cap
    assert number(target=None, realised=5).achievement(cap) == 0
    assert number(target=0, realised=5).achievement(cap) == 0
    assert number(realised=-10).achievement(cap) == 0


def test_weighted_score_and_contributions():
    targets = [number("SPBE", 30, 80, 72), number("TIK", 25, 5, 4), done("Desa", 25, 1),
               number("Kerja sama", 20, 3, 2)]
    assert weighted_score(targets) == D("85.3")
    result = evaluate("capaian_berbobot", targets, {})
    assert (result.score, result.predicate, result.target_score) == (
        D("85.3"), "Baik", D("85.3"))
    assert result.contributions == (("SPBE", D("27.0")), ("Desa", D("25.0")),
                                    ("TIK", D("20.0")), ("Kerja sama", D("13.3")))


def test_weights_in_thirds_are_exact():
    targets = [number("A", "33.33", realised=100), number("B", "33.33", realised=100),
               number("C", "33.34", realised=100)]
    assert sum(t.contribution(D("1.2")) for t in targets) == D(100)
    assert weighted_score(targets) == D("100.0")
    assert predicate(weighted_score(targets)) == "Sangat Baik"
    # Float arithmetic would drift: 0.1 + 0.2 != 0.3; Decimal does not.
    tenths = [number(str(n), "0.1", realised=100) for n in range(3)]
    assert sum(t.contribution(D("1.2")) for t in tenths) == D("0.3")


def test_score_of_exactly_90_95_from_contributions():
    # 90.95 reached by adding contributions, not typed in: rounds up to Sangat Baik.
    targets = [number("A", "90.95", realised=100), number("B", "9.05", realised=0)]
    result = evaluate("capaian_berbobot", targets, {})
    assert (result.score, result.predicate) == (D("91.0"), "Sangat Baik")
    targets = [number("A", "90.94", realised=100), number("B", "9.06", realised=0)]
    assert evaluate("capaian_berbobot", targets, {}).predicate == "Baik"


# PP 46/2011 -----------------------------------------------------------------------------------

def test_pp46_shares_60_40():
    assert pp46_score(D(80), D(90)) == D("84.0")
    assert pp46_score(D(100), D(0)) == D("60.0")
    assert pp46_score(D(0), D(100)) == D("40.0")
    assert pp46_score(D("90.9"), D("91.1")) == D("91.0")  # 54.54 + 36.44 = 90.98


def test_pp46_scheme_scores_and_bands():
    result = evaluate("pp46_2011", [number(realised=85)], all_values(95))
    assert (result.target_score, result.behaviour_score, result.score) == (
        D("85.0"), D("95.0"), D("89.0"))
    assert result.predicate == "Baik"
    result = evaluate("pp46_2011", [number(realised=95)], all_values(85))
    assert (result.score, result.predicate) == (D("91.0"), "Sangat Baik")
    result = evaluate("pp46_2011", [number(realised=50)], all_values(50))
    assert (result.score, result.predicate) == (D("50.0"), "Buruk")


def test_pp46_changed_shares():
    settings = ScoringSettings(target_share=D("0.7"), behaviour_share=D("0.3"))
    assert pp46_score(D(100), D(0), settings) == D("70.0")


def test_behaviour_score_is_the_mean_of_seven():
    scores = all_values(80)
    scores["kolaboratif"] = D(87)
    assert behaviour_score(scores) == D("81.0")
    scores["kompeten"] = D("80.35")  # 80 * 5 + 87 + 80.35 = 567.35 / 7 = 81.05
    assert behaviour_score(scores) == D("81.1")


def test_behaviour_score_missing_values():
    scores = all_values(80)
    del scores["loyal"]
    scores["adaptif"] = None
    with pytest.raises(ValidationError) as caught:
        behaviour_score(scores)
    (problem,) = caught.value.problems
    assert problem.field == "perilaku"
    assert "Loyal" in problem.message and "Adaptif" in problem.message
    with pytest.raises(ValidationError):
        behaviour_score({})


@pytest.mark.parametrize("value", ["-0.1", "100.1", "1000", "-5"])
def test_behaviour_score_out_of_range(value):
    scores = all_values(80)
    scores["harmonis"] = D(value)
    with pytest.raises(ValidationError) as caught:
        behaviour_score(scores)
    assert "Harmonis" in caught.value.problems[0].message


@pytest.mark.parametrize("value, mean", [(0, "68.6"), (100, "82.9"), ("0", "68.6"),
                                         ("100.0", "82.9"), (55.5, "76.5")])
def test_behaviour_score_limits_are_allowed(value, mean):
    # Accepted and counted: (6 × 80 + value) / 7, and seven equal values are their own mean.
    scores = all_values(80)
    scores["harmonis"] = value
    assert behaviour_score(scores) == D(mean)
    assert behaviour_score(dict.fromkeys(BERAKHLAK, value)) == D(str(value)).quantize(D("0.1"))


def test_pp46_without_behaviour_is_refused():
    with pytest.raises(ValidationError):
        evaluate("pp46_2011", [number(realised=100)], {})


# PermenPANRB 6/2022 ---------------------------------------------------------------------------

@pytest.mark.parametrize("results, conduct, label", [
    ("di_atas", "di_atas", "Sangat Baik"), ("di_atas", "sesuai", "Baik"),
    ("di_atas", "di_bawah", "Kurang/Misconduct"), ("sesuai", "di_atas", "Baik"),
    ("sesuai", "sesuai", "Baik"), ("sesuai", "di_bawah", "Kurang/Misconduct"),
    ("di_bawah", "di_atas", "Butuh Perbaikan"), ("di_bawah", "sesuai", "Butuh Perbaikan"),
    ("di_bawah", "di_bawah", "Sangat Kurang")])
def test_every_matrix_cell(results, conduct, label):
    assert matrix_predicate(results, conduct) == label
    result = evaluate("permenpanrb_6_2022", [number(realised=0)], {}, results, conduct)
    assert (result.score, result.predicate, result.results_rating, result.behaviour_rating) == (
        None, label, results, conduct)


def test_matrix_has_nine_cells_of_the_three_ratings():
    assert len(MATRIX) == 9
    assert set(MATRIX) == {(a, b) for a in RATINGS for b in RATINGS}


@pytest.mark.parametrize("results, conduct", [(None, "sesuai"), ("sesuai", None),
                                              ("baik", "sesuai"), ("", "")])
def test_matrix_refuses_missing_ratings(results, conduct):
    with pytest.raises(ValidationError) as caught:
        matrix_predicate(results, conduct)
    assert caught.value.problems[0].field == "rating"


@pytest.mark.parametrize("score, rating", [
    ("120", "di_atas"), ("110", "di_atas"), ("109.95", "di_atas"), ("109.94", "sesuai"),
    ("80", "sesuai"), ("79.95", "sesuai"), ("79.94", "di_bawah"), ("0", "di_bawah")])
def test_suggested_results_rating(score, rating):
    assert suggested_results_rating(D(score)) == rating


def test_suggested_results_rating_from_settings():
    settings = ScoringSettings(above_expectation=D(100), meets_expectation=D(70))
    assert suggested_results_rating(D(100), settings) == "di_atas"
    assert suggested_results_rating(D(70), settings) == "sesuai"
    assert suggested_results_rating(D("69.9"), settings) == "di_bawah"


def test_suggested_behaviour_rating_is_the_most_given():
    keys = list(BERAKHLAK)
    assert suggested_behaviour_rating({}) == "sesuai"
    assert suggested_behaviour_rating(dict.fromkeys(keys, "di_atas")) == "di_atas"
    four_below = {k: "di_bawah" if n < 4 else "sesuai" for n, k in enumerate(keys)}
    assert suggested_behaviour_rating(four_below) == "di_bawah"
    tie = {keys[0]: "di_atas", keys[1]: "di_bawah"}
    assert suggested_behaviour_rating(tie) == "sesuai"
    assert suggested_behaviour_rating({keys[0]: "bagus", keys[1]: "di_atas"}) == "di_atas"


def test_permenpanrb_suggests_ratings_when_none_chosen():
    ratings = dict.fromkeys(BERAKHLAK, "di_atas")
    result = evaluate("permenpanrb_6_2022", [number(realised=115)], ratings)
    assert (result.target_score, result.results_rating, result.behaviour_rating,
            result.predicate) == (D("115.0"), "di_atas", "di_atas", "Sangat Baik")
    result = evaluate("permenpanrb_6_2022", [number(realised=50)], {})
    assert (result.results_rating, result.behaviour_rating, result.predicate) == (
        "di_bawah", "sesuai", "Butuh Perbaikan")
    # The evaluator's choice wins over the suggestion.
    result = evaluate("permenpanrb_6_2022", [number(realised=50)], ratings, "sesuai")
    assert result.predicate == "Baik"


def test_unknown_scheme():
    with pytest.raises(ValidationError) as caught:
        evaluate("bebas", [number(realised=1)], {})
    assert caught.value.problems[0].field == "skema_penilaian"


# Settings -------------------------------------------------------------------------------------

def test_default_settings_are_as_sealed():
    s = ScoringSettings()
    assert (s.cap, s.target_share, s.behaviour_share, s.consolidation) == (
        D("1.2"), D("0.6"), D("0.4"), "ketua")
    assert [(b.minimum, b.label) for b in s.bands] == [
        (D(91), "Sangat Baik"), (D(76), "Baik"), (D(61), "Cukup"), (D(51), "Kurang"),
        (D(0), "Buruk")]


def test_settings_json_round_trip():
    s = ScoringSettings(cap=D("1.35"), bands=(Band(D("85.5"), "Istimewa"), Band(D(0), "Lain")),
                        target_share=D("0.7"), behaviour_share=D("0.3"),
                        above_expectation=D("105.5"), meets_expectation=D(75),
                        consolidation="rata_rata")
    text = s.to_json()
    assert ScoringSettings.from_json(text) == s
    assert ScoringSettings.from_json(ScoringSettings().to_json()) == ScoringSettings()


def test_consolidation_rules_and_values_are_named():
    assert set(scoring.CONSOLIDATION_RULES) == {"rata_rata", "ketua"}
    assert len(BERAKHLAK) == 7
    assert [name for name, _ in BERAKHLAK.values()] == [
        "Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif",
        "Kolaboratif"]


@pytest.mark.parametrize("value", ["NaN", "sNaN", "Infinity", "abc"])
def test_behaviour_score_refuses_what_is_not_a_number(value):
    scores = {key: 80 for key in BERAKHLAK}
    scores["harmonis"] = value
    with pytest.raises(ValidationError):
        behaviour_score(scores)
