"""The merge as it was before it was streamed (row by row, whole tables in dicts): the
reference that tests/services/test_merge_streamed.py holds the streamed merge to, on tricky
data. Kept only as a test oracle; storage/merge_repo.py is the merge."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from peewee import IntegrityError

from kinerja_desktop.storage.database import Database, sqlite_uri
from kinerja_desktop.storage.merge_plan import (CANCELLED, UNIQUE_CLASH, Conflict, MergePlan,
                                                TableCounts, clock_error)
from kinerja_desktop.storage.merge_repo import (CHUNK_ROWS, INSERT_ONLY, LOCAL_SETTINGS,
                                                MERGE_TABLES, MergeProgress, _now, _LABELS,
                                                dataset_id)
from kinerja_desktop.storage.merge_tables import SKIPPED_COLUMNS
from kinerja_desktop.errors import OperationCancelled
from kinerja_desktop.storage.raw_sql import release_statement

def _value(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"<berkas {len(value)} bita>"
    if isinstance(value, str) and len(value) > 80:
        return value[:77] + "…"
    return value


class _Merger:
    def __init__(self, db: Database, other: sqlite3.Connection,
                 keep_theirs: frozenset[str], progress: MergeProgress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> None:
        self.db, self.other, self.keep = db, other, keep_theirs
        self.progress, self.cancelled = progress, cancelled
        self.done = 0
        self.total = 0
        self.plan = MergePlan()
        self.their_uuid: dict[str, dict[int, str]] = {}
        self.local_id: dict[str, dict[str, int]] = {}
        self.columns: dict[str, list[str]] = {}
        self.fks: dict[str, dict[str, str]] = {}
        self.notnull: dict[str, set[str]] = {}

    # reading -----------------------------------------------------------------------------
    def ours(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute_sql(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def theirs(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        cursor = self.other.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _schema(self, table: str) -> None:
        info = self.db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()
        self.columns[table] = [r[1] for r in info]
        self.notnull[table] = {r[1] for r in info if r[3]}
        self.fks[table] = {r[3]: r[2] for r in self.db.execute_sql(
            f'PRAGMA foreign_key_list("{table}")').fetchall()}

    def counts(self, table: str) -> TableCounts:
        return self.plan.counts.setdefault(table, TableCounts())

    def label(self, table: str, row: dict[str, Any], source: str = "theirs") -> str:
        expr = _LABELS.get(table)
        if not expr:
            return str(row.get("uuid", ""))
        sql = f'SELECT {expr.format(r=chr(34) + table + chr(34))} FROM "{table}" WHERE "uuid" = ?'
        try:
            if source == "theirs":
                found = self.other.execute(sql, (row["uuid"],)).fetchone()
            else:
                found = self.db.execute_sql(sql, (row["uuid"],)).fetchone()
        except sqlite3.Error:
            found = None
        return str(found[0]) if found and found[0] is not None else str(row["uuid"])

    def conflict(self, table: str, row: dict[str, Any], ours: dict[str, Any],
                 theirs: dict[str, Any], reason: str, source: str = "theirs",
                 decidable: bool = False) -> None:
        self.counts(table).conflicts += 1
        self.plan.conflicts.append(Conflict(
            table, row["uuid"], self.label(table, row, source),
            {k: _value(v) for k, v in ours.items()}, {k: _value(v) for k, v in theirs.items()},
            reason, decidable))

    # progress ----------------------------------------------------------------------------
    def count_rows(self) -> int:
        """Every row of theirs the merge goes through: the progress bar's length."""
        total = 0
        for table in ("setting", *MERGE_TABLES, "tombstone", *INSERT_ONLY):
            total += int(self.other.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
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

    # the baseline ------------------------------------------------------------------------
    def baseline(self, last_merged: str | None) -> str | None:
        newest_untouched: str | None = None
        for table in MERGE_TABLES:
            theirs = dict(self.other.execute(f'SELECT "uuid", "modified_at" FROM "{table}"'))
            for uuid, modified in self.db.execute_sql(
                    f'SELECT "uuid", "modified_at" FROM "{table}"'):
                if theirs.get(uuid) == modified and (newest_untouched is None
                                                     or str(modified) > newest_untouched):
                    newest_untouched = str(modified)
        candidates = [c for c in (last_merged, newest_untouched) if c]
        return max(candidates) if candidates else None

    # the merge ---------------------------------------------------------------------------
    def run(self, peer_id: str | None, last_merged: str | None) -> MergePlan:
        self.plan.peer_id = peer_id
        self.total = self.count_rows()
        self.step("")
        base = self.plan.baseline = self.baseline(last_merged)
        self.our_tombstones = {u: str(d) for u, d in self.db.execute_sql(
            'SELECT "uuid", "deleted_at" FROM "tombstone"')}
        self.merge_settings()
        for table in MERGE_TABLES:
            self._schema(table)
            self.local_id[table] = {u: i for i, u in self.db.execute_sql(
                f'SELECT "id", "uuid" FROM "{table}"')}
            self.merge_table(table, base)
        self.apply_tombstones()
        for table in INSERT_ONLY:
            self.merge_insert_only(table)
        return self.plan

    def remap(self, table: str, row: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        """Their row with our ids; the second item names a missing required reference."""
        mapped = dict(row)
        for column, parent in self.fks[table].items():
            value = row.get(column)
            if value is None:
                continue
            parent_uuid = self.their_uuid.get(parent, {}).get(value)
            local = self.local_id.get(parent, {}).get(parent_uuid) if parent_uuid else None
            if local is None and column in self.notnull[table]:
                return mapped, column
            mapped[column] = local
        return mapped, None

    def _write(self, sql: str, params: tuple[Any, ...]) -> Exception | None:
        try:
            with self.db.handle.atomic():  # a savepoint: a refused row leaves nothing behind
                self.db.execute_sql(sql, params)
        except (IntegrityError, sqlite3.IntegrityError) as exc:
            release_statement(exc)
            return exc
        return None

    def insert(self, table: str, row: dict[str, Any]) -> Exception | None:
        names = [c for c in self.columns[table] if c != "id"]
        sql = (f'INSERT INTO "{table}" ({", ".join(chr(34) + n + chr(34) for n in names)}) '
               f'VALUES ({", ".join("?" * len(names))})')
        error = self._write(sql, tuple(row[n] for n in names))
        if error is None and "uuid" in row and table in self.local_id:
            self.local_id[table][row["uuid"]] = self.db.execute_sql(
                f'SELECT "id" FROM "{table}" WHERE "uuid" = ?', (row["uuid"],)).fetchone()[0]
        return error

    def update(self, table: str, local_id: int, row: dict[str, Any]) -> Exception | None:
        names = [c for c in self.columns[table] if c not in ("id", "uuid", "created_at")]
        sql = (f'UPDATE "{table}" SET {", ".join(chr(34) + n + chr(34) + " = ?" for n in names)}'
               f' WHERE "id" = ?')
        return self._write(sql, tuple(row[n] for n in names) + (local_id,))

    def merge_table(self, table: str, base: str | None) -> None:
        self.step(table)
        counts = self.counts(table)
        rows = self.theirs(f'SELECT * FROM "{table}" ORDER BY "id"')
        self.their_uuid[table] = {r["id"]: r["uuid"] for r in rows}
        compared = [c for c in self.columns[table] if c not in SKIPPED_COLUMNS]
        for row in rows:
            self.step(table, 1)
            uuid = row["uuid"]
            mapped, missing = self.remap(table, row)
            local = self.local_id[table].get(uuid)
            if missing is not None:
                if local is None and uuid not in self.our_tombstones:
                    self.conflict(table, row, {}, {missing: row[missing]},
                                  "data induknya tidak ada di PC ini (mungkin sudah dihapus); "
                                  "tidak ditambahkan")
                else:
                    counts.skipped += 1
                continue
            if local is None:
                deleted_at = self.our_tombstones.get(uuid)
                if deleted_at is not None:
                    if uuid in self.keep:
                        self._insert_or_list(table, row, mapped, counts)
                    elif str(row["modified_at"]) > deleted_at:
                        self.conflict(table, row, {}, {"diubah": row["modified_at"]},
                                      "dihapus di PC ini tetapi diubah di PC lain; tetap "
                                      "dihapus")
                    else:
                        counts.skipped += 1
                    continue
                self._insert_or_list(table, row, mapped, counts)
                continue
            (ours,) = self.ours(f'SELECT * FROM "{table}" WHERE "id" = ?', (local,))
            differing = [c for c in compared if ours[c] != mapped[c]]
            if not differing:
                counts.unchanged += 1
                continue
            ours_diff = {c: ours[c] for c in differing}
            theirs_diff = {c: row[c] for c in differing}
            if table == "evaluation" and ours["status"] == "final":
                self.conflict(table, row, ours_diff, theirs_diff,
                              "evaluasi final di PC ini tidak pernah ditimpa")
                continue
            wrong_clock = clock_error(row["modified_at"])
            if wrong_clock and uuid not in self.keep:
                # Newer wins only between real times: the user settles this one.
                self.conflict(table, row, ours_diff, theirs_diff, wrong_clock, decidable=True)
                continue
            ours_changed = base is None or str(ours["modified_at"]) > base
            theirs_changed = base is None or str(row["modified_at"]) > base
            if uuid in self.keep or (theirs_changed and not ours_changed):
                self._update_or_list(table, local, row, mapped, ours_diff, theirs_diff, counts)
            elif ours_changed and not theirs_changed:
                counts.kept += 1
            elif not ours_changed and not theirs_changed:
                # Both older than the baseline (rows a merge copied carry their own time, so
                # the baseline can be late): the newer one wins.
                if str(row["modified_at"]) > str(ours["modified_at"]):
                    self._update_or_list(table, local, row, mapped, ours_diff, theirs_diff,
                                         counts)
                else:
                    counts.kept += 1
            else:
                self.conflict(table, row, ours_diff, theirs_diff,
                              "diubah di kedua PC; data PC ini dipertahankan", decidable=True)
                # Decided now: the next merge of this file keeps ours without asking again,
                # and the other PC takes ours when it merges this database.
                self.db.execute_sql(f'UPDATE "{table}" SET "modified_at" = ? WHERE "id" = ?',
                                    (_now(), local))

    def _update_or_list(self, table: str, local: int, row: dict[str, Any],
                        mapped: dict[str, Any], ours_diff: dict[str, Any],
                        theirs_diff: dict[str, Any], counts: TableCounts) -> None:
        if self.update(table, local, mapped) is None:
            counts.updated += 1
        else:
            self.conflict(table, row, ours_diff, theirs_diff,
                          "bentrok dengan data lain di PC ini (nilai unik sama); tidak diubah")

    def _insert_or_list(self, table: str, row: dict[str, Any], mapped: dict[str, Any],
                        counts: TableCounts) -> None:
        if self.insert(table, mapped) is None:
            counts.added += 1
        else:
            self.conflict(table, row, {}, {"uuid": row["uuid"]}, UNIQUE_CLASH)

    def apply_tombstones(self) -> None:
        order = {t: i for i, t in enumerate(MERGE_TABLES)}
        stones = [s for s in self.theirs('SELECT "uuid", "entity", "deleted_at" FROM "tombstone"')
                  if s["entity"] in order]
        stones.sort(key=lambda s: (-order[s["entity"]], s["uuid"]))  # children first
        self.step("tombstone")
        for stone in stones:
            self.step("tombstone", 1)
            table, uuid, deleted_at = stone["entity"], stone["uuid"], str(stone["deleted_at"])
            found = self.ours(f'SELECT * FROM "{table}" WHERE "uuid" = ?', (uuid,))
            if not found:
                continue
            ours = found[0]
            if str(ours["modified_at"]) > deleted_at and uuid not in self.keep:
                self.conflict(table, ours, {"diubah": ours["modified_at"]},
                              {"dihapus": deleted_at},
                              "dihapus di PC lain tetapi diubah di PC ini; tetap ada",
                              source="ours", decidable=True)
                continue
            if table == "evaluation" and ours["status"] == "final":
                self.conflict(table, ours, {"status": "final"}, {"dihapus": deleted_at},
                              "evaluasi final di PC ini tidak dihapus", source="ours")
                continue
            label = self.label(table, ours, "ours")
            if self._write(f'DELETE FROM "{table}" WHERE "id" = ?', (ours["id"],)) is None:
                self.counts(table).deleted += 1
                self.local_id[table].pop(uuid, None)
            else:
                self.counts(table).conflicts += 1
                self.plan.conflicts.append(Conflict(
                    table, uuid, label, {"dipakai": "ya"}, {"dihapus": deleted_at},
                    "dihapus di PC lain tetapi masih dipakai data lain di PC ini; tetap ada"))
        # Deletions travel on: their tombstones of records absent here become ours too.
        for stone in stones:
            table, uuid = stone["entity"], stone["uuid"]
            alive = self.db.execute_sql(
                f'SELECT 1 FROM "{table}" WHERE "uuid" = ?', (uuid,)).fetchone()
            if not alive:
                self.db.execute_sql(
                    'INSERT OR IGNORE INTO "tombstone" ("uuid", "entity", "deleted_at") '
                    'VALUES (?, ?, ?)', (uuid, table, stone["deleted_at"]))

    def merge_settings(self) -> None:
        self.step("setting")
        counts = self.counts("setting")
        ours = dict(self.db.execute_sql('SELECT "key", "value" FROM "setting"').fetchall())
        for key, value in self.other.execute('SELECT "key", "value" FROM "setting" ORDER BY "key"'):
            self.step("setting", 1)
            if key in LOCAL_SETTINGS:
                continue
            if key not in ours:
                self.db.execute_sql('INSERT OR REPLACE INTO "setting" ("key", "value") '
                                    'VALUES (?, ?)', (key, value))
                counts.added += 1
            elif ours[key] == value:
                counts.unchanged += 1
            elif key in self.keep:
                self.db.execute_sql('UPDATE "setting" SET "value" = ? WHERE "key" = ?',
                                    (value, key))
                counts.updated += 1
            else:
                counts.conflicts += 1
                self.plan.conflicts.append(Conflict(
                    "setting", key, key, {"value": _value(ours[key])}, {"value": _value(value)},
                    "pengaturan berbeda; nilai PC ini dipertahankan", decidable=True))

    def merge_insert_only(self, table: str) -> None:
        self.step(table)
        self._schema(table)
        counts = self.counts(table)
        ours = {u for (u,) in self.db.execute_sql(f'SELECT "uuid" FROM "{table}"')}
        for row in self.theirs(f'SELECT * FROM "{table}" ORDER BY "id"'):
            self.step(table, 1)
            if row["uuid"] in ours:
                counts.unchanged += 1
            elif self.insert(table, row) is None:
                counts.added += 1
            else:
                counts.skipped += 1


def merge_from(db: Database, other_path: Path, keep_theirs: frozenset[str] = frozenset(),
               record_peer: bool = False, progress: MergeProgress | None = None,
               cancelled: Callable[[], bool] | None = None) -> MergePlan:
    """Merge the (checked, upgraded) database file `other_path` into `db`, in the caller's
    transaction; `record_peer` stores the newest modified_at seen for the other dataset.
    `progress(done, total, table)` follows their rows; when `cancelled()` turns true the merge
    stops with OperationCancelled at the next table or chunk, and the caller rolls back."""
    uri = sqlite_uri(Path(other_path), "mode=ro")
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as other:
        peer_id = dataset_id(other)
        last = None
        if peer_id:
            found = db.execute_sql(
                'SELECT "last_merged_at" FROM "merge_peer" WHERE "peer_id" = ?',
                (peer_id,)).fetchone()
            last = str(found[0]) if found else None
        merger = _Merger(db, other, frozenset(keep_theirs), progress, cancelled)
        plan = merger.run(peer_id, last)
        if record_peer and peer_id:
            newest = max((str(m) for t in MERGE_TABLES for (m,) in other.execute(
                f'SELECT max("modified_at") FROM "{t}"') if m is not None), default=None)
            if newest is not None:
                db.execute_sql(
                    'INSERT INTO "merge_peer" ("peer_id", "last_merged_at") VALUES (?, ?) '
                    'ON CONFLICT ("peer_id") DO UPDATE SET "last_merged_at" = '
                    'max("last_merged_at", excluded."last_merged_at")', (peer_id, newest))
    return plan
