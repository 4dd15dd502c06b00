"""Reading and writing handovers (serah terima jabatan) and their memo lists."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from peewee import fn

from kinerja_desktop.domain.handover import (SECTION_CODES, HandoverInput, HandoverItemRecord,
                                             HandoverParty, HandoverRecord, HandoverSummary,
                                             Witness)
from kinerja_desktop.domain.nip import normalize_nip
from kinerja_desktop.domain.officials import AppointmentRecord, full_name
from kinerja_desktop.errors import NotFoundError
from kinerja_desktop.storage.database import Database, as_tuples
from kinerja_desktop.storage.models import (Appointment, Handover, HandoverItem, Inauguration,
                                            Official, Unit, utc_now)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _witnesses_json(witnesses: list[Witness]) -> str:
    return json.dumps([{"name": _one_line(w.name), "title": _one_line(w.title),
                        "nip": normalize_nip(w.nip)} for w in witnesses], ensure_ascii=False)


def _values(data: HandoverInput, unit_id: int) -> dict[str, Any]:
    return dict(date=data.date, number=data.number.strip(), place=_one_line(data.place),
                decree_number=data.decree_number.strip(), decree_date=data.decree_date,
                decree_issuer=_one_line(data.decree_issuer),
                decree_subject=" ".join(data.decree_subject.split()),
                post_title=_one_line(data.post_title), unit=unit_id,
                outgoing_official=data.outgoing_official_id,
                outgoing_appointment=data.outgoing_appointment_id,
                incoming_official=data.incoming_official_id,
                incoming_appointment=data.incoming_appointment_id,
                witnesses_json=_witnesses_json(data.witnesses),
                programs=data.programs.strip(), problems=data.problems.strip(),
                recommendations=data.recommendations.strip(), notes=data.notes.strip())


def _insert_items(db: Database, handover_id: int, data: HandoverInput) -> None:
    for section in SECTION_CODES:
        for position, item in enumerate(data.items_in(section), start=1):
            # One by one: each gets its own UUID and timestamps, in the order of the lists.
            db.insert(HandoverItem, handover=handover_id, section=section, position=position,
                      name=item.name.strip(), quantity=_one_line(item.quantity),
                      condition=_one_line(item.condition), note=item.note.strip())


def insert(db: Database, data: HandoverInput, unit_id: int) -> int:
    handover_id = db.insert(Handover, **_values(data, unit_id))
    _insert_items(db, handover_id, data)
    return handover_id


def update(db: Database, handover_id: int, data: HandoverInput, unit_id: int) -> None:
    """Write the fields and replace the memo lists."""
    _get(db, handover_id)
    db.update(Handover, modified_at=utc_now(), **_values(data, unit_id)).where(
        Handover.id == handover_id).execute()
    db.delete(HandoverItem).where(HandoverItem.handover == handover_id).execute()
    _insert_items(db, handover_id, data)


def delete(db: Database, handover_id: int) -> None:
    """Delete a handover; its lines go with it (ON DELETE CASCADE)."""
    _get(db, handover_id)
    db.delete(Handover).where(Handover.id == handover_id).execute()


def _get(db: Database, handover_id: int) -> Handover:
    h: Handover | None = db.select(Handover).where(Handover.id == handover_id).first()
    if h is None:
        raise NotFoundError(f"Serah terima jabatan dengan id {handover_id} tidak ditemukan.")
    return h


def uuid_of(db: Database, handover_id: int) -> str:
    return _get(db, handover_id).uuid


def _party(official: Official, appointment: Appointment | None) -> HandoverParty:
    unit_name = appointment.unit.name if appointment is not None else ""
    return HandoverParty(
        official.id, official.name, official.front_title, official.back_title, official.nip,
        official.rank, appointment.id if appointment else None,
        appointment.post_title if appointment else "",
        appointment.filling if appointment else None,
        appointment.eselon if appointment else None, unit_name,
        appointment.start_date if appointment else None,
        appointment.end_date if appointment else None)


def _appointment(db: Database, appointment_id: int | None) -> Appointment | None:
    if appointment_id is None:
        return None
    found: Appointment | None = (db.select(Appointment, Appointment, Unit).join(Unit)
                                 .where(Appointment.id == appointment_id).first())
    return found


def lock(db: Database, handover_id: int) -> None:
    """Hold the handover's row against other savers until this transaction ends (a server's
    row lock; a file has one writer at a time)."""
    if db.is_server:
        db.execute_sql("SELECT id FROM handover WHERE id = ? FOR UPDATE", (handover_id,))


def get(db: Database, handover_id: int) -> HandoverRecord:
    h = _get(db, handover_id)
    unit = db.select(Unit).where(Unit.id == h.unit_id).get()
    outgoing = db.select(Official).where(Official.id == h.outgoing_official_id).get()
    incoming = db.select(Official).where(Official.id == h.incoming_official_id).get()
    order = {code: n for n, code in enumerate(SECTION_CODES)}
    items = sorted(db.select(HandoverItem).where(HandoverItem.handover == handover_id),
                   key=lambda i: (order.get(i.section, len(order)), i.position, i.id))
    witnesses = tuple(Witness(w.get("name", ""), w.get("title", ""), w.get("nip", "") or "")
                      for w in json.loads(h.witnesses_json or "[]"))
    return HandoverRecord(
        h.id, h.uuid, h.date, h.number, h.place, h.decree_number, h.decree_date, h.post_title,
        unit.id, unit.name, unit.short_name,
        _party(outgoing, _appointment(db, h.outgoing_appointment_id)),
        _party(incoming, _appointment(db, h.incoming_appointment_id)),
        witnesses, h.programs, h.problems, h.recommendations, h.notes,
        tuple(HandoverItemRecord(i.id, i.section, i.position, i.name, i.quantity, i.condition,
                                 i.note) for i in items),
        h.created_at, h.modified_at, h.decree_issuer, h.decree_subject)


def list_handovers(db: Database) -> list[HandoverSummary]:
    """Every handover, newest first."""
    outgoing = Official.alias()
    incoming = Official.alias()
    counts = (db.select(HandoverItem, HandoverItem.handover,
                        fn.COUNT(HandoverItem.id).alias("n"))
              .group_by(HandoverItem.handover))
    counted: dict[int, int] = {hid: n for hid, n in as_tuples(counts)}
    query = (db.select(Handover, Handover.id, Handover.uuid, Handover.date, Handover.number,
                       Handover.post_title, Unit.name, outgoing.name, outgoing.front_title,
                       outgoing.back_title, incoming.name, incoming.front_title,
                       incoming.back_title, outgoing.nip, incoming.nip)
             .join(Unit, on=(Handover.unit == Unit.id))
             .switch(Handover).join(outgoing, on=(Handover.outgoing_official == outgoing.id))
             .switch(Handover).join(incoming, on=(Handover.incoming_official == incoming.id))
             .order_by(Handover.date.desc(), Handover.id.desc()))
    return [HandoverSummary(hid, huuid, day, number, post, unit,
                            full_name(o_name, o_front, o_back), full_name(i_name, i_front, i_back),
                            counted.get(hid, 0), o_nip, i_nip)
            for (hid, huuid, day, number, post, unit, o_name, o_front, o_back, i_name, i_front,
                 i_back, o_nip, i_nip) in as_tuples(query)]


def find(db: Database, day: date, outgoing_official_id: int,
         incoming_official_id: int) -> int | None:
    """A handover between these two officials on this day, if any."""
    row: Handover | None = (db.select(Handover, Handover.id)
                            .where((Handover.date == day)
                                   & (Handover.outgoing_official == outgoing_official_id)
                                   & (Handover.incoming_official == incoming_official_id))
                            .first())
    return row.id if row else None


# Appointments, for checking input and suggesting a handover -----------------------------------

def _appointment_record(a: Appointment) -> AppointmentRecord:
    return AppointmentRecord(a.id, a.official_id, a.post_title, a.unit_id, a.unit.name,
                             a.eselon, a.filling, a.decree_number, a.decree_date, a.start_date,
                             a.end_date, a.previous_post, a.inauguration_id)


def appointment(db: Database, appointment_id: int) -> AppointmentRecord:
    a = _appointment(db, appointment_id)
    if a is None:
        raise NotFoundError(f"Jabatan dengan id {appointment_id} tidak ditemukan.")
    return _appointment_record(a)


def count_for_official(db: Database, official_id: int) -> int:
    """Handovers naming this official on either side."""
    return db.select(Handover).where((Handover.outgoing_official == official_id)
                                     | (Handover.incoming_official == official_id)).count()


def official_exists(db: Database, official_id: int) -> bool:
    return db.select(Official).where(Official.id == official_id).exists()


def holders_before(db: Database, unit_id: int, post_title: str, day: date,
                   other_than: int) -> list[AppointmentRecord]:
    """Appointments of other officials to this post (same unit, same title in any case) that
    ended before `day`, the most recent end first."""
    title = _one_line(post_title).lower()
    query = (db.select(Appointment, Appointment, Unit).join(Unit)
             .where((Appointment.unit == unit_id) & (Appointment.official != other_than)
                    & Appointment.end_date.is_null(False) & (Appointment.end_date < day)
                    & (fn.lower(Appointment.post_title) == title))
             .order_by(Appointment.end_date.desc(), Appointment.id.desc()))
    return [_appointment_record(a) for a in query]


def latest_inaugurated_appointment(db: Database,
                                   official_id: int) -> AppointmentRecord | None:
    """The official's most recent appointment made at an inauguration (else their most
    recent current one)."""
    base = (db.select(Appointment, Appointment, Unit).join(Unit)
            .where(Appointment.official == official_id))
    newest = (Appointment.start_date.desc(nulls="LAST"), Appointment.id.desc())
    a: Appointment | None = (
        base.where(Appointment.inauguration.is_null(False)).order_by(*newest).first()
        or base.where(Appointment.end_date.is_null()).order_by(*newest).first())
    return _appointment_record(a) if a else None


def inauguration(db: Database, inauguration_id: int | None) -> tuple[date, str] | None:
    """The date and place of an inauguration."""
    if inauguration_id is None:
        return None
    row: Inauguration | None = db.select(Inauguration).where(
        Inauguration.id == inauguration_id).first()
    return (row.date, row.place) if row else None
