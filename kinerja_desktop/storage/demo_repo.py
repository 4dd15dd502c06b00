"""The record rows the demo data added, by UUID: listing and deleting them table by table."""

from __future__ import annotations

from collections.abc import Collection

from peewee import IntegrityError

from kinerja_desktop.storage.database import Database
from kinerja_desktop.storage.models import (Appointment, Attachment, BaseModel,
                                            DevelopmentPriority, Evaluation, Handover,
                                            HandoverItem, Inauguration, Official,
                                            PrintedDocument, Program, ProgramStatusChange,
                                            ProgressUpdate, Signatory, Target, TargetTemplate,
                                            Unit)

# Children before their parents, so that no foreign key is left pointing at a deleted row. The
# audit history is not here: the demo's past stays readable after it is removed.
REMOVAL_ORDER: tuple[type[BaseModel], ...] = (
    PrintedDocument, HandoverItem, Handover, Evaluation, Attachment, ProgressUpdate, Target,
    ProgramStatusChange, Program, TargetTemplate, DevelopmentPriority, Appointment,
    Inauguration, Official, Signatory, Unit)

TABLES: dict[str, type[BaseModel]] = {m._meta.table_name: m for m in REMOVAL_ORDER}


def uuids(db: Database) -> dict[str, set[str]]:
    """Every record's UUID, by table (the tables the demo writes to)."""
    return {name: {row.uuid for row in db.select(model)} for name, model in TABLES.items()}


def delete_rows(db: Database, table: str, row_uuids: Collection[str]) -> int | None:
    """Delete these records of one table (the audit triggers record each): how many went, or
    None when a foreign key refuses (the caller's transaction is then to be undone)."""
    model = TABLES[table]
    deleted = 0
    chunk = list(row_uuids)
    try:
        for start in range(0, len(chunk), 500):  # SQLite's limit on bound parameters
            deleted += db.delete(model).where(model.uuid.in_(chunk[start:start + 500])).execute()
    except IntegrityError:
        return None
    return deleted


def official_ids(db: Database, row_uuids: Collection[str]) -> list[int]:
    return [o.id for o in db.select(Official).where(Official.uuid.in_(list(row_uuids)))]
