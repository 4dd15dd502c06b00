"""The officials roster: listing, searching, adding, editing, archiving and deleting."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from collections.abc import Iterable, Sequence
from typing import TypeVar

from kinerja_desktop.domain.nip import parse_nip
from kinerja_desktop.domain.officials import (AppointmentInput, AppointmentRecord,
                                              OfficialInput, OfficialRecord, SignatoryRecord,
                                              UnitRecord, raise_if_errors, validate_appointment,
                                              validate_official)
from kinerja_desktop.domain.options import Option
from kinerja_desktop.domain.roster import RosterFilter, RosterRow
from kinerja_desktop.domain.dates import format_date
from kinerja_desktop.domain.field_labels import field_label
from kinerja_desktop.domain.concurrent_edit import shown_value
from kinerja_desktop.errors import KinerjaError, Problem, StaleSaveError
from kinerja_desktop.services import settings as dataset
from kinerja_desktop.storage import audit_repo
from kinerja_desktop.storage import official_repo as repo
from kinerja_desktop.storage import roster_repo
from kinerja_desktop.storage.database import Database

T = TypeVar("T")


@dataclass
class AppointmentChanges:
    """Edits to an official's appointments made in one dialog session."""

    added: list[AppointmentInput] = field(default_factory=list)
    updated: dict[int, AppointmentInput] = field(default_factory=dict)
    deleted: list[int] = field(default_factory=list)


class RosterService:
    """Roster use cases over one open database."""

    def __init__(self, db: Database):
        self.db = db

    # Reading ----------------------------------------------------------------------------------
    def search(self, f: RosterFilter) -> list[int]:
        return roster_repo.search_ids(self.db, f)

    def rows(self, ids: Sequence[int]) -> dict[int, RosterRow]:
        return roster_repo.fetch_rows(self.db, ids)

    def count(self, status: str = "semua") -> int:
        return roster_repo.count(self.db, status)

    def units(self) -> list[UnitRecord]:
        return repo.list_units(self.db)

    def get(self, official_id: int) -> OfficialRecord:
        return repo.get_official(self.db, official_id)

    def id_by_nip(self, nip: str) -> int | None:
        return repo.official_id_by_nip(self.db, nip)

    def has_history(self, official_id: int) -> bool:
        # Imported here: the handover's domain is not needed by the roster's first screen.
        from kinerja_desktop.storage import handover_repo
        # A handover names officials (ON DELETE RESTRICT): it is history too.
        return (repo.count_appointments(self.db, official_id) > 0
                or handover_repo.count_for_official(self.db, official_id) > 0)

    def signatories(self) -> list[SignatoryRecord]:
        return repo.list_signatories(self.db)

    def acting_holders(self, unit_id: int, post_title: str) -> list[AppointmentRecord]:
        """Current Plt/Plh/Pj appointments to this post, which an inauguration would end."""
        return repo.current_acting_holders(self.db, unit_id, post_title)

    def setting(self, option: Option[T]) -> T:
        """A dataset setting (stored in the database) by its declaration in domain/options."""
        return dataset.get(self.db, option)

    # Writing ----------------------------------------------------------------------------------
    def create(self, data: OfficialInput,
               appointments: Iterable[AppointmentInput] = ()) -> tuple[int, list[Problem]]:
        """Add an official (and optionally their appointments); return the id and warnings."""
        appointments = list(appointments)
        warnings = self._check(data, appointments)
        info = parse_nip(data.nip)
        with self.db.atomic():
            official_id = repo.insert_official(self.db, data, info)
            for appointment in appointments:
                self._insert_appointment(official_id, appointment)
            roster_repo.refresh(self.db, [official_id])
        return official_id, warnings

    def update(self, official_id: int, data: OfficialInput) -> list[Problem]:
        current = repo.get_official(self.db, official_id)
        warnings = self._check(data, [a.as_input() for a in current.current_appointments()])
        with self.db.atomic():
            repo.update_official(self.db, official_id, data, parse_nip(data.nip))
            roster_repo.refresh(self.db, [official_id])
        return warnings

    def add_appointment(self, official_id: int,
                        data: AppointmentInput) -> tuple[int, list[Problem]]:
        rank = repo.get_official(self.db, official_id).rank
        warnings = raise_if_errors(validate_appointment(data, rank))
        with self.db.atomic():
            appointment_id = self._insert_appointment(official_id, data)
            roster_repo.refresh(self.db, [official_id])
        return appointment_id, warnings

    def update_appointment(self, appointment_id: int, data: AppointmentInput) -> list[Problem]:
        official_id = repo.appointment_owner(self.db, appointment_id)
        rank = repo.get_official(self.db, official_id).rank
        warnings = raise_if_errors(validate_appointment(data, rank))
        with self.db.atomic():
            unit_id, _ = repo.ensure_unit(self.db, data.unit_name)
            repo.update_appointment(self.db, appointment_id, data, unit_id)
            roster_repo.refresh(self.db, [official_id])
        return warnings

    def delete_appointment(self, appointment_id: int) -> None:
        official_id = repo.appointment_owner(self.db, appointment_id)
        with self.db.atomic():
            repo.delete_appointment(self.db, appointment_id)
            roster_repo.refresh(self.db, [official_id])

    def set_active(self, official_id: int, active: bool) -> None:
        with self.db.atomic():
            repo.get_official(self.db, official_id)
            repo.set_active(self.db, official_id, active)
            roster_repo.refresh(self.db, [official_id])

    def delete(self, official_id: int) -> None:
        """Delete an official without history; one with history must be archived instead."""
        if self.has_history(official_id):
            raise KinerjaError("Pejabat ini memiliki riwayat jabatan, jadi tidak dapat dihapus; "
                               "arsipkan saja.")
        with self.db.atomic():
            repo.get_official(self.db, official_id)
            repo.delete_official(self.db, official_id)
            # roster_entry goes by ON DELETE CASCADE; the search index has no foreign key.
            roster_repo.refresh(self.db, [official_id])

    def save(self, official_id: int | None, data: OfficialInput,
             changes: AppointmentChanges, seen: OfficialRecord | None = None,
             overwrite: bool = False) -> tuple[int, list[Problem]]:
        """Save an official and the edits to their appointments in one transaction (the
        official dialog's OK). `seen`: the official as the dialog loaded them; when someone
        else changed them since, StaleSaveError says who, when and what, and nothing is
        written, unless `overwrite` (the user chose to keep their own)."""
        existing = (repo.get_official(self.db, official_id).appointments
                    if official_id is not None else [])
        remaining = [a.as_input() for a in existing
                     if a.id not in changes.deleted and a.id not in changes.updated]
        warnings = self._check(data, remaining + list(changes.updated.values())
                               + list(changes.added))
        info = parse_nip(data.nip)
        with self.db.atomic():
            if official_id is None:
                official_id = repo.insert_official(self.db, data, info)
            else:
                if seen is not None and not overwrite:
                    repo.lock_official(self.db, official_id)
                    self._refuse_if_changed(official_id, seen, data)
                repo.update_official(self.db, official_id, data, info)
            for appointment_id in changes.deleted:
                if repo.appointment_owner(self.db, appointment_id) == official_id:
                    repo.delete_appointment(self.db, appointment_id)
            for appointment_id, appointment in changes.updated.items():
                if repo.appointment_owner(self.db, appointment_id) == official_id:
                    unit_id, _ = repo.ensure_unit(self.db, appointment.unit_name)
                    repo.update_appointment(self.db, appointment_id, appointment, unit_id)
            for appointment in changes.added:
                self._insert_appointment(official_id, appointment)
            roster_repo.refresh(self.db, [official_id])
        return official_id, warnings

    def _refuse_if_changed(self, official_id: int, seen: OfficialRecord,
                           data: OfficialInput) -> None:
        """StaleSaveError when the stored official differs from what the dialog loaded."""
        current = repo.get_official(self.db, official_id)
        if current == seen:
            return
        differences = []
        for name in ("nip", "name", "front_title", "back_title", "rank", "active"):
            if getattr(seen, name) != getattr(current, name):
                differences.append((field_label("official", name),
                                    shown_value(getattr(data, name)),
                                    shown_value(getattr(current, name))))
        if seen.appointments != current.appointments:
            differences.append(("Riwayat jabatan", "seperti saat dibuka", "diubah"))
        last = audit_repo.last_change_of_official(self.db, official_id)
        by, when = (last[0], format_moment(last[1])) if last else ("", "")
        raise StaleSaveError(f"pejabat '{current.full_name}'", by, when, differences)

    # Helpers ----------------------------------------------------------------------------------
    @staticmethod
    def _check(data: OfficialInput, appointments: list[AppointmentInput]) -> list[Problem]:
        problems = validate_official(data)
        for appointment in appointments:
            problems += validate_appointment(appointment, data.rank)
        return raise_if_errors(problems)

    def _insert_appointment(self, official_id: int, data: AppointmentInput,
                            inauguration_id: int | None = None) -> int:
        unit_id, _ = repo.ensure_unit(self.db, data.unit_name)
        return repo.insert_appointment(self.db, official_id, data, unit_id, inauguration_id)


def format_moment(utc: datetime) -> str:
    """A stored UTC time as this PC's local time: '7 Desember 2026 13.50'."""
    local = utc.replace(tzinfo=UTC).astimezone()
    return f"{format_date(local.date())} {local:%H.%M}"
