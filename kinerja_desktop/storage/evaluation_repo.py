"""Reading and writing evaluations and the audit history."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from typing import Any

from peewee import ModelSelect

from kinerja_desktop.domain.evaluations import (AuditRecord, EvaluationContent, EvaluationRecord,
                                                current_draft, from_json, to_json)
from kinerja_desktop.domain.officials import full_name
from kinerja_desktop.errors import NotFoundError
from kinerja_desktop.storage.audit_repo import data_change
from kinerja_desktop.storage.database import Database, as_tuples
from kinerja_desktop.storage.models import (Appointment, AuditEntry, Evaluation, Official,
                                            Program, Unit, utc_now)



def _content(status: str, text: str) -> EvaluationContent:
    """A final evaluation as it was sealed; a draft as today's rules score it."""
    content = from_json(text)
    return content if status == "final" else current_draft(content)

def _query(db: Database) -> ModelSelect[Evaluation]:
    return (db.select(Evaluation, Evaluation, Program.id, Program.uuid, Program.kind,
                      Program.start_date, Program.end_date, Appointment.id,
                      Appointment.post_title, Official.id, Official.name, Official.front_title,
                      Official.back_title, Official.nip, Unit.id, Unit.name)
            .join(Program).join(Appointment).join(Official).switch(Appointment).join(Unit))


def _record(e: Evaluation) -> EvaluationRecord:
    p = e.program
    a = p.appointment
    o = a.official
    return EvaluationRecord(
        e.id, e.uuid, p.id, p.uuid, p.kind, p.start_date, p.end_date, o.id,
        full_name(o.name, o.front_title, o.back_title), o.nip, a.post_title, a.unit.name,
        e.date, e.scheme, e.status, e.revision_of_id, e.revision_reason,
        _content(e.status, e.content_json), Decimal(e.score) if e.score is not None else None,
        e.predicate, e.content_hash, e.finalised_at, e.modified_at)


def get(db: Database, evaluation_id: int) -> EvaluationRecord:
    e: Evaluation | None = _query(db).where(Evaluation.id == evaluation_id).first()
    if e is None:
        raise NotFoundError(f"Evaluasi dengan id {evaluation_id} tidak ditemukan.")
    return _record(e)


def list_evaluations(db: Database, nip: str | None = None, program_id: int | None = None
                     ) -> list[EvaluationRecord]:
    query = _query(db)
    if nip is not None:
        query = query.where(Official.nip == nip)
    if program_id is not None:
        query = query.where(Evaluation.program == program_id)
    return [_record(e) for e in query.order_by(Official.name, Evaluation.date, Evaluation.id)]


def finals(db: Database) -> list[tuple[int, int, int | None]]:
    """(id, program id, the evaluation it revises) of every final evaluation, in the order of
    list_evaluations (the official's name, the date, the id), without reading any content: a
    batch of 400 sheets listed its evaluations whole, a 120 ms pause of the window."""
    return as_tuples(db.select(Evaluation, Evaluation.id, Evaluation.program,
                               Evaluation.revision_of)
                     .join(Program).join(Appointment).join(Official)
                     .where(Evaluation.status == "final")
                     .order_by(Official.name, Evaluation.date, Evaluation.id))


def draft_of(db: Database, program_id: int) -> int | None:
    row: Evaluation | None = (db.select(Evaluation, Evaluation.id)
                              .where((Evaluation.program == program_id)
                                     & (Evaluation.status == "draft"))
                              .order_by(Evaluation.id.desc()).first())
    return row.id if row else None


def open_final_of(db: Database, program_id: int) -> int | None:
    """The program's final evaluation that no revision has replaced, if any."""
    revised = db.select(Evaluation, Evaluation.revision_of).where(
        Evaluation.revision_of.is_null(False))
    row: Evaluation | None = (db.select(Evaluation, Evaluation.id)
                              .where((Evaluation.program == program_id)
                                     & (Evaluation.status == "final")
                                     & Evaluation.id.not_in(revised))
                              .order_by(Evaluation.id.desc()).first())
    return row.id if row else None


def insert(db: Database, program_id: int, content: EvaluationContent,
           revision_of: int | None = None, reason: str = "") -> int:
    return db.insert(Evaluation, program=program_id, date=content.date, scheme=content.scheme,
                     content_json=to_json(content), revision_of=revision_of,
                     revision_reason=reason)


def lock(db: Database, evaluation_id: int) -> None:
    """Hold the evaluation's row against other savers until this transaction ends (a server's
    row lock; a file has one writer at a time)."""
    if db.is_server:
        db.execute_sql("SELECT id FROM evaluation WHERE id = ? FOR UPDATE", (evaluation_id,))


def save_content(db: Database, evaluation_id: int, content: EvaluationContent,
                 score: Decimal | None, predicate: str) -> None:
    db.update(Evaluation, date=content.date, content_json=to_json(content),
              score=str(score) if score is not None else None, predicate=predicate,
              modified_at=utc_now()).where(Evaluation.id == evaluation_id).execute()


def date_finalisation(db: Database, evaluation_id: int, at: datetime) -> None:
    """Put a final evaluation's finalising on a given moment (demo data told as it happened
    in 2019, not on the day the demo is loaded); the sealed content does not hold it."""
    db.update(Evaluation, finalised_at=at).where(
        (Evaluation.id == evaluation_id) & (Evaluation.status == "final")).execute()


def finalise(db: Database, evaluation_id: int, content: EvaluationContent,
             score: Decimal | None, predicate: str, content_hash: str) -> None:
    now = utc_now()
    db.update(Evaluation, date=content.date, content_json=to_json(content),
              score=str(score) if score is not None else None, predicate=predicate,
              content_hash=content_hash, status="final", finalised_at=now,
              modified_at=now).where(Evaluation.id == evaluation_id).execute()


def delete(db: Database, evaluation_id: int) -> None:
    db.delete(Evaluation).where(Evaluation.id == evaluation_id).execute()


def revisions_of(db: Database, evaluation_id: int) -> list[int]:
    return [i for (i,) in as_tuples(db.select(Evaluation, Evaluation.id)
                                    .where(Evaluation.revision_of == evaluation_id))]


def count_for_program(db: Database, program_id: int) -> int:
    return db.select(Evaluation).where(Evaluation.program == program_id).count()


# Audit ----------------------------------------------------------------------------------------
def audit(db: Database, actor: str, action: str, entity: str, entity_uuid: str, summary: str,
          details: dict[str, Any] | None = None) -> None:
    db.insert(AuditEntry, actor=actor, action=action, entity=entity, entity_uuid=entity_uuid,
              summary=summary, details_json=json.dumps(details or {}, ensure_ascii=False,
                                                       default=str))


def audit_trail(db: Database, entity_uuids: list[str]) -> list[AuditRecord]:
    """The services' events on these records (not the triggers' row changes: audit_repo)."""
    query = (db.select(AuditEntry).where(AuditEntry.entity_uuid.in_(entity_uuids),
                                         ~data_change(db))
             .order_by(AuditEntry.created_at, AuditEntry.id))
    return [AuditRecord(a.created_at, a.actor, a.action, a.entity, a.entity_uuid, a.summary,
                        json.loads(a.details_json)) for a in query]
