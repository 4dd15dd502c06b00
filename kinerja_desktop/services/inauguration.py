"""Inaugurations: recording one (posts opened and closed), listing, correcting, deleting."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kinerja_desktop.domain import ranks, vocab
from kinerja_desktop.domain.dates import day_before
from kinerja_desktop.domain.periods import HUNDRED_DAYS, default_end
from kinerja_desktop.domain.officials import (AppointmentInput, AppointmentRecord,
                                              InaugurationInput, main_post_key, post_display,
                                              raise_if_errors, validate_inauguration)
from kinerja_desktop.errors import KinerjaError, NotFoundError, Problem
from kinerja_desktop.storage import inauguration_repo
from kinerja_desktop.storage import official_repo as repo
from kinerja_desktop.storage import roster_repo
from kinerja_desktop.storage.database import Database, current_operator
from kinerja_desktop.storage.evaluation_repo import audit
from kinerja_desktop.storage.inauguration_repo import InaugurationRow


@dataclass
class InaugurationResult:
    """What recording an inauguration did, for the user to see."""

    inauguration_id: int
    appointment_ids: list[int] = field(default_factory=list)
    ended: list[AppointmentRecord] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def record_inauguration(db: Database, data: InaugurationInput) -> InaugurationResult:
    """Save an inauguration in one transaction.

    Each inaugurated official's current posts end the day before (unless the new post is itself
    acting), and any current Plt/Plh/Pj holder of the same post is ended too.
    """
    problems = validate_inauguration(data)
    officials = {}
    for number, item in enumerate(data.items, start=1):
        try:
            officials[item.official_id] = repo.get_official(db, item.official_id)
        except NotFoundError as exc:
            problems.append(Problem("pejabat", str(exc), row=number))
            continue
        problems += [Problem(p.field, p.message, p.severity, number)
                     for p in ranks.rank_warnings(officials[item.official_id].rank, item.eselon)]
    warnings = raise_if_errors(problems)
    inaugurated_by = data.inaugurated_by
    if data.inaugurating_signatory_id is not None:
        # Looked up even when a name is given: an unknown id must not reach the foreign key.
        signer = repo.signatory(db, data.inaugurating_signatory_id)
        inaugurated_by = inaugurated_by or f"{signer.name}, {signer.title}"
    end = day_before(data.date)
    touched: set[int] = set()
    with db.atomic():
        result = InaugurationResult(repo.insert_inauguration(
            db, data.date, " ".join(data.place.split()), data.inaugurating_signatory_id,
            inaugurated_by, data.note.strip()), warnings=warnings)
        for item in data.items:
            unit_id, _ = repo.ensure_unit(db, item.unit_name)
            previous: list[AppointmentRecord] = []
            if not vocab.is_temporary(item.filling):
                previous = sorted(repo.current_appointments(db, item.official_id),
                                  key=lambda a: main_post_key(a.filling, a.eselon,
                                                              a.start_date, a.id))
                acting = [a for a in repo.current_acting_holders(db, unit_id, item.post_title)
                          if a.official_id != item.official_id]
                for appointment in previous + acting:
                    repo.end_appointment(db, appointment.id, end)
                    touched.add(appointment.official_id)
                result.ended += previous + acting
            previous_text = " sekaligus ".join(post_display(a.post_title, a.filling)
                                               for a in previous)
            new_post = AppointmentInput(item.post_title, item.unit_name, item.eselon,
                                        item.filling, item.decree_number, item.decree_date,
                                        start_date=data.date, previous_post=previous_text)
            result.appointment_ids.append(
                repo.insert_appointment(db, item.official_id, new_post, unit_id,
                                        result.inauguration_id))
            touched.add(item.official_id)
        roster_repo.refresh(db, touched)
    return result


def inaugurations(db: Database) -> list[InaugurationRow]:
    """The recorded inaugurations, the latest first (Pelantikan → Daftar pelantikan)."""
    return inauguration_repo.list_inaugurations(db)


def dependents(db: Database, inauguration_id: int) -> str:
    """What depends on an inauguration, in words; empty when nothing does.

    "Depends": a program (100 days or routine) on a post the inauguration filled, whose day 1
    is that inauguration's date, or a handover of such a post. The posts themselves are the
    inauguration's own and go with it."""
    posts = inauguration_repo.appointment_ids(db, inauguration_id)
    parts = []
    programs = inauguration_repo.dependent_programs(db, posts)
    if programs:
        parts.append(f"{len(programs)} program kinerja ({', '.join(programs)})")
    handovers = inauguration_repo.dependent_handovers(db, posts)
    if handovers:
        parts.append(f"{handovers} berita acara serah terima jabatan")
    return " dan ".join(parts)


def correct_inauguration(db: Database, inauguration_id: int, place: str, inaugurated_by: str,
                         note: str, reason: str, actor: str | None = None) -> None:
    """Correct the place, inaugurating official's name or note, with a reason in the history.

    The date is corrected by change_inauguration_date: it is day 1 of the 100-day programs and
    the start of every post filled, which move with it."""
    if not reason.strip():
        raise KinerjaError("Tuliskan alasan koreksi pelantikan; alasan dicatat di riwayat "
                           "perubahan.")
    if not place.strip():
        raise KinerjaError("Tempat pelantikan wajib diisi.")
    before = inauguration_repo.get(db, inauguration_id)
    with db.atomic():
        inauguration_repo.update(db, inauguration_id, " ".join(place.split()),
                                 inaugurated_by.strip(), note.strip())
        audit(db, actor or current_operator(), "koreksi_pelantikan", "inauguration",
              before.uuid, f"Pelantikan {before.date:%d-%m-%Y} dikoreksi: {reason.strip()}",
              {"alasan": reason.strip(), "tempat_semula": before.place,
               "pelantik_semula": before.inaugurated_by, "catatan_semula": before.note})


def delete_inauguration(db: Database, inauguration_id: int, reason: str = "",
                        actor: str | None = None) -> None:
    """Delete an inauguration recorded by mistake while nothing depends on it: the posts it
    filled go, and the posts it closed the day before (the officials' own, and acting holders
    of the same posts) are open again."""
    row = inauguration_repo.get(db, inauguration_id)
    depends = dependents(db, inauguration_id)
    if depends:
        raise KinerjaError(f"Pelantikan {row.date:%d-%m-%Y} tidak dapat dihapus karena "
                           f"{depends} bergantung padanya. Hapus data itu dahulu.")
    posts = inauguration_repo.posts(db, inauguration_id)
    closed_on = day_before(row.date)
    officials = sorted({official for official, _, _ in posts})
    with db.atomic():
        own = inauguration_repo.appointment_ids(db, inauguration_id)
        inauguration_repo.delete(db, inauguration_id, own)
        closed = inauguration_repo.ended_on(db, officials, closed_on)
        acting = inauguration_repo.ended_acting(db, [(u, t) for _, u, t in posts], closed_on)
        inauguration_repo.reopen(db, sorted(set(closed + acting)))
        audit(db, actor or current_operator(), "hapus_pelantikan", "inauguration", row.uuid,
              f"Pelantikan {row.date:%d-%m-%Y} di {row.place} dihapus"
              + (f": {reason.strip()}" if reason.strip() else "."),
              {"pejabat": list(row.officials), "alasan": reason.strip()})
        roster_repo.refresh(db, set(officials) | set(
            repo.appointment_owner(db, a) for a in closed + acting))


def _date_plan(db: Database, inauguration_id: int, new: date) -> tuple[
        InaugurationRow, list[tuple[int, date]], str]:
    """The programs a new date moves, and what it changes in words; refused (KinerjaError)
    when an evaluation exists, since it was made against the old period."""
    row = inauguration_repo.get(db, inauguration_id)
    posts = inauguration_repo.appointment_ids(db, inauguration_id)
    programs = inauguration_repo.programs_of(db, posts)
    if inauguration_repo.evaluation_count(db, [p for p, _, _ in programs]):
        raise KinerjaError("Tanggal pelantikan tidak dapat dikoreksi: program 100 harinya sudah "
                           "dievaluasi menurut tanggal yang lama.")
    moved = [(p, default_end(HUNDRED_DAYS, new)) for p, kind, start in programs
             if kind == HUNDRED_DAYS and start == row.date]
    effects = (f"Tanggal mulai {len(posts)} jabatan yang diisi menjadi {new:%d-%m-%Y} dan "
               f"jabatan yang ditutupnya berakhir {day_before(new):%d-%m-%Y}.")
    if moved:
        effects += (f" Hari pertama {len(moved)} program 100 hari menjadi {new:%d-%m-%Y}, hari "
                    f"ke-100 {default_end(HUNDRED_DAYS, new):%d-%m-%Y}; tenggat targetnya "
                    f"bergeser {(new - row.date).days:+d} hari.")
    return row, moved, effects


def date_change_effects(db: Database, inauguration_id: int, new: date) -> str:
    """What moving the inauguration to `new` changes, to show before asking."""
    return _date_plan(db, inauguration_id, new)[2]


def change_inauguration_date(db: Database, inauguration_id: int, new: date, reason: str,
                             actor: str | None = None) -> str:
    """Move an inauguration to another date with everything that follows from it, in one
    transaction (the date is day 1 of its 100-day programs); returns what changed."""
    if not reason.strip():
        raise KinerjaError("Tuliskan alasan koreksi pelantikan; alasan dicatat di riwayat "
                           "perubahan.")
    with db.atomic():
        row, moved, effects = _date_plan(db, inauguration_id, new)
        if new == row.date:
            return ""
        posts = inauguration_repo.posts(db, inauguration_id)
        officials = sorted({o for o, _, _ in posts})
        closed = (inauguration_repo.ended_on(db, officials, day_before(row.date))
                  + inauguration_repo.ended_acting(db, [(u, t) for _, u, t in posts],
                                                   day_before(row.date)))
        inauguration_repo.move_date(db, inauguration_id, row.date, new, closed, moved,
                                    new - row.date)
        audit(db, actor or current_operator(), "koreksi_pelantikan", "inauguration", row.uuid,
              f"Tanggal pelantikan {row.date:%d-%m-%Y} dikoreksi menjadi {new:%d-%m-%Y}: "
              f"{reason.strip()}", {"alasan": reason.strip(), "akibat": effects})
        roster_repo.refresh(db, set(officials) | {repo.appointment_owner(db, a)
                                                 for a in closed})
    return effects
