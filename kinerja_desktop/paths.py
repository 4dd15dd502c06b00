"""Where the app keeps its data: the per-user folder Qt's AppLocalDataLocation names, or the
`data` folder beside the program in portable mode."""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

from kinerja_desktop import APP_NAME, ORG_NAME
from kinerja_desktop.errors import DataFolderError, os_reason

DATABASE_FILE = "kinerja.db"
PORTABLE_FOLDER = "data"
PORTABLE_MARKER = "portable.ini"


def app_dir() -> Path:
    """The folder the program runs from: the executable's folder when frozen (PyInstaller),
    otherwise the project folder holding main.py."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def portable_dir() -> Path | None:
    """The `data` folder beside the program when a `data` folder or a `portable.ini` file sits
    there (portable mode, e.g. on a USB stick); None otherwise."""
    folder = app_dir()
    data = folder / PORTABLE_FOLDER
    if data.is_dir() or (folder / PORTABLE_MARKER).is_file():
        return data
    return None


def is_portable() -> bool:
    """True when the data lives beside the program (KINERJA_DATA_DIR, if set, wins)."""
    return not os.environ.get("KINERJA_DATA_DIR") and portable_dir() is not None


def data_dir(create: bool = True) -> Path:
    """The data folder: KINERJA_DATA_DIR if set (tests), else the portable `data` folder
    (created, unless `create` is false, if only portable.ini exists), else the per-user data
    folder. DataFolderError when the portable folder cannot be created.

    Computed without Qt so the CLI needs no GUI libraries; a GUI test checks that the per-user
    folder equals QStandardPaths.writableLocation(AppLocalDataLocation) on the platform it runs
    on.
    """
    override = os.environ.get("KINERJA_DATA_DIR")
    if override:
        return Path(override)
    portable = portable_dir()
    if portable is not None:
        if create:
            try:
                portable.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise _folder_error(portable, "tidak dapat dibuat", exc) from exc
        return portable
    return user_data_dir()


def check_data_dir() -> Path:
    """The data folder, created and shown writable by writing a temporary file in it; the
    app checks this before it starts, so a locked USB stick gets a message, not a crash."""
    folder = data_dir(create=False)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _folder_error(folder, "tidak dapat dibuat", exc) from exc
    try:
        write_probe(folder)
    except OSError as exc:
        raise _folder_error(folder, "tidak dapat ditulisi", exc) from exc
    return folder


def write_probe(folder: Path) -> None:
    """Create and remove a small file in `folder`; the system's OSError when it cannot.

    Not tempfile.TemporaryFile: on Windows it takes "access denied" in a folder for a name
    already taken and tries 10,000 other names before failing with "file exists"."""
    probe = folder / f".kinerja-uji-tulis-{uuid.uuid4().hex[:8]}.tmp"
    descriptor = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    os.close(descriptor)
    os.unlink(probe)


def _folder_error(folder: Path, what: str, exc: OSError) -> DataFolderError:
    message = f"Folder data Kinerja Desktop '{folder}' {what}: {os_reason(exc)}."
    if is_portable():
        message += (" Mode portabel menyimpan data di samping program: pastikan flashdisk "
                    "tidak dikunci (write-protect), masih ada ruang, dan 'data' adalah folder. "
                    "Atau hapus 'data' dan 'portable.ini' di samping program untuk memakai "
                    "folder data pengguna.")
    return DataFolderError(message)


def user_data_dir() -> Path:
    """The per-user folder, Qt's AppLocalDataLocation for this organisation and app."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / ORG_NAME / APP_NAME


def default_database(create: bool = True) -> Path:
    return data_dir(create) / DATABASE_FILE
