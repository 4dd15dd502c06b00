"""PP 30/2019 with PermenPANRB No. 8 Tahun 2021: the conversion of capaian IKI to a value of
0–120 and the predicates of Pasal 41.

Sources (docs/scoring.md): PermenPANRB 8/2021 BAB VI huruf (e)–(i) and its Lampiran worked SKP
(flipbuilder copy of the salinan, pages -91- to -100- and -243-); PP 30/2019 Pasal 41 ayat (2)
and (5) (pasal.id)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from kinerja_desktop.domain import scoring_pp30 as pp30
from kinerja_desktop.domain.scoring import SchemeInputs, ScoringSettings, TargetResult, evaluate
from kinerja_desktop.errors import ValidationError

D = Decimal
FIVE = {k: "100" for k in ("orientasi_pelayanan", "komitmen", "inisiatif_kerja", "kerja_sama",
                           "kepemimpinan")}


def indicator(target, realised, weight=100, unit="dokumen", polarity="naik") -> TargetResult:
    return TargetResult("IKI", D(weight), "angka", D(str(target)), D(str(realised)), unit,
                        polarity)


def test_met_exactly_is_109_baik():
    """Lampiran worked SKP: target 85, realisasi 85, capaian 100 %, kategori Baik, nilai 109."""
    assert pp30.target_value(indicator(85, 85)) == 109


def test_98_percent_is_88():
    """Lampiran worked SKP: target 95, realisasi 93, capaian 98 % (printed whole), Cukup,
    nilai 88: 70 + (89 − 70)/(99 − 80) × (98 − 80)."""
    assert pp30.target_value(indicator(95, 93)) == 88


@pytest.mark.parametrize("percent, value", [
    ("111", "120"), ("150", "120"),  # huruf (h): above 110 % converts to 120
    ("110", "120"), ("101", "110"), ("105", "114.44"),  # 110 + 10/9 × (c − 101)
    ("100", "109"),
    ("99", "89"), ("80", "70"), ("79", "69"), ("60", "50"),  # huruf (e), (f)
    ("59", "49"), ("30", "24.92"), ("0", "0")])  # huruf (g): c / 59 × 49
def test_conversion_table(percent, value):
    """PermenPANRB 8/2021 BAB VI: Cukup 70 + (89 − 70)/(99 % − 80 %) × (c − 80 %); Kurang
    50 + (69 − 50)/(79 % − 60 %) × (c − 60 %); Sangat Kurang c/59 % × 49; above 110 % → 120."""
    assert pp30.iki_value(D(percent)).quantize(D("0.01")) == D(value).quantize(D("0.01"))


def test_maximal_target_converts_to_120():
    """PermenPANRB 8/2021 huruf (i): "Persentase Pengelolaan Keuangan yang Bebas dari Temuan
    Material", target 100 %, realisasi 100 % → Sangat Baik, nilai 120."""
    assert pp30.target_value(indicator(100, 100, unit="%")) == 120
    assert pp30.target_value(indicator(100, 99, unit="%")) == 89


def test_lower_is_better_is_converted_too():
    """Kondisi khusus: 6,5 months against 7 is 107 %, converted 110 + 10/9 × 6 = 116,67."""
    assert pp30.target_value(indicator(7, D("6.5"), polarity="turun")).quantize(D("0.01")) == \
        D("116.67")


def test_skp_is_the_weighted_sum_of_values():
    """Lampiran: NILAI AKHIR SKP = Σ nilai tertimbang (value × weight)."""
    targets = [indicator(85, 85, weight=60), indicator(95, 93, weight=40)]
    assert pp30.skp_value(targets) == D("100.60")  # 0.6 × 109 + 0.4 × 88


@pytest.mark.parametrize("score, idea, label", [
    ("110", True, "Sangat Baik"), ("120", True, "Sangat Baik"),
    ("115", False, "Baik"),  # 110–120 without a new idea is Baik (Pasal 41 ayat 5 huruf b)
    ("109.99", True, "Baik"), ("90", False, "Baik"), ("89.99", False, "Cukup"),
    ("70", False, "Cukup"), ("69.99", False, "Kurang"), ("50", False, "Kurang"),
    ("49.99", False, "Sangat Kurang"), ("0", False, "Sangat Kurang")])
def test_pasal_41_predicates_and_edges(score, idea, label):
    """PP 30/2019 Pasal 41 ayat (5): Sangat Baik 110 ≤ x ≤ 120 and a new idea; Baik
    90 ≤ x ≤ 120; Cukup 70 ≤ x < 90; Kurang 50 ≤ x < 70; Sangat Kurang x < 50."""
    assert pp30.predicate(D(score), idea) == label


def test_nilai_kinerja_70_30():
    """PP 30/2019 Pasal 41 ayat (2) huruf a: 70 % SKP + 30 % perilaku kerja where behaviour is
    not assessed with peers and subordinates: SKP 109 and perilaku 100 → 106,30, Baik."""
    result = evaluate("pp30_2019", [indicator(85, 85)], SchemeInputs(behaviour=FIVE))
    assert (result.target_score, result.behaviour_score, result.score, result.predicate) == (
        D("109.00"), D("100.00"), D("106.30"), "Baik")


def test_nilai_kinerja_60_40_and_new_idea():
    """Pasal 41 ayat (2) huruf b (60/40) and ayat (5) huruf a: 120 and 110 → 116, Sangat Baik
    with a new idea."""
    settings = replace(ScoringSettings(), pp30_target_share=D("0.6"))
    inputs = SchemeInputs(behaviour={k: "110" for k in FIVE}, new_idea=True)
    result = evaluate("pp30_2019", [indicator(100, 120)], inputs, settings)
    assert (result.score, result.predicate) == (D("116.00"), "Sangat Baik")


def test_behaviour_aspects_are_required_and_bounded():
    with pytest.raises(ValidationError, match="Inisiatif Kerja"):
        pp30.behaviour_score({k: v for k, v in FIVE.items() if k != "inisiatif_kerja"})
    with pytest.raises(ValidationError):
        pp30.behaviour_score({**FIVE, "komitmen": "121"})
