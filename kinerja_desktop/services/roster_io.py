"""Roster import (all or nothing, upsert by NIP) and export, in the same columns."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from collections.abc import Callable, Iterable, Iterator

from kinerja_desktop.domain import ranks, vocab
from kinerja_desktop.domain.dates import day_before, parse_date
from kinerja_desktop.domain.nip import parse_nip, spreadsheet_number_problem
from kinerja_desktop.domain.officials import (AppointmentInput, AppointmentRecord,
                                              OfficialInput, OfficialRecord,
                                              clean, full_name, previous_post_text,
                                              validate_appointment,
                                              validate_official)
from kinerja_desktop.domain.roster import RosterFilter
from kinerja_desktop.errors import KinerjaError, OperationCancelled, Problem, ValidationError
from kinerja_desktop.services.tables import Table, read_table, write_table
from kinerja_desktop.storage import official_repo as repo
from kinerja_desktop.storage import roster_repo
from kinerja_desktop.storage.database import Database, translate_error

COLUMNS = ("nip", "nama", "gelar_depan", "gelar_belakang", "pangkat_golongan", "jabatan",
           "unit_kerja", "eselon", "jenis_pengisian", "jabatan_sebelumnya",
           "tanggal_pelantikan", "nomor_sk")
REQUIRED = ("nip", "nama", "jabatan", "unit_kerja")
# Written by an export that includes archived officials; read back when present.
OPTIONAL = ("aktif",)
_YES = {"ya", "y", "1", "true", "aktif"}
_NO = {"tidak", "t", "0", "false", "arsip", "diarsipkan"}
# A report keeps this many problems; the rest are counted in one line ("… dan N masalah lain").
MAX_PROBLEMS = 200

Progress = Callable[[int, int], None]


class ImportCancelled(OperationCancelled):
    """The user cancelled an import; nothing was written."""


class ImportOutdated(KinerjaError):
    """The database changed (another program, another PC's window) between checking a file and
    importing it: what was checked is not what would be written. Nothing was written."""


@dataclass
class RowPlan:
    """One valid spreadsheet row and what applying it will do."""

    row: int
    official: OfficialInput
    appointment: AppointmentInput
    official_id: int | None  # None: a new official
    action: str  # "baru", "diubah" or "tetap"


@dataclass
class ImportReport:
    """What an import found and (unless a dry run or refused) did."""

    source: str
    rows: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    units_created: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    applied: bool = False
    plans: list[RowPlan] = field(default_factory=list, repr=False)
    omitted: int = 0  # problems past MAX_PROBLEMS: counted, not kept
    omitted_errors: int = 0
    # The rows read, kept so that applying plans again inside the write transaction.
    table: Table | None = field(default=None, repr=False, compare=False)

    def add(self, problems: Iterable[Problem]) -> None:
        """Keep the first MAX_PROBLEMS problems, count the rest (a million bad rows must not
        make a million lines)."""
        for problem in problems:
            if len(self.problems) < MAX_PROBLEMS:
                self.problems.append(problem)
            else:
                self.omitted += 1
                self.omitted_errors += problem.is_error

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def error_count(self) -> int:
        """All errors found, the omitted ones included."""
        return len(self.errors) + self.omitted_errors

    @property
    def ok(self) -> bool:
        return self.error_count == 0

    def summary(self) -> str:
        state = ("ditulis" if self.applied else "tidak ada yang ditulis")
        text = (f"{self.rows} baris: {self.new} pejabat baru, {self.updated} diubah, "
                f"{self.unchanged} tetap; {state}.")
        if self.units_created:
            text += f" Unit kerja baru: {', '.join(self.units_created)}."
        return text


def _header_key(text: str) -> str:
    return re.sub(r"[\s\-]+", "_", str(text).strip().lower())


def _map_columns(header: list[str]) -> tuple[dict[str, int], list[Problem]]:
    problems: list[Problem] = []
    mapping: dict[str, int] = {}
    for index, title in enumerate(header):
        key = _header_key(title)
        if not key:
            continue
        if key in mapping:
            problems.append(Problem(key, f"Kolom '{title}' muncul dua kali.", row=1))
        elif key in COLUMNS or key in OPTIONAL:
            mapping[key] = index
        else:
            problems.append(Problem(str(title), f"Kolom '{title}' tidak dikenal dan diabaikan.",
                                    "warning", 1))
    missing = [c for c in REQUIRED if c not in mapping]
    if missing:
        problems.append(Problem(", ".join(missing), "Kolom wajib tidak ada: "
                                + ", ".join(missing) + ".", row=1))
    return mapping, problems


def _nip_cell(value: object, row: int) -> tuple[str, list[Problem]]:
    """Excel keeps 15 significant digits: an 18-digit NIP stored as a number has lost digits
    (the rule is the domain's: a numeric cell, or text in scientific or decimal notation)."""
    lost = spreadsheet_number_problem(value, "nip")
    if lost is not None:
        return "", [replace(lost, row=row)]
    return ("" if value is None else str(value)), []


def _parse_row(number: int, cells: list[object], mapping: dict[str, int]
               ) -> tuple[OfficialInput, AppointmentInput, list[Problem]]:
    def cell(key: str) -> object:
        index = mapping.get(key)
        return cells[index] if index is not None and index < len(cells) else None

    problems: list[Problem] = []

    def parsed(parser, key):
        try:
            return parser(cell(key), key)
        except ValidationError as exc:
            problems.extend(Problem(p.field, p.message, p.severity, number) for p in exc.problems)
            return None

    nip, nip_problems = _nip_cell(cell("nip"), number)
    problems += nip_problems
    official = OfficialInput(nip=nip, name=clean(cell("nama")),
                             front_title=clean(cell("gelar_depan")),
                             back_title=clean(cell("gelar_belakang")),
                             rank=parsed(ranks.parse_rank, "pangkat_golongan"))
    active_text = clean(cell("aktif")).lower()
    if active_text and active_text not in _YES | _NO:
        problems.append(Problem("aktif", f"Isi kolom aktif '{active_text}' tidak dikenal; "
                                         f"gunakan ya atau tidak.", row=number))
    official.active = active_text not in _NO
    start = parsed(parse_date, "tanggal_pelantikan")
    appointment = AppointmentInput(post_title=clean(cell("jabatan")),
                                   unit_name=clean(cell("unit_kerja")),
                                   eselon=parsed(ranks.parse_eselon, "eselon"),
                                   filling=parsed(vocab.parse_filling, "jenis_pengisian"),
                                   decree_number=clean(cell("nomor_sk")), start_date=start,
                                   previous_post=clean(cell("jabatan_sebelumnya")))
    if not nip_problems:
        problems += [Problem(p.field, p.message, p.severity, number)
                     for p in validate_official(official)]
    if not _no_post(appointment):
        problems += [Problem(p.field, p.message, p.severity, number)
                     for p in validate_appointment(appointment, official.rank)]
    return official, appointment, problems


def _no_post(row: AppointmentInput) -> bool:
    """Every post cell blank: an official without a current post (as an export writes one);
    for someone already on the roster, their posts are kept as they are."""
    return not (row.post_title or row.unit_name or row.eselon or row.filling
                or row.decree_number or row.start_date or row.previous_post)


def _merged(existing: OfficialRecord, row: OfficialInput, has_active: bool) -> OfficialInput:
    """Blank optional cells keep what the database has: an import never erases."""
    return OfficialInput(row.nip, row.name, row.front_title or existing.front_title,
                         row.back_title or existing.back_title, row.rank or existing.rank,
                         row.active if has_active else existing.active)


def _same_post(a, b: AppointmentInput) -> bool:
    return (a.post_title.lower() == b.post_title.lower()
            and a.unit_name.lower() == b.unit_name.lower())


def _merged_appointment(current, row: AppointmentInput) -> AppointmentInput:
    return AppointmentInput(current.post_title, current.unit_name,
                            row.eselon or current.eselon, row.filling or current.filling,
                            row.decree_number or current.decree_number, current.decree_date,
                            row.start_date or current.start_date, None,
                            row.previous_post or current.previous_post)


def plan_import(db: Database, path: str | Path) -> ImportReport:
    """Read and check a file against the database; write nothing.

    apply_import plans again inside its write transaction and refuses if anything differs."""
    table = read_table(path)
    with db.atomic():  # one consistent view of the database while planning
        return _plan(db, table, str(path))


def _plan(db: Database, table: Table, source: str) -> ImportReport:
    report = ImportReport(source=source, table=table)
    report.add(table.warnings)
    try:
        _plan_rows(db, table, report)
    finally:
        if report.omitted:
            kinds = (f", {report.omitted_errors} di antaranya kesalahan"
                     if report.omitted_errors else "")
            report.problems.append(Problem("", f"… dan {report.omitted} masalah lain{kinds}.",
                                           "info"))
    report.new = sum(p.action == "baru" for p in report.plans)
    report.updated = sum(p.action == "diubah" for p in report.plans)
    report.unchanged = sum(p.action == "tetap" for p in report.plans)
    return report


def _plan_rows(db: Database, table: Table, report: ImportReport) -> None:
    mapping, header_problems = _map_columns(table.header)
    report.add(header_problems)
    if any(p.is_error for p in header_problems):
        return
    known = repo.all_nips(db)
    seen: dict[str, int] = {}
    # Spreadsheets often name a unit by its short name ("Disdukcapil"): read it as the unit's
    # full name, so that it is neither a new unit nor, for a comparison, a different post.
    canonical = {n.lower(): u.name for u in repo.list_units(db) for n in (u.name, u.short_name)
                 if n}
    units = set(canonical)
    for number, cells in table.rows:
        if all(c is None or not str(c).strip() for c in cells):
            continue  # blank lines in a spreadsheet are not rows
        report.rows += 1
        official, appointment, problems = _parse_row(number, cells, mapping)
        report.add(problems)
        if any(p.is_error for p in problems):
            continue
        info = parse_nip(official.nip)  # valid: its problems would have been errors above
        official.nip = info.nip
        if info.nip in seen:
            report.add([Problem("nip", f"NIP {info.nip} sudah ada di baris {seen[info.nip]}.",
                                row=number)])
            continue
        seen[info.nip] = number
        appointment.unit_name = canonical.get(appointment.unit_name.lower(),
                                              appointment.unit_name)
        if not _no_post(appointment) and appointment.unit_name.lower() not in units:
            units.add(appointment.unit_name.lower())
            report.units_created.append(appointment.unit_name)
        official_id = known.get(info.nip)
        action = "baru"
        if official_id is not None:
            existing = repo.get_official(db, official_id)
            merged = _merged(existing, official, "aktif" in mapping)
            main = existing.main_appointment()
            same = main if main is not None and _same_post(main, appointment) else None
            if same is not None and appointment.previous_post == _previous_post(db, same):
                # What an export derived from the history is not a change.
                appointment.previous_post = same.previous_post
            unchanged = merged == existing.as_input() and (_no_post(appointment) or (
                same is not None
                and _merged_appointment(same, appointment) == same.as_input()))
            official, action = merged, ("tetap" if unchanged else "diubah")
        report.plans.append(RowPlan(number, official, appointment, official_id, action))
    if not report.rows:
        # A header without rows is almost always the wrong file (or the wrong sheet).
        report.add([Problem("", f"Berkas '{Path(report.source).name}' tidak berisi data "
                                f"pejabat: di bawah judul kolom tidak ada baris yang terisi.")])


@contextlib.contextmanager
def _write_transaction(db: Database) -> Iterator[None]:
    """One transaction that holds SQLite's write lock from its first statement (BEGIN
    IMMEDIATE): what it reads cannot be changed by another program before it writes; another
    writer waits for it (or it waits, up to the busy timeout, for theirs)."""
    try:
        with db.handle.atomic("IMMEDIATE"):
            with db.atomic():  # errors inside come out typed (locked, disk full …)
                yield
    except KinerjaError:
        raise
    except Exception as exc:  # peewee's errors: only SQLite's own are translated
        if isinstance(exc, sqlite3.OperationalError) or isinstance(
                exc.__context__, sqlite3.OperationalError):
            raise translate_error(exc, db.path) from exc
        raise


def _outcome(report: ImportReport) -> tuple[object, ...]:
    return (report.plans, report.units_created, report.error_count)


def apply_import(db: Database, report: ImportReport, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Write a checked plan in one transaction: everything or, on any error, nothing.

    The file's rows are planned again inside the transaction, with the write lock held: if the
    database changed since the check (another program wrote an official), the plan the user
    saw is not written over that change: ImportOutdated is raised and nothing is written."""
    if not report.ok:
        raise ValidationError(report.errors)
    with _write_transaction(db):  # raising inside rolls everything back
        if report.table is not None:
            fresh = _plan(db, report.table, report.source)
            if _outcome(fresh) != _outcome(report):
                raise ImportOutdated(
                    "Data pejabat di basis data berubah sejak berkas diperiksa (mungkin oleh "
                    "program lain). Tidak ada data yang diubah; periksa berkas lagi lalu "
                    "impor.")
        _write(db, report, progress, cancelled)
    report.applied = True
    return report


def _write(db: Database, report: ImportReport, progress: Progress | None,
           cancelled: Callable[[], bool] | None) -> None:
    touched: list[int] = []
    total = len(report.plans)
    for done, plan in enumerate(report.plans, start=1):
        if cancelled and cancelled():
            raise ImportCancelled("Impor dibatalkan; tidak ada data yang diubah.")
        if plan.action != "tetap":
            touched.append(_apply_row(db, plan))
        # Reported for unchanged rows too, or the bar could stop short of the end.
        if progress and (done % 200 == 0 or done == total):
            progress(done, total)
    roster_repo.refresh(db, touched)


def _apply_row(db: Database, plan: RowPlan) -> int:
    info = parse_nip(plan.official.nip)
    row = plan.appointment
    if plan.official_id is None:
        official_id = repo.insert_official(db, plan.official, info)
        if not _no_post(row):
            _insert(db, official_id, row)
        return official_id
    official_id = plan.official_id
    repo.update_official(db, official_id, plan.official, info)
    if _no_post(row):
        return official_id
    existing = repo.get_official(db, official_id)
    main = existing.main_appointment()
    if main is not None and _same_post(main, row):
        repo.update_appointment(db, main.id, _merged_appointment(main, row), main.unit_id)
    else:
        # A different post: the spreadsheet says they moved. Close what they held the day
        # before the new post starts (or today, when the row gives no date).
        end = day_before(row.start_date) if row.start_date else date.today()
        for current in existing.current_appointments():
            repo.end_appointment(db, current.id, end)
        _insert(db, official_id, row)
    return official_id


def _insert(db: Database, official_id: int, row: AppointmentInput) -> None:
    unit_id, _ = repo.ensure_unit(db, row.unit_name)
    inauguration = repo.inauguration_on(db, row.start_date) if row.start_date else None
    repo.insert_appointment(db, official_id, row, unit_id, inauguration)


def import_roster(db: Database, path: str | Path, dry_run: bool = False,
                  progress: Progress | None = None) -> ImportReport:
    """Check a file and, unless dry_run or any row is invalid, write it: planned and written
    in one transaction holding the write lock, so no other program's change falls between."""
    table = read_table(path)  # the file first: the lock is not held while a stick is read
    if dry_run:
        with db.atomic():
            return _plan(db, table, str(path))
    with _write_transaction(db):
        report = _plan(db, table, str(path))
        if report.ok:
            _write(db, report, progress, None)
    report.applied = report.ok
    return report


# Export -------------------------------------------------------------------------------------

def _previous_post(db: Database, main: AppointmentRecord | None) -> str:
    """The previous post as exported: as recorded, else the post that ended before this one."""
    if main is None:
        return ""
    before = (repo.latest_ended_before(db, main.official_id, main.start_date)
              if not main.previous_post and main.start_date else None)
    return previous_post_text(main.previous_post, before.post_title if before else None,
                              before.filling if before else None)


def roster_records(db: Database, include_archived: bool = False) -> list[dict[str, object]]:
    """One dict per official, keyed by the import columns plus nama_lengkap (dates as date)."""
    status = "semua" if include_archived else "aktif"
    ids = roster_repo.search_ids(db, RosterFilter(status=status))
    records = []
    for row in roster_repo.export_rows(db, ids):
        previous = previous_post_text(row.previous_post, row.ended_title, row.ended_filling)
        record: dict[str, object] = {
            "nip": row.nip, "nama": row.name, "gelar_depan": row.front_title,
            "gelar_belakang": row.back_title, "pangkat_golongan": row.rank,
            "jabatan": row.post_title, "unit_kerja": row.unit_name, "eselon": row.eselon,
            "jenis_pengisian": vocab.filling_label(row.filling),
            "jabatan_sebelumnya": previous,
            "tanggal_pelantikan": row.inauguration_date or row.start_date,
            "nomor_sk": row.decree_number,
            "nama_lengkap": full_name(row.name, row.front_title, row.back_title),
        }
        if include_archived:
            record["aktif"] = row.active
        records.append(record)
    return records


def export_roster(db: Database, path: str | Path, include_archived: bool = False,
                  progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> int:
    """Write the roster to CSV or XLSX (by extension); return the number of officials.

    Cancelling leaves no file under the name asked for (OperationCancelled is raised)."""
    records = roster_records(db, include_archived)
    header = list(COLUMNS) + (["aktif"] if include_archived else [])
    rows = [[r[c] for c in COLUMNS] + ([("ya" if r["aktif"] else "tidak")]
                                       if include_archived else []) for r in records]
    write_table(path, header, rows, text_columns=("nip",), progress=progress,
                cancelled=cancelled)
    return len(records)
