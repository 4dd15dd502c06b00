"""Handovers (serah terima jabatan): list, read, create, edit, delete, and a suggestion made
from an inauguration. Every write runs in one transaction and is written to the audit history."""

from __future__ import annotations

from collections.abc import Callable

from kinerja_desktop.domain import vocab
from kinerja_desktop.domain.dates import day_before, format_date
from kinerja_desktop.domain.handover import (HandoverInput, HandoverRecord, HandoverSummary,
                                             validate_handover)
from kinerja_desktop.domain.officials import AppointmentRecord, raise_if_errors
from kinerja_desktop.domain.concurrent_edit import three_way
from kinerja_desktop.errors import NotFoundError, Problem
from kinerja_desktop.services.actor import current_actor
from kinerja_desktop.services.stale_save import stale_save_error
from kinerja_desktop.storage import evaluation_repo
from kinerja_desktop.storage import handover_repo as repo
from kinerja_desktop.storage import official_repo
from kinerja_desktop.storage.database import Database

ENTITY = "serah_terima"


class HandoverService:
    """Handover use cases over one open database."""

    def __init__(self, db: Database, actor: Callable[[], str] = current_actor):
        self.db = db
        self.actor = actor
        self.warnings: list[Problem] = []  # of the last create or update

    # Reading ----------------------------------------------------------------------------------
    def handovers(self) -> list[HandoverSummary]:
        """Every handover, newest first."""
        return repo.list_handovers(self.db)

    def get(self, handover_id: int) -> HandoverRecord:
        return repo.get(self.db, handover_id)

    def find(self, day, outgoing_official_id: int, incoming_official_id: int) -> int | None:
        """The handover between these two officials on this day, if any."""
        return repo.find(self.db, day, outgoing_official_id, incoming_official_id)

    def suggest(self, appointment_id: int | None = None,
                incoming_official_id: int | None = None) -> HandoverInput:
        """A handover prefilled from an appointment (one made at an inauguration, typically),
        or from the incoming official's latest such appointment.

        The outgoing side is the acting holder (Plt/Plh/Pj) of the same post whose appointment
        the inauguration ended (the day before it); failing that, the latest other holder of
        the post. The date is the inauguration's (else the appointment's start), the decree
        the appointment's. Nothing is written.
        """
        if appointment_id is None:
            if incoming_official_id is None:
                return HandoverInput()
            if not repo.official_exists(self.db, incoming_official_id):
                raise NotFoundError(f"Pejabat dengan id {incoming_official_id} tidak "
                                    f"ditemukan.")
            latest = repo.latest_inaugurated_appointment(self.db, incoming_official_id)
            if latest is None:
                return HandoverInput(incoming_official_id=incoming_official_id)
            appointment_id = latest.id
        a = repo.appointment(self.db, appointment_id)
        held = repo.inauguration(self.db, a.inauguration_id)
        day, place = held if held else (a.start_date, "")
        outgoing = self._outgoing_holder(a, day)
        return HandoverInput(
            date=day, place=place, decree_number=a.decree_number, decree_date=a.decree_date,
            post_title=a.post_title, unit_name=a.unit_name,
            outgoing_official_id=outgoing.official_id if outgoing else None,
            outgoing_appointment_id=outgoing.id if outgoing else None,
            incoming_official_id=a.official_id, incoming_appointment_id=a.id)

    def _outgoing_holder(self, a: AppointmentRecord, day) -> AppointmentRecord | None:
        if day is None:
            return None
        holders = repo.holders_before(self.db, a.unit_id, a.post_title, day, a.official_id)
        ended = [h for h in holders if h.end_date == day_before(day)]
        acting = [h for h in ended if vocab.is_temporary(h.filling)]
        found = acting or ended or holders
        return found[0] if found else None

    # Writing ----------------------------------------------------------------------------------
    def create(self, data: HandoverInput) -> int:
        """Save a new handover; return its id (warnings are left in self.warnings)."""
        self.warnings = self._check(data)
        with self.db.atomic():
            unit_id, _ = official_repo.ensure_unit(self.db, data.unit_name)
            handover_id = repo.insert(self.db, data, unit_id)
            record = repo.get(self.db, handover_id)
            evaluation_repo.audit(self.db, self.actor(), "buat", ENTITY, record.uuid,
                                  _summary(record), _details(record))
        return handover_id

    def update(self, handover_id: int, data: HandoverInput, seen: HandoverInput | None = None,
               overwrite: bool = False) -> None:
        """Replace a handover's fields and lists. `seen`: the handover as the dialog loaded
        it; only the fields (a list counts as one) changed since are written, and the same
        field changed by a colleague is a StaleSaveError unless `overwrite`."""
        repo.get(self.db, handover_id)
        self.warnings = self._check(data)
        with self.db.atomic():
            repo.lock(self.db, handover_id)
            if seen is not None:
                stored = repo.get(self.db, handover_id)
                data, clashes = three_way(seen, data, stored.as_input())
                if clashes and not overwrite:
                    raise stale_save_error(
                        self.db, f"serah terima jabatan {stored.post_title}", "handover",
                        handover_id, clashes, data, stored.as_input(),
                        {"witnesses": "witnesses_json"})
                self.warnings = self._check(data)  # the merge of both is checked too
            unit_id, _ = official_repo.ensure_unit(self.db, data.unit_name)
            repo.update(self.db, handover_id, data, unit_id)
            record = repo.get(self.db, handover_id)
            evaluation_repo.audit(self.db, self.actor(), "ubah", ENTITY, record.uuid,
                                  _summary(record), _details(record))

    def delete(self, handover_id: int) -> None:
        with self.db.atomic():
            record = repo.get(self.db, handover_id)
            repo.delete(self.db, handover_id)
            evaluation_repo.audit(self.db, self.actor(), "hapus", ENTITY, record.uuid,
                                  _summary(record), _details(record))

    def audit_trail(self, handover_id: int):
        return evaluation_repo.audit_trail(self.db, [repo.uuid_of(self.db, handover_id)])

    # Helpers ----------------------------------------------------------------------------------
    def _check(self, data: HandoverInput) -> list[Problem]:
        """Every problem of the input, including officials and posts that do not exist or do
        not belong to the side they are given for; raise on errors, return the warnings."""
        problems = validate_handover(data)
        for official_id, appointment_id, side, label in (
                (data.outgoing_official_id, data.outgoing_appointment_id, "pihak_pertama",
                 "yang menyerahkan"),
                (data.incoming_official_id, data.incoming_appointment_id, "pihak_kedua",
                 "yang menerima")):
            if official_id is not None and not repo.official_exists(self.db, official_id):
                problems.append(Problem(side, f"Pejabat {label} tidak ditemukan."))
                continue
            if appointment_id is None:
                continue
            try:
                appointment = repo.appointment(self.db, appointment_id)
            except NotFoundError:
                problems.append(Problem(f"jabatan_{side}", f"Jabatan pejabat {label} tidak "
                                                           f"ditemukan."))
                continue
            if official_id is not None and appointment.official_id != official_id:
                problems.append(Problem(f"jabatan_{side}", f"Jabatan yang dipilih bukan "
                                                           f"jabatan pejabat {label}."))
        return raise_if_errors(problems)


def _summary(record: HandoverRecord) -> str:
    return (f"Serah terima {record.post_title}: {record.outgoing.full_name} kepada "
            f"{record.incoming.full_name}, {format_date(record.date)}")


def _details(record: HandoverRecord) -> dict:
    return {"nomor": record.number, "tanggal": record.date.isoformat(),
            "pihak_pertama": record.outgoing.nip, "pihak_kedua": record.incoming.nip,
            "baris": len(record.items)}
