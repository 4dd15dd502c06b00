"""The one way a command opens the database: for the length of a `with` block, always closed."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

from kinerja_desktop.cli.parser import UsageError
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.paths import default_database
from kinerja_desktop.domain.server_address import AddressError, ServerAddress, from_environment


def database_path(args: argparse.Namespace) -> Path | ServerAddress:
    """--db, else the server KINERJA_DATABASE_URL names, else the database in the data
    folder. A bad address in the variable is a usage error, said before anything opens."""
    if args.db:
        return args.db  # type: ignore[no-any-return]
    try:
        server = from_environment()
    except AddressError as exc:
        raise UsageError(str(exc)) from None
    return server or default_database()


def database_file(args: argparse.Namespace, what: str) -> Path:
    """The database file a file-only command (restore …) works on; a server is refused
    with a plain message naming the command."""
    location = database_path(args)
    if isinstance(location, ServerAddress):
        raise KinerjaError(f"{what} bekerja pada berkas basis data di PC ini, bukan pada "
                           f"server kantor ({location.display()}).")
    return location


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
