"""The two sides' tables of a merge, their schema, and the SQL that compares and copies rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kinerja_desktop.storage.database import Database
from kinerja_desktop.storage.merge_attach import (foreign_key_list, our, quoted as _q,
                                                  table_info, their)
from kinerja_desktop.storage.merge_plan import BlobSize

# Not compared: a row's own id differs between the copies, and its times say when, not what.
SKIPPED_COLUMNS = ("id", "created_at", "modified_at")


class MergeTables:
    """What a merge knows of each table (columns, references, BLOBs: read once per table)
    and the SQL made from it: a row of theirs read beside ours, the test that it differs,
    the INSERT or UPDATE that copies it."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.columns: dict[str, list[str]] = {}
        self.fks: dict[str, dict[str, str]] = {}
        self.notnull: dict[str, set[str]] = {}
        self.blobs: dict[str, set[str]] = {}
        self.mapped: set[str] = set()  # tables merged so far: references to them are mapped
        self.insert_names: dict[str, tuple[str, ...]] = {}
        self.statements: dict[tuple[str, str, tuple[str, ...]], str] = {}
        self.server = db.is_server

    # the two sides' tables, either store ----------------------------------------------------
    def their(self, table: str) -> str:
        return their(self.db, table)

    def our(self, table: str) -> str:
        return our(self.db, table)

    def same(self, ours: str, theirs: str) -> str:
        """SQL: two values equal, NULL equal to NULL."""
        return f"{ours} IS NOT DISTINCT FROM {theirs}" if self.server else f"{ours} IS {theirs}"

    # reading -----------------------------------------------------------------------------
    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self.db.execute_sql(sql, params).fetchall())

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        found = self.db.execute_sql(sql, params).fetchall()
        return tuple(found[0]) if found else None

    def _schema(self, table: str) -> None:
        info = table_info(self.db, table)
        self.columns[table] = [str(r[1]) for r in info]
        self.notnull[table] = {str(r[1]) for r in info if r[3]}
        self.blobs[table] = {str(r[1]) for r in info if str(r[2]).upper() == "BLOB"}
        self.fks[table] = {str(r[3]): str(r[2]) for r in foreign_key_list(self.db, table)}
        self.insert_names[table] = tuple(c for c in self.columns[table] if c != "id")

    def _cells(self, alias: str, table: str) -> list[str]:
        """A row's columns as SELECT items; a BLOB column as (value unless a blob, size if
        one), so that evidence files stay in SQLite."""
        items = []
        for c in self.columns[table]:
            cell = f"{alias}.{_q(c)}"
            if c in self.blobs[table] and self.server:  # BYTEA: a file or nothing
                items += ["NULL", f"octet_length({cell})"]
            elif c in self.blobs[table]:
                items += [f"CASE WHEN typeof({cell}) = 'blob' THEN NULL ELSE {cell} END",
                          f"CASE WHEN typeof({cell}) = 'blob' THEN length({cell}) END"]
            else:
                items.append(cell)
        return items

    def _row(self, table: str, values: Sequence[Any], at: int) -> tuple[dict[str, Any], int]:
        """The dict of a row read by _cells from position `at`, and the position after it."""
        row = {}
        for c in self.columns[table]:
            if c in self.blobs[table]:
                value, size = values[at], values[at + 1]
                row[c] = BlobSize(int(size)) if size is not None else value
                at += 2
            else:
                row[c] = values[at]
                at += 1
        return row, at

    def _differing_sql(self, table: str) -> tuple[str, str, list[str]]:
        """(the joins mapping their references to our ids, the SQL test that a row of theirs
        must be looked at, the mapped reference of each foreign key as SELECT items)."""
        joins, mapped, same = [], [], []
        for n, (column, parent) in enumerate(self.fks[table].items()):
            if parent in self.mapped:
                joins.append(f"LEFT JOIN {self.their(parent)} tp{n} ON tp{n}.\"id\" = "
                             f"t.{_q(column)} LEFT JOIN {self.our(parent)} op{n} "
                             f"ON op{n}.\"uuid\" = tp{n}.\"uuid\"")
                mapped += [f"op{n}.\"id\"", f"tp{n}.\"uuid\""]
            else:  # not merged yet (or not merged at all): nothing to map it to
                mapped += ["NULL", "NULL"]
        fk_items = dict(zip(self.fks[table], range(0, 2 * len(self.fks[table]), 2),
                            strict=True))
        for c in self.columns[table]:
            if c in SKIPPED_COLUMNS:
                continue
            # Compared exactly: SQLite's NOCASE columns too (a server's text is exact).
            exact = "" if self.server else " COLLATE BINARY"
            theirs = mapped[fk_items[c]] if c in fk_items else f"t.{_q(c)}{exact}"
            same.append(self.same(f"o.{_q(c)}", theirs))
        # A reference to a row of this very table that is not here yet may be to one added
        # earlier in the same chunk: Python looks at such a row again.
        unmapped = [f"(t.{_q(column)} IS NOT NULL AND {mapped[fk_items[column]]} IS NULL)"
                    for column, parent in self.fks[table].items() if parent == table]
        test = " OR ".join(["o.\"id\" IS NULL", f"NOT ({' AND '.join(same) or 'TRUE'})",
                            *unmapped])
        return " ".join(joins), test, mapped

    def _writing(self, verb: str, table: str, names: tuple[str, ...]) -> str:
        """The INSERT or UPDATE of `names` taking their row (t) from the attached file, its
        references as parameters (mapped to our ids): the values travel inside SQLite,
        evidence files included. Made once per table and set of columns."""
        key = (verb, table, names)
        sql = self.statements.get(key)
        if sql is None:
            # A reference is an id: typed for the server, which cannot infer a parameter's
            # type in a SELECT list.
            mark = "CAST(? AS BIGINT)" if self.server else "?"
            items = ", ".join(mark if n in self.fks[table] else f"t.{_q(n)}" for n in names)
            columns = ", ".join(_q(n) for n in names)
            source = f'SELECT {items} FROM {self.their(table)} t WHERE t."id" = ?'
            sql = self.statements[key] = (
                f"INSERT INTO {self.our(table)} ({columns}) {source}" if verb == "insert"
                else f'UPDATE {self.our(table)} SET ({columns}) = ({source}) WHERE "id" = ?')
        return sql

    def _references(self, table: str, names: Sequence[str],
                    mapped: dict[str, Any]) -> tuple[Any, ...]:
        fks = self.fks[table]
        return tuple(mapped[n] for n in names if n in fks)

    def _their_names(self, table: str) -> str:
        return ", ".join(f"t.{_q(c)}" for c in self.columns[table] if c != "id")
