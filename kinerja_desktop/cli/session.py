"""The one way a command opens the database: for the length of a `with` block, always closed."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

from kinerja_desktop.paths import default_database


def database_path(args: argparse.Namespace) -> Path:
    """--db, or the database in the data folder."""
    return args.db or default_database()


@contextlib.contextmanager
def opened_database(args: argparse.Namespace) -> Iterator:
    """The command's database, open inside the block and closed when it ends, however it ends."""
    from kinerja_desktop.services.auto_backup import before_migration
    from kinerja_desktop.services.database import open_database_for_use
    # An existing database of an older schema is copied to cadangan/sebelum-migrasi first;
    # its settings are upgraded once it is open.
    db = open_database_for_use(database_path(args), before_migration=before_migration)
    try:
        yield db
    finally:
        db.close()
