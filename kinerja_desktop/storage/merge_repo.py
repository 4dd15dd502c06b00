"""Merging another PC's database (a checked local copy) into this one, by UUID, in SQL.

The copy is ATTACHed to this database's connection as `theirs` (merge_attach.attached, before
the caller's transaction) and merge_from runs inside that transaction (services/merge.py: one
transaction, or one rolled back for the dry run, so that the report counts exactly what
applying would do). The rules:

* Tables go in dependency order (MERGE_TABLES); foreign keys are remapped from the other
  file's ids to ours through the UUIDs. A reference to a record missing here becomes NULL
  where the column allows it, else the row is skipped and listed.
* A record only there is added, unless it was deleted here (tombstone): then it stays deleted,
  listed as a conflict when it was changed there after our deletion (keep_theirs adds it).
* A record on both sides with equal content (all columns but id and the timestamps, references
  compared by UUID) is left alone. Otherwise "changed since the split" means modified_at later
  than the baseline: the newest of (a) merge_peer.last_merged_at for that dataset and (b) the
  newest modified_at of the records both sides hold with the very same modified_at (records
  nobody touched since the copies split). Only their side changed → theirs is taken (with its
  modified_at); only ours → ours kept; both (or no baseline at all) → a conflict, ours kept
  unless the UUID is in keep_theirs; ours is then marked decided (modified_at = now), so that
  merging the same file again keeps it without asking and the other PC takes it when it
  merges this database. When neither is later than the baseline (records a
  merge copied keep their time, which can push the estimate past a real change), the newer
  modified_at wins; with no baseline at all (no record seen unchanged on both sides, no
  history) every difference is a conflict.
* A final evaluation here is never overwritten (listed when theirs differs, even with
  keep_theirs); their new evaluations and revisions are added as new rows.
* Their tombstones delete our record unless ours was modified after the deletion (a conflict;
  keep_theirs deletes anyway); a delete that a RESTRICT reference forbids is skipped and
  listed. Their tombstones for records absent here are copied, so deletions travel on.
* Settings merge by key: new keys are added, a differing value keeps ours (listed; keep_theirs
  with the key takes theirs). audit_entry rows are only ever added, by UUID.
* A row a unique rule refuses (the same NIP added on both PCs, say) is skipped and listed.

How, at a province's scale: their rows are taken CHUNK_ROWS at a time in id order; one SQL
join per chunk compares them with ours (by UUID, references by UUID, in SQLite) and returns
only the rows that differ or are missing here, so Python sees the changes, never whole tables.
Rows are written from the attached file by SQL (INSERT … SELECT, UPDATE … = (SELECT …)), a
chunk's writes together (executemany in a savepoint); when one of them is refused, the chunk is
written again row by row, each in its own savepoint, exactly as a row-by-row merge would.
Evidence files (BLOB columns) never cross into Python: they are compared in SQL and only their
size is shown in a conflict. Temporary triggers note which officials' roster rows the merge
changed (merge_attach.changed_officials), so that only those are rebuilt.

Progress is reported per table and per CHUNK_ROWS rows of theirs as (rows done, rows in all,
table); the cancel check runs at the same points and raises OperationCancelled, which rolls
the caller's transaction back: this database is then exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, UTC
from pathlib import Path
from typing import Any
from uuid import uuid4

from kinerja_desktop.domain import options
from kinerja_desktop.errors import OperationCancelled
from kinerja_desktop.storage import settings_repo
from kinerja_desktop.storage.database import Database
from kinerja_desktop.storage.merge_attach import (attached_file, changed_officials, our,
                                                  quoted as _q, stop_tracking, their,
                                                  track_roster)
from kinerja_desktop.storage.merge_connection import larger_page_cache, one_operator
from kinerja_desktop.storage.merge_plan import (CANCELLED, UNIQUE_CLASH, Conflict, MergePlan,
                                                TableCounts, clock_error, conflict_value)
from kinerja_desktop.storage.merge_roster_notes import RosterNotes
from kinerja_desktop.storage.merge_tables import SKIPPED_COLUMNS, MergeTables
from kinerja_desktop.storage.merge_writes import REFUSED, ChunkWrites, PendingWrite
from kinerja_desktop.storage.migrations import AUDITED_5
from kinerja_desktop.storage.raw_sql import release_statement

MERGE_TABLES = ("unit", "official", "signatory", "inauguration", "appointment",
                "development_priority", "program", "program_status_change", "target",
                "progress_update", "attachment", "target_template", "evaluation", "handover",
                "handover_item", "printed_document")
INSERT_ONLY = ("audit_entry",)
# Settings that describe this copy, not the data: never merged nor listed (domain/options.py).
LOCAL_SETTINGS = options.NOT_MERGED
_LABELS = {table: label for table, _key, label, _columns in AUDITED_5}
# Progress and the cancel check come at least every this many of their rows; also the size of
# the chunks their rows are compared and written in.
CHUNK_ROWS = 500
# (rows of theirs done, rows of theirs in all, the table being merged; "tombstone": deletions)
MergeProgress = Callable[[int, int, str], None]


def _now() -> str:
    """UTC now as peewee writes a datetime."""
    return str(datetime.now(UTC).replace(tzinfo=None))


# The merge ------------------------------------------------------------------------------------

class _Merger(MergeTables):
    """The rules: what of theirs is taken, kept, deleted or listed, table by table."""

    def __init__(self, db: Database, keep_theirs: frozenset[str],
                 progress: MergeProgress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> None:
        super().__init__(db)
        self.keep = keep_theirs
        self.progress, self.cancelled = progress, cancelled
        self.done = 0
        self.total = 0
        self.plan = MergePlan()
        self.writes = ChunkWrites(db)
        # When a record is marked decided (kept here on a conflict): the server's clock there,
        # as for every change it dates.
        self.now = self.server_now() if self.server else _now()
        self.roster = RosterNotes()

    def server_now(self) -> str:
        from kinerja_desktop.storage.server_schema import NOW
        found = self.one(f"SELECT {NOW}")
        return str(found[0]) if found else _now()

    def counts(self, table: str) -> TableCounts:
        return self.plan.counts.setdefault(table, TableCounts())

    def conflict(self, table: str, uuid: str, label: Any, ours: dict[str, Any],
                 theirs: dict[str, Any], reason: str, decidable: bool = False) -> None:
        """List a conflict now (in row order: call it from the chunk's events)."""
        self.counts(table).conflicts += 1
        self.plan.conflicts.append(Conflict(
            table, uuid, str(label) if label is not None else str(uuid),
            {k: conflict_value(v) for k, v in ours.items()},
            {k: conflict_value(v) for k, v in theirs.items()}, reason, decidable))

    def later(self, table: str, uuid: str, label: Any, ours: dict[str, Any],
              theirs: dict[str, Any], reason: str, decidable: bool = False) -> None:
        """A conflict listed in its row's place among the chunk's writes."""
        self.writes.pending.append(lambda: self.conflict(table, uuid, label, ours, theirs,
                                                         reason, decidable))

    # progress ----------------------------------------------------------------------------
    def count_rows(self) -> int:
        """Every row of theirs the merge goes through: the progress bar's length."""
        total = 0
        for table in ("setting", *MERGE_TABLES, "tombstone", *INSERT_ONLY):
            found = self.one(f"SELECT count(*) FROM {self.their(table)}")
            total += int(found[0]) if found else 0
        return total

    def step(self, table: str, rows: int = 0) -> None:
        """`rows` more of theirs done: say so every CHUNK_ROWS rows (and at each table's
        start, rows=0), and stop there if the user cancelled."""
        before = self.done
        self.done += rows
        if rows and before // CHUNK_ROWS == self.done // CHUNK_ROWS:
            return
        if self.cancelled is not None and self.cancelled():
            raise OperationCancelled(CANCELLED)
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total, table)

    def chunks(self, table: str, key: str, source: str, where: str = "",
               params: tuple[Any, ...] = ()) -> Iterator[tuple[str, tuple[Any, ...], int]]:
        """Their rows of `source` (those meeting `where`) in `key` order, a chunk at a time:
        yield (an SQL condition on `key` naming the chunk, its parameters, its rows). Each
        chunk ends where the progress count reaches the next multiple of CHUNK_ROWS (reported,
        with the cancel check, once the chunk is written), so that progress comes exactly as
        it would row by row."""
        k = _q(key)
        low: Any = None
        while True:
            after = f"{k} > ?" if low is not None else "TRUE"
            since: tuple[Any, ...] = (low,) if low is not None else ()
            condition = f"{after} AND {where}" if where else after
            size = CHUNK_ROWS - self.done % CHUNK_ROWS
            bound = self.one(f"SELECT {k} FROM {source} WHERE {condition} ORDER BY {k} "
                             f"LIMIT 1 OFFSET ?", (*since, *params, size - 1))
            if bound is None:  # the last chunk: fewer rows than that
                found = self.one(f"SELECT count(*) FROM {source} WHERE {condition}",
                                 (*since, *params))
                size = int(found[0]) if found else 0
                if size:
                    yield after, since, size
                    self.writes.flush()
                    self.step(table, size)
                return
            yield f"{after} AND {k} <= ?", (*since, bound[0]), size
            self.writes.flush()
            self.step(table, size)
            low = bound[0]

    # the baseline ------------------------------------------------------------------------
    def baseline(self, last_merged: str | None) -> str | None:
        newest_untouched: str | None = None
        for table in MERGE_TABLES:
            found = self.one(f'SELECT max(CAST(o."modified_at" AS TEXT)) FROM '
                             f'{self.our(table)} o JOIN {self.their(table)} t '
                             f'ON t."uuid" = o."uuid" '
                             f'WHERE t."modified_at" = o."modified_at"')
            if found and found[0] is not None and (newest_untouched is None
                                                   or str(found[0]) > newest_untouched):
                newest_untouched = str(found[0])
        candidates = [c for c in (last_merged, newest_untouched) if c]
        return max(candidates) if candidates else None

    # the merge ---------------------------------------------------------------------------
    def run(self, peer_id: str | None, last_merged: str | None) -> MergePlan:
        self.plan.peer_id = peer_id
        self.total = self.count_rows()
        self.step("")
        base = self.plan.baseline = self.baseline(last_merged)
        self.merge_settings()
        for table in MERGE_TABLES:
            self._schema(table)
            self.mapped.add(table)
            self.merge_table(table, base)
        self.apply_tombstones()
        for table in INSERT_ONLY:
            self.merge_insert_only(table)
        return self.plan

    def merge_table(self, table: str, base: str | None) -> None:
        self.step(table)
        counts = self.counts(table)
        joins, test, mapped_items = self._differing_sql(table)
        blob_same = [f"({self.same(f'o.{_q(c)}', f't.{_q(c)}')})" for c in self.columns[table]
                     if c in self.blobs[table]]
        label = _LABELS.get(table)
        items = [*self._cells("t", table), *self._cells("o", table), *mapped_items,
                 *blob_same, 'ts."deleted_at"', label.format(r="t") if label else "NULL"]
        select = (f"SELECT {', '.join(items)} FROM {self.their(table)} t "
                  f'LEFT JOIN {self.our(table)} o ON o."uuid" = t."uuid" '
                  f'LEFT JOIN {self.our("tombstone")} ts ON ts."uuid" = t."uuid" {joins} '
                  f"WHERE ({{chunk}}) AND ({test}) ORDER BY t.\"id\"")
        for chunk, params, size in self.chunks(table, "id", self.their(table)):
            differing = self.rows(select.replace("{chunk}", chunk.replace('"id"', 't."id"')),
                                  params)
            counts.unchanged += size - len(differing)
            for values in differing:
                self.merge_row(table, base, values, counts)

    def merge_row(self, table: str, base: str | None, values: Sequence[Any],
                  counts: TableCounts) -> None:
        row, at = self._row(table, values, 0)
        ours, at = self._row(table, values, at)
        fks = self.fks[table]
        refs = {c: (values[at + 2 * n], values[at + 2 * n + 1]) for n, c in enumerate(fks)}
        at += 2 * len(fks)
        blob_same = {}
        for c in self.columns[table]:
            if c in self.blobs[table]:
                blob_same[c] = bool(values[at])
                at += 1
        deleted_at, label = values[at], values[at + 1]
        uuid = row["uuid"]
        local = ours["id"]
        mapped, missing = self.remap(table, row, refs)
        if missing is not None:
            if local is None and deleted_at is None:
                self.later(table, uuid, label, {}, {missing: row[missing]},
                           "data induknya tidak ada di PC ini (mungkin sudah dihapus); "
                           "tidak ditambahkan")
            else:
                counts.skipped += 1
            return
        if local is None:
            if deleted_at is not None:
                if uuid in self.keep:
                    self._insert_or_list(table, row, mapped, label, counts)
                elif str(row["modified_at"]) > str(deleted_at):
                    self.later(table, uuid, label, {}, {"diubah": row["modified_at"]},
                               "dihapus di PC ini tetapi diubah di PC lain; tetap dihapus")
                else:
                    counts.skipped += 1
                return
            self._insert_or_list(table, row, mapped, label, counts)
            return
        differing = [c for c in self.columns[table] if c not in SKIPPED_COLUMNS and (
            not blob_same[c] if c in blob_same else ours[c] != mapped[c])]
        if not differing:
            counts.unchanged += 1
            return
        ours_diff = {c: ours[c] for c in differing}
        theirs_diff = {c: row[c] for c in differing}
        if table == "evaluation" and ours["status"] == "final":
            self.later(table, uuid, label, ours_diff, theirs_diff,
                       "evaluasi final di PC ini tidak pernah ditimpa")
            return
        wrong_clock = clock_error(row["modified_at"])
        if wrong_clock and uuid not in self.keep:
            # Newer wins only between real times: the user settles this one.
            self.later(table, uuid, label, ours_diff, theirs_diff, wrong_clock, decidable=True)
            return
        ours_changed = base is None or str(ours["modified_at"]) > base
        theirs_changed = base is None or str(row["modified_at"]) > base
        if uuid in self.keep or (theirs_changed and not ours_changed):
            self._update_or_list(table, local, row, mapped, label, ours_diff, theirs_diff,
                                 counts)
        elif ours_changed and not theirs_changed:
            counts.kept += 1
        elif not ours_changed and not theirs_changed:
            # Both older than the baseline (rows a merge copied carry their own time, so
            # the baseline can be late): the newer one wins.
            if str(row["modified_at"]) > str(ours["modified_at"]):
                self._update_or_list(table, local, row, mapped, label, ours_diff,
                                     theirs_diff, counts)
            else:
                counts.kept += 1
        else:
            self.later(table, uuid, label, ours_diff, theirs_diff,
                       "diubah di kedua PC; data PC ini dipertahankan", decidable=True)
            # Decided now: the next merge of this file keeps ours without asking again,
            # and the other PC takes ours when it merges this database.
            self.writes.pending.append(PendingWrite(
                f'UPDATE {self.our(table)} SET "modified_at" = ? WHERE "id" = ?',
                (self.now, local)))

    def remap(self, table: str, row: dict[str, Any],
              refs: dict[str, tuple[Any, Any]]) -> tuple[dict[str, Any], str | None]:
        """Their row with our ids (mapped in SQL; a reference to this table's own rows looked
        up again, the chunk written first); the second item names a missing required
        reference."""
        mapped = dict(row)
        for column, parent in self.fks[table].items():
            value = row.get(column)
            if value is None:
                continue
            local, parent_uuid = refs[column]
            if local is None and parent == table and parent_uuid is not None:
                self.writes.flush()  # it may be a row added a moment ago, in this chunk
                found = self.one(f'SELECT "id" FROM {self.our(table)} WHERE "uuid" = ?',
                                 (parent_uuid,))
                local = found[0] if found else None
            if local is None and column in self.notnull[table]:
                return mapped, column
            mapped[column] = local
        return mapped, None

    def _insert_or_list(self, table: str, row: dict[str, Any], mapped: dict[str, Any],
                        label: Any, counts: TableCounts) -> None:
        names = self.insert_names[table]
        sql = self._writing("insert", table, names)
        params = self._references(table, names, mapped)
        if self.server:
            self.roster.added(table, row, mapped)

        def added() -> None:
            counts.added += 1

        def refused() -> None:
            self.conflict(table, row["uuid"], label, {}, {"uuid": row["uuid"]}, UNIQUE_CLASH)
        self.writes.pending.append(PendingWrite(sql, (*params, row["id"]), added, refused))

    def _update_or_list(self, table: str, local: int, row: dict[str, Any],
                        mapped: dict[str, Any], label: Any, ours_diff: dict[str, Any],
                        theirs_diff: dict[str, Any], counts: TableCounts) -> None:
        # Theirs as a whole: its modified_at and the columns that differ (the others hold the
        # same values already; left out of SET, their indexes and references are not touched).
        names = ("modified_at", *ours_diff)
        sql = self._writing("update", table, names)
        params = self._references(table, names, mapped)
        if self.server:
            self.roster.changed(table, local, ours_diff, mapped)

        def updated() -> None:
            counts.updated += 1

        def refused() -> None:
            self.conflict(table, row["uuid"], label, ours_diff, theirs_diff,
                          "bentrok dengan data lain di PC ini (nilai unik sama); tidak diubah")
        self.writes.pending.append(PendingWrite(sql, (*params, row["id"], local), updated, refused))

    def apply_tombstones(self) -> None:
        self.step("tombstone")
        entities = [t for t in reversed(MERGE_TABLES)]  # children first
        for table in entities:
            label = _LABELS.get(table)
            status = 'o."status"' if table == "evaluation" else "NULL"
            # Whose roster row a deletion changes (noted by the merger on a server).
            holder = {"official": 'o."id"', "appointment": 'o."official_id"'}.get(table, "NULL")
            select = (f'SELECT ts."uuid", ts."deleted_at", o."id", o."modified_at", {status}, '
                      f'{label.format(r="o") if label else "NULL"}, {holder} '
                      f'FROM {self.their("tombstone")} ts JOIN {self.our(table)} o '
                      f'ON o."uuid" = ts."uuid" '
                      f'WHERE ts."entity" = ? AND ({{chunk}}) ORDER BY ts."uuid"')
            for chunk, params, _size in self.chunks("tombstone", "uuid",
                                                    self.their("tombstone"), '"entity" = ?',
                                                    (table,)):
                condition = chunk.replace('"uuid"', 'ts."uuid"')
                for uuid, deleted, local, modified, state, name, official in self.rows(
                        select.replace("{chunk}", condition), (table, *params)):
                    self.tombstone(table, uuid, str(deleted), local, modified, state,
                                   name if name is not None else uuid, official)
        # Deletions travel on: their tombstones of records absent here become ours too.
        for table in entities:
            self.db.execute_sql(
                f'INSERT INTO {self.our("tombstone")} ("uuid", "entity", "deleted_at") '
                f'SELECT ts."uuid", ts."entity", ts."deleted_at" FROM {self.their("tombstone")} '
                f'ts WHERE ts."entity" = ? AND NOT EXISTS (SELECT 1 FROM {self.our(table)} o '
                f'WHERE o."uuid" = ts."uuid") ORDER BY ts."uuid" ON CONFLICT DO NOTHING',
                (table,))

    def tombstone(self, table: str, uuid: str, deleted_at: str, local: int, modified: Any,
                  status: Any, label: str, official: int | None = None) -> None:
        if str(modified) > deleted_at and uuid not in self.keep:
            self.later(table, uuid, label, {"diubah": modified}, {"dihapus": deleted_at},
                       "dihapus di PC lain tetapi diubah di PC ini; tetap ada", decidable=True)
            return
        if table == "evaluation" and status == "final":
            self.later(table, uuid, label, {"status": "final"}, {"dihapus": deleted_at},
                       "evaluasi final di PC ini tidak dihapus")
            return

        if self.server and official is not None:
            self.roster.officials.add(int(official))

        def deleted() -> None:
            self.counts(table).deleted += 1

        def refused() -> None:
            self.conflict(table, uuid, label, {"dipakai": "ya"}, {"dihapus": deleted_at},
                          "dihapus di PC lain tetapi masih dipakai data lain di PC ini; "
                          "tetap ada")
        self.writes.pending.append(PendingWrite(
            f'DELETE FROM {self.our(table)} WHERE "id" = ?', (local,), deleted, refused))

    def merge_settings(self) -> None:
        self.step("setting")
        counts = self.counts("setting")
        for key, value, ours, here in self.rows(
                f'SELECT t."key", t."value", o."value", o."key" IS NOT NULL '
                f'FROM {self.their("setting")} t LEFT JOIN {self.our("setting")} o '
                f'ON o."key" = t."key" '
                f'ORDER BY t."key"'):
            self.step("setting", 1)
            if key in LOCAL_SETTINGS:
                continue
            if not here:
                settings_repo.set(self.db, key, value)  # a new key: a plain insert
                counts.added += 1
            elif ours == value:
                counts.unchanged += 1
            elif key in self.keep:
                settings_repo.update(self.db, key, value)
                counts.updated += 1
            else:
                counts.conflicts += 1
                self.plan.conflicts.append(Conflict(
                    "setting", key, key, {"value": conflict_value(ours)},
                    {"value": conflict_value(value)},
                    "pengaturan berbeda; nilai PC ini dipertahankan", decidable=True))

    def merge_insert_only(self, table: str) -> None:
        self.step(table)
        self._schema(table)
        counts = self.counts(table)
        names = ", ".join(_q(c) for c in self.columns[table] if c != "id")
        new = f'NOT EXISTS (SELECT 1 FROM {self.our(table)} o WHERE o."uuid" = t."uuid")'
        for chunk, params, size in self.chunks(table, "id", self.their(table)):
            condition = chunk.replace('"id"', 't."id"')
            insert = (f"INSERT INTO {self.our(table)} ({names}) SELECT "
                      f"{self._their_names(table)} FROM {self.their(table)} t")
            try:
                with self.db.handle.atomic():
                    added = self.db.execute_sql(
                        f'{insert} WHERE {condition} AND {new} ORDER BY t."id"',
                        params).rowcount
            except REFUSED as exc:
                release_statement(exc)
                added = 0
                ids = self.rows(f'SELECT t."id" FROM {self.their(table)} t WHERE {condition} '
                                f'AND {new} ORDER BY t."id"', params)
                for (their_id,) in ids:
                    if self.writes.write(f'{insert} WHERE t."id" = ?', (their_id,)) is None:
                        added += 1
                    else:
                        counts.skipped += 1
                counts.unchanged += size - len(ids)
                counts.added += added
                continue
            counts.added += added
            counts.unchanged += size - added


def dataset_id(con: Database | sqlite3.Connection, schema: str = "main") -> str | None:
    """The dataset id of a database (Database or sqlite3 connection; `schema`: an attached
    one); None before schema 6."""
    sql = f'SELECT "id" FROM {_q(schema)}."dataset"'
    if isinstance(con, Database) and con.is_server:  # a server's schema is on its search path
        sql = 'SELECT "id" FROM "dataset"'
    try:
        row = (con.execute_sql(sql) if isinstance(con, Database) else con.execute(sql)).fetchone()
    except Exception:  # noqa: BLE001 - no such table: an older file
        return None
    return str(row[0]) if row else None


def merge_from(db: Database, other_path: Path, keep_theirs: frozenset[str] = frozenset(),
               record_peer: bool = False, progress: MergeProgress | None = None,
               cancelled: Callable[[], bool] | None = None) -> MergePlan:
    """Merge the (checked, upgraded) database file `other_path`, attached with
    merge_attach.attached (on a server: loaded into the session's temporary tables),
    into `db`, in the caller's transaction; `record_peer` stores the newest modified_at seen
    for the other dataset. `progress(done, total, table)` follows their rows; when
    `cancelled()` turns true the merge stops with OperationCancelled at the next table or
    chunk, and the caller rolls back. The plan's touched_officials then names the officials
    whose roster rows changed."""
    found = attached_file(db)
    if found is None or not os.path.samefile(found, other_path):
        raise RuntimeError("merge_from needs the other file attached (merge_attach.attached)")
    peer_id = _their_dataset(db)
    last = None
    if peer_id:
        row = db.execute_sql(f'SELECT "last_merged_at" FROM {our(db, "merge_peer")} '
                             'WHERE "peer_id" = ?', (peer_id,)).fetchall()
        last = str(row[0][0]) if row else None
    if not db.is_server:
        track_roster(db)
    merger = _Merger(db, frozenset(keep_theirs), progress, cancelled)
    # A server dates every write by its own clock; a merge keeps the times the rows carry,
    # as on a file (what was changed when decides what wins the next time).
    keeping_times = db.client_times() if db.is_server else contextlib.nullcontext()
    with one_operator(db), larger_page_cache(db), keeping_times:
        plan = merger.run(peer_id, last)
    if db.is_server:
        plan.touched_officials = merger.roster.resolved(db, CHUNK_ROWS)
    else:
        stop_tracking(db)
        plan.touched_officials = changed_officials(db)
    if record_peer and peer_id:
        newest = max((str(m) for t in MERGE_TABLES for (m,) in db.execute_sql(
            f'SELECT max("modified_at") FROM {their(db, t)}').fetchall() if m is not None),
            default=None)
        if newest is not None:
            larger = "GREATEST" if db.is_server else "max"
            db.execute_sql(
                f'INSERT INTO {our(db, "merge_peer")} AS p ("peer_id", "last_merged_at") '
                f'VALUES (?, ?) ON CONFLICT ("peer_id") DO UPDATE SET "last_merged_at" = '
                f'{larger}(p."last_merged_at", excluded."last_merged_at")', (peer_id, newest))
    return plan


def give_new_dataset_id(db: Database) -> str:
    """A dataset id of its own for this database (a working copy taken from a server is one
    more dataset to merge with: the merge back remembers it apart from other laptops'); in
    the caller's transaction. The new id."""
    new = uuid4().hex
    db.execute_sql(f'UPDATE {our(db, "dataset")} SET "id" = ?', (new,))
    return new


def _their_dataset(db: Database) -> str | None:
    """The other file's dataset id (None before schema 6: a copy upgraded has one anyway)."""
    if db.is_server:
        row = db.execute_sql(f'SELECT "id" FROM {their(db, "dataset")}').fetchone()
        return str(row[0]) if row else None
    return dataset_id(db, "theirs")
