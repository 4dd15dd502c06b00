"""Whether another process has a database file open: a restore must not replace a file under
an open connection. No Qt.

On Linux and macOS a file can be renamed over while another process has it open: that process
keeps writing into the old file (and its -wal, which the swap deletes), its next write is
acknowledged and then lost. So before the swap a restore asks, in three ways:

- Linux: which processes have the file or its -wal/-shm open for writing, from
  /proc/<pid>/fd (every SQLite connection counts, even one idle without a lock; a program
  only reading it, an indexer or a scanner, does not; this process is left out, so the check
  can run while the app still holds its own connections).
- Windows: opening the file with no sharing at all fails when any other handle is open.
- Any system: a fresh SQLite connection with `locking_mode=EXCLUSIVE` tries `BEGIN
  EXCLUSIVE`: in WAL mode every connection that has read the file holds a shared lock that
  refuses it (a short busy timeout). Only once this process closed its own connections.

`ensure_not_open_elsewhere` raises with one Indonesian message whatever found it.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from kinerja_desktop.errors import DatabaseLockedError, StorageError
from kinerja_desktop.storage.database import sqlite_uri

SIDECARS = ("-wal", "-shm", "-journal")
PROBE_TIMEOUT = 0.5  # seconds the exclusive-lock probe waits for a lock to clear
RECHECK_DELAY = 0.1  # before asking once more (see ensure_not_open_elsewhere)
_PROC = Path("/proc")
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
# ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_WINDOWS_HELD = (32, 33)


def with_sidecars(path: Path) -> list[Path]:
    return [path, *(Path(f"{path}{suffix}") for suffix in SIDECARS)]


def can_list_open_files() -> bool:
    """Whether this system tells which process has which file open (Linux's /proc)."""
    return sys.platform.startswith("linux") and (_PROC / "self" / "fd").is_dir()


def processes_with_open(paths: Iterable[Path], include_self: bool = False,
                        writers_only: bool = True) -> list[int] | None:
    """The ids of the processes that have any of `paths` open (compared by device and inode,
    so any name of the file counts); None where the system does not tell (not Linux).
    `writers_only`: opened for writing (every SQLite connection that may write is; a file
    indexer, a virus scanner or a cloud client reading it is not, and loses nothing).
    Processes of other users, whose open files cannot be read, are not seen."""
    if not can_list_open_files():
        return None
    wanted: set[tuple[int, int]] = set()
    for path in paths:
        with contextlib.suppress(OSError):
            info = os.stat(path)
            wanted.add((info.st_dev, info.st_ino))
    if not wanted:
        return []
    own = os.getpid()
    found: list[int] = []
    try:
        entries = os.listdir(_PROC)
    except OSError:
        return None
    for entry in entries:
        if not entry.isdigit() or (int(entry) == own and not include_self):
            continue
        if _has_open(_PROC / entry, wanted, writers_only):
            found.append(int(entry))
    return sorted(found)


def open_among(paths: Iterable[Path]) -> set[Path] | None:
    """Which of `paths` any process (this one too) has open; None where the system does not
    tell. One pass over /proc for all of them."""
    if not can_list_open_files():
        return None
    wanted: dict[tuple[int, int], list[Path]] = {}
    for path in paths:
        with contextlib.suppress(OSError):
            info = os.stat(path)
            wanted.setdefault((info.st_dev, info.st_ino), []).append(Path(path))
    found: set[Path] = set()
    if not wanted:
        return found
    try:
        entries = os.listdir(_PROC)
    except OSError:
        return None
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            fds = os.scandir(_PROC / entry / "fd")
        except OSError:
            continue
        with fds:
            for fd in fds:
                try:
                    info = os.stat(fd.path)
                except OSError:
                    continue
                found.update(wanted.get((info.st_dev, info.st_ino), ()))
    return found


def _has_open(process: Path, wanted: set[tuple[int, int]], writers_only: bool) -> bool:
    try:
        fds = os.scandir(process / "fd")
    except OSError:  # gone meanwhile, or another user's
        return False
    with fds:
        for fd in fds:
            try:
                info = os.stat(fd.path)  # follows the link to the open file itself
            except OSError:
                continue
            if (info.st_dev, info.st_ino) in wanted and (
                    not writers_only or _opened_for_writing(process / "fdinfo" / fd.name)):
                return True
    return False


def _opened_for_writing(fdinfo: Path) -> bool:
    """From /proc/<pid>/fdinfo/<fd>'s `flags:` (octal): not O_RDONLY. True when unreadable."""
    try:
        text = fdinfo.read_text(encoding="ascii", errors="replace")
    except OSError:
        return True
    for line in text.splitlines():
        if line.startswith("flags:"):
            try:
                # /proc exists on Linux only; O_ACCMODE is not defined on Windows.
                mode = int(line.split()[1], 8) & getattr(os, "O_ACCMODE", 3)
                return bool(mode != os.O_RDONLY)
            except (IndexError, ValueError):
                return True
    return True


def held_open_on_windows(path: Path) -> bool:
    """Windows: whether any handle is open on `path` (this process's too): opening it with
    no sharing fails with a sharing violation exactly then. False elsewhere, or when it
    does not exist."""
    if sys.platform != "win32":
        return False
    import _winapi
    generic_read, no_sharing, open_existing = 0x80000000, 0, 3
    try:
        handle = _winapi.CreateFile(str(path), generic_read, no_sharing, 0, open_existing, 0, 0)
    except OSError as exc:
        return getattr(exc, "winerror", None) in _WINDOWS_HELD
    _winapi.CloseHandle(handle)
    return False


def locked_by_a_connection(path: Path, timeout: float = PROBE_TIMEOUT) -> bool:
    """Whether a connection (of any process, this one's too) keeps SQLite from taking `path`
    wholly: `locking_mode=EXCLUSIVE` and `BEGIN EXCLUSIVE`, rolled back at once (nothing is
    written). False when the file is missing or not a database SQLite can lock."""
    try:
        con = sqlite3.connect(sqlite_uri(path, "mode=rw"), uri=True, timeout=timeout,
                              isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        con.execute("PRAGMA locking_mode = EXCLUSIVE")
        con.execute("BEGIN EXCLUSIVE")
        con.execute("ROLLBACK")
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        return (code is not None and code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)) or \
            "locked" in str(exc).lower()
    finally:
        con.close()
    return False


def open_elsewhere_message(db_path: Path, pids: Iterable[int] = (),
                           action: str = "Pemulihan") -> str:
    who = _describe(pids)
    return (f"Basis data '{db_path.name}' sedang dibuka dan dikunci program lain{who} (mis. "
            f"jendela Kinerja Desktop yang lain, perintah kinerja yang masih berjalan, atau "
            f"penampil basis data), sehingga tidak dapat diganti dengan aman: yang ditulis "
            f"program itu sesudahnya akan hilang. {action} dibatalkan; basis data tetap seperti "
            f"semula. Tutup program itu, lalu coba lagi.")


def _describe(pids: Iterable[int]) -> str:
    names = []
    for pid in pids:
        try:
            command = (_PROC / str(pid) / "comm").read_text(encoding="utf-8",
                                                             errors="replace").strip()
        except OSError:
            command = ""
        names.append(f"{command} (PID {pid})" if command else f"PID {pid}")
    return f": {', '.join(names)}" if names else ""


def ensure_not_open_elsewhere(db_path: Path, own_closed: bool = False,
                              error: Callable[[str], StorageError] = DatabaseLockedError,
                              action: str = "Pemulihan") -> None:
    """Raise `error` (an Indonesian message) when another process has the database
    `db_path` open. Before this process closed its own connections (`own_closed` false) only
    what tells processes apart is asked (Linux); afterwards also Windows' sharing and the
    exclusive-lock probe, which count this process's connections too."""
    db_path = Path(db_path)
    if not db_path.exists():
        return
    pids = processes_with_open(with_sidecars(db_path))
    if pids:
        raise error(open_elsewhere_message(db_path, pids, action))
    if own_closed and _held_or_locked(db_path):
        # A connection of this process that close() could not end yet (a statement still
        # referenced from a reference cycle) lets go once collected: asked once more.
        gc.collect()
        time.sleep(RECHECK_DELAY)
        if _held_or_locked(db_path):
            raise error(open_elsewhere_message(db_path, (), action))


def _held_or_locked(db_path: Path) -> bool:
    return held_open_on_windows(db_path) or locked_by_a_connection(db_path)


__all__ = ["ensure_not_open_elsewhere", "processes_with_open", "open_among", "held_open_on_windows",
           "locked_by_a_connection", "open_elsewhere_message", "can_list_open_files",
           "with_sidecars"]
