"""Restore a backup over the live database: checked first, swapped atomically, undoable.

1. The backup is copied (decrypted, if encrypted) next to the live database under a temp name:
   a USB stick may be pulled out, and os.replace only is atomic within one folder.
2. The copy is checked (ours, not from a newer app, verify_file) and opened with
   open_database, which upgrades an older schema; then it is closed as one file (journal
   DELETE). A bad backup is refused here, before the live database is touched at all.
3. The caller's close_live() closes every connection the app holds on the live database.
4. The live database is backed up into <data folder>/cadangan/sebelum-pulih (a verified
   backup; a plain copy when it cannot even be opened), then checkpointed and closed.
5. Its -wal/-shm are set aside and the copy takes its place with os.replace. Windows file
   locks (antivirus, indexer) are retried a few times; if the swap still fails, the sidecars
   are put back and the live database is exactly as it was.

`progress(done, total, text)` hears of each step (Indonesian texts); it never changes what
is checked or when the live database is touched.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import sqlite3
import sys
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from collections.abc import Callable, Iterator

from kinerja_desktop.errors import (DatabaseLockedError, DatabaseTooNewError, DiskFullError,
                                    NotOurDatabaseError, StorageError, os_reason)
from kinerja_desktop.services import auto_backup
from kinerja_desktop.storage import file_access
from kinerja_desktop.storage.file_access import held_by_another_program, replace_when_free

# (steps done, steps in all, what is being done now); total 0: the length is not known.
Progress = Callable[[int, int, str], None]
RESTORE_STEPS = 5
# Waits between attempts at the final os.replace (Windows: a scanner holding the file).
RETRY_DELAYS = file_access.RETRY_DELAYS
SIDECARS = ("-wal", "-shm", "-journal")
COPY_BLOCK = 1 << 20  # bytes read at a time: memory stays flat whatever the backup's size


class RestoreError(StorageError):
    """The backup cannot be restored; the live database was not changed."""

    def __init__(self, message: str, problems: list[str] | tuple[str, ...] = ()):
        self.problems = tuple(problems)
        super().__init__(message)


class RestoreLockedError(RestoreError):
    """The live database file stayed locked by another program; it was left as it was."""


class PassphraseRequiredError(RestoreError):
    """The backup is encrypted and no passphrase was given."""


@dataclass(frozen=True)
class RestoreResult:
    pre_restore_copy: Path | None  # the database as it was; None when there was none
    schema_before: int  # the backup's schema version
    schema_after: int  # after upgrading it (the app's version)
    counts: dict = field(default_factory=dict)  # rows per table of the backup, as verified
    # When the backup file was written (its modification time, local): the restored data
    # is exactly that backup, so it counts as backed up then (services.backup.restored_from).
    backup_made: datetime | None = None


def backup_file_problem(backup_file: Path) -> str | None:
    """Why `backup_file` cannot be read as a backup at all (missing, a folder), or None."""
    if backup_file.is_dir():
        return (f"Berkas cadangan '{backup_file}' tidak dapat dibaca: "
                f"{os_reason(OSError(errno.EISDIR, 'folder', str(backup_file)))}.")
    if not backup_file.is_file():
        return f"Berkas cadangan '{backup_file}' tidak ditemukan."
    return None


def passphrase_opens(backup_file: Path, passphrase: str) -> bool:
    """Whether `passphrase` opens the encrypted backup (its first part only: quick enough to
    ask again at once). Other damage is left to the restore or merge, which names it."""
    from kinerja_desktop.errors import WrongPassphraseError
    from kinerja_desktop.storage.backup_crypto import decrypt_chunks
    chunks = decrypt_chunks(Path(backup_file), passphrase)
    try:
        next(chunks, None)
    except WrongPassphraseError:
        return False
    except StorageError:
        return True
    finally:
        close = getattr(chunks, "close", None)  # a generator: release its open file now
        if close is not None:
            close()
    return True


def needs_passphrase(backup_file: Path) -> bool:
    from kinerja_desktop.storage.backup_crypto import is_encrypted
    return is_encrypted(Path(backup_file))


def restore(db_path: Path, backup_file: Path, passphrase: str | None = None,
            close_live: Callable[[], None] | None = None,
            now: datetime | None = None, progress: Progress | None = None) -> RestoreResult:
    """Replace the database at `db_path` by the backup `backup_file` (see the module doc).

    Raises a StorageError subclass (RestoreError, NotOurDatabaseError, DatabaseTooNewError,
    WrongPassphraseError, DiskFullError, RestoreLockedError, …) and leaves the live database
    unchanged if anything fails; close_live is only called once the backup has passed.
    """
    db_path, backup_file = Path(db_path).expanduser(), Path(backup_file).expanduser()
    problem = backup_file_problem(backup_file)
    if problem:
        raise RestoreError(problem)
    if db_path.exists() and _same_file(db_path, backup_file):
        raise RestoreError(f"Berkas cadangan '{backup_file.name}' adalah basis data yang sedang "
                           f"dipakai; pilih berkas cadangan yang lain.")
    # Another process with the file open would lose its next write to the swap (checked
    # again, with this process's connections closed, in _keep_current).
    from kinerja_desktop.storage.in_use import ensure_not_open_elsewhere
    ensure_not_open_elsewhere(db_path, error=RestoreLockedError)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Folder '{db_path.parent}' tidak dapat dibuat: "
                           f"{os_reason(exc)}.") from exc
    staged = db_path.with_name(f".{db_path.name}.pulih-{uuid.uuid4().hex[:8]}.tmp")
    done = [0]

    def step(text: str) -> None:
        if progress is not None:
            progress(done[0], RESTORE_STEPS, text)
        done[0] += 1

    try:
        step("Menyalin cadangan ke disk lokal…")
        read_sha = _stage(backup_file, staged, passphrase)
        schema_before, schema_after, counts = _prepare(staged, backup_file, step,
                                                       read_sha=read_sha)
        _own_to_work_in(staged)
        if close_live is not None:
            close_live()
        step("Menyimpan basis data sekarang sebagai salinan sebelum-pulih…")
        pre_copy = _keep_current(db_path, now)
        step("Mengganti basis data…")
        _swap(staged, db_path)
    finally:
        _remove_with_sidecars(staged)
    if progress is not None:
        progress(RESTORE_STEPS, RESTORE_STEPS, "Basis data dipulihkan.")
    try:
        made: datetime | None = datetime.fromtimestamp(backup_file.stat().st_mtime)
    except OSError:
        made = None
    return RestoreResult(pre_copy, schema_before, schema_after, counts, made)


def _own_to_work_in(staged: Path) -> None:
    """A restored database is this PC's own to work in: a server's read-only local copy
    restored (data taken home from the office by hand) loses its read-only mark. Through a
    plain connection: the rebuilt file keeps its journal mode (open_database would make it
    WAL before the swap)."""
    from kinerja_desktop.domain.options import LOCAL_COPY_OF
    from kinerja_desktop.storage.database import register_functions
    with contextlib.closing(sqlite3.connect(staged)) as connection:
        register_functions(connection)  # the setting table's history trigger calls it
        with connection:
            connection.execute('DELETE FROM "setting" WHERE "key" = ?', (LOCAL_COPY_OF.key,))


def load_into_server(db, backup_file: Path, passphrase: str | None = None,
                     progress: Progress | None = None) -> dict[str, int]:
    """Fill a new, empty server database from a PC's backup: the backup is checked and
    rebuilt as for a restore (verified_copy, in the data folder), then its rows are copied
    into the server in one transaction (storage/server_copy). A server that holds records
    already is refused: a server is never replaced wholesale from a stick."""
    from kinerja_desktop.paths import check_data_dir
    from kinerja_desktop.storage.server_copy import load_into_empty_server
    with verified_copy(backup_file, check_data_dir(), passphrase, progress) as (copy, _version):
        return load_into_empty_server(db, copy)


@contextlib.contextmanager
def verified_copy(backup_file: Path, folder: Path, passphrase: str | None = None,
                  progress: Progress | None = None) -> Iterator[tuple[Path, int]]:
    """Steps 1 and 2 alone, for reading a backup (a merge): yield (a checked, upgraded local
    copy in `folder`, the backup's schema version); the copy is removed afterwards. Raises as
    restore() does for a bad, newer or encrypted-without-passphrase backup."""
    backup_file = Path(backup_file).expanduser()
    problem = backup_file_problem(backup_file)
    if problem:
        raise RestoreError(problem)
    staged = Path(folder) / f".{backup_file.name}.baca-{uuid.uuid4().hex[:8]}.tmp"

    def step(text: str) -> None:
        if progress is not None:
            progress(0, 0, text)

    try:
        step(f"Membaca '{backup_file.name}'…")
        read_sha = _stage(backup_file, staged, passphrase)
        schema_before, _after, _counts = _prepare(staged, backup_file, step, "dipakai",
                                                  read_sha)
        yield staged, schema_before
    finally:
        _remove_with_sidecars(staged)


# 1. Copy to the local disk -----------------------------------------------------------------

def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _stage(backup_file: Path, staged: Path, passphrase: str | None) -> str:
    """Copy (or decrypt, chunk by chunk) the backup to `staged` on the local disk; return the
    SHA-256 of the backup file as read, so its .sha256 is compared without reading the stick
    a second time."""
    from kinerja_desktop.storage.backup_crypto import decrypt_to_with_digests, is_encrypted
    if is_encrypted(backup_file):
        if not passphrase:
            raise PassphraseRequiredError(f"Cadangan '{backup_file.name}' terenkripsi; "
                                          f"masukkan kata sandinya.")
        return decrypt_to_with_digests(backup_file, passphrase, staged)[1].file_sha256
    try:
        # Only the file itself: a -wal or -journal beside it is never applied (it may have been
        # put there by anyone; verify says it was ignored).
        return _copy(backup_file, staged)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFullError(f"Disk penuh saat menyalin cadangan ke '{staged.parent}'; "
                                f"kosongkan ruang lalu coba lagi.") from exc
        raise RestoreError(f"Cadangan '{backup_file.name}' tidak dapat disalin: "
                           f"{os_reason(exc)}.") from exc


def _copy(source: Path, target: Path) -> str:
    """Copy in blocks, fsynced; the SHA-256 of what was read."""
    digest = hashlib.sha256()
    with open(source, "rb") as src, open(target, "wb") as dst:
        while block := src.read(COPY_BLOCK):
            digest.update(block)
            dst.write(block)
        dst.flush()
        os.fsync(dst.fileno())
    return digest.hexdigest()


# 2. Check and upgrade the copy ---------------------------------------------------------------

def _prepare(staged: Path, backup_file: Path, step: Callable[[str], None],
             verb: str = "dipulihkan", read_sha: str | None = None) -> tuple[int, int, dict]:
    """Verify the local copy (its schema, its manifest, the backup's .sha256 if any), then
    rebuild it from its rows (_rebuild) as one file; return (schema of the backup, schema
    now, row counts)."""
    from kinerja_desktop.storage import migrations
    from kinerja_desktop.storage.backup_io import verify_file
    shown = backup_file.name
    step(f"Memeriksa '{shown}'…")
    # _rebuild reads every row into a new database and checks it, so the structure check
    # (quick_check) is enough here, and the rows are checked once.
    report = verify_file(staged, quick=True, rows=False)
    problems = [p.replace(staged.name, shown) for p in report.problems]
    if report.schema_version is not None and report.schema_version > migrations.LATEST_VERSION:
        raise DatabaseTooNewError(
            f"Cadangan '{shown}' dibuat oleh versi aplikasi yang lebih baru (versi data "
            f"{report.schema_version}, aplikasi ini {migrations.LATEST_VERSION}); perbarui "
            f"Kinerja Desktop untuk memulihkannya. Basis data tidak diubah.")
    problems += _checksum_problems(staged, backup_file, read_sha)
    if problems or not report.ok:
        problems = problems or ["pemeriksaan gagal"]
        raise RestoreError(f"Cadangan '{shown}' tidak dapat {verb}; basis data tidak "
                           f"diubah. " + " ".join(problems), problems)
    version = report.schema_version or 0
    # Its rows go into a database of this app's own schema, then are checked one by one.
    step(f"Membangun ulang dan memeriksa isi '{shown}'…")
    schema_after = _rebuild(staged, shown, version)
    return int(report.schema_version or 0), schema_after, dict(report.counts)


def _rebuild(staged: Path, shown: str, version: int) -> int:
    """Replace the checked copy `staged` by a database this app builds and fills with its
    rows (storage/intake.py), upgraded, its rows checked like user input and its roster
    rebuilt; return its schema version. Nothing of the file but its rows crosses over."""
    from kinerja_desktop.storage import intake, roster_repo
    from kinerja_desktop.storage.database import open_database
    rebuilt = staged.with_name(staged.name + ".baru")
    try:
        try:
            intake.rebuild(staged, rebuilt, version)
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            reason = ("ada teks yang bukan UTF-8 yang sah" if isinstance(exc, UnicodeDecodeError)
                      else str(exc))
            raise RestoreError(f"Cadangan '{shown}' tidak dapat dibaca ulang: {reason}. Basis "
                               f"data tidak diubah.", [reason]) from exc
        try:
            restored = open_database(rebuilt, create=False)  # upgrades an older schema
        except (StorageError, RuntimeError) as exc:
            raise RestoreError(f"Cadangan '{shown}' tidak dapat dibuka: {exc} Basis data tidak "
                               f"diubah.", [str(exc)]) from exc
        try:
            problems = intake.row_problems(restored)  # intake_rows', in bounded memory
            if problems:
                raise RestoreError(f"Cadangan '{shown}' berisi data yang tidak sah dan tidak "
                                   f"dipakai; basis data tidak diubah. " + " ".join(problems),
                                   problems)
            roster_repo.refresh_all(restored)
            schema_after = restored.schema_version()
            handle = restored.handle
            handle.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = handle.execute_sql("PRAGMA journal_mode=DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise RestoreError(f"Cadangan '{shown}' tidak dapat disiapkan (mode jurnal "
                                   f"{mode}).")
        finally:
            restored.close()
        with open(rebuilt, "rb+") as handle_file:
            os.fsync(handle_file.fileno())
        os.replace(rebuilt, staged)
    finally:
        _remove_with_sidecars(rebuilt)
    return schema_after


def _checksum_problems(staged: Path, backup_file: Path, read_sha: str | None = None) -> list[str]:
    """The backup's `.sha256` (written by backup_to) against what was copied: the backup file
    as read while staging it (`read_sha`), else the file as stored now (encrypted) or the
    local copy (plain)."""
    from kinerja_desktop.storage.backup_crypto import is_encrypted
    from kinerja_desktop.storage.backup_io import checksum_path, sha256_file
    sidecar = checksum_path(backup_file)
    try:
        fields = sidecar.read_text(encoding="utf-8").split()
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError):
        return [f"Berkas kode pemeriksa '{sidecar.name}' tidak dapat dibaca."]
    recorded = fields[0].lower() if fields else ""
    try:
        actual = read_sha or sha256_file(backup_file if is_encrypted(backup_file) else staged)
    except OSError as exc:
        return [f"Berkas '{backup_file.name}' tidak dapat dibaca: {os_reason(exc)}."]
    if recorded != actual:
        return [f"Kode pemeriksa berkas '{backup_file.name}' tidak cocok dengan "
                f"'{sidecar.name}': berkas berubah atau rusak setelah dicadangkan."]
    return []


# 4. Keep the live database -------------------------------------------------------------------

def _keep_current(db_path: Path, now: datetime | None) -> Path | None:
    """Back up the live database into cadangan/sebelum-pulih (a copy of its own, kept: see
    auto_backup.rotate), checkpoint it and close it. Refuses (RestoreLockedError) while
    another process has it open: checked before the copy and, with every connection of this
    process closed, once more after it, just before the swap."""
    from kinerja_desktop.errors import BackupVerificationError
    from kinerja_desktop.storage.database import open_database
    from kinerja_desktop.storage.in_use import ensure_not_open_elsewhere
    ensure_not_open_elsewhere(db_path, error=RestoreLockedError)
    if not db_path.exists() or (db_path.stat().st_size == 0 and not _has_wal(db_path)):
        return None
    try:
        live = open_database(db_path, create=False,
                             before_migration=auto_backup.before_migration)
    except (NotOurDatabaseError, DatabaseTooNewError):
        # Restoring is how a damaged database gets replaced: keep its bytes as they are.
        copy: Path | None = auto_backup.copy_closed_database(db_path, "sebelum-pulih", now)
        ensure_not_open_elsewhere(db_path, own_closed=True, error=RestoreLockedError)
        return copy
    try:
        _checkpoint(live)
        try:
            copy = auto_backup.auto_backup(live, "sebelum-pulih", now)
        except BackupVerificationError:
            copy = None
        _checkpoint(live)
    finally:
        live.close()
    if copy is None:
        copy = auto_backup.copy_closed_database(db_path, "sebelum-pulih", now)
    ensure_not_open_elsewhere(db_path, own_closed=True, error=RestoreLockedError)
    return copy


def _has_wal(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def _checkpoint(live) -> None:
    """Move everything in the -wal into the file; refuse if another connection is reading."""
    busy = live.handle.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy and busy[0]:
        raise DatabaseLockedError(f"Basis data '{live.path.name}' masih dipakai program lain "
                                  f"(atau jendela Kinerja Desktop yang lain); tutup dulu, lalu "
                                  f"ulangi pemulihan. Basis data tidak diubah.")


# 5. The swap ---------------------------------------------------------------------------------

def _swap(staged: Path, db_path: Path) -> None:
    aside = _set_aside_sidecars(db_path)
    try:
        _replace_with_retry(staged, db_path)
    except BaseException:
        _put_back(aside)
        raise
    for path in aside.values():
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    _fsync_folder(db_path.parent)


def _set_aside_sidecars(db_path: Path) -> dict[Path, Path]:
    """Rename the live -wal/-shm/-journal out of the way (after the checkpoint they hold no
    data; a stale -wal next to the new file would be replayed into it and corrupt it)."""
    aside: dict[Path, Path] = {}
    try:
        for suffix in SIDECARS:
            original = Path(f"{db_path}{suffix}")
            if original.exists():
                moved = original.with_name(f".{original.name}.lama-{uuid.uuid4().hex[:8]}")
                os.rename(original, moved)
                aside[original] = moved
    except OSError as exc:
        _put_back(aside)
        raise RestoreLockedError(f"Berkas pendamping basis data ('{db_path.name}-wal/-shm') "
                                 f"dikunci program lain: {os_reason(exc)}. Pemulihan "
                                 f"dibatalkan; basis data tidak diubah.") from exc
    return aside


def _put_back(aside: dict[Path, Path]) -> None:
    for original, moved in aside.items():
        with contextlib.suppress(OSError):
            os.rename(moved, original)


def _replace_with_retry(staged: Path, db_path: Path) -> None:
    try:
        replace_when_free(staged, db_path, RETRY_DELAYS, _locked)
    except OSError as exc:
        if not _locked(exc):
            raise RestoreError(f"Basis data '{db_path.name}' tidak dapat diganti: "
                               f"{os_reason(exc)}. Pemulihan dibatalkan; basis data tidak "
                               f"diubah.") from exc
        raise RestoreLockedError(
            f"Basis data '{db_path.name}' sedang dibuka dan dikunci program lain (mis. jendela "
            f"Kinerja Desktop yang lain, antivirus atau pengindeks berkas) sehingga tidak dapat "
            f"diganti; sudah dicoba {len(RETRY_DELAYS) + 1} kali. Pemulihan dibatalkan; basis "
            f"data tetap seperti semula. Tutup program itu atau tunggu sebentar, lalu coba "
            f"lagi.") from exc


def _locked(exc: OSError) -> bool:
    """Windows: a sharing violation, an antivirus scan; elsewhere a busy file."""
    return (isinstance(exc, PermissionError) or held_by_another_program(exc)
            or exc.errno == errno.EBUSY)


def _fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_with_sidecars(path: Path) -> None:
    for candidate in (path, *(Path(f"{path}{s}") for s in SIDECARS),
                      path.with_name(f".{path.name}.tmp")):
        with contextlib.suppress(OSError):
            candidate.unlink(missing_ok=True)


__all__ = ["RestoreError", "RestoreLockedError", "PassphraseRequiredError", "RestoreResult",
           "Progress", "restore", "needs_passphrase", "verified_copy", "backup_file_problem"]
