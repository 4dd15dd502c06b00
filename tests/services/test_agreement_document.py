"""The Perjanjian Kinerja built from the database: the Bupati's letterhead, the official as
pihak pertama and the Bupati as pihak kedua, each target's programme, budget and RPJMD
priority in the annex with their total, printed and registered like the other documents."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from kinerja_desktop.domain import agreement_document as pk
from kinerja_desktop.domain.document_parts import KOP_HEAD
from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.programs import ProgramInput, TargetInput
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.services.agreement_document import agreement_sheet, agreement_title
from kinerja_desktop.services.documents import DocumentService
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import official_repo

START = date(2019, 6, 14)


def anas_program(db) -> int:
    return next(p.id for p in ProgramService(db).all_programs() if p.status != "draft")


def agreed_program(db, budget: int | None = None) -> int:
    """An official's 100-day program of one innovation, agreed."""
    official_id, _ = RosterService(db).create(
        OfficialInput("198001012005011003", "Pejabat Contoh", rank="IV/a"),
        [AppointmentInput("Kepala Dinas Contoh", "Dinas Contoh", "II.b", "rotasi",
                          start_date=START)])
    programs = ProgramService(db, lambda: date(2019, 6, 20))
    appointment = RosterService(db).get(official_id).appointments[0].id
    program_id = programs.create_program(appointment, ProgramInput("100_hari", START))
    programs.add_target(program_id, TargetInput("inovasi", "Layanan daring", target_value=80,
                                                unit="%", weight=Decimal(100), budget=budget))
    programs.change_status(program_id, "disepakati")
    return program_id


def test_the_demo_agreement(demo_db):
    sheet = agreement_sheet(demo_db, anas_program(demo_db))
    assert sheet.title == "PERJANJIAN KINERJA 100 HARI"
    assert sheet.institution.kind == KOP_HEAD  # the Bupati signs: the head's letterhead
    assert sheet.institution.head_title == "BUPATI SERANG"
    (first, second) = sheet.parties
    assert [(r.label, r.value) for r in first.rows] == [
        ("Nama", "Anas Dwisatya"),
        ("Jabatan", "Kepala Dinas Komunikasi Informatika Persandian dan Statistik")]
    assert [(r.label, r.value) for r in second.rows] == [
        ("Nama", "Ratu Tatu Chasanah"), ("Jabatan", "Bupati Serang")]
    assert (first.role, second.role) == (pk.FIRST_PARTY_ROLE, pk.SECOND_PARTY_ROLE)
    assert sheet.clauses == (pk.FIRST_CLAUSE, pk.SECOND_CLAUSE)
    # Left to right as the model places them, with the model's headings, no evaluation roles.
    assert [(s.heading, s.title, s.name) for s in sheet.signers] == [
        ("Pihak Kedua,", "BUPATI SERANG", "Ratu Tatu Chasanah"),
        ("Pihak Pertama,", "KEPALA DINAS KOMUNIKASI INFORMATIKA PERSANDIAN DAN STATISTIK",
         "Anas Dwisatya")]
    assert sheet.signers[1].nip == "19720315 199503 1 004" and sheet.signers[0].nip == ""
    assert sheet.date_line == "Serang, 21 Juni 2019"  # the day it was agreed
    assert sheet.targets[0][1:] == (
        "Inovasi: Optimalisasi Sistem Pemerintahan Berbasis Elektronik (SPBE)",
        "Persentase perangkat daerah yang memakai layanan SPBE (naskah dinas elektronik)",
        "80%", "30%")
    assert sheet.targets[2][3] == "selesai"
    assert sheet.weight_total == "100%"
    assert sheet.budgets[0] == (
        "1", "Program Pengelolaan Aplikasi Informatika: pengembangan SPBE", "Rp150.000.000",
        "Misi 1. Contoh: tata kelola pemerintahan yang baik berbasis teknologi informasi")
    assert [row[2] for row in sheet.budgets] == ["Rp150.000.000", "Rp75.000.000",
                                                 "Rp50.000.000", "Rp25.000.000"]
    assert sheet.budget_total == "Rp300.000.000"


def test_a_target_without_a_budget_shows_a_dash(db):
    official_repo.ensure_signatory(db, "Ratu Tatu Chasanah", "Bupati Serang", "bupati")
    sheet = agreement_sheet(db, agreed_program(db))
    assert sheet.budgets == (("1", "-", "-", "-"),) and sheet.budget_total == "-"


def test_the_agreement_needs_the_bupati_and_an_agreed_program(db):
    program_id = agreed_program(db, budget=1_000_000)
    with pytest.raises(KinerjaError, match="Bupati belum dicatat sebagai penandatangan"):
        agreement_sheet(db, program_id)
    official_repo.ensure_signatory(db, "Ratu Tatu Chasanah", "Bupati Serang", "bupati")
    assert agreement_sheet(db, program_id).budget_total == "Rp1.000.000"
    ProgramService(db).change_status(program_id, "draft", "Target diubah")
    with pytest.raises(KinerjaError, match="Draft"):
        agreement_sheet(db, program_id)


def test_a_yearly_program_is_named_by_its_year(demo_db):
    program = ProgramService(demo_db).program(anas_program(demo_db))
    assert agreement_title(program) == "PERJANJIAN KINERJA 100 HARI"
    yearly = replace(program, kind="tahunan", start_date=date(2019, 1, 1),
                     end_date=date(2019, 12, 31))
    assert agreement_title(yearly) == "PERJANJIAN KINERJA TAHUN 2019"
    assert agreement_title(replace(program, kind="semester")) == "PERJANJIAN KINERJA SEMESTER"


def test_printed_registered_and_verified(demo_db, tmp_path):
    service = DocumentService(demo_db)
    path = tmp_path / "pk.pdf"
    record = service.print("kesepakatan", anas_program(demo_db), path)
    assert record.title == "Perjanjian Kinerja"
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]
    assert "PERJANJIAN KINERJA 100 HARI" in pages[0] and "Pihak Kedua," in pages[0]
    annex = pages[-1]
    assert annex.index("LAMPIRAN PERJANJIAN KINERJA 100 HARI") < 60
    assert "Rp150.000.000" in annex and "Jumlah anggaran Rp300.000.000" in annex
    assert "Misi 3. Contoh: pembangunan desa" in annex
    assert f"Kode verifikasi: {record.code}" in annex
    assert service.verify(record.code).current


def test_a_budget_changed_after_printing_makes_the_copy_outdated(db, tmp_path):
    official_repo.ensure_signatory(db, "Ratu Tatu Chasanah", "Bupati Serang", "bupati")
    program_id = agreed_program(db, budget=1_000_000)
    service = DocumentService(db)
    record = service.print("kesepakatan", program_id, Path(tmp_path / "pk.pdf"))
    assert service.verify(record.code).matches
    programs = ProgramService(db)
    target = programs.targets(program_id)[0]
    # The budget is part of what was agreed: changed only after stepping back to Draft.
    programs.change_status(program_id, "draft", "Anggaran dikoreksi")
    programs.update_target(target.id, replace(target.data, budget=2_000_000))
    programs.change_status(program_id, "disepakati")
    assert not service.verify(record.code).matches
