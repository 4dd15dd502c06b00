"""The audit history: who changed what and when, filtered for the history window and the CLI.

The database writes the entries itself (triggers, migration 5) with the operator this module
sets; the services add events that carry meaning (an evaluation finalised, revised …)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, UTC

from dataclasses import replace

from kinerja_desktop.domain.audit import AuditEntryRecord, AuditFilter
from kinerja_desktop.domain.field_labels import canonical_table, table_aliases, table_label
from kinerja_desktop.storage import audit_repo
from kinerja_desktop.storage.database import Database


def _utc(day: date) -> datetime:
    """Local midnight of a day as the naive UTC datetime the history is stored in."""
    local = datetime.combine(day, time()).astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


def _query(filter: AuditFilter) -> dict:
    return {"entity": table_aliases(filter.entity) if filter.entity else "",
            "entity_uuid": filter.entity_uuid.strip(),
            "actor": filter.actor, "text": filter.text.strip(),
            "start": _utc(filter.date_from) if filter.date_from else None,
            "end": _utc(filter.date_to + timedelta(days=1)) if filter.date_to else None}


class AuditService:
    """Reading the history of one open database."""

    def __init__(self, db: Database):
        self.db = db

    def history(self, filter: AuditFilter = AuditFilter()) -> list[AuditEntryRecord]:
        """A page (filter.limit, filter.offset) of the matching entries, newest first."""
        entries = audit_repo.history(self.db, filter.limit, filter.offset, **_query(filter))
        refs = set().union(*(e.references() for e in entries)) if entries else set()
        if not refs:
            return entries
        # Names rather than numbers for the records a row points to (one query per table).
        names = audit_repo.reference_names(self.db, refs)
        return [replace(e, names=names) if e.references() else e for e in entries]

    def count(self, filter: AuditFilter = AuditFilter()) -> int:
        return audit_repo.count(self.db, **_query(filter))

    def actors(self) -> list[str]:
        return audit_repo.actors(self.db)

    def entities(self) -> list[tuple[str, str]]:
        """(table, Indonesian label) of every table in the history, each once, by label.

        Services record their events under Indonesian names ("evaluasi") and the triggers
        under the table's ("evaluation"): both are one table to staff."""
        tables = {canonical_table(e) for e in audit_repo.entities(self.db)}
        return sorted(((t, table_label(t)) for t in tables),
                      key=lambda pair: (pair[1].lower(), pair[0]))


def local_time(at: datetime) -> datetime:
    """A stored (naive UTC) time in the computer's time zone, naive, for display."""
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
