"""PP 46/2011 as Peraturan Kepala BKN No. 1 Tahun 2013 computes it: each activity (kegiatan)
scored on quantity, quality, time and cost, averaged; the SKP score the mean of the activities
plus tugas tambahan and kreativitas; perilaku kerja the mean of six aspects; prestasi kerja
60 % SKP + 40 % perilaku; bands 91 / 76 / 61 / 51 (docs/scoring.md, "PP 46/2011")."""

from __future__ import annotations

from decimal import Decimal

from kinerja_desktop.domain.behaviour_aspects import LEADERSHIP, PP46_ASPECTS
from kinerja_desktop.domain.scoring import (HUNDRED, Band, SchemeInputs, SchemeResult,
                                            ScoringSettings, TargetResult, band_of, round2)
from kinerja_desktop.errors import ValidationError

# Perka BKN 1/2013: "91 ke atas Sangat baik; 76 – 90 Baik; 61 – 75 Cukup; 51 – 60 Kurang;
# 50 ke bawah Buruk" (nilai capaian SKP, each perilaku aspect and prestasi kerja alike).
BANDS: tuple[Band, ...] = (Band(Decimal(91), "Sangat Baik"), Band(Decimal(76), "Baik"),
                           Band(Decimal(61), "Cukup"), Band(Decimal(51), "Kurang"),
                           Band(Decimal(0), "Buruk"))
WEIGHT_176 = Decimal("1.76")
EFFICIENCY_LIMIT = Decimal(24)  # percent: up to it Baik–Sangat Baik, above it Cukup–Buruk
QUALITY_TARGET = HUNDRED  # the Perka's forms set every activity's quality target at 100

# Kreativitas: a useful new idea, by whom it is certified and for whom it is useful.
CREATIVITY: dict[str, tuple[str, Decimal]] = {
    "": ("Tidak ada", Decimal(0)),
    "unit_kerja": ("Bermanfaat bagi unit kerja (ditetapkan pejabat eselon II)", Decimal(3)),
    "organisasi": ("Bermanfaat bagi organisasi (ditetapkan PPK)", Decimal(6)),
    "negara": ("Bermanfaat bagi negara (ditetapkan Presiden)", Decimal(12)),
}


def additional_tasks_value(count: int) -> Decimal:
    """Tugas tambahan: 1–3 tasks add 1, 4–6 add 2, 7 or more add 3."""
    if count <= 0:
        return Decimal(0)
    return Decimal(1) if count <= 3 else Decimal(2) if count <= 6 else Decimal(3)


def time_or_cost(planned: Decimal, realised: Decimal) -> Decimal:
    """The 1.76 rule for time and cost: efficiency 100 − realised/planned × 100; up to 24 %
    ((1.76 × T − R) / T) × 100, above it 76 − ((((1.76 × T − R) / T) × 100) − 100); nothing
    spent or taken (the activity not done) scores 0, and a score never goes below 0."""
    if realised <= 0 or planned <= 0:
        return Decimal(0)
    efficiency = HUNDRED - realised / planned * HUNDRED
    base = (WEIGHT_176 * planned - realised) / planned * HUNDRED
    value = base if efficiency <= EFFICIENCY_LIMIT else Decimal(76) - (base - HUNDRED)
    return max(value, Decimal(0))


def activity_aspects(t: TargetResult) -> dict[str, Decimal]:
    """The aspects an activity is scored on (cost only when a budget is set)."""
    if t.realised is None:
        raise ValidationError.single("realisasi", f"Realisasi kuantitas '{t.title}' belum "
                                                  f"diisi.")
    quantity = t.raw_achievement() * HUNDRED
    if t.realised <= 0:  # not done: every aspect is 0 (Perka: "realisasi waktu 0")
        quantity = Decimal(0)
    p = t.perka
    quality_target = p.quality_target or QUALITY_TARGET
    if p.quality_realised is None:
        raise ValidationError.single("kualitas", f"Realisasi kualitas '{t.title}' belum diisi.")
    aspects = {"kuantitas": quantity,
               "kualitas": p.quality_realised / quality_target * HUNDRED}
    if p.time_target is None or p.time_realised is None:
        raise ValidationError.single("waktu", f"Target dan realisasi waktu '{t.title}' wajib "
                                              f"diisi.")
    aspects["waktu"] = time_or_cost(p.time_target, p.time_realised)
    if p.cost_target:
        aspects["biaya"] = time_or_cost(p.cost_target, p.cost_realised or Decimal(0))
    if t.realised <= 0:
        aspects = {k: Decimal(0) for k in aspects}
    return aspects


def activity_score(t: TargetResult) -> Decimal:
    """The mean of the activity's aspects."""
    aspects = activity_aspects(t)
    return sum(aspects.values(), Decimal(0)) / len(aspects)


def skp_score(targets: list[TargetResult], additional_tasks: int = 0,
              creativity: str = "") -> Decimal:
    """Nilai capaian SKP: the mean of the activities' scores, plus tugas tambahan and
    kreativitas, two decimals."""
    if not targets:
        raise ValidationError.single("target", "Belum ada kegiatan tugas jabatan untuk dinilai.")
    if creativity not in CREATIVITY:
        raise ValidationError.single("kreativitas", f"Kreativitas '{creativity}' tidak dikenal.")
    mean = sum((activity_score(t) for t in targets), Decimal(0)) / len(targets)
    return round2(mean + additional_tasks_value(additional_tasks) + CREATIVITY[creativity][1])


def behaviour_score(scores: dict[str, str], structural: bool = True) -> Decimal:
    """Nilai perilaku kerja: the mean of the six aspects (five when not in a structural post,
    without kepemimpinan), each 0–100, two decimals."""
    wanted = [k for k in PP46_ASPECTS if structural or k != LEADERSHIP]
    missing = [PP46_ASPECTS[k] for k in wanted if scores.get(k) in (None, "")]
    if missing:
        raise ValidationError.single("perilaku", "Nilai perilaku belum diisi: "
                                     + ", ".join(missing) + ".")
    values = []
    for key in wanted:
        try:
            value = Decimal(str(scores[key]))
        except ArithmeticError:
            value = Decimal("NaN")
        if not value.is_finite() or not 0 <= value <= 100:
            raise ValidationError.single("perilaku", f"Nilai {PP46_ASPECTS[key]} harus "
                                                     f"antara 0 dan 100.")
        values.append(value)
    return round2(sum(values, Decimal(0)) / len(values))


def performance(skp: Decimal, behaviour: Decimal,
                settings: ScoringSettings = ScoringSettings()) -> Decimal:
    """Prestasi kerja = 60 % SKP + 40 % perilaku kerja (PP 46/2011 Pasal 20), two decimals."""
    return round2(settings.target_share * skp + settings.behaviour_share * behaviour)


def predicate(score: Decimal, settings: ScoringSettings = ScoringSettings()) -> str:
    return band_of(score, BANDS, settings.band_edge)


def evaluate(targets: list[TargetResult], inputs: SchemeInputs,
             settings: ScoringSettings = ScoringSettings()) -> SchemeResult:
    skp = skp_score(targets, inputs.additional_tasks, inputs.creativity)
    behaviour = behaviour_score(inputs.behaviour)
    score = performance(skp, behaviour, settings)
    parts = tuple(sorted(((t.title, round2(activity_score(t))) for t in targets),
                         key=lambda c: -c[1]))
    return SchemeResult(score, predicate(score, settings), skp, behaviour,
                        contributions=parts)
