"""The roster import's reads and writes in bulk: a few statements per chunk of rows.

What is written is what official_repo writes one row at a time (the same values, from the
same functions); here each chunk's rows go to SQLite in one executemany per kind of change,
and what the plan needs is read per chunk, not per row. The audit triggers fire for every row
an executemany writes, exactly as for a single insert or update.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any

from kinerja_desktop.domain.officials import AppointmentRecord, OfficialRecord
from kinerja_desktop.domain.vocab import guess_unit_kind
from kinerja_desktop.storage.database import Database
from kinerja_desktop.storage.models import Appointment, Official, new_uuid, utc_now


_OFFICIAL_COLUMNS = ("nip", "name", "front_title", "back_title", "rank", "sex", "birth_date",
                     "active")
_APPOINTMENT_COLUMNS = ("post_title", "unit_id", "eselon", "filling", "decree_number",
                        "decree_date", "start_date", "end_date", "previous_post")
# Dates and booleans read back as a peewee model reads them, so that comparisons with what
# official_repo would read are exact.
_birth_date: Callable[[Any], date] = Official.birth_date.python_value
_active: Callable[[Any], bool] = Official.active.python_value
_day: Callable[[Any], date | None] = Appointment.start_date.python_value


CHUNK = 500  # values per IN (...) list, well under SQLite's variable limit (999 before 3.32)


def _chunks(db: Database, values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """Values a statement's IN (…) list at a time (Database.batch: more on a server)."""
    size = db.batch(CHUNK)
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def official_ids(db: Database, nips: Iterable[str]) -> dict[str, int]:
    """The id of each of these NIPs that is on the roster."""
    found: dict[str, int] = {}
    for chunk in _chunks(db, sorted(set(nips))):
        for oid, nip in db.execute_sql(
                f"SELECT id, nip FROM official WHERE nip IN ({_marks(chunk)})", list(chunk)):
            found[nip] = oid
    return found


def officials_with_posts(db: Database, ids: Iterable[int]) -> dict[int, OfficialRecord]:
    """These officials with all their appointments, as official_repo.get_official reads one
    (appointments current first, then newest first), with two queries per 500 officials."""
    records: dict[int, OfficialRecord] = {}
    for chunk in _chunks(db, sorted(set(ids))):
        params = list(chunk)
        for r in db.execute_sql(
                f"SELECT id, uuid, nip, name, front_title, back_title, rank, sex, birth_date, "
                f"active FROM official WHERE id IN ({_marks(chunk)})", params):
            records[r[0]] = OfficialRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7],
                                           _birth_date(r[8]), _active(r[9]))
        for r in db.execute_sql(
                f"SELECT a.id, a.official_id, a.post_title, a.unit_id, u.name, a.eselon, "
                f"a.filling, a.decree_number, a.decree_date, a.start_date, a.end_date, "
                f"a.previous_post, a.inauguration_id FROM appointment a "
                f"JOIN unit u ON u.id = a.unit_id WHERE a.official_id IN ({_marks(chunk)}) "
                f"ORDER BY a.official_id, a.end_date IS NOT NULL, a.start_date DESC, a.id DESC",
                params):
            records[r[1]].appointments.append(AppointmentRecord(
                r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], _day(r[8]), _day(r[9]),
                _day(r[10]), r[11], r[12]))
    return records


def first_inaugurations(db: Database, days: Iterable[date]) -> dict[date, int]:
    """For each of these days with an inauguration, the first one recorded (what
    official_repo.inauguration_on finds: the lowest id, the table's own order)."""
    found: dict[date, int] = {}
    for chunk in _chunks(db, sorted(set(days))):
        asked = {day.isoformat(): day for day in chunk}  # dates are stored as peewee writes
        for day, first in db.execute_sql(
                f"SELECT date, min(id) FROM inauguration WHERE date IN ({_marks(chunk)}) "
                f"GROUP BY date", list(asked)):
            found[asked[day]] = first
    return found


def _stamp(moment: datetime) -> str:
    """A datetime as SQLite gets it from peewee (sqlite3's adapter: isoformat with a space)."""
    return moment.isoformat(" ")


def _next_id(db: Database, table: str) -> int:
    return int(db.execute_sql(f'SELECT COALESCE(max(id), 0) + 1 FROM "{table}"').fetchone()[0])


class BulkWriter:
    """Rows to insert and update, collected and then written with one executemany per kind.

    Call inside the write transaction (which holds the write lock). New rows get their ids
    here, as SQLite would give them (one more than the largest), so that a chunk's
    appointments can name the officials inserted with them.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._next = {table: _next_id(db, table) for table in ("unit", "official", "appointment")}
        self._new_officials: list[tuple[Any, ...]] = []
        self._changed_officials: list[tuple[Any, ...]] = []
        self._ended: list[tuple[Any, ...]] = []
        self._changed_appointments: list[tuple[Any, ...]] = []
        self._new_appointments: list[tuple[Any, ...]] = []

    @property
    def first_official_id(self) -> int:
        """The id the next new official gets (before any is added: the first one's)."""
        return self._next["official"]

    def _take_id(self, table: str) -> int:
        new_id = self._next[table]
        self._next[table] += 1
        return new_id

    def add_units(self, names: Collection[str]) -> dict[str, int]:
        """Insert these units now (as official_repo.ensure_unit creates one: single spaces,
        the kind guessed from the name); their ids by name in lower case."""
        now = _stamp(utc_now())
        rows, ids = [], {}
        for name in names:
            clean = " ".join(name.split())
            unit_id = self._take_id("unit")
            rows.append((unit_id, new_uuid(), now, now, clean, "", guess_unit_kind(clean)))
            ids[clean.lower()] = unit_id
        self.db.executemany(
            "INSERT INTO unit (id, uuid, created_at, modified_at, name, short_name, kind) "
            "VALUES (?,?,?,?,?,?,?)", rows)
        self.db.ids_written(("unit",))
        return ids

    def add_official(self, values: dict[str, Any]) -> int:
        """A new official with official_repo.official_values; its id."""
        official_id = self._take_id("official")
        self._new_officials.append((official_id, *(values[c] for c in _OFFICIAL_COLUMNS)))
        return official_id

    def update_official(self, record: OfficialRecord, values: dict[str, Any]) -> bool:
        """Write these values over the record, unless none differs (as update_official)."""
        if all(getattr(record, c) == values[c] for c in _OFFICIAL_COLUMNS):
            return False
        self._changed_officials.append((*(values[c] for c in _OFFICIAL_COLUMNS), record.id))
        return True

    def end_appointment(self, current: AppointmentRecord, end: date) -> None:
        """End a post (as official_repo.end_appointment: never before its first day)."""
        end_date = max(end, current.start_date) if current.start_date else end
        self._ended.append((end_date, current.id))

    def update_appointment(self, current: AppointmentRecord, values: dict[str, Any]) -> bool:
        """Write official_repo.appointment_values over a post, unless none differs."""
        values = dict(values, unit_id=values["unit"])
        if all(getattr(current, c) == values[c] for c in _APPOINTMENT_COLUMNS):
            return False
        self._changed_appointments.append(
            (*(values[c] for c in _APPOINTMENT_COLUMNS), current.id))
        return True

    def add_appointment(self, official_id: int, values: dict[str, Any],
                        inauguration_id: int | None) -> int:
        """A new post with official_repo.appointment_values; its id."""
        appointment_id = self._take_id("appointment")
        self._new_appointments.append(
            (appointment_id, official_id, inauguration_id,
             *(values["unit" if c == "unit_id" else c] for c in _APPOINTMENT_COLUMNS)))
        return appointment_id

    def flush(self) -> None:
        """Write what was collected: officials before the posts that name them."""
        # As sqlite3 stores the datetime peewee passes it (isoformat), formatted once.
        now = _stamp(utc_now())
        run = self.db.executemany
        if self._new_officials:
            run(f"INSERT INTO official (id, uuid, created_at, modified_at, "
                f"{', '.join(_OFFICIAL_COLUMNS)}) VALUES (?,?,?,?,{_marks(_OFFICIAL_COLUMNS)})",
                [(r[0], new_uuid(), now, now, *r[1:]) for r in self._new_officials])
        if self._changed_officials:
            run(f"UPDATE official SET modified_at = ?, "
                f"{', '.join(c + ' = ?' for c in _OFFICIAL_COLUMNS)} WHERE id = ?",
                [(now, *r) for r in self._changed_officials])
        if self._ended:
            run("UPDATE appointment SET end_date = ?, modified_at = ? WHERE id = ?",
                [(end, now, aid) for end, aid in self._ended])
        if self._changed_appointments:
            run(f"UPDATE appointment SET modified_at = ?, "
                f"{', '.join(c + ' = ?' for c in _APPOINTMENT_COLUMNS)} WHERE id = ?",
                [(now, *r) for r in self._changed_appointments])
        if self._new_appointments:
            run(f"INSERT INTO appointment (id, uuid, created_at, modified_at, official_id, "
                f"inauguration_id, {', '.join(_APPOINTMENT_COLUMNS)}) "
                f"VALUES (?,?,?,?,?,?,{_marks(_APPOINTMENT_COLUMNS)})",
                [(r[0], new_uuid(), now, now, *r[1:]) for r in self._new_appointments])
        if self._new_officials or self._new_appointments:
            self.db.ids_written(("official", "appointment"))
        for pending in (self._new_officials, self._changed_officials, self._ended,
                        self._changed_appointments, self._new_appointments):
            pending.clear()
