"""Roster import (all or nothing, upsert by NIP) and export, in the same columns."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, overload

from kinerja_desktop.domain import ranks, vocab
from kinerja_desktop.domain.dates import day_before, parse_date
from kinerja_desktop.domain.nip import NipInfo, parse_nip, spreadsheet_number_problem
from kinerja_desktop.domain.officials import (AppointmentInput, AppointmentRecord,
                                              OfficialInput, OfficialRecord,
                                              clean, full_name, previous_post_text,
                                              validate_appointment,
                                              validate_official)
from kinerja_desktop.errors import KinerjaError, OperationCancelled, Problem, ValidationError
from kinerja_desktop.services.tables import Row, TableSource, open_table, write_table
from kinerja_desktop.storage import official_repo as repo
from kinerja_desktop.storage import roster_import_repo as bulk
from kinerja_desktop.storage import roster_repo
from kinerja_desktop.storage.database import Database

COLUMNS = ("nip", "nama", "gelar_depan", "gelar_belakang", "pangkat_golongan", "jabatan",
           "unit_kerja", "eselon", "jenis_pengisian", "jabatan_sebelumnya",
           "tanggal_pelantikan", "nomor_sk")
REQUIRED = ("nip", "nama", "jabatan", "unit_kerja")
# Written by an export that includes archived officials; read back when present.
OPTIONAL = ("aktif",)
_YES = {"ya", "y", "1", "true", "aktif"}
_NO = {"tidak", "t", "0", "false", "arsip", "diarsipkan"}
# Rows planned and written together: the database is asked a few statements per chunk.
CHUNK = 500
# A report keeps this many problems; the rest are counted in one line ("… dan N masalah lain").
MAX_PROBLEMS = 200

Progress = Callable[[int, int], None]


class ImportCancelled(OperationCancelled):
    """The user cancelled an import; nothing was written."""


# What an import reads to plan and then writes: no one else may change them in between.
IMPORT_TABLES = ("unit", "official", "appointment")


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
    # What the NIP says (birth date, sex), read once when planning.
    nip_info: NipInfo | None = field(default=None, repr=False)


@dataclass(slots=True)
class PlannedRow:
    """What the window lists of one planned row: a RowPlan without its parsed values, a
    tenth of its memory."""

    row: int
    nip: str
    name: str
    post_title: str
    unit_name: str
    official_id: int | None
    action: str


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
    # The rows plan_import found valid, for the window's list; import_roster keeps none.
    plans: list[PlannedRow] = field(default_factory=list, repr=False)
    omitted: int = 0  # problems past MAX_PROBLEMS: counted, not kept
    omitted_errors: int = 0
    # The checked file, read again by apply_import, which plans again inside its transaction.
    table: TableSource | None = field(default=None, repr=False, compare=False)
    source_rows: int = 0  # rows read from the file (blank ones too): a progress bar's end
    digest: str = ""  # of every plan: a second pass that plans otherwise is told by it

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


Parser = Callable[[object, str], object]
Parsed = tuple[object, tuple[Problem, ...]]  # a parser's result, or the problems it raised
# Cells repeat down a column (ranks, eselons, fillings, dates): each distinct value is parsed
# once per import. At most this many values are remembered.
MEMO_LIMIT = 20_000


def _parse_cell(parser: Parser, value: object, key: str,
                memo: dict[tuple[str, type, object], Parsed]) -> Parsed:
    memo_key = (key, type(value), value)  # the type too: 1, 1.0 and True are equal keys
    try:
        return memo[memo_key]
    except KeyError:
        remember = len(memo) < MEMO_LIMIT
    except TypeError:  # an unhashable cell: nothing remembered
        remember = False
    try:
        found: Parsed = (parser(value, key), ())
    except ValidationError as exc:
        found = (None, tuple(exc.problems))
    if remember:
        memo[memo_key] = found
    return found


def _parse_row(number: int, cells: list[object], mapping: dict[str, int],
               memo: dict[tuple[str, type, object], Parsed] | None = None
               ) -> tuple[OfficialInput, AppointmentInput, list[Problem]]:
    def cell(key: str) -> object:
        index = mapping.get(key)
        return cells[index] if index is not None and index < len(cells) else None

    problems: list[Problem] = []
    known = {} if memo is None else memo

    def parsed(parser, key):
        result, errors = _parse_cell(parser, cell(key), key, known)
        problems.extend(Problem(p.field, p.message, p.severity, number) for p in errors)
        return result

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
    source = open_table(path)
    report = ImportReport(source=str(path), table=source)
    digest = hashlib.blake2b(digest_size=16)
    with db.atomic():  # one consistent view of the database while planning
        for chunk in _planned(db, source, report, digest):
            report.plans.extend(_listed(plan) for plan in chunk)
    report.digest = digest.hexdigest()
    return report


def _listed(plan: RowPlan) -> PlannedRow:
    return PlannedRow(plan.row, plan.official.nip, plan.official.name,
                      plan.appointment.post_title, plan.appointment.unit_name, plan.official_id,
                      plan.action)


def _planned(db: Database, source: TableSource, report: ImportReport,
             digest: Any = None) -> Iterator[list[RowPlan]]:
    """The file's valid rows planned a chunk at a time (the chunk is not kept: an import of
    100,000 rows holds one chunk); problems, counts and new units go to the report, and each
    plan to the digest when one is given."""
    report.add(source.warnings)
    try:
        yield from _planned_chunks(db, source, report, digest)
    finally:
        if report.omitted:
            kinds = (f", {report.omitted_errors} di antaranya kesalahan"
                     if report.omitted_errors else "")
            report.problems.append(Problem("", f"… dan {report.omitted} masalah lain{kinds}.",
                                           "info"))


def _canonical_units(db: Database) -> dict[str, str]:
    """Each unit's full name by its name and its short name in lower case. Spreadsheets often
    name a unit by its short name ("Disdukcapil"): read it as the unit's full name, so that it
    is neither a new unit nor, for a comparison, a different post. A unit's own name wins over
    another's short name (as official_repo.find_unit looks them up)."""
    units = repo.list_units(db)
    canonical = {u.short_name.lower(): u.name for u in units if u.short_name}
    canonical.update((u.name.lower(), u.name) for u in units)
    return canonical


def _planned_chunks(db: Database, source: TableSource, report: ImportReport,
                    digest: Any) -> Iterator[list[RowPlan]]:
    mapping, header_problems = _map_columns(source.header)
    report.add(header_problems)
    if any(p.is_error for p in header_problems):
        return
    seen: dict[str, int] = {}
    memo: dict[tuple[str, type, object], Parsed] = {}
    canonical = _canonical_units(db)
    units = set(canonical)
    rows = source.rows()
    # In chunks: the rows are checked one by one, the database is asked once per chunk.
    while batch := list(itertools.islice(rows, db.batch(CHUNK))):
        report.source_rows += len(batch)
        valid = _checked_rows(batch, mapping, report, seen, memo)
        ids = bulk.official_ids(db, [official.nip for _n, official, _a, _i in valid])
        existing = bulk.officials_with_posts(db, ids.values())
        plans = []
        for number, official, appointment, info in valid:
            appointment.unit_name = canonical.get(appointment.unit_name.lower(),
                                                  appointment.unit_name)
            if not _no_post(appointment) and appointment.unit_name.lower() not in units:
                units.add(appointment.unit_name.lower())
                report.units_created.append(appointment.unit_name)
            official_id = ids.get(official.nip)
            action = "baru"
            if official_id is not None:
                official, action = _compared(existing[official_id], official, appointment,
                                             "aktif" in mapping)
            plans.append(RowPlan(number, official, appointment, official_id, action, info))
        report.new += sum(p.action == "baru" for p in plans)
        report.updated += sum(p.action == "diubah" for p in plans)
        report.unchanged += sum(p.action == "tetap" for p in plans)
        if digest is not None:
            for plan in plans:  # what a plan writes: its parsed values, target and action
                digest.update(repr((plan.row, plan.official, plan.appointment,
                                    plan.official_id, plan.action)).encode())
        yield plans
    if not report.rows:
        # A header without rows is almost always the wrong file (or the wrong sheet).
        report.add([Problem("", f"Berkas '{Path(report.source).name}' tidak berisi data "
                                f"pejabat: di bawah judul kolom tidak ada baris yang terisi.")])


def _checked_rows(rows: list[Row], mapping: dict[str, int],
                  report: ImportReport, seen: dict[str, int],
                  memo: dict[tuple[str, type, object], Parsed]
                  ) -> list[tuple[int, OfficialInput, AppointmentInput, NipInfo]]:
    """The rows without errors, each read and checked; every problem goes to the report."""
    valid = []
    for number, cells in rows:
        if all(c is None or not str(c).strip() for c in cells):
            continue  # blank lines in a spreadsheet are not rows
        report.rows += 1
        official, appointment, problems = _parse_row(number, cells, mapping, memo)
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
        valid.append((number, official, appointment, info))
    return valid


def _previous_post(record: OfficialRecord, main: AppointmentRecord) -> str:
    """The previous post as exported: as recorded, else the post that ended last before this
    one began (as official_repo.latest_ended_before finds it)."""
    before = None
    if not main.previous_post and main.start_date:
        start = main.start_date
        before = max((a for a in record.appointments
                      if a.end_date is not None and a.end_date < start),
                     key=lambda a: (a.end_date, a.id), default=None)
    return previous_post_text(main.previous_post, before.post_title if before else None,
                              before.filling if before else None)


def _compared(existing: OfficialRecord, official: OfficialInput, appointment: AppointmentInput,
              has_active: bool) -> tuple[OfficialInput, str]:
    """An official already on the roster: the values to write, and whether the row changes
    anything ("diubah") or not ("tetap")."""
    merged = _merged(existing, official, has_active)
    main = existing.main_appointment()
    same = main if main is not None and _same_post(main, appointment) else None
    if same is not None and appointment.previous_post == _previous_post(existing, same):
        # What an export derived from the history is not a change.
        appointment.previous_post = same.previous_post
    unchanged = merged == existing.as_input() and (_no_post(appointment) or (
        same is not None and _merged_appointment(same, appointment) == same.as_input()))
    return merged, ("tetap" if unchanged else "diubah")


def _outcome(report: ImportReport) -> tuple[object, ...]:
    return (report.digest, report.units_created, report.error_count, report.rows)


class _Refused(Exception):
    """Raised inside the write transaction to roll back what a refused file wrote."""


def apply_import(db: Database, report: ImportReport, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 waiting: Callable[[str], None] | None = None) -> ImportReport:
    """Write a checked plan in one transaction: everything or, on any error, nothing.

    The file's rows are planned again inside the transaction, with the write lock held, and
    written a chunk at a time: if the database changed since the check (another program wrote
    an official), the plan the user saw is not written over that change: ImportOutdated is
    raised and the transaction, with all it wrote, rolled back."""
    if not report.ok:
        raise ValidationError(report.errors)
    if report.table is None:
        raise ValueError("apply_import needs the report of plan_import")
    fresh = ImportReport(source=report.source)
    digest = hashlib.blake2b(digest_size=16)
    # Raising inside rolls everything back; `waiting` hears whom the lock waits for (a server).
    with db.exclusive_write(IMPORT_TABLES, waiting):
        writer = _ChunkWriter(db, fresh)
        for chunk in _planned(db, report.table, fresh, digest):
            writer.write(chunk, cancelled)
            if progress:  # for unchanged rows too, or the bar could stop short of the end
                progress(min(fresh.source_rows, report.source_rows), report.source_rows)
        fresh.digest = digest.hexdigest()
        if _outcome(fresh) != _outcome(report):
            raise ImportOutdated(
                "Data pejabat di basis data berubah sejak berkas diperiksa (mungkin oleh "
                "program lain). Tidak ada data yang diubah; periksa berkas lagi lalu "
                "impor.")
    report.applied = True
    _after_bulk_write(db, report)
    return report


def import_roster(db: Database, path: str | Path, dry_run: bool = False,
                  progress: Progress | None = None,
                  waiting: Callable[[str], None] | None = None) -> ImportReport:
    """Check a file and, unless dry_run or any row is invalid, write it: planned and written
    a chunk at a time in one transaction holding the write lock, so no other program's change
    falls between; a row found invalid rolls back what the chunks before it wrote."""
    source = open_table(path)  # the file first: the lock is not held while a stick is read
    report = ImportReport(source=str(path))
    if dry_run:
        with db.atomic():
            for _chunk in _planned(db, source, report):
                pass
        return report
    try:
        with db.exclusive_write(IMPORT_TABLES, waiting):
            writer = _ChunkWriter(db, report)
            for chunk in _planned(db, source, report):
                if not report.ok:
                    continue  # planned on, to report every problem; written no more
                writer.write(chunk, None)
                if progress:
                    total = max(source.expected_rows, report.source_rows)
                    progress(report.source_rows, total)
            if not report.ok:
                raise _Refused
    except _Refused:
        pass
    report.applied = report.ok
    _after_bulk_write(db, report)
    return report


# Rows written at once past which the server's planner statistics are refreshed at once.
BULK_ROWS = 500


def _after_bulk_write(db: Database, report: ImportReport) -> None:
    if report.applied and report.new + report.updated >= BULK_ROWS:
        db.refresh_statistics(IMPORT_TABLES + ("roster_entry", "roster_search"))


class _ChunkWriter:
    """Writes planned chunks inside the caller's transaction: each chunk's changes with one
    executemany per kind, then its officials' roster rows; the units the plan found missing
    are created before the first row names them."""

    def __init__(self, db: Database, report: ImportReport) -> None:
        self.db = db
        self.report = report
        self.writer = bulk.BulkWriter(db)
        # Each unit's id by the name the plan gives a row (a unit's own name, any case).
        self.unit_ids = {u.name.lower(): u.id for u in repo.list_units(db)}
        self.units_added = 0
        # New officials have no roster rows to replace: their refresh only inserts.
        roster_repo.clear_from(db, self.writer.first_official_id)

    def write(self, chunk: list[RowPlan], cancelled: Callable[[], bool] | None) -> None:
        created = self.report.units_created
        if len(created) > self.units_added:
            self.unit_ids.update(self.writer.add_units(created[self.units_added:]))
            self.units_added = len(created)
        changing = [p for p in chunk if p.action != "tetap"]
        existing = bulk.officials_with_posts(
            self.db, [p.official_id for p in changing if p.official_id is not None])
        inaugurations = bulk.first_inaugurations(
            self.db, [p.appointment.start_date for p in changing if p.appointment.start_date])
        touched, new = [], set()
        for plan in chunk:
            if cancelled and cancelled():
                raise ImportCancelled("Impor dibatalkan; tidak ada data yang diubah.")
            if plan.action != "tetap":
                touched.append(_apply_row(self.writer, plan, existing, self.unit_ids,
                                          inaugurations))
                if plan.official_id is None:
                    new.add(touched[-1])
        self.writer.flush()
        roster_repo.refresh(self.db, touched, new=new)


def _apply_row(writer: bulk.BulkWriter, plan: RowPlan, existing: dict[int, OfficialRecord],
               unit_ids: dict[str, int], inaugurations: dict[date, int]) -> int:
    """Collect what one planned row writes; the official's id."""
    info = plan.nip_info or parse_nip(plan.official.nip)
    values = repo.official_values(plan.official, info)
    row = plan.appointment
    if plan.official_id is None:
        official_id = writer.add_official(values)
        if not _no_post(row):
            _add_post(writer, official_id, row, unit_ids, inaugurations)
        return official_id
    record = existing[plan.official_id]
    writer.update_official(record, values)
    if _no_post(row):
        return record.id
    main = record.main_appointment()
    if main is not None and _same_post(main, row):
        writer.update_appointment(main, repo.appointment_values(
            _merged_appointment(main, row), main.unit_id))
    else:
        # A different post: the spreadsheet says they moved. Close what they held the day
        # before the new post starts (or today, when the row gives no date).
        end = day_before(row.start_date) if row.start_date else date.today()
        for current in record.current_appointments():
            writer.end_appointment(current, end)
        _add_post(writer, record.id, row, unit_ids, inaugurations)
    return record.id


def _add_post(writer: bulk.BulkWriter, official_id: int, row: AppointmentInput,
              unit_ids: dict[str, int], inaugurations: dict[date, int]) -> None:
    # A post starting on an inauguration day belongs to that inauguration.
    inauguration = inaugurations.get(row.start_date) if row.start_date else None
    writer.add_appointment(official_id, repo.appointment_values(
        row, unit_ids[row.unit_name.lower()]), inauguration)


# Export -------------------------------------------------------------------------------------

def _record(row: roster_repo.ExportRow, include_archived: bool) -> dict[str, object]:
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
    return record


def roster_records(db: Database, include_archived: bool = False) -> Iterator[dict[str, object]]:
    """One dict per official in the roster's order, keyed by the import columns plus
    nama_lengkap (dates as date), read in batches as they are used: 100,000 officials are
    never held at once. list() them for a list."""
    status = "semua" if include_archived else "aktif"
    for row in roster_repo.iter_export_rows(db, status):
        yield _record(row, include_archived)


class _ExportRows(Sequence[list[object]]):
    """The export's cells per official, for write_table: len() is counted in the database and
    iterating reads the rows in batches as they are written (none are held)."""

    def __init__(self, db: Database, include_archived: bool) -> None:
        self.db = db
        self.include_archived = include_archived
        self.status = "semua" if include_archived else "aktif"
        self.length = roster_repo.count(db, self.status)

    def __len__(self) -> int:
        return self.length

    def __iter__(self) -> Iterator[list[object]]:
        for row in roster_repo.iter_export_rows(self.db, self.status):
            record = _record(row, False)
            cells = [record[c] for c in COLUMNS]
            if self.include_archived:
                cells.append("ya" if row.active else "tidak")
            yield cells

    @overload
    def __getitem__(self, index: int) -> list[object]: ...

    @overload
    def __getitem__(self, index: slice) -> list[list[object]]: ...

    def __getitem__(self, index: int | slice) -> list[object] | list[list[object]]:
        # write_table asks only for the first rows (an XLSX's column widths).
        if isinstance(index, slice):
            return list(itertools.islice(self, *index.indices(self.length)))
        if not -self.length <= index < self.length:
            raise IndexError(index)
        return next(itertools.islice(self, index % self.length, None))


def export_roster(db: Database, path: str | Path, include_archived: bool = False,
                  progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> int:
    """Write the roster to CSV or XLSX (by extension); return the number of officials.

    Rows are read in batches while the file is written, in one read transaction (the count
    and the rows are the same snapshot). Cancelling leaves no file under the name asked for
    (OperationCancelled is raised)."""
    header = list(COLUMNS) + (["aktif"] if include_archived else [])
    with db.atomic():
        rows = _ExportRows(db, include_archived)
        write_table(path, header, rows, text_columns=("nip",), progress=progress,
                    cancelled=cancelled)
    return len(rows)
