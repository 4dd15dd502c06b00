"""The printed documents, read back with pypdf: texts, layout rules, fonts, metadata, paper."""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta, timezone
from dataclasses import replace

import pytest
from pypdf import PdfReader

from kinerja_desktop.domain.documents import Row, Signer
from kinerja_desktop.errors import OperationCancelled
from kinerja_desktop.reports import render, render_many, samples
from kinerja_desktop.reports.layout import QR_SIZE, column_widths, signer_title
from kinerja_desktop.reports.qr import qr_modules as _qr_modules

MM = 72 / 25.4


# An explicit clock: the PDF records the time of printing (PDF/A), so the bytes depend on it.
PRINTED = datetime(2019, 9, 21, 10, 30, tzinfo=timezone(timedelta(hours=7)))


def rendered(document) -> tuple[int, bytes]:
    out = io.BytesIO()
    pages = render(document, out, printed_at=PRINTED)
    return pages, out.getvalue()


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in read(data).pages]


def flat(value: str) -> str:
    return " ".join(value.split())


# --- contents -------------------------------------------------------------------------------

def test_evaluation_sheet_holds_the_e_kinerja_parts():
    sheet = samples.stamped(samples.evaluation_sheet())
    pages, data = rendered(sheet)
    texts = page_texts(data)
    assert pages == len(texts) >= 1
    whole = flat(" ".join(texts))
    # The Bupati signs: the Bupati's own letterhead (tests/reports/test_evaluation_forms.py
    # checks each scheme's form).
    for expected in ("BUPATI SERANG", "EVALUASI KINERJA 100 HARI",
                     "14 Juni – 21 September 2019",
                     "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA", "PANGKAT/GOL.",
                     "Anas Dwisatya", "Ratu Tatu Chasanah", "19720315 199503 1 004",
                     "NIP. 19720315 199503 1 004", "Pembina Tingkat I (IV/b)",
                     "HASIL KERJA", "Indikator Kinerja", "Realisasi Berdasarkan Bukti Dukung",
                     "Umpan Balik", "HASIL EVALUASI", "Baik", "92,00", "REKOMENDASI",
                     "CATATAN", "smart village",
                     "Serang, 21 September 2019", "BUPATI SERANG,", "Pejabat Penilai Kinerja",
                     f"Dokumen ini terdiri atas {pages} (",
                     "Kode verifikasi: K7Q2-9XPM", "Periksa Dokumen"):
        assert expected in whole, expected
    # The 100-day scheme scores no behaviour: no section of it, not even empty.
    assert "REVISI" not in whole and "PERILAKU KERJA" not in whole


def test_the_elected_official_signs_without_rank_or_nip():
    _, data = rendered(samples.evaluation_sheet())
    texts = page_texts(data)
    last = flat(texts[-1])
    # Only the official's block carries "NIP. …"; the Bupati has none (identity rows say "-").
    assert last.count("NIP. ") == 1
    assert "Ratu Tatu Chasanah" in last


def test_revision_notice_is_printed():
    sheet = samples.evaluation_sheet(revision_note="Revisi atas evaluasi K7Q2-9XPM karena "
                                                   "realisasi target nomor 3 dikoreksi.")
    _, data = rendered(sheet)
    first = flat(page_texts(data)[0])
    assert "REVISI — Revisi atas evaluasi K7Q2-9XPM" in first


def test_agreement_sheet():
    pages, data = rendered(samples.agreement_sheet())
    whole = flat(" ".join(page_texts(data)))
    for expected in ("PERJANJIAN KINERJA 100 HARI", "Anas Dwisatya",
                     "Jumlah bobot", "100%", "30%", "pihak pertama", "Serang, 21 Juni 2019",
                     "BUPATI SERANG,", "Ratu Tatu Chasanah", "NIP. 19720315 199503 1 004",
                     "Jumlah anggaran", "Rp275.000.000"):
        assert expected in whole, expected
    assert pages == 2  # the statement, then the annex on a page of its own


def test_handover_minutes_with_acting_and_on_behalf_lines():
    minutes = samples.handover_minutes()
    pages, data = rendered(minutes)
    whole = flat(" ".join(page_texts(data)))
    for expected in ("BERITA ACARA SERAH TERIMA JABATAN", "Nomor: 800/014-Setda/2019",
                     "Pada hari ini Jumat", "Selanjutnya disebut PIHAK PERTAMA (yang "
                     "menyerahkan).", "Selanjutnya disebut PIHAK KEDUA (yang menerima).",
                     "Jajang KH", "Abdullah", "821.2/Kep.123-Huk/2019",
                     "Memori Serah Terima Jabatan terlampir", "tetap menjadi tanggung jawab",
                     "Serang, 14 Juni 2019", "Plt. KEPALA DINAS KEPENDUDUKAN",
                     "a.n. BUPATI SERANG", "SEKRETARIS DAERAH,", "Mengetahui,", "Saksi-saksi:",
                     "Mohamad Ishak Abdul Raup", "NIP. 19710210 199603 1 002"):
        assert expected in whole, expected
    assert pages == len(page_texts(data))


def test_signer_title_in_capitals_with_one_comma():
    assert signer_title(Signer("", "Bupati Serang", "x")) == "BUPATI SERANG,"
    assert signer_title(Signer("", "Kepala Dinas X,", "x", acting="Plt.")) == \
        "Plt. KEPALA DINAS X,"


def test_text_is_escaped_not_markup():
    sheet = samples.evaluation_sheet(targets=(("1", "A & B <c>", "x", "100%", "1", "1",
                                               "100,0%", "100,0"),))
    _, data = rendered(sheet)
    assert "A & B <c>" in flat(" ".join(page_texts(data)))


# --- layout ---------------------------------------------------------------------------------

def test_long_program_spans_pages_and_repeats_the_header_row():
    short_pages, _ = rendered(samples.evaluation_sheet())
    long_pages, data = rendered(samples.evaluation_sheet(targets=samples.long_targets(60)))
    assert long_pages > short_pages
    texts = [flat(t) for t in page_texts(data)]
    assert "Target kinerja nomor 60" in " ".join(texts)
    # Page 2 carries table rows but no letterhead, and the header row on top again.
    second = texts[1]
    assert "PEMERINTAH KABUPATEN SERANG" not in second
    assert "Target kinerja nomor" in second
    for column in ("Target Kinerja / Inovasi", "Indikator", "Bobot", "Realisasi", "Capaian"):
        assert column in second, column
    assert "- 2 -" in second  # numbered at the top from the second page on
    # The first page is not left empty: the table starts under the identity tables.
    assert "Target kinerja nomor 1:" in texts[0]


AGREEMENT = samples.agreement_sheet()


@pytest.mark.parametrize("document", [
    samples.evaluation_sheet(),
    samples.evaluation_sheet(targets=samples.long_targets(60)),
    samples.evaluation_sheet(targets=samples.long_targets(23)),
    AGREEMENT,
    samples.handover_minutes(),
    samples.handover_minutes(paper="F4"),
    samples.handover_memo(),
], ids=["evaluation", "evaluation-60", "evaluation-23", "agreement", "handover",
        "handover-f4", "memo"])
def test_date_line_and_signature_blocks_share_a_page(document):
    _, data = rendered(document)
    texts = [flat(t) for t in page_texts(data)]
    with_date = [i for i, t in enumerate(texts) if document.date_line in t]
    # Once; the Perjanjian Kinerja twice: its annex is signed again (PermenPANRB 53/2014).
    assert len(with_date) == (2 if document is AGREEMENT else 1)
    for index in with_date:
        page = texts[index]
        for signer in document.signers:
            assert signer.name in page, signer.name
            assert signer_title(signer).split()[0] in page
            if signer.nip:
                assert f"NIP. {signer.nip}" in page


def test_column_widths_fill_the_table_and_favour_text():
    header = samples.TARGET_HEADER
    widths = column_widths(header, samples.TARGETS, 450.0)
    assert sum(widths) == pytest.approx(450.0)
    assert widths[1] == max(widths)  # the target's text
    assert widths[0] < 30  # "No"


# --- PDF properties -------------------------------------------------------------------------

def _fonts(reader: PdfReader) -> list:
    fonts = []
    for page in reader.pages:
        resources = page["/Resources"]
        for font in resources["/Font"].get_object().values():
            fonts.append(font.get_object())
    return fonts


def test_fonts_are_embedded():
    _, data = rendered(samples.stamped(samples.handover_minutes()))
    fonts = _fonts(read(data))
    assert fonts
    for font in fonts:
        assert "LiberationSans" in font["/BaseFont"], font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_metadata():
    _, data = rendered(samples.evaluation_sheet())
    meta = read(data).metadata
    assert meta.title == "Evaluasi Kinerja 100 Hari — Anas Dwisatya"
    assert meta.author == "Pemerintah Kabupaten Serang — Sekretariat Daerah"
    assert meta.subject.startswith("Lembar Evaluasi Kinerja")
    assert meta.creator == "Kinerja Desktop"


@pytest.mark.parametrize("paper, size_mm", [("A4", (210, 297)), ("F4", (215, 330))])
def test_paper_size(paper, size_mm):
    _, data = rendered(samples.evaluation_sheet(paper=paper))
    for page in read(data).pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(size_mm[0] * MM, abs=0.5)
        assert float(box.height) == pytest.approx(size_mm[1] * MM, abs=0.5)


def test_unknown_paper_is_refused():
    with pytest.raises(ValueError, match="Ukuran kertas"):
        rendered(samples.evaluation_sheet(paper="Letter"))


def test_stamp_prints_code_and_qr_on_every_page():
    plain = samples.evaluation_sheet(targets=samples.long_targets(30))
    _, plain_data = rendered(plain)
    _, stamped_data = rendered(samples.stamped(plain))
    plain_texts, stamped_texts = page_texts(plain_data), page_texts(stamped_data)
    assert len(plain_texts) == len(stamped_texts) >= 2
    assert not any("Kode verifikasi" in t for t in plain_texts)
    assert all("Kode verifikasi: K7Q2-9XPM" in flat(t) for t in stamped_texts)
    # Every stamped page places the QR code (a form XObject) that encodes Stamp.qr_text.
    stamp = samples.stamped(plain).stamp
    expected = _qr_modules(stamp.qr_text)
    for page in read(stamped_data).pages:
        forms = [x.get_object() for x in page["/Resources"]["/XObject"].get_object().values()
                 if x.get_object()["/Subtype"] == "/Form"]
        assert len(forms) == 1
        assert _modules_drawn(forms[0].get_data(), len(expected)) == expected


def _modules_drawn(stream: bytes, count: int) -> list[list[bool]]:
    """The QR matrix back from the form's rectangles (runs of dark modules)."""
    size = QR_SIZE
    box = size / count
    matrix = [[False] * count for _ in range(count)]
    for x, y, w, _h in re.findall(rb"([\d.\-]+) ([\d.\-]+) ([\d.\-]+) ([\d.\-]+) re",
                                 stream):
        row = round((size - float(y)) / box) - 1
        first = round(float(x) / box)
        for column in range(first, first + round(float(w) / box)):
            matrix[row][column] = True
    return matrix


def test_same_input_same_bytes(tmp_path):
    document = samples.stamped(samples.evaluation_sheet())
    _, first = rendered(document)
    _, second = rendered(document)
    assert first == second
    path = tmp_path / "lembar.pdf"
    render(document, path, printed_at=PRINTED)
    render(document, str(path), printed_at=PRINTED)
    assert path.read_bytes() == first
    # Another time of printing is another file (dates, file ID), the same pages.
    later = io.BytesIO()
    render(document, later, printed_at=PRINTED + timedelta(minutes=1))
    assert later.getvalue() != first
    assert not list(tmp_path.glob("*.tmp"))


def _images(data: bytes) -> int:
    count = 0
    for page in read(data).pages:
        xobjects = page["/Resources"].get("/XObject")
        if xobjects:
            count += sum(1 for x in xobjects.get_object().values()
                         if x.get_object()["/Subtype"] == "/Image")
    return count


def test_scanned_signature_is_drawn():
    signature = samples.sample_png()
    anas = replace(samples.ANAS, signature_png=signature)
    without = samples.evaluation_sheet(emblem=False)
    with_signature = samples.evaluation_sheet(emblem=False, signers=(anas, samples.BUPATI))
    assert _images(rendered(without)[1]) == 0
    assert _images(rendered(with_signature)[1]) == 1


def test_emblem_is_drawn_in_the_letterhead():
    assert _images(rendered(samples.evaluation_sheet(emblem=True))[1]) == 1


def test_four_witnesses_wrap_to_a_second_row():
    extra = (Signer("", "Wakil Bupati Serang", "Pandji Tirtayasa"),
             Signer("", "Inspektur", "Contoh Nama Inspektur"))
    minutes = samples.handover_minutes()
    minutes = replace(minutes, witnesses=minutes.witnesses + extra)
    _, data = rendered(minutes)
    last = flat(page_texts(data)[-1])
    assert "WAKIL BUPATI SERANG," in last and "Pandji Tirtayasa" in last
    assert "Contoh Nama Inspektur" in last and "Mengetahui," in last


def test_unknown_document_type_is_refused():
    with pytest.raises(TypeError):
        render(Row("a", "b"), io.BytesIO())


# --- several documents in one PDF -------------------------------------------------------------

def test_render_many_numbers_each_document_on_its_own():
    documents = [samples.stamped(samples.evaluation_sheet()),
                 samples.agreement_sheet(),
                 samples.stamped(samples.handover_minutes(paper="F4"), code="ABCD-EFGH")]
    single = [rendered(d)[0] for d in documents]
    calls = []
    out = io.BytesIO()
    pages = render_many(documents, out, progress=lambda done, total: calls.append((done, total)))
    assert pages == sum(single)
    reader = read(out.getvalue())
    assert len(reader.pages) == pages
    texts = [flat(p.extract_text()) for p in reader.pages]
    start = 0
    for document, count in zip(documents, single, strict=True):
        for n in range(count):
            # Numbered by the rule, per document: none on its first page, then "- 2 -" …
            assert (f"- {n + 1} -" in texts[start + n]) == (n > 0)
            if document.stamp:
                assert f"Kode verifikasi: {document.stamp.code}" in texts[start + n]
            else:
                assert "Kode verifikasi" not in texts[start + n]
            width = float(reader.pages[start + n].mediabox.width)
            assert width == pytest.approx((215 if document.paper == "F4" else 210) * MM,
                                          abs=0.5)
        assert document.date_line in " ".join(texts[start:start + count])
        start += count
    assert calls[-1] == (3, 3)
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)


def test_render_many_can_be_cancelled_between_documents(tmp_path):
    documents = [samples.evaluation_sheet(), samples.agreement_sheet(),
                 samples.handover_minutes()]
    done = []
    path = tmp_path / "semua.pdf"
    with pytest.raises(OperationCancelled):
        render_many(documents, path, progress=lambda d, t: done.append(d),
                    cancelled=lambda: bool(done) and done[-1] >= 1)
    assert not path.exists()
    assert not list(tmp_path.iterdir())


def test_render_many_cancelled_before_starting():
    out = io.BytesIO()
    with pytest.raises(OperationCancelled):
        render_many([samples.agreement_sheet()], out, cancelled=lambda: True)
    assert out.getvalue() == b""


# --- awkward input --------------------------------------------------------------------------

def test_a_cell_longer_than_a_page_splits_inside_its_row():
    long_text = " ".join(["Uraian kegiatan yang sangat panjang dan terperinci."] * 250)
    sheet = samples.evaluation_sheet(targets=(("1", long_text, "x", "100%", "1", "1",
                                               "100,0%", "100,0"),))
    pages, data = rendered(sheet)
    assert pages >= 3
    assert flat(page_texts(data)[-1]).count("NIP. ") == 1


def test_section_rows_without_header_and_text_only_sections():
    from kinerja_desktop.domain.documents import HandoverSection
    memo = samples.handover_memo()
    memo = replace(memo, sections=(
        HandoverSection("Dokumen", rows=(("1", "Renstra 2019–2024"), ("2", "DPA 2019"))),
        HandoverSection("Catatan", text="Tidak ada.")))
    _, data = rendered(memo)
    whole = flat(" ".join(page_texts(data)))
    assert "II. DOKUMEN" in whole and "Renstra 2019–2024" in whole and "III. CATATAN" in whole


def test_a_row_with_more_cells_than_the_header_is_a_bug():
    sheet = samples.evaluation_sheet(targets=(("1",) * (len(samples.TARGET_HEADER) + 1),))
    with pytest.raises(ValueError):
        rendered(sheet)


def test_an_unreadable_emblem_is_reported():
    from kinerja_desktop.domain.documents import Institution
    from kinerja_desktop.errors import KinerjaError
    sheet = replace(samples.agreement_sheet(),
                    institution=Institution("Pemerintah Kabupaten Serang",
                                            emblem_png=b"not a png"))
    with pytest.raises(KinerjaError, match="Lambang instansi"):
        rendered(sheet)


def test_a_signer_nip_is_printed_grouped_even_when_stored_as_digits():
    # A signatory's NIP is stored as typed (often 18 plain digits); the sheet groups it.
    raw = replace(samples.ANAS, nip=samples.ANAS_NIP.replace(" ", ""))
    _pages, data = rendered(samples.evaluation_sheet(signers=(raw, samples.BUPATI)))
    whole = flat(" ".join(page_texts(data)))
    assert "NIP. 19720315 199503 1 004" in whole
    assert "197203151995031004" not in whole
