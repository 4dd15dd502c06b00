"""Automatic backups in the data folder: on exit at most once a day, and always before a
restore, a merge or a migration. The daily ones are rotated to the newest of 7 days, 4 weeks
and 12 months; the copies before a restore, merge or migration are all kept for 30 days, and
the 10 newest of each folder whatever their age (domain/rotation.copies_to_keep).

    <data folder>/cadangan/                     routine backups (on exit, daily)
    <data folder>/cadangan/sebelum-pulih/       the database as it was before each restore
    <data folder>/cadangan/sebelum-gabung/      … before each merge
    <data folder>/cadangan/sebelum-migrasi/     … before the schema was upgraded

File names carry the database's name, the local date and time, and the reason:
`kinerja-2024-06-15_170412-keluar.kinerja` (the suffix of every backup, so the restore dialog
lists them), with its `.sha256` beside it. Rotation reads the date from the name (never the
file's mtime, which a copy changes) and only ever deletes files named this way, each folder
and each database name on its own. Each copy has a name of its own (the time to the second,
then -2, -3 …), so a second restore in the same second never replaces the first one's copy.

`clean_at_start` removes what a killed backup, restore or merge left behind (storage/staging).

The backup on exit is decided where the window closes (`plan`: is one due, which folder and
name, read once from the data folder) and written on a worker thread (`write_planned`, through
backup_to's temporary name and rename; `cancelled` stops it leaving nothing under a name of
ours). A worker must never read the data folder's location itself: by the time it runs, the
environment it was decided in may have changed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kinerja_desktop.domain.rotation import copies_to_keep, to_keep
from kinerja_desktop.errors import (DiskFullError, KinerjaError, OperationCancelled,
                                    StorageError, os_reason)
from kinerja_desktop.paths import data_dir
from kinerja_desktop.storage.database import sqlite_uri

log = logging.getLogger(__name__)

BACKUP_FOLDER = "cadangan"
SUFFIX = ".kinerja"  # as services.backup names its backups
FORCED_REASONS = ("sebelum-pulih", "sebelum-gabung", "sebelum-migrasi")

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})"
                   r"-(?P<reason>[a-z]+(?:-[a-z]+)*)(?:-(?P<n>\d+))?\.kinerja$")
_REASON = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


def backup_root() -> Path:
    return data_dir() / BACKUP_FOLDER


def folder_for(reason: str) -> Path:
    """Routine backups in cadangan/ itself; each forced reason in its own subfolder, so that
    a routine backup later the same day never rotates away the copy made before a restore."""
    return backup_root() / reason if reason in FORCED_REASONS else backup_root()


def _stem(database: Path) -> str:
    stem = re.sub(r"[^0-9A-Za-z_.]+", "_", Path(database).stem).strip("._") or "kinerja"
    return stem


def backup_name(database: Path, reason: str, when: datetime, folder: Path) -> str:
    """A name not yet taken in `folder`: `<db>-<YYYY-MM-DD_HHMMSS>-<reason>[-n].kinerja`."""
    base = f"{_stem(database)}-{when:%Y-%m-%d_%H%M%S}-{reason}"
    name, n = f"{base}{SUFFIX}", 1
    while (folder / name).exists():
        n += 1
        name = f"{base}-{n}{SUFFIX}"
    return name


def parse_name(name: str) -> tuple[str, datetime, str] | None:
    """(database name, when, reason) of a backup file name of ours, else None."""
    match = _NAME.match(name)
    if not match:
        return None
    try:
        when = datetime.strptime(match["stamp"], "%Y-%m-%d_%H%M%S")
    except ValueError:
        return None
    n = int(match["n"] or 1)
    return match["stem"], when.replace(microsecond=min(n - 1, 999999)), match["reason"]


def _ours(folder: Path, database: Path) -> list[tuple[Path, datetime]]:
    """The backups of this database in `folder` (by name), with their dates."""
    stem = _stem(database)
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        parsed = parse_name(entry.name)
        if parsed and parsed[0] == stem and entry.is_file():
            found.append((entry, parsed[1]))
    return found


def rotate(folder: Path, database: Path, now: datetime) -> list[Path]:
    """Delete this database's backups in `folder` that rotation does not keep; return them.
    A file that cannot be deleted (open elsewhere) is left for the next time. The folders of
    the forced reasons keep every copy of the last 30 days and the 10 newest
    (copies_to_keep); cadangan/ itself keeps its daily rotation (to_keep)."""
    backups = _ours(folder, database)
    keep = copies_to_keep(backups, now) if folder.name in FORCED_REASONS else to_keep(backups, now)
    return [path for path, _when in backups if path not in keep and remove_backup(path)]


def remove_backup(path: Path) -> bool:
    """Delete a backup rotation does not keep, with its checksum and any SQLite side files;
    False (and logged) when it cannot be deleted (open elsewhere): left for the next time."""
    try:
        path.unlink()
    except OSError as exc:
        log.warning("cadangan lama %s tidak dapat dihapus: %s", path, os_reason(exc))
        return False
    for sidecar in (".sha256", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{sidecar}").unlink(missing_ok=True)
    return True


def made_today(database: Path, now: datetime) -> Path | None:
    """A routine backup of this database made on `now`'s day, if any."""
    for path, when in _ours(folder_for("keluar"), database):
        if when.date() == now.date():
            return path
    return None


def _check_reason(reason: str) -> None:
    if not _REASON.match(reason or ""):
        raise ValueError(f"alasan cadangan tidak sah: {reason!r}")


@dataclass(frozen=True)
class PlannedBackup:
    """A backup decided now and written later (on a worker thread): its folder and final name
    are fixed here, so writing it never depends on the data folder's setting any more."""

    database: Path
    reason: str
    folder: Path
    name: str
    when: datetime

    @property
    def path(self) -> Path:
        return self.folder / self.name


def plan(database: Path, reason: str, now: datetime | None = None) -> PlannedBackup | None:
    """The backup of `database` for `reason`, or None when none is due: a routine reason
    ("keluar", "harian", …) backs up at most once a day; the forced reasons always do. Only
    lists one folder: quick enough for the UI thread."""
    _check_reason(reason)
    now = now or datetime.now()
    database = Path(database)
    if reason not in FORCED_REASONS and made_today(database, now) is not None:
        return None
    folder = folder_for(reason)
    return PlannedBackup(database, reason, folder, backup_name(database, reason, now, folder),
                         now)


def write_planned(db, planned: PlannedBackup,
                  progress: Callable[[float, str], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> Path:
    """Write `planned` from the open database `db`, then rotate its folder; return the file.

    storage.backup_io.backup_to writes and verifies it under a temporary name in the same
    folder (`.<name>.tmp`, which clean_at_start removes after a crash) and renames it only when
    good; `progress(fraction, text)` and `cancelled()` are its own (a cancel raises
    OperationCancelled and leaves no file). It reads the database through a read-only
    connection of its own: any thread may call this while the app keeps using `db`."""
    from kinerja_desktop.storage.backup_io import backup_to
    _make_folder(planned.folder)
    path = backup_to(db, planned.folder, planned.name, progress, cancelled)
    rotate(planned.folder, planned.database, planned.when)
    return Path(path)


def auto_backup(db, reason: str, now: datetime | None = None) -> Path | None:
    """Back up the open database `db` into the data folder, then rotate; return the file.

    A routine reason ("keluar", "harian", …) makes at most one backup a day: None when one was
    already made today. The forced reasons (FORCED_REASONS) always back up. The backup is
    written and verified by storage.backup_io.backup_to (a temp file renamed only when good).
    """
    planned = plan(db.path, reason, now)
    return None if planned is None else write_planned(db, planned)


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Folder cadangan '{folder}' tidak dapat dibuat: "
                           f"{os_reason(exc)}.") from exc


def copy_closed_database(path: Path, reason: str, now: datetime | None = None) -> Path:
    """Back up a database file nobody has open (before a migration, or a file that cannot be
    opened as ours) into the data folder, then rotate. SQLite's backup API reads it, so data
    still in its -wal is included; the copy is one file (journal DELETE), fsynced, and
    appears under its name only when complete. A file SQLite cannot read is copied as bytes
    (with its -wal beside the copy)."""
    _check_reason(reason)
    now = now or datetime.now()
    path = Path(path)
    folder = folder_for(reason)
    _make_folder(folder)
    target = folder / backup_name(path, reason, now, folder)
    temp = target.with_name(f".{target.name}.tmp")
    try:
        try:
            _sqlite_copy(path, temp)
        except sqlite3.DatabaseError:
            _remove(temp)
            _byte_copy(path, temp)
            wal = Path(f"{path}-wal")
            if wal.exists() and wal.stat().st_size > 0:
                _byte_copy(wal, Path(f"{target}-wal"))
        os.replace(temp, target)
    except OSError as exc:
        _remove(temp)
        if exc.errno == 28:  # ENOSPC
            raise DiskFullError(f"Disk penuh saat mencadangkan '{path.name}' ke '{folder}'; "
                                f"kosongkan ruang lalu coba lagi.") from exc
        raise StorageError(f"Cadangan '{path.name}' tidak dapat dibuat di '{folder}': "
                           f"{os_reason(exc)}.") from exc
    except BaseException:
        _remove(temp)
        raise
    rotate(folder, path, now)
    return target


def _sqlite_copy(source: Path, target: Path) -> None:
    uri = sqlite_uri(source, "mode=ro")
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as src, \
            contextlib.closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
        result = dst.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise sqlite3.DatabaseError(result)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _byte_copy(source: Path, target: Path) -> None:
    with open(source, "rb") as src, open(target, "wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())


def _remove(path: Path) -> None:
    for candidate in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            candidate.unlink(missing_ok=True)


def before_migration(path: Path, version: int) -> None:
    """open_database's hook: copy the file (schema `version`) before it is upgraded."""
    copy_closed_database(path, "sebelum-migrasi")


EXIT_REASON = "keluar"


def plan_exit(database: Path, now: datetime | None = None) -> PlannedBackup | None:
    """The day's backup on exit, when not made yet today (else None)."""
    return plan(database, EXIT_REASON, now)


# The plan's reason when the window on a shared server closes: this PC's copy of the
# server's data (services/local_copy), not a backup.
LOCAL_COPY = "salinan-lokal"


def plan_local_copy(db, now: datetime | None = None) -> PlannedBackup:
    """The copy of a server's data written when its window closes."""
    from kinerja_desktop.services.local_copy import copy_path
    target = copy_path(db.server)
    return PlannedBackup(target, LOCAL_COPY, target.parent, target.name, now or datetime.now())


def write_exit(db, planned: PlannedBackup,
               progress: Callable[[float, str], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> Path | None:
    """Write the backup on exit (write_planned), or a server's local copy; never raises a
    KinerjaError: closing the app must not fail on a full disk, so a failure is logged and
    None returned, as is a cancel (the user chose to leave without it: nothing was written,
    the last copy stays)."""
    try:
        if planned.reason == LOCAL_COPY:
            from kinerja_desktop.services import local_copy
            return local_copy.write(db, progress, cancelled)
        return write_planned(db, planned, progress, cancelled)
    except OperationCancelled:
        log.info("cadangan otomatis saat keluar dilewati atas permintaan pengguna")
        return None
    except KinerjaError as exc:
        log.warning("cadangan otomatis saat keluar gagal: %s", exc)
        return None


def on_exit(db) -> Path | None:
    """The day's backup, if not made yet, written here and now (the window writes it on a
    worker thread instead: plan_exit, then write_exit). Never raises a KinerjaError."""
    try:
        planned = plan_exit(db.path)
    except KinerjaError as exc:
        log.warning("cadangan otomatis saat keluar gagal: %s", exc)
        return None
    return None if planned is None else write_exit(db, planned)


def clean_at_start(db_path: Path | str | None) -> list[Path]:
    """At the start of the window or of a command: remove the staging files a killed backup,
    restore or merge left (storage/staging.clean_leftovers) beside the database `db_path`, in
    the data folder and in its backup folders. Never raises: a leftover that cannot be removed
    now is tried again next time; returns what was removed."""
    from kinerja_desktop.storage.staging import clean_leftovers
    try:
        root = data_dir(create=False)
        folders = [root / BACKUP_FOLDER, *(root / BACKUP_FOLDER / r for r in FORCED_REASONS)]
        return clean_leftovers(root, Path(db_path) if db_path else None, folders)
    except Exception as exc:  # noqa: BLE001 - a start must never fail on a clean-up
        log.warning("berkas sisa tidak dapat dibersihkan: %s", exc)
        return []
