""""Bawa pulang": the shared server's data as a laptop's own database file, for work away from
the office; merged back into the server later (services/merge, by its administrator) with the
same checks and the same conflict decisions as any PC's file.

Unlike this PC's read-only local copy (services/local_copy) it is a working database. It gets
a dataset id of its own, so that the merge back remembers it apart from every other laptop's
copy (merge_repo's baseline: what changed on this laptop since it was taken), and the
TAKEN_HOME_FROM setting, which says where it came from and is never merged. It is written
under a temporary name in the target folder (a USB stick, the laptop's documents) and renamed
only when complete, so a stick pulled out half-way leaves no file that looks whole.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kinerja_desktop.domain.options import TAKEN_HOME_FROM
from kinerja_desktop.errors import DiskFullError, KinerjaError, OperationCancelled, os_reason
from kinerja_desktop.services import settings
from kinerja_desktop.services.local_copy import moment, write_marked
from kinerja_desktop.storage.database import Database

CANCELLED = "Bawa pulang dibatalkan; tidak ada berkas yang ditulis."


@dataclass(frozen=True)
class TakenHome:
    path: Path
    counts: dict[str, int]  # rows per table copied


def default_name(now: datetime | None = None) -> str:
    """`kinerja-bawa-pulang-YYYYMMDD-HHMM.db`."""
    return f"kinerja-bawa-pulang-{(now or datetime.now()):%Y%m%d-%H%M}.db"


def take_home(db: Database, target: Path, progress: Callable[[str], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> TakenHome:
    """Write the server's data (one consistent snapshot) as the database file `target`,
    which must not exist yet. `progress(table)` follows the tables copied; `cancelled()`
    stops at the next table with OperationCancelled, leaving nothing behind."""
    if db.server is None:
        raise KinerjaError("Bawa pulang menyalin data server kantor; basis data ini sebuah "
                           "berkas. Salin berkasnya atau buat cadangan.")
    target = Path(target).expanduser()
    if target.exists():
        raise KinerjaError(f"Berkas '{target}' sudah ada; pilih nama lain (bawa pulang tidak "
                           f"menimpa berkas).")
    if not target.parent.is_dir():
        raise KinerjaError(f"Folder '{target.parent}' tidak ada.")
    staged = target.parent / f".{target.name}.bawa-{secrets.token_hex(4)}.tmp"

    def step(table: str) -> None:
        if cancelled is not None and cancelled():
            raise OperationCancelled(CANCELLED)
        if progress is not None:
            progress(table)

    try:
        counts = write_marked(db, staged, target, TAKEN_HOME_FROM, step, own_dataset=True)
    except OSError as exc:
        if exc.errno == 28:  # ENOSPC
            raise DiskFullError(f"Tempat di '{target.parent}' tidak cukup untuk data server; "
                                f"kosongkan ruang lalu coba lagi.") from exc
        raise KinerjaError(f"Berkas '{target}' tidak dapat ditulis: {os_reason(exc)}.") from exc
    return TakenHome(target, counts)


def taken_from(db: Database) -> str:
    """Where a working copy came from and when, in words ("" for any other database)."""
    text = settings.get(db, TAKEN_HOME_FROM)
    if not text:
        return ""
    try:
        found = json.loads(text)
        return f"{found['server']}, {moment(datetime.fromisoformat(str(found['pada'])))}"
    except (ValueError, KeyError, TypeError):
        return "server kantor"
