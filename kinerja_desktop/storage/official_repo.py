"""Reading and writing officials, appointments, units, signatories and inaugurations."""

from __future__ import annotations

from datetime import date
from typing import Any

from peewee import IntegrityError, fn

from kinerja_desktop.domain.officials import (AppointmentInput, AppointmentRecord,
                                              OfficialInput, OfficialRecord, SignatoryRecord,
                                              UnitRecord)
from kinerja_desktop.domain.nip import NipInfo
from kinerja_desktop.domain.vocab import guess_unit_kind
from kinerja_desktop.errors import KinerjaError, NotFoundError, ValidationError
from kinerja_desktop.storage.database import Database, as_tuples
from kinerja_desktop.storage.models import (Appointment, Inauguration, Official, Program,
                                            Signatory, Unit, utc_now)


def _appointment_record(a: Appointment, unit_name: str) -> AppointmentRecord:
    return AppointmentRecord(a.id, a.official_id, a.post_title, a.unit_id, unit_name, a.eselon,
                             a.filling, a.decree_number, a.decree_date, a.start_date,
                             a.end_date, a.previous_post, a.inauguration_id)


def _official(db: Database, official_id: int) -> Official:
    o: Official | None = db.select(Official).where(Official.id == official_id).first()
    if o is None:
        raise NotFoundError(f"Pejabat dengan id {official_id} tidak ditemukan.")
    return o


# An official with each of their appointments (one row without any), in one statement: the
# details shown for a search's first match at every keystroke (two peewee queries took
# 1.2 ms of it on a server, this 0.3 ms). Current posts first, then the newest; a post
# without a start date after the dated ones on both stores (PostgreSQL would put it first).
_OFFICIAL_SQL = (
    "SELECT o.id, o.uuid, o.nip, o.name, o.front_title, o.back_title, o.rank, o.sex, "
    "o.birth_date, o.active, a.id, a.post_title, a.unit_id, u.name, a.eselon, a.filling, "
    "a.decree_number, a.decree_date, a.start_date, a.end_date, a.previous_post, "
    "a.inauguration_id FROM official o "
    "LEFT JOIN appointment a ON a.official_id = o.id LEFT JOIN unit u ON u.id = a.unit_id "
    "WHERE o.id = ? "
    "ORDER BY a.end_date IS NOT NULL, a.start_date IS NULL, a.start_date DESC, a.id DESC")


def _date(value: Any) -> date | None:
    """A date as both stores keep it (ISO text, as peewee writes it), or None."""
    return date.fromisoformat(str(value)[:10]) if value else None


def get_official(db: Database, official_id: int) -> OfficialRecord:
    rows = db.execute_sql(_OFFICIAL_SQL, (official_id,)).fetchall()
    if not rows:
        raise NotFoundError(f"Pejabat dengan id {official_id} tidak ditemukan.")
    o = rows[0]
    record = OfficialRecord(o[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7],
                            date.fromisoformat(str(o[8])[:10]), bool(o[9]))
    record.appointments = [
        AppointmentRecord(a[10], official_id, a[11], a[12], a[13], a[14], a[15], a[16],
                          _date(a[17]), _date(a[18]), _date(a[19]), a[20], a[21])
        for a in rows if a[10] is not None]
    return record


def lock_official(db: Database, official_id: int) -> None:
    """Hold the official's row against other savers until this transaction ends (a server's
    row lock; a file has one writer at a time, and a write on a stale read fails there)."""
    if db.is_server:
        db.execute_sql("SELECT id FROM official WHERE id = ? FOR UPDATE", (official_id,))


def official_id_by_nip(db: Database, nip: str) -> int | None:
    row: Official | None = db.select(Official, Official.id).where(Official.nip == nip).first()
    return row.id if row else None


def all_nips(db: Database) -> dict[str, int]:
    return {nip: oid for oid, nip in as_tuples(db.select(Official, Official.id, Official.nip))}


def official_values(data: OfficialInput, info: NipInfo) -> dict[str, Any]:
    """An official's stored fields (all but id, uuid and times) as written from this input;
    the bulk import (roster_import_repo) writes the same values."""
    return dict(nip=info.nip, name=data.name.strip(), front_title=data.front_title.strip(),
                back_title=data.back_title.strip(), rank=data.rank, sex=info.sex,
                birth_date=info.birth_date, active=data.active)


def insert_official(db: Database, data: OfficialInput, info: NipInfo) -> int:
    try:
        return db.insert(Official, **official_values(data, info))
    except IntegrityError as exc:
        raise ValidationError.single("nip", f"NIP {info.nip} sudah terdaftar.") from exc


def update_official(db: Database, official_id: int, data: OfficialInput, info: NipInfo) -> bool:
    """Write the fields; return True if anything changed."""
    o = _official(db, official_id)
    values = official_values(data, info)
    if all(getattr(o, k) == v for k, v in values.items()):
        return False
    try:
        db.update(Official, modified_at=utc_now(), **values).where(
            Official.id == official_id).execute()
    except IntegrityError as exc:
        raise ValidationError.single("nip", f"NIP {info.nip} sudah dipakai pejabat lain.") from exc
    return True


def set_active(db: Database, official_id: int, active: bool) -> None:
    db.update(Official, active=active, modified_at=utc_now()).where(
        Official.id == official_id).execute()


def count_appointments(db: Database, official_id: int) -> int:
    return db.select(Appointment).where(Appointment.official == official_id).count()


def delete_official(db: Database, official_id: int) -> None:
    db.delete(Official).where(Official.id == official_id).execute()


# Units ------------------------------------------------------------------------------------

def list_units(db: Database) -> list[UnitRecord]:
    return [UnitRecord(u.id, u.name, u.short_name, u.kind)
            for u in db.select(Unit).order_by(fn.lower(Unit.name))]


def find_unit(db: Database, name: str) -> Unit | None:
    """The unit with this name, or else with this short name ("Disdukcapil"), in any case."""
    # Names are stored with single spaces (ensure_unit): compare them the same way.
    key = " ".join(name.split()).lower()
    found: Unit | None = (db.select(Unit).where(fn.lower(Unit.name) == key).first()
                          or db.select(Unit).where((Unit.short_name != "")
                                                   & (fn.lower(Unit.short_name) == key)).first())
    return found


def ensure_unit(db: Database, name: str, short_name: str = "",
                kind: str | None = None) -> tuple[int, bool]:
    """The id of the unit with this name (any case), creating it if needed; and whether created."""
    unit = find_unit(db, name)
    if unit is not None:
        if short_name and not unit.short_name:
            db.update(Unit, short_name=short_name, modified_at=utc_now()).where(
                Unit.id == unit.id).execute()
        return unit.id, False
    return db.insert(Unit, name=" ".join(name.split()), short_name=short_name,
                     kind=kind or guess_unit_kind(name)), True


# Appointments -----------------------------------------------------------------------------

def appointment_values(data: AppointmentInput, unit_id: int) -> dict[str, Any]:
    """An appointment's stored fields (but official, inauguration, id, uuid and times) as
    written from this input; the bulk import writes the same values."""
    return dict(post_title=" ".join(data.post_title.split()), unit=unit_id, eselon=data.eselon,
                filling=data.filling, decree_number=data.decree_number.strip(),
                decree_date=data.decree_date, start_date=data.start_date,
                end_date=data.end_date, previous_post=data.previous_post.strip())


def insert_appointment(db: Database, official_id: int, data: AppointmentInput, unit_id: int,
                       inauguration_id: int | None = None) -> int:
    return db.insert(Appointment, official=official_id, inauguration=inauguration_id,
                     **appointment_values(data, unit_id))


def _appointment(db: Database, appointment_id: int) -> Appointment:
    a: Appointment | None = db.select(Appointment).where(Appointment.id == appointment_id).first()
    if a is None:
        raise NotFoundError(f"Jabatan dengan id {appointment_id} tidak ditemukan.")
    return a


def update_appointment(db: Database, appointment_id: int, data: AppointmentInput,
                       unit_id: int) -> bool:
    a = _appointment(db, appointment_id)
    values = appointment_values(data, unit_id)
    compared = dict(values, unit_id=values["unit"])
    del compared["unit"]
    if all(getattr(a, k) == v for k, v in compared.items()):
        return False
    db.update(Appointment, modified_at=utc_now(), **values).where(
        Appointment.id == appointment_id).execute()
    return True


def appointment_owner(db: Database, appointment_id: int) -> int:
    return _appointment(db, appointment_id).official_id


def delete_appointment(db: Database, appointment_id: int) -> None:
    # The foreign key would refuse too (RESTRICT); this says why in words.
    programs = db.select(Program).where(Program.appointment == appointment_id).count()
    if programs:
        a = _appointment(db, appointment_id)
        raise KinerjaError(f"Jabatan '{a.post_title}' memiliki {programs} program kinerja, jadi "
                           f"tidak dapat dihapus. Isi tanggal selesai jabatan bila sudah "
                           f"berakhir.")
    db.delete(Appointment).where(Appointment.id == appointment_id).execute()


def end_appointment(db: Database, appointment_id: int, end: date) -> None:
    a = _appointment(db, appointment_id)
    # A post that started after `end` cannot end before it began: end it on its first day.
    end_date = max(end, a.start_date) if a.start_date else end
    db.update(Appointment, end_date=end_date, modified_at=utc_now()).where(
        Appointment.id == appointment_id).execute()


def current_appointments(db: Database, official_id: int) -> list[AppointmentRecord]:
    query = (db.select(Appointment, Appointment, Unit).join(Unit)
             .where((Appointment.official == official_id) & Appointment.end_date.is_null()))
    return [_appointment_record(a, a.unit.name) for a in query]


def current_acting_holders(db: Database, unit_id: int,
                           post_title: str) -> list[AppointmentRecord]:
    """Current Plt/Plh/Pj appointments to this post (same unit, same title, any case)."""
    title = " ".join(post_title.split()).lower()  # stored titles have single spaces
    query = (db.select(Appointment, Appointment, Unit).join(Unit)
             .where((Appointment.unit == unit_id) & Appointment.end_date.is_null()
                    & Appointment.filling.in_(("plt", "plh", "pj"))
                    & (fn.lower(Appointment.post_title) == title)))
    return [_appointment_record(a, a.unit.name) for a in query]


def latest_ended_before(db: Database, official_id: int,
                        start: date | None) -> AppointmentRecord | None:
    """The official's most recent appointment that ended before `start` (their previous post)."""
    query = (db.select(Appointment, Appointment, Unit).join(Unit)
             .where((Appointment.official == official_id) & Appointment.end_date.is_null(False)))
    if start:
        query = query.where(Appointment.end_date < start)
    a: Appointment | None = query.order_by(Appointment.end_date.desc(),
                                           Appointment.id.desc()).first()
    return _appointment_record(a, a.unit.name) if a else None


# Signatories and inaugurations --------------------------------------------------------------

def _signatory_record(s: Signatory) -> SignatoryRecord:
    return SignatoryRecord(s.id, s.name, s.title, s.role, s.nip, s.rank)


def list_signatories(db: Database) -> list[SignatoryRecord]:
    return [_signatory_record(s)
            for s in db.select(Signatory).where(Signatory.active == True)  # noqa: E712
            .order_by(Signatory.id)]


def ensure_signatory(db: Database, name: str, title: str, role: str, nip: str | None = None,
                     rank: str | None = None) -> int:
    existing: Signatory | None = db.select(Signatory).where(
        (Signatory.role == role) & (Signatory.name == name)).first()
    if existing:
        return existing.id
    return db.insert(Signatory, name=name, title=title, role=role, nip=nip, rank=rank)


def _signatory(db: Database, signatory_id: int) -> Signatory:
    s: Signatory | None = db.select(Signatory).where(Signatory.id == signatory_id).first()
    if s is None:
        raise NotFoundError(f"Penandatangan dengan id {signatory_id} tidak ditemukan.")
    return s


def signatory(db: Database, signatory_id: int) -> SignatoryRecord:
    return _signatory_record(_signatory(db, signatory_id))


def signatory_by_role(db: Database, role: str) -> SignatoryRecord | None:
    """The first active signatory with this role (bupati, wakil_bupati, sekda), if any."""
    s: Signatory | None = db.select(Signatory).where(
        (Signatory.role == role) & (Signatory.active == True)  # noqa: E712
    ).order_by(Signatory.id).first()
    return _signatory_record(s) if s else None


def update_signatory(db: Database, signatory_id: int, name: str, title: str, nip: str | None,
                     rank: str | None) -> bool:
    """Write a signatory's name, title, NIP and rank; return True if anything changed."""
    s = _signatory(db, signatory_id)
    values: dict[str, Any] = dict(name=name, title=title, nip=nip, rank=rank)
    if all(getattr(s, k) == v for k, v in values.items()):
        return False
    db.update(Signatory, modified_at=utc_now(), **values).where(
        Signatory.id == signatory_id).execute()
    return True


def count_officials(db: Database) -> int:
    return db.select(Official).count()


def has_officials(db: Database) -> bool:
    """Whether any official is stored: one row read, where a count reads them all."""
    return db.select(Official, Official.id).exists()


def insert_inauguration(db: Database, day: date, place: str, signatory_id: int | None,
                        inaugurated_by: str, note: str) -> int:
    return db.insert(Inauguration, date=day, place=place, inaugurating_signatory=signatory_id,
                     inaugurated_by=inaugurated_by, note=note)


def find_inauguration(db: Database, day: date, place: str) -> int | None:
    row: Inauguration | None = db.select(Inauguration, Inauguration.id).where(
        (Inauguration.date == day) & (fn.lower(Inauguration.place) == place.lower())).first()
    return row.id if row else None


def inauguration_on(db: Database, day: date) -> int | None:
    row: Inauguration | None = db.select(Inauguration, Inauguration.id).where(
        Inauguration.date == day).first()
    return row.id if row else None


def inauguration_date(db: Database, inauguration_id: int | None) -> date | None:
    if inauguration_id is None:
        return None
    row: Inauguration | None = db.select(Inauguration, Inauguration.date).where(
        Inauguration.id == inauguration_id).first()
    return row.date if row else None
