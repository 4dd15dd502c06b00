"""Which officials' roster rows a merge into a server changed, noted as it decides its writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kinerja_desktop.storage.database import Database
from kinerja_desktop.storage.merge_attach import ROSTER_UNIT_COLUMNS


@dataclass
class RosterNotes:
    """What a merge into a server wrote that the roster shows: a file's merge has temporary
    triggers note it (merge_attach.track_roster), but a server's triggers would be every
    session's. Noted when a write is decided (a refused one only costs a rebuilt row)."""

    officials: set[int] = field(default_factory=set)
    official_uuids: set[str] = field(default_factory=set)  # added: their ids come later
    units: set[int] = field(default_factory=set)  # renamed: their current holders' rows

    def added(self, table: str, row: dict[str, Any], mapped: dict[str, Any]) -> None:
        if table == "official":
            self.official_uuids.add(str(row["uuid"]))
        elif table == "appointment" and mapped.get("official_id") is not None:
            self.officials.add(int(mapped["official_id"]))

    def changed(self, table: str, local: int, ours_diff: dict[str, Any],
                mapped: dict[str, Any]) -> None:
        """Theirs taken for our record `local`; `ours_diff`: our values that differed."""
        if table == "official":
            self.officials.add(local)
        elif table == "appointment":  # its official before (if that changed) and after
            self.officials.update(int(v) for v in (ours_diff.get("official_id"),
                                                   mapped.get("official_id")) if v is not None)
        elif table == "unit" and set(ours_diff) & set(ROSTER_UNIT_COLUMNS):
            self.units.add(local)

    def resolved(self, db: Database, chunk_rows: int) -> list[int]:
        """The officials' ids, in the merge's transaction (after its writes), looked up
        `chunk_rows` at a time (the merge's CHUNK_ROWS)."""
        found = set(self.officials)
        for values, sql in (
                (sorted(self.official_uuids),
                 'SELECT "id" FROM "official" WHERE "uuid" IN ({})'),
                (sorted(self.units),
                 'SELECT "official_id" FROM "appointment" WHERE "end_date" IS NULL '
                 'AND "unit_id" IN ({})')):
            for start in range(0, len(values), chunk_rows):
                part: list[Any] = list(values[start:start + chunk_rows])
                found.update(int(r[0]) for r in db.execute_sql(
                    sql.format(", ".join("?" for _ in part)), part).fetchall())
        return sorted(found)
