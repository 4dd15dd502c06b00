"""Opening and naming a database, for the gui (which reaches storage only through services)."""

from __future__ import annotations

from kinerja_desktop.storage.database import Database, open_database

__all__ = ["Database", "open_database"]
