"""The error a save gets when a colleague changed the same fields of the record since it was
read (a shared server): who changed it last, when, and both values of each field."""

from __future__ import annotations

from collections.abc import Mapping

from kinerja_desktop.domain.concurrent_edit import shown_value
from kinerja_desktop.domain.field_labels import field_label
from kinerja_desktop.errors import StaleSaveError
from kinerja_desktop.services.roster import format_moment
from kinerja_desktop.storage import audit_repo
from kinerja_desktop.storage.database import Database


def stale_save_error(db: Database, record: str, table: str, record_id: int,
                     clashes: list[str], mine: object, stored: object,
                     columns: Mapping[str, str] | None = None) -> StaleSaveError:
    """`record` as the message names it ("target 'Optimalisasi SPBE'"); `columns`: the
    column a field's label is kept under, where the names differ (weight → weight_bp)."""
    columns = columns or {}
    differences = [(field_label(table, columns.get(name, name)),
                    shown_value(getattr(mine, name)), shown_value(getattr(stored, name)))
                   for name in clashes]
    last = audit_repo.last_change_of(db, table, record_id)
    by, when = (last[0], format_moment(last[1])) if last else ("", "")
    return StaleSaveError(record, by, when, differences)
