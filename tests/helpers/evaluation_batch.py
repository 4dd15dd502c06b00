"""A database of several final evaluations for batch printing: one official per evaluation, the
four official forms in turn, emblems and scanned signatures stored (built through the services)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from kinerja_desktop.domain.evidence import EvidenceFile
from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.programs import ProgramInput, ProgressInput, TargetInput
from kinerja_desktop.reports.samples import sample_png
from kinerja_desktop.services import setup
from kinerja_desktop.services.evaluations import EvaluationService
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.progress import ProgressService
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import document_repo, official_repo

START = date(2019, 6, 14)
TODAY = date(2019, 9, 25)
SCHEMES = ("capaian_berbobot", "permenpanrb_6_2022", "pp46_2011", "pp30_2019")
# NIPs of men born in the 1970s (yyyymmdd), appointed March 1995, sequence numbers 001, 002 …
NIPS = tuple(f"19{70 + n % 10:02d}0{1 + n % 9}1{5 + n % 4}1995031{n + 1:03d}" for n in range(40))
NAMES = ("Anas Dwisatya", "Rachmat Maulana", "Budi Santoso", "Dedi Supriadi", "Asep Hidayat",
         "Hendra Gunawan", "Iwan Setiawan", "Ujang Suryana")


def build_batch(db, count: int = 4) -> list[int]:
    """`count` final evaluations (ids in the order final_evaluations lists them)."""
    setup.save_settings(db, replace(
        setup.load_settings(db), institution="Pemerintah Kabupaten Serang", place="Serang",
        agency="Sekretariat Daerah", address="Jl. Veteran No. 1, Serang",
        emblem_png=sample_png(200, 240, "emblem"),
        national_emblem_png=sample_png(200, 200, "emblem")))
    with db.atomic():
        for name, title, role, nip, rank in (
                ("Ratu Tatu Chasanah", "Bupati Serang", "bupati", None, None),
                ("Pandji Tirtayasa", "Wakil Bupati Serang", "wakil_bupati", None, None),
                ("Tb. Entus Mahmud Sahiri", "Sekretaris Daerah Kabupaten Serang", "sekda",
                 "196501011988031009", "IV/d")):
            signatory = official_repo.ensure_signatory(db, name, title, role, nip, rank)
            document_repo.set_signature_png(db, signatory, sample_png())
    roster = RosterService(db)
    programs = ProgramService(db, lambda: TODAY)
    progress = ProgressService(db, lambda: TODAY)
    evaluations = EvaluationService(db, lambda: TODAY, actor=lambda: "uji")
    for n in range(count):
        scheme = SCHEMES[n % len(SCHEMES)]
        official_id, _ = roster.create(
            OfficialInput(NIPS[n], f"{NAMES[n % len(NAMES)]} {n + 1}", rank="IV/a"),
            [AppointmentInput(f"Kepala Dinas {n + 1}", f"Dinas Uji {n + 1}", "II.b",
                              "seleksi_terbuka", start_date=START)])
        post = roster.get(official_id).appointments[0].id
        program_id = programs.create_program(post, ProgramInput("100_hari", START,
                                                                scheme=scheme))
        first = programs.add_target(program_id, TargetInput(
            "inovasi", f"Rintisan layanan daring nomor {n + 1} di seluruh kecamatan",
            indicator="Layanan berjalan", target_value=5.0, unit="desa", weight=Decimal(60)))
        programs.add_target(program_id, TargetInput(
            "target_kinerja", "Integrasi sistem TIK", indicator="Aplikasi terintegrasi",
            target_value=4.0, unit="aplikasi", weight=Decimal(40)))
        programs.change_status(program_id, "disepakati")
        progress.add_report(first, ProgressInput(START + timedelta(days=40), 3, "tiga desa"),
                            [EvidenceFile("notulen rapat.pdf", b"%PDF-1.4 notulen")])
        _finalise(evaluations, program_id, scheme)
    from kinerja_desktop.services.documents import DocumentService
    return DocumentService(db).final_evaluations()


def _finalise(service: EvaluationService, program_id: int, scheme: str) -> None:
    evaluation_id = service.start(program_id)
    content = service.get(evaluation_id).content
    for t in content.targets:
        t.realised, t.feedback = Decimal(4), "Lengkapi bukti dukung."
        if scheme == "pp46_2011":
            t.perka = replace(t.perka, quality_realised=Decimal(90),
                              time_realised=t.perka.time_target)
    if scheme == "pp46_2011":
        content.behaviour = dict.fromkeys(("orientasi_pelayanan", "integritas", "komitmen",
                                           "disiplin", "kerja_sama", "kepemimpinan"), "80")
    elif scheme == "pp30_2019":
        content.behaviour = dict.fromkeys(("orientasi_pelayanan", "komitmen", "inisiatif_kerja",
                                           "kerja_sama", "kepemimpinan"), "90")
    elif scheme == "permenpanrb_6_2022":
        content.behaviour = {"berorientasi_pelayanan": "di_atas", "kolaboratif": "sesuai"}
        content.organisation_result, content.behaviour_rating = "baik", "sesuai"
    content.recommendation = "lanjutkan"
    service.finalise(evaluation_id, content)
