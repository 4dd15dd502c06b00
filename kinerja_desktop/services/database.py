"""Opening and naming a database, for the gui (which reaches storage only through services)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kinerja_desktop.services import local_copy, settings
from kinerja_desktop.storage.database import Database, open_database
from kinerja_desktop.domain.server_address import ServerAddress, parse_address, scheme_of

__all__ = ["Database", "open_database", "open_database_for_use"]


def open_database_for_use(path: str | Path | ServerAddress, create: bool = True,
                          before_migration: Callable[[Path, int], None] | None = None
                          ) -> Database:
    """The database the app or a command works on: opened as open_database does (checked,
    schema migrated; typed errors), then its settings upgraded (services/settings.upgrade, one
    transaction). gui/app.py and cli/session.py open their database here. The copies restore
    and merge check keep their settings as they came (a merge takes settings by key, and
    reading normalises what an older version left). A failing step closes it again. `path`
    may be a PostgreSQL server's address instead of a file."""
    if isinstance(path, str) and scheme_of(path):  # an address written out, not a file
        path = parse_address(path)
    if isinstance(path, ServerAddress):
        # A server migrates under its own lock after writing an export (storage/server.py);
        # the file hook does not apply.
        from kinerja_desktop.storage.server import open_server
        db = open_server(path, create)
    else:
        db = open_database(path, create, before_migration)
    try:
        copy = None if db.is_server else local_copy.info(db)
        if copy is not None:
            # This PC's copy of a server's data: read, never written (its settings too).
            db.make_read_only(local_copy.read_only_reason(copy))
        elif db.is_server and _reader(db):
            pass  # a reader's account: the settings are the administrator's to upgrade
        else:
            settings.upgrade(db)
    except BaseException:
        db.close()
        raise
    return db


def _reader(db: Database) -> bool:
    """Whether this server account may only read (storage/server_roles): then its every
    transaction is read-only, saying why a save is refused."""
    from kinerja_desktop.storage import server_roles
    db.role = server_roles.role_of(db)
    if db.role != server_roles.EVALUATOR:
        return False
    assert db.server is not None
    db.make_read_only(f"Akun {db.server.user or 'ini'} di server adalah penilai (peran "
                      f"{server_roles.EVALUATOR}): hanya dapat membaca data; tidak ada yang "
                      f"disimpan.")
    return True
