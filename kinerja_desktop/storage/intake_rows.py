"""The rows of a file from outside, checked like user input before restore or merge uses them.

Run on the database intake.rebuild made (this app's schema, upgraded to today's): every
column's type and size as the schema declares it, UUIDs, dates, the domain's codes and NIPs,
foreign keys, each evidence file's size, SHA-256, name and type, and every final
evaluation's seal and score recomputed. Problems name the table, the record and the reason.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from kinerja_desktop.storage.database import Database

UUID_GLOB = ("[0-9a-f]" * 8 + "-" + "[0-9a-f]" * 4 + "-" + "[0-9a-f]" * 4 + "-"
             + "[0-9a-f]" * 4 + "-" + "[0-9a-f]" * 12)
MAX_TEXT = 2_000_000  # characters: a long evaluation's JSON or a change's details, not more
MAX_SETTING = 65_536
MAX_PROBLEMS = 20
_VARCHAR = re.compile(r"VARCHAR\((\d+)\)", re.I)


class _Problems:
    """Problems found, up to MAX_PROBLEMS, then a count of the rest."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.more = 0

    def add(self, table: str, record: object, reason: str) -> None:
        if len(self.lines) < MAX_PROBLEMS:
            self.lines.append(f"tabel {table}, {record}: {reason}")
        else:
            self.more += 1

    def full(self) -> bool:
        return len(self.lines) >= MAX_PROBLEMS

    def result(self) -> list[str]:
        return self.lines + ([f"… dan {self.more} masalah lain."] if self.more else [])


def _tables(db: Database) -> list[str]:
    from kinerja_desktop.storage.intake import DERIVED_PREFIX, MANIFEST_TABLE
    return [name for (name, sql) in db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if not name.startswith(DERIVED_PREFIX) and name != MANIFEST_TABLE
        and not (sql or "").upper().startswith("CREATE VIRTUAL")]


def _record(db: Database, table: str, rowid: object, columns: set[str]) -> str:
    """'id 5 (uuid …)', or the key of a setting."""
    if "uuid" in columns:
        row = db.execute_sql(f'SELECT uuid FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
        return f"id {rowid} (uuid {str(row[0])[:40] if row else '?'})"
    return f"baris {rowid}"


_DATE_GLOB = "[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]"
_TIME_GLOB = " [0-2][0-9]:[0-5][0-9]:[0-5][0-9]"


def _conditions(table: str, column: str, declared: str) -> list[tuple[str, str]]:
    """(SQL that is true for a bad value, why it is bad) for one column, from its declared
    type; dates are checked for their form here and for their calendar in Python."""
    c = f'"{column}"'
    kind = declared.upper()
    if kind.startswith("INTEGER"):
        found = [(f"typeof({c}) NOT IN ('integer', 'null')", f"kolom {column} bukan bilangan "
                                                              f"bulat")]
    elif kind.startswith("REAL"):
        found = [(f"typeof({c}) NOT IN ('integer', 'real', 'null') OR abs({c}) > 1e15",
                  f"kolom {column} bukan angka yang wajar")]
    elif kind.startswith("BLOB"):
        found = [(f"typeof({c}) NOT IN ('blob', 'null')", f"kolom {column} bukan berkas")]
    else:  # VARCHAR(n), TEXT, DATE, DATETIME: text
        limit = int(m.group(1)) if (m := _VARCHAR.search(kind)) else MAX_TEXT
        if table == "setting" and column == "value":
            limit = MAX_SETTING
        found = [(f"typeof({c}) NOT IN ('text', 'null') OR length({c}) > {limit}",
                  f"kolom {column} bukan teks atau melebihi {limit} huruf")]
    if column == "uuid":
        found.append((f"{c} NOT GLOB '{UUID_GLOB}'", "UUID tidak berbentuk UUID"))
    if kind == "DATE":
        shape = f"{c} GLOB '{_DATE_GLOB}'"
    elif kind == "DATETIME":
        shape = (f"{c} GLOB '{_DATE_GLOB}{_TIME_GLOB}*' AND (length({c}) = 19 OR "
                 f"(substr({c}, 20, 1) = '.' AND length({c}) <= 26 AND "
                 f"substr({c}, 21) NOT GLOB '*[^0-9]*'))")
    else:
        return found
    found.append((f"{c} IS NOT NULL AND NOT ({shape} AND CAST(substr({c}, 6, 2) AS INTEGER) "
                  f"BETWEEN 1 AND 12 AND CAST(substr({c}, 9, 2) AS INTEGER) BETWEEN 1 AND 31)",
                  f"kolom {column} bukan tanggal yang sah"))
    return found


def _type_checks(db: Database, table: str, problems: _Problems) -> None:
    """Each column as the schema declares it: SQL scans the table once, and names the rows
    only when something is wrong."""
    info = list(db.execute_sql(f'PRAGMA table_info("{table}")'))
    columns = {row[1] for row in info}
    checks = [check for row in info for check in _conditions(table, row[1], row[2] or "")]
    anything = " OR ".join(f"({sql})" for sql, _reason in checks)
    if db.execute_sql(f'SELECT EXISTS (SELECT 1 FROM "{table}" WHERE {anything})').fetchone()[0]:
        for sql, reason in checks:
            for (rowid,) in db.execute_sql(f'SELECT rowid FROM "{table}" WHERE {sql} LIMIT 5'):
                problems.add(table, _record(db, table, rowid, columns), reason)
                if problems.full():
                    return
    # The calendar: 30 February has the right form; only days past the 28th need a look.
    for _cid, column, declared, *_rest in info:
        if (declared or "").upper() not in ("DATE", "DATETIME"):
            continue
        c = f'"{column}"'
        for rowid, value in db.execute_sql(
                f'SELECT rowid, {c} FROM "{table}" WHERE typeof({c}) = \'text\' AND '
                f'CAST(substr({c}, 9, 2) AS INTEGER) > 28'):
            try:
                date.fromisoformat(value[:10])
            except ValueError:
                problems.add(table, _record(db, table, rowid, columns),
                             f"kolom {column} bukan tanggal yang sah ('{value[:30]}')")
                if problems.full():
                    return


def _codes() -> dict[tuple[str, str], set[str | None]]:
    """(table, column) -> the codes the domain knows (None where the column may be empty)."""
    from kinerja_desktop.domain import evaluations, periods, programs, ranks, vocab
    from kinerja_desktop.domain.achievement import POLARITIES
    return {
        ("official", "sex"): {"L", "P"},
        ("official", "rank"): {*ranks.RANK_CODES, None},
        ("signatory", "rank"): {*ranks.RANK_CODES, None, ""},
        ("appointment", "filling"): {*vocab.FILLING_METHODS, None},
        ("appointment", "eselon"): {*ranks.ESELONS, None, ""},
        ("unit", "kind"): set(vocab.UNIT_KINDS),
        ("program", "kind"): set(periods.PROGRAM_KINDS),
        ("program", "scheme"): set(programs.SCHEMES),
        ("program", "status"): set(programs.STATUSES),
        ("program_status_change", "to_status"): set(programs.STATUSES),
        ("target", "kind"): set(programs.TARGET_KINDS),
        ("target", "measure"): set(programs.MEASURES),
        ("target", "priority"): set(programs.PRIORITIES),
        ("target", "polarity"): set(POLARITIES),
        ("evaluation", "status"): set(evaluations.STATUSES),
        ("evaluation", "scheme"): set(programs.SCHEMES),
    }


def _domain_checks(db: Database, problems: _Problems) -> None:
    from kinerja_desktop.domain.nip import check_nip
    for (table, column), known in _codes().items():
        codes = sorted(k for k in known if k is not None)
        allowed = f'"{column}" IN ({", ".join("?" for _ in codes)})'
        if None in known:
            allowed = f'("{column}" IS NULL OR {allowed})'
        for rowid, value in db.execute_sql(
                f'SELECT rowid, "{column}" FROM "{table}" WHERE NOT {allowed} LIMIT 5', codes):
            problems.add(table, f"id {rowid}", f"kode {column} '{str(value)[:30]}' tidak "
                                               f"dikenal aplikasi ini")
            if problems.full():
                return
    for rowid, nip in db.execute_sql("SELECT rowid, nip FROM official"):
        info, found = check_nip(nip)
        if info is None:
            problems.add("official", f"id {rowid}", "; ".join(p.message for p in found))
    for rowid, nip in db.execute_sql("SELECT rowid, nip FROM signatory WHERE nip IS NOT NULL "
                                     "AND nip <> ''"):
        if check_nip(nip)[0] is None:
            problems.add("signatory", f"id {rowid}", f"NIP '{str(nip)[:30]}' tidak sah")
    from kinerja_desktop.domain.programs import MAX_BUDGET
    if _has_column(db, "target", "budget"):  # schema 8
        for rowid, budget in db.execute_sql(
                'SELECT rowid, budget FROM target WHERE budget IS NOT NULL AND '
                '(typeof(budget) <> \'integer\' OR budget < 0 OR budget > ?) LIMIT 5',
                [MAX_BUDGET]):
            problems.add("target", f"id {rowid}", f"anggaran '{str(budget)[:30]}' bukan "
                                                  f"jumlah rupiah yang sah")
    for rowid, text in db.execute_sql("SELECT rowid, targets_json FROM target_template"):
        try:
            ok = isinstance(json.loads(text), list)
        except (TypeError, ValueError):
            ok = False
        if not ok:
            problems.add("target_template", f"id {rowid}", "daftar target rusak")


def _evidence_checks(db: Database, problems: _Problems) -> None:
    """Each file: its size and SHA-256 as recorded, a document by its name and its bytes."""
    from kinerja_desktop.domain import evidence
    for rowid, name, size, sha, content in _rows(
            db, "SELECT rowid, filename, size, sha256, content FROM attachment"):
        data = bytes(content) if isinstance(content, (bytes, bytearray, memoryview)) else b""
        where = f"id {rowid} ('{str(name)[:60]}')"
        if size != len(data):
            problems.add("attachment", where, f"ukuran tercatat {size} bita, isinya "
                                              f"{len(data)} bita")
        elif len(data) > evidence.MAX_FILE_BYTES:
            problems.add("attachment", where, "berkas melebihi batas ukuran bukti dukung")
        elif hashlib.sha256(data).hexdigest() != sha:
            problems.add("attachment", where, "isi berkas tidak cocok dengan SHA-256 yang "
                                              "tercatat")
        elif reason := evidence.evidence_problem(str(name), data[:evidence.HEAD_BYTES],
                                                  len(data)):
            problems.add("attachment", where, reason)
        if problems.full():
            return


def _rows(db: Database, sql: str) -> Iterator[tuple[Any, ...]]:
    cursor = db.execute_sql(sql)
    while rows := cursor.fetchmany(200):
        yield from rows


def _seal_checks(db: Database, problems: _Problems) -> None:
    """Every evaluation's content must read; a final one's seal and score must recompute."""
    from kinerja_desktop.domain import evaluations as rules
    from kinerja_desktop.domain.scoring import ScoringSettings
    settings = ScoringSettings()  # a final evaluation is scored with the settings sealed in it
    for rowid, status, text, score, predicate, digest, program_uuid in _rows(
            db, "SELECT e.rowid, e.status, e.content_json, e.score, e.predicate, "
                "e.content_hash, p.uuid FROM evaluation e LEFT JOIN program p "
                "ON p.id = e.program_id"):
        where = f"id {rowid}"
        try:
            content = rules.from_json(text)
        except (TypeError, ValueError, KeyError, ArithmeticError):
            problems.add("evaluation", where, "isi evaluasi rusak dan tidak dapat dibaca")
            continue
        if status != "final":
            continue
        try:
            result = rules.compute(content, content.scoring_settings(settings))
            sealed = rules.content_hash(content, result, program_uuid or "")
        except Exception as exc:  # noqa: BLE001 - any failure to rescore is the file's fault
            problems.add("evaluation", where, f"evaluasi final tidak dapat dihitung ulang "
                                              f"({type(exc).__name__})")
            continue
        stored = Decimal(str(score)) if score is not None else None
        if sealed != digest:
            problems.add("evaluation", where, "segel SHA-256 evaluasi final tidak cocok dengan "
                                              "isinya")
        elif (stored, predicate) != (result.score, result.predicate):
            problems.add("evaluation", where, "nilai atau predikat evaluasi final tidak sama "
                                              "dengan hasil hitung ulang")
        if problems.full():
            return


def row_problems(db: Database) -> list[str]:
    """Every problem with the rows of `db` (a rebuilt database, upgraded), at most
    MAX_PROBLEMS named and the rest counted; empty when the rows are sound."""
    problems = _Problems()
    for table in _tables(db):
        _type_checks(db, table, problems)
        if problems.full():
            return problems.result()
    for (table, rowid, parent, _fk) in db.execute_sql("PRAGMA foreign_key_check"):
        problems.add(table, f"id {rowid}", f"merujuk ke {parent} yang tidak ada")
        if problems.full():
            return problems.result()
    if problems.lines:  # the domain checks assume well-typed rows
        return problems.result()
    for check in (_domain_checks, _evidence_checks, _seal_checks):
        check(db, problems)
        if problems.full():
            break
    return problems.result()


def _has_column(db: Database, table: str, column: str) -> bool:
    return any(row[1] == column for row in db.execute_sql(f'PRAGMA table_info("{table}")'))
