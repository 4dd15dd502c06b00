"""Reading and writing programs, targets, progress reports, evidence files and templates."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from peewee import IntegrityError, fn

from kinerja_desktop.domain.evidence import (AttachmentRecord, EvidenceFile, ProgressRecord,
                                             mime_type, safe_filename)
from kinerja_desktop.domain.officials import full_name
from kinerja_desktop.domain.programs import (DevelopmentPriority as PriorityRecord,
                                             ProgramInput, ProgramRecord, ProgressInput,
                                             StatusChange, TargetInput, TargetRecord,
                                             TemplateRecord)
from kinerja_desktop.errors import NotFoundError, ValidationError
from kinerja_desktop.storage.models import (Appointment, Attachment, DevelopmentPriority,
                                            Inauguration,
                                            Official, Program, ProgramStatusChange,
                                            ProgressUpdate, Target, TargetTemplate, Unit,
                                            utc_now)


def weight_to_bp(weight: Decimal) -> int:
    return int((weight * 100).to_integral_value())


def bp_to_weight(bp: int) -> Decimal:
    return (Decimal(bp) / 100).quantize(Decimal("0.01"))


# Development priorities ---------------------------------------------------------------------
def list_priorities(include_inactive: bool = False) -> list[PriorityRecord]:
    query = DevelopmentPriority.select().order_by(DevelopmentPriority.position,
                                                  DevelopmentPriority.id)
    if not include_inactive:
        query = query.where(DevelopmentPriority.active == True)  # noqa: E712 - SQL expression
    return [PriorityRecord(p.id, p.code, p.title, p.active) for p in query]


def insert_priority(code: str, title: str) -> int:
    last = DevelopmentPriority.select(fn.MAX(DevelopmentPriority.position)).scalar() or 0
    return DevelopmentPriority.create(code=code, title=title, position=last + 1).id


def update_priority(priority_id: int, code: str, title: str, active: bool) -> None:
    if not DevelopmentPriority.update(code=code, title=title, active=active,
                                      modified_at=utc_now()).where(
            DevelopmentPriority.id == priority_id).execute():
        raise NotFoundError(f"Prioritas pembangunan dengan id {priority_id} tidak ditemukan.")


def priority_exists(priority_id: int) -> bool:
    return DevelopmentPriority.select().where(DevelopmentPriority.id == priority_id).exists()


def priority_in_use(priority_id: int) -> int:
    return Target.select().where(Target.priority_link == priority_id).count()


def delete_priority(priority_id: int) -> None:
    DevelopmentPriority.delete().where(DevelopmentPriority.id == priority_id).execute()


# Programs -----------------------------------------------------------------------------------
def _program_query():
    return (Program.select(Program, Appointment.id, Appointment.official_id,
                           Appointment.post_title, Official.id, Official.name, Official.front_title, Official.back_title, Official.nip,
                           Unit.name)
            .join(Appointment).join(Official).switch(Appointment).join(Unit))


def _program_record(p: Program, targets: list[TargetRecord] | None = None) -> ProgramRecord:
    a = p.appointment
    record = ProgramRecord(p.id, p.uuid, p.appointment_id, a.official_id,
                           full_name(a.official.name, a.official.front_title,
                                     a.official.back_title),
                           a.official.nip, a.post_title, a.unit.name, p.kind, p.start_date,
                           p.end_date, p.scheme, p.status, p.title, p.note)
    return record.count(targets) if targets is not None else record


def get_program(program_id: int, with_stats: bool = True) -> ProgramRecord:
    p = _program_query().where(Program.id == program_id).first()
    if p is None:
        raise NotFoundError(f"Program dengan id {program_id} tidak ditemukan.")
    return _program_record(p, list_targets(program_id) if with_stats else None)


def programs_of_official(official_id: int, with_stats: bool = True) -> list[ProgramRecord]:
    query = (_program_query().where(Appointment.official == official_id)
             .order_by(Program.start_date.desc(), Program.id.desc()))
    return [_program_record(p, list_targets(p.id) if with_stats else None) for p in query]


def program_ids(nip: str | None = None) -> list[int]:
    query = Program.select(Program.id).join(Appointment).join(Official)
    if nip is not None:
        query = query.where(Official.nip == nip)
    return [pid for (pid,) in query.order_by(Official.name, Program.start_date,
                                             Program.id).tuples()]


def find_program(appointment_id: int, kind: str, start: date) -> int | None:
    row = (Program.select(Program.id).where((Program.appointment == appointment_id)
                                            & (Program.kind == kind)
                                            & (Program.start_date == start)).first())
    return row.id if row else None


def programs_of_appointment(appointment_id: int) -> int:
    return Program.select().where(Program.appointment == appointment_id).count()


def insert_program(appointment_id: int, data: ProgramInput) -> int:
    try:
        return Program.create(appointment=appointment_id, kind=data.kind,
                              start_date=data.start_date, end_date=data.end_date,
                              scheme=data.scheme, title=data.title.strip(),
                              note=data.note.strip()).id
    except IntegrityError as exc:
        raise ValidationError.single("tanggal_mulai", "Jabatan ini sudah memiliki program "
                                     "dengan jenis dan tanggal mulai yang sama.") from exc


def update_program(program_id: int, data: ProgramInput) -> None:
    try:
        Program.update(kind=data.kind, start_date=data.start_date, end_date=data.end_date,
                       scheme=data.scheme, title=data.title.strip(), note=data.note.strip(),
                       modified_at=utc_now()).where(Program.id == program_id).execute()
    except IntegrityError as exc:
        raise ValidationError.single("tanggal_mulai", "Jabatan ini sudah memiliki program "
                                     "dengan jenis dan tanggal mulai yang sama.") from exc


def delete_program(program_id: int) -> None:
    Program.delete().where(Program.id == program_id).execute()


def program_status(program_id: int) -> str:
    row = Program.select(Program.status).where(Program.id == program_id).first()
    if row is None:
        raise NotFoundError(f"Program dengan id {program_id} tidak ditemukan.")
    return row.status


def set_status(program_id: int, old: str, new: str, reason: str) -> None:
    Program.update(status=new, modified_at=utc_now()).where(Program.id == program_id).execute()
    ProgramStatusChange.create(program=program_id, from_status=old, to_status=new,
                               reason=reason.strip())


def status_history(program_id: int) -> list[StatusChange]:
    query = (ProgramStatusChange.select().where(ProgramStatusChange.program == program_id)
             .order_by(ProgramStatusChange.created_at, ProgramStatusChange.id))
    return [StatusChange(c.created_at, c.from_status, c.to_status, c.reason) for c in query]


# Targets ------------------------------------------------------------------------------------
def _target_input(t: Target) -> TargetInput:
    return TargetInput(t.kind, t.title, t.description, t.indicator, t.measure, t.target_value,
                       t.unit, bp_to_weight(t.weight_bp), t.priority, t.due_date,
                       t.priority_link_id, t.evidence_expected)


def _target_fields(data: TargetInput) -> dict:
    return dict(kind=data.kind, title=" ".join(data.title.split()),
                description=data.description.strip(), indicator=data.indicator.strip(),
                measure=data.measure,
                target_value=data.target_value if data.measure == "angka" else None,
                unit=data.unit.strip() if data.measure == "angka" else "",
                weight_bp=weight_to_bp(data.weight), priority=data.priority,
                due_date=data.due_date, priority_link=data.priority_link_id,
                evidence_expected=data.evidence_expected.strip())


# Each target with its latest report and the number of reports, in one statement: the
# correlated subqueries walk the (target_id, date) index, and rows are read as tuples. Model
# instances for 200 targets and 2,000 reports cost ten times the query.
_TARGETS_SQL = """
SELECT t.id, t.uuid, t.program_id, t.position, t.kind, t.title, t.description, t.indicator,
       t.measure, t.target_value, t.unit, t.weight_bp, t.priority, t.due_date,
       t.priority_link_id, t.evidence_expected, dp.code, dp.title,
       (SELECT pu.realised FROM progress_update pu WHERE pu.target_id = t.id
        ORDER BY pu.date DESC, pu.id DESC LIMIT 1),
       (SELECT pu.date FROM progress_update pu WHERE pu.target_id = t.id
        ORDER BY pu.date DESC, pu.id DESC LIMIT 1),
       (SELECT count(*) FROM progress_update pu WHERE pu.target_id = t.id)
FROM target t LEFT JOIN development_priority dp ON dp.id = t.priority_link_id
WHERE {where} ORDER BY t.position"""


def _day(value) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _target_records(where: str, params: list) -> list[TargetRecord]:
    records = []
    for (tid, uid, pid, position, kind, title, description, indicator, measure, value, unit,
         weight_bp, priority, due, link_id, evidence, link_code, link_name, realised, day,
         reports) in Target._meta.database.execute_sql(_TARGETS_SQL.format(where=where),
                                                       params):
        link_title = ""
        if link_id is not None:
            link_title = f"{link_code}. {link_name}" if link_code else link_name
        records.append(TargetRecord(
            tid, uid, pid, position,
            TargetInput(kind, title, description, indicator, measure, value, unit,
                        bp_to_weight(weight_bp), priority, _day(due), link_id, evidence),
            link_title, realised, _day(day), reports))
    return records


def list_targets(program_id: int) -> list[TargetRecord]:
    """The program's targets in order, each with its latest progress report."""
    return _target_records("t.program_id = ?", [program_id])


def get_target(target_id: int) -> TargetRecord:
    records = _target_records("t.id = ?", [target_id])
    if not records:
        raise NotFoundError(f"Target dengan id {target_id} tidak ditemukan.")
    return records[0]


def target_program(target_id: int) -> int:
    row = Target.select(Target.program_id).where(Target.id == target_id).first()
    if row is None:
        raise NotFoundError(f"Target dengan id {target_id} tidak ditemukan.")
    return row.program_id


def target_inputs(program_id: int) -> list[TargetInput]:
    return [_target_input(t) for t in
            Target.select().where(Target.program == program_id).order_by(Target.position)]


def count_targets(program_id: int) -> int:
    return Target.select().where(Target.program == program_id).count()


def _shift(program_id: int, from_position: int, by: int) -> None:
    # Two steps through negative numbers would be needed under a UNIQUE index; positions
    # are only indexed, so one UPDATE suffices.
    Target.update(position=Target.position + by).where(
        (Target.program == program_id) & (Target.position >= from_position)).execute()


def insert_target(program_id: int, data: TargetInput, position: int | None = None) -> int:
    count = count_targets(program_id)
    position = count if position is None else max(0, min(position, count))
    _shift(program_id, position, 1)
    return Target.create(program=program_id, position=position, **_target_fields(data)).id


def update_target(target_id: int, data: TargetInput) -> None:
    Target.update(modified_at=utc_now(), **_target_fields(data)).where(
        Target.id == target_id).execute()


def _compact(program_id: int) -> None:
    ids = [tid for (tid,) in Target.select(Target.id).where(Target.program == program_id)
           .order_by(Target.position, Target.id).tuples()]
    for index, tid in enumerate(ids):
        Target.update(position=index).where((Target.id == tid) & (Target.position != index)
                                            ).execute()


def move_target(target_id: int, new_index: int) -> int:
    """Move a target to `new_index` in its program's order; return its old index."""
    program_id = target_program(target_id)
    ids = [tid for (tid,) in Target.select(Target.id).where(Target.program == program_id)
           .order_by(Target.position, Target.id).tuples()]
    old_index = ids.index(target_id)
    ids.pop(old_index)
    ids.insert(max(0, min(new_index, len(ids))), target_id)
    for index, tid in enumerate(ids):
        Target.update(position=index, modified_at=utc_now()).where(
            (Target.id == tid) & (Target.position != index)).execute()
    return old_index


# Progress and evidence ----------------------------------------------------------------------
def list_progress(target_id: int) -> list[ProgressRecord]:
    """A target's reports, newest first, with their files' names and sizes (not contents)."""
    reports = [ProgressRecord(p.id, p.uuid, p.target_id, ProgressInput(p.date, p.realised, p.note))
               for p in ProgressUpdate.select().where(ProgressUpdate.target == target_id)
               .order_by(ProgressUpdate.date.desc(), ProgressUpdate.id.desc())]
    by_id = {r.id: r for r in reports}
    if by_id:
        files = (Attachment.select(Attachment.id, Attachment.uuid, Attachment.progress_id,
                                   Attachment.filename, Attachment.size, Attachment.sha256)
                 .where(Attachment.progress.in_(list(by_id))).order_by(Attachment.id))
        for f in files:
            by_id[f.progress_id].attachments.append(
                AttachmentRecord(f.id, f.uuid, f.progress_id, f.filename, f.size, f.sha256))
    return reports


def progress_target(progress_id: int) -> int:
    row = ProgressUpdate.select(ProgressUpdate.target_id).where(
        ProgressUpdate.id == progress_id).first()
    if row is None:
        raise NotFoundError(f"Laporan progres dengan id {progress_id} tidak ditemukan.")
    return row.target_id


def insert_progress(target_id: int, data: ProgressInput) -> int:
    return ProgressUpdate.create(target=target_id, date=data.date, realised=data.realised,
                                 note=data.note.strip()).id


def insert_attachment(progress_id: int, evidence: EvidenceFile) -> int:
    name = safe_filename(evidence.filename)
    return Attachment.create(progress=progress_id, filename=name, mime_type=mime_type(name),
                             size=len(evidence.content),
                             sha256=hashlib.sha256(evidence.content).hexdigest(),
                             content=evidence.content).id


def attachment_owner(attachment_id: int) -> int:
    row = Attachment.select(Attachment.progress_id).where(Attachment.id == attachment_id).first()
    if row is None:
        raise NotFoundError(f"Bukti dukung dengan id {attachment_id} tidak ditemukan.")
    return row.progress_id


def attachment_content(attachment_id: int) -> EvidenceFile:
    row = (Attachment.select(Attachment.filename, Attachment.content)
           .where(Attachment.id == attachment_id).first())
    if row is None:
        raise NotFoundError(f"Bukti dukung dengan id {attachment_id} tidak ditemukan.")
    return EvidenceFile(row.filename, bytes(row.content))


# Snapshots: what a deletion removed, to put back exactly (ids and UUIDs included) on undo ----
@dataclass
class Snapshot:
    """Rows removed by a deletion, parents first, keyed by model."""

    rows: list[tuple[type, list[dict]]] = field(default_factory=list)


def _rows(model, condition) -> list[dict]:
    return list(model.select().where(condition).dicts())


def snapshot_target(target_id: int) -> Snapshot:
    progress = _rows(ProgressUpdate, ProgressUpdate.target == target_id)
    return Snapshot([(Target, _rows(Target, Target.id == target_id)),
                     (ProgressUpdate, progress),
                     (Attachment, _rows(Attachment, Attachment.progress.in_(
                         [p["id"] for p in progress])))])


def snapshot_progress(progress_id: int) -> Snapshot:
    return Snapshot([(ProgressUpdate, _rows(ProgressUpdate, ProgressUpdate.id == progress_id)),
                     (Attachment, _rows(Attachment, Attachment.progress == progress_id))])


def snapshot_attachment(attachment_id: int) -> Snapshot:
    return Snapshot([(Attachment, _rows(Attachment, Attachment.id == attachment_id))])


def restore(snapshot: Snapshot) -> None:
    """Insert the rows back as they were; a target goes back to its old place in the order."""
    for model, rows in snapshot.rows:
        for row in rows:
            if model is Target:
                _shift(row["program"], row["position"], 1)
                if row["priority_link"] is not None and not priority_exists(row["priority_link"]):
                    row = dict(row, priority_link=None)  # removed from the list meanwhile
            model.insert(row).execute()
            if model is Target:
                _compact(row["program"])


def delete_target(target_id: int) -> None:
    program_id = target_program(target_id)
    Target.delete().where(Target.id == target_id).execute()
    _compact(program_id)


def delete_progress(progress_id: int) -> None:
    ProgressUpdate.delete().where(ProgressUpdate.id == progress_id).execute()


def delete_attachment(attachment_id: int) -> None:
    Attachment.delete().where(Attachment.id == attachment_id).execute()


# Templates ----------------------------------------------------------------------------------
def _target_json(data: TargetInput) -> dict:
    return {"jenis": data.kind, "judul": data.title, "uraian": data.description,
            "indikator": data.indicator, "cara_ukur": data.measure,
            "target": data.target_value, "satuan": data.unit, "bobot": str(data.weight),
            "prioritas": data.priority, "bukti_dukung": data.evidence_expected,
            "prioritas_pembangunan_id": data.priority_link_id}


def _target_from_json(item: dict) -> TargetInput:
    return TargetInput(item["jenis"], item["judul"], item.get("uraian", ""),
                       item.get("indikator", ""), item.get("cara_ukur", "angka"),
                       item.get("target"), item.get("satuan", ""), Decimal(item["bobot"]),
                       item.get("prioritas", "sedang"), None,
                       item.get("prioritas_pembangunan_id"), item.get("bukti_dukung", ""))


def list_templates() -> list[TemplateRecord]:
    return [TemplateRecord(t.id, t.name, [_target_from_json(i) for i in json.loads(t.targets_json)])
            for t in TargetTemplate.select().order_by(fn.LOWER(TargetTemplate.name))]


def get_template(template_id: int) -> TemplateRecord:
    t = TargetTemplate.get_or_none(TargetTemplate.id == template_id)
    if t is None:
        raise NotFoundError(f"Templat dengan id {template_id} tidak ditemukan.")
    return TemplateRecord(t.id, t.name, [_target_from_json(i) for i in json.loads(t.targets_json)])


def insert_template(name: str, targets: list[TargetInput]) -> int:
    try:
        return TargetTemplate.create(name=name, targets_json=json.dumps(
            [_target_json(t) for t in targets], ensure_ascii=False)).id
    except IntegrityError as exc:
        raise ValidationError.single("nama", f"Templat bernama '{name}' sudah ada.") from exc


def delete_template(template_id: int) -> None:
    TargetTemplate.delete().where(TargetTemplate.id == template_id).execute()


# Inaugurations ------------------------------------------------------------------------------
def inauguration_appointments(day: date) -> list[tuple[int, date]]:
    """(appointment id, start date) of the appointments made at the inaugurations of a day."""
    return list(Appointment.select(Appointment.id, Appointment.start_date)
                .join(Inauguration).where(Inauguration.date == day)
                .order_by(Inauguration.id, Appointment.id).tuples())


def inauguration_count(day: date) -> int:
    return Inauguration.select().where(Inauguration.date == day).count()


def all_programs() -> list[ProgramRecord]:
    """Every program without its target figures (to choose a source to copy from)."""
    query = _program_query().order_by(Official.name, Program.start_date.desc(), Program.id)
    return [_program_record(p) for p in query]


def inauguration_dates() -> list[date]:
    """Days with an inauguration, newest first."""
    return [d for (d,) in Inauguration.select(Inauguration.date).distinct()
            .order_by(Inauguration.date.desc()).tuples()]


def date_last_status_change(program_id: int, at: datetime) -> None:
    """Put the program's latest status change on a given moment (demo data told as it
    happened in 2019, not on the day the demo is loaded)."""
    last = (ProgramStatusChange.select().where(ProgramStatusChange.program == program_id)
            .order_by(ProgramStatusChange.id.desc()).first())
    if last is not None:
        ProgramStatusChange.update(created_at=at, modified_at=at).where(
            ProgramStatusChange.id == last.id).execute()
