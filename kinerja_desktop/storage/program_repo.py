"""Reading and writing programs, targets, progress reports, evidence files and templates."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from peewee import Expression, IntegrityError, Model, ModelSelect, fn

from kinerja_desktop.domain.evidence import (HEAD_BYTES, AttachmentRecord, EvidenceFile,
                                             ProgressRecord, clean_evidence_name, mime_type)
from kinerja_desktop.domain.officials import full_name
from kinerja_desktop.domain.programs import (DevelopmentPriority as PriorityRecord,
                                             ProgramInput, ProgramRecord, ProgressInput,
                                             StatusChange, TargetInput, TargetRecord,
                                             TemplateRecord)
from kinerja_desktop.errors import NotFoundError, ValidationError
from kinerja_desktop.storage.database import Database, as_dicts, as_tuples
from kinerja_desktop.storage.models import (Appointment, Attachment, DevelopmentPriority,
                                            Inauguration, Official, Program,
                                            ProgramStatusChange, ProgressUpdate, Target,
                                            TargetTemplate, Unit, utc_now)


def weight_to_bp(weight: Decimal) -> int:
    return int((weight * 100).to_integral_value())


def bp_to_weight(bp: int) -> Decimal:
    return (Decimal(bp) / 100).quantize(Decimal("0.01"))


# Development priorities ---------------------------------------------------------------------
def list_priorities(db: Database, include_inactive: bool = False) -> list[PriorityRecord]:
    query = db.select(DevelopmentPriority).order_by(DevelopmentPriority.position,
                                                  DevelopmentPriority.id)
    if not include_inactive:
        query = query.where(DevelopmentPriority.active == True)  # noqa: E712 - SQL expression
    return [PriorityRecord(p.id, p.code, p.title, p.active) for p in query]


def get_priority(db: Database, priority_id: int) -> PriorityRecord:
    p = db.select(DevelopmentPriority).where(DevelopmentPriority.id == priority_id).first()
    if p is None:
        raise NotFoundError(f"Prioritas pembangunan dengan id {priority_id} tidak ditemukan.")
    return PriorityRecord(p.id, p.code, p.title, p.active)


def lock_priority(db: Database, priority_id: int) -> None:
    """Hold the priority's row against other savers until this transaction ends (a server's
    row lock; a file has one writer at a time)."""
    if db.is_server:
        db.execute_sql("SELECT id FROM development_priority WHERE id = ? FOR UPDATE",
                       (priority_id,))


def insert_priority(db: Database, code: str, title: str) -> int:
    last: int = db.select(DevelopmentPriority,
                          fn.MAX(DevelopmentPriority.position)).scalar() or 0
    return db.insert(DevelopmentPriority, code=code, title=title, position=last + 1)


def update_priority(db: Database, priority_id: int, code: str, title: str,
                    active: bool) -> None:
    if not db.update(DevelopmentPriority, code=code, title=title, active=active,
                     modified_at=utc_now()).where(
            DevelopmentPriority.id == priority_id).execute():
        raise NotFoundError(f"Prioritas pembangunan dengan id {priority_id} tidak ditemukan.")


def priority_exists(db: Database, priority_id: int) -> bool:
    return db.select(DevelopmentPriority).where(DevelopmentPriority.id == priority_id).exists()


def priority_in_use(db: Database, priority_id: int) -> int:
    return db.select(Target).where(Target.priority_link == priority_id).count()


def delete_priority(db: Database, priority_id: int) -> None:
    db.delete(DevelopmentPriority).where(DevelopmentPriority.id == priority_id).execute()


# Programs -----------------------------------------------------------------------------------
def _program_query(db: Database) -> ModelSelect[Program]:
    return (db.select(Program, Program, Appointment.id, Appointment.official_id,
                      Appointment.post_title, Official.id, Official.name, Official.front_title,
                      Official.back_title, Official.nip, Unit.name)
            .join(Appointment).join(Official).switch(Appointment).join(Unit))


def _program_record(p: Program, targets: list[TargetRecord] | None = None) -> ProgramRecord:
    a = p.appointment
    record = ProgramRecord(p.id, p.uuid, p.appointment_id, a.official_id,
                           full_name(a.official.name, a.official.front_title,
                                     a.official.back_title),
                           a.official.nip, a.post_title, a.unit.name, p.kind, p.start_date,
                           p.end_date, p.scheme, p.status, p.title, p.note)
    return record.count(targets) if targets is not None else record


def get_program(db: Database, program_id: int, with_stats: bool = True) -> ProgramRecord:
    p: Program | None = _program_query(db).where(Program.id == program_id).first()
    if p is None:
        raise NotFoundError(f"Program dengan id {program_id} tidak ditemukan.")
    return _program_record(p, list_targets(db, program_id) if with_stats else None)


def programs_of_official(db: Database, official_id: int,
                         with_stats: bool = True) -> list[ProgramRecord]:
    """The official's programs, newest first; with stats, their targets are read in one
    statement for all of them (not one per program)."""
    programs = list(_program_query(db).where(Appointment.official == official_id)
                    .order_by(Program.start_date.desc(), Program.id.desc()))
    if not with_stats:
        return [_program_record(p) for p in programs]
    targets: dict[int, list[TargetRecord]] = {p.id: [] for p in programs}
    if targets:
        marks = ",".join("?" * len(targets))
        for record in _target_records(db, f"t.program_id IN ({marks})", list(targets)):
            targets[record.program_id].append(record)
    return [_program_record(p, targets[p.id]) for p in programs]


def program_ids(db: Database, nip: str | None = None) -> list[int]:
    query = db.select(Program, Program.id).join(Appointment).join(Official)
    if nip is not None:
        query = query.where(Official.nip == nip)
    return [pid for (pid,) in as_tuples(query.order_by(Official.name, Program.start_date,
                                                       Program.id))]


def find_program(db: Database, appointment_id: int, kind: str, start: date) -> int | None:
    row: Program | None = (db.select(Program, Program.id)
                           .where((Program.appointment == appointment_id)
                                  & (Program.kind == kind)
                                  & (Program.start_date == start)).first())
    return row.id if row else None


def insert_program(db: Database, appointment_id: int, data: ProgramInput) -> int:
    try:
        return db.insert(Program, appointment=appointment_id, kind=data.kind,
                         start_date=data.start_date, end_date=data.end_date,
                         scheme=data.scheme, title=data.title.strip(), note=data.note.strip())
    except IntegrityError as exc:
        raise ValidationError.single("tanggal_mulai", "Jabatan ini sudah memiliki program "
                                     "dengan jenis dan tanggal mulai yang sama.") from exc


def update_program(db: Database, program_id: int, data: ProgramInput) -> None:
    try:
        db.update(Program, kind=data.kind, start_date=data.start_date, end_date=data.end_date,
                  scheme=data.scheme, title=data.title.strip(), note=data.note.strip(),
                  modified_at=utc_now()).where(Program.id == program_id).execute()
    except IntegrityError as exc:
        raise ValidationError.single("tanggal_mulai", "Jabatan ini sudah memiliki program "
                                     "dengan jenis dan tanggal mulai yang sama.") from exc


def delete_program(db: Database, program_id: int) -> None:
    db.delete(Program).where(Program.id == program_id).execute()


def program_status(db: Database, program_id: int) -> str:
    row: Program | None = db.select(Program, Program.status).where(
        Program.id == program_id).first()
    if row is None:
        raise NotFoundError(f"Program dengan id {program_id} tidak ditemukan.")
    return row.status


def set_status(db: Database, program_id: int, old: str, new: str, reason: str) -> None:
    db.update(Program, status=new, modified_at=utc_now()).where(
        Program.id == program_id).execute()
    db.insert(ProgramStatusChange, program=program_id, from_status=old, to_status=new,
              reason=reason.strip())


def status_history(db: Database, program_id: int) -> list[StatusChange]:
    query = (db.select(ProgramStatusChange).where(ProgramStatusChange.program == program_id)
             .order_by(ProgramStatusChange.created_at, ProgramStatusChange.id))
    return [StatusChange(c.created_at, c.from_status, c.to_status, c.reason) for c in query]


# Targets ------------------------------------------------------------------------------------
def _target_input(t: Target) -> TargetInput:
    return TargetInput(t.kind, t.title, t.description, t.indicator, t.measure, t.target_value,
                       t.unit, bp_to_weight(t.weight_bp), t.priority, t.due_date,
                       t.priority_link_id, t.evidence_expected, t.polarity, t.target_max,
                       t.budget, t.budget_program)


def _target_fields(data: TargetInput) -> dict[str, Any]:
    return dict(kind=data.kind, title=" ".join(data.title.split()),
                description=data.description.strip(), indicator=data.indicator.strip(),
                measure=data.measure,
                target_value=data.target_value if data.measure == "angka" else None,
                unit=data.unit.strip() if data.measure == "angka" else "",
                weight_bp=weight_to_bp(data.weight), priority=data.priority,
                due_date=data.due_date, priority_link=data.priority_link_id,
                evidence_expected=data.evidence_expected.strip(),
                polarity=data.polarity if data.measure == "angka" else "naik",
                target_max=data.target_max if data.measure == "angka" else None,
                budget=data.budget, budget_program=" ".join(data.budget_program.split()))


# Each target with its latest report and the number of reports, in one statement: the
# correlated subqueries walk the (target_id, date) index, and rows are read as tuples. Model
# instances for 200 targets and 2,000 reports cost ten times the query.
_TARGETS_SQL = """
SELECT t.id, t.uuid, t.program_id, t.position, t.kind, t.title, t.description, t.indicator,
       t.measure, t.target_value, t.unit, t.weight_bp, t.priority, t.due_date,
       t.priority_link_id, t.evidence_expected, t.polarity, t.target_max, t.budget,
       t.budget_program, dp.code, dp.title,
       (SELECT pu.realised FROM progress_update pu WHERE pu.target_id = t.id
        ORDER BY pu.date DESC, pu.id DESC LIMIT 1),
       (SELECT pu.date FROM progress_update pu WHERE pu.target_id = t.id
        ORDER BY pu.date DESC, pu.id DESC LIMIT 1),
       (SELECT count(*) FROM progress_update pu WHERE pu.target_id = t.id)
FROM target t LEFT JOIN development_priority dp ON dp.id = t.priority_link_id
WHERE {where} ORDER BY t.position"""


def _day(value: object) -> date | None:
    if isinstance(value, str):
        return date.fromisoformat(value)
    return value if isinstance(value, date) else None


def _target_records(db: Database, where: str, params: list[Any]) -> list[TargetRecord]:
    records = []
    for (tid, uid, pid, position, kind, title, description, indicator, measure, value, unit,
         weight_bp, priority, due, link_id, evidence, polarity, target_max, budget,
         budget_program, link_code,
         link_name, realised, day, reports) in db.execute_sql(_TARGETS_SQL.format(where=where),
                                                               params):
        link_title = ""
        if link_id is not None:
            link_title = f"{link_code}. {link_name}" if link_code else link_name
        records.append(TargetRecord(
            tid, uid, pid, position,
            TargetInput(kind, title, description, indicator, measure, value, unit,
                        bp_to_weight(weight_bp), priority, _day(due), link_id, evidence,
                        polarity, target_max, budget, budget_program),
            link_title, realised, _day(day), reports))
    return records


def list_targets(db: Database, program_id: int) -> list[TargetRecord]:
    """The program's targets in order, each with its latest progress report."""
    return _target_records(db, "t.program_id = ?", [program_id])


def get_target(db: Database, target_id: int) -> TargetRecord:
    records = _target_records(db, "t.id = ?", [target_id])
    if not records:
        raise NotFoundError(f"Target dengan id {target_id} tidak ditemukan.")
    return records[0]


def target_program(db: Database, target_id: int) -> int:
    row: Target | None = db.select(Target, Target.program_id).where(Target.id == target_id).first()
    if row is None:
        raise NotFoundError(f"Target dengan id {target_id} tidak ditemukan.")
    return row.program_id


def target_inputs(db: Database, program_id: int) -> list[TargetInput]:
    return [_target_input(t) for t in
            db.select(Target).where(Target.program == program_id).order_by(Target.position)]


def count_targets(db: Database, program_id: int) -> int:
    return db.select(Target).where(Target.program == program_id).count()


def _shift(db: Database, program_id: int, from_position: int, by: int) -> None:
    # Two steps through negative numbers would be needed under a UNIQUE index; positions
    # are only indexed, so one UPDATE suffices.
    db.update(Target, position=Target.position + by).where(
        (Target.program == program_id) & (Target.position >= from_position)).execute()


def insert_target(db: Database, program_id: int, data: TargetInput,
                  position: int | None = None) -> int:
    count = count_targets(db, program_id)
    position = count if position is None else max(0, min(position, count))
    _shift(db, program_id, position, 1)
    return db.insert(Target, program=program_id, position=position, **_target_fields(data))


def lock_program(db: Database, program_id: int) -> None:
    """Hold the program's row against other savers until this transaction ends (a server's
    row lock; a file has one writer at a time)."""
    if db.is_server:
        db.execute_sql("SELECT id FROM program WHERE id = ? FOR UPDATE", (program_id,))


def lock_target(db: Database, target_id: int) -> None:
    """Hold the target's row against other savers until this transaction ends (a server's
    row lock; a file has one writer at a time)."""
    if db.is_server:
        db.execute_sql("SELECT id FROM target WHERE id = ? FOR UPDATE", (target_id,))


def update_target(db: Database, target_id: int, data: TargetInput) -> None:
    db.update(Target, modified_at=utc_now(), **_target_fields(data)).where(
        Target.id == target_id).execute()


def _ordered_ids(db: Database, program_id: int) -> list[int]:
    return [tid for (tid,) in as_tuples(db.select(Target, Target.id)
                                        .where(Target.program == program_id)
                                        .order_by(Target.position, Target.id))]


def _compact(db: Database, program_id: int) -> None:
    for index, tid in enumerate(_ordered_ids(db, program_id)):
        db.update(Target, position=index).where((Target.id == tid) & (Target.position != index)
                                                ).execute()


def move_target(db: Database, target_id: int, new_index: int) -> int:
    """Move a target to `new_index` in its program's order; return its old index."""
    ids = _ordered_ids(db, target_program(db, target_id))
    old_index = ids.index(target_id)
    ids.pop(old_index)
    ids.insert(max(0, min(new_index, len(ids))), target_id)
    for index, tid in enumerate(ids):
        db.update(Target, position=index, modified_at=utc_now()).where(
            (Target.id == tid) & (Target.position != index)).execute()
    return old_index


# Progress and evidence ----------------------------------------------------------------------
def list_progress(db: Database, target_id: int) -> list[ProgressRecord]:
    """A target's reports, newest first, with their files' names and sizes (not contents)."""
    reports = [ProgressRecord(p.id, p.uuid, p.target_id, ProgressInput(p.date, p.realised, p.note))
               for p in db.select(ProgressUpdate).where(ProgressUpdate.target == target_id)
               .order_by(ProgressUpdate.date.desc(), ProgressUpdate.id.desc())]
    by_id = {r.id: r for r in reports}
    if by_id:
        files = (db.select(Attachment, Attachment.id, Attachment.uuid, Attachment.progress_id,
                           Attachment.filename, Attachment.size, Attachment.sha256)
                 .where(Attachment.progress.in_(list(by_id))).order_by(Attachment.id))
        for f in files:
            by_id[f.progress_id].attachments.append(
                AttachmentRecord(f.id, f.uuid, f.progress_id, f.filename, f.size, f.sha256))
    return reports


def progress_target(db: Database, progress_id: int) -> int:
    row: ProgressUpdate | None = db.select(ProgressUpdate, ProgressUpdate.target_id).where(
        ProgressUpdate.id == progress_id).first()
    if row is None:
        raise NotFoundError(f"Laporan progres dengan id {progress_id} tidak ditemukan.")
    return row.target_id


def insert_progress(db: Database, target_id: int, data: ProgressInput) -> int:
    return db.insert(ProgressUpdate, target=target_id, date=data.date, realised=data.realised,
                     note=data.note.strip())


def insert_attachment(db: Database, progress_id: int, evidence: EvidenceFile) -> int:
    # Stored under its clean name: no folders, device names or programs' extensions.
    name = clean_evidence_name(evidence.filename, evidence.content[:HEAD_BYTES])
    return db.insert(Attachment, progress=progress_id, filename=name, mime_type=mime_type(name),
                     size=len(evidence.content),
                     sha256=hashlib.sha256(evidence.content).hexdigest(),
                     content=evidence.content)


def attachment_owner(db: Database, attachment_id: int) -> int:
    row: Attachment | None = db.select(Attachment, Attachment.progress_id).where(
        Attachment.id == attachment_id).first()
    if row is None:
        raise NotFoundError(f"Bukti dukung dengan id {attachment_id} tidak ditemukan.")
    return row.progress_id


def attachment_content(db: Database, attachment_id: int) -> EvidenceFile:
    row: Attachment | None = (db.select(Attachment, Attachment.filename, Attachment.content)
                              .where(Attachment.id == attachment_id).first())
    if row is None:
        raise NotFoundError(f"Bukti dukung dengan id {attachment_id} tidak ditemukan.")
    return EvidenceFile(row.filename, bytes(row.content))


# Snapshots: what a deletion removed, to put back exactly (ids and UUIDs included) on undo ----
@dataclass
class Snapshot:
    """Rows removed by a deletion, parents first, keyed by model."""

    rows: list[tuple[type[Model], list[dict[str, Any]]]] = field(default_factory=list)


def _rows(db: Database, model: type[Model], condition: Expression) -> list[dict[str, Any]]:
    return as_dicts(db.select(model).where(condition))


def snapshot_target(db: Database, target_id: int) -> Snapshot:
    progress = _rows(db, ProgressUpdate, ProgressUpdate.target == target_id)
    return Snapshot([(Target, _rows(db, Target, Target.id == target_id)),
                     (ProgressUpdate, progress),
                     (Attachment, _rows(db, Attachment, Attachment.progress.in_(
                         [p["id"] for p in progress])))])


def snapshot_progress(db: Database, progress_id: int) -> Snapshot:
    return Snapshot([(ProgressUpdate, _rows(db, ProgressUpdate,
                                            ProgressUpdate.id == progress_id)),
                     (Attachment, _rows(db, Attachment, Attachment.progress == progress_id))])


def snapshot_attachment(db: Database, attachment_id: int) -> Snapshot:
    return Snapshot([(Attachment, _rows(db, Attachment, Attachment.id == attachment_id))])


def restore(db: Database, snapshot: Snapshot) -> None:
    """Insert the rows back as they were (their times too); a target goes back to its old
    place in the order."""
    for model, rows in snapshot.rows:
        for row in rows:
            if model is Target:
                _shift(db, row["program"], row["position"], 1)
                if (row["priority_link"] is not None
                        and not priority_exists(db, row["priority_link"])):
                    row = dict(row, priority_link=None)  # removed from the list meanwhile
            with db.client_times():
                db.insert(model, **row)
            if model is Target:
                _compact(db, row["program"])


def delete_target(db: Database, target_id: int) -> None:
    program_id = target_program(db, target_id)
    db.delete(Target).where(Target.id == target_id).execute()
    _compact(db, program_id)


def delete_progress(db: Database, progress_id: int) -> None:
    db.delete(ProgressUpdate).where(ProgressUpdate.id == progress_id).execute()


def delete_attachment(db: Database, attachment_id: int) -> None:
    db.delete(Attachment).where(Attachment.id == attachment_id).execute()


# Templates ----------------------------------------------------------------------------------
def _target_json(data: TargetInput) -> dict[str, Any]:
    return {"jenis": data.kind, "judul": data.title, "uraian": data.description,
            "indikator": data.indicator, "cara_ukur": data.measure,
            "target": data.target_value, "satuan": data.unit, "bobot": str(data.weight),
            "prioritas": data.priority, "bukti_dukung": data.evidence_expected,
            "prioritas_pembangunan_id": data.priority_link_id, "arah": data.polarity,
            # Not the budget: a template is reused by programs funded differently.
            "target_maks": data.target_max}


def _target_from_json(item: dict[str, Any]) -> TargetInput:
    return TargetInput(item["jenis"], item["judul"], item.get("uraian", ""),
                       item.get("indikator", ""), item.get("cara_ukur", "angka"),
                       item.get("target"), item.get("satuan", ""), Decimal(item["bobot"]),
                       item.get("prioritas", "sedang"), None,
                       item.get("prioritas_pembangunan_id"), item.get("bukti_dukung", ""),
                       item.get("arah", "naik"), item.get("target_maks"))


def _template_record(t: TargetTemplate) -> TemplateRecord:
    return TemplateRecord(t.id, t.name, [_target_from_json(i) for i in json.loads(t.targets_json)])


def list_templates(db: Database) -> list[TemplateRecord]:
    return [_template_record(t)
            for t in db.select(TargetTemplate).order_by(fn.LOWER(TargetTemplate.name))]


def get_template(db: Database, template_id: int) -> TemplateRecord:
    t: TargetTemplate | None = db.select(TargetTemplate).where(
        TargetTemplate.id == template_id).first()
    if t is None:
        raise NotFoundError(f"Templat dengan id {template_id} tidak ditemukan.")
    return _template_record(t)


def insert_template(db: Database, name: str, targets: list[TargetInput]) -> int:
    try:
        return db.insert(TargetTemplate, name=name, targets_json=json.dumps(
            [_target_json(t) for t in targets], ensure_ascii=False))
    except IntegrityError as exc:
        raise ValidationError.single("nama", f"Templat bernama '{name}' sudah ada.") from exc


def delete_template(db: Database, template_id: int) -> None:
    db.delete(TargetTemplate).where(TargetTemplate.id == template_id).execute()


# Inaugurations ------------------------------------------------------------------------------
def inauguration_appointments(db: Database, day: date) -> list[tuple[int, date | None]]:
    """(appointment id, start date) of the appointments made at the inaugurations of a day."""
    return [(aid, start) for aid, start in as_tuples(
        db.select(Appointment, Appointment.id, Appointment.start_date)
        .join(Inauguration).where(Inauguration.date == day)
        .order_by(Inauguration.id, Appointment.id))]


def inauguration_count(db: Database, day: date) -> int:
    return db.select(Inauguration).where(Inauguration.date == day).count()


def all_programs(db: Database) -> list[ProgramRecord]:
    """Every program without its target figures (to choose a source to copy from)."""
    query = _program_query(db).order_by(Official.name, Program.start_date.desc(), Program.id)
    return [_program_record(p) for p in query]


def inauguration_dates(db: Database) -> list[date]:
    """Days with an inauguration, newest first."""
    return [d for (d,) in as_tuples(db.select(Inauguration, Inauguration.date).distinct()
                                    .order_by(Inauguration.date.desc()))]


def date_last_status_change(db: Database, program_id: int, at: datetime) -> None:
    """Put the program's latest status change on a given moment (demo data told as it
    happened in 2019, not on the day the demo is loaded)."""
    last: ProgramStatusChange | None = (
        db.select(ProgramStatusChange).where(ProgramStatusChange.program == program_id)
        .order_by(ProgramStatusChange.id.desc()).first())
    if last is not None:
        with db.client_times():
            db.update(ProgramStatusChange, created_at=at, modified_at=at).where(
                ProgramStatusChange.id == last.id).execute()
