"""The roster import as it was before the bulk rewrite (issue 19): planned and written one row
at a time through official_repo. Frozen here, for tests only, so that the bulk import can be
compared with what this path writes on the same data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kinerja_desktop.domain.dates import day_before
from kinerja_desktop.domain.nip import parse_nip
from kinerja_desktop.domain.officials import AppointmentInput, AppointmentRecord, \
    previous_post_text
from kinerja_desktop.errors import Problem
from kinerja_desktop.services.roster_io import (IMPORT_TABLES, ImportReport, RowPlan,
                                                _map_columns, _merged, _merged_appointment,
                                                _no_post, _parse_row, _same_post)
from tests.helpers.tables import Table, read_table
from kinerja_desktop.storage import official_repo as repo
from kinerja_desktop.storage import roster_repo
from kinerja_desktop.storage.database import Database


def _previous_post(db: Database, main: AppointmentRecord | None) -> str:
    if main is None:
        return ""
    before = (repo.latest_ended_before(db, main.official_id, main.start_date)
              if not main.previous_post and main.start_date else None)
    return previous_post_text(main.previous_post, before.post_title if before else None,
                              before.filling if before else None)


def _plan(db: Database, table: Table, source: str) -> ImportReport:
    report = ImportReport(source=source, table=table)
    report.add(table.warnings)
    mapping, header_problems = _map_columns(table.header)
    report.add(header_problems)
    if any(p.is_error for p in header_problems):
        return report
    known = repo.all_nips(db)
    seen: dict[str, int] = {}
    canonical = {n.lower(): u.name for u in repo.list_units(db) for n in (u.name, u.short_name)
                 if n}
    units = set(canonical)
    for number, cells in table.rows:
        if all(c is None or not str(c).strip() for c in cells):
            continue
        report.rows += 1
        official, appointment, problems = _parse_row(number, cells, mapping)
        report.add(problems)
        if any(p.is_error for p in problems):
            continue
        info = parse_nip(official.nip)
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
                appointment.previous_post = same.previous_post
            unchanged = merged == existing.as_input() and (_no_post(appointment) or (
                same is not None
                and _merged_appointment(same, appointment) == same.as_input()))
            official, action = merged, ("tetap" if unchanged else "diubah")
        report.plans.append(RowPlan(number, official, appointment, official_id, action))
    report.new = sum(p.action == "baru" for p in report.plans)
    report.updated = sum(p.action == "diubah" for p in report.plans)
    report.unchanged = sum(p.action == "tetap" for p in report.plans)
    return report


def _insert(db: Database, official_id: int, row: AppointmentInput) -> None:
    unit_id, _ = repo.ensure_unit(db, row.unit_name)
    inauguration = repo.inauguration_on(db, row.start_date) if row.start_date else None
    repo.insert_appointment(db, official_id, row, unit_id, inauguration)


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
        end = day_before(row.start_date) if row.start_date else date.today()
        for current in existing.current_appointments():
            repo.end_appointment(db, current.id, end)
        _insert(db, official_id, row)
    return official_id


def reference_import(db: Database, path: str | Path) -> ImportReport:
    """import_roster as it was: planned and written row by row in one transaction."""
    table = read_table(path)
    with db.exclusive_write(IMPORT_TABLES):
        report = _plan(db, table, str(path))
        if report.ok:
            touched = [_apply_row(db, plan) for plan in report.plans if plan.action != "tetap"]
            roster_repo.refresh(db, touched)
    report.applied = report.ok
    return report
