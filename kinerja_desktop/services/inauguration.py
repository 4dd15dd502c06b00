"""Recording an inauguration: new appointments, previous posts and acting holders closed."""

from __future__ import annotations

from dataclasses import dataclass, field

from kinerja_desktop.domain import ranks, vocab
from kinerja_desktop.domain.dates import day_before
from kinerja_desktop.domain.officials import (AppointmentInput, AppointmentRecord,
                                              InaugurationInput, main_post_key, post_display,
                                              raise_if_errors, validate_inauguration)
from kinerja_desktop.errors import NotFoundError, Problem
from kinerja_desktop.storage import official_repo as repo
from kinerja_desktop.storage import roster_repo
from kinerja_desktop.storage.database import Database


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
