"""The roster's search a page at a time: the first ids of a filter and how many match.

The window shows about forty rows of a list that may hold 100,000 officials; reading every id
in display order (roster_repo.search_ids) took most of the first screen's query. The SQL is
the same search: `search_query` builds it once for both (a test compares them on every kind
of filter).
"""

from __future__ import annotations

import re
from typing import Any

from kinerja_desktop.domain.roster import RosterFilter
from kinerja_desktop.storage.database import Database
from kinerja_desktop.storage.roster_repo import SORT_COLUMNS, _phrases, _terms


def search_query(db: Database, f: RosterFilter) -> tuple[str, list[Any]] | None:
    """The SELECT of the matching officials' ids in display order, with its parameters; None
    when nothing can match (a lone "%" is not the start of any word)."""
    where: list[str] = []
    params: list[Any] = []
    if f.status == "aktif":
        where.append("e.active = 1")
    elif f.status == "arsip":
        where.append("e.active = 0")
    for column, value in (("e.unit_id", f.unit_id), ("e.eselon", f.eselon),
                          ("e.filling", f.filling)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    terms = _terms(f.text)
    source = "roster_entry e"
    # Three characters or more: a substring anywhere. One or two: the start of a word ("kh" of
    # Jajang KH, "pp" of Satpol PP), since as a substring they would match nearly everyone.
    long_terms = [t for t in terms if len(t) >= 3]
    words = [t for t in terms if len(t) < 3]
    if any(not re.fullmatch(r"[^\W_]+", w) for w in words):
        return None
    if terms and db.fts:
        if long_terms:
            source = "roster_search s CROSS JOIN roster_entry e ON e.official_id = s.rowid"
            where.insert(0, "roster_search MATCH ?")
            params.insert(0, _phrases(long_terms))
        if words:
            if not long_terms:
                source = "roster_words w CROSS JOIN roster_entry e ON e.official_id = w.rowid"
                where.insert(0, "roster_words MATCH ?")
                params.insert(0, _phrases(words, prefix=True))
            else:
                where.append("e.official_id IN (SELECT rowid FROM roster_words "
                             "WHERE roster_words MATCH ?)")
                params.append(_phrases(words, prefix=True))
    elif terms:  # no FTS5 in this SQLite: the same rules, answered by scanning
        source = "roster_search s CROSS JOIN roster_entry e ON e.official_id = s.rowid"
        for term in long_terms:
            escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where.append("s.search_text LIKE ? ESCAPE '\\'")
            params.append(f"%{escaped}%")
        for word in words:  # letters and digits only: nothing to escape
            where.append("(' ' || s.search_text) LIKE ?")
            params.append(f"% {word}%")
    order = SORT_COLUMNS.get(f.sort, "e.name_sort")
    direction = " DESC" if f.descending else ""
    tie = "" if order == "e.name_sort" else f", e.name_sort{direction}"
    sql = (f"SELECT e.official_id FROM {source}"
           + (" WHERE " + " AND ".join(where) if where else "")
           + f" ORDER BY {order}{direction}{tie}, e.official_id{direction}")
    return sql, params


def first_ids(db: Database, f: RosterFilter, limit: int) -> list[int]:
    """The first `limit` ids the search gives, in display order."""
    query = search_query(db, f)
    if query is None:
        return []
    sql, params = query
    return [r[0] for r in db.execute_sql(f"{sql} LIMIT ?", [*params, limit])]


def count_matching(db: Database, f: RosterFilter) -> int:
    """How many officials the search gives (the count SQLite makes without the ordering)."""
    query = search_query(db, f)
    if query is None:
        return 0
    sql, params = query
    # The ORDER BY is dropped: counting needs no sort, and SQLite then picks the cheapest
    # index for the filter alone.
    unordered = sql[:sql.rindex(" ORDER BY ")]
    return int(db.execute_sql(f"SELECT count(*) FROM ({unordered})", params).fetchone()[0])
