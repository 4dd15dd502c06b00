"""Typed errors of the core: the GUI and CLI tell a user's mistake from a bug by these."""

from __future__ import annotations

import errno
import os
import sys
from dataclasses import dataclass


class KinerjaError(Exception):
    """An error the user can understand and act on; the message is Indonesian."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or doubtful) with input: which field, what, and where."""

    field: str
    message: str
    severity: str = "error"  # "error" refuses the input, "warning" only informs
    row: int | None = None  # spreadsheet row number as the user sees it

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def describe(self) -> str:
        """One line for a report or stderr: 'Baris 3, kolom nip: ...'."""
        where = []
        if self.row is not None:
            where.append(f"Baris {self.row}")
        if self.field:
            where.append(f"kolom {self.field}" if self.row is not None else self.field)
        prefix = ", ".join(where)
        label = "Peringatan: " if self.severity == "warning" else ""
        text = f"{prefix}: {label}{self.message}" if prefix else f"{label}{self.message}"
        # A cell may hold a line break (Alt+Enter in Excel); a report line must stay one line.
        return " ".join(text.split())


class ValidationError(KinerjaError):
    """Input refused; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]):
        self.problems = tuple(problems)
        super().__init__("; ".join(p.describe() for p in self.problems if p.is_error)
                         or "Data tidak valid.")

    @classmethod
    def single(cls, field: str, message: str, row: int | None = None) -> ValidationError:
        return cls([Problem(field, message, "error", row)])


class NotFoundError(KinerjaError):
    """A record asked for by id, UUID or NIP does not exist."""


class StorageError(KinerjaError):
    """The database file cannot be used; the user can fix the cause (file, disk, lock)."""


class NotOurDatabaseError(StorageError):
    """The file is not a Kinerja Desktop database (another app's SQLite, or not SQLite at all)."""


class DatabaseTooNewError(StorageError):
    """The file was written by a newer version of the app: opening it could damage it."""


class DatabaseLockedError(StorageError):
    """Another program holds the database; try again later."""


class ReadOnlyDatabaseError(StorageError):
    """The database was opened to be read only (this PC's copy of a server's data): nothing
    can be saved in it."""


class DiskFullError(StorageError):
    """The disk or USB stick is full."""


class InputFileError(KinerjaError):
    """An import file cannot be read at all (empty, wrong format, unreadable)."""


# The operating system's own text (exc.strerror) is in the system's language, usually English.
_OS_REASONS = {
    errno.ENOENT: "folder atau berkas tidak ada",
    errno.EACCES: "akses ditolak (berkas mungkin sedang dibuka program lain, misalnya Excel)",
    errno.EPERM: "akses ditolak",
    errno.ENOSPC: "disk atau flashdisk penuh",
    errno.EROFS: "media hanya-baca",
    errno.EISDIR: "yang dipilih adalah folder",
    errno.ENOTDIR: "bagian jalurnya bukan folder",
    errno.EBUSY: "sedang dipakai program lain",
    errno.ENAMETOOLONG: "nama atau jalurnya terlalu panjang",
    errno.EEXIST: "sudah ada berkas dengan nama itu",
}


def os_reason(exc: OSError) -> str:
    """Why a file operation failed, in Indonesian."""
    if exc.errno is None:  # raised by Python code without a number (TimeoutError(), shutil)
        return "kesalahan sistem yang tidak dikenal"
    if getattr(exc, "winerror", None) == _WINDOWS_WRITE_PROTECT:
        return _OS_REASONS[errno.EROFS]  # a locked stick; Python calls it EACCES
    if exc.errno == errno.EACCES and _names_a_folder(exc):
        # Windows refuses to open or replace a folder as a file with "access denied" where
        # Linux says EISDIR: not a lock, not a permission, but the wrong choice of path.
        return _OS_REASONS[errno.EISDIR]
    if exc.errno == errno.ENOENT and sys.platform == "win32":
        longest = _longest_path(exc)
        if longest >= WINDOWS_LONG_PATH:
            # Unless the system has long paths switched on, Windows answers "not found" (or
            # "file name exceeds range", which Python calls ENOENT as well) for such a path.
            return (f"jalurnya terlalu panjang ({longest} karakter; Windows membatasinya "
                    f"{WINDOWS_MAX_PATH}), pilih folder yang lebih dekat ke akar drive")
    return _OS_REASONS.get(exc.errno, f"kesalahan sistem nomor {exc.errno}")


_WINDOWS_WRITE_PROTECT = 19  # ERROR_WRITE_PROTECT: "The media is write protected."
# Windows' MAX_PATH, the closing NUL included; a folder must leave 12 characters for an 8.3
# name inside it, so from 248 characters on a path may already be refused.
WINDOWS_MAX_PATH = 260
WINDOWS_LONG_PATH = WINDOWS_MAX_PATH - 12


def _names_a_folder(exc: OSError) -> bool:
    for name in (exc.filename, exc.filename2):  # filename2: the target of a rename/replace
        if isinstance(name, (str, os.PathLike)) and os.path.isdir(name):
            return True
    return False


def _longest_path(exc: OSError) -> int:
    """The length of the longer (absolute) path the error names; 0 when it names none."""
    return max((len(os.path.abspath(name)) for name in (exc.filename, exc.filename2)
                if isinstance(name, (str, os.PathLike))), default=0)


class DataFolderError(KinerjaError):
    """The data folder (database, settings, log, automatic backups) cannot be made or written."""


class OperationCancelled(KinerjaError):
    """The user cancelled long work; nothing was changed or written."""



class WrongPassphraseError(KinerjaError):
    """An encrypted backup could not be opened with the passphrase given."""


class BackupVerificationError(StorageError):
    """A backup just written did not pass its verification; nothing was left under its name."""

    def __init__(self, message: str, problems: list[str] | tuple[str, ...] = ()):
        self.problems = tuple(problems)
        super().__init__(message)


class StaleSaveError(KinerjaError):
    """A record changed by someone else since it was opened: saving would overwrite their
    change without anyone deciding. Carries who changed it, when, and each field's two values,
    in the wording of a merge conflict."""

    def __init__(self, record: str, by: str, when: str,
                 differences: list[tuple[str, str, str]] | tuple[tuple[str, str, str], ...]):
        self.record, self.by, self.when = record, by, when
        self.differences = tuple(differences)
        diff = "; ".join(f"{label}: isian Anda {mine}, tersimpan {stored}"
                         for label, mine, stored in self.differences)
        who = f" oleh {by}" if by else ""
        at = f" pada {when}" if when else ""
        super().__init__(f"KONFLIK {record}: diubah{who}{at} sejak Anda membukanya"
                         + (f" ({diff})" if diff else "") + ".")
