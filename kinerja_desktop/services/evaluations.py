"""Evaluations: start or resume a draft, save every step, finalise (snapshot, seal, program to
Dievaluasi), correct by revision, and recompute a stored result. Every step is audited."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from collections.abc import Callable

from kinerja_desktop.domain import evaluations as rules
from kinerja_desktop.domain.evaluations import (AuditRecord, EvaluationContent,
                                                EvaluationRecord, EvaluationResult,
                                                EvaluatorAssessment, PersonSnapshot,
                                                TargetAssessment)
from kinerja_desktop.domain.officials import raise_if_errors
from kinerja_desktop.domain.options import SCORING
from kinerja_desktop.domain.periods import HUNDRED_DAYS
from kinerja_desktop.domain.ranks import rank_label
from kinerja_desktop.domain.scheme_catalog import PP46
from kinerja_desktop.domain.scoring import PerkaFigures, ScoringSettings, validate_settings
from kinerja_desktop.domain.evaluation_merge import merge_drafts
from kinerja_desktop.errors import KinerjaError, StaleSaveError, ValidationError
from kinerja_desktop.services import settings as dataset
from kinerja_desktop.services.actor import current_actor
from kinerja_desktop.services.roster import format_moment
from kinerja_desktop.storage import evaluation_repo as repo
from kinerja_desktop.storage import audit_repo, official_repo, program_repo
from kinerja_desktop.storage.database import Database

# Signatory roles that sit in the evaluation, the chair first: the Bupati evaluates together with
# the Wakil Bupati and the Sekda, as the Bupati of Serang announced at the 14 June 2019
# inauguration (the news report behind services/demo.py); a 100-day evaluation has no
# regulation of its own.
EVALUATOR_ROLES = ("bupati", "wakil_bupati", "sekda")


def _decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


@dataclass(frozen=True)
class Rescore:
    """A stored result against the same inputs scored again now."""

    stored_score: Decimal | None
    stored_predicate: str
    score: Decimal | None
    predicate: str
    hash_matches: bool | None  # None for a draft (nothing sealed yet)
    scheme_version: int  # which scoring rules scored it (domain/scoring_v1.py or scoring.py)

    @property
    def consistent(self) -> bool:
        return (self.stored_score == self.score and self.stored_predicate == self.predicate
                and self.hash_matches is not False)


class EvaluationService:
    """Evaluation use cases over one open database."""

    def __init__(self, db: Database, today: Callable[[], date] = date.today,
                 actor: Callable[[], str] = current_actor):
        self.db = db
        self.today = today
        self.actor = actor
        # The draft as the last save_draft or finalise wrote it (merged with what another
        # evaluator saved meanwhile): what the wizard shows and reads from next.
        self.saved_content: EvaluationContent | None = None

    # Settings ---------------------------------------------------------------------------------
    def settings(self) -> ScoringSettings:
        return dataset.get(self.db, SCORING)

    def save_settings(self, settings: ScoringSettings) -> None:
        raise_if_errors(validate_settings(settings))
        with self.db.atomic():
            dataset.set(self.db, SCORING, settings)
            repo.audit(self.db, self.actor(), "ubah_pengaturan", "pengaturan", SCORING.key,
                       "Pengaturan penilaian diubah", {"pengaturan": settings.to_json()})

    # Reading ----------------------------------------------------------------------------------
    def get(self, evaluation_id: int) -> EvaluationRecord:
        return repo.get(self.db, evaluation_id)

    def evaluations(self, nip: str | None = None,
                    program_id: int | None = None) -> list[EvaluationRecord]:
        return repo.list_evaluations(self.db, nip, program_id)

    def audit_trail(self, evaluation_id: int) -> list[AuditRecord]:
        """The history of an evaluation and of the revisions before it."""
        uuids, current = [], repo.get(self.db, evaluation_id)
        while True:
            uuids.append(current.uuid)
            if current.revision_of_id is None:
                break
            current = repo.get(self.db, current.revision_of_id)
        return repo.audit_trail(self.db, uuids)

    def preview(self, content: EvaluationContent) -> EvaluationResult:
        """The result the content gives now (for the wizard's live figures); nothing saved."""
        return rules.compute(content, content.scoring_settings(self.settings()))

    # Drafts -----------------------------------------------------------------------------------
    def start(self, program_id: int) -> int:
        """The program's open draft, or a new one filled from its targets and progress."""
        existing = repo.draft_of(self.db, program_id)
        if existing is not None:
            return existing
        if repo.open_final_of(self.db, program_id) is not None:
            raise KinerjaError("Program ini sudah dievaluasi (final). Untuk mengoreksi, buat "
                               "revisi evaluasi itu dengan alasan tertulis.")
        program = program_repo.get_program(self.db, program_id, with_stats=False)
        if program.status == "draft":
            raise KinerjaError("Program masih Draft: sepakati target dan bobotnya dahulu, baru "
                               "program dapat dievaluasi.")
        # PP 46/2011 asks each activity's time: the program's days unless the target is due
        # earlier; quality is asked of 100 (Perka BKN 1/2013's forms).
        targets = [TargetAssessment(
            t.id, t.data.title, t.data.kind, t.data.weight, t.data.measure,
            _decimal(t.data.target_value), t.data.unit, _decimal(t.latest_realised),
            polarity=t.data.polarity, target_max=_decimal(t.data.target_max),
            perka=PerkaFigures(quality_target=Decimal(100), time_target=Decimal(
                ((t.data.due_date or program.end_date) - program.start_date).days + 1))
            if program.scheme == PP46 else PerkaFigures())
            for t in program_repo.list_targets(self.db, program_id)]
        settings = self.settings()
        evaluators: list[EvaluatorAssessment] = []
        signatories = {s.role: s for s in official_repo.list_signatories(self.db)}
        for role in EVALUATOR_ROLES:
            if role in signatories:
                chair = not evaluators
                evaluators.append(EvaluatorAssessment(
                    signatories[role].id, "pejabat_penilai" if chair else "anggota", chair))
        # Dated today, but never before the program began (a program planned ahead).
        content = EvaluationContent(max(self.today(), program.start_date), program.scheme,
                                    targets,
                                    evaluators=evaluators,
                                    consolidation=settings.consolidation)
        result = self._result_or_none(content)
        with self.db.atomic():
            evaluation_id = repo.insert(self.db, program_id, content)
            repo.save_content(self.db, evaluation_id, content, result.score if result else None,
                              result.predicate if result else "")
            repo.audit(self.db, self.actor(), "mulai", "evaluasi",
                       repo.get(self.db, evaluation_id).uuid,
                       f"Evaluasi {program.display_title} dimulai")
        return evaluation_id

    def _draft(self, evaluation_id: int) -> EvaluationRecord:
        record = repo.get(self.db, evaluation_id)
        if record.final:
            raise KinerjaError("Evaluasi ini sudah final dan tidak dapat diubah. Untuk "
                               "memperbaikinya, buat revisi dengan alasan tertulis.")
        return record

    def _result_or_none(self, content: EvaluationContent) -> EvaluationResult | None:
        try:
            return rules.compute(content, content.scoring_settings(self.settings()))
        except ValidationError:
            return None  # a draft may not be scorable yet (behaviour still empty, say)

    def save_draft(self, evaluation_id: int, content: EvaluationContent, step: str = "",
                   seen: EvaluationContent | None = None,
                   overwrite: bool = False) -> EvaluationResult | None:
        """Save what the wizard holds (each page, so a crash loses at most one page).
        `seen`: the draft as the wizard read it (or last saved it): only what the wizard
        changed since is written, and what another evaluator saved meanwhile is kept; the
        same item changed by both is a StaleSaveError unless `overwrite` (domain/
        evaluation_merge). self.saved_content is then the draft as written."""
        with self.db.atomic():
            record = self._current_draft(evaluation_id, content, seen, overwrite)
            content = self._saved()
            raise_if_errors(rules.validate(content, record.program_start, final=False))
            result = self._result_or_none(content)
            repo.save_content(self.db, evaluation_id, content, result.score if result else None,
                              result.predicate if result else "")
            repo.audit(self.db, self.actor(), "simpan_draft", "evaluasi", record.uuid,
                       f"Draft disimpan{': ' + step if step else ''}")
        return result

    def _saved(self) -> EvaluationContent:
        assert self.saved_content is not None
        return self.saved_content

    def _current_draft(self, evaluation_id: int, content: EvaluationContent,
                       seen: EvaluationContent | None, overwrite: bool) -> EvaluationRecord:
        """The draft, locked for this transaction; self.saved_content: `content` merged with
        what was saved since `seen` (StaleSaveError on a clash unless `overwrite`)."""
        repo.lock(self.db, evaluation_id)
        record = self._draft(evaluation_id)
        content = replace(content, scheme=record.scheme)
        if seen is not None:
            stored = record.content
            content, clashes = merge_drafts(replace(seen, scheme=record.scheme), content,
                                            stored, prefer_mine=overwrite)
            if clashes and not overwrite:
                last = audit_repo.last_change_of(self.db, "evaluation", evaluation_id)
                raise StaleSaveError(f"evaluasi {record.official_name}",
                                     last[0] if last else "",
                                     format_moment(last[1]) if last else "", clashes)
        self.saved_content = rules.current_draft(content)
        return record

    def delete_draft(self, evaluation_id: int) -> None:
        record = self._draft(evaluation_id)
        with self.db.atomic():
            repo.audit(self.db, self.actor(), "hapus_draft", "evaluasi", record.uuid,
                       "Draft evaluasi dibuang")
            repo.delete(self.db, evaluation_id)

    # Final and revisions ----------------------------------------------------------------------
    def _snapshots(self, record: EvaluationRecord, content: EvaluationContent
                   ) -> EvaluationContent:
        official = official_repo.get_official(self.db, record.official_id)
        person = PersonSnapshot(official.full_name, record.post_title,
                                rank_label(official.rank) if official.rank else "",
                                official.nip)
        evaluators = []
        for e in content.evaluators:
            if e.signatory_id is None:
                raise ValidationError.single("penilai", "Penilai tanpa data penandatangan.")
            s = official_repo.signatory(self.db, e.signatory_id)
            evaluators.append(replace(e, snapshot=PersonSnapshot(
                s.name, s.title, rank_label(s.rank) if s.rank else "", s.nip or "")))
        return replace(content, official=person, evaluators=evaluators)

    def finalise(self, evaluation_id: int, content: EvaluationContent | None = None,
                 seen: EvaluationContent | None = None, overwrite: bool = False
                 ) -> EvaluationRecord:
        """Seal the evaluation: people snapshotted as they stand today, content hashed; a
        100-day program moves to Dievaluasi. `seen` and `overwrite` as for save_draft: what
        another evaluator saved meanwhile is sealed in too, never overwritten unasked."""
        with self.db.atomic():
            record = self._current_draft(evaluation_id, content or self._draft(
                evaluation_id).content, seen, overwrite)
            content = self._saved()
            raise_if_errors(rules.validate(content, record.program_start, final=True))
            program = program_repo.get_program(self.db, record.program_id, with_stats=False)
            if program.status == "draft":
                raise KinerjaError("Program masih Draft; evaluasi hanya dapat difinalkan untuk "
                                   "program yang sudah disepakati.")
            content = replace(self._snapshots(record, content),
                              settings=self.settings().to_json())
            result = rules.compute(content, content.scoring_settings(ScoringSettings()))
            digest = rules.content_hash(content, result, record.program_uuid)
            repo.finalise(self.db, evaluation_id, content, result.score, result.predicate, digest)
            repo.audit(self.db, self.actor(), "final", "evaluasi", record.uuid,
                       f"Evaluasi difinalkan: {result.predicate}"
                       + (f" ({result.score})" if result.score is not None else ""),
                       {"sha256": digest})
            if program.kind == HUNDRED_DAYS and program.status == "disepakati":
                program_repo.set_status(self.db, program.id, "disepakati", "dievaluasi",
                                        "Evaluasi 100 hari difinalkan")
                repo.audit(self.db, self.actor(), "status_program", "program", program.uuid,
                           "Program menjadi Dievaluasi")
        return repo.get(self.db, evaluation_id)

    def revise(self, evaluation_id: int, reason: str) -> int:
        """A correction of a final evaluation: a new draft pointing to it, with the reason."""
        record = repo.get(self.db, evaluation_id)
        if not record.final:
            raise KinerjaError("Hanya evaluasi final yang direvisi; draft dapat langsung diubah.")
        if not reason.strip():
            raise ValidationError.single("alasan", "Revisi memerlukan alasan tertulis.")
        if repo.revisions_of(self.db, evaluation_id):
            raise KinerjaError("Evaluasi ini sudah memiliki revisi; ubah revisi itu.")
        if repo.draft_of(self.db, record.program_id) is not None:
            raise KinerjaError("Program ini sudah memiliki draft evaluasi; selesaikan atau buang "
                               "draft itu lebih dahulu.")
        content = rules.without_snapshots(record.content)
        with self.db.atomic():
            new_id = repo.insert(self.db, record.program_id, content, evaluation_id, reason.strip())
            new_uuid = repo.get(self.db, new_id).uuid
            # Staff read these in the change history: the evaluation by its official and
            # date, never by its UUID (the entries carry the UUIDs for filtering).
            which = f"{record.official_name}, {record.date.isoformat()}"
            repo.audit(self.db, self.actor(), "revisi", "evaluasi", new_uuid,
                       f"Revisi dari evaluasi final {which}: {reason.strip()}")
            repo.audit(self.db, self.actor(), "direvisi", "evaluasi", record.uuid,
                       f"Direvisi (revisi baru dibuat): {reason.strip()}")
        return new_id

    def rescore(self, evaluation_id: int) -> Rescore:
        """Score the stored inputs again and check the seal (the CLI's `evaluation score`)."""
        record = repo.get(self.db, evaluation_id)
        result = rules.compute(record.content, record.content.scoring_settings(self.settings()))
        hash_matches = None
        if record.final:
            hash_matches = rules.content_hash(record.content, result,
                                              record.program_uuid) == record.content_hash
        return Rescore(record.score, record.predicate, result.score, result.predicate,
                       hash_matches, record.content.scheme_version)
