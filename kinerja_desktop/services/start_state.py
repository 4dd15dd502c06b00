"""What the window's first screen asks of a dataset (set up yet? backed up when?), without the
imports of the set-up (services/setup.py) or of backups (services/backup.py, storage/backup_io),
which the first screen does not otherwise need."""

from __future__ import annotations

from datetime import datetime

from kinerja_desktop.domain.options import GOVERNMENT, LAST_BACKUP
from kinerja_desktop.services import settings as dataset
from kinerja_desktop.storage import official_repo
from kinerja_desktop.storage.database import Database


def is_first_run(db: Database) -> bool:
    """No officials and no institution yet: the app has not been set up on this dataset."""
    return not official_repo.has_officials(db) and not dataset.get(db, GOVERNMENT)


def last_backup(db: Database) -> datetime | None:
    """When this database was last backed up (None: never)."""
    return dataset.get(db, LAST_BACKUP)
