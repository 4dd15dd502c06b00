"""The printed evaluation built from the database: each scheme's form filled from a real
evaluation (its targets' indicators, the evidence files of their progress reports, the
feedback), the letterhead chosen by who signs, the superior where there is one, and a sealed
version 1 evaluation printed with the figures it was sealed with. The PDFs are read back."""

from __future__ import annotations

import io
import shutil
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from kinerja_desktop.domain.document_parts import KOP_AGENCY, KOP_HEAD
from kinerja_desktop.domain.evaluation_document import (FORM_HUNDRED_DAYS, FORM_MATRIX,
                                                        FORM_PERKA, FORM_PP30,
                                                        HUNDRED_DAY_HEADER, MATRIX_HEADER,
                                                        PERKA_HEADER)
from kinerja_desktop.domain.evaluations import EvaluatorAssessment, from_json
from kinerja_desktop.domain.evidence import EvidenceFile
from kinerja_desktop.domain.programs import ProgramInput, ProgressInput
from kinerja_desktop.domain.scoring import ScoringSettings
from kinerja_desktop.reports import render
from kinerja_desktop.services import evaluation_tables as tables
from kinerja_desktop.services.documents import DocumentService
from kinerja_desktop.services.evaluation_document import evaluation_sheet
from kinerja_desktop.services.evaluations import EvaluationService
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.progress import ProgressService
from kinerja_desktop.storage import official_repo
from kinerja_desktop.storage.database import open_database
from tests.domain.test_evaluations import V1_TEXT
from tests.helpers.programs import START, appointment, innovation, target

TODAY = date(2019, 9, 20)
LATER = date(2019, 9, 25)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SIX = ("orientasi_pelayanan", "integritas", "komitmen", "disiplin", "kerja_sama",
       "kepemimpinan")
FIVE = ("orientasi_pelayanan", "komitmen", "inisiatif_kerja", "kerja_sama", "kepemimpinan")


def signatories(db, roles=("bupati", "wakil_bupati", "sekda")) -> None:
    from kinerja_desktop.services import setup
    setup.save_settings(db, replace(setup.load_settings(db), institution="Pemerintah Kabupaten "
                                    "Serang", place="Serang", agency="Sekretariat Daerah"))
    people = {"bupati": ("Ratu Tatu Chasanah", "Bupati Serang", None, None),
              "wakil_bupati": ("Pandji Tirtayasa", "Wakil Bupati Serang", None, None),
              "sekda": ("Tb. Entus Mahmud Sahiri", "Sekretaris Daerah Kabupaten Serang",
                        "196501011988031009", "IV/d")}
    with db.atomic():
        for role in roles:
            name, title, nip, rank = people[role]
            official_repo.ensure_signatory(db, name, title, role, nip, rank)


def program(db, scheme: str, roles=("bupati", "wakil_bupati", "sekda")) -> int:
    """Anas Dwisatya's 100-day program: an innovation with an indicator and two evidence files
    reported before the evaluation (and one after it), and a target without evidence."""
    signatories(db, roles)
    _official, post = appointment(db)
    programs = ProgramService(db, lambda: TODAY)
    program_id = programs.create_program(post, ProgramInput("100_hari", START, scheme=scheme))
    first = programs.add_target(program_id, innovation(
        "Rintisan smart village", 60, indicator="Desa percontohan terhubung internet",
        target_value=5.0, unit="desa"))
    programs.add_target(program_id, target("Integrasi sistem TIK", 40, target_value=4.0,
                                           unit="aplikasi", indicator="Aplikasi terintegrasi"))
    programs.change_status(program_id, "disepakati")
    ProgressService(db, lambda: TODAY).add_report(
        first, ProgressInput(date(2019, 8, 1), 2, "dua desa"),
        [EvidenceFile("notulen rapat.pdf", b"%PDF-1.4 notulen"),
         EvidenceFile("foto desa.jpg", b"\xff\xd8\xff\xe0 foto")])
    ProgressService(db, lambda: LATER).add_report(
        first, ProgressInput(LATER, 5, "setelah evaluasi"),
        [EvidenceFile("laporan akhir.pdf", b"%PDF-1.4 akhir")])
    return program_id


def evaluate(db, scheme: str, finalise: bool = True, chair: str | None = None,
             roles=("bupati", "wakil_bupati", "sekda"), **changes):
    """A filled evaluation of the program; `chair` names who chairs it (a role)."""
    service = EvaluationService(db, lambda: TODAY)
    evaluation_id = service.start(program(db, scheme, roles))
    content = service.get(evaluation_id).content
    first, second = content.targets
    first.realised, first.feedback = Decimal(4), "Lampirkan berita acara serah terima."
    second.realised = Decimal(4)
    if scheme == "pp46_2011":
        for t in content.targets:
            t.perka = replace(t.perka, quality_realised=Decimal(90),
                              time_realised=t.perka.time_target)
        content.behaviour = dict.fromkeys(SIX, "80")
    elif scheme == "pp30_2019":
        content.behaviour = dict.fromkeys(FIVE, "100")
    elif scheme == "permenpanrb_6_2022":
        content.behaviour = {"berorientasi_pelayanan": "di_atas", "kolaboratif": "sesuai"}
        content.expectations = {"kolaboratif": "Libatkan camat dalam smart village."}
        content.organisation_result, content.behaviour_rating = "istimewa", "di_atas"
    if chair is not None:
        by_role = {s.role: s.id for s in official_repo.list_signatories(db)}
        content.evaluators = [EvaluatorAssessment(by_role[chair], "pejabat_penilai", True)] + [
            EvaluatorAssessment(by_role[r], "anggota") for r in roles if r != chair]
    content.recommendation = "lanjutkan"
    content = replace(content, **changes)
    if finalise:
        service.finalise(evaluation_id, content)
    else:
        service.save_draft(evaluation_id, content)
    record = service.get(evaluation_id)
    return evaluation_sheet(db, record, service.settings())


def text_of(sheet) -> str:
    out = io.BytesIO()
    render(sheet, out)
    return " ".join(" ".join(p.extract_text().split())
                    for p in PdfReader(io.BytesIO(out.getvalue())).pages)


def test_the_100_day_sheet_shows_indicators_evidence_and_feedback(db):
    sheet = evaluate(db, "capaian_berbobot")
    assert sheet.form == FORM_HUNDRED_DAYS and sheet.title == "EVALUASI KINERJA 100 HARI"
    assert sheet.results.header == HUNDRED_DAY_HEADER
    first, second = sheet.results.rows
    assert first[2] == "Desa percontohan terhubung internet"
    # The evidence reported up to the evaluation's date; the later report is not counted.
    assert first[5] == "4 desa\nBukti dukung (2 berkas):\nnotulen rapat.pdf\nfoto desa.jpg"
    assert second[5] == "4 aplikasi\nBukti dukung: -"
    assert (first[3], first[6], first[8]) == ("60%", "80%", "Lampirkan berita acara serah "
                                                          "terima.")
    assert second[8] == "-" and sheet.results.footer[0][3] == "100%"
    assert sheet.behaviour is None and sheet.parts is None and sheet.superior == ()
    whole = text_of(sheet)
    assert "laporan akhir.pdf" not in whole and "PERILAKU KERJA" not in whole
    assert "notulen rapat.pdf" in whole and "Lampirkan berita acara serah terima." in whole


def test_the_bupati_chairing_gets_the_bupatis_letterhead(db):
    sheet = evaluate(db, "capaian_berbobot")
    assert sheet.institution.kind == KOP_HEAD
    assert text_of(sheet).startswith("BUPATI SERANG")


def test_the_sekda_for_the_bupati_gets_it_too_and_the_bupati_is_the_superior(db):
    """The Sekda chairs "a.n. BUPATI SERANG": the Bupati's letterhead; on the official forms
    the Bupati is the Atasan Pejabat Penilai (Kinerja)."""
    sheet = evaluate(db, "pp46_2011", chair="sekda")
    assert sheet.institution.kind == KOP_HEAD
    assert sheet.signers[1].on_behalf_of == "BUPATI SERANG"
    assert {r.label: r.value for r in sheet.superior}["NAMA"] == "Ratu Tatu Chasanah"
    assert [s.heading for s in sheet.signers] == [
        "PEGAWAI NEGERI SIPIL YANG DINILAI", "PEJABAT PENILAI", "Anggota Tim Penilai",
        "Anggota Tim Penilai", "ATASAN PEJABAT PENILAI"]
    whole = text_of(sheet)
    assert whole.startswith("BUPATI SERANG") and "3 ATASAN PEJABAT PENILAI" in whole
    assert "a.n. BUPATI SERANG" in whole and "11. DITERIMA TANGGAL" in whole


def test_without_the_bupati_the_agencys_letterhead(db):
    """No Bupati to sign for: the Sekda signs as the Setda, under the agency's letterhead."""
    sheet = evaluate(db, "capaian_berbobot", roles=("sekda",))
    assert sheet.institution.kind == KOP_AGENCY and not sheet.signers[1].on_behalf_of
    assert text_of(sheet).startswith("PEMERINTAH KABUPATEN SERANG SEKRETARIAT DAERAH")


def test_a_draft_without_evaluators_gets_the_agencys_letterhead(db):
    sheet = evaluate(db, "capaian_berbobot", finalise=False, evaluators=[])
    assert sheet.institution.kind == KOP_AGENCY
    assert sheet.revision_note.startswith("DRAFT")


def test_the_perka_form_from_an_evaluation(db):
    """Perka BKN 1/2013: 4 of 5 villages, quality 90, on time → (80 + 90 + 76) / 3 = 82,00;
    4 of 4 applications → (100 + 90 + 76) / 3 = 88,67; SKP 85,33 (their mean);
    behaviour 80 → 60% × 85,33 + 40% × 80 = 83,20."""
    sheet = evaluate(db, "pp46_2011")
    assert sheet.form == FORM_PERKA and sheet.results.header == PERKA_HEADER
    assert sheet.behaviour.header == ("No", "Perilaku Kerja", "Nilai", "Sebutan")
    parts = sheet.parts
    assert (parts.skp, parts.skp_share, parts.skp_part) == ("85,33", "60%", "51,20")
    assert (parts.behaviour_total, parts.behaviour_mean, parts.behaviour_mean_label) == (
        "480", "80,00", "Baik")
    assert (parts.score, parts.predicate) == ("83,20", "Baik")
    first = sheet.results.rows[0]
    assert first[2:6] == ("Kuantitas/Output", "5 desa", "4 desa", "80,00")
    assert first[6] == "82,00\n(246,00 : 3)"
    assert [(r.label, r.value) for r in sheet.result] == [("NILAI PRESTASI KERJA", "83,20"),
                                                          ("Predikat", "Baik")]
    assert "NILAI PRESTASI KERJA 83,20 (Baik)" in text_of(sheet)


def test_the_matrix_form_from_an_evaluation(db):
    sheet = evaluate(db, "permenpanrb_6_2022")
    assert sheet.form == FORM_MATRIX and sheet.parts is None
    assert sheet.results.header == MATRIX_HEADER
    assert sheet.results.rows[0][5] == "Lampirkan berita acara serah terima."
    assert sheet.results.footer[0][-1] == "Di Atas Ekspektasi (capaian kinerja organisasi)"
    assert [(r.label, r.value) for r in sheet.result] == [
        ("CAPAIAN KINERJA ORGANISASI", "Istimewa"), ("PREDIKAT KINERJA PEGAWAI", "Sangat Baik")]
    behaviour = sheet.behaviour
    assert behaviour.header[-1] == "Rating" and len(behaviour.rows) == 7
    assert behaviour.rows[6][2:] == ("Libatkan camat dalam smart village.", "Sesuai Ekspektasi")
    assert behaviour.rows[1][2:] == ("-", "-")  # not rated: said, not hidden
    whole = text_of(sheet)
    assert "DOKUMEN EVALUASI KINERJA PEGAWAI" in whole
    assert "Libatkan camat dalam smart village." in whole


def test_the_pp30_form_from_an_evaluation(db):
    """PermenPANRB 8/2021: 4 of 5 is 80% → 70,00 (Cukup); 4 of 4 is 100% → 109,00 (Baik);
    SKP 0,6 × 70 + 0,4 × 109 = 85,60; behaviour 100 → 70% × 85,60 + 30% × 100 = 89,92."""
    sheet = evaluate(db, "pp30_2019")
    assert sheet.form == FORM_PP30
    assert [r[5:10] for r in sheet.results.rows] == [
        ("80%", "Cukup", "70,00", "60%", "42,00"), ("100%", "Baik", "109,00", "40%", "43,60")]
    assert sheet.behaviour.header == ("No", "Perilaku Kerja", "Nilai")
    assert (sheet.parts.skp, sheet.parts.score, sheet.parts.predicate) == (
        "85,60", "89,92", "Cukup")
    whole = text_of(sheet)
    assert "NILAI KINERJA PEGAWAI 89,92 PREDIKAT KINERJA PEGAWAI Cukup" in whole
    assert whole.count("PREDIKAT KINERJA PEGAWAI") == 1  # the outcome is printed once


def test_a_sealed_version_1_evaluation_prints_its_sealed_figures(tmp_path):
    """tests/fixtures/sealed-v1.kinerja: the 100-day evaluation sealed under version 1 prints
    85,3 (one decimal, achievement capped as sealed), with no behaviour section and a note of
    its rules."""
    path = tmp_path / "lama.kinerja"
    shutil.copyfile(FIXTURES / "sealed-v1.kinerja", path)
    db = open_database(path)
    try:
        sheet, _record = DocumentService(db).prepare("evaluasi", 1)
    finally:
        db.close()
    assert sheet.form == FORM_HUNDRED_DAYS and sheet.behaviour is None
    assert sheet.results.footer[0][7] == "85,3"
    assert {r.label: r.value for r in sheet.result}["Aturan hitung"].startswith("versi 1")
    assert tables.V1_REMARK in sheet.remarks
    whole = text_of(sheet)
    assert "85,3" in whole and "PERILAKU KERJA" not in whole


def test_a_version_1_pp46_evaluation_keeps_its_berakhlak_values_and_one_decimal():
    """Version 1 scored PP 46/2011 on the seven BerAKHLAK values and the weighted targets:
    its Perka form prints those, with one decimal (88,8 Baik)."""
    content = from_json(V1_TEXT)
    from kinerja_desktop.domain.evaluations import compute
    result = compute(content)
    settings = ScoringSettings()
    parts = tables.score_parts(content, result, settings)
    assert (parts.score, parts.predicate) == ("88,8", "Baik")
    behaviour = tables.behaviour_scores(content, settings, with_sebutan=True)
    assert [r[1] for r in behaviour.rows][0] == "Berorientasi Pelayanan"
    assert behaviour.rows[0][2:] == ("90", "Baik")
    results = tables.perka_results(content, result, settings)
    assert results.header[-1] == "Nilai" and results.footer[0][-1] == "88"


@pytest.mark.parametrize("value, text", [(Decimal("170395000"), "170.395.000"),
                                         (Decimal("1234.5"), "1.234,5"), (Decimal(80), "80")])
def test_numbers_the_puebi_way(value, text):
    assert tables.grouped(value) == text
    assert tables.percent(Decimal("66.67")) == "66,67%" and tables.rupiah(value).startswith("Rp")
    assert tables.quantity(Decimal(80), "%") == "80%"
