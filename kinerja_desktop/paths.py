"""Where the app keeps its data: the per-user folder Qt's AppLocalDataLocation names, or the
`data` folder beside the program in portable mode."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kinerja_desktop import APP_NAME, ORG_NAME

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


def data_dir() -> Path:
    """The data folder: KINERJA_DATA_DIR if set (tests), else the portable `data` folder
    (created if only portable.ini exists), else the per-user data folder.

    Computed without Qt so the CLI needs no GUI libraries; a GUI test checks that the per-user
    folder equals QStandardPaths.writableLocation(AppLocalDataLocation) on the platform it runs
    on.
    """
    override = os.environ.get("KINERJA_DATA_DIR")
    if override:
        return Path(override)
    portable = portable_dir()
    if portable is not None:
        portable.mkdir(parents=True, exist_ok=True)
        return portable
    return user_data_dir()


def user_data_dir() -> Path:
    """The per-user folder, Qt's AppLocalDataLocation for this organisation and app."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / ORG_NAME / APP_NAME


def default_database() -> Path:
    return data_dir() / DATABASE_FILE
