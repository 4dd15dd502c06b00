"""PP 30/2019 with PermenPANRB No. 8 Tahun 2021: each indicator's achievement (capaian IKI)
converted to a value of 0–120, the SKP value the weighted sum of those values, nilai kinerja
70 % SKP + 30 % perilaku (Pasal 41 ayat 2), predicates of Pasal 41 ayat 5 (docs/scoring.md)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from kinerja_desktop.domain.behaviour_aspects import PP30_ASPECTS
from kinerja_desktop.domain.scoring import (HUNDRED, SchemeInputs, SchemeResult,
                                            ScoringSettings, TargetResult, round2)
from kinerja_desktop.errors import ValidationError

MAX_VALUE = Decimal(120)
# Pasal 41 ayat 5: Sangat Baik 110 ≤ x ≤ 120 and a new idea; Baik 90 ≤ x ≤ 120; Cukup
# 70 ≤ x < 90; Kurang 50 ≤ x < 70; Sangat Kurang x < 50.
SANGAT_BAIK, BAIK, CUKUP, KURANG = Decimal(110), Decimal(90), Decimal(70), Decimal(50)


def iki_value(percent: Decimal, maximal_target: bool = False) -> Decimal:
    """Nilai capaian IKI from capaian IKI in percent (PermenPANRB 8/2021, BAB VI):
    above 110 % → 120; 101–110 % → 110 + (120 − 110)/(110 − 101) × (c − 101); 100 % → 109;
    80–99 % → 70 + (89 − 70)/(99 − 80) × (c − 80); 60–79 % → 50 + (69 − 50)/(79 − 60) × (c − 60);
    below → c / 59 × 49. 100 % of a target that is the most that can be reached → 120.
    The Permen states its bands on whole percentages and target_value() rounds to one; a
    fraction given here belongs to the lower band (99.5 % is Cukup: 89.5)."""
    c = percent
    if maximal_target and c >= HUNDRED:
        return MAX_VALUE
    if c > 110:
        return MAX_VALUE
    if c >= 101:
        return Decimal(110) + (Decimal(120) - 110) / (Decimal(110) - 101) * (c - 101)
    if c >= 100:
        return Decimal(109)
    if c >= 80:
        return Decimal(70) + (Decimal(89) - 70) / (Decimal(99) - 80) * (c - 80)
    if c >= 60:
        return Decimal(50) + (Decimal(69) - 50) / (Decimal(79) - 60) * (c - 60)
    return max(c, Decimal(0)) / 59 * 49


def is_maximal(t: TargetResult) -> bool:
    """A target of 100 % on a "higher is better" percentage cannot be exceeded: Permen huruf (i)
    converts its full achievement to 120 (the example of finances free of material findings)."""
    return (t.unit.strip() == "%" and t.target_value == HUNDRED
            and t.polarity == "naik" and t.target_max is None)


def achievement_percent(t: TargetResult) -> Decimal:
    """Capaian IKI in whole percent, half up, as the Lampiran prints it before converting
    (93 against 95 is 97.89 %, printed 98 %, converted to 88)."""
    return (t.raw_achievement() * HUNDRED).quantize(Decimal(1), ROUND_HALF_UP)


def target_value(t: TargetResult) -> Decimal:
    """One indicator's nilai capaian IKI."""
    if t.measure == "selesai":  # done is the whole target, which cannot be exceeded
        return MAX_VALUE if t.realised is not None and t.realised >= 1 else Decimal(0)
    return iki_value(achievement_percent(t), is_maximal(t))


def skp_value(targets: list[TargetResult]) -> Decimal:
    """Nilai SKP: Σ weight × nilai capaian IKI (the Lampiran's "nilai tertimbang"), weights
    in percent summing to 100; two decimals."""
    if not targets:
        raise ValidationError.single("target", "Belum ada indikator kinerja untuk dinilai.")
    return round2(sum((t.weight / HUNDRED * target_value(t) for t in targets), Decimal(0)))


def behaviour_score(scores: dict[str, str]) -> Decimal:
    """Nilai perilaku kerja: the mean of the five aspects (PP 30/2019 Pasal 37), 0–120."""
    missing = [PP30_ASPECTS[k] for k in PP30_ASPECTS if scores.get(k) in (None, "")]
    if missing:
        raise ValidationError.single("perilaku", "Nilai perilaku belum diisi: "
                                     + ", ".join(missing) + ".")
    values = []
    for key in PP30_ASPECTS:
        try:
            value = Decimal(str(scores[key]))
        except ArithmeticError:
            value = Decimal("NaN")
        if not value.is_finite() or not 0 <= value <= MAX_VALUE:
            raise ValidationError.single("perilaku", f"Nilai {PP30_ASPECTS[key]} harus "
                                                     f"antara 0 dan 120.")
        values.append(value)
    return round2(sum(values, Decimal(0)) / len(values))


def predicate(score: Decimal, new_idea: bool,
              settings: ScoringSettings = ScoringSettings()) -> str:
    """Pasal 41 ayat 5; 110–120 without a new idea is Baik."""
    value = score
    if settings.band_edge == "bulat":
        value = score.quantize(Decimal(1), ROUND_HALF_UP)
    if value >= SANGAT_BAIK and new_idea:
        return "Sangat Baik"
    if value >= BAIK:
        return "Baik"
    if value >= CUKUP:
        return "Cukup"
    if value >= KURANG:
        return "Kurang"
    return "Sangat Kurang"


def evaluate(targets: list[TargetResult], inputs: SchemeInputs,
             settings: ScoringSettings = ScoringSettings()) -> SchemeResult:
    skp = skp_value(targets)
    behaviour = behaviour_score(inputs.behaviour)
    score = round2(settings.pp30_target_share * skp
                   + (1 - settings.pp30_target_share) * behaviour)
    parts = tuple(sorted(((t.title, round2(target_value(t))) for t in targets),
                         key=lambda c: -c[1]))
    return SchemeResult(score, predicate(score, inputs.new_idea, settings), skp, behaviour,
                        contributions=parts)
