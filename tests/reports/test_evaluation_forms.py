"""Each scheme's evaluation printed in its official form, read back with pypdf: the title, the
sections in the form's order and words, the sections a scheme does not use left out, the
letterhead chosen by who signs, and pages that never hold the signatures alone."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from kinerja_desktop.domain.document_parts import KOP_AGENCY, KOP_HEAD
from kinerja_desktop.domain.evaluation_document import (FORM_HUNDRED_DAYS, FORM_MATRIX,
                                                        FORM_PERKA, FORM_PP30)
from kinerja_desktop.reports import render, samples


def pages_of(sheet) -> list[str]:
    out = io.BytesIO()
    render(sheet, out)
    return [" ".join(page.extract_text().split())
            for page in PdfReader(io.BytesIO(out.getvalue())).pages]


def in_order(text: str, *parts: str) -> None:
    """Each part in `text`, each after the one before."""
    at = -1
    for part in parts:
        found = text.find(part, at + 1)
        assert found > at, f"{part!r} missing or out of order"
        at = found


def body(page: str) -> str:
    """A page's text without its footer (the verification code, the page count)."""
    return page.split("Kode verifikasi:")[0]


# The 100-day scheme --------------------------------------------------------------------------
def test_the_100_day_sheet_has_the_evaluators_columns_and_no_behaviour():
    pages = pages_of(samples.evaluation_sheet())
    whole = " ".join(pages)
    assert pages[0].startswith("BUPATI SERANG EVALUASI KINERJA 100 HARI")
    in_order(whole, "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA", "A. HASIL KERJA",
             "B. HASIL EVALUASI", "C. REKOMENDASI", "D. CATATAN", "Serang, 21 September 2019",
             "Ratu Tatu Chasanah")
    # The columns an evaluator expects: indicator, realisation on evidence, feedback.
    in_order(whole, "No", "Target Kinerja / Inovasi", "Indikator Kinerja", "Bobot", "Target",
             "Realisasi Berdasarkan Bukti Dukung", "Capaian", "Nilai", "Umpan Balik")
    assert "Layanan perangkat daerah yang terhubung ke SPBE" in whole
    # Each file on a line of its own (a long name may break at its full stop).
    in_order(whole, "Bukti dukung (2 berkas): daftar-layanan-spbe.", "ba-integrasi.pdf")
    assert "Bukti dukung: -" in whole  # a target without evidence says so
    assert "Dua layanan menunggu integrasi data kependudukan" in whole
    # PUEBI: percent without a space, decimal comma.
    assert "30% 20 layanan" in whole and "27,00" in whole and "90 %" not in whole
    for unused in ("PERILAKU KERJA", "Berorientasi Pelayanan", "ATASAN PEJABAT PENILAI"):
        assert unused not in whole, unused


# PermenPANRB 6/2022 ---------------------------------------------------------------------------
def test_the_matrix_form_is_the_lampirans_dokumen_evaluasi():
    pages = pages_of(samples.matrix_evaluation_sheet())
    first = body(pages[0])
    assert first.startswith("BUPATI SERANG DOKUMEN EVALUASI KINERJA PEGAWAI PERIODE: 100 HARI")
    # The lampiran's page: its blocks in order, the place and date over BOTH signatures.
    in_order(first, "PERIODE PENILAIAN: 14 Juni – 21 September 2019",
             "1 PEGAWAI YANG DINILAI", "NAMA Anas Dwisatya", "NIP", "PANGKAT/GOL. RUANG",
             "JABATAN", "UNIT KERJA", "2 PEJABAT PENILAI KINERJA", "NAMA Ratu Tatu Chasanah",
             "3 EVALUASI KINERJA", "CAPAIAN KINERJA ORGANISASI Istimewa",
             "PREDIKAT KINERJA PEGAWAI Sangat Baik", "4 CATATAN/REKOMENDASI",
             "Serang, 21 September 2019 Pegawai yang Dinilai,",
             "Serang, 21 September 2019 Pejabat Penilai Kinerja,", "Anas Dwisatya",
             "NIP. 19720315 199503 1 004", "Ratu Tatu Chasanah")
    assert "ATASAN PEJABAT PENILAI KINERJA" not in first  # the Bupati has none
    # The evaluation it rests on: hasil kerja, perilaku kerja with the leader's expectations.
    rest = " ".join(pages[1:])
    in_order(rest, "EVALUASI KINERJA PEGAWAI", "HASIL KERJA", "Rencana Hasil Kerja",
             "Indikator Kinerja Individu", "Realisasi Berdasarkan Bukti Dukung",
             "Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung", "RATING HASIL KERJA",
             "PERILAKU KERJA", "Ekspektasi Khusus Pimpinan", "Rating",
             "Berorientasi Pelayanan", "Memahami dan memenuhi kebutuhan masyarakat",
             "Kolaboratif", "Melibatkan camat dan kepala desa", "RATING PERILAKU KERJA",
             "PREDIKAT KINERJA PEGAWAI Sangat Baik", "Pejabat Penilai Kinerja,")
    assert "Nilai Capaian" not in rest  # no score under PermenPANRB 6/2022


def test_the_matrix_form_names_the_superior_where_there_is_one():
    pages = pages_of(samples.matrix_evaluation_sheet(superior=True, organisation=False))
    # With the superior's block the notes and the signatures go on to the next page together.
    first = body(pages[0]) + " " + body(pages[1])
    in_order(first, "1 PEGAWAI YANG DINILAI", "2 PEJABAT PENILAI KINERJA",
             "NAMA Contoh Nama Sekda", "3 ATASAN PEJABAT PENILAI KINERJA",
             "NAMA Ratu Tatu Chasanah", "4 EVALUASI KINERJA", "5 CATATAN/REKOMENDASI",
             "a.n. BUPATI SERANG")
    assert "CAPAIAN KINERJA ORGANISASI" not in " ".join(pages)  # none set: no empty row


# PP 46/2011, Perka BKN 1/2013 -------------------------------------------------------------------
def test_the_perka_form_in_its_order_with_the_realisation_page():
    pages = pages_of(samples.perka_evaluation_sheet())
    whole = " ".join(body(p) for p in pages)
    assert whole.startswith("BUPATI SERANG PENILAIAN PRESTASI KERJA PEGAWAI NEGERI SIPIL")
    in_order(whole, "JANGKA WAKTU PENILAIAN: 14 Juni – 21 September 2019",
             "1 YANG DINILAI", "a. Nama Anas Dwisatya", "b. NIP", "c. Pangkat, golongan ruang",
             "d. Jabatan/Pekerjaan", "e. Unit Organisasi", "2 PEJABAT PENILAI",
             "3 ATASAN PEJABAT PENILAI", "4 UNSUR YANG DINILAI", "Jumlah",
             "a. Sasaran Kerja PNS (SKP) 87,09 × 60% 52,25", "b. Perilaku Kerja",
             "1. Orientasi Pelayanan 80 Baik", "2. Integritas", "3. Komitmen",
             "4. Disiplin 75 Cukup", "5. Kerja Sama", "6. Kepemimpinan", "7. Jumlah 485",
             "8. Nilai rata-rata 80,83 Baik",
             "9. Nilai Perilaku Kerja 80,83 × 40% 32,33", "NILAI PRESTASI KERJA 84,59 (Baik)",
             "5 KEBERATAN DARI PEGAWAI NEGERI SIPIL YANG DINILAI (APABILA ADA)",
             "6 TANGGAPAN PEJABAT PENILAI ATAS KEBERATAN",
             "7 KEPUTUSAN ATASAN PEJABAT PENILAI ATAS KEBERATAN", "8 REKOMENDASI",
             "9. DIBUAT TANGGAL, 21 September 2019 PEJABAT PENILAI",
             "10. DITERIMA TANGGAL", "PEGAWAI NEGERI SIPIL YANG DINILAI",
             "11. DITERIMA TANGGAL", "ATASAN PEJABAT PENILAI",
             "PENILAIAN CAPAIAN SASARAN KERJA PEGAWAI NEGERI SIPIL", "Kegiatan Tugas Jabatan",
             "Aspek", "Target", "Realisasi", "Penghitungan", "Nilai Capaian SKP",
             "Kuantitas/Output 1 laporan 1 laporan 100,00 85,50 (342,00 : 4)",
             "Biaya Rp170.395.000 Rp170.395.000 76,00", "Nilai Capaian SKP 87,09 (Baik)")


def test_without_a_superior_the_perka_form_leaves_out_its_parts():
    whole = " ".join(pages_of(samples.perka_evaluation_sheet(superior=False)))
    for unused in ("ATASAN PEJABAT PENILAI", "KEPUTUSAN ATASAN", "11. DITERIMA"):
        assert unused not in whole, unused
    in_order(whole, "2 PEJABAT PENILAI", "4 UNSUR YANG DINILAI", "5 KEBERATAN", "6 TANGGAPAN",
             "8 REKOMENDASI", "9. DIBUAT TANGGAL", "10. DITERIMA TANGGAL")


# PP 30/2019, PermenPANRB 8/2021 ---------------------------------------------------------------
def test_the_pp30_form():
    pages = pages_of(samples.pp30_evaluation_sheet())
    whole = " ".join(body(p) for p in pages)
    assert whole.startswith("BUPATI SERANG PENILAIAN KINERJA PEGAWAI NEGERI SIPIL")
    in_order(whole, "PERIODE PENILAIAN:", "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA",
             "A. PENILAIAN SKP", "Rencana Kinerja", "Indikator Kinerja Individu",
             "Capaian IKI", "Kategori Capaian IKI", "Nilai Capaian IKI", "Bobot",
             "Nilai Tertimbang", "85% 85% 100% Baik 109,00 60% 65,40", "NILAI AKHIR SKP 100,60",
             "B. PENILAIAN PERILAKU KERJA", "Inisiatif Kerja 100", "NILAI PERILAKU KERJA 107,00",
             "C. NILAI KINERJA PEGAWAI", "Nilai SKP 100,60 70% 70,42",
             "NILAI KINERJA PEGAWAI 102,52", "PREDIKAT KINERJA PEGAWAI Baik",
             "D. REKOMENDASI", "E. CATATAN", "Serang, 21 September 2019")
    assert "Sebutan" not in whole and "ATASAN" not in whole


# Any form ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("form", [FORM_MATRIX, FORM_PERKA, FORM_PP30])
def test_the_behaviour_column_says_rating_or_nilai(form):
    sheet = samples.evaluation_samples()[form]
    assert sheet.behaviour is not None
    assert sheet.behaviour.header[-1 if form != FORM_PERKA else 2] == (
        "Rating" if form == FORM_MATRIX else "Nilai")
    whole = " ".join(pages_of(sheet))
    if form == FORM_MATRIX:
        assert "Ekspektasi Khusus Pimpinan Rating" in whole


@pytest.mark.parametrize("form", [FORM_HUNDRED_DAYS, FORM_MATRIX, FORM_PERKA, FORM_PP30])
def test_the_letterhead_follows_who_signs(form):
    """The Bupati signs (or a.n. the Bupati): "BUPATI SERANG" heads the first page and the
    agency's kop is not printed; an agency's kop names the government and the agency."""
    sheet = samples.evaluation_samples()[form]
    assert sheet.institution.kind == KOP_HEAD
    first = pages_of(sheet)[0]
    assert first.startswith("BUPATI SERANG") and "SEKRETARIAT DAERAH" not in first
    agency = replace(sheet, institution=replace(sheet.institution, kind=KOP_AGENCY))
    first = pages_of(agency)[0]
    assert first.startswith("PEMERINTAH KABUPATEN SERANG SEKRETARIAT DAERAH")


@pytest.mark.parametrize("sheet", [
    samples.evaluation_sheet(), samples.evaluation_sheet(targets=samples.long_targets(23)),
    samples.evaluation_sheet(targets=samples.long_targets(60)),
    samples.matrix_evaluation_sheet(), samples.matrix_evaluation_sheet(superior=True),
    samples.perka_evaluation_sheet(), samples.perka_evaluation_sheet(superior=False),
    samples.pp30_evaluation_sheet(), samples.pp30_evaluation_sheet(paper="F4")],
    ids=["100", "100-23", "100-60", "matrix", "matrix-superior", "perka", "perka-alone",
         "pp30", "pp30-f4"])
def test_no_page_holds_only_signatures_or_ends_on_a_heading(sheet):
    headings = ("HASIL KERJA", "PERILAKU KERJA", "HASIL EVALUASI", "REKOMENDASI", "CATATAN",
                "PENILAIAN SKP", "NILAI KINERJA PEGAWAI")
    for page in pages_of(sheet):
        text = body(page)
        before_signatures = text.split("Serang, 21 September 2019")[0]
        before_signatures = before_signatures.split("DIBUAT TANGGAL")[0]
        assert len(before_signatures.split()) > 5, page  # something besides the signatures
        words = text.split()
        for heading in headings:  # a heading is never the last thing on a page
            assert not " ".join(words[-4:]).endswith(heading), (heading, page)
