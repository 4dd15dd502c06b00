"""Backup files: written with SQLite's online backup API, verified before they get their name.

Besides database.py this is the only module that touches SQLite files directly. No Qt.

`backup_to` copies the live database through a separate read-only connection (the app's own
connection is not disturbed; in WAL mode the app may go on writing), holding one read
transaction so that the copy and the row counts it is checked against are the same
snapshot. The copy goes to `.<name>.tmp` on the target, switched to journal_mode=DELETE (one
self-contained file); then, at the same time, its rows are read once for its manifest (their
counts and digest) and it is checked ONCE on a thread of its own (integrity_check, the row
counts against the snapshot, the schema); the manifest is written into the row reserved for
it, the copy fsynced, and only then renamed; its SHA-256 is written beside it as
`<file>.sha256` (sha256sum format). Any failure removes the temporary file and raises a
typed error: nothing ever stands under the final name unverified.

With a passphrase the verified plain copy is written NOT to the target but beside the live
database (where the plain data already is), encrypted onto the target (`<name>.enc`, see
backup_crypto.py) one chunk at a time, read back once (every chunk authenticated, the
plaintext's digest compared, the file's SHA-256 taken in the same read), and removed.

`verify_file` decrypts an encrypted backup chunk by chunk into a temporary file in a local
work folder (the data folder: where the plain data already is; `.<file>.periksa-<hex>.tmp`,
which storage/staging removes after a crash) and checks that file as it checks a plain one:
memory stays flat whatever the size of the backup.

Progress is told by bytes: each step (copy, manifest, check, encryption, reading back)
reports its share of the file's size, weighted by what a byte costs in it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import os
import sqlite3
import uuid
from pathlib import Path
from typing import TYPE_CHECKING
from collections.abc import Callable

from kinerja_desktop.errors import (BackupVerificationError, DiskFullError, KinerjaError,
                                    StorageError, WrongPassphraseError,
                                    os_reason)
from kinerja_desktop.storage import backup_check, backup_crypto, intake, migrations
from kinerja_desktop.storage.backup_check import BackupReport
from kinerja_desktop.storage.backup_steps import (WEIGHTS, Background, Bar, Cancelled, Progress,
                                                  Tracks, canceller)
from kinerja_desktop.storage.database import sqlite_uri, translate_error
from kinerja_desktop.storage.file_access import (can_create_in, held_by_another_program,
                                                 replace_when_free)

if TYPE_CHECKING:
    from kinerja_desktop.storage.database import Database

APPLICATION_ID = migrations.APPLICATION_ID
CHECKSUM_SUFFIX = ".sha256"
STEP_PAGES = 1024          # pages copied per backup step (4 MB at 4 KB pages): progress/cancel


def checksum_path(path: Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + CHECKSUM_SUFFIX)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


# Verifying -------------------------------------------------------------------------------------

def verify_file(path: str | Path, passphrase: str | None = None,
                expect_counts: dict[str, int] | None = None, quick: bool = False,
                rows: bool = True, work_dir: Path | None = None,
                progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> BackupReport:
    """Check a backup file without changing it (nor creating anything beside it) and name
    everything wrong: unreadable, not SQLite, not ours, schema newer than the app,
    integrity_check failures, row counts differing from `expect_counts`, a SHA-256 differing
    from `<file>.sha256`, a missing or wrong passphrase. `quick` runs PRAGMA quick_check
    instead of integrity_check (every page's structure, but not indexes against their tables:
    about 6x faster on 100 MB). The schema must be this app's for the file's version and the
    rows must match the manifest inside the file; `rows` also checks every row as restore
    would (storage/intake_rows.py).

    An encrypted file is decrypted, chunk by chunk, into a temporary file in `work_dir` (the
    caller's local folder where the plain data already is: the data folder; the system's
    temporary folder when None), removed before this returns; so are the scratch database of
    the row checks. Memory stays flat whatever the file's size. `progress(fraction, text)`;
    `cancelled()` stops it (OperationCancelled), leaving nothing behind."""
    check = "quick_check" if quick else "integrity_check"
    steps = ["decrypt" if _looks_encrypted(Path(path)) else "sha", "both"]
    # The check runs beside the manifest and the rows: the longer of the two is the time.
    both = max(WEIGHTS[check], WEIGHTS["manifest"] + (WEIGHTS["rows"] if rows else 0.0))
    bar = Bar(progress, steps, {"both": both})
    check_cancel = canceller(cancelled, "Pemeriksaan cadangan dibatalkan.")
    report = _verify(Path(path), passphrase, expect_counts, use_checksum=True, quick=quick,
                     rows=rows, work_dir=work_dir, bar=bar, check_cancel=check_cancel)
    bar.tell(steps[-1], 1.0, "Selesai.")
    return report


def _looks_encrypted(path: Path) -> bool:
    return backup_crypto.is_encrypted(path)


def _verify(path: Path, passphrase: str | None, expect_counts: dict[str, int] | None,
            use_checksum: bool, quick: bool = False, rows: bool = False,
            manifest: bool = True, hash_file: bool = True, work_dir: Path | None = None,
            bar: Bar | None = None,
            check_cancel: Callable[[], bool] | None = None,
            hold: Callable[[sqlite3.Connection | None], None] | None = None) -> BackupReport:
    """The checks of verify_file. `manifest` False skips recomputing the manifest (the
    backup just computed it from this very file); `hash_file` False skips the file's SHA-256
    (an encrypted backup's plain copy: the encryption reads it and hashes it); `hold` is told
    the connection checking the file, so that a cancel can interrupt it (Background.hold)."""
    name = path.name
    bar = bar or Bar(None, [])
    check_cancel = check_cancel or (lambda: False)
    report = BackupReport(False, [], None, {}, None, False)
    problems = report.problems
    if not path.exists():
        problems.append(f"Berkas '{name}' tidak ditemukan.")
        return report
    if path.is_dir():
        problems.append(f"'{name}' adalah folder, bukan berkas cadangan.")
        return report
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
        size = path.stat().st_size
    except OSError as exc:
        problems.append(f"Berkas '{name}' tidak dapat dibaca: {os_reason(exc)}.")
        return report
    report.encrypted = head.startswith(backup_crypto.MAGIC)
    if report.encrypted:
        _verify_encrypted(path, passphrase, expect_counts, use_checksum, quick, rows,
                          work_dir, bar, check_cancel, report)
        return _finish(report)
    if hash_file:
        try:
            report.sha256 = _hash_with_progress(path, bar, check_cancel)
        except OSError as exc:
            problems.append(f"Berkas '{name}' tidak dapat dibaca: {os_reason(exc)}.")
            return report
    if use_checksum:
        _check_sidecar(path, report)
    backup_check.check_database(name, path, head, size, expect_counts, report, quick, rows,
                                manifest, work_dir, bar, check_cancel, hold)
    for suffix in ("-wal", "-journal"):
        beside = path.with_name(path.name + suffix)
        with contextlib.suppress(OSError):
            if beside.is_file() and beside.stat().st_size > 0:
                report.notes.append(f"Berkas '{beside.name}' di sebelahnya diabaikan: "
                                    f"cadangan dibaca apa adanya, tanpa berkas jurnal.")
    return _finish(report)


def _hash_with_progress(path: Path, bar: Bar, check_cancel: Callable[[], bool]) -> str:
    digest = hashlib.sha256()
    total = max(path.stat().st_size, 1)
    done = 0
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            check_cancel()
            digest.update(block)
            done += len(block)
            bar.tell("sha", done / total, "Menghitung kode pemeriksa…")
    return digest.hexdigest()


def _verify_encrypted(path: Path, passphrase: str | None,
                      expect_counts: dict[str, int] | None, use_checksum: bool, quick: bool,
                      rows: bool, work_dir: Path | None, bar: Bar,
                      check_cancel: Callable[[], bool], report: BackupReport) -> None:
    """Decrypt into a temporary file of the work folder, check it as a plain backup, and
    remove it whatever happens. The file's SHA-256 (for its .sha256) comes from the same read
    as the decryption."""
    name, problems = path.name, report.problems
    if not passphrase:
        if use_checksum:
            _hash_for_sidecar(path, report)
        problems.append(f"Berkas '{name}' terenkripsi; kata sandi cadangan diperlukan untuk "
                        f"memeriksanya.")
        return
    folder = backup_check.work_folder(work_dir)
    staged = backup_check.staging_name(folder, name)
    try:
        try:
            digests = backup_crypto.decrypt_into(
                path, passphrase, staged, bar.bytes("decrypt", "Membuka cadangan terenkripsi…"),
                check_cancel)
        except WrongPassphraseError as exc:
            report.wrong_passphrase = True
            if use_checksum:
                _hash_for_sidecar(path, report)
            # With a matching .sha256 the file is intact: only the passphrase can be wrong.
            problems.append(backup_crypto.WRONG_PASSPHRASE if report.checksum_checked
                            else str(exc))
            return
        except (DiskFullError, StorageError) as exc:
            if use_checksum:
                _hash_for_sidecar(path, report)
            if isinstance(exc, DiskFullError) or str(staged) in str(exc):
                # Our work folder, not the backup: said as such.
                problems.append(f"Cadangan '{name}' tidak dapat dibuka untuk diperiksa di "
                                f"'{folder}': {exc}")
            else:
                problems.append(str(exc))
            return
        report.sha256 = digests.file_sha256
        if use_checksum:
            _check_sidecar(path, report)
        with open(staged, "rb") as handle:
            head = handle.read(100)
        backup_check.check_database(name, staged, head, digests.plain_size, expect_counts,
                                    report, quick, rows, True, folder, bar, check_cancel)
    finally:
        _remove_with_sidecars(staged)


def _hash_for_sidecar(path: Path, report: BackupReport) -> None:
    """The file's SHA-256 and its .sha256 compared, when decryption did not get that far."""
    try:
        report.sha256 = sha256_file(path)
    except OSError as exc:
        report.problems.append(f"Berkas '{path.name}' tidak dapat dibaca: {os_reason(exc)}.")
        return
    _check_sidecar(path, report)


def _finish(report: BackupReport) -> BackupReport:
    report.ok = not report.problems
    return report


def _check_sidecar(path: Path, report: BackupReport) -> None:
    sidecar = checksum_path(path)
    try:
        text = sidecar.read_text(encoding="utf-8")
    except FileNotFoundError:
        report.notes.append(f"Tidak ada berkas kode pemeriksa '{sidecar.name}' di "
                            f"sebelahnya; kode pemeriksa tidak dicocokkan (isi basis data "
                            f"tetap diperiksa).")
        return
    except (OSError, UnicodeDecodeError):
        report.problems.append(f"Berkas kode pemeriksa '{sidecar.name}' tidak dapat dibaca.")
        return
    fields = text.split()
    recorded = fields[0].lower() if fields else ""
    if len(recorded) != 64 or any(c not in "0123456789abcdef" for c in recorded):
        report.problems.append(f"Berkas kode pemeriksa '{sidecar.name}' tidak berisi kode "
                               f"yang sah.")
    elif recorded != report.sha256:
        report.problems.append(f"Kode pemeriksa berkas '{path.name}' tidak cocok dengan "
                               f"'{sidecar.name}': berkas berubah atau rusak setelah "
                               f"dicadangkan.")
    else:
        report.checksum_checked = True


# Writing ---------------------------------------------------------------------------------------

def backup_to(db: Database, target_dir: Path, name: str, progress: Progress | None = None,
              cancelled: Cancelled | None = None, passphrase: str | None = None,
              thorough: bool = True) -> Path:
    """Write a verified backup of `db` as `target_dir/name` (with `passphrase`:
    `target_dir/name.enc`, encrypted) plus its `.sha256`; return the file's path.

    Raises DiskFullError, StorageError (read-only target, medium removed…),
    BackupVerificationError, OperationCancelled; in every case nothing is left under the
    final name (an existing file of that name is replaced only by a verified one)."""
    return backup_with_report(db, target_dir, name, progress, cancelled, passphrase,
                              thorough)[0]


def backup_with_report(db: Database, target_dir: Path, name: str,
                       progress: Progress | None = None, cancelled: Cancelled | None = None,
                       passphrase: str | None = None,
                       thorough: bool = True) -> tuple[Path, BackupReport]:
    """backup_to, also returning the verification report (counts of the snapshot copied,
    schema version, SHA-256 of the file written).

    The fresh copy is read once for its manifest and checked ONCE at the same time (see
    _check_copy): the full integrity_check (indexes against tables too; `thorough=False`:
    quick_check, every page's structure, cells, NOT NULL, free list, about 6x faster), its
    row counts against the source's snapshot and its schema. The manifest is not recomputed
    (it was just computed from this very file); `verify_file` (CLI verify, restore)
    recomputes it. An encrypted backup is then read back once: every chunk authenticated,
    its plaintext's SHA-256 compared with what was encrypted, and the file's own SHA-256
    taken for the .sha256."""
    target_dir = Path(target_dir)
    source = Path(db.path)
    _check_target(target_dir)
    final = target_dir / (f"{name}.enc" if passphrase else name)
    plain_dir = source.parent if passphrase else target_dir
    plain_tmp = _temp_path(plain_dir, name)
    enc_tmp = _temp_path(target_dir, final.name)
    sidecar = checksum_path(final)
    report = None
    renamed = False
    where = plain_dir
    check = "integrity_check" if thorough else "quick_check"
    # The check runs beside the manifest's reading: the longer of the two is the time.
    both = max(WEIGHTS[check], WEIGHTS["manifest"])
    bar = Bar(progress, ["copy", "both", *(["encrypt", "read_back"] if passphrase
                                          else ["sha"])], {"both": both})
    check_cancel = canceller(cancelled, "Pencadangan dibatalkan; tidak ada berkas cadangan "
                                        "yang ditulis.")

    try:
        check_cancel()
        counts = _copy(source, plain_tmp, bar, check_cancel)
        report = _check_copy(plain_tmp, counts, check, bar, check_cancel)
        if not report.ok:
            raise BackupVerificationError(
                f"Salinan cadangan di '{plain_dir}' gagal diperiksa; cadangan tidak dibuat: "
                + " ".join(report.problems), report.problems)
        _fsync_file(plain_tmp)
        _fsync_dir(plain_dir)
        check_cancel()
        written = plain_tmp
        if passphrase:
            where = target_dir
            file_sha = _encrypt(plain_tmp, enc_tmp, passphrase, bar, check_cancel)
            _unlink(plain_tmp)  # the plain copy is never kept
            _fsync_dir(target_dir)
            written = enc_tmp
        else:
            file_sha = _hash_with_progress(plain_tmp, bar, check_cancel)
        report = dataclasses.replace(report, sha256=file_sha, encrypted=bool(passphrase))
        where = target_dir
        check_cancel()
        try:
            replace_when_free(written, final)
        except OSError as exc:
            if not held_by_another_program(exc):
                raise
            raise StorageError(
                f"Salinan cadangan di '{target_dir}' sedang dibuka program lain (mis. antivirus "
                f"yang memeriksanya) sehingga tidak dapat diberi nama akhir '{final.name}'; "
                f"cadangan tidak dibuat. Tunggu sebentar lalu coba lagi.") from exc
        renamed = True
        _fsync_dir(target_dir)
        # A verified report always holds the hash (computed first); else hash the file now.
        _write_checksum(sidecar, report.sha256 or sha256_file(final), final.name)
        _fsync_dir(target_dir)
    except BaseException as exc:
        _unlink(plain_tmp)
        _unlink(enc_tmp)
        _unlink(sidecar.with_name(f".{sidecar.name}.tmp"))
        if renamed:  # only the checksum failed: an all-or-nothing backup leaves neither
            _unlink(final)
            _unlink(sidecar)
        if isinstance(exc, (KinerjaError, KeyboardInterrupt, SystemExit)) or not isinstance(
                exc, (OSError, sqlite3.Error)):
            raise
        raise _target_error(exc, where) from exc
    if progress is not None:
        progress(1.0, "Selesai.")
    return final, report


def _check_copy(plain: Path, counts: dict[str, int], check: str, bar: Bar,
                check_cancel: Callable[[], bool]) -> BackupReport:
    """The copy's manifest and its ONE integrity check (with its row counts against the
    snapshot and its schema), at the same time: the manifest's row is reserved at its final
    size first, the check runs on a thread of its own while this one reads the rows for
    the manifest (both only read the file), then the row is written in place and read back.
    So the structure checked is the final file's; the manifest is not computed twice."""
    # The backup checks itself: its rows' counts and hash, inside the file (so inside the
    # encryption too), compared by verify without the .sha256 beside it.
    intake.reserve_manifest(plain)
    tracks = Tracks(bar, "both", {check: WEIGHTS[check], "manifest": WEIGHTS["manifest"]})
    checker: Background[BackupReport] = Background(lambda stop: _verify(
        plain, None, counts, use_checksum=False, quick=check == "quick_check",
        manifest=False, hash_file=False,
        bar=Bar(lambda fraction, _text: tracks.record(check, fraction), [check]),
        check_cancel=stop, hold=checker.hold), check_cancel)
    checker.start()
    try:
        manifest = intake.compute_manifest(
            plain, tracks.bytes("manifest", "Mencatat isi salinan…"), check_cancel)
        report = checker.finish(tracks, check, "Memeriksa keutuhan salinan…")
    except BaseException:
        checker.halt()
        raise
    if report.ok:
        intake.store_manifest(plain, manifest)
    return report


def _encrypt(plain: Path, target: Path, passphrase: str, bar: Bar,
             check_cancel: Callable[[], bool]) -> str:
    """Encrypt the verified plain copy onto the target and read the encrypted file back once
    (one scrypt run for both: the key is kept from the writing); the SHA-256 of the file."""
    key = backup_crypto.new_header(passphrase)
    plain_sha = backup_crypto.encrypt_file(
        plain, target, passphrase, bar.bytes("encrypt", "Mengenkripsi cadangan…"),
        cancelled=check_cancel, key=key)
    check_cancel()
    try:
        digests = backup_crypto.authenticate(
            target, passphrase, key, bar.bytes("read_back", "Memeriksa cadangan terenkripsi…"),
            check_cancel)
    except backup_crypto.DamagedEncryptedFile as exc:
        raise BackupVerificationError(
            f"Cadangan terenkripsi di '{target.parent}' tidak dapat dibaca kembali dengan "
            f"benar; cadangan tidak dibuat. {exc}", [str(exc)]) from exc
    if digests.plain_sha256 != plain_sha:
        raise BackupVerificationError(
            f"Cadangan terenkripsi di '{target.parent}' tidak sama dengan salinan yang "
            f"diperiksa setelah dibuka kembali; cadangan tidak dibuat.")
    return digests.file_sha256


def _temp_path(folder: Path, name: str) -> Path:
    """`.<name>.tmp` in `folder`, or a name of its own when a leftover of that name (an
    interrupted backup) cannot be removed: Windows keeps a file another program holds open
    (an antivirus, a copy in progress), and writing into it would leave the copy there."""
    temp = folder / f".{name}.tmp"
    _unlink(temp)
    if not temp.exists():
        return temp
    return folder / f".{name}.{uuid.uuid4().hex[:8]}.tmp"


def _check_target(target_dir: Path) -> None:
    if not target_dir.exists():
        raise StorageError(f"Folder tujuan '{target_dir}' tidak ada (flashdisk belum dipasang?).")
    if not target_dir.is_dir():
        raise StorageError(f"Tujuan '{target_dir}' bukan folder.")
    try:
        writable = can_create_in(target_dir)
    except OSError as exc:
        raise _target_error(exc, target_dir) from exc
    if not writable:
        raise StorageError(f"Folder tujuan '{target_dir}' hanya-baca (mis. flashdisk yang "
                           f"dikunci atau folder tanpa izin tulis); cadangan tidak dibuat.")


def _copy(source: Path, temp: Path, bar: Bar,
          check_cancel: Callable[[], bool]) -> dict[str, int]:
    """SQLite's backup API from a read-only connection into `temp`; the copy is left in
    journal_mode=DELETE. Returns the row counts of the snapshot copied."""
    _unlink(temp)  # a leftover of an interrupted backup
    try:
        src = sqlite3.connect(sqlite_uri(source, "mode=ro"), uri=True,
                              isolation_level=None, timeout=5.0)
    except sqlite3.Error as exc:
        raise translate_error(exc, source) from exc
    try:
        try:
            # One read transaction for the counts and every backup step: one snapshot
            # (in WAL mode the app's writes meanwhile neither block nor restart the copy).
            src.execute("BEGIN")
            counts = backup_check.table_counts(src)
        except sqlite3.Error as exc:
            raise translate_error(exc, source) from exc
        dst = sqlite3.connect(temp, isolation_level=None)
        try:
            def step(_status: int, remaining: int, pages: int) -> None:
                check_cancel()
                bar.tell("copy", (pages - remaining) / max(pages, 1), "Menyalin basis data…")

            bar.tell("copy", 0.0, "Menyalin basis data…")
            src.backup(dst, pages=STEP_PAGES, progress=step)
            mode = dst.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if mode.lower() != "delete":
                raise StorageError(f"Salinan di '{temp.parent}' tidak dapat dijadikan satu "
                                   f"berkas; coba folder atau flashdisk lain.")
        finally:
            dst.close()
        src.execute("COMMIT")
    finally:
        src.close()
    for suffix in ("-wal", "-shm", "-journal"):  # none should exist; never leave them
        _unlink(Path(f"{temp}{suffix}"))
    return counts


def _write_checksum(sidecar: Path, sha: str, file_name: str) -> None:
    temp = sidecar.with_name(f".{sidecar.name}.tmp")
    with open(temp, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(f"{sha}  {file_name}\n")
        handle.flush()
        os.fsync(handle.fileno())
    replace_when_free(temp, sidecar)


def _target_error(exc: BaseException, where: Path) -> StorageError:
    """An OSError or SQLite error while writing, as a typed error naming the folder."""
    if isinstance(exc, OSError):
        code = exc.errno
        if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1):
            return DiskFullError(f"Flashdisk atau disk penuh ({where}); cadangan tidak dibuat. "
                                 f"Kosongkan ruang lalu coba lagi.")
        if code in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StorageError(f"Folder '{where}' tidak dapat ditulis ({os_reason(exc)}); "
                                f"cadangan tidak dibuat.")
        if code in (errno.EIO, errno.ENODEV, errno.ENOENT, errno.ENXIO):
            return StorageError(f"Gagal menulis ke '{where}' ({os_reason(exc)}); flashdisk "
                                f"mungkin dicabut. Cadangan tidak dibuat.")
        return StorageError(f"Gagal menulis ke '{where}': {os_reason(exc)}; cadangan tidak "
                            f"dibuat.")
    text = str(exc).lower()
    if "full" in text:
        return DiskFullError(f"Flashdisk atau disk penuh ({where}); cadangan tidak dibuat. "
                             f"Kosongkan ruang lalu coba lagi.")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StorageError(f"Folder '{where}' tidak dapat ditulis (hanya-baca atau tanpa izin "
                            f"tulis); cadangan tidak dibuat.")
    if "i/o" in text:
        return StorageError(f"Gagal menulis ke '{where}' (kesalahan baca/tulis media); "
                            f"flashdisk mungkin dicabut. Cadangan tidak dibuat.")
    return StorageError(f"Pencadangan ke '{where}' gagal ({backup_check.sqlite_code(exc)}); "
                        f"cadangan tidak dibuat.")


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable where the system allows it (not on Windows)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _unlink(path: Path) -> None:
    try:
        Path(path).unlink(missing_ok=True)
    except OSError:
        pass


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        _unlink(Path(f"{path}{suffix}"))
