"""Where the app keeps its data: the per-user folder Qt's AppLocalDataLocation names."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kinerja_desktop import APP_NAME, ORG_NAME

DATABASE_FILE = "kinerja.db"


def data_dir() -> Path:
    """The per-user data folder; KINERJA_DATA_DIR overrides it (tests, portable use).

    Computed without Qt so the CLI needs no GUI libraries; a GUI test checks that it equals
    QStandardPaths.writableLocation(AppLocalDataLocation) on the platform it runs on.
    """
    override = os.environ.get("KINERJA_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / ORG_NAME / APP_NAME


def default_database() -> Path:
    return data_dir() / DATABASE_FILE
