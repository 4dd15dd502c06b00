"""The first scoring rules (scheme version 1), frozen: they rescore evaluations sealed before
the schemes followed the regulations' own formulas, so that their seals still verify.

Never change this module: a sealed evaluation's score must come out as it was sealed. New
evaluations are scored by domain/scoring.py (version 2).

Rounding is stated once: scores are rounded to one decimal, half up, and the predicate is read
from the rounded score (90.95 -> 91.0 -> Sangat Baik; 90.94 -> 90.9 -> Baik). Band limits, the
achievement cap and the PP 46 shares are settings (ScoringSettings), not literals in the code.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from kinerja_desktop.errors import ValidationError

ONE_DECIMAL = Decimal("0.1")

# The seven core values (SE MenPANRB 20/2021), with the guidance shown to evaluators.
BERAKHLAK: dict[str, tuple[str, str]] = {
    "berorientasi_pelayanan": ("Berorientasi Pelayanan",
                               "Memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan, "
                               "solutif; terus memperbaiki layanan."),
    "akuntabel": ("Akuntabel",
                  "Jujur, bertanggung jawab, cermat, disiplin; memakai kekayaan dan barang "
                  "milik negara secara bertanggung jawab; tidak menyalahgunakan kewenangan."),
    "kompeten": ("Kompeten",
                 "Meningkatkan kompetensi diri; membantu orang lain belajar; melaksanakan "
                 "tugas dengan kualitas terbaik."),
    "harmonis": ("Harmonis",
                 "Menghargai setiap orang apa pun latar belakangnya; suka menolong; membangun "
                 "lingkungan kerja yang kondusif."),
    "loyal": ("Loyal",
              "Setia pada Pancasila, UUD 1945, NKRI dan pemerintahan yang sah; menjaga nama "
              "baik instansi; menjaga rahasia jabatan."),
    "adaptif": ("Adaptif",
                "Cepat menyesuaikan diri menghadapi perubahan; terus berinovasi dan "
                "mengembangkan kreativitas; bertindak proaktif."),
    "kolaboratif": ("Kolaboratif",
                    "Memberi kesempatan berbagai pihak berkontribusi; terbuka bekerja sama; "
                    "menggerakkan pemanfaatan sumber daya untuk tujuan bersama."),
}

RATINGS: dict[str, str] = {"di_atas": "Di Atas Ekspektasi", "sesuai": "Sesuai Ekspektasi",
                           "di_bawah": "Di Bawah Ekspektasi"}

# PermenPANRB 6/2022: predicate from (rating hasil kerja, rating perilaku kerja).
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

CONSOLIDATION_RULES: dict[str, str] = {"rata_rata": "Rata-rata para penilai",
                                       "ketua": "Keputusan ketua (Pejabat Penilai)"}


@dataclass(frozen=True)
class Band:
    """A predicate and the lowest (rounded) score that earns it."""

    minimum: Decimal
    label: str


@dataclass(frozen=True)
class ScoringSettings:
    """Every number the schemes use; stored in the database as JSON."""

    cap: Decimal = Decimal("1.2")  # achievement of one target is capped at 120%
    # PP 46/2011 bands; "Kurang" and "Buruk" are the labels the two lowest bands use there.
    bands: tuple[Band, ...] = (Band(Decimal(91), "Sangat Baik"), Band(Decimal(76), "Baik"),
                               Band(Decimal(61), "Cukup"), Band(Decimal(51), "Kurang"),
                               Band(Decimal(0), "Buruk"))
    target_share: Decimal = Decimal("0.6")  # PP 46/2011: 60% SKP …
    behaviour_share: Decimal = Decimal("0.4")  # … + 40% perilaku kerja
    # PermenPANRB 6/2022: a suggested rating hasil kerja from the weighted score.
    above_expectation: Decimal = Decimal(110)
    meets_expectation: Decimal = Decimal(80)
    consolidation: str = "ketua"

    def to_json(self) -> str:
        data = asdict(self)
        return json.dumps(data, default=str, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ScoringSettings:
        data = json.loads(text)
        bands = tuple(Band(Decimal(str(b["minimum"])), b["label"]) for b in data["bands"])
        return cls(Decimal(str(data["cap"])), bands, Decimal(str(data["target_share"])),
                   Decimal(str(data["behaviour_share"])),
                   Decimal(str(data["above_expectation"])),
                   Decimal(str(data["meets_expectation"])), data.get("consolidation", "ketua"))


def round1(value: Decimal | float | int) -> Decimal:
    """One decimal, half up (never banker's rounding): 90.95 -> 91.0."""
    return Decimal(str(value)).quantize(ONE_DECIMAL, ROUND_HALF_UP)


def predicate(score: Decimal | float, settings: ScoringSettings = ScoringSettings()) -> str:
    """The band of a score, read from the score rounded to one decimal."""
    rounded = round1(score)
    for band in settings.bands:
        if rounded >= band.minimum:
            return band.label
    return settings.bands[-1].label


@dataclass(frozen=True)
class TargetResult:
    """One target's part in a weighted score."""

    title: str
    weight: Decimal  # percent
    measure: str  # "angka" or "selesai"
    target_value: Decimal | None
    realised: Decimal | None

    def achievement(self, cap: Decimal) -> Decimal:
        """Realisation / target, capped; done/not-done is 0 or 1; nothing reported is 0."""
        if self.realised is None:
            return Decimal(0)
        if self.measure == "selesai":
            return Decimal(1) if self.realised >= 1 else Decimal(0)
        if not self.target_value:
            return Decimal(0)
        return min(max(self.realised / self.target_value, Decimal(0)), cap)

    def contribution(self, cap: Decimal) -> Decimal:
        """Points this target adds to a program score of 100 (weight × achievement)."""
        return self.weight * self.achievement(cap)


def weighted_score(targets: list[TargetResult], settings: ScoringSettings = ScoringSettings()
                   ) -> Decimal:
    """Σ weight × achievement (weights summing to 100), rounded to one decimal."""
    return round1(sum((t.contribution(settings.cap) for t in targets), Decimal(0)))


def behaviour_score(scores: dict[str, Decimal | int | float]) -> Decimal:
    """The mean of the seven values' scores (0–100), rounded to one decimal."""
    missing = [BERAKHLAK[k][0] for k in BERAKHLAK if scores.get(k) is None]
    if missing:
        raise ValidationError.single("perilaku", "Nilai perilaku belum diisi: "
                                     + ", ".join(missing) + ".")
    for key in BERAKHLAK:
        try:
            value = Decimal(str(scores[key]))
        except ArithmeticError:
            value = Decimal("NaN")
        if not value.is_finite() or not 0 <= value <= 100:
            raise ValidationError.single("perilaku", f"Nilai {BERAKHLAK[key][0]} harus "
                                                     f"antara 0 dan 100.")
    return round1(sum(Decimal(str(scores[k])) for k in BERAKHLAK) / len(BERAKHLAK))


def pp46_score(target_score: Decimal, behaviour: Decimal,
               settings: ScoringSettings = ScoringSettings()) -> Decimal:
    """Prestasi kerja = 60% SKP score + 40% behaviour score (shares from the settings)."""
    return round1(settings.target_share * target_score + settings.behaviour_share * behaviour)


def suggested_results_rating(score: Decimal, settings: ScoringSettings = ScoringSettings()) -> str:
    """A rating hasil kerja suggested from the weighted score (the evaluator decides)."""
    if round1(score) >= settings.above_expectation:
        return "di_atas"
    if round1(score) >= settings.meets_expectation:
        return "sesuai"
    return "di_bawah"


def suggested_behaviour_rating(ratings: dict[str, str]) -> str:
    """The most given of the seven values' ratings; a tie goes to Sesuai Ekspektasi."""
    given = [r for r in ratings.values() if r in RATINGS]
    if not given:
        return "sesuai"
    counts = {r: given.count(r) for r in RATINGS}
    best = max(counts.values())
    leaders = [r for r, n in counts.items() if n == best]
    return leaders[0] if len(leaders) == 1 else "sesuai"


def matrix_predicate(results_rating: str | None, behaviour_rating: str | None) -> str:
    """PermenPANRB 6/2022 predicate from the two ratings."""
    if results_rating is not None and behaviour_rating is not None:
        label = MATRIX.get((results_rating, behaviour_rating))
        if label is not None:
            return label
    raise ValidationError.single("rating", "Rating hasil kerja dan rating perilaku kerja "
                                           "wajib dipilih.")


@dataclass(frozen=True)
class SchemeResult:
    """A scheme's outcome: the score (None under PermenPANRB 6/2022), the predicate, and the
    contributions that moved it, largest first."""

    score: Decimal | None
    predicate: str
    target_score: Decimal | None = None
    behaviour_score: Decimal | None = None
    results_rating: str | None = None
    behaviour_rating: str | None = None
    contributions: tuple[tuple[str, Decimal], ...] = field(default_factory=tuple)


def evaluate(scheme: str, targets: list[TargetResult], behaviour: dict[str, object],
             results_rating: str | None = None, behaviour_rating: str | None = None,
             settings: ScoringSettings = ScoringSettings()) -> SchemeResult:
    """Score a program under its scheme. `behaviour` holds 0–100 scores (weighted, PP 46) or
    ratings per value (PermenPANRB 6/2022)."""
    target_score = weighted_score(targets, settings)
    contributions = tuple(sorted(((t.title, round1(t.contribution(settings.cap)))
                                  for t in targets), key=lambda c: -c[1]))
    if scheme == "capaian_berbobot":
        return SchemeResult(target_score, predicate(target_score, settings), target_score,
                            contributions=contributions)
    if scheme == "pp46_2011":
        behaviour_value = behaviour_score(behaviour)  # type: ignore[arg-type]
        score = pp46_score(target_score, behaviour_value, settings)
        return SchemeResult(score, predicate(score, settings), target_score, behaviour_value,
                            contributions=contributions)
    if scheme == "permenpanrb_6_2022":
        results = results_rating or suggested_results_rating(target_score, settings)
        conduct = behaviour_rating or suggested_behaviour_rating(
            {k: str(v) for k, v in behaviour.items()})
        return SchemeResult(None, matrix_predicate(results, conduct), target_score,
                            results_rating=results, behaviour_rating=conduct,
                            contributions=contributions)
    raise ValidationError.single("skema_penilaian", f"Skema penilaian '{scheme}' tidak dikenal.")
