"""Reading the audit history: the triggers' data changes (migration 5) and the services'
events (evaluation_repo.audit), filtered and a page at a time, newest first."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from peewee import Expression, ModelSelect, fn

from kinerja_desktop.domain.audit import AuditEntryRecord
from kinerja_desktop.storage.database import Database, as_tuples
from kinerja_desktop.storage.models import (Appointment, AuditEntry, DevelopmentPriority,
                                            Evaluation, Handover, Inauguration, Official,
                                            Program, ProgressUpdate, Signatory, Target, Unit)


def data_change(db: Database) -> Expression:
    """The condition "written by a trigger": their details always name the table."""
    if db.is_server:
        value = fn.jsonb_extract_path_text(AuditEntry.details_json.cast("jsonb"), "tabel")
    else:
        value = fn.json_extract(AuditEntry.details_json, "$.tabel")
    condition: Expression = value.is_null(False)
    return condition


def _details(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {"teks": text}
    return value if isinstance(value, dict) else {"nilai": value}


def _record(a: AuditEntry) -> AuditEntryRecord:
    return AuditEntryRecord(a.id, a.uuid, a.created_at, a.actor, a.action, a.entity,
                            a.entity_uuid, a.summary, _details(a.details_json))


def _where(query: ModelSelect[AuditEntry], entity: str | tuple[str, ...] = "",
           entity_uuid: str = "",
           actor: str = "", start: datetime | None = None, end: datetime | None = None,
           text: str = "") -> ModelSelect[AuditEntry]:
    if entity:  # a tuple: every name one table is recorded under ("evaluation", "evaluasi")
        names = (entity,) if isinstance(entity, str) else entity
        query = query.where(AuditEntry.entity.in_(names))
    if entity_uuid:
        query = query.where(AuditEntry.entity_uuid == entity_uuid)
    if actor:
        query = query.where(AuditEntry.actor == actor)
    if start is not None:
        query = query.where(AuditEntry.created_at >= start)
    if end is not None:
        query = query.where(AuditEntry.created_at < end)
    if text:
        query = query.where(AuditEntry.summary.contains(text) |
                            AuditEntry.entity_uuid.contains(text))
    return query


def history(db: Database, limit: int = 100, offset: int = 0,
            **filters: Any) -> list[AuditEntryRecord]:
    """One page of entries matching the filters (see _where), newest first."""
    query = (_where(db.select(AuditEntry), **filters)
             .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
             .limit(max(0, limit)).offset(max(0, offset)))
    return [_record(a) for a in query]


def count(db: Database, **filters: Any) -> int:
    return _where(db.select(AuditEntry), **filters).count()


def actors(db: Database) -> list[str]:
    query = db.select(AuditEntry, AuditEntry.actor).distinct().order_by(AuditEntry.actor)
    return [actor for (actor,) in as_tuples(query)]


def entities(db: Database) -> list[str]:
    query = db.select(AuditEntry, AuditEntry.entity).distinct().order_by(AuditEntry.entity)
    return [entity for (entity,) in as_tuples(query)]


def _official_name(o: Official) -> str:
    return " ".join(p for p in (o.front_title, o.name) if p) + (
        f", {o.back_title}" if o.back_title else "")


def _appointment_name(a: Appointment) -> str:
    return f"{a.post_title} ({_official_name(a.official)})"


# table -> (model, the model joined for its name or None, how one of its rows is named);
# the join is needed because models are not bound to a database (no lazy loading).
_NAMERS: dict[str, tuple[Any, Any, Any]] = {
    "unit": (Unit, None, lambda u: u.name),
    "official": (Official, None, _official_name),
    "signatory": (Signatory, None, lambda s: s.name),
    "inauguration": (Inauguration, None, lambda i: f"{i.place} ({i.date})"),
    "appointment": (Appointment, Official, _appointment_name),
    "development_priority": (DevelopmentPriority, None, lambda p: p.title),
    "program": (Program, None, lambda p: p.title or f"{p.kind} {p.start_date}"),
    "target": (Target, None, lambda t: t.title),
    "progress_update": (ProgressUpdate, Target, lambda p: f"{p.target.title}, {p.date}"),
    "evaluation": (Evaluation, Program,
                   lambda e: f"{e.program.title or e.program.kind}, {e.date}"),
    "handover": (Handover, None, lambda h: f"{h.post_title}, {h.date}"),
}


def reference_names(db: Database, refs: set[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """(table, id) -> the record's name, for the records that still exist."""
    found: dict[tuple[str, int], str] = {}
    for table in sorted({t for t, _ in refs}):
        if table not in _NAMERS:
            continue
        model, joined, name = _NAMERS[table]
        ids = [i for t, i in refs if t == table]
        query = (db.select(model, model, joined).join(joined) if joined is not None
                 else db.select(model))
        for row in query.where(model.id.in_(ids)):
            found[(table, row.id)] = str(name(row))
    return found


def last_change_in(db: Database, entities: tuple[str, ...]) -> tuple[str, datetime] | None:
    """(who, when, in UTC) of the newest history entry of any record of these tables."""
    marks = ", ".join("?" for _ in entities)
    row = db.execute_sql(
        f"SELECT actor, created_at FROM audit_entry WHERE entity IN ({marks}) "
        f"ORDER BY created_at DESC, id DESC LIMIT 1", entities).fetchone()
    if row is None:
        return None
    return str(row[0]), datetime.fromisoformat(str(row[1])[:26])


def last_change_of(db: Database, table: str, record_id: int) -> tuple[str, datetime] | None:
    """(who, when, in UTC) of the newest history entry of one record of an audited table."""
    row = db.execute_sql(
        f'SELECT actor, created_at FROM audit_entry WHERE entity_uuid = '
        f'(SELECT uuid FROM "{table}" WHERE id = ?) '
        f"ORDER BY created_at DESC, id DESC LIMIT 1", (record_id,)).fetchone()
    if row is None:
        return None
    return str(row[0]), datetime.fromisoformat(str(row[1])[:26])


def last_change_of_official(db: Database, official_id: int) -> tuple[str, datetime] | None:
    """(who, when, in UTC) of the newest history entry of an official or one of their posts."""
    row = db.execute_sql(
        "SELECT actor, created_at FROM audit_entry WHERE entity_uuid IN ("
        "SELECT uuid FROM official WHERE id = ? UNION "
        "SELECT uuid FROM appointment WHERE official_id = ?) "
        "ORDER BY created_at DESC, id DESC LIMIT 1", (official_id, official_id)).fetchone()
    if row is None:
        return None
    return str(row[0]), datetime.fromisoformat(str(row[1])[:26])
