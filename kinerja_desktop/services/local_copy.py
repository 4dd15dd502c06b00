"""This PC's last copy of a shared server's data: written when the window on the server
closes, and opened read-only when the server cannot be reached (the office LAN is down), so
that staff can still look officials, programs and evaluations up; nothing can be changed or
printed in it (a printout is registered in the database, for its check code).

The copy is a PC's ordinary database file (storage/server_copy.export_to_file, one snapshot),
staged in the data folder under a name the start-up clean-up knows and renamed into
`<data folder>/Salinan server/` only when complete. It carries the LOCAL_COPY_OF setting
(the server and the time): any database that carries it is opened read-only.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kinerja_desktop.domain.options import LOCAL_COPY_OF, TextOption
from kinerja_desktop.domain.server_address import ServerAddress
from kinerja_desktop.errors import KinerjaError, OperationCancelled, os_reason
from kinerja_desktop.paths import data_dir
from kinerja_desktop.services import settings
from kinerja_desktop.storage.database import Database, open_database

FOLDER = "Salinan server"


@dataclass(frozen=True)
class LocalCopy:
    """What a copy says of itself: the server it came from and when it was written (UTC)."""

    server: str
    written: datetime


def copy_path(address: ServerAddress) -> Path:
    """Where this PC keeps its copy of that server's data (one per server, database and
    schema; the user and password are not part of the name)."""
    name = f"{address.host}_{address.port}_{address.database}"
    if address.schema:
        name += f"_{address.schema}"
    return data_dir() / FOLDER / (re.sub(r"[^A-Za-z0-9._-]+", "_", name) + ".db")


def write(db: Database, progress: Callable[[float, str], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the server's data as this PC's copy, replacing the last one only when complete;
    the copy's path. OperationCancelled leaves the last copy as it was."""
    if db.server is None:
        raise KinerjaError("Salinan lokal hanya dibuat dari basis data di server.")
    target = copy_path(db.server)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KinerjaError(f"Folder '{target.parent}' tidak dapat dibuat: {os_reason(exc)}.") \
            from exc
    # The start-up clean-up's name for a server's data being written (storage/staging).
    staged = data_dir() / f".kinerja-{_pc()}.salin-{secrets.token_hex(4)}.tmp"
    tables: list[str] = []

    def step(table: str) -> None:
        if cancelled is not None and cancelled():
            raise OperationCancelled("Salinan lokal dibatalkan; salinan sebelumnya tetap.")
        tables.append(table)
        if progress is not None:
            progress(min(0.95, len(tables) / 30), table)

    try:
        write_marked(db, staged, target, LOCAL_COPY_OF, step)
    except OSError as exc:
        raise KinerjaError(f"Salinan lokal '{target}' tidak dapat ditulis: {os_reason(exc)}.") \
            from exc
    if progress is not None:
        progress(1.0, "")
    return target


def write_marked(db: Database, staged: Path, target: Path, mark: TextOption,
                 step: Callable[[str], None], own_dataset: bool = False) -> dict[str, int]:
    """The server's data (one snapshot) written to `staged`, marked with `mark` (the server
    and the time, as JSON; with `own_dataset`, a dataset id of its own too), checkpointed into
    one file and renamed to `target` only then; the rows copied per table. `step(table)` as
    export_to_file's progress. Nothing of `staged` is left behind; an OSError is the
    caller's to word."""
    from kinerja_desktop.storage.merge_repo import give_new_dataset_id
    from kinerja_desktop.storage.server_copy import export_to_file
    assert db.server is not None
    try:
        counts = export_to_file(db, staged, step)
        copy = open_database(staged, create=False)
        try:
            with copy.atomic():
                if own_dataset:
                    give_new_dataset_id(copy)
                settings.set(copy, mark, json.dumps(
                    {"server": db.server.display(),
                     "pada": datetime.now(UTC).isoformat(timespec="seconds")}))
            copy.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # one file to carry
        finally:
            copy.close()
        os.replace(staged, target)
    finally:
        for leftover in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm"),
                         Path(f"{staged}-journal")):
            leftover.unlink(missing_ok=True)
    return counts


def info(db: Database) -> LocalCopy | None:
    """The copy's own account of itself; None for any other database."""
    text = settings.get(db, LOCAL_COPY_OF)
    if not text:
        return None
    try:
        found = json.loads(text)
        return LocalCopy(str(found["server"]), datetime.fromisoformat(str(found["pada"])))
    except (ValueError, KeyError, TypeError):
        return LocalCopy("server", datetime.fromtimestamp(0, UTC))  # marked all the same


def read_only_reason(copy: LocalCopy) -> str:
    """What a refused save says in a copy."""
    return (f"Ini salinan lokal data server {copy.server} (dibuat {moment(copy.written)}), "
            f"hanya untuk dibaca; tidak ada yang disimpan. Perubahan dibuat di server "
            f"setelah sambungan pulih.")


def moment(utc: datetime) -> str:
    """A copy's time as this PC's local time: '7 Desember 2026 13.50'."""
    from kinerja_desktop.domain.dates import format_date
    local = utc.astimezone()
    return f"{format_date(local.date())} {local:%H.%M}"


def last_copy(address: ServerAddress) -> Path | None:
    """This PC's copy of that server, if one was written."""
    path = copy_path(address)
    return path if path.is_file() else None


def _pc() -> str:
    from kinerja_desktop.services.backup import pc_name
    return pc_name()
