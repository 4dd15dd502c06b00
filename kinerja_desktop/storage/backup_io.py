"""Backup files: written with SQLite's online backup API, verified before they get their name.

Besides database.py this is the only module that touches SQLite files directly. No Qt.

`backup_to` copies the live database through a separate read-only connection (the app's own
connection is not disturbed; in WAL mode the app may go on writing), holding one read
transaction so that the copy and the row counts it is checked against are the same
snapshot. The copy goes to `.<name>.tmp` on the target, is switched to journal_mode=DELETE
(one self-contained file), fsynced, verified (`verify_file`), and only then renamed; its
SHA-256 is written beside it as `<file>.sha256` (sha256sum format). Any failure removes the
temporary file and raises a typed error: nothing ever stands under the final name unverified.

With a passphrase the verified plain copy is written NOT to the target but beside the live
database (where the plain data already is), encrypted onto the target
(`<name>.enc`, see backup_crypto.py), checked by decrypting it again, and removed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import os
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from collections.abc import Callable

from kinerja_desktop.errors import (BackupVerificationError, DiskFullError, KinerjaError,
                                    OperationCancelled, StorageError, WrongPassphraseError,
                                    os_reason)
from kinerja_desktop.storage import backup_crypto, intake, migrations
from kinerja_desktop.storage.database import sqlite_uri, translate_error
from kinerja_desktop.storage.file_access import (can_create_in, held_by_another_program,
                                                 replace_when_free)

if TYPE_CHECKING:
    from kinerja_desktop.storage.database import Database

APPLICATION_ID = migrations.APPLICATION_ID
SQLITE_HEADER = b"SQLite format 3\x00"
CHECKSUM_SUFFIX = ".sha256"
STEP_PAGES = 1024          # pages copied per backup step (4 MB at 4 KB pages): progress/cancel
INTEGRITY_LINES = 3        # integrity_check lines quoted in a report
VERIFY_CACHE_KB = 65536    # the verifying connection's page cache (integrity_check speed)

# progress(fraction 0..1 of the whole backup, what is being done now, in Indonesian)
Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]

_COPY_SHARE = 0.6  # shares of the progress bar: copy, verify, (encrypt + check)
_VERIFY_SHARE = 0.2


@dataclass
class BackupReport:
    """What verify_file found. `problems` (Indonesian, one sentence each) is empty when ok;
    `notes` inform without failing (e.g. no .sha256 beside the file)."""

    ok: bool
    problems: list[str]
    schema_version: int | None
    counts: dict[str, int]
    sha256: str | None          # of the file as stored (the encrypted bytes when encrypted)
    encrypted: bool
    notes: list[str] = field(default_factory=list)
    checksum_checked: bool = False  # a .sha256 file was there and matched
    wrong_passphrase: bool = False  # the passphrase did not open it (not a damaged file)
    manifest_checked: bool = False  # the rows matched the manifest inside the file


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
                rows: bool = True) -> BackupReport:
    """Check a backup file without changing it (nor creating anything beside it) and name
    everything wrong: unreadable, not SQLite, not ours, schema newer than the app,
    integrity_check failures, row counts differing from `expect_counts`, a SHA-256 differing
    from `<file>.sha256`, a missing or wrong passphrase. An encrypted file is decrypted in
    memory only. `quick` runs PRAGMA quick_check instead of integrity_check (every page's
    structure, but not indexes against their tables: about 6x faster on 100 MB). The schema
    must be this app's for the file's version and the rows must match the manifest inside
    the file; `rows` also checks every row as restore would (storage/intake_rows.py)."""
    return _verify(Path(path), passphrase, expect_counts, use_checksum=True, quick=quick,
                   rows=rows)


def _verify(path: Path, passphrase: str | None, expect_counts: dict[str, int] | None,
            use_checksum: bool, quick: bool = False, rows: bool = False) -> BackupReport:
    name = path.name
    report = BackupReport(False, [], None, {}, None, False)
    problems = report.problems
    if not path.exists():
        problems.append(f"Berkas '{name}' tidak ditemukan.")
        return report
    if path.is_dir():
        problems.append(f"'{name}' adalah folder, bukan berkas cadangan.")
        return report
    try:
        report.sha256 = sha256_file(path)
        with open(path, "rb") as handle:
            head = handle.read(100)
        size = path.stat().st_size
    except OSError as exc:
        problems.append(f"Berkas '{name}' tidak dapat dibaca: {os_reason(exc)}.")
        return report
    report.encrypted = head.startswith(backup_crypto.MAGIC)
    if use_checksum:
        _check_sidecar(path, report)
    if report.encrypted:
        if not passphrase:
            problems.append(f"Berkas '{name}' terenkripsi; kata sandi cadangan diperlukan untuk "
                            f"memeriksanya.")
            return _finish(report)
        try:
            data = backup_crypto.decrypt_bytes(path, passphrase)
        except WrongPassphraseError as exc:
            report.wrong_passphrase = True
            # With a matching .sha256 the file is intact: only the passphrase can be wrong.
            problems.append(backup_crypto.WRONG_PASSPHRASE if report.checksum_checked
                            else str(exc))
            return _finish(report)
        except StorageError as exc:
            problems.append(str(exc))
            return _finish(report)
        _check_database(name, data[:100], len(data), lambda: _memory_connection(data),
                        expect_counts, report, quick, rows)
        del data
    else:
        uri = sqlite_uri(path, "mode=ro&immutable=1")
        _check_database(name, head, size, lambda: sqlite3.connect(uri, uri=True),
                        expect_counts, report, quick, rows)
        for suffix in ("-wal", "-journal"):
            beside = path.with_name(path.name + suffix)
            with contextlib.suppress(OSError):
                if beside.is_file() and beside.stat().st_size > 0:
                    report.notes.append(f"Berkas '{beside.name}' di sebelahnya diabaikan: "
                                        f"cadangan dibaca apa adanya, tanpa berkas jurnal.")
    return _finish(report)


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


def _memory_connection(data: bytes) -> sqlite3.Connection:
    con = sqlite3.connect(":memory:")
    con.deserialize(data)
    return con


def _check_database(name: str, head: bytes, size: int,
                    connect: Callable[[], sqlite3.Connection],
                    expect_counts: dict[str, int] | None, report: BackupReport,
                    quick: bool = False, rows: bool = False) -> None:
    problems = report.problems
    if size == 0:
        problems.append(f"Berkas '{name}' kosong (0 bita).")
        return
    if head[:16] != SQLITE_HEADER[:len(head[:16])]:  # a cut-off magic still counts as SQLite
        problems.append(f"Berkas '{name}' bukan basis data, jadi bukan cadangan Kinerja "
                        f"Desktop.")
        return
    if len(head) < 100:
        problems.append(f"Berkas '{name}' terpotong: hanya {size} bita, kepala basis data pun "
                        f"tidak lengkap.")
        return
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        problems.append(f"Kepala berkas '{name}' rusak (ukuran halaman {page_size} tidak sah).")
        return
    pages = int.from_bytes(head[28:32], "big")
    header_size_valid = head[24:28] == head[92:96] and pages > 0
    if header_size_valid and size < pages * page_size:
        problems.append(f"Berkas '{name}' terpotong: seharusnya {pages * page_size:,} bita "
                        f"({pages} halaman), hanya {size:,} bita.".replace(",", "."))
    elif size % page_size:
        problems.append(f"Berkas '{name}' terpotong atau rusak: ukurannya ({size} bita) bukan "
                        f"kelipatan ukuran halaman ({page_size} bita).")
    app_id = int.from_bytes(head[68:72], "big", signed=True)
    if app_id != APPLICATION_ID:
        problems.append(f"Berkas '{name}' adalah basis data milik aplikasi lain, bukan "
                        f"cadangan Kinerja Desktop.")
        return
    version = int.from_bytes(head[60:64], "big", signed=True)
    report.schema_version = version
    if version > migrations.LATEST_VERSION:
        problems.append(f"Berkas '{name}' dibuat oleh versi aplikasi yang lebih baru (versi data "
                        f"{version}, aplikasi ini {migrations.LATEST_VERSION}); perbarui "
                        f"Kinerja Desktop untuk memakainya.")
    if problems and any("terpotong" in p for p in problems):
        return  # SQLite would only report the missing pages again, less plainly
    try:
        with contextlib.closing(connect()) as con:
            con.execute(f"PRAGMA cache_size = -{VERIFY_CACHE_KB}")
            con.execute("PRAGMA query_only = 1")
            con.execute("PRAGMA trusted_schema = OFF")
            sql_id = con.execute("PRAGMA application_id").fetchone()[0]
            sql_version = con.execute("PRAGMA user_version").fetchone()[0]
            if (sql_id, sql_version) != (app_id, version):
                problems.append(f"Kepala berkas '{name}' tidak konsisten dengan isinya.")
            check = "quick_check" if quick else "integrity_check"
            lines = [row[0] for row in con.execute(f"PRAGMA {check}({INTEGRITY_LINES + 1})")]
            if lines != ["ok"]:
                shown = "; ".join(lines[:INTEGRITY_LINES])
                more = " …" if len(lines) > INTEGRITY_LINES else ""
                problems.append(f"Pemeriksaan keutuhan berkas '{name}' gagal: "
                                f"{shown}{more}")
            report.counts = table_counts(con)
            if not problems:
                _check_contents(name, version, con, report, rows)
    except sqlite3.DatabaseError as exc:
        problems.append(f"Berkas '{name}' rusak dan tidak dapat dibaca "
                        f"({_sqlite_code(exc)}).")
        return
    except UnicodeDecodeError:
        problems.append(f"Berkas '{name}' rusak: ada teks yang bukan UTF-8 yang sah.")
        return
    if expect_counts is not None:
        for table in sorted(set(expect_counts) | set(report.counts)):
            want, got = expect_counts.get(table), report.counts.get(table)
            if want is None:
                problems.append(f"Tabel '{table}' ada di salinan tetapi tidak di sumber.")
            elif got is None:
                problems.append(f"Tabel '{table}' tidak ada di salinan.")
            elif want != got:
                problems.append(f"Jumlah baris tabel '{table}' berbeda: sumber {want}, salinan "
                                f"{got}.")


def _check_contents(name: str, version: int, con: sqlite3.Connection,
                    report: BackupReport, rows: bool) -> None:
    """The schema must be the one this app creates for the file's version, and the rows must
    match the manifest inside the file (backups since manifests; older ones are noted)."""
    difference = intake.schema_difference(intake.schema_of(con), version)
    if difference:
        report.problems.append(f"Skema berkas '{name}' tidak sah: {difference}; berkas ini tidak "
                               f"dibuat oleh Kinerja Desktop atau telah diubah.")
        return
    problem, has_manifest = intake.manifest_problem(con, name)
    if problem:
        report.problems.append(problem)
    elif has_manifest:
        report.manifest_checked = True
    else:
        report.notes.append(f"Berkas '{name}' tidak memuat manifest (dibuat sebelum cadangan "
                            f"bermanifest): isinya diperiksa tanpa pembanding di dalamnya.")
    if rows and not report.problems:
        bad = intake.row_problems_of(con, version)
        if bad:
            report.problems.append(f"Berkas '{name}' berisi data yang tidak sah: "
                                   + " ".join(bad))


def _sqlite_code(exc: BaseException) -> str:
    code = getattr(exc, "sqlite_errorname", None)
    text = str(exc).lower()
    if "malformed" in text:
        return f"struktur basis data rusak, {code}" if code else "struktur basis data rusak"
    if "not a database" in text:
        return f"bukan basis data, {code}" if code else "bukan basis data"
    return code or "kesalahan tidak dikenal"


def table_counts(con: sqlite3.Connection) -> dict[str, int]:
    """Rows of every ordinary table (virtual tables are counted through their shadow tables)."""
    tables = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                         "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    return {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name, sql in tables if not (sql or "").upper().startswith("CREATE VIRTUAL")
            and name != intake.MANIFEST_TABLE}


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

    The fresh copy is checked with quick_check (every page's structure, cells, NOT NULL,
    free list), its row counts against the source's snapshot and its SHA-256; `thorough`
    runs the full integrity_check (indexes against tables too), about 6x slower. The copy is
    page-for-page SQLite's own, so what it could get wrong (a write lost on the medium) is
    in pages, which quick_check reads; `verify_file` (CLI verify, restore) does the full
    check by default."""
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

    def tell(fraction: float, text: str) -> None:
        if progress is not None:
            progress(min(1.0, fraction), text)

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise OperationCancelled("Pencadangan dibatalkan; tidak ada berkas cadangan yang "
                                     "ditulis.")

    try:
        check_cancel()
        counts = _copy(source, plain_tmp, tell, check_cancel)
        # The backup checks itself: its rows' counts and hash, inside the file (so inside
        # the encryption too), compared by verify without the .sha256 beside it.
        intake.write_manifest(plain_tmp)
        _fsync_file(plain_tmp)
        _fsync_dir(plain_dir)
        check_cancel()
        tell(_COPY_SHARE, "Memeriksa salinan…")
        report = _verify(plain_tmp, None, counts, use_checksum=False, quick=not thorough)
        if not report.ok:
            raise BackupVerificationError(
                f"Salinan cadangan di '{plain_dir}' gagal diperiksa; cadangan tidak dibuat: "
                + " ".join(report.problems), report.problems)
        tell(_COPY_SHARE + _VERIFY_SHARE, "Memeriksa salinan…")
        written = plain_tmp
        if passphrase:
            where = target_dir
            tell(_COPY_SHARE + _VERIFY_SHARE, "Mengenkripsi cadangan…")
            share = (1 - _COPY_SHARE - _VERIFY_SHARE) / 2
            backup_crypto.encrypt_file(
                plain_tmp, enc_tmp, passphrase,
                lambda done, total: tell(_COPY_SHARE + _VERIFY_SHARE + share * done / max(total, 1),
                                         "Mengenkripsi cadangan…"), cancelled=cancelled)
            _unlink(plain_tmp)  # the plain copy is never kept
            check_cancel()
            tell(1 - share, "Memeriksa cadangan terenkripsi…")
            if backup_crypto.decrypted_sha256(enc_tmp, passphrase) != report.sha256:
                raise BackupVerificationError(
                    f"Cadangan terenkripsi di '{target_dir}' tidak sama dengan salinan yang "
                    f"diperiksa setelah dibuka kembali; cadangan tidak dibuat.")
            report = dataclasses.replace(report, sha256=sha256_file(enc_tmp), encrypted=True)
            _fsync_dir(target_dir)
            written = enc_tmp
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
    tell(1.0, "Selesai.")
    return final, report


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


def _copy(source: Path, temp: Path, tell: Progress,
          check_cancel: Callable[[], None]) -> dict[str, int]:
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
            counts = table_counts(src)
        except sqlite3.Error as exc:
            raise translate_error(exc, source) from exc
        dst = sqlite3.connect(temp, isolation_level=None)
        try:
            def step(_status: int, remaining: int, pages: int) -> None:
                check_cancel()
                tell(_COPY_SHARE * (pages - remaining) / max(pages, 1), "Menyalin basis data…")

            tell(0.0, "Menyalin basis data…")
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
    return StorageError(f"Pencadangan ke '{where}' gagal ({_sqlite_code(exc)}); cadangan "
                        f"tidak dibuat.")


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
