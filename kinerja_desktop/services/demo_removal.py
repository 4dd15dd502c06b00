"""Removing the demo data: exactly what the demo added (recorded as it loaded), nothing else.

Rule for a user's edits: a record the demo added is removed even when the user has edited it
(it is still one of the demo's made-up records). A record the user added is never removed: when
one depends on a demo record (a program for a demo official, say), the removal is refused and
says what depends; a unit, priority or signatory the demo added that the user's records use is
kept instead, since those are shared lists, not the demo's story.

A demo loaded by a version before that record cannot be removed: its UUIDs are random, and it
took over the units, the Bupati and the government settings the user already had, so nothing
tells its records from the user's exactly. Guessing by the demo's NIPs and names could delete
the user's own data; removal says so instead (removal_unavailable).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from kinerja_desktop.domain import options
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.services import settings as dataset
from kinerja_desktop.storage import demo_repo, roster_repo
from kinerja_desktop.storage.database import Database, current_operator

# Shared lists: a demo entry the user's own records use stays.
KEPT_WHEN_USED = ("unit", "development_priority", "signatory")

LABELS = {
    "printed_document": "dokumen tercetak", "handover_item": "butir serah terima",
    "handover": "serah terima", "evaluation": "evaluasi", "attachment": "lampiran",
    "progress_update": "catatan kemajuan", "target": "target",
    "program_status_change": "riwayat status program", "program": "program",
    "target_template": "templat target", "development_priority": "prioritas pembangunan",
    "appointment": "jabatan", "inauguration": "pelantikan", "official": "pejabat",
    "signatory": "penandatangan", "unit": "unit kerja",
}


@dataclass
class DemoRecord:
    """What one or more demo loads added."""

    rows: dict[str, list[str]] = field(default_factory=dict)
    settings: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not any(self.rows.values()) and not self.settings


def recorded(db: Database) -> DemoRecord:
    text = dataset.get(db, options.DEMO_ROWS)
    if not text:
        return DemoRecord()
    data = json.loads(text)
    return DemoRecord(dict(data.get("rows", {})), list(data.get("settings", [])))


def demo_present(db: Database) -> bool:
    """Whether there is demo data to remove (what enables "Hapus data contoh")."""
    return not recorded(db).empty


NO_DEMO = "Tidak ada data contoh di basis data ini."
OLDER_DEMO = ("Data contoh di basis data ini dimuat oleh versi lama Kinerja Desktop, yang belum "
              "mencatat data mana yang ditambahkannya; menghapusnya otomatis dapat ikut "
              "menghapus data Anda sendiri (unit kerja, penandatangan, pengaturan). Hapus "
              "pejabat contoh beserta program, evaluasi dan serah terimanya satu per satu, atau "
              "pulihkan cadangan dari sebelum data contoh dimuat.")


ADMIN_ONLY = "Hanya administrator server yang dapat menghapus data contoh dari server kantor."


def _may_remove(db: Database) -> bool:
    """The demo's letterhead settings are the office's: on a server, its administrator's."""
    from kinerja_desktop.services.shared_server import may_administer
    return may_administer(db)


def removal_unavailable(db: Database) -> str:
    """Why "Hapus data contoh" cannot run on this database; empty when it can."""
    if not _may_remove(db):
        return ADMIN_ONLY
    if demo_present(db):
        return ""
    # The demo's status-bar notice is the one mark an older version's demo left.
    return OLDER_DEMO if dataset.get(db, options.DEMO_NOTICE) else NO_DEMO


class Snapshot:
    """The database's records and setting keys before the demo loads."""

    def __init__(self, db: Database) -> None:
        self.rows = demo_repo.uuids(db)
        self.settings = dataset.stored(db)

    def record_added(self, db: Database) -> None:
        """Add what appeared since the snapshot to the demo's record (in the load's
        transaction)."""
        record = recorded(db)
        for table, now in demo_repo.uuids(db).items():
            added = sorted(now - self.rows[table])
            if added:
                record.rows[table] = sorted(set(record.rows.get(table, [])) | set(added))
        new_keys = dataset.stored(db) - self.settings - {options.DEMO_ROWS.key}
        record.settings = sorted(set(record.settings) | new_keys)
        text = json.dumps({"rows": record.rows, "settings": record.settings}, sort_keys=True)
        # A second load that adds nothing writes nothing (not even the same record again).
        if not record.empty and text != dataset.get(db, options.DEMO_ROWS):
            dataset.set(db, options.DEMO_ROWS, text)


@dataclass(frozen=True)
class DemoRemoval:
    removed: dict[str, int]
    kept: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.removed.values())


def _others(db: Database, demo: dict[str, set[str]]) -> dict[str, set[str]]:
    return {t: uuids - demo.get(t, set()) for t, uuids in demo_repo.uuids(db).items()}


def _lost(before: dict[str, set[str]], db: Database) -> dict[str, int]:
    """The user's records a delete took with it (by ON DELETE CASCADE), counted by table."""
    now = demo_repo.uuids(db)
    return {t: len(uuids - now[t]) for t, uuids in before.items() if uuids - now[t]}


def _refusal(lost: dict[str, int]) -> KinerjaError:
    what = ", ".join(f"{n} {LABELS.get(t, t)}" for t, n in lost.items())
    return KinerjaError(f"Data contoh tidak dihapus: data yang Anda buat sendiri ({what}) "
                        "terkait dengan data contoh. Hapus atau pindahkan data itu dahulu.")


class _Refused(Exception):
    def __init__(self, lost: dict[str, int]) -> None:
        super().__init__(lost)
        self.lost = lost


def remove_demo(db: Database, actor: str | None = None) -> DemoRemoval:
    """Remove what the demo added, in one transaction, and say so in the change history
    (as `actor`, else the operator the triggers record)."""
    # Here, not at the top: the window asks removal_unavailable() while it starts, and the
    # evaluation repository (with the domain it loads) is not needed for that.
    from kinerja_desktop.storage.evaluation_repo import audit
    actor = actor or current_operator()
    if not _may_remove(db):
        raise KinerjaError(ADMIN_ONLY)
    record = recorded(db)
    if record.empty:
        raise KinerjaError(removal_unavailable(db))
    demo = {t: set(u) for t, u in record.rows.items()}
    removed: dict[str, int] = {}
    kept: dict[str, int] = {}
    try:
        with db.atomic():
            others = _others(db, demo)
            officials = demo_repo.official_ids(db, demo.get("official", set()))
            for table in demo_repo.TABLES:
                uuids = demo.get(table, set())
                if not uuids:
                    continue
                if table in KEPT_WHEN_USED:
                    removed[table], kept[table] = _remove_unused(db, table, uuids, others)
                    continue
                deleted = demo_repo.delete_rows(db, table, uuids)
                if deleted is None:  # a user's record points at these
                    raise _Refused({table: len(uuids)})
                removed[table] = deleted
                lost = _lost(others, db)
                if lost:
                    raise _Refused(lost)
            # roster_entry goes by ON DELETE CASCADE; the search index has no foreign key.
            roster_repo.refresh(db, officials)
            for key in record.settings:
                if key in options.OPTIONS:
                    dataset.clear(db, options.OPTIONS[key])
            dataset.clear(db, options.DEMO_ROWS)
            summary = ", ".join(f"{n} {LABELS[t]}" for t, n in removed.items() if n)
            audit(db, actor, "hapus_data_contoh", "dataset", "",
                  f"Data contoh dihapus: {summary}.",
                  {"dihapus": removed, "dipertahankan": {t: n for t, n in kept.items() if n}})
    except _Refused as refused:
        raise _refusal(refused.lost) from None
    return DemoRemoval({t: n for t, n in removed.items() if n},
                       {t: n for t, n in kept.items() if n})


def _remove_unused(db: Database, table: str, uuids: set[str],
                   others: dict[str, set[str]]) -> tuple[int, int]:
    """Delete one by one, keeping each entry whose delete would take a user's record."""
    removed = kept = 0
    for uuid in sorted(uuids):
        try:
            with db.atomic():  # a savepoint: undone alone when the entry is in use
                deleted = demo_repo.delete_rows(db, table, [uuid])
                if deleted is None or _lost(others, db):
                    raise _Refused({})
                removed += deleted
        except _Refused:
            kept += 1
    return removed, kept
