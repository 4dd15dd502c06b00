"""The backup passphrase of backup, verify, restore and merge: a file, the environment, or a
console someone sits at; otherwise the command refuses at once (a scheduled backup never waits
for an answer no one can give)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kinerja_desktop.cli.parser import UsageError
from kinerja_desktop.errors import os_reason

PASSPHRASE_ENV = "KINERJA_PASSPHRASE"
FILE_OPTION = "--passphrase-file"


def add_passphrase_file(parser, encrypting: bool = False) -> None:
    """The --passphrase-file option of a command that may need the passphrase."""
    use = "untuk mengenkripsi (dengan --encrypt)" if encrypting else "bila cadangan terenkripsi"
    parser.add_argument(FILE_OPTION, type=Path, metavar="BERKAS", dest="passphrase_file",
                        help=f"baca kata sandi cadangan {use} dari baris pertama berkas ini "
                             f"(untuk tugas terjadwal); tanpa ini: {PASSPHRASE_ENV}, atau "
                             f"ditanyakan di terminal")


def passphrase_to_read(args, backup_file: Path) -> str | None:
    """The passphrase of an encrypted backup (verify, restore, merge); None for a plain one."""
    from kinerja_desktop.services.restore import needs_passphrase
    return passphrase(confirm=False, file=args.passphrase_file) if needs_passphrase(
        backup_file) else None


def passphrase(confirm: bool, file: Path | None = None) -> str:
    """From `file` (--passphrase-file), else KINERJA_PASSPHRASE, else asked on the console
    (twice when `confirm`) when there is one someone can type at; UsageError otherwise."""
    if file is not None:
        return _from_file(file)
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not interactive_console():
        raise UsageError(f"kata sandi cadangan diperlukan, tetapi tidak ada terminal untuk "
                         f"menanyakannya. Setel variabel lingkungan {PASSPHRASE_ENV} atau beri "
                         f"{FILE_OPTION} BERKAS.")
    import getpass
    value = getpass.getpass("Kata sandi cadangan: ")
    if not value:
        raise UsageError("kata sandi cadangan tidak boleh kosong.")
    if confirm and getpass.getpass("Ulangi kata sandi: ") != value:
        raise UsageError("kedua kata sandi tidak sama.")
    return value


def _from_file(file: Path) -> str:
    path = file.expanduser()
    if path.is_dir():
        raise UsageError(f"berkas kata sandi '{path}' adalah folder.")
    try:
        # utf-8-sig: Notepad may begin the file with a byte order mark.
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"berkas kata sandi '{path}' bukan teks UTF-8.") from exc
    except OSError as exc:
        raise UsageError(f"berkas kata sandi '{path}' tidak dapat dibaca: "
                         f"{os_reason(exc)}.") from exc
    lines = text.splitlines()
    # The first line, without its line end: spaces inside or around it belong to it.
    value = lines[0] if lines else ""
    if not value:
        raise UsageError(f"berkas kata sandi '{path}' kosong; kata sandi ada di baris "
                         f"pertamanya.")
    return value


def interactive_console() -> bool:
    """Whether a passphrase can be asked: standard input is a console (on Windows by
    GetConsoleMode, since NUL passes isatty()) and, on Windows, one a person can see (a task
    scheduled to run whether or not the user is logged on gets a console on a hidden
    desktop)."""
    stdin = sys.stdin
    if stdin is None:  # a windowed program
        return False
    if sys.platform != "win32":
        return stdin.isatty()
    try:
        fileno = stdin.fileno()
    except (OSError, ValueError):  # replaced by an object without a descriptor, or closed
        return False
    return _windows_console(fileno) and _windows_desktop_visible()


def _windows_console(fileno: int) -> bool:
    if sys.platform != "win32":  # (for mypy on other systems)
        return False
    import ctypes
    import msvcrt
    from ctypes import wintypes
    try:
        handle = msvcrt.get_osfhandle(fileno)
    except OSError:
        return False
    mode = wintypes.DWORD()
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.GetConsoleMode.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.GetConsoleMode.restype = wintypes.BOOL
    return bool(kernel32.GetConsoleMode(handle, ctypes.byref(mode)))


def _windows_desktop_visible() -> bool:
    """False in a window station no one sees (a service, or a task run while nobody is
    logged on): WSF_VISIBLE of the process's window station. True when it cannot be told."""
    if sys.platform != "win32":
        return True
    import ctypes
    from ctypes import wintypes

    class UserObjectFlags(ctypes.Structure):
        _fields_ = (("fInherit", wintypes.BOOL), ("fReserved", wintypes.BOOL),
                    ("dwFlags", wintypes.DWORD))

    user32 = ctypes.WinDLL("user32", use_last_error=True)
    user32.GetProcessWindowStation.restype = wintypes.HANDLE
    user32.GetUserObjectInformationW.argtypes = (wintypes.HANDLE, ctypes.c_int,
                                                 ctypes.c_void_p, wintypes.DWORD,
                                                 ctypes.POINTER(wintypes.DWORD))
    user32.GetUserObjectInformationW.restype = wintypes.BOOL
    station = user32.GetProcessWindowStation()
    flags, needed = UserObjectFlags(), wintypes.DWORD()
    uoi_flags, wsf_visible = 1, 0x0001
    if not station or not user32.GetUserObjectInformationW(
            station, uoi_flags, ctypes.byref(flags), ctypes.sizeof(flags), ctypes.byref(needed)):
        return True
    return bool(flags.dwFlags & wsf_visible)
