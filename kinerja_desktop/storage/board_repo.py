"""The monitoring board's reads: a few set-wide statements, no per-program queries."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from kinerja_desktop.domain.board import BoardEvaluation, BoardRow, BoardTarget
from kinerja_desktop.domain.officials import full_name
from kinerja_desktop.storage.database import Database


def _day(value: str | None) -> date | None:
    """A date column read by raw SQL (text, or NULL)."""
    return date.fromisoformat(value) if value is not None else None


def _where(inauguration_day: date | None, program_id: int | None) -> tuple[str, list[Any]]:
    if program_id is not None:
        return "p.id = ?", [program_id]
    if inauguration_day is not None:
        return ("a.inauguration_id IN (SELECT id FROM inauguration WHERE date = ?) "
                "AND p.kind = '100_hari'", [inauguration_day.isoformat()])
    # All current programs: not closed, of a post still held.
    return "p.status != 'ditutup' AND a.end_date IS NULL", []


_PROGRAMS = """
SELECT p.id, o.id, o.name, o.front_title, o.back_title, o.nip, a.post_title, u.name,
       u.short_name, p.kind, p.start_date, p.end_date, p.status
FROM program p JOIN appointment a ON a.id = p.appointment_id
JOIN official o ON o.id = a.official_id JOIN unit u ON u.id = a.unit_id
WHERE {where} ORDER BY {name_order}, p.start_date, p.id"""

_TARGETS = """
SELECT t.program_id, t.title, t.weight_bp, t.measure, t.target_value, t.polarity, t.target_max,
       (SELECT pu.realised FROM progress_update pu WHERE pu.target_id = t.id
        ORDER BY pu.date DESC, pu.id DESC LIMIT 1),
       (SELECT max(pu.date) FROM progress_update pu WHERE pu.target_id = t.id)
FROM target t WHERE t.program_id IN (
    SELECT p.id FROM program p JOIN appointment a ON a.id = p.appointment_id WHERE {where})
ORDER BY t.program_id, t.position"""

_EVALUATIONS = """
SELECT e.program_id, e.id, e.date, e.status, e.score, e.predicate
FROM evaluation e WHERE e.program_id IN (
    SELECT p.id FROM program p JOIN appointment a ON a.id = p.appointment_id WHERE {where})
ORDER BY e.program_id, e.date, e.id"""


def board_rows(db: Database, inauguration_day: date | None = None,
               program_id: int | None = None) -> list[BoardRow]:
    """Programs (of an inauguration, one program, or all current ones) with their targets'
    latest figures and their evaluations; flags are the domain's to set."""
    where, params = _where(inauguration_day, program_id)
    rows: dict[int, BoardRow] = {}
    for (pid, oid, name, front, back, nip, post, unit, short, kind, start, end,
         status) in db.execute_sql(
            _PROGRAMS.format(where=where, name_order=db.nocase("o.name")), params):
        rows[pid] = BoardRow(pid, oid, full_name(name, front, back), nip, post, unit, short,
                             kind, date.fromisoformat(start), date.fromisoformat(end), status)
    if not rows:
        return []
    for (pid, title, weight_bp, measure, value, polarity, top, realised, reported
         ) in db.execute_sql(_TARGETS.format(where=where), params):
        row = rows.get(pid)
        if row is not None:
            row.targets.append(BoardTarget(title, Decimal(weight_bp).scaleb(-2), measure, value,
                                           realised, _day(reported), polarity, top))
    for (pid, eid, day, status, score, predicate) in db.execute_sql(
            _EVALUATIONS.format(where=where), params):
        row = rows.get(pid)
        if row is not None:
            row.evaluations.append(BoardEvaluation(
                eid, date.fromisoformat(day), status,
                Decimal(score) if score is not None else None, predicate))
    return list(rows.values())


# PermenPANRB 6/2022's distribution: the final evaluations in the board's scope (not replaced by
# a final revision) that carry the organisation's result, with their predicates. One set-wide
# statement; the JSON is read only for the rows the other conditions leave.
_DISTRIBUTION = """
SELECT {result}, e.predicate
FROM evaluation e JOIN program p ON p.id = e.program_id
JOIN appointment a ON a.id = p.appointment_id
WHERE {where} AND e.status = 'final' AND e.scheme = ? AND NOT EXISTS (
    SELECT 1 FROM evaluation r WHERE r.revision_of_id = e.id AND r.status = 'final')
ORDER BY e.id"""


def distribution_rows(db: Database, scheme: str, inauguration_day: date | None = None
                      ) -> list[tuple[str, str]]:
    """(organisation result, predicate) of the final evaluations under `scheme` in the board's
    scope that carry an organisation result."""
    where, params = _where(inauguration_day, None)
    return [(str(result), predicate or "")
            for result, predicate in db.execute_sql(_DISTRIBUTION.format(
                where=where, result=db.json_value("e.content_json", "organisation_result")),
                                                    [*params, scheme])
            if result]


_CHART = """
SELECT coalesce(nullif(u.short_name, ''), u.name), p.kind, p.start_date, e.score, e.predicate
FROM evaluation e JOIN program p ON p.id = e.program_id
JOIN appointment a ON a.id = p.appointment_id JOIN unit u ON u.id = a.unit_id
WHERE e.status = 'final' AND NOT EXISTS (
    SELECT 1 FROM evaluation r WHERE r.revision_of_id = e.id AND r.status = 'final')
ORDER BY p.start_date, u.name"""


def chart_rows(db: Database) -> list[tuple[str, str, date, Decimal | None, str]]:
    """(unit, program kind, period start, score, predicate) of every final evaluation that a
    final revision has not replaced."""
    return [(unit, kind, date.fromisoformat(start),
             Decimal(score) if score is not None else None, predicate)
            for unit, kind, start, score, predicate in db.execute_sql(_CHART)]
