"""The shared server's one scheduled export: a .kinerja of its data written at most once a day
into the office's backup folder, by whichever PC's scheduled task runs first, the oldest of
those exports removed past a number kept.

A PC on a file database backs itself up when the app closes (services/auto_backup); a server
is many PCs' data, so no PC backs it up on exit: one task (Windows Task Scheduler or cron)
runs `ekspor-server FOLDER`. Scheduled on two PCs by mistake, it still writes one export a
day: the server records the last one, and an advisory lock keeps two runs from overlapping.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kinerja_desktop.domain.options import SERVER_EXPORT
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.services.auto_backup import remove_backup
from kinerja_desktop.services import settings as dataset
from kinerja_desktop.services.backup import BackupResult, make_backup
from kinerja_desktop.storage.database import Database, current_operator
from kinerja_desktop.storage.server_locks import holder_label, pc_name

DEFAULT_KEEP = 14  # two weeks of nightly exports on the office's disk
# The second key of the export's advisory lock (the first is the schema's hash): apart from
# the schema lock (server_schema.SCHEMA_LOCK), which creating or migrating takes.
_LOCK_CLASS = 0x4B4E4558  # "KNEX"


@dataclass(frozen=True)
class LastExport:
    """The server's last scheduled export, as the server recorded it."""

    when: datetime  # local time of the PC that wrote it
    by: str         # "Budi @ PC-SERVER"
    file: str       # its file name in the export folder

    def to_text(self) -> str:
        return json.dumps({"waktu": self.when.isoformat(timespec="seconds"), "oleh": self.by,
                           "berkas": self.file}, ensure_ascii=False)

    @classmethod
    def from_text(cls, text: str) -> LastExport | None:
        try:
            data = json.loads(text)
            return cls(datetime.fromisoformat(data["waktu"]), str(data["oleh"]),
                       str(data["berkas"]))
        except (ValueError, KeyError, TypeError):
            return None  # a hand-edited record: as if none was made


@dataclass
class ExportOutcome:
    """What one run did: wrote `result`, or skipped (`skipped` says why); `removed` the older
    exports rotation deleted."""

    result: BackupResult | None = None
    skipped: str = ""
    removed: list[Path] = field(default_factory=list)


def last_export(db: Database) -> LastExport | None:
    """The server's last scheduled export (None: none yet, or a file database)."""
    if not db.is_server:
        return None
    return LastExport.from_text(dataset.get(db, SERVER_EXPORT))


def export_stem(db: Database) -> str:
    """The exports' name before the date: `server-<database>`, safe in a file name."""
    assert db.server is not None
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", db.server.database).strip("-_") or "kinerja"
    return f"server-{name[:40]}"


def scheduled_export(db: Database, folder: str | Path, keep: int = DEFAULT_KEEP,
                     passphrase: str | None = None, force: bool = False,
                     now: Callable[[], datetime] = datetime.now) -> ExportOutcome:
    """Write today's export of the server into `folder` unless one was made today (`force`:
    write anyway) or another PC is writing it now; then keep the newest `keep` exports in
    that folder and remove older ones (only files this export named). Typed errors; a
    failed export leaves nothing under its name and records nothing."""
    if not db.is_server:
        raise KinerjaError("Ekspor terjadwal hanya untuk server kantor. Basis data berkas di "
                           "PC ini dicadangkan otomatis saat aplikasi ditutup; untuk flashdisk "
                           "pakai `backup`.")
    if keep < 1:
        raise KinerjaError("Jumlah ekspor yang disimpan paling sedikit 1.")
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise KinerjaError(f"Folder ekspor '{folder}' tidak ada atau bukan folder.")
    with _only_run(db) as holder:
        if holder is not None:
            return ExportOutcome(skipped=f"Ekspor server sedang dibuat oleh {holder}; "
                                         f"dilewati.")
        last = last_export(db)
        started = now()
        if last is not None and not force and last.when.date() == started.date():
            return ExportOutcome(skipped=(
                f"Ekspor server hari ini sudah dibuat pukul {last.when:%H.%M} oleh {last.by} "
                f"({last.file}); dilewati."))
        stem = export_stem(db)
        result = make_backup(db, folder, encrypt_passphrase=passphrase, now=lambda: started,
                             pc=stem)
        record = LastExport(started, f"{current_operator()} @ {pc_name()}", result.path.name)
        with db.atomic():
            dataset.set(db, SERVER_EXPORT, record.to_text())
        return ExportOutcome(result=result, removed=rotate(folder, stem, keep))


@contextlib.contextmanager
def _only_run(db: Database) -> Iterator[str | None]:
    """Hold the server's export lock for the block (yielding None), or yield who holds it."""
    got = db.execute_sql("SELECT pg_try_advisory_lock(?, hashtext(current_schema()))",
                         (_LOCK_CLASS,)).fetchone()[0]
    if not got:
        row = db.execute_sql(
            "SELECT coalesce(a.application_name, ''), a.usename::text FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' "
            "AND l.granted AND l.classid = ?::bigint::oid AND l.objid = "
            "hashtext(current_schema())::oid AND l.pid <> pg_backend_pid() LIMIT 1",
            (_LOCK_CLASS,)).fetchone()
        yield holder_label(str(row[0]), str(row[1] or "")) if row else "PC lain"
        return
    try:
        yield None
    finally:
        db.execute_sql("SELECT pg_advisory_unlock(?, hashtext(current_schema()))",
                       (_LOCK_CLASS,))


_EXPORT_NAME = r"kinerja-{stem}-(\d{{8}}-\d{{4}})(?:-(\d+))?\.kinerja(?:\.enc)?"


def exports_in(folder: Path, stem: str) -> list[Path]:
    """This server's exports in `folder`, newest first (by the date in their names)."""
    pattern = re.compile(_EXPORT_NAME.format(stem=re.escape(stem)))
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match and entry.is_file():
            found.append((match.group(1), int(match.group(2) or 1), entry))
    return [path for *_order, path in sorted(found, reverse=True)]


def rotate(folder: Path, stem: str, keep: int) -> list[Path]:
    """Remove this server's exports in `folder` past the newest `keep` (each with its
    .sha256), as a PC's backups are removed; a file that cannot be removed is left for the
    next run. The removed ones."""
    return [path for path in exports_in(folder, stem)[keep:] if remove_backup(path)]
