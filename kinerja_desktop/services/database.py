"""Opening and naming a database, for the gui (which reaches storage only through services)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from kinerja_desktop.errors import StorageError
from kinerja_desktop.services import local_copy, settings
from kinerja_desktop.storage.database import Database, open_database
from kinerja_desktop.domain.server_address import ServerAddress, parse_address, scheme_of

__all__ = ["Database", "open_database", "open_database_for_use"]

log = logging.getLogger(__name__)


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
        # A server's schema is upgraded under its own lock after an export (storage/server.py,
        # _export_before_upgrade); the file hook does not apply.
        from kinerja_desktop.storage.server import open_server
        db = open_server(path, create, _export_before_upgrade)
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


def _export_before_upgrade(db: Database, version: int) -> None:
    """Before a server's schema is upgraded (with the schema lock held): only its
    administrator, the tables' owner, may, and only after the server's data are written to
    a verified .kinerja in this PC's data folder (cadangan/sebelum-migrasi), as a PC's file
    is backed up before its migration. A refusal or a failed export leaves the server as it
    was."""
    from kinerja_desktop.services.backup import server_backup
    from kinerja_desktop.storage import migrations, server_roles
    assert db.server is not None
    if not server_roles.owns_schema(db):  # PostgreSQL lets only the owner alter a table
        raise StorageError(
            f"Skema basis data di server ({db.server.display()}) versi {version} perlu dinaikkan "
            f"ke versi {migrations.LATEST_VERSION} oleh administrator server (pemilik tabelnya, "
            f"{server_roles.ADMIN}): minta administrator membukanya dengan Kinerja Desktop versi "
            f"ini lebih dulu. Tidak ada yang diubah.")
    path = server_backup(db, "sebelum-migrasi")
    log.info("data server dicadangkan sebelum skemanya dinaikkan: %s", path)


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
