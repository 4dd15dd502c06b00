"""The 100-day weighted scheme, the settings, the dispatch and the sources' wording.

The 100-day program has no regulation of its own (docs/scoring.md): achievement follows
PermenPANRB 8/2021 (capaian IKI, with polarity), the program score is Σ weight × achievement,
and its bands are PP 30/2019 Pasal 41's on the same 0–120 scale, so that meeting every
target exactly is Baik, not Sangat Baik."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest

from kinerja_desktop.domain import scoring
from kinerja_desktop.domain.behaviour_aspects import (BERAKHLAK, CORE_VALUES, PP30_ASPECTS,
                                                      PP46_ASPECTS, aspects_for)
from kinerja_desktop.domain.scheme_catalog import CATALOG, basis_line
from kinerja_desktop.domain.scoring import (Band, SchemeInputs, ScoringSettings, TargetResult,
                                            evaluate, validate_settings, weighted_score)
from kinerja_desktop.errors import ValidationError

D = Decimal


def number(weight=100, target=100, realised=None, polarity="naik", title="T") -> TargetResult:
    return TargetResult(title, D(str(weight)), "angka", D(str(target)),
                        D(str(realised)) if realised is not None else None, "", polarity)


def weighted(*targets: TargetResult):
    return evaluate("capaian_berbobot", list(targets), SchemeInputs())


def test_meeting_every_target_is_baik_not_sangat_baik():
    result = weighted(number(50, 10, 10), number(30, 4, 4), number(20, 7, 7, "turun"))
    assert (result.score, result.predicate) == (D("100.00"), "Baik")


def test_exceeding_by_ten_percent_is_sangat_baik():
    result = weighted(number(60, 10, 11), number(40, 10, 11))
    assert (result.score, result.predicate) == (D("110.00"), "Sangat Baik")


def test_lower_is_better_targets_count_as_such():
    """Faster ID-card service scores better: 2 days against 3 is 133 %, capped at 120 %."""
    fast = weighted(number(100, 3, 2, "turun"))
    slow = weighted(number(100, 3, 4, "turun"))
    assert fast.score == D("120.00") and slow.score == D("66.67")


@pytest.mark.parametrize("score, label", [
    ("110", "Sangat Baik"), ("109.99", "Baik"), ("90", "Baik"), ("89.99", "Cukup"),
    ("70", "Cukup"), ("69.99", "Kurang"), ("50", "Kurang"), ("49.99", "Sangat Kurang"),
    ("120", "Sangat Baik"), ("0", "Sangat Kurang")])
def test_weighted_band_edges(score, label):
    """The 100-day bands are PP 30/2019 Pasal 41 ayat (5)'s edges (110, 90, 70, 50)."""
    assert scoring.weighted_predicate(D(score)) == label


def test_weighted_band_edge_setting():
    rounded = replace(ScoringSettings(), band_edge="bulat")
    assert scoring.weighted_predicate(D("109.5"), rounded) == "Sangat Baik"
    assert scoring.weighted_predicate(D("109.5")) == "Baik"


def test_cap_and_two_decimals():
    assert weighted_score([number(100, 10, 30)]) == D("120.00")
    assert weighted_score([number(D(100) / 3, 3, 2)]) == D("22.22")
    assert weighted_score([number(100, 10, 30)], replace(ScoringSettings(), cap=D("1.5"))) == \
        D("150.00")


def test_contributions_are_largest_first():
    result = weighted(number(30, 10, 10, title="A"), number(70, 10, 5, title="B"))
    assert result.contributions == (("B", D("35.00")), ("A", D("30.00")))


def test_round2_is_half_up():
    assert scoring.round2(D("88.665")) == D("88.67")
    assert scoring.round2(D("90.945")) == D("90.95")
    assert scoring.round2(2.675) == D("2.68")  # the float's shortest text, not its binary


def test_unknown_scheme():
    with pytest.raises(ValidationError) as caught:
        evaluate("bebas", [], SchemeInputs())
    assert caught.value.problems[0].field == "skema_penilaian"


def test_target_figures_per_scheme():
    t = replace(number(100, 85, 85), unit="dokumen")
    assert scoring.target_figures("capaian_berbobot", t) == (D("100.00"), D("100.00"))
    assert scoring.target_figures("pp30_2019", t) == (D("100.00"), D("109.00"))
    assert scoring.target_figures("permenpanrb_6_2022", t) == (D("100.00"), None)
    assert scoring.target_figures("pp46_2011", t) == (D("100.00"), None)  # no Perka figures


# Settings -------------------------------------------------------------------------------------

def test_default_settings_are_valid_and_as_documented():
    s = ScoringSettings()
    assert validate_settings(s) == []
    assert (s.cap, s.band_edge, s.target_share, s.behaviour_share, s.pp30_target_share,
            s.consolidation) == (D("1.2"), "minimum", D("0.6"), D("0.4"), D("0.7"), "ketua")
    assert [(b.minimum, b.label) for b in s.bands] == [
        (D(110), "Sangat Baik"), (D(90), "Baik"), (D(70), "Cukup"), (D(50), "Kurang"),
        (D(0), "Sangat Kurang")]


def test_settings_json_round_trip():
    s = ScoringSettings(cap=D("1.35"), bands=(Band(D("85.5"), "Istimewa"), Band(D(0), "Lain")),
                        band_edge="bulat", pp30_target_share=D("0.6"), consolidation="rata_rata")
    assert ScoringSettings.from_json(s.to_json()) == s


def test_settings_written_by_version_1_are_read():
    """Version 1 stored PP 46's bands for every scheme and two thresholds no source gives: the
    bands and thresholds are dropped, the rest kept."""
    old = {"cap": "1.5", "bands": [{"minimum": "91", "label": "Sangat Baik"},
                                   {"minimum": "0", "label": "Buruk"}],
           "target_share": "0.6", "behaviour_share": "0.4", "above_expectation": "110",
           "meets_expectation": "80", "consolidation": "rata_rata"}
    s = ScoringSettings.from_json(json.dumps(old))
    assert (s.cap, s.bands, s.consolidation) == (D("1.5"), scoring.WEIGHTED_BANDS, "rata_rata")


@pytest.mark.parametrize("change, field", [
    (dict(cap=D("0.99")), "batas_capaian"), (dict(cap=D("2.01")), "batas_capaian"),
    (dict(bands=(Band(D(50), "A"), Band(D(60), "B"), Band(D(0), "C"))), "predikat"),
    (dict(bands=(Band(D(50), "A"), Band(D(10), "B"))), "predikat"),
    (dict(bands=(Band(D(50), "A"), Band(D(0), "  "))), "predikat"),
    (dict(band_edge="kira"), "batas_predikat"),
    (dict(target_share=D("0.6"), behaviour_share=D("0.5")), "bobot_pp46"),
    (dict(pp30_target_share=D("0.5")), "bobot_pp30"),
    (dict(consolidation="suara_terbanyak"), "konsolidasi")])
def test_validate_settings_refusals(change, field):
    problems = validate_settings(replace(ScoringSettings(), **change))
    assert [p.field for p in problems] == [field] and problems[0].message


# Sources' wording -----------------------------------------------------------------------------

def test_berakhlak_quotes_se_menpanrb_20_2021():
    """SE MenPANRB No. 20 Tahun 2021: seven core values, each a definition and three
    behaviours in the SE's words."""
    assert [v.name for v in CORE_VALUES.values()] == [
        "Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif",
        "Kolaboratif"]
    assert all(len(v.behaviours) == 3 for v in CORE_VALUES.values())
    service = CORE_VALUES["berorientasi_pelayanan"]
    assert service.definition == "Komitmen memberikan pelayanan prima demi kepuasan masyarakat"
    assert service.behaviours == ("Memahami dan memenuhi kebutuhan masyarakat",
                                  "Ramah, cekatan, solutif, dan dapat diandalkan",
                                  "Melakukan perbaikan tiada henti")
    assert CORE_VALUES["akuntabel"].behaviours[2] == "Tidak menyalahgunakan kewenangan jabatan"
    assert BERAKHLAK["loyal"][1].startswith(
        "Berdedikasi dan mengutamakan kepentingan Bangsa dan Negara: 1) Memegang teguh")


def test_each_scheme_asks_its_own_behaviour_items():
    assert aspects_for("capaian_berbobot") == {}
    assert list(aspects_for("pp46_2011")) == list(PP46_ASPECTS) and len(PP46_ASPECTS) == 6
    assert list(aspects_for("pp30_2019")) == list(PP30_ASPECTS) and len(PP30_ASPECTS) == 5
    assert list(aspects_for("permenpanrb_6_2022")) == list(CORE_VALUES)


def test_every_scheme_states_its_basis_and_status():
    assert set(CATALOG) == {"capaian_berbobot", "pp46_2011", "pp30_2019", "permenpanrb_6_2022"}
    assert "Dicabut oleh PP No. 30 Tahun 2019" in CATALOG["pp46_2011"].status
    assert not CATALOG["pp46_2011"].in_force and CATALOG["permenpanrb_6_2022"].in_force
    assert "PermenPANRB No. 6 Tahun 2022" in CATALOG["pp30_2019"].status
    assert basis_line("pp46_2011").startswith("Dasar: PP No. 46 Tahun 2011")
    assert basis_line("bebas") == ""
