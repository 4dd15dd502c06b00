"""Building printed documents from the database, registering them, and checking codes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kinerja_desktop.domain import documents as docs
from kinerja_desktop.domain import qr_payload
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.services.documents import DocumentService
from kinerja_desktop.services.evaluations import EvaluationService
from kinerja_desktop.services.programs import ProgramService


@pytest.fixture
def service(demo_db):
    return DocumentService(demo_db)


def anas_program(db) -> int:
    return next(p.id for p in ProgramService(db).all_programs() if p.official_name ==
                "Anas Dwisatya")


def final_evaluation(db) -> int:
    return next(r.id for r in EvaluationService(db).evaluations() if r.final)


def test_codes_are_short_unambiguous_and_typed_back_loosely():
    code = docs.make_code(123456789)
    assert len(code) == 9 and code[4] == "-"
    assert not set(code.replace("-", "")) & set("01OIL")
    assert docs.normalise_code(code.lower().replace("-", " ")) == code
    assert docs.make_code(0) != docs.make_code(1)


def test_the_evaluation_sheet_says_what_the_evaluation_says(service, demo_db):
    sheet, record = service.prepare("evaluasi", final_evaluation(demo_db))
    rows = {r.label: r.value for r in sheet.official}
    assert rows["NIP"] == "19720315 199503 1 004"  # grouped as on paper
    assert rows["TANGGAL PELANTIKAN"] == "14 Juni 2019"
    assert sheet.period == "14 Juni – 21 September 2019"
    assert sheet.date_line == "Serang, 21 September 2019"
    result = {r.label: r.value for r in sheet.result}
    assert result["Predikat"] == "Cukup" and result["Nilai akhir"] == "85,33"
    assert result["Dasar penilaian"].startswith("Skema aplikasi untuk program 100 hari")
    assert sheet.behaviour is None  # the 100-day scheme scores no behaviour: no rows of "-"
    assert sheet.signers[1].title == "BUPATI SERANG" and sheet.signers[1].nip == ""
    assert sheet.stamp.code == record.code and sheet.stamp.content_hash == record.content_hash
    assert docs.content_hash(sheet) == record.content_hash  # the stamp is not in the hash


def test_an_agreement_needs_an_agreed_program(service, demo_db):
    draft = next(p.id for p in ProgramService(demo_db).all_programs() if p.status == "draft")
    with pytest.raises(KinerjaError, match="Draft"):
        service.prepare("kesepakatan", draft)
    sheet, _record = service.prepare("kesepakatan", anas_program(demo_db))
    assert sheet.weight_total == "100%"
    # A Perjanjian Kinerja (PermenPANRB 53/2014): the Bupati as pihak kedua at the left.
    assert [s.heading for s in sheet.signers] == ["Pihak Kedua,", "Pihak Pertama,"]


def test_verify_a_code_and_see_it_replaced_by_a_revision(service, demo_db):
    evaluation_id = final_evaluation(demo_db)
    sheet, record = service.prepare("evaluasi", evaluation_id)
    result = service.verify(record.code.lower().replace("-", ""))
    assert result.found and result.matches and result.current
    assert "versi terkini" in result.message
    revision = EvaluationService(demo_db).revise(evaluation_id, "Realisasi dikoreksi")
    # A revision still in draft leaves the final evaluation in force (issue 17).
    assert service.verify(record.code).current
    content = EvaluationService(demo_db).get(revision).content
    EvaluationService(demo_db).finalise(revision, replace(content, notes="Koreksi"))
    later = service.verify(record.code)
    assert later.found and not later.matches
    assert "bukan versi terkini" in later.message


def test_a_copy_printed_before_the_official_forms_is_not_called_altered(service, demo_db):
    """Schema 8: a document registered with layout 1 cannot be rebuilt in that layout, so
    verify says it is registered but cannot be compared, instead of 'changed since'."""
    evaluation_id = final_evaluation(demo_db)
    _sheet, record = service.prepare("evaluasi", evaluation_id)
    assert record.layout == docs.DOCUMENT_LAYOUT
    demo_db.execute_sql("UPDATE printed_document SET layout = 1 WHERE code = ?", [record.code])
    result = service.verify(record.code)
    assert result.found and not result.accepted
    assert "format lama" in result.message and "berubah" not in result.message


def test_an_unknown_code_and_a_tampered_qr_are_refused(service, demo_db):
    sheet, record = service.prepare("evaluasi", final_evaluation(demo_db))
    unknown = service.verify("ZZZZ-ZZZZ")
    assert not unknown.found and "tidak terdaftar" in unknown.message
    signed = service.verify(sheet.stamp.qr_text)
    assert signed.current and signed.signed and signed.accepted
    # The signed text with its summary changed: the office's signature no longer holds.
    forged = sheet.stamp.qr_text.replace(":Anas ", ":Anis ")
    assert forged != sheet.stamp.qr_text
    tampered = service.verify(forged)
    assert not tampered.accepted and "tanda tangan kantor" in tampered.message
    assert "diubah" in tampered.message
    # The unsigned text printed before issue 18 is still checked against the registry.
    legacy = qr_payload.legacy_text(record.code, record.content_hash)
    assert service.verify(legacy).current
    changed = legacy[:-4] + ("0000" if not legacy.endswith("0000") else "1111")
    old_tampered = service.verify(changed)
    assert old_tampered.found and not old_tampered.matches and "diubah" in old_tampered.message


def test_paper_setting(service):
    assert service.paper() == "A4"
    service.set_paper("F4")
    assert service.paper() == "F4"
    with pytest.raises(KinerjaError):
        service.set_paper("Letter")


def test_batch_lists_the_final_evaluations_in_force(service, demo_db):
    evaluation_id = final_evaluation(demo_db)
    assert service.final_evaluations(date(2019, 6, 14)) == [evaluation_id]
    assert service.final_evaluations(date(2020, 1, 1)) == []
    revision = EvaluationService(demo_db, lambda: date(2019, 9, 22)).revise(
        evaluation_id, "Koreksi")
    content = EvaluationService(demo_db).get(revision).content
    EvaluationService(demo_db).finalise(revision, replace(content, notes="Koreksi"))
    assert service.final_evaluations() == [revision]


def test_a_section_heading_never_stays_alone_at_the_foot_of_a_page(demo_db, tmp_path):
    """With the emblem and an address the letterhead is taller, and 'C. HASIL EVALUASI' used
    to end page 1 while its table began page 2 (a keepWithNext heading is not kept with a
    KeepTogether that follows it)."""
    from pypdf import PdfReader

    from kinerja_desktop.resources import resource_path
    from kinerja_desktop.services import setup
    settings = setup.load_settings(demo_db)
    setup.save_settings(demo_db, replace(
        settings, address="Jl. Veteran No. 1, Serang",
        emblem_png=resource_path("icons", "lambang-contoh.png").read_bytes()))
    service = DocumentService(demo_db)
    pdf = tmp_path / "evaluasi.pdf"
    service.print("evaluasi", service.final_evaluations()[-1], pdf)
    pages = [page.extract_text() for page in PdfReader(str(pdf)).pages]
    (with_heading,) = [text for text in pages if "HASIL EVALUASI" in text]
    assert "Nilai akhir" in with_heading and "Predikat" in with_heading
