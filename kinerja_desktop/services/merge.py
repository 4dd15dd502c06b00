"""Merge another PC's backup into this database instead of replacing it (see storage/merge_repo
for the rules). The other file is copied (decrypted) to the local disk, checked and upgraded
exactly as a restore does (services.restore.verified_copy): a bad file is refused before this
database is touched; the checked copy is then attached to this database's connection and
compared in SQL. plan_merge is the dry run: the same merge in a transaction that is rolled
back, so its report (counts per table, conflicts) is what apply_merge would do. apply_merge
backs the database up to cadangan/sebelum-gabung, then merges in one transaction and
rebuilds the derived roster rows of the officials the merge changed. Merging the same file
again changes nothing.

Into a shared server (its administrator only): the checked copy is loaded into the session's
temporary tables instead of attached, the backup before is the server's data written to this
PC's data folder, and the merged tables are locked against other writers until the merge
commits (whoever holds them is named while the merge waits). The rules are the same.

Both take `progress(done, total, text)` (Indonesian step texts; total 0 while the length is
unknown) and `cancelled()`: a cancel is honoured only before the transaction commits, so it
leaves this database exactly as it was (OperationCancelled).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from kinerja_desktop.errors import OperationCancelled
from kinerja_desktop.services import auto_backup
from kinerja_desktop.services.backup import server_backup
from kinerja_desktop.services.merge_labels import SETTING_LABELS, differences
from kinerja_desktop.services.restore import (Progress, RestoreError, backup_file_problem,
                                              verified_copy)
from kinerja_desktop.storage import merge_attach, merge_repo, roster_repo
from kinerja_desktop.services.shared_server import may_administer
from kinerja_desktop.storage.database import Database
from kinerja_desktop.storage.server_locks import lock_for_writing
from kinerja_desktop.storage.merge_plan import (CANCELLED, UNIQUE_CLASH, Conflict, MergePlan,
                                                TableCounts)
from kinerja_desktop.storage.merge_repo import INSERT_ONLY, MERGE_TABLES, MergeProgress

TABLE_ORDER = ("setting",) + MERGE_TABLES + INSERT_ONLY


class MergeError(RestoreError):
    """The other file cannot be merged; this database was not changed."""


class _DryRun(Exception):
    def __init__(self, plan: MergePlan):
        super().__init__("dry run")
        self.plan = plan


def _check(db: Database, other_file: Path) -> Path:
    if not may_administer(db):
        raise MergeError(f"Hanya administrator server ({db.location}) yang dapat menggabungkan "
                         f"berkas ke server kantor; minta administrator melakukannya.")
    other_file = Path(other_file).expanduser()
    problem = backup_file_problem(other_file)
    if problem:
        raise MergeError(problem)
    try:
        same = not db.is_server and os.path.samefile(other_file, db.path)
    except OSError:
        same = False
    if same:
        raise MergeError(f"Berkas '{other_file.name}' adalah basis data yang sedang dipakai; "
                         f"pilih cadangan dari PC lain.")
    return other_file


def _work_folder(db: Database) -> Path:
    """Where the other file is checked and upgraded: beside a database file (on its disk, and
    cleaned at the next start); a server's is this PC's data folder."""
    if db.is_server:
        from kinerja_desktop.paths import check_data_dir
        return check_data_dir()
    return db.path.parent


def _backup_before(db: Database) -> Path | None:
    """The automatic backup before a merge: a file's as ever; a server's written from one
    snapshot of it into this PC's data folder."""
    if db.is_server:
        return server_backup(db, "sebelum-gabung")
    return auto_backup.auto_backup(db, "sebelum-gabung")


def _steps(progress: Progress | None) -> Callable[[str], None]:
    """The steps before the tables (reading, checking the other file …): no known length."""
    def step(text: str) -> None:
        if progress is not None:
            progress(0, 0, text)
    return step


def _tables(progress: Progress | None, verb: str) -> MergeProgress | None:
    """merge_repo's progress (rows, by table) in words: "Menggabungkan pejabat…"."""
    if progress is None:
        return None
    report = progress

    def tables(done: int, total: int, table: str) -> None:
        name = "penghapusan" if table == "tombstone" else TABLE_NAMES.get(table, table)
        report(done, total, f"{verb} {name}…" if table else f"{verb} kedua basis data…")
    return tables


def _check_cancelled(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise OperationCancelled(CANCELLED)


def plan_merge(db: Database, other_file: str | Path, passphrase: str | None = None,
               keep_theirs: Iterable[str] = frozenset(), progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> MergePlan:
    """What merging `other_file` would do, without writing anything."""
    other_file = _check(db, Path(other_file))
    with verified_copy(other_file, _work_folder(db), passphrase, progress) as (copy, _schema), \
            merge_attach.attached(db, copy):
        try:
            with db.atomic():
                plan = merge_repo.merge_from(db, copy, frozenset(keep_theirs),
                                             progress=_tables(progress, "Membandingkan"),
                                             cancelled=cancelled)
                raise _DryRun(plan)  # rolls the transaction back
        except _DryRun as dry:
            return dry.plan


def apply_merge(db: Database, other_file: str | Path, passphrase: str | None = None,
                keep_theirs: Iterable[str] = frozenset(), progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> MergePlan:
    """Merge `other_file` into `db`: automatic backup first, then one transaction.
    `keep_theirs`: UUIDs (or setting keys) of conflicts to settle with the other PC's version
    (never a final evaluation here)."""
    other_file = _check(db, Path(other_file))
    step = _steps(progress)
    with verified_copy(other_file, _work_folder(db), passphrase, progress) as (copy, schema):
        _check_cancelled(cancelled)
        step("Mencadangkan basis data ini (sebelum-gabung)…")
        backup = _backup_before(db)
        # A file older than schema 6 got a fresh dataset id while being upgraded: remembering
        # it would only add a peer that never comes back.
        if db.is_server:
            step("Memuat berkas ke server untuk dibandingkan…")
        with merge_attach.attached(db, copy), db.atomic():
            if db.is_server:
                # Nobody else writes these tables until the merge commits; whom it waits for
                # is said meanwhile.
                lock_for_writing(db, (*MERGE_TABLES, "setting", "tombstone", "merge_peer"),
                                 db.location, step)
            plan = merge_repo.merge_from(db, copy, frozenset(keep_theirs),
                                         record_peer=schema >= 6,
                                         progress=_tables(progress, "Menggabungkan"),
                                         cancelled=cancelled)
            step("Menyusun ulang daftar pejabat…")
            # Only the officials whose rows (or posts, or units' names) the merge changed.
            roster_repo.refresh(db, plan.touched_officials)
            # The last moment a cancel is safe: raised here, the transaction rolls back.
            _check_cancelled(cancelled)
    plan.applied = True
    plan.backup = backup
    return plan


TABLE_NAMES = {
    "setting": "pengaturan", "unit": "unit kerja", "official": "pejabat",
    "signatory": "penandatangan", "inauguration": "pelantikan", "appointment": "jabatan",
    "development_priority": "prioritas pembangunan", "program": "program",
    "program_status_change": "riwayat status program", "target": "target",
    "progress_update": "laporan progres", "attachment": "bukti dukung",
    "target_template": "templat target", "evaluation": "evaluasi", "handover": "serah terima",
    "handover_item": "rincian serah terima", "printed_document": "dokumen tercetak",
    "audit_entry": "riwayat perubahan",
}


def report_lines(plan: MergePlan) -> list[str]:
    """The plan in Indonesian: one line per table with anything in it, one per conflict."""
    lines = []
    for table in TABLE_ORDER:
        c = plan.counts.get(table)
        if c is None or not any(vars(c).values()):
            continue
        parts = [f"{c.added} baru", f"{c.updated} diperbarui", f"{c.unchanged} sama"]
        for value, text in ((c.kept, "tetap versi PC ini"), (c.deleted, "dihapus"),
                            (c.skipped, "sudah dihapus di PC ini"), (c.conflicts, "konflik")):
            if value:
                parts.append(f"{value} {text}")
        lines.append(f"{TABLE_NAMES.get(table, table)}: " + ", ".join(parts))
    for conflict in plan.conflicts:
        lines.append(conflict_line(conflict))
    return lines


SEPARATELY_ENTERED = (
    "Sebagian data (mis. pejabat dengan NIP yang sama) dicatat sendiri-sendiri di kedua PC, "
    "jadi tidak dikenali sebagai data yang sama dan tidak ditambahkan. Penggabungan hanya "
    "mengenali data yang berasal dari satu basis data: mulailah PC kedua dengan memulihkan "
    "cadangan PC pertama (Berkas → Pulihkan), bukan dengan mengimpor atau mengetik data yang "
    "sama.")


def advice(plan: MergePlan) -> list[str]:
    """What the user should know about the conflicts as a whole (Indonesian sentences)."""
    if any(c.reason == UNIQUE_CLASH and c.table in ("official", "unit")
           for c in plan.conflicts):
        return [SEPARATELY_ENTERED]
    return []


def conflict_line(conflict: Conflict) -> str:
    """One line in plain words (the record's name, field labels, both values; no UUID)."""
    if conflict.table == "setting":
        label = SETTING_LABELS.get(conflict.uuid, "")
    else:
        label = conflict.label if conflict.label != conflict.uuid else ""
    diff = "; ".join(f"{name}: PC ini {ours}, PC lain {theirs}"
                     for name, ours, theirs in differences(conflict))
    text = (f"KONFLIK {TABLE_NAMES.get(conflict.table, conflict.table)}"
            + (f" '{label}'" if label else "") + f": {conflict.reason}"
            + (f" ({diff})" if diff else ""))
    return " ".join(text.split())


__all__ = ["MergePlan", "Conflict", "TableCounts", "MergeError", "plan_merge", "apply_merge",
           "report_lines", "conflict_line", "advice"]
