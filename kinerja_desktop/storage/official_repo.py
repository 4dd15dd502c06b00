"""Reading and writing officials, appointments, units, signatories and inaugurations."""

from __future__ import annotations

from datetime import date

from peewee import IntegrityError, fn

from kinerja_desktop.domain.officials import (AppointmentInput, AppointmentRecord,
                                              OfficialInput, OfficialRecord, SignatoryRecord,
                                              UnitRecord)
from kinerja_desktop.domain.nip import NipInfo
from kinerja_desktop.domain.vocab import guess_unit_kind
from kinerja_desktop.errors import KinerjaError, NotFoundError, ValidationError
from kinerja_desktop.storage.models import (Appointment, Inauguration, Official, Program,
                                            Setting, Signatory, Unit, utc_now)


def _appointment_record(a: Appointment, unit_name: str) -> AppointmentRecord:
    return AppointmentRecord(a.id, a.official_id, a.post_title, a.unit_id, unit_name, a.eselon,
                             a.filling, a.decree_number, a.decree_date, a.start_date,
                             a.end_date, a.previous_post, a.inauguration_id)


def get_official(official_id: int) -> OfficialRecord:
    o = Official.get_or_none(Official.id == official_id)
    if o is None:
        raise NotFoundError(f"Pejabat dengan id {official_id} tidak ditemukan.")
    record = OfficialRecord(o.id, o.uuid, o.nip, o.name, o.front_title, o.back_title, o.rank,
                            o.sex, o.birth_date, o.active)
    query = (Appointment.select(Appointment, Unit).join(Unit).where(Appointment.official == official_id)
             .order_by(Appointment.end_date.is_null(False), Appointment.start_date.desc(),
                       Appointment.id.desc()))
    record.appointments = [_appointment_record(a, a.unit.name) for a in query]
    return record


def official_id_by_nip(nip: str) -> int | None:
    row = Official.select(Official.id).where(Official.nip == nip).first()
    return row.id if row else None


def all_nips() -> dict[str, int]:
    return {nip: oid for oid, nip in Official.select(Official.id, Official.nip).tuples()}


def insert_official(data: OfficialInput, info: NipInfo) -> int:
    try:
        return Official.create(nip=info.nip, name=data.name.strip(),
                               front_title=data.front_title.strip(),
                               back_title=data.back_title.strip(), rank=data.rank,
                               sex=info.sex, birth_date=info.birth_date, active=data.active).id
    except IntegrityError as exc:
        raise ValidationError.single("nip", f"NIP {info.nip} sudah terdaftar.") from exc


def update_official(official_id: int, data: OfficialInput, info: NipInfo) -> bool:
    """Write the fields; return True if anything changed."""
    o = Official.get_or_none(Official.id == official_id)
    if o is None:
        raise NotFoundError(f"Pejabat dengan id {official_id} tidak ditemukan.")
    values = dict(nip=info.nip, name=data.name.strip(), front_title=data.front_title.strip(),
                  back_title=data.back_title.strip(), rank=data.rank, sex=info.sex,
                  birth_date=info.birth_date, active=data.active)
    if all(getattr(o, k) == v for k, v in values.items()):
        return False
    for key, value in values.items():
        setattr(o, key, value)
    try:
        o.save()
    except IntegrityError as exc:
        raise ValidationError.single("nip", f"NIP {info.nip} sudah dipakai pejabat lain.") from exc
    return True


def set_active(official_id: int, active: bool) -> None:
    Official.update(active=active, modified_at=utc_now()).where(
        Official.id == official_id).execute()


def count_appointments(official_id: int) -> int:
    return Appointment.select().where(Appointment.official == official_id).count()


def delete_official(official_id: int) -> None:
    Official.delete().where(Official.id == official_id).execute()


# Units ------------------------------------------------------------------------------------

def list_units() -> list[UnitRecord]:
    return [UnitRecord(u.id, u.name, u.short_name, u.kind)
            for u in Unit.select().order_by(fn.lower(Unit.name))]


def find_unit(name: str) -> Unit | None:
    """The unit with this name, or else with this short name ("Disdukcapil"), in any case."""
    # Names are stored with single spaces (ensure_unit): compare them the same way.
    key = " ".join(name.split()).lower()
    return (Unit.select().where(fn.lower(Unit.name) == key).first()
            or Unit.select().where((Unit.short_name != "")
                                   & (fn.lower(Unit.short_name) == key)).first())


def ensure_unit(name: str, short_name: str = "", kind: str | None = None) -> tuple[int, bool]:
    """The id of the unit with this name (any case), creating it if needed; and whether created."""
    unit = find_unit(name)
    if unit is not None:
        if short_name and not unit.short_name:
            unit.short_name = short_name
            unit.save()
        return unit.id, False
    unit = Unit.create(name=" ".join(name.split()), short_name=short_name,
                       kind=kind or guess_unit_kind(name))
    return unit.id, True


# Appointments -----------------------------------------------------------------------------

def _appointment_values(data: AppointmentInput, unit_id: int) -> dict:
    return dict(post_title=" ".join(data.post_title.split()), unit=unit_id, eselon=data.eselon,
                filling=data.filling, decree_number=data.decree_number.strip(),
                decree_date=data.decree_date, start_date=data.start_date,
                end_date=data.end_date, previous_post=data.previous_post.strip())


def insert_appointment(official_id: int, data: AppointmentInput, unit_id: int,
                       inauguration_id: int | None = None) -> int:
    return Appointment.create(official=official_id, inauguration=inauguration_id,
                              **_appointment_values(data, unit_id)).id


def update_appointment(appointment_id: int, data: AppointmentInput, unit_id: int) -> bool:
    a = Appointment.get_or_none(Appointment.id == appointment_id)
    if a is None:
        raise NotFoundError(f"Jabatan dengan id {appointment_id} tidak ditemukan.")
    values = _appointment_values(data, unit_id)
    values["unit_id"] = values.pop("unit")
    if all(getattr(a, k) == v for k, v in values.items()):
        return False
    for key, value in values.items():
        setattr(a, key, value)
    a.save()
    return True


def appointment_owner(appointment_id: int) -> int:
    a = Appointment.get_or_none(Appointment.id == appointment_id)
    if a is None:
        raise NotFoundError(f"Jabatan dengan id {appointment_id} tidak ditemukan.")
    return a.official_id


def delete_appointment(appointment_id: int) -> None:
    # The foreign key would refuse too (RESTRICT); this says why in words.
    programs = Program.select().where(Program.appointment == appointment_id).count()
    if programs:
        a = Appointment.get_by_id(appointment_id)
        raise KinerjaError(f"Jabatan '{a.post_title}' memiliki {programs} program kinerja, jadi "
                           f"tidak dapat dihapus. Isi tanggal selesai jabatan bila sudah "
                           f"berakhir.")
    Appointment.delete().where(Appointment.id == appointment_id).execute()


def end_appointment(appointment_id: int, end: date) -> None:
    a = Appointment.get_by_id(appointment_id)
    # A post that started after `end` cannot end before it began: end it on its first day.
    a.end_date = max(end, a.start_date) if a.start_date else end
    a.save()


def current_appointments(official_id: int) -> list[AppointmentRecord]:
    query = (Appointment.select(Appointment, Unit).join(Unit)
             .where((Appointment.official == official_id) & Appointment.end_date.is_null()))
    return [_appointment_record(a, a.unit.name) for a in query]


def current_acting_holders(unit_id: int, post_title: str) -> list[AppointmentRecord]:
    """Current Plt/Plh/Pj appointments to this post (same unit, same title, any case)."""
    title = " ".join(post_title.split()).lower()  # stored titles have single spaces
    query = (Appointment.select(Appointment, Unit).join(Unit)
             .where((Appointment.unit == unit_id) & Appointment.end_date.is_null()
                    & Appointment.filling.in_(("plt", "plh", "pj"))
                    & (fn.lower(Appointment.post_title) == title)))
    return [_appointment_record(a, a.unit.name) for a in query]


def latest_ended_before(official_id: int, start: date | None) -> AppointmentRecord | None:
    """The official's most recent appointment that ended before `start` (their previous post)."""
    query = (Appointment.select(Appointment, Unit).join(Unit)
             .where((Appointment.official == official_id) & Appointment.end_date.is_null(False)))
    if start:
        query = query.where(Appointment.end_date < start)
    a = query.order_by(Appointment.end_date.desc(), Appointment.id.desc()).first()
    return _appointment_record(a, a.unit.name) if a else None


# Signatories and inaugurations --------------------------------------------------------------

def list_signatories() -> list[SignatoryRecord]:
    return [SignatoryRecord(s.id, s.name, s.title, s.role, s.nip, s.rank)
            for s in Signatory.select().where(Signatory.active == True)  # noqa: E712
            .order_by(Signatory.id)]


def ensure_signatory(name: str, title: str, role: str, nip: str | None = None,
                     rank: str | None = None) -> int:
    existing = Signatory.select().where((Signatory.role == role) & (Signatory.name == name)).first()
    if existing:
        return existing.id
    return Signatory.create(name=name, title=title, role=role, nip=nip, rank=rank).id


def signatory(signatory_id: int) -> SignatoryRecord:
    s = Signatory.get_or_none(Signatory.id == signatory_id)
    if s is None:
        raise NotFoundError(f"Penandatangan dengan id {signatory_id} tidak ditemukan.")
    return SignatoryRecord(s.id, s.name, s.title, s.role, s.nip, s.rank)


def signatory_by_role(role: str) -> SignatoryRecord | None:
    """The first active signatory with this role (bupati, wakil_bupati, sekda), if any."""
    s = Signatory.select().where((Signatory.role == role) & (Signatory.active == True)  # noqa: E712
                                 ).order_by(Signatory.id).first()
    return SignatoryRecord(s.id, s.name, s.title, s.role, s.nip, s.rank) if s else None


def update_signatory(signatory_id: int, name: str, title: str, nip: str | None,
                     rank: str | None) -> bool:
    """Write a signatory's name, title, NIP and rank; return True if anything changed."""
    s = Signatory.get_or_none(Signatory.id == signatory_id)
    if s is None:
        raise NotFoundError(f"Penandatangan dengan id {signatory_id} tidak ditemukan.")
    values = dict(name=name, title=title, nip=nip, rank=rank)
    if all(getattr(s, k) == v for k, v in values.items()):
        return False
    for key, value in values.items():
        setattr(s, key, value)
    s.save()
    return True


def count_officials() -> int:
    return Official.select().count()


def insert_inauguration(day: date, place: str, signatory_id: int | None,
                        inaugurated_by: str, note: str) -> int:
    return Inauguration.create(date=day, place=place, inaugurating_signatory=signatory_id,
                               inaugurated_by=inaugurated_by, note=note).id


def find_inauguration(day: date, place: str) -> int | None:
    row = Inauguration.select(Inauguration.id).where(
        (Inauguration.date == day) & (fn.lower(Inauguration.place) == place.lower())).first()
    return row.id if row else None


def inauguration_on(day: date) -> int | None:
    row = Inauguration.select(Inauguration.id).where(Inauguration.date == day).first()
    return row.id if row else None


def inauguration_date(inauguration_id: int | None) -> date | None:
    if inauguration_id is None:
        return None
    row = Inauguration.get_or_none(Inauguration.id == inauguration_id)
    return row.date if row else None


# Settings -----------------------------------------------------------------------------------

def get_setting(key: str, default: str = "") -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else default


def set_setting(key: str, value: str) -> None:
    Setting.insert(key=key, value=value).on_conflict_replace().execute()


def table_counts() -> dict[str, int]:
    return {model._meta.table_name: model.select().count()
            for model in (Unit, Official, Appointment, Inauguration, Signatory)}
