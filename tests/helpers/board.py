"""A small board through the app's services: three officials, three 100-day programs.

On TODAY (12 September 2019, day 91 of 100):
- Anas Dwisatya (Diskominfo): agreed; SPBE 60 % at 40 of 80 (50 %), TIK 40 % at 4 of 4
  (100 %): progress 70 %; evaluation due in 9 days.
- Rachmat Maulana (Bappeda): still a draft with one target and no report: due, no progress,
  weights not agreed.
- Budi Santoso (Dinkes): agreed, evaluated (final, Baik or better), so Dievaluasi: no flags.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.programs import ProgramInput, ProgressInput, TargetInput
from kinerja_desktop.services.evaluations import EvaluationService
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.progress import ProgressService
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import official_repo

START = date(2019, 6, 14)
TODAY = date(2019, 9, 12)


@dataclass
class Board:
    anas: tuple[int, int]  # (official id, program id)
    rachmat: tuple[int, int]
    budi: tuple[int, int]
    evaluation_id: int
    targets: dict[str, int]  # title -> target id


def _official(db, nip: str, name: str, post: str, unit: str) -> tuple[int, int]:
    roster = RosterService(db)
    official_id, _ = roster.create(OfficialInput(nip, name, rank="IV/b"), [AppointmentInput(
        post, unit, "II.b", "seleksi_terbuka", start_date=START)])
    return official_id, roster.get(official_id).appointments[0].id


def build_board(db) -> Board:
    programs = ProgramService(db, lambda: TODAY)
    progress = ProgressService(db, lambda: TODAY)
    targets = {}

    def program(appointment_id: int, items: list[TargetInput]) -> int:
        program_id = programs.create_program(appointment_id, ProgramInput("100_hari", START))
        for item in items:
            targets[item.title] = programs.add_target(program_id, item)
        return program_id

    anas, post = _official(db, "197203151995031004", "Anas Dwisatya",
                           "Kepala Dinas Kominfo", "Dinas Kominfo")
    anas_program = program(post, [
        TargetInput("inovasi", "Optimalisasi SPBE", target_value=80, unit="%",
                    weight=Decimal(60)),
        TargetInput("target_kinerja", "Integrasi TIK", target_value=4, unit="aplikasi",
                    weight=Decimal(40))])
    progress.add_report(targets["Optimalisasi SPBE"], ProgressInput(date(2019, 8, 1), 20))
    progress.add_report(targets["Optimalisasi SPBE"], ProgressInput(date(2019, 9, 5), 40))
    progress.add_report(targets["Integrasi TIK"], ProgressInput(date(2019, 9, 1), 4))
    programs.change_status(anas_program, "disepakati")

    rachmat, post = _official(db, "197008231993031006", "Rachmat Maulana",
                              "Kepala Bappeda", "Bappeda")
    rachmat_program = program(post, [
        TargetInput("inovasi", "RPJMD digital", target_value=1, unit="dokumen",
                    weight=Decimal(50))])

    budi, post = _official(db, "196805041990021003", "Budi Santoso",
                           "Kepala Dinas Kesehatan", "Dinas Kesehatan")
    budi_program = program(post, [
        TargetInput("inovasi", "Puskesmas keliling", target_value=10, unit="desa",
                    weight=Decimal(100))])
    progress.add_report(targets["Puskesmas keliling"], ProgressInput(date(2019, 9, 10), 9))
    programs.change_status(budi_program, "disepakati")
    official_repo.ensure_signatory(db, "Ratu Tatu Chasanah", "Bupati Serang", "bupati")
    evaluations = EvaluationService(db, lambda: TODAY, actor=lambda: "uji")
    evaluation_id = evaluations.start(budi_program)
    content = evaluations.get(evaluation_id).content
    content = replace(content, targets=[replace(t, realised=Decimal(9))
                                        for t in content.targets],
                      recommendation="lanjutkan")
    evaluations.save_draft(evaluation_id, content)
    evaluations.finalise(evaluation_id)
    return Board((anas, anas_program), (rachmat, rachmat_program), (budi, budi_program),
                 evaluation_id, targets)
