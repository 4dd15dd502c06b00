"""What a killed backup, restore or merge leaves behind, removed at the next start. No Qt.

Every file the app writes before it is complete has a name of one of these forms (and a
process killed at the wrong moment leaves it, with its -wal/-shm/-journal):

    .<database>.pulih-<8 hex>.tmp       services/restore: the backup staged beside the live
                                        database (a copy as large as the database)
    .<backup file>.baca-<8 hex>.tmp     services/restore.verified_copy: the other PC's file
                                        read for a merge
    .<backup file>.periksa-<8 hex>.tmp  storage/backup_io.verify_file: an encrypted backup
                                        decrypted to be checked (in the data folder)
    .kinerja-<PC>.salin-<8 hex>.tmp     storage/server_copy: a server's data being written to a
                                        file on this PC, to be backed up (in the data folder)
    ..<any of those>.tmp                backup_crypto.decrypt_to's temp of such a copy
    .<any of those>.baru                restore's rebuilt copy (storage/intake), verify's
                                        scratch database of the row checks
    .<name>.kinerja[.enc][.<8 hex>].tmp storage/backup_io and services/auto_backup: a backup
                                        being written and checked (with a passphrase the
                                        PLAIN copy, which is made beside the live database)
    .<name>.kinerja[.enc].sha256.tmp    its checksum being written
    .<file>-wal.lama-<8 hex>            restore's swap: the live -wal/-shm set aside
    .kinerja-uji-tulis-<8 hex>.tmp      file_access/paths: whether a folder is writable
    <auto backup name>.kinerja-wal      auto_backup.copy_closed_database: the -wal of a byte
                                        copy whose database never got its name

Nothing else is ever removed: no file of another name, no folder, no link. A leftover is
removed only when nothing has it open: on Linux no process (by /proc); on Windows the system
itself refuses to delete a file another program has open; elsewhere, where that cannot be
told, only once it is STALE_AFTER old. And while another process has the live database open
(it may be in the middle of a restore or merge of its own, whose staged copy is closed for a
moment between steps) a leftover younger than STALE_AFTER is left for the next start.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from kinerja_desktop.storage import in_use

log = logging.getLogger(__name__)

STALE_AFTER = 10 * 60  # seconds: older than this, a leftover is nobody's work in progress

_SIDE = r"(?:-wal|-shm|-journal)?"
_HEX = r"[0-9a-f]{8}"
LEFTOVER_NAMES = tuple(re.compile(pattern) for pattern in (
    rf"^\..+\.(?:pulih|baca|periksa|salin)-{_HEX}\.tmp(?:\.tmp|\.baru)?{_SIDE}$",
    rf"^\..+\.kinerja(?:\.enc)?(?:\.{_HEX})?\.tmp{_SIDE}$",
    r"^\..+\.kinerja(?:\.enc)?\.sha256\.tmp$",
    rf"^\..+-(?:wal|shm|journal)\.lama-{_HEX}$",
    rf"^\.kinerja-uji-tulis-{_HEX}\.tmp$",
))
# An automatic backup's -wal beside a byte copy (auto_backup.backup_name), a leftover only
# when its database is not there.
_ORPHAN_WAL = re.compile(r"^.+-\d{4}-\d{2}-\d{2}_\d{6}-[a-z]+(?:-[a-z]+)*(?:-\d+)?"
                         r"\.kinerja-wal$")
_SIDECAR_END = re.compile(r"(?:-wal|-shm|-journal)$")


def is_leftover(folder: Path, name: str) -> bool:
    """Whether `name` in `folder` is a staging file of ours (by its name alone)."""
    if any(pattern.match(name) for pattern in LEFTOVER_NAMES):
        return True
    return bool(_ORPHAN_WAL.match(name)) and not (folder / name[:-len("-wal")]).exists()


def find_leftovers(folders: Iterable[Path]) -> dict[Path, list[Path]]:
    """The leftovers in `folders` (not below them), grouped: a staged file with its
    -wal/-shm/-journal, keyed by the staged file's path (which may be gone already)."""
    groups: dict[Path, list[Path]] = {}
    for folder in _unique(folders):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
            except OSError:
                continue
            if not is_leftover(folder, entry.name):
                continue
            base = entry.name
            if not _ORPHAN_WAL.match(base) and ".lama-" not in base:
                base = _SIDECAR_END.sub("", base)
            groups.setdefault(folder / base, []).append(folder / entry.name)
    return groups


def _unique(folders: Iterable[Path]) -> list[Path]:
    seen: set[str] = set()
    unique = []
    for folder in folders:
        key = os.path.normcase(os.path.abspath(folder))
        if key not in seen and Path(folder).is_dir():
            seen.add(key)
            unique.append(Path(folder))
    return unique


def live_database_used_elsewhere(db_path: Path | None) -> bool:
    """Whether another process may have the live database open now (True where it cannot be
    told). On Windows this process must not have it open itself."""
    if db_path is None:
        return True
    files = [p for p in in_use.with_sidecars(Path(db_path)) if p.exists()]
    if not files:
        return False
    pids = in_use.processes_with_open(files)
    if pids is not None:
        return bool(pids)
    if sys.platform == "win32":
        return any(in_use.held_open_on_windows(p) for p in files)
    return True


def clean_leftovers(data_folder: Path | None, db_path: Path | None,
                    also: Iterable[Path] = (), min_age: float | None = None,
                    now: float | None = None,
                    only: Callable[[str], bool] | None = None) -> list[Path]:
    """Remove the leftovers (see the module doc) beside the database `db_path`, in
    `data_folder` and in the folders `also` (the backup folders); return what was removed.
    Call it before this process opens the database (the window's and the command's start).
    `only`: of those, just the ones whose name it accepts.

    `min_age` (seconds since the group's newest change) defaults to 0 when nothing else has
    the live database open, else STALE_AFTER; where the system cannot tell whether a file is
    open, never less than STALE_AFTER. Errors are logged and the file left for next time."""
    folders = [*([Path(db_path).parent] if db_path is not None else []),
               *([Path(data_folder)] if data_folder is not None else []), *map(Path, also)]
    groups = find_leftovers(folders)
    if only is not None:
        groups = {base: files for base, files in groups.items() if only(base.name)}
    if not groups:
        return []
    if min_age is None:
        min_age = STALE_AFTER if live_database_used_elsewhere(db_path) else 0
    all_files = [path for files in groups.values() for path in files]
    open_now = in_use.open_among(all_files)
    if open_now is None and sys.platform != "win32":
        min_age = max(min_age, STALE_AFTER)  # nothing tells whether a file is in use
    now = time.time() if now is None else now
    removed: list[Path] = []
    for base, files in sorted(groups.items()):
        if open_now is not None and any(path in open_now for path in files):
            continue
        newest = max((_mtime(path) for path in files), default=0.0)
        if now - newest < min_age:
            continue
        removed += _remove_group(base, files)
    return removed


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _remove_group(base: Path, files: list[Path]) -> list[Path]:
    """The staged file first: when it is held (Windows refuses), its sidecars stay too."""
    removed = []
    for path in sorted(files, key=lambda p: (p != base, p.name)):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.info("berkas sisa %s belum dapat dihapus (%s); dicoba lagi nanti", path, exc)
            break
        log.info("berkas sisa dihapus: %s", path)
        removed.append(path)
    with contextlib.suppress(OSError):
        if removed:
            _fsync_dir(base.parent)
    return removed


def _fsync_dir(folder: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


__all__ = ["STALE_AFTER", "LEFTOVER_NAMES", "is_leftover", "find_leftovers",
           "live_database_used_elsewhere", "clean_leftovers"]
