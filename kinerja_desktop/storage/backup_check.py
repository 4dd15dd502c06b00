"""The checks of one SQLite backup file: its header, ONE integrity check, its schema, its
manifest and, when asked, every row. No Qt.

backup_io runs them on a copy it has just written (before the copy gets its name) and on a
file to verify (an encrypted one decrypted first into a temporary file); what they find goes
into a BackupReport, one Indonesian sentence per problem. The file is opened read-only and
immutable; the integrity check may run on a thread of its own beside the reading of the rows
(check_database's "both" track), and a cancel interrupts it.
"""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kinerja_desktop.errors import OperationCancelled, os_reason
from kinerja_desktop.storage import intake, migrations
from kinerja_desktop.storage.backup_steps import WEIGHTS, Background, Bar, Tracks
from kinerja_desktop.storage.database import sqlite_uri

APPLICATION_ID = migrations.APPLICATION_ID
SQLITE_HEADER = b"SQLite format 3\x00"
INTEGRITY_LINES = 3        # integrity_check lines quoted in a report
# The verifying connection's page cache. integrity_check of a 1 GB file took 24.1 s with
# SQLite's default 2 MB, 10.6 s with 16 MB and 10.4 s with 64 MB; the memory stays with the
# process after the check (the allocator keeps it), so 64 MB put a merge over its 150 MB.
VERIFY_CACHE_KB = 16384
SCRATCH_IN_MEMORY = 32 << 20  # bytes: a smaller file's rows are checked in memory
VERIFY_STAGE = "periksa"   # .<file>.periksa-<8 hex>.tmp: an encrypted backup being verified
# SQLite calls the progress handler every TICK virtual-machine steps (cancel, progress); an
# integrity_check takes about CHECK_STEPS_PER_PAGE of them per page (measured on the bench
# database), which turns the ticks into an estimate of the share done. Each call needs
# Python's lock, which the thread reading the rows holds most of the time (a wait of up to
# 5 ms): rare enough to cost nothing (about every 10 MB, a tenth of a second of work).
TICK = 1_000_000
CHECK_STEPS_PER_PAGE = {"integrity_check": 400, "quick_check": 250}


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


def staging_name(folder: Path, name: str) -> Path:
    """`.<name>.periksa-<8 hex>.tmp` in `folder`: a decrypted backup being verified."""
    return Path(folder) / f".{name}.{VERIFY_STAGE}-{uuid.uuid4().hex[:8]}.tmp"


def work_folder(work_dir: Path | None) -> Path:
    """Where verify writes its temporary files: never beside the backup (a stick)."""
    return Path(work_dir) if work_dir is not None else Path(tempfile.gettempdir())


def check_database(name: str, path: Path, head: bytes, size: int,
                    expect_counts: dict[str, int] | None, report: BackupReport,
                    quick: bool = False, rows: bool = False, manifest: bool = True,
                    work_dir: Path | None = None, bar: Bar | None = None,
                    check_cancel: Callable[[], bool] | None = None,
                    hold: Callable[[sqlite3.Connection | None], None] | None = None) -> None:
    """The checks of the SQLite file at `path` (read-only and immutable), reported under
    `name`: its header, ONE integrity_check (or quick_check), its schema, its manifest
    (unless `manifest` is False) and, with `rows`, every row (in a scratch database in
    `work_dir`)."""
    problems = report.problems
    bar = bar or Bar(None, [])
    check_cancel = check_cancel or (lambda: False)
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
    check = "quick_check" if quick else "integrity_check"
    pages = max(pages, size // page_size)
    try:
        with contextlib.closing(_read_only(path)) as con, _held(con, hold):
            sql_id = con.execute("PRAGMA application_id").fetchone()[0]
            sql_version = con.execute("PRAGMA user_version").fetchone()[0]
            if (sql_id, sql_version) != (app_id, version):
                problems.append(f"Kepala berkas '{name}' tidak konsisten dengan isinya.")
            beside = (manifest or rows) and "both" in bar.start
            if beside:
                # verify_file: the integrity check on a thread of its own (SQLite runs it
                # without Python's lock) while this one reads the rows.
                lines = _check_beside(name, path, version, con, report, rows, manifest,
                                      work_folder(work_dir), bar, check_cancel, check, pages)
            else:
                lines = integrity_lines(con, check, pages, bar, check_cancel)
            if lines != ["ok"]:
                problems.append(_integrity_problem(name, lines))
            report.counts = table_counts(con)
            if not beside and not problems:
                check_contents(name, path, version, con, report, rows, manifest,
                                work_folder(work_dir), bar, check_cancel)
    except sqlite3.DatabaseError as exc:
        if interrupted(exc):
            check_cancel()  # raises OperationCancelled when that is why
        problems.append(f"Berkas '{name}' rusak dan tidak dapat dibaca "
                        f"({sqlite_code(exc)}).")
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


@contextlib.contextmanager
def _held(con: sqlite3.Connection,
          hold: Callable[[sqlite3.Connection | None], None] | None) -> Iterator[None]:
    """Tell `hold` the connection for the length of the block (Background.hold)."""
    if hold is None:
        yield
        return
    hold(con)
    try:
        yield
    finally:
        hold(None)


def interrupted(exc: BaseException) -> bool:
    """SQLite stopped by a cancel (the progress handler, or sqlite3_interrupt). By its code:
    the message differs between SQLite versions ("interrupted" on Linux, another text in
    Windows' Python 3.11.9)."""
    return (getattr(exc, "sqlite_errorname", None) == "SQLITE_INTERRUPT"
            or "interrupt" in str(exc).lower())


def _read_only(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(sqlite_uri(path, "mode=ro&immutable=1"), uri=True)
    con.execute(f"PRAGMA cache_size = -{VERIFY_CACHE_KB}")
    con.execute("PRAGMA query_only = 1")
    con.execute("PRAGMA trusted_schema = OFF")
    return con


def _integrity_problem(name: str, lines: list[str]) -> str:
    shown = "; ".join(lines[:INTEGRITY_LINES])
    more = " …" if len(lines) > INTEGRITY_LINES else ""
    return f"Pemeriksaan keutuhan berkas '{name}' gagal: {shown}{more}"


def _check_beside(name: str, path: Path, version: int, con: sqlite3.Connection,
                  report: BackupReport, rows: bool, manifest: bool, work_dir: Path, bar: Bar,
                  check_cancel: Callable[[], bool], check: str, pages: int) -> list[str]:
    """The integrity check on a thread (its own connection) while `con` checks the schema,
    the manifest and the rows; the check's lines. What the contents found counts only when
    the header and the check passed, as when they ran one after the other (a damaged file
    is named by its damage, not by what reading it then gave)."""
    tracks = Tracks(bar, "both", {check: WEIGHTS[check],
                                   "manifest": WEIGHTS["manifest"] if manifest else 0.0,
                                   "rows": WEIGHTS["rows"] if rows else 0.0})
    checker: Background[list[str]] = Background(
        lambda stop: _integrity_of(path, check, pages, tracks, stop, checker.hold),
        check_cancel)
    checker.start()
    found = BackupReport(False, [], version, {}, None, False)
    error: BaseException | None = None
    try:
        try:
            check_contents(name, path, version, con, found, rows, manifest, work_dir,
                            tracks, check_cancel)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            if interrupted(exc):
                raise
            error = exc  # said below only if the check passed
        lines: list[str] = checker.finish(tracks, check, "Memeriksa keutuhan salinan…")
    except BaseException:
        checker.halt()
        raise
    if lines == ["ok"] and not report.problems:
        if error is not None:
            raise error
        report.problems += found.problems
        report.notes += found.notes
        report.manifest_checked = found.manifest_checked
    return lines


def _integrity_of(path: Path, check: str, pages: int, tracks: Tracks,
                  stop: Callable[[], bool],
                  hold: Callable[[sqlite3.Connection | None], None]) -> list[str]:
    """The integrity check on the checker's thread, its connection held out (`hold`) so that
    a cancel can interrupt it."""
    bar = Bar(lambda fraction, _text: tracks.record(check, fraction), [check])
    with contextlib.closing(_read_only(path)) as con:
        hold(con)
        try:
            return integrity_lines(con, check, pages, bar, stop)
        except sqlite3.DatabaseError as exc:
            if interrupted(exc):
                stop()  # raises OperationCancelled when that is why
            return [f"berkas tidak dapat dibaca ({sqlite_code(exc)})"]
        finally:
            hold(None)


def integrity_lines(con: sqlite3.Connection, check: str, pages: int, bar: Bar,
                     check_cancel: Callable[[], bool]) -> list[str]:
    """PRAGMA integrity_check (or quick_check): the one full check of a backup. SQLite's
    progress handler asks for a cancel and estimates the share done from the steps taken."""
    expected = max(1, pages) * CHECK_STEPS_PER_PAGE[check]
    ticks = [0]

    def tick() -> int:
        ticks[0] += 1
        bar.tell(check, min(0.99, ticks[0] * TICK / expected), "Memeriksa keutuhan salinan…")
        try:
            check_cancel()
        except OperationCancelled:
            return 1  # SQLite stops with "interrupted"; check_cancel raises it again then
        return 0

    bar.tell(check, 0.0, "Memeriksa keutuhan salinan…")
    con.set_progress_handler(tick, TICK)
    try:
        lines = [row[0] for row in con.execute(f"PRAGMA {check}({INTEGRITY_LINES + 1})")]
    finally:
        con.set_progress_handler(None, 0)
    bar.tell(check, 1.0, "Memeriksa keutuhan salinan…")
    return lines


def check_contents(name: str, path: Path, version: int, con: sqlite3.Connection,
                    report: BackupReport, rows: bool, manifest: bool, work_dir: Path,
                    bar: Bar | Tracks, check_cancel: Callable[[], bool]) -> None:
    """The schema must be the one this app creates for the file's version, and the rows must
    match the manifest inside the file (backups since manifests; older ones are noted)."""
    difference = intake.schema_difference(intake.schema_of(con), version)
    if difference:
        report.problems.append(f"Skema berkas '{name}' tidak sah: {difference}; berkas ini tidak "
                               f"dibuat oleh Kinerja Desktop atau telah diubah.")
        return
    if manifest:
        problem, has_manifest = intake.manifest_problem(
            con, name, bar.bytes("manifest", "Mencocokkan isi dengan manifest…"), check_cancel)
        if problem:
            report.problems.append(problem)
        elif has_manifest:
            report.manifest_checked = True
        else:
            report.notes.append(f"Berkas '{name}' tidak memuat manifest (dibuat sebelum "
                                f"cadangan bermanifest): isinya diperiksa tanpa pembanding di "
                                f"dalamnya.")
    if rows and not report.problems:
        bar.tell("rows", 0.0, "Memeriksa setiap baris…")
        check_cancel()
        # A small file's rows are checked in memory (quicker); a large one's on disk.
        scratch = (None if path.stat().st_size <= SCRATCH_IN_MEMORY
                   else staging_name(work_dir, name).with_suffix(".tmp.baru"))
        try:
            bad = intake.row_problems_of(path, version, scratch)
        except OSError as exc:
            report.problems.append(f"Baris berkas '{name}' tidak dapat diperiksa di "
                                   f"'{work_dir}': {os_reason(exc)}.")
            return
        if bad:
            report.problems.append(f"Berkas '{name}' berisi data yang tidak sah: "
                                   + " ".join(bad))
        bar.tell("rows", 1.0, "Memeriksa setiap baris…")


def sqlite_code(exc: BaseException) -> str:
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


