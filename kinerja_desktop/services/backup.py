"""Backups of the open database to a folder (a USB stick), optionally encrypted, verified."""

from __future__ import annotations

import contextlib
import logging
import platform
import secrets
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from collections.abc import Callable, Iterator

from kinerja_desktop.domain.options import LAST_BACKUP
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.services import settings as dataset
from kinerja_desktop.services.start_state import last_backup
from kinerja_desktop.storage import backup_io
from kinerja_desktop.storage.backup_check import BackupReport
from kinerja_desktop.storage.backup_steps import Cancelled, Progress
from kinerja_desktop.storage.database import Database, open_database

log = logging.getLogger(__name__)

SUFFIX = ".kinerja"
ENCRYPTED_SUFFIX = ".kinerja.enc"


@dataclass(frozen=True)
class BackupResult:
    path: Path               # the file written (…kinerja or …kinerja.enc); its .sha256 beside
    sha256: str              # of that file as stored
    counts: dict[str, int]   # rows per table of the snapshot copied (= the copy's, verified)
    seconds: float
    # Said when the backup is complete but something after it failed (recording its time in a
    # database another program holds): the backup stands, the user hears why the time is old.
    warning: str = ""


def pc_name() -> str:
    """This computer's name, safe in a file name on any system ('PC' when there is none)."""
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", platform.node().split(".")[0]).strip("-_")
    return name[:40] or "PC"


def backup_name(target_dir: Path, when: datetime, pc: str | None = None) -> str:
    """`kinerja-<PC>-YYYYMMDD-HHMM` (no extension), with -2, -3 … when a backup of that
    minute is already in the folder (plain or encrypted)."""
    stem = f"kinerja-{pc or pc_name()}-{when:%Y%m%d-%H%M}"
    candidate, number = stem, 1
    while any((Path(target_dir) / f"{candidate}{suffix}").exists()
              for suffix in (SUFFIX, ENCRYPTED_SUFFIX)):
        number += 1
        candidate = f"{stem}-{number}"
    return candidate


def make_backup(db: Database, target_dir: str | Path, encrypt_passphrase: str | None = None,
                progress: Progress | None = None, cancelled: Cancelled | None = None,
                now: Callable[[], datetime] = datetime.now,
                thorough: bool = True, pc: str | None = None) -> BackupResult:
    """Back the database up into `target_dir` (see backup_io.backup_to: verified, with the
    row counts of the snapshot compared against the copy), then record the time in the
    dataset setting LAST_BACKUP. Typed errors; nothing under the final name on
    failure. The copy gets SQLite's full integrity_check (`thorough=False`: the quicker
    quick_check, which does not compare indexes with their tables). `pc`: the name's part
    after "kinerja-" (this PC's name by default; a server's scheduled export names itself)."""
    started = time.perf_counter()
    when = now()
    _clean_leftovers(db, Path(target_dir))
    name = backup_name(Path(target_dir), when, pc) + SUFFIX
    with _file_of(db) as source:
        path, report = backup_io.backup_with_report(source, Path(target_dir), name, progress,
                                                    cancelled, encrypt_passphrase or None,
                                                    thorough)
    warning = ""
    try:
        with db.atomic():
            dataset.set(db, LAST_BACKUP, when)
    except (KinerjaError, sqlite3.Error) as exc:  # storage names a locked database
        reason = str(exc) if isinstance(exc, KinerjaError) else "basis data sedang dikunci"
        warning = (f"Cadangan sudah lengkap, tetapi waktu pencadangan terakhir tidak dapat "
                   f"dicatat di basis data: {reason}")
        log.warning("waktu cadangan %s tidak tercatat: %s", path, exc)
    return BackupResult(path, report.sha256 or "", dict(report.counts),
                        time.perf_counter() - started, warning)


@contextlib.contextmanager
def _file_of(db: Database) -> Iterator[Database]:
    """The database whose file is backed up: a file database itself; for a server, its data
    written out as a PC's file in the data folder (one consistent snapshot), removed after.
    So a backup from the server is the same .kinerja file a PC writes."""
    if not db.is_server:
        yield db
        return
    from kinerja_desktop.paths import check_data_dir
    from kinerja_desktop.storage.server_copy import export_to_file
    staged = check_data_dir() / f".kinerja-{pc_name()}.salin-{secrets.token_hex(4)}.tmp"
    try:
        export_to_file(db, staged)
        copy = open_database(staged, create=False)
        try:
            yield copy
        finally:
            copy.close()
    finally:
        for leftover in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm")):
            leftover.unlink(missing_ok=True)


def server_backup(db: Database, reason: str) -> Path:
    """A server's data backed up into this PC's data folder before a change nobody can undo
    (a merge into it): one snapshot, the same verified .kinerja file a PC writes, named after
    the server's database (`server_<name>-<time>-<reason>.kinerja`) and rotated as a PC's."""
    from kinerja_desktop.services import auto_backup
    assert db.server is not None
    stem = re.sub(r"[^0-9A-Za-z_]+", "_", f"{db.server.database}_{db.server.schema}".strip("_"))
    planned = auto_backup.plan(Path(f"server_{stem}.db"), reason)
    assert planned is not None  # a forced reason always backs up
    with _file_of(db) as copy:
        return auto_backup.write_planned(copy, planned)


def _clean_leftovers(db: Database, target_dir: Path) -> None:
    """What an earlier backup killed on its way left on the target (a stick plugged in again)
    and beside the database (an encrypted backup's plain copy), removed before this backup.
    This PC's own (named `kinerja-<this PC>-…`) go as soon as nothing has them open; any other
    only STALE_AFTER old (a folder several PCs share). The start of the app or a command
    cleans the database's folder too. Never fails the backup."""
    from kinerja_desktop.storage.staging import STALE_AFTER, clean_leftovers
    if db.is_server:
        from kinerja_desktop.paths import data_dir
        folders: tuple[Path, ...] = (data_dir(), target_dir)
    else:
        folders = (Path(db.path).parent, target_dir)
    mine = f".kinerja-{pc_name()}-"
    try:
        clean_leftovers(None, None, folders, min_age=0, only=lambda n: n.startswith(mine))
        clean_leftovers(None, None, folders, min_age=STALE_AFTER)
    except Exception as exc:  # noqa: BLE001 - a clean-up must not stop the backup
        log.warning("berkas sisa di %s tidak dapat dibersihkan: %s", target_dir, exc)


def verify_backup(path: str | Path, passphrase: str | None = None,
                  work_dir: str | Path | None = None, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> BackupReport:
    """Check a backup file (backup_io.verify_file: every check, rows included). An encrypted
    one is decrypted chunk by chunk into a temporary file in `work_dir` (by default the data
    folder, where the plain data already is and where a leftover is cleaned at the next
    start), never into memory whole and never beside the backup."""
    return backup_io.verify_file(Path(path), passphrase, work_dir=_work_dir(work_dir),
                                 progress=progress, cancelled=cancelled)


def _work_dir(chosen: str | Path | None) -> Path | None:
    """The folder for verify's temporary files: `chosen`, else the data folder when it exists
    (verifying creates no folder); None (the system's temporary folder) otherwise."""
    from kinerja_desktop.paths import data_dir
    try:
        folder = Path(chosen) if chosen is not None else data_dir(create=False)
    except KinerjaError as exc:
        log.warning("folder data tidak dapat dipakai untuk pemeriksaan cadangan: %s", exc)
        return None
    return folder if folder.is_dir() else None


def restored_from(db: Database, backup_made: datetime | None) -> None:
    """After a restore: the data is that backup's, so its time is the last backup (the copy
    itself recorded the backup before it, or none, which read "Belum pernah dicadangkan")."""
    if backup_made is None:
        return
    current = last_backup(db)
    if current is None or current < backup_made:
        with db.atomic():
            dataset.set(db, LAST_BACKUP, backup_made)


