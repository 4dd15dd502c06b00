"""Evaluations of a program: what the evaluators saw and decided, the consolidated result,
and the canonical content whose SHA-256 seals a final evaluation."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from kinerja_desktop.domain import scoring
from kinerja_desktop.domain.dates import format_date
from kinerja_desktop.domain.scoring import BERAKHLAK, RATINGS, ScoringSettings, TargetResult
from kinerja_desktop.errors import Problem

RECOMMENDATIONS: dict[str, str] = {
    "lanjutkan": "Dilanjutkan",
    "pembinaan": "Pembinaan",
    "evaluasi_ulang": "Evaluasi ulang",
    "dipindahkan": "Dipindahtugaskan (rotasi/mutasi)",
}
CAPACITIES: dict[str, str] = {
    "pejabat_penilai": "Pejabat Penilai Kinerja",
    "anggota": "Anggota Tim Penilai",
}
STATUSES: dict[str, str] = {"draft": "Draft", "final": "Final"}
MAX_NOTE = 4000


@dataclass(frozen=True)
class PersonSnapshot:
    """A person as they stood on the day of the evaluation (never changed afterwards)."""

    name: str
    title: str
    rank: str = ""
    nip: str = ""


@dataclass
class TargetAssessment:
    """One target as the evaluators assessed it; the target's figures are copied in."""

    target_id: int | None
    title: str
    kind: str
    weight: Decimal
    measure: str
    target_value: Decimal | None
    unit: str
    realised: Decimal | None = None
    evidence_seen: bool = False
    note: str = ""

    def as_result(self) -> TargetResult:
        return TargetResult(self.title, self.weight, self.measure, self.target_value,
                            self.realised)


@dataclass
class EvaluatorAssessment:
    """One evaluator (Bupati, Wakil Bupati, Sekda …) and, where they differ, their own view."""

    signatory_id: int | None
    capacity: str = "anggota"
    chair: bool = False
    own_score: Decimal | None = None  # numeric schemes: when they differ from the computed
    own_results_rating: str | None = None  # PermenPANRB 6/2022
    own_behaviour_rating: str | None = None
    note: str = ""
    snapshot: PersonSnapshot | None = None  # filled in when the evaluation is finalised


@dataclass
class EvaluationContent:
    """Everything entered in the wizard; drafts store it as it stands."""

    date: date
    scheme: str
    targets: list[TargetAssessment] = field(default_factory=list)
    behaviour: dict[str, str] = field(default_factory=dict)  # value -> score "0–100" or rating
    results_rating: str | None = None
    behaviour_rating: str | None = None
    evaluators: list[EvaluatorAssessment] = field(default_factory=list)
    consolidation: str = "ketua"
    recommendation: str | None = None
    notes: str = ""
    official: PersonSnapshot | None = None  # filled in when finalised
    settings: str = ""  # ScoringSettings as JSON, sealed in when finalised

    def scoring_settings(self, current: ScoringSettings) -> ScoringSettings:
        """The settings this content is scored with: its own once final, else the current."""
        return ScoringSettings.from_json(self.settings) if self.settings else current


@dataclass(frozen=True)
class EvaluatorResult:
    signatory_id: int | None
    score: Decimal | None
    predicate: str


@dataclass(frozen=True)
class EvaluationResult:
    """The computed result, each evaluator's, and the consolidated one."""

    computed: scoring.SchemeResult
    evaluators: tuple[EvaluatorResult, ...]
    score: Decimal | None
    predicate: str


def _behaviour_input(content: EvaluationContent) -> dict[str, object]:
    if content.scheme == "permenpanrb_6_2022":
        return dict(content.behaviour)
    return {k: Decimal(v) for k, v in content.behaviour.items() if v not in (None, "")}


def compute(content: EvaluationContent, settings: ScoringSettings = ScoringSettings()
            ) -> EvaluationResult:
    """Score the content under its scheme, then consolidate the evaluators' views."""
    computed = scoring.evaluate(content.scheme, [t.as_result() for t in content.targets],
                                _behaviour_input(content), content.results_rating,
                                content.behaviour_rating, settings)
    results = []
    scores: list[Decimal] = []  # each evaluator's, when the scheme gives scores
    for e in content.evaluators:
        if computed.score is None:  # PermenPANRB 6/2022: ratings, not scores
            results_rating = e.own_results_rating or computed.results_rating
            behaviour_rating = e.own_behaviour_rating or computed.behaviour_rating
            results.append(EvaluatorResult(e.signatory_id, None, scoring.matrix_predicate(
                results_rating, behaviour_rating)))
        else:
            own = scoring.round1(e.own_score) if e.own_score is not None else computed.score
            scores.append(own)
            results.append(EvaluatorResult(e.signatory_id, own, scoring.predicate(own, settings)))
    chair_index = next((n for n, e in enumerate(content.evaluators) if e.chair), 0)
    if not results:
        return EvaluationResult(computed, (), computed.score, computed.predicate)
    if computed.score is not None and content.consolidation == "rata_rata":
        score = scoring.round1(sum(scores, Decimal(0)) / len(scores))
        return EvaluationResult(computed, tuple(results), score,
                                scoring.predicate(score, settings))
    # The chair decides (and always under PermenPANRB 6/2022: ratings cannot be averaged).
    chair = results[chair_index]
    return EvaluationResult(computed, tuple(results), chair.score, chair.predicate)


def validate(content: EvaluationContent, start: date, final: bool) -> list[Problem]:
    """Problems with an evaluation; a draft only needs what it holds to be well formed."""
    problems = []
    if content.date < start:
        problems.append(Problem("tanggal", f"Tanggal evaluasi sebelum program dimulai "
                                           f"({format_date(start)})."))
    for number, t in enumerate(content.targets, start=1):
        if t.realised is not None and t.realised < 0:
            problems.append(Problem("realisasi", f"Realisasi target '{t.title}' tidak boleh "
                                                 f"negatif.", row=number))
        elif t.measure == "selesai" and t.realised not in (None, 0, 1):
            problems.append(Problem("realisasi", f"Target '{t.title}' hanya selesai (1) atau "
                                                 f"belum (0).", row=number))
        elif final and t.realised is None:
            problems.append(Problem("realisasi", f"Realisasi target '{t.title}' belum diisi.",
                                    row=number))
        if len(t.note) > MAX_NOTE:
            problems.append(Problem("catatan", "Catatan terlalu panjang.", row=number))
    for key, value in content.behaviour.items():
        if key not in BERAKHLAK:
            problems.append(Problem("perilaku", f"Nilai perilaku '{key}' tidak dikenal."))
        elif content.scheme == "permenpanrb_6_2022":
            if value not in RATINGS:
                problems.append(Problem("perilaku", f"Rating {BERAKHLAK[key][0]} tidak dikenal."))
        elif value not in (None, ""):
            amount: Decimal | None
            try:
                amount = Decimal(value)
            except ArithmeticError:
                amount = None
            if amount is None or not amount.is_finite() or not 0 <= amount <= 100:
                problems.append(Problem("perilaku", f"Nilai {BERAKHLAK[key][0]} harus angka "
                                                    f"0 sampai 100."))
    if final and content.scheme == "pp46_2011":
        missing = [BERAKHLAK[k][0] for k in BERAKHLAK if content.behaviour.get(k) in (None, "")]
        if missing:
            problems.append(Problem("perilaku", "Nilai perilaku belum diisi: "
                                                + ", ".join(missing) + "."))
    for rating, name in ((content.results_rating, "rating hasil kerja"),
                         (content.behaviour_rating, "rating perilaku kerja")):
        if rating is not None and rating not in RATINGS:
            problems.append(Problem("rating", f"Pilihan {name} tidak dikenal."))
    if content.consolidation not in scoring.CONSOLIDATION_RULES:
        problems.append(Problem("konsolidasi", "Aturan penggabungan hasil tidak dikenal."))
    ids = [e.signatory_id for e in content.evaluators]
    if len(set(ids)) != len(ids):
        problems.append(Problem("penilai", "Seorang penilai tercantum dua kali."))
    if sum(1 for e in content.evaluators if e.chair) > 1:
        problems.append(Problem("penilai", "Hanya satu penilai yang menjadi ketua."))
    for e in content.evaluators:
        if e.own_score is not None and not 0 <= e.own_score <= 120:
            problems.append(Problem("penilai", "Nilai penilai harus antara 0 dan 120."))
    if final:
        if not content.evaluators:
            problems.append(Problem("penilai", "Pilih minimal satu penilai."))
        elif not any(e.chair for e in content.evaluators):
            problems.append(Problem("penilai", "Tentukan ketua penilai (Pejabat Penilai)."))
        if content.recommendation not in RECOMMENDATIONS:
            problems.append(Problem("rekomendasi", "Pilih rekomendasi."))
    if content.recommendation is not None and content.recommendation not in RECOMMENDATIONS:
        problems.append(Problem("rekomendasi", "Rekomendasi tidak dikenal."))
    if len(content.notes) > MAX_NOTE:
        problems.append(Problem("catatan", "Catatan terlalu panjang."))
    return problems


# Content as JSON: drafts are stored this way, and a final one's hash is taken from it ---------
def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        # One text per number: 72.50 and 72.5 (or 30.00 and 30) must seal alike.
        return format(value.normalize(), "f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def to_json(content: EvaluationContent) -> str:
    return json.dumps(_plain(asdict(content)), ensure_ascii=False, sort_keys=True)


def _dec(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _weight(value: object) -> Decimal:
    """A stored weight: always written (to_json), so a missing one is a damaged record."""
    amount = _dec(value)
    if amount is None:
        raise ValueError("evaluation content without a target weight")
    return amount


def _person(data: dict[str, Any] | None) -> PersonSnapshot | None:
    return PersonSnapshot(**data) if data else None


def from_json(text: str) -> EvaluationContent:
    data = json.loads(text)
    return EvaluationContent(
        date=date.fromisoformat(data["date"]), scheme=data["scheme"],
        targets=[TargetAssessment(t["target_id"], t["title"], t["kind"], _weight(t["weight"]),
                                  t["measure"], _dec(t["target_value"]), t["unit"],
                                  _dec(t["realised"]), t["evidence_seen"], t["note"])
                 for t in data["targets"]],
        behaviour=dict(data["behaviour"]), results_rating=data["results_rating"],
        behaviour_rating=data["behaviour_rating"],
        evaluators=[EvaluatorAssessment(e["signatory_id"], e["capacity"], e["chair"],
                                        _dec(e["own_score"]), e["own_results_rating"],
                                        e["own_behaviour_rating"], e["note"],
                                        _person(e["snapshot"])) for e in data["evaluators"]],
        consolidation=data["consolidation"], recommendation=data["recommendation"],
        notes=data["notes"], official=_person(data["official"]),
        settings=data.get("settings", ""))


def canonical(content: EvaluationContent, result: EvaluationResult, program_uuid: str) -> str:
    """The sealed text: content, result and the program it belongs to, keys sorted."""
    sealed = {"program": program_uuid, "content": json.loads(to_json(content)),
              "score": _plain(result.score), "predicate": result.predicate}
    return json.dumps(sealed, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_hash(content: EvaluationContent, result: EvaluationResult, program_uuid: str) -> str:
    return hashlib.sha256(canonical(content, result, program_uuid).encode("utf-8")).hexdigest()


def without_snapshots(content: EvaluationContent) -> EvaluationContent:
    """A copy for a revision: the people are snapshotted again when it is finalised."""
    return replace(content, official=None, settings="",
                   evaluators=[replace(e, snapshot=None) for e in content.evaluators])


@dataclass
class EvaluationRecord:
    """A stored evaluation with who and what it is about."""

    id: int
    uuid: str
    program_id: int
    program_uuid: str
    program_kind: str
    program_start: date
    program_end: date
    official_id: int
    official_name: str
    nip: str
    post_title: str
    unit_name: str
    date: date
    scheme: str
    status: str
    revision_of_id: int | None
    revision_reason: str
    content: EvaluationContent
    score: Decimal | None
    predicate: str
    content_hash: str
    finalised_at: datetime | None
    modified_at: datetime

    @property
    def final(self) -> bool:
        return self.status == "final"


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    actor: str
    action: str
    entity: str
    entity_uuid: str
    summary: str
    details: dict[str, Any]
