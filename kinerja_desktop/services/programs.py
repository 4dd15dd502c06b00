"""Programs and their targets: creating, editing in place, agreeing, copying and templates.

Every call is one transaction, so the editor saves each change at once. Calls that change or
remove something return what is needed to undo them (the old values, or a Snapshot).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from collections.abc import Callable

from kinerja_desktop.domain import programs as rules
from kinerja_desktop.domain.dates import format_date
from kinerja_desktop.domain.officials import raise_if_errors
from kinerja_desktop.domain.periods import HUNDRED_DAYS
from kinerja_desktop.domain.programs import (DevelopmentPriority, ProgramInput, ProgramRecord,
                                             StatusChange, TargetInput, TargetRecord,
                                             TemplateRecord)
from kinerja_desktop.domain.concurrent_edit import three_way
from kinerja_desktop.errors import KinerjaError, NotFoundError, Problem, ValidationError
from kinerja_desktop.services.stale_save import stale_save_error
from kinerja_desktop.storage import official_repo
from kinerja_desktop.storage import program_repo as repo
from kinerja_desktop.storage.database import Database
from kinerja_desktop.storage.program_repo import Snapshot


@dataclass
class InaugurationPrograms:
    """The 100-day programs of an inauguration: made now, or there already."""

    created: list[int] = field(default_factory=list)
    existing: list[int] = field(default_factory=list)


class ProgramService:
    """Program and target use cases over one open database."""

    def __init__(self, db: Database, today: Callable[[], date] = date.today):
        self.db = db
        self.today = today  # a clock the tests can set

    # Reading ----------------------------------------------------------------------------------
    def programs_of_official(self, official_id: int,
                             with_stats: bool = True) -> list[ProgramRecord]:
        """The official's programs, newest first; without stats, target figures stay 0 (the
        editor counts the selected program from the targets it reads anyway)."""
        return repo.programs_of_official(self.db, official_id, with_stats)

    def program(self, program_id: int) -> ProgramRecord:
        return repo.get_program(self.db, program_id)

    def inauguration_dates(self) -> list[date]:
        return repo.inauguration_dates(self.db)

    def all_programs(self) -> list[ProgramRecord]:
        return repo.all_programs(self.db)

    def program_ids(self, nip: str | None = None) -> list[int]:
        return repo.program_ids(self.db, nip)

    def targets(self, program_id: int) -> list[TargetRecord]:
        return repo.list_targets(self.db, program_id)

    def target(self, target_id: int) -> TargetRecord:
        return repo.get_target(self.db, target_id)

    def status_history(self, program_id: int) -> list[StatusChange]:
        return repo.status_history(self.db, program_id)

    def priorities(self, include_inactive: bool = False) -> list[DevelopmentPriority]:
        return repo.list_priorities(self.db, include_inactive)

    def templates(self) -> list[TemplateRecord]:
        return repo.list_templates(self.db)

    # Programs ---------------------------------------------------------------------------------
    def create_program(self, appointment_id: int | None, data: ProgramInput,
                       copy_from: int | None = None) -> int:
        """A new draft program for a post, optionally with the targets of an earlier one.
        No post (None, a form with none chosen) is refused like any other missing field."""
        data = data.resolved()
        problems = rules.validate_program(data)
        if appointment_id is None:
            raise ValidationError([Problem("jabatan", "Pilih jabatan yang menjadi dasar "
                                                      "program."), *problems])
        raise_if_errors(problems)
        official_repo.appointment_owner(self.db, appointment_id)  # NotFoundError for a wrong id
        with self.db.atomic():
            program_id = repo.insert_program(self.db, appointment_id, data)
            if copy_from is not None:
                self._copy_into(program_id, copy_from)
        return program_id

    def update_program(self, program_id: int, data: ProgramInput,
                       seen: ProgramInput | None = None, overwrite: bool = False
                       ) -> ProgramInput:
        """Change a draft program's own fields; return the old ones. `seen`, `overwrite`: as
        for update_target (only the fields changed since `seen` are written; the same field
        changed by a colleague is a StaleSaveError unless `overwrite`)."""
        with self.db.atomic():
            repo.lock_program(self.db, program_id)
            current = repo.get_program(self.db, program_id, with_stats=False)
            self._require_draft(current.status)
            data = data.resolved()
            if seen is not None:
                data, clashes = three_way(seen.resolved(), data, current.as_input())
                if clashes and not overwrite:
                    self._refuse(f"program '{current.display_title}'", "program", program_id,
                                 clashes, data, current.as_input())
            self._check_program(program_id, data)
            repo.update_program(self.db, program_id, data)
        return current.as_input()

    def _check_program(self, program_id: int, data: ProgramInput) -> None:
        problems = rules.validate_program(data)
        if not problems:
            # A valid program, resolved, has both dates.
            assert data.start_date is not None and data.end_date is not None
            for number, target in enumerate(repo.target_inputs(self.db, program_id), start=1):
                if target.due_date and not data.start_date <= target.due_date <= data.end_date:
                    problems.append(Problem("tanggal_mulai", f"Tenggat target '{target.title}' "
                                            f"akan berada di luar masa program.", row=number))
        raise_if_errors(problems)

    def delete_program(self, program_id: int) -> None:
        """Delete a draft program with its targets, reports and evidence."""
        self._require_draft(repo.program_status(self.db, program_id), "dihapus")
        from kinerja_desktop.storage import evaluation_repo
        if evaluation_repo.count_for_program(self.db, program_id):
            raise KinerjaError("Program ini sudah pernah dievaluasi, jadi tidak dapat dihapus; "
                               "evaluasinya tetap tersimpan.")
        with self.db.atomic():
            repo.delete_program(self.db, program_id)

    def create_for_inauguration(self, day: date,
                                scheme: str = rules.DEFAULT_SCHEME) -> InaugurationPrograms:
        """One 100-day program per appointment made at the inauguration(s) of `day`; programs
        already there are kept, so running it twice changes nothing."""
        if repo.inauguration_count(self.db, day) == 0:
            raise NotFoundError(f"Tidak ada pelantikan pada tanggal {format_date(day)}.")
        result = InaugurationPrograms()
        with self.db.atomic():
            for appointment_id, start in repo.inauguration_appointments(self.db, day):
                start = start or day
                existing = repo.find_program(self.db, appointment_id, HUNDRED_DAYS, start)
                if existing is not None:
                    result.existing.append(existing)
                    continue
                data = ProgramInput(HUNDRED_DAYS, start, scheme=scheme).resolved()
                result.created.append(repo.insert_program(self.db, appointment_id, data))
        return result

    def change_status(self, program_id: int, new_status: str, reason: str = "") -> None:
        """Step the status forward (agreeing needs complete targets) or back with a reason."""
        current = repo.get_program(self.db, program_id, with_stats=False)
        problems = rules.check_status_change(current.status, new_status, reason)
        if not problems and current.status == "draft" and new_status == "disepakati":
            problems = rules.validate_agreement(current.kind,
                                                repo.target_inputs(self.db, program_id))
        raise_if_errors(problems)
        with self.db.atomic():
            repo.set_status(self.db, program_id, current.status, new_status, reason)

    # Targets ----------------------------------------------------------------------------------
    def _require_draft(self, status: str, action: str = "diubah") -> None:
        if status != "draft":
            if action == "diubah":
                raise KinerjaError(rules.targets_locked_message(status))
            raise KinerjaError(f"Program berstatus {rules.label(rules.STATUSES, status)} tidak "
                               f"dapat {action}; kembalikan ke Draft dengan alasan tertulis "
                               f"terlebih dahulu.")

    def _check_target(self, program: ProgramRecord, data: TargetInput) -> list[Problem]:
        problems = rules.validate_target(data, program.start_date, program.end_date)
        if (data.priority_link_id is not None
                and not repo.priority_exists(self.db, data.priority_link_id)):
            problems.append(Problem("prioritas_pembangunan", "Prioritas pembangunan yang dipilih "
                                                             "tidak ada lagi."))
        return raise_if_errors(problems)

    def _editable_program(self, program_id: int) -> ProgramRecord:
        program = repo.get_program(self.db, program_id, with_stats=False)
        self._require_draft(program.status)
        return program

    def add_target(self, program_id: int, data: TargetInput, position: int | None = None) -> int:
        program = self._editable_program(program_id)
        self._check_target(program, data)
        with self.db.atomic():
            return repo.insert_target(self.db, program_id, data, position)

    def update_target(self, target_id: int, data: TargetInput, seen: TargetInput | None = None,
                      overwrite: bool = False) -> TargetInput:
        """Save a target's fields; return the old ones (for undo). `seen`: the target as the
        editor showed it before this edit. Only the fields changed since then are written, so
        that a colleague's change to another field stays; where they changed the same field
        to another value, StaleSaveError says who, when and what, and nothing is written,
        unless `overwrite` (the user chose their own)."""
        program = self._editable_program(repo.target_program(self.db, target_id))
        self._check_target(program, data)
        with self.db.atomic():
            repo.lock_target(self.db, target_id)
            old = repo.get_target(self.db, target_id).data
            if seen is not None:
                data, clashes = three_way(seen, data, old)
                if clashes and not overwrite:
                    self._refuse(f"target '{old.title}'", "target", target_id, clashes, data,
                                 old)
                if data != old:
                    self._check_target(program, data)  # the merge of both is checked too
            repo.update_target(self.db, target_id, data)
        return old

    def _refuse(self, record: str, table: str, record_id: int, clashes: list[str],
                mine: object, stored: object) -> None:
        raise stale_save_error(self.db, record, table, record_id, clashes, mine, stored,
                               {"weight": "weight_bp"})

    def delete_target(self, target_id: int) -> Snapshot:
        """Delete a target with its reports and evidence; return what undo puts back."""
        self._editable_program(repo.target_program(self.db, target_id))
        with self.db.atomic():
            snapshot = repo.snapshot_target(self.db, target_id)
            repo.delete_target(self.db, target_id)
        return snapshot

    def move_target(self, target_id: int, new_index: int) -> int:
        """Move a target in its program's order; return the old index."""
        self._editable_program(repo.target_program(self.db, target_id))
        with self.db.atomic():
            return repo.move_target(self.db, target_id, new_index)

    def restore_targets(self, snapshots: list[Snapshot]) -> None:
        """Put deleted targets back (undo), refused if their program is now locked.

        `snapshots` come in the order the targets were deleted (as delete_targets returns
        them); each was taken after the deletions before it, so they go back last first.
        """
        with self.db.atomic():
            for snapshot in reversed(snapshots):
                program_id = snapshot.rows[0][1][0]["program"]
                self._editable_program(program_id)
                repo.restore(self.db, snapshot)

    def delete_targets(self, target_ids: list[int]) -> list[Snapshot]:
        """Delete several targets in one transaction (undoing a copy, say)."""
        snapshots = []
        with self.db.atomic():
            for target_id in target_ids:
                self._editable_program(repo.target_program(self.db, target_id))
                snapshots.append(repo.snapshot_target(self.db, target_id))
                repo.delete_target(self.db, target_id)
        return snapshots

    # Copies and templates -------------------------------------------------------------------
    def _copy_into(self, program_id: int, source_program_id: int) -> list[int]:
        program = self._editable_program(program_id)
        source = repo.get_program(self.db, source_program_id, with_stats=False)
        ids = []
        for data in repo.target_inputs(self.db, source_program_id):
            due = rules.shift_due_date(data.due_date, source.start_date, program.start_date,
                                       program.end_date)
            ids.append(repo.insert_target(self.db, program_id, replace(data, due_date=due)))
        return ids

    def copy_targets(self, source_program_id: int, program_id: int) -> list[int]:
        """Append another program's targets (due dates moved to the same day of this one)."""
        if source_program_id == program_id:
            raise KinerjaError("Pilih program lain sebagai sumber salinan.")
        with self.db.atomic():
            return self._copy_into(program_id, source_program_id)

    def apply_template(self, template_id: int, program_id: int) -> list[int]:
        self._editable_program(program_id)
        template = repo.get_template(self.db, template_id)
        known = {p.id for p in repo.list_priorities(self.db, include_inactive=True)}
        with self.db.atomic():
            return [repo.insert_target(self.db, program_id, replace(
                data, priority_link_id=data.priority_link_id
                if data.priority_link_id in known else None)) for data in template.targets]

    def save_template(self, name: str, program_id: int) -> int:
        name = " ".join(name.split())
        if not name:
            raise ValidationError.single("nama", "Nama templat wajib diisi.")
        if len(name) > rules.MAX_TITLE:
            raise ValidationError.single("nama", "Nama templat terlalu panjang.")
        targets = repo.target_inputs(self.db, program_id)
        if not targets:
            raise KinerjaError("Program ini belum memiliki target untuk dijadikan templat.")
        with self.db.atomic():
            return repo.insert_template(self.db, name, targets)

    def delete_template(self, template_id: int) -> None:
        with self.db.atomic():
            repo.delete_template(self.db, template_id)

    # Development priorities -------------------------------------------------------------------
    def add_priority(self, code: str, title: str) -> int:
        code, title = _check_priority(code, title)
        with self.db.atomic():
            return repo.insert_priority(self.db, code, title)

    def priority(self, priority_id: int) -> DevelopmentPriority:
        return repo.get_priority(self.db, priority_id)

    def update_priority(self, priority_id: int, code: str, title: str, active: bool,
                        seen: DevelopmentPriority | None = None,
                        overwrite: bool = False) -> None:
        """`seen`: the priority as the list showed it; only what changed since is written,
        and the same field changed by a colleague is a StaleSaveError unless `overwrite`."""
        code, title = _check_priority(code, title)
        with self.db.atomic():
            repo.lock_priority(self.db, priority_id)
            if seen is not None:
                stored = repo.get_priority(self.db, priority_id)
                mine = DevelopmentPriority(priority_id, code, title, active)
                merged, clashes = three_way(seen, mine, stored)
                if clashes and not overwrite:
                    raise stale_save_error(self.db, f"prioritas '{stored.display}'",
                                           "development_priority", priority_id, clashes, mine,
                                           stored)
                code, title, active = merged.code, merged.title, merged.active
            repo.update_priority(self.db, priority_id, code, title, active)

    def delete_priority(self, priority_id: int) -> None:
        used = repo.priority_in_use(self.db, priority_id)
        if used:
            raise KinerjaError(f"Prioritas ini dipakai oleh {used} target; nonaktifkan saja "
                               f"agar tidak ditawarkan lagi.")
        with self.db.atomic():
            repo.delete_priority(self.db, priority_id)


def _check_priority(code: str, title: str) -> tuple[str, str]:
    code, title = " ".join(code.split()), " ".join(title.split())
    problems = []
    if not title:
        problems.append(Problem("uraian", "Uraian prioritas pembangunan wajib diisi."))
    elif len(title) > rules.MAX_TITLE:
        problems.append(Problem("uraian", "Uraian prioritas terlalu panjang."))
    if len(code) > 20:
        problems.append(Problem("kode", "Kode prioritas paling banyak 20 huruf."))
    raise_if_errors(problems)
    return code, title
