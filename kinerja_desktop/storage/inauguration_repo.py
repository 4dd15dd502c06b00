"""Listing a recorded inauguration, what depends on it, and correcting or deleting it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from peewee import fn

from kinerja_desktop.errors import NotFoundError
from kinerja_desktop.storage.database import Database
from kinerja_desktop.storage.models import (Appointment, Evaluation, Handover, Inauguration,
                                            Official, Program, Target, utc_now)


@dataclass(frozen=True)
class InaugurationRow:
    """One inauguration as the list shows it."""

    id: int
    uuid: str
    date: date
    place: str
    inaugurated_by: str
    note: str
    officials: tuple[str, ...]  # names of those inaugurated, in the order recorded


def _row(db: Database, i: Inauguration) -> InaugurationRow:
    names = tuple(o.name for o in db.select(Official, Official.name).join(
        Appointment, on=(Appointment.official == Official.id))
        .where(Appointment.inauguration == i.id).order_by(Appointment.id))
    return InaugurationRow(i.id, i.uuid, i.date, i.place, i.inaugurated_by, i.note, names)


def list_inaugurations(db: Database) -> list[InaugurationRow]:
    """Every inauguration, the latest first."""
    return [_row(db, i) for i in db.select(Inauguration)
            .order_by(Inauguration.date.desc(), Inauguration.id.desc())]


def get(db: Database, inauguration_id: int) -> InaugurationRow:
    i: Inauguration | None = db.select(Inauguration).where(
        Inauguration.id == inauguration_id).first()
    if i is None:
        raise NotFoundError(f"Pelantikan dengan id {inauguration_id} tidak ditemukan.")
    return _row(db, i)


def appointment_ids(db: Database, inauguration_id: int) -> list[int]:
    return [a.id for a in db.select(Appointment, Appointment.id).where(
        Appointment.inauguration == inauguration_id)]


def dependent_programs(db: Database, appointment_ids: list[int]) -> list[str]:
    """Names of the officials whose programs hang on these posts."""
    return [o.name for o in db.select(Official, Official.name)
            .join(Appointment, on=(Appointment.official == Official.id))
            .join(Program, on=(Program.appointment == Appointment.id))
            .where(Appointment.id.in_(appointment_ids)).order_by(Program.id)]


def dependent_handovers(db: Database, appointment_ids: list[int]) -> int:
    return db.select(Handover).where(
        Handover.incoming_appointment.in_(appointment_ids)
        | Handover.outgoing_appointment.in_(appointment_ids)).count()


def update(db: Database, inauguration_id: int, place: str, inaugurated_by: str,
           note: str) -> None:
    db.update(Inauguration, place=place, inaugurated_by=inaugurated_by, note=note,
              modified_at=utc_now()).where(Inauguration.id == inauguration_id).execute()


def ended_on(db: Database, official_ids: list[int], day: date) -> list[int]:
    """Posts of these officials that ended on a day (those the inauguration closed)."""
    return [a.id for a in db.select(Appointment, Appointment.id).where(
        Appointment.official.in_(official_ids) & (Appointment.end_date == day))]


def ended_acting(db: Database, posts: list[tuple[int, str]], day: date) -> list[int]:
    """Acting posts (Plt/Plh/Pj) of these (unit, title) ended on a day."""
    ids: list[int] = []
    for unit_id, title in posts:
        ids += [a.id for a in db.select(Appointment, Appointment.id).where(
            (Appointment.unit == unit_id) & (fn.lower(Appointment.post_title) == title.lower())
            & (Appointment.end_date == day) & Appointment.filling.in_(("plt", "plh", "pj")))]
    return ids


def posts(db: Database, inauguration_id: int) -> list[tuple[int, int, str]]:
    """(official id, unit id, post title) of the posts the inauguration filled."""
    return [(a.official_id, a.unit_id, a.post_title) for a in db.select(Appointment).where(
        Appointment.inauguration == inauguration_id)]


def reopen(db: Database, ids: list[int]) -> None:
    db.update(Appointment, end_date=None, modified_at=utc_now()).where(
        Appointment.id.in_(ids)).execute()


def delete(db: Database, inauguration_id: int, appointment_ids: list[int]) -> None:
    db.delete(Appointment).where(Appointment.id.in_(appointment_ids)).execute()
    db.delete(Inauguration).where(Inauguration.id == inauguration_id).execute()


def programs_of(db: Database, appointment_ids: list[int]) -> list[tuple[int, str, date]]:
    """(id, kind, start date) of the programs on these posts."""
    return [(p.id, p.kind, p.start_date) for p in db.select(Program).where(
        Program.appointment.in_(appointment_ids))]


def evaluation_count(db: Database, program_ids: list[int]) -> int:
    return db.select(Evaluation).where(Evaluation.program.in_(program_ids)).count()


def move_date(db: Database, inauguration_id: int, old: date, new: date,
              closed: list[int], programs: list[tuple[int, date]], shift: timedelta) -> None:
    """The inauguration, its posts' start, the closed posts' end (the day before), the
    programs' period and their targets' due dates, all moved together."""
    now = utc_now()
    db.update(Inauguration, date=new, modified_at=now).where(
        Inauguration.id == inauguration_id).execute()
    db.update(Appointment, start_date=new, modified_at=now).where(
        (Appointment.inauguration == inauguration_id) & (Appointment.start_date == old)
    ).execute()
    db.update(Appointment, end_date=new - timedelta(days=1), modified_at=now).where(
        Appointment.id.in_(closed)).execute()
    for program_id, end in programs:
        db.update(Program, start_date=new, end_date=end, modified_at=now).where(
            Program.id == program_id).execute()
        for target in db.select(Target).where(Target.program == program_id):
            if target.due_date is not None:
                db.update(Target, due_date=target.due_date + shift, modified_at=now).where(
                    Target.id == target.id).execute()
