"""Evaluations of a program: what the evaluators saw and decided, the consolidated result,
and the canonical content whose SHA-256 seals a final evaluation."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from kinerja_desktop.domain import scoring, scoring_matrix, scoring_perka, scoring_v1
from kinerja_desktop.domain.achievement import HIGHER, validate_polarity
from kinerja_desktop.domain.behaviour_aspects import BERAKHLAK, aspects_for
from kinerja_desktop.domain.dates import format_date
from kinerja_desktop.domain.scheme_catalog import MATRIX_2022, PP30, PP46
from kinerja_desktop.domain.scoring import (RATINGS, SCHEME_VERSION, PerkaFigures, SchemeInputs,
                                            ScoringSettings, TargetResult)
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
    polarity: str = HIGHER
    target_max: Decimal | None = None
    feedback: str = ""  # umpan balik of the evaluators on this target
    perka: PerkaFigures = field(default_factory=PerkaFigures)  # PP 46/2011 only

    def as_result(self) -> TargetResult:
        return TargetResult(self.title, self.weight, self.measure, self.target_value,
                            self.realised, self.unit, self.polarity, self.target_max,
                            self.perka)


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
    # Which scoring rules score this content: 1 is domain/scoring_v1.py (evaluations sealed
    # before the schemes followed the regulations), 2 domain/scoring.py.
    scheme_version: int = SCHEME_VERSION
    organisation_result: str | None = None  # PermenPANRB 6/2022, set by the superior
    expectations: dict[str, str] = field(default_factory=dict)  # ekspektasi khusus pimpinan
    new_idea: bool = False  # PP 30/2019 Pasal 41: a new idea or way that benefits the office
    additional_tasks: int = 0  # PP 46/2011: tugas tambahan (count)
    creativity: str = ""  # PP 46/2011: kreativitas level (scoring_perka.CREATIVITY)

    def scoring_settings(self, current: ScoringSettings) -> ScoringSettings:
        """The settings this content is scored with: its own once final, else the current."""
        if not self.settings:
            return current
        return ScoringSettings.from_json(self.settings)

    def inputs(self) -> SchemeInputs:
        """What the evaluators decided, as the schemes read it."""
        return SchemeInputs({k: v for k, v in self.behaviour.items() if v not in (None, "")},
                            self.results_rating, self.behaviour_rating,
                            self.organisation_result, self.new_idea, self.additional_tasks,
                            self.creativity)


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


def compute(content: EvaluationContent, settings: ScoringSettings = ScoringSettings()
            ) -> EvaluationResult:
    """Score the content under its scheme, then consolidate the evaluators' views."""
    if content.scheme_version == 1:
        return _compute_v1(content)
    computed = scoring.evaluate(content.scheme, [t.as_result() for t in content.targets],
                                content.inputs(), settings)
    results = []
    scores: list[Decimal] = []  # each evaluator's, when the scheme gives scores
    for e in content.evaluators:
        if computed.score is None:  # PermenPANRB 6/2022: ratings, not scores
            # The organisation's result binds every evaluator's rating hasil kerja.
            results_rating = (computed.results_rating if content.organisation_result
                              else e.own_results_rating or computed.results_rating)
            behaviour_rating = e.own_behaviour_rating or computed.behaviour_rating
            results.append(EvaluatorResult(e.signatory_id, None, scoring_matrix.matrix_predicate(
                results_rating, behaviour_rating)))
        else:
            own = scoring.round2(e.own_score) if e.own_score is not None else computed.score
            scores.append(own)
            results.append(EvaluatorResult(e.signatory_id, own, scoring.numeric_predicate(
                content.scheme, own, content.inputs(), settings)))
    chair_index = next((n for n, e in enumerate(content.evaluators) if e.chair), 0)
    if not results:
        return EvaluationResult(computed, (), computed.score, computed.predicate)
    if computed.score is not None and content.consolidation == "rata_rata":
        score = scoring.round2(sum(scores, Decimal(0)) / len(scores))
        return EvaluationResult(computed, tuple(results), score, scoring.numeric_predicate(
            content.scheme, score, content.inputs(), settings))
    # The chair decides (and always under PermenPANRB 6/2022: ratings cannot be averaged).
    chair = results[chair_index]
    return EvaluationResult(computed, tuple(results), chair.score, chair.predicate)


def behaviour_items(content: EvaluationContent) -> dict[str, str]:
    """code -> name of the behaviour items the content was scored on (version 1 asked the
    seven BerAKHLAK values under every scheme but the 100-day one)."""
    if content.scheme_version == 1:
        return {} if content.scheme == "capaian_berbobot" else {
            k: name for k, (name, _guidance) in BERAKHLAK.items()}
    return aspects_for(content.scheme)


def target_figures(content: EvaluationContent, t: TargetAssessment,
                   settings: ScoringSettings) -> tuple[Decimal, Decimal | None]:
    """A target's achievement (percent) and value as the content's own rules give them: a
    version 1 evaluation shows what it was sealed with (capped realised/target, one decimal)."""
    if content.scheme_version == 1:
        v1 = scoring_v1
        old = (v1.ScoringSettings.from_json(content.settings) if content.settings
               else v1.ScoringSettings())
        result = v1.TargetResult(t.title, t.weight, t.measure, t.target_value, t.realised)
        return (v1.round1(result.achievement(old.cap) * 100),
                v1.round1(result.contribution(old.cap)))
    return scoring.target_figures(content.scheme, t.as_result(), settings)


def _compute_v1(content: EvaluationContent) -> EvaluationResult:
    """An evaluation sealed under scheme version 1, scored as it was sealed (never rescored
    by today's rules: its seal covers the old score)."""
    v1 = scoring_v1
    settings = (v1.ScoringSettings.from_json(content.settings) if content.settings
                else v1.ScoringSettings())
    behaviour: dict[str, object] = (
        dict(content.behaviour) if content.scheme == MATRIX_2022
        else {k: Decimal(v) for k, v in content.behaviour.items() if v not in (None, "")})
    targets = [v1.TargetResult(t.title, t.weight, t.measure, t.target_value, t.realised)
               for t in content.targets]
    computed = v1.evaluate(content.scheme, targets, behaviour, content.results_rating,
                           content.behaviour_rating, settings)
    as_v2 = scoring.SchemeResult(computed.score, computed.predicate, computed.target_score,
                                 computed.behaviour_score, computed.results_rating,
                                 computed.behaviour_rating, computed.contributions)
    results = []
    scores: list[Decimal] = []
    for e in content.evaluators:
        if computed.score is None:
            results.append(EvaluatorResult(e.signatory_id, None, v1.matrix_predicate(
                e.own_results_rating or computed.results_rating,
                e.own_behaviour_rating or computed.behaviour_rating)))
        else:
            own = v1.round1(e.own_score) if e.own_score is not None else computed.score
            scores.append(own)
            results.append(EvaluatorResult(e.signatory_id, own, v1.predicate(own, settings)))
    chair_index = next((n for n, e in enumerate(content.evaluators) if e.chair), 0)
    if not results:
        return EvaluationResult(as_v2, (), computed.score, computed.predicate)
    if computed.score is not None and content.consolidation == "rata_rata":
        score = v1.round1(sum(scores, Decimal(0)) / len(scores))
        return EvaluationResult(as_v2, tuple(results), score, v1.predicate(score, settings))
    chair = results[chair_index]
    return EvaluationResult(as_v2, tuple(results), chair.score, chair.predicate)


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
        problems += validate_polarity(t.polarity, t.measure, t.target_value, t.target_max,
                                      number)
        if len(t.feedback) > MAX_NOTE:
            problems.append(Problem("umpan_balik", "Umpan balik terlalu panjang.", row=number))
        if content.scheme == PP46:
            problems += _perka_problems(t, number, final)
    problems += _behaviour_problems(content, final)
    problems += _scheme_problems(content, final)
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


def _perka_problems(t: TargetAssessment, row: int, final: bool) -> list[Problem]:
    """PP 46/2011: quality, time and cost of an activity, as Perka BKN 1/2013 asks them."""
    problems = []
    p = t.perka
    for value, name in ((p.quality_target, "target kualitas"),
                        (p.quality_realised, "realisasi kualitas"),
                        (p.time_target, "target waktu"), (p.time_realised, "realisasi waktu"),
                        (p.cost_target, "target biaya"), (p.cost_realised, "realisasi biaya")):
        if value is not None and (not value.is_finite() or value < 0):
            problems.append(Problem("aspek", f"{name.capitalize()} '{t.title}' tidak boleh "
                                             f"negatif.", row=row))
    if p.quality_realised is not None and p.quality_realised > (p.quality_target or 100):
        problems.append(Problem("kualitas", f"Realisasi kualitas '{t.title}' melebihi "
                                            f"targetnya.", row=row))
    if p.time_target is not None and p.time_target == 0:
        problems.append(Problem("waktu", f"Target waktu '{t.title}' harus lebih dari 0.",
                                row=row))
    if final:
        if p.quality_realised is None:
            problems.append(Problem("kualitas", f"Realisasi kualitas '{t.title}' belum diisi.",
                                    row=row))
        if p.time_target is None or p.time_realised is None:
            problems.append(Problem("waktu", f"Target dan realisasi waktu '{t.title}' belum "
                                             f"diisi.", row=row))
        if p.cost_target and p.cost_realised is None:
            problems.append(Problem("biaya", f"Realisasi biaya '{t.title}' belum diisi.",
                                    row=row))
    return problems


def _behaviour_problems(content: EvaluationContent, final: bool) -> list[Problem]:
    """Each behaviour item belongs to the scheme, with a score (0–100, 0–120) or a rating."""
    problems = []
    aspects = aspects_for(content.scheme)
    top = 120 if content.scheme == PP30 else 100
    for key, value in content.behaviour.items():
        if value in (None, ""):
            continue
        if key not in aspects:
            problems.append(Problem("perilaku", f"Nilai perilaku '{key}' tidak dikenal "
                                                f"pada skema ini."))
        elif content.scheme == MATRIX_2022:
            if value not in RATINGS:
                problems.append(Problem("perilaku", f"Rating {aspects[key]} tidak dikenal."))
        else:
            amount: Decimal | None
            try:
                amount = Decimal(value)
            except ArithmeticError:
                amount = None
            if amount is None or not amount.is_finite() or not 0 <= amount <= top:
                problems.append(Problem("perilaku", f"Nilai {aspects[key]} harus angka "
                                                    f"0 sampai {top}."))
    if final and content.scheme in (PP46, PP30):
        missing = [name for k, name in aspects.items() if content.behaviour.get(k) in (None, "")]
        if missing:
            problems.append(Problem("perilaku", "Nilai perilaku belum diisi: "
                                                + ", ".join(missing) + "."))
    for key, text in content.expectations.items():
        if key not in BERAKHLAK:
            problems.append(Problem("ekspektasi", f"Ekspektasi untuk '{key}' tidak dikenal."))
        elif len(text) > MAX_NOTE:
            problems.append(Problem("ekspektasi", "Ekspektasi khusus pimpinan terlalu "
                                                  "panjang."))
    return problems


def _scheme_problems(content: EvaluationContent, final: bool) -> list[Problem]:
    """What a scheme needs the evaluators to decide."""
    problems = []
    if content.organisation_result is not None and \
            content.organisation_result not in scoring_matrix.ORGANISATION_RESULTS:
        problems.append(Problem("capaian_organisasi", "Capaian kinerja organisasi tidak "
                                                      "dikenal."))
    if content.creativity not in scoring_perka.CREATIVITY:
        problems.append(Problem("kreativitas", "Tingkat kreativitas tidak dikenal."))
    if not 0 <= content.additional_tasks <= 99:
        problems.append(Problem("tugas_tambahan", "Jumlah tugas tambahan harus 0 sampai 99."))
    if final and content.scheme == MATRIX_2022:
        if content.results_rating is None and content.organisation_result is None:
            problems.append(Problem("rating", "Pilih rating hasil kerja, atau capaian kinerja "
                                              "organisasi yang ditetapkan atasan."))
        if content.behaviour_rating is None:
            problems.append(Problem("rating", "Pilih rating perilaku kerja."))
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


# Fields added with scheme version 2. Content of version 1 is written without them, exactly as
# it was sealed, so that its hash still matches.
_V2_CONTENT = ("scheme_version", "organisation_result", "expectations", "new_idea",
               "additional_tasks", "creativity")
_V2_TARGET = ("polarity", "target_max", "feedback", "perka")


def to_json(content: EvaluationContent) -> str:
    data = asdict(content)
    if content.scheme_version == 1:
        for key in _V2_CONTENT:
            del data[key]
        for target in data["targets"]:
            for key in _V2_TARGET:
                del target[key]
    return json.dumps(_plain(data), ensure_ascii=False, sort_keys=True)


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


def _perka(data: dict[str, Any] | None) -> PerkaFigures:
    return PerkaFigures(**{k: _dec(v) for k, v in (data or {}).items()})


def _target(t: dict[str, Any]) -> TargetAssessment:
    return TargetAssessment(t["target_id"], t["title"], t["kind"], _weight(t["weight"]),
                            t["measure"], _dec(t["target_value"]), t["unit"],
                            _dec(t["realised"]), t["evidence_seen"], t["note"],
                            t.get("polarity", HIGHER), _dec(t.get("target_max")),
                            t.get("feedback", ""), _perka(t.get("perka")))


def from_json(text: str) -> EvaluationContent:
    """Content as stored; without a scheme version it was written by version 1."""
    data = json.loads(text)
    return EvaluationContent(
        date=date.fromisoformat(data["date"]), scheme=data["scheme"],
        targets=[_target(t) for t in data["targets"]],
        behaviour=dict(data["behaviour"]), results_rating=data["results_rating"],
        behaviour_rating=data["behaviour_rating"],
        evaluators=[EvaluatorAssessment(e["signatory_id"], e["capacity"], e["chair"],
                                        _dec(e["own_score"]), e["own_results_rating"],
                                        e["own_behaviour_rating"], e["note"],
                                        _person(e["snapshot"])) for e in data["evaluators"]],
        consolidation=data["consolidation"], recommendation=data["recommendation"],
        notes=data["notes"], official=_person(data["official"]),
        settings=data.get("settings", ""), scheme_version=int(data.get("scheme_version", 1)),
        organisation_result=data.get("organisation_result"),
        expectations=dict(data.get("expectations", {})),
        new_idea=bool(data.get("new_idea", False)),
        additional_tasks=int(data.get("additional_tasks", 0)),
        creativity=data.get("creativity", ""))


def canonical(content: EvaluationContent, result: EvaluationResult, program_uuid: str) -> str:
    """The sealed text: content, result and the program it belongs to, keys sorted."""
    sealed = {"program": program_uuid, "content": json.loads(to_json(content)),
              "score": _plain(result.score), "predicate": result.predicate}
    return json.dumps(sealed, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_hash(content: EvaluationContent, result: EvaluationResult, program_uuid: str) -> str:
    return hashlib.sha256(canonical(content, result, program_uuid).encode("utf-8")).hexdigest()


def current_draft(content: EvaluationContent) -> EvaluationContent:
    """A draft is scored by today's rules: one saved under version 1 is brought up, keeping
    only the behaviour items its scheme asks for (PP 46/2011 drafts held BerAKHLAK values)."""
    if content.scheme_version == SCHEME_VERSION:
        return content
    aspects = aspects_for(content.scheme)
    return replace(content, scheme_version=SCHEME_VERSION, settings="",
                   behaviour={k: v for k, v in content.behaviour.items() if k in aspects})


def without_snapshots(content: EvaluationContent) -> EvaluationContent:
    """A copy for a revision: the people are snapshotted again when it is finalised, and it
    is scored by today's rules."""
    return replace(content, official=None, settings="", scheme_version=SCHEME_VERSION,
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
