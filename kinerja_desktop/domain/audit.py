"""The audit history as plain records: what changed, who did it, the row before and after."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from kinerja_desktop.domain.audit_values import Names, summary_text, value_text
from kinerja_desktop.domain.field_labels import field_label, referenced_table, table_label

ACTION_LABELS: dict[str, str] = {
    "buat": "Dibuat", "ubah": "Diubah", "hapus": "Dihapus",
    "mulai": "Evaluasi dimulai", "simpan_draft": "Draft disimpan",
    "hapus_draft": "Draft dihapus", "final": "Difinalkan", "revisi": "Revisi dibuat",
    "direvisi": "Direvisi", "status_program": "Status program",
    "ubah_pengaturan": "Pengaturan diubah",
}


def entity_label(entity: str) -> str:
    return table_label(entity)


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action.replace("_", " ").capitalize())


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show; empty fields do not filter. Dates are inclusive (UTC days)."""

    entity: str = ""
    entity_uuid: str = ""
    actor: str = ""
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""  # in the summary or the record's UUID
    limit: int = 100
    offset: int = 0


@dataclass(frozen=True)
class AuditChange:
    """One field of a changed row, before and after (None: the row did not exist)."""

    name: str
    before: object
    after: object
    changed: bool
    label: str = ""  # the field in staff words ("Gelar belakang")
    before_text: str = ""  # the values as staff read them: names, dates, Ya/Tidak
    after_text: str = ""


@dataclass(frozen=True)
class AuditEntryRecord:
    id: int
    uuid: str
    at: datetime
    actor: str
    action: str
    entity: str
    entity_uuid: str
    summary: str
    details: dict[str, Any] = field(default_factory=dict)  # JSON as stored
    # (table, id) -> name of the records this entry's reference fields point to
    names: Names = field(default_factory=dict)

    @property
    def is_data_change(self) -> bool:
        """Written by the database's triggers (row before/after), not a service's event."""
        return "tabel" in self.details

    @property
    def entity_label(self) -> str:
        return entity_label(self.entity)

    @property
    def action_label(self) -> str:
        return action_label(self.action)

    @property
    def summary_text(self) -> str:
        """The summary with dates and NIPs as staff write them."""
        return summary_text(self.summary)

    def references(self) -> set[tuple[str, int]]:
        """(table, id) of every record the row before or after points to."""
        found = set()
        for row in (self.before or {}, self.after or {}):
            for name, value in row.items():
                table = referenced_table(name)
                if table and isinstance(value, int) and not isinstance(value, bool):
                    found.add((table, value))
        return found

    @property
    def before(self) -> dict[str, Any] | None:
        value = self.details.get("sebelum") if self.is_data_change else None
        return value if isinstance(value, dict) else None

    @property
    def after(self) -> dict[str, Any] | None:
        value = self.details.get("sesudah") if self.is_data_change else None
        return value if isinstance(value, dict) else None

    def changes(self) -> list[AuditChange]:
        """Every field, in the row's order; for a service's event its details as 'after'."""
        table = self.entity
        if not self.is_data_change:
            return [AuditChange(str(k), None, v, False, field_label(table, str(k)), "",
                                value_text(table, str(k), v, self.names))
                    for k, v in self.details.items()]
        before, after = self.before, self.after
        names = list(dict.fromkeys([*(before or {}), *(after or {})]))
        result = []
        for name in names:
            old = before.get(name) if before is not None else None
            new = after.get(name) if after is not None else None
            changed = before is None or after is None or old != new
            result.append(AuditChange(
                name, old, new, changed, field_label(table, name),
                value_text(table, name, old, self.names) if before is not None else "",
                value_text(table, name, new, self.names) if after is not None else ""))
        return result
