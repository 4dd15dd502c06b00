"""PermenPANRB No. 6 Tahun 2022: the predicate from the two ratings (no score, no weights);
for the head of an organisation the organisation's result, set by the superior, is the rating
hasil kerja; the distribution of predicates an organisation's result allows among its staff."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kinerja_desktop.domain.scoring import RATINGS, SchemeInputs, SchemeResult, TargetResult
from kinerja_desktop.errors import ValidationError

# The kuadran of predikat kinerja pegawai: (rating hasil kerja, rating perilaku kerja).
MATRIX: dict[tuple[str, str], str] = {
    ("di_atas", "di_atas"): "Sangat Baik",
    ("di_atas", "sesuai"): "Baik",
    ("di_atas", "di_bawah"): "Kurang/Misconduct",
    ("sesuai", "di_atas"): "Baik",
    ("sesuai", "sesuai"): "Baik",
    ("sesuai", "di_bawah"): "Kurang/Misconduct",
    ("di_bawah", "di_atas"): "Butuh Perbaikan",
    ("di_bawah", "sesuai"): "Butuh Perbaikan",
    ("di_bawah", "di_bawah"): "Sangat Kurang",
}

# Predikat kinerja organisasi (capaian kinerja organisasi), as the Lampiran's forms list it.
ORGANISATION_RESULTS: dict[str, str] = {
    "istimewa": "Istimewa",
    "baik": "Baik",
    "butuh_perbaikan": "Butuh Perbaikan",
    "kurang": "Kurang",
    "sangat_kurang": "Sangat Kurang",
}
# "Apabila pimpinan organisasi adalah pegawai yang dievaluasi, maka capaian kinerja satuan
# organisasi yang dipimpin ditetapkan sebagai rating hasil kerja pegawai yang bersangkutan."
# The organisation's five results read onto the three ratings: Istimewa is above
# expectation, Baik meets it, the other three are below (docs/scoring.md says why).
RESULT_TO_RATING: dict[str, str] = {
    "istimewa": "di_atas", "baik": "sesuai", "butuh_perbaikan": "di_bawah",
    "kurang": "di_bawah", "sangat_kurang": "di_bawah",
}
ORGANISATION_RULE = ("PermenPANRB 6/2022: capaian kinerja organisasi yang dipimpin ditetapkan "
                     "sebagai rating hasil kerja pimpinannya.")


def matrix_predicate(results_rating: str | None, behaviour_rating: str | None) -> str:
    """The predicate from the two ratings."""
    if results_rating is not None and behaviour_rating is not None:
        label = MATRIX.get((results_rating, behaviour_rating))
        if label is not None:
            return label
    raise ValidationError.single("rating", "Rating hasil kerja dan rating perilaku kerja "
                                           "wajib dipilih.")


def results_rating(inputs: SchemeInputs) -> tuple[str | None, str]:
    """The rating hasil kerja and where it came from: the organisation's result when the
    superior has set one (the rule above), else the evaluator's choice."""
    if inputs.organisation_result:
        if inputs.organisation_result not in RESULT_TO_RATING:
            raise ValidationError.single("capaian_organisasi", "Capaian kinerja organisasi "
                                         f"'{inputs.organisation_result}' tidak dikenal.")
        return RESULT_TO_RATING[inputs.organisation_result], ORGANISATION_RULE
    return inputs.results_rating, ""


def evaluate(targets: list[TargetResult], inputs: SchemeInputs) -> SchemeResult:
    """The predicate; the targets are the evidence the ratings rest on, not a score."""
    results, basis = results_rating(inputs)
    for rating in (results, inputs.behaviour_rating):
        if rating is not None and rating not in RATINGS:
            raise ValidationError.single("rating", f"Rating '{rating}' tidak dikenal.")
    return SchemeResult(None, matrix_predicate(results, inputs.behaviour_rating),
                        results_rating=results, behaviour_rating=inputs.behaviour_rating,
                        basis=basis)


# Distribution: "Apabila predikat kinerja organisasi …" — per organisation result, the shares of
# the staff's predicates it allows. A rule is (predicates, least share, most share, text).
@dataclass(frozen=True)
class ShareRule:
    predicates: tuple[str, ...]
    least: Decimal | None
    most: Decimal | None
    text: str


_SB, _B, _BP, _K, _SK = ("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct",
                         "Sangat Kurang")
DISTRIBUTION: dict[str, tuple[ShareRule, ...]] = {
    "istimewa": (ShareRule((_SB,), None, Decimal("0.7"),
                           "paling banyak 70% pegawai berpredikat Sangat Baik"),),
    "baik": (ShareRule((_B,), None, Decimal("0.7"),
                       "paling banyak 70% pegawai berpredikat Baik"),
             ShareRule((_BP, _K), Decimal("0.000001"), None,
                       "harus ada pegawai berpredikat Butuh Perbaikan dan/atau "
                       "Kurang/Misconduct")),
    "butuh_perbaikan": (ShareRule((_BP,), Decimal("0.6"), None,
                                  "minimal 60% pegawai berpredikat Butuh Perbaikan"),
                        ShareRule((_SB,), None, Decimal("0.1"),
                                  "paling banyak 10% pegawai berpredikat Sangat Baik")),
    "kurang": (ShareRule((_K,), Decimal("0.6"), None,
                         "minimal 60% pegawai berpredikat Kurang/Misconduct"),
               ShareRule((_BP,), Decimal("0.1"), None,
                         "minimal 10% pegawai berpredikat Butuh Perbaikan"),
               ShareRule((_SB,), None, Decimal("0.1"),
                         "paling banyak 10% pegawai berpredikat Sangat Baik")),
    "sangat_kurang": (ShareRule((_SK,), Decimal("0.6"), None,
                                "minimal 60% pegawai berpredikat Sangat Kurang"),
                      ShareRule((_K, _BP), Decimal("0.1"), None,
                                "minimal 10% pegawai berpredikat Kurang/Misconduct dan/atau "
                                "Butuh Perbaikan"),
                      ShareRule((_SB,), None, Decimal(0),
                                "tidak ada pegawai berpredikat Sangat Baik")),
}


def distribution_warnings(organisation_result: str, predicates: list[str]) -> list[str]:
    """Where the predicates given fall outside what the organisation's result allows (a warning
    for the evaluators, never a refusal: the Permen calls it guidance)."""
    rules = DISTRIBUTION.get(organisation_result, ())
    if not predicates:
        return []
    total = Decimal(len(predicates))
    warnings = []
    for rule in rules:
        share = sum(1 for p in predicates if p in rule.predicates) / total
        if (rule.least is not None and share < rule.least) or \
                (rule.most is not None and share > rule.most):
            label = ORGANISATION_RESULTS[organisation_result]
            warnings.append(f"Capaian organisasi {label}: {rule.text} (sekarang "
                            f"{round(share * 100)}%).")
    return warnings
