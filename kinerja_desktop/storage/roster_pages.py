"""The roster's search a page at a time: the first ids of a filter and how many match.

The window shows about forty rows of a list that may hold 100,000 officials; reading every id
in display order (roster_repo.search_ids) took most of the first screen's query. The SQL is
the same search: `roster_repo.search_query` builds it for both (a test compares them on every kind
of filter).
"""

from __future__ import annotations


from kinerja_desktop.domain.roster import RosterFilter
from kinerja_desktop.storage.database import Database
from kinerja_desktop.storage.roster_repo import search_query


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
    return int(db.execute_sql(f"SELECT count(*) FROM ({unordered}) AS matching", params)
               .fetchone()[0])
