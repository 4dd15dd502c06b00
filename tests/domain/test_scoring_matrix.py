"""PermenPANRB No. 6 Tahun 2022: the matrix, the organisation's result as its head's rating
hasil kerja, no suggestions without a source, and the distribution guidance.

Sources (docs/scoring.md): PermenPANRB 6/2022 (kuadran predikat kinerja pegawai; "capaian
kinerja satuan organisasi yang dipimpin ditetapkan sebagai rating hasil kerja"; the
distribution per predikat kinerja organisasi)."""

from __future__ import annotations

import pytest

from kinerja_desktop.domain import scoring_matrix as matrix
from kinerja_desktop.domain.scoring import RATINGS, SchemeInputs, evaluate
from kinerja_desktop.errors import ValidationError


@pytest.mark.parametrize("results, conduct, label", [
    ("di_atas", "di_atas", "Sangat Baik"), ("di_atas", "sesuai", "Baik"),
    ("di_atas", "di_bawah", "Kurang/Misconduct"), ("sesuai", "di_atas", "Baik"),
    ("sesuai", "sesuai", "Baik"), ("sesuai", "di_bawah", "Kurang/Misconduct"),
    ("di_bawah", "di_atas", "Butuh Perbaikan"), ("di_bawah", "sesuai", "Butuh Perbaikan"),
    ("di_bawah", "di_bawah", "Sangat Kurang")])
def test_every_cell_of_the_matrix(results, conduct, label):
    """PermenPANRB 6/2022, kuadran: predikat from rating hasil kerja × rating perilaku."""
    inputs = SchemeInputs(results_rating=results, behaviour_rating=conduct)
    assert evaluate("permenpanrb_6_2022", [], inputs).predicate == label


def test_no_rating_is_suggested():
    """No source gives a rating from a score or a vote of the seven values: with four values
    above and three below and nothing chosen, the scheme asks the evaluator."""
    behaviour = {k: "di_atas" for k in ("berorientasi_pelayanan", "akuntabel", "kompeten",
                                        "harmonis")}
    behaviour.update({k: "di_bawah" for k in ("loyal", "adaptif", "kolaboratif")})
    with pytest.raises(ValidationError):
        evaluate("permenpanrb_6_2022", [], SchemeInputs(behaviour=behaviour))
    with pytest.raises(ValidationError):
        evaluate("permenpanrb_6_2022", [], SchemeInputs(results_rating="sesuai"))


@pytest.mark.parametrize("organisation, rating", [
    ("istimewa", "di_atas"), ("baik", "sesuai"), ("butuh_perbaikan", "di_bawah"),
    ("kurang", "di_bawah"), ("sangat_kurang", "di_bawah")])
def test_organisation_result_is_the_heads_rating(organisation, rating):
    """PermenPANRB 6/2022: "capaian kinerja satuan organisasi yang dipimpin ditetapkan sebagai
    rating hasil kerja" — it overrides a rating chosen otherwise, and says where it came from."""
    inputs = SchemeInputs(results_rating="di_bawah" if rating != "di_bawah" else "di_atas",
                          behaviour_rating="sesuai", organisation_result=organisation)
    result = evaluate("permenpanrb_6_2022", [], inputs)
    assert result.results_rating == rating and "PermenPANRB 6/2022" in result.basis
    assert result.predicate == matrix.MATRIX[(rating, "sesuai")]


def test_unknown_organisation_result_is_refused():
    with pytest.raises(ValidationError):
        evaluate("permenpanrb_6_2022", [], SchemeInputs(organisation_result="luar_biasa",
                                                       behaviour_rating="sesuai"))


def test_ratings_are_the_three_expectations():
    assert list(RATINGS.values()) == ["Di Atas Ekspektasi", "Sesuai Ekspektasi",
                                      "Di Bawah Ekspektasi"]


def test_distribution_baik_needs_someone_below():
    """PermenPANRB 6/2022: organisation Baik — at most 70 % Baik, and there must be staff with
    Butuh Perbaikan and/or Kurang/Misconduct."""
    warnings = matrix.distribution_warnings("baik", ["Baik"] * 5)
    assert len(warnings) == 2
    assert any("70%" in w and "100%" in w for w in warnings)
    assert any("Butuh Perbaikan" in w for w in warnings)
    fine = ["Baik"] * 7 + ["Butuh Perbaikan"] + ["Sangat Baik"] * 2
    assert matrix.distribution_warnings("baik", fine) == []


def test_distribution_sangat_kurang_allows_no_sangat_baik():
    """Organisation Sangat Kurang: at least 60 % Sangat Kurang, at least 10 % Kurang or Butuh
    Perbaikan, no Sangat Baik."""
    given = ["Sangat Kurang"] * 6 + ["Kurang/Misconduct"] * 3 + ["Sangat Baik"]
    warnings = matrix.distribution_warnings("sangat_kurang", given)
    assert warnings == ["Capaian organisasi Sangat Kurang: tidak ada pegawai berpredikat "
                        "Sangat Baik (sekarang 10%)."]


def test_distribution_istimewa_and_nothing_given():
    assert matrix.distribution_warnings("istimewa", ["Sangat Baik"] * 3 + ["Baik"] * 2) == []
    assert matrix.distribution_warnings("istimewa", ["Sangat Baik"] * 4 + ["Baik"]) != []
    assert matrix.distribution_warnings("baik", []) == []
