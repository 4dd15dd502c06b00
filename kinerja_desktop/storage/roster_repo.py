"""Roster queries: the derived roster_entry/roster_search tables and fast id-based listing."""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass
from datetime import date
from typing import Any
from collections.abc import Collection, Iterable, Iterator, Sequence

from kinerja_desktop.domain.officials import full_name, main_post_key, post_display
# RosterFilter and RosterRow live in the domain; re-exported ("as") for the gui until it
# imports them from there.
from kinerja_desktop.domain.roster import RosterFilter as RosterFilter
from kinerja_desktop.domain.roster import RosterRow as RosterRow
from kinerja_desktop.storage.database import Database

CHUNK = 500  # ids per IN (...) list on a file, well under SQLite's variable limit

# Columns the roster can be sorted by, mapped to SQL on roster_entry (alias e).
SORT_COLUMNS = {
    "nama": "e.name_sort",
    "nip": "e.nip",
    "pangkat_golongan": "e.rank",
    "jabatan": "e.post",
    "unit_kerja": "e.unit_name",
    "eselon": "e.eselon",
    "jenis_pengisian": "e.filling",
    "tanggal_mulai": "e.start_date",
}


def _chunks(db: Database, ids: Sequence[int]) -> Iterable[Sequence[int]]:
    """Ids a statement's IN (…) list at a time (Database.batch: more on a server)."""
    size = db.batch(CHUNK)
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def refresh(db: Database, official_ids: Iterable[int], new: Collection[int] = ()) -> None:
    """Recompute these officials' derived roster rows (call inside the writing transaction):
    a few statements per 500 officials. `new`: those of them known to have no roster rows
    yet (inserted in this transaction after clear_from, or all rows just cleared), whose old
    rows are not looked for. That matters for bulk writes: any read of a full-text table
    makes SQLite's FTS5 write out what it holds in memory, as many small segments."""
    ids = sorted(set(official_ids))
    fresh = set(new)
    # On a server, two users saving the same official at once would both delete its roster
    # rows and then both insert them (a unique violation for the second): the officials'
    # rows are locked first, in id order, so that their refreshes run one after the other.
    # SQLite has one writer at a time already.
    # Rows this transaction inserted itself (`new`) need no lock.
    for chunk in _chunks(db, ids):
        marks = ",".join("?" * len(chunk))
        old = [i for i in chunk if i not in fresh]
        if db.is_server and old:
            db.execute_sql(f"SELECT id FROM official WHERE id IN ({','.join('?' * len(old))}) "
                           f"ORDER BY id FOR UPDATE", old)
        officials = db.execute_sql(
            f"SELECT id, nip, name, front_title, back_title, COALESCE(rank, ''), active "
            f"FROM official WHERE id IN ({marks})", list(chunk)).fetchall()
        current: dict[int, list[tuple[Any, ...]]] = {}
        for row in db.execute_sql(
                f"SELECT a.official_id, a.id, a.post_title, a.filling, a.eselon, a.start_date, "
                f"a.unit_id, u.name, u.short_name FROM appointment a "
                f"JOIN unit u ON u.id = a.unit_id "
                f"WHERE a.end_date IS NULL AND a.official_id IN ({marks})", list(chunk)):
            current.setdefault(row[0], []).append(row)
        entries, search = [], []
        for oid, nip, name, front, back, rank, active in officials:
            posts = sorted(current.get(oid, []), key=lambda r: main_post_key(
                r[3], r[4], date.fromisoformat(r[5]) if r[5] else None, r[1]))
            shown = full_name(name, front, back)
            words = [shown, nip, rank]
            post_text = ""
            main = posts[0] if posts else None
            for index, (_o, _a, title, filling, _e, _s, _u, unit, short) in enumerate(posts):
                display = post_display(title, filling)
                post_text = display if index == 0 else f"{post_text}; sekaligus {display}"
                words += [display, unit, short]
            entry = (oid, name.lower(), nip, shown, rank, post_text,
                     main[6] if main else None, main[7] if main else "",
                     main[8] if main else "",
                     (main[4] or "") if main else "", (main[3] or "") if main else "",
                     main[5] if main else None, active, main[1] if main else None)
            entries.append(entry)
            text = " ".join(w for w in words if w).lower()
            # A plain search table holds the name's sort key and the filters too (schema 9).
            search.append((oid, text) if db.fts else
                          (oid, text, entry[1], active, entry[6], entry[9], entry[10]))
        if old:
            _delete_rows(db, f"IN ({','.join('?' * len(old))})", old)
        if entries:
            db.executemany(
                "INSERT INTO roster_entry (official_id, name_sort, nip, full_name, rank, post, "
                "unit_id, unit_name, unit_short, eselon, filling, start_date, active, "
                "appointment_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", entries)
            db.executemany(
                "INSERT INTO roster_search (rowid, search_text) VALUES (?, ?)" if db.fts else
                "INSERT INTO roster_search (rowid, search_text, name_sort, active, unit_id, "
                "eselon, filling) VALUES (?, ?, ?, ?, ?, ?, ?)", search)
            if db.fts:
                db.executemany(
                    "INSERT INTO roster_words (rowid, search_text) VALUES (?, ?)", search)


def _delete_rows(db: Database, where: str, params: Sequence[Any]) -> None:
    """Remove the roster rows of the officials whose id matches `where` ("IN (…)", ">= ?")."""
    db.execute_sql(f"DELETE FROM roster_entry WHERE official_id {where}", params)
    if db.fts:  # the words index reads roster_search's text: unindex it before it goes
        db.execute_sql(f"INSERT INTO roster_words (roster_words, rowid, search_text) "
                       f"SELECT 'delete', rowid, search_text FROM roster_search "
                       f"WHERE rowid {where}", params)
    db.execute_sql(f"DELETE FROM roster_search WHERE rowid {where}", params)


def clear_from(db: Database, first_id: int) -> None:
    """Remove any roster rows of ids from first_id on, before officials are inserted with
    those ids and refreshed as new (an official deleted without a refresh would have left
    its search row behind)."""
    _delete_rows(db, ">= ?", [first_id])


def refresh_all(db: Database) -> None:
    """Rebuild the derived roster tables for every official."""
    ids = [r[0] for r in db.execute_sql("SELECT id FROM official")]
    with db.atomic():
        db.execute_sql("DELETE FROM roster_entry")
        db.execute_sql("DELETE FROM roster_search")
        if db.fts:
            db.execute_sql("INSERT INTO roster_words (roster_words) VALUES ('delete-all')")
        refresh(db, ids, new=ids)


def _terms(text: str) -> list[str]:
    """Search terms: whitespace-separated words; a NIP typed with spaces, dots or dashes (as
    normalize_nip accepts it) is one term."""
    text = text.strip().lower()
    if re.fullmatch(r"(?=.*\d)[\d\s.\-]+", text):
        return [re.sub(r"[\s.\-]", "", text)]
    return [t for t in text.split() if t]


def _phrases(terms: list[str], prefix: bool = False) -> str:
    """An FTS5 query requiring every term, each quoted so punctuation is taken literally."""
    star = "*" if prefix else ""
    return " AND ".join('"' + t.replace('"', '""') + '"' + star for t in terms)


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
    source, key = "roster_entry e", "e.official_id"
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
    elif terms:
        # No FTS5 in this SQLite: the same rules, answered by scanning. A server answers them
        # from its pg_trgm index on ' ' || search_text (server_schema): every term is matched
        # on that expression, which a substring of the text is a substring of too.
        # This plain table holds the name's sort key and the filters as well (schema 9): in
        # name order, the search reads it alone, as "e". Another order joins roster_entry;
        # CROSS JOIN (SQLite's way of fixing the join order) is JOIN on a server.
        if f.sort == "nama" or f.sort not in SORT_COLUMNS:
            source, key, s = "roster_search e", "e.rowid", "e"
        else:
            join = "JOIN" if db.is_server else "CROSS JOIN"
            source = f"roster_search s {join} roster_entry e ON e.official_id = s.rowid"
            s = "s"
        text = f"(' ' || {s}.search_text)" if db.is_server else f"{s}.search_text"
        for term in long_terms:
            escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where.append(f"{text} LIKE ? ESCAPE '\\'")
            params.append(f"%{escaped}%")
        for word in words:  # letters and digits only: nothing to escape
            where.append(f"(' ' || {s}.search_text) LIKE ?")
            params.append(f"% {word}%")
    order = SORT_COLUMNS.get(f.sort, "e.name_sort")
    direction = " DESC" if f.descending else ""
    tie = "" if order == "e.name_sort" else f", e.name_sort{direction}"
    sql = (f"SELECT {key} FROM {source}"
           + (" WHERE " + " AND ".join(where) if where else "")
           + f" ORDER BY {order}{direction}{tie}, {key}{direction}")
    return sql, params


def search_ids(db: Database, f: RosterFilter) -> list[int]:
    """Ids of the officials matching the filter, in display order."""
    query = search_query(db, f)
    if query is None:
        return []  # a lone "%" or "(" is not the start of any word: literally no match
    sql, params = query
    # Fetched at once: a row at a time through the cursor cost a broad search (30,000
    # matches on a server) about 1 microsecond per id more.
    return [r[0] for r in db.execute_sql(sql, params).fetchall()]


def fetch_rows(db: Database, ids: Sequence[int]) -> dict[int, RosterRow]:
    """The roster rows of these officials, by id (only what the view is about to show)."""
    rows: dict[int, RosterRow] = {}
    for chunk in _chunks(db, list(ids)):
        marks = ",".join("?" * len(chunk))
        for r in db.execute_sql(
                f"SELECT official_id, nip, full_name, rank, post, unit_name, unit_short, eselon, "
                f"filling, start_date, active, appointment_id FROM roster_entry "
                f"WHERE official_id IN ({marks})", list(chunk)):
            rows[r[0]] = RosterRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                                   date.fromisoformat(r[9]) if r[9] else None, bool(r[10]),
                                   r[11])
    return rows


def count(db: Database, status: str = "semua") -> int:
    clause = {"aktif": " WHERE active = 1", "arsip": " WHERE active = 0"}.get(status, "")
    return int(db.execute_sql(f"SELECT count(*) FROM roster_entry{clause}").fetchone()[0])


@dataclass(frozen=True)
class ExportRow:
    """An official with their main current appointment, as the roster is exported."""

    official_id: int
    nip: str
    name: str
    front_title: str
    back_title: str
    rank: str
    active: bool
    post_title: str
    unit_name: str
    eselon: str
    filling: str
    previous_post: str  # as recorded on the appointment
    ended_title: str | None  # the post that ended before this one started, if any
    ended_filling: str | None
    start_date: date | None
    decree_number: str
    inauguration_date: date | None


# The export's columns of each official in roster_entry e, with their main current post.
_EXPORT_SQL = (
    "SELECT o.id, o.nip, o.name, o.front_title, o.back_title, COALESCE(o.rank, ''), "
    "o.active, COALESCE(a.post_title, ''), COALESCE(u.name, ''), COALESCE(a.eselon, ''), "
    "COALESCE(a.filling, ''), COALESCE(a.previous_post, ''), a.start_date, "
    "COALESCE(a.decree_number, ''), i.date, p.post_title, p.filling, e.name_sort "
    "FROM roster_entry e JOIN official o ON o.id = e.official_id "
    "LEFT JOIN appointment a ON a.id = e.appointment_id "
    "LEFT JOIN unit u ON u.id = a.unit_id "
    "LEFT JOIN inauguration i ON i.id = a.inauguration_id "
    # The post that ended last before the main one began (as latest_ended_before).
    "LEFT JOIN appointment p ON p.id = (SELECT q.id FROM appointment q "
    " WHERE q.official_id = o.id AND q.end_date IS NOT NULL "
    " AND q.end_date < a.start_date ORDER BY q.end_date DESC, q.id DESC LIMIT 1) ")
EXPORT_BATCH = 500  # rows fetched from SQLite at a time while an export streams


def _export_row(r: Sequence[Any]) -> ExportRow:
    return ExportRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8], r[9], r[10],
                     r[11], r[15], r[16], date.fromisoformat(r[12]) if r[12] else None,
                     r[13], date.fromisoformat(r[14]) if r[14] else None)


def export_rows(db: Database, ids: Sequence[int]) -> list[ExportRow]:
    """Export rows for these officials, in the order given, with a few queries per 500."""
    found: dict[int, ExportRow] = {}
    for chunk in _chunks(db, list(ids)):
        marks = ",".join("?" * len(chunk))
        for r in db.execute_sql(f"{_EXPORT_SQL}WHERE e.official_id IN ({marks})", list(chunk)):
            found[r[0]] = _export_row(r)
    return [found[i] for i in ids if i in found]


def _export_stream(db: Database, active: int) -> Iterator[tuple[Any, ...]]:
    """The export rows of active (1) or archived (0) officials in the roster's order (name,
    then id), read in batches. The (active, name_sort) index gives that order: SQLite sorts
    nothing and holds nothing."""
    cursor = db.execute_sql(f"{_EXPORT_SQL}WHERE e.active = ? "
                            f"ORDER BY e.name_sort, e.official_id", [active])
    try:
        while batch := cursor.fetchmany(EXPORT_BATCH):
            yield from batch
    finally:
        cursor.close()


def iter_export_rows(db: Database, status: str = "aktif") -> Iterator[ExportRow]:
    """Every official's export row for a status ("aktif", "arsip", "semua") in the roster's
    order (search_ids with that status: by name, then id), streamed: none are held. Read
    them inside one transaction when the count or another query must match them."""
    if status == "aktif":
        rows = _export_stream(db, 1)
    elif status == "arsip":
        rows = _export_stream(db, 0)
    else:  # both streams are already in order: merged, not sorted
        rows = heapq.merge(_export_stream(db, 1), _export_stream(db, 0),
                           key=lambda r: (r[17], r[0]))
    for r in rows:
        yield _export_row(r)
