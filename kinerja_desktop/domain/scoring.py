"""Scoring, version 2: each scheme follows its regulation's own formula (pure Python).

The schemes themselves live beside this module (scoring_perka, scoring_pp30, scoring_matrix);
this one holds what they share: the settings, rounding, bands and the dispatch. Scores are
kept with two decimals, half up, as Perka BKN 1/2013 prints them (85,50); a predicate is read
from that score by the band-edge rule in the settings (docs/scoring.md).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from kinerja_desktop.domain import achievement as polarity_rules
from kinerja_desktop.domain.scheme_catalog import MATRIX_2022, PP30, PP46, WEIGHTED
from kinerja_desktop.errors import Problem, ValidationError

SCHEME_VERSION = 2  # sealed into each evaluation; version 1 is domain/scoring_v1.py
TWO_DECIMALS = Decimal("0.01")
HUNDRED = Decimal(100)

RATINGS: dict[str, str] = {"di_atas": "Di Atas Ekspektasi", "sesuai": "Sesuai Ekspektasi",
                           "di_bawah": "Di Bawah Ekspektasi"}
CONSOLIDATION_RULES: dict[str, str] = {"rata_rata": "Rata-rata para penilai",
                                       "ketua": "Keputusan ketua (Pejabat Penilai)"}
# How a score meets a band's lower edge (docs/scoring.md, "Batas predikat").
BAND_EDGES: dict[str, str] = {
    "minimum": "Nilai harus mencapai batas bawah predikat (90,95 → Baik)",
    "bulat": "Nilai dibulatkan ke bilangan bulat dahulu (90,95 → 91 → Sangat Baik)",
}


@dataclass(frozen=True)
class Band:
    """A predicate and the lowest score that earns it."""

    minimum: Decimal
    label: str


# The 100-day scheme's bands on its 0–120 scale follow PP 30/2019 Pasal 41, so that meeting
# every target exactly (100) is Baik and Sangat Baik needs targets exceeded (110 and above).
WEIGHTED_BANDS: tuple[Band, ...] = (
    Band(Decimal(110), "Sangat Baik"), Band(Decimal(90), "Baik"), Band(Decimal(70), "Cukup"),
    Band(Decimal(50), "Kurang"), Band(Decimal(0), "Sangat Kurang"))


@dataclass(frozen=True)
class ScoringSettings:
    """The choices the user may change; stored as JSON and sealed into each final evaluation."""

    cap: Decimal = Decimal("1.2")  # 100-day scheme: one target counts at most 120 %
    bands: tuple[Band, ...] = WEIGHTED_BANDS  # 100-day scheme only; the others are the law's
    band_edge: str = "minimum"
    target_share: Decimal = Decimal("0.6")  # PP 46/2011 Pasal 20: 60 % SKP …
    behaviour_share: Decimal = Decimal("0.4")  # … + 40 % perilaku kerja
    # PP 30/2019 Pasal 41 ayat 2: 70 % SKP + 30 % perilaku without peers' and subordinates'
    # views of behaviour, 60 % + 40 % with them.
    pp30_target_share: Decimal = Decimal("0.7")
    consolidation: str = "ketua"

    def to_json(self) -> str:
        data = asdict(self)
        data["versi"] = SCHEME_VERSION
        return json.dumps(data, default=str, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ScoringSettings:
        """Read settings; those written before version 2 keep only what still means the same
        (their bands were PP 46's, applied to every scheme, and are not carried over)."""
        data = json.loads(text)
        defaults = cls()
        bands = defaults.bands
        if data.get("versi", 1) >= 2:
            bands = tuple(Band(Decimal(str(b["minimum"])), b["label"]) for b in data["bands"])
        return cls(Decimal(str(data.get("cap", defaults.cap))), bands,
                   data.get("band_edge", defaults.band_edge),
                   Decimal(str(data.get("target_share", defaults.target_share))),
                   Decimal(str(data.get("behaviour_share", defaults.behaviour_share))),
                   Decimal(str(data.get("pp30_target_share", defaults.pp30_target_share))),
                   data.get("consolidation", defaults.consolidation))


def validate_settings(s: ScoringSettings) -> list[Problem]:
    problems = []
    if not Decimal(1) <= s.cap <= Decimal(2):
        problems.append(Problem("batas_capaian", "Batas capaian harus antara 100% dan 200%."))
    minimums = [b.minimum for b in s.bands]
    if not s.bands or minimums != sorted(minimums, reverse=True) or len(set(minimums)) != \
            len(minimums):
        problems.append(Problem("predikat", "Batas bawah predikat harus menurun tanpa kembar."))
    elif minimums[-1] != 0:
        problems.append(Problem("predikat", "Predikat terendah harus mulai dari 0."))
    if any(not b.label.strip() for b in s.bands):
        problems.append(Problem("predikat", "Setiap predikat harus bernama."))
    if s.band_edge not in BAND_EDGES:
        problems.append(Problem("batas_predikat", f"Aturan batas predikat '{s.band_edge}' "
                                                  f"tidak dikenal."))
    if s.target_share + s.behaviour_share != 1 or s.target_share < 0 or s.behaviour_share < 0:
        problems.append(Problem("bobot_pp46", "Bagian SKP dan perilaku harus berjumlah 100%."))
    if s.pp30_target_share not in (Decimal("0.7"), Decimal("0.6")):
        problems.append(Problem("bobot_pp30", "PP 30/2019 Pasal 41 hanya mengenal bobot SKP 70% "
                                              "atau 60%."))
    if s.consolidation not in CONSOLIDATION_RULES:
        problems.append(Problem("konsolidasi", f"Aturan penggabungan '{s.consolidation}' "
                                               f"tidak dikenal."))
    return problems


def round2(value: Decimal | float | int) -> Decimal:
    """Two decimals, half up (never banker's rounding): 88.666… -> 88.67."""
    return Decimal(str(value)).quantize(TWO_DECIMALS, ROUND_HALF_UP)


def band_of(score: Decimal | float, bands: tuple[Band, ...], edge: str = "minimum") -> str:
    """The band a score falls in: it must reach the band's minimum (or, with edge 'bulat',
    the score rounded half up to a whole number must)."""
    value = Decimal(str(score))
    if edge == "bulat":
        value = value.quantize(Decimal(1), ROUND_HALF_UP)
    for band in bands:
        if value >= band.minimum:
            return band.label
    return bands[-1].label


@dataclass(frozen=True)
class PerkaFigures:
    """Perka BKN 1/2013: what a target asked and got in quality, time and cost."""

    quality_target: Decimal | None = None  # usually 100
    quality_realised: Decimal | None = None
    time_target: Decimal | None = None  # months or days, the same unit on both
    time_realised: Decimal | None = None
    cost_target: Decimal | None = None  # rupiah; none set: cost is left out
    cost_realised: Decimal | None = None


@dataclass(frozen=True)
class TargetResult:
    """One target's figures as a scheme needs them."""

    title: str
    weight: Decimal  # percent
    measure: str  # "angka" or "selesai"
    target_value: Decimal | None
    realised: Decimal | None
    unit: str = ""
    polarity: str = polarity_rules.HIGHER
    target_max: Decimal | None = None
    perka: PerkaFigures = field(default_factory=PerkaFigures)

    def raw_achievement(self) -> Decimal:
        """Achievement by the target's polarity, uncapped (done/not done is 0 or 1)."""
        if self.realised is None:
            return Decimal(0)
        if self.measure == "selesai":
            return Decimal(1) if self.realised >= 1 else Decimal(0)
        return polarity_rules.achievement(self.polarity, self.target_value, self.realised,
                                          self.target_max)

    def achievement(self, cap: Decimal) -> Decimal:
        """The achievement the 100-day scheme counts: capped at the settings' cap."""
        return min(self.raw_achievement(), cap)

    def contribution(self, cap: Decimal) -> Decimal:
        """Points this target adds to a 100-day score (weight × achievement)."""
        return self.weight * self.achievement(cap)


@dataclass(frozen=True)
class SchemeInputs:
    """What the evaluator decides beyond the targets' figures."""

    behaviour: dict[str, str] = field(default_factory=dict)  # aspect -> score or rating
    results_rating: str | None = None  # PermenPANRB 6/2022
    behaviour_rating: str | None = None
    organisation_result: str | None = None  # PermenPANRB 6/2022, set by the superior
    new_idea: bool = False  # PP 30/2019 Pasal 41: Sangat Baik needs a new idea
    additional_tasks: int = 0  # Perka BKN 1/2013: tugas tambahan (count)
    creativity: str = ""  # Perka BKN 1/2013: kreativitas level


@dataclass(frozen=True)
class SchemeResult:
    """A scheme's outcome: the score (None under PermenPANRB 6/2022), the predicate, the parts
    it was built from, and each target's share, largest first."""

    score: Decimal | None
    predicate: str
    target_score: Decimal | None = None
    behaviour_score: Decimal | None = None
    results_rating: str | None = None
    behaviour_rating: str | None = None
    contributions: tuple[tuple[str, Decimal], ...] = field(default_factory=tuple)
    basis: str = ""  # where a suggested value came from, when one was made


def weighted_score(targets: list[TargetResult], settings: ScoringSettings = ScoringSettings()
                   ) -> Decimal:
    """Σ weight × achievement (weights summing to 100), two decimals."""
    return round2(sum((t.contribution(settings.cap) for t in targets), Decimal(0)))


def weighted_predicate(score: Decimal, settings: ScoringSettings = ScoringSettings()) -> str:
    return band_of(score, settings.bands, settings.band_edge)


def evaluate(scheme: str, targets: list[TargetResult], inputs: SchemeInputs,
             settings: ScoringSettings = ScoringSettings()) -> SchemeResult:
    """Score a program under its scheme."""
    # Imported here, not at the top: the scheme modules import this one's shared types.
    from kinerja_desktop.domain import scoring_matrix, scoring_perka, scoring_pp30
    if scheme == WEIGHTED:
        score = weighted_score(targets, settings)
        contributions = tuple(sorted(((t.title, round2(t.contribution(settings.cap)))
                                      for t in targets), key=lambda c: -c[1]))
        return SchemeResult(score, weighted_predicate(score, settings), score,
                            contributions=contributions)
    if scheme == PP46:
        return scoring_perka.evaluate(targets, inputs, settings)
    if scheme == PP30:
        return scoring_pp30.evaluate(targets, inputs, settings)
    if scheme == MATRIX_2022:
        return scoring_matrix.evaluate(targets, inputs)
    raise ValidationError.single("skema_penilaian", f"Skema penilaian '{scheme}' tidak dikenal.")


def numeric_predicate(scheme: str, score: Decimal, inputs: SchemeInputs,
                      settings: ScoringSettings = ScoringSettings()) -> str:
    """The predicate of a numeric score under a scheme (an evaluator's own score included)."""
    from kinerja_desktop.domain import scoring_perka, scoring_pp30
    if scheme == PP46:
        return scoring_perka.predicate(score, settings)
    if scheme == PP30:
        return scoring_pp30.predicate(score, inputs.new_idea, settings)
    return weighted_predicate(score, settings)


def target_figures(scheme: str, target: TargetResult,
                   settings: ScoringSettings = ScoringSettings()
                   ) -> tuple[Decimal, Decimal | None]:
    """One target's achievement in percent and what it is worth under the scheme: its points
    (100-day scheme), its activity score (PP 46/2011), its nilai capaian IKI (PP 30/2019);
    None under PermenPANRB 6/2022, or while a figure the scheme needs is missing."""
    from kinerja_desktop.domain import scoring_perka, scoring_pp30
    if scheme == WEIGHTED:
        return (round2(target.achievement(settings.cap) * HUNDRED),
                round2(target.contribution(settings.cap)))
    percent = round2(target.raw_achievement() * HUNDRED)
    if scheme == PP46:
        try:
            return percent, round2(scoring_perka.activity_score(target))
        except ValidationError:
            return percent, None
    if scheme == PP30:
        return percent, round2(scoring_pp30.target_value(target))
    return percent, None


# What the last column of a targets table holds under each scheme.
VALUE_HEADINGS: dict[str, str] = {WEIGHTED: "Nilai", PP46: "Nilai Capaian",
                                  PP30: "Nilai Capaian IKI", MATRIX_2022: ""}
