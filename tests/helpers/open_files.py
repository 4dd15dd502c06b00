"""Which of a database's files (the file, its -wal and -shm) are held open, on Linux and Windows;
and a file held open by another process, as Excel or an antivirus holds it."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path


def database_files(path: Path) -> list[str]:
    return [str(path), f"{path}-wal", f"{path}-shm"]


def held_open(path: Path) -> list[str]:
    """The database's files this process holds open (Linux: its descriptors in /proc); on
    Windows those any process holds open: an open that shares nothing fails with a sharing
    violation exactly while another handle on the file is open."""
    if sys.platform == "win32":
        return [name for name in database_files(path) if _windows_handle_open(name)]
    names = set(database_files(path))
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # the descriptor os.listdir itself used, already gone
            continue
        if target in names:
            found.append(target)
    return found


def _windows_handle_open(name: str) -> bool:
    import _winapi
    generic_read, no_sharing, open_existing = 0x80000000, 0, 3
    try:
        handle = _winapi.CreateFile(name, generic_read, no_sharing, 0, open_existing, 0, 0)
    except OSError as exc:
        if exc.winerror == 32:  # ERROR_SHARING_VIOLATION: someone has it open
            return True
        if exc.winerror in (2, 3):  # no such file or folder
            return False
        raise
    _winapi.CloseHandle(handle)
    return False


# A child Python that opens the file as most programs do (Excel, a scanner): read and write
# sharing granted, deletion sharing not (open() in r+b on Windows), and keeps it open.
_HOLDER = ("import sys; held = open(sys.argv[1], 'r+b'); print('terbuka', flush=True); "
           "sys.stdin.read()")


@contextlib.contextmanager
def held_by_another_process(path: Path) -> Iterator[None]:
    """`path` held open by another process for the length of the block."""
    with subprocess.Popen([sys.executable, "-c", _HOLDER, str(path)],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdin is not None and child.stdout is not None
        try:
            assert child.stdout.readline().strip() == "terbuka"
            yield
        finally:
            child.stdin.close()  # the child reads to the end, then lets go and exits
            child.wait(timeout=60)
