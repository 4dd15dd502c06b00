"""The page of every printed document, read back with pypdf from the sample documents: margins
from text positions, the face and its sizes, page numbers, the two letterheads, PUEBI spelling.

The rules (docs/documents.md): Permendagri No. 1 Tahun 2023 on tata naskah dinas in regional
government — margins of at least 3 cm left, 2 cm top, 2 cm right and 2.5 cm bottom; Arial 11
or 12 pt (Liberation Sans has Arial's metrics); the page number "- 2 -" centred at the top
from the second page on, the first page (with the kop) not numbered."""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from kinerja_desktop.domain.document_parts import KOP_AGENCY, KOP_HEAD, Institution, Signer
from kinerja_desktop.reports import render, render_many, samples
from kinerja_desktop.reports import layout
from kinerja_desktop.reports.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts
from kinerja_desktop.reports.layout import (BOTTOM_MARGIN, LEFT_MARGIN, PAGE_NUMBER_Y,
                                            RIGHT_MARGIN, RULE_BOTTOM_MARGIN, TOP_MARGIN, Part,
                                            data_table, para, signature_blocks)
from kinerja_desktop.reports.pdf_writer import write_pdf

MM = 72 / 25.4
PRINTED = datetime(2019, 9, 21, 10, 30, tzinfo=timezone(timedelta(hours=7)))
TOLERANCE = 0.5  # points: rounding in the content stream

FACES = {"LiberationSans": REGULAR, "LiberationSans-Bold": BOLD,
         "LiberationSans-Italic": ITALIC, "LiberationSans-BoldItalic": BOLD_ITALIC}


@dataclass
class Run:
    """One line of text as drawn: where it starts, its size and face, how wide it is."""

    text: str
    x: float
    y: float  # baseline
    size: float
    face: str  # "LiberationSans-Bold" (the subset prefix removed)
    width: float

    @property
    def right(self) -> float:
        """The right end as drawn. A justified line may be set with its spaces narrowed by up
        to 5% (ReportLab's spaceShrinkage, a negative Tw) to fit exactly; the width computed
        here has full spaces, so that shrinkage is taken off again."""
        spaces = self.text.count(" ")
        shrink = 0.05 * spaces * stringWidth(" ", FACES[self.face], self.size)
        return self.x + self.width - shrink

    @property
    def centre(self) -> float:
        return self.x + self.width / 2


def _multiply(a, b):
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


def runs(page) -> list[Run]:
    register_fonts()
    found: list[Run] = []

    def visit(text, cm, tm, font, size):
        text = text.rstrip("\n")
        if not text.strip() or not font:
            return
        matrix = _multiply(tm, cm)
        scale = math.hypot(matrix[0], matrix[1])
        face = str(font["/BaseFont"]).split("+", 1)[-1]
        # pypdf puts a space before a line that follows another in the same text object;
        # ReportLab draws none (its lines start at their first glyph, where the matrix is).
        text = text.strip()
        width = stringWidth(text, FACES[face], size) * scale
        found.append(Run(text, matrix[4], matrix[5], size * scale, face, width))

    page.extract_text(visitor_text=visit)
    return found


def images(page) -> list[tuple[float, float, float, float]]:
    """(x, y, width, height) of every image drawn on the page."""
    names = {name for name, x in (page["/Resources"].get("/XObject") or {}).items()
             if x.get_object()["/Subtype"] == "/Image"}
    placed = []

    def visit(operator, operands, cm, tm):
        if operator == b"Do" and operands and operands[0] in names:
            placed.append((cm[4], cm[5], cm[0], cm[3]))

    page.extract_text(visitor_operand_before=visit)
    return placed


def rendered(document) -> PdfReader:
    out = io.BytesIO()
    render(document, out, printed_at=PRINTED)
    return PdfReader(io.BytesIO(out.getvalue()))


def page_size(page) -> tuple[float, float]:
    return float(page.mediabox.width), float(page.mediabox.height)


def centre_of_text(page) -> float:
    width, _ = page_size(page)
    return (LEFT_MARGIN + width - RIGHT_MARGIN) / 2


# The real documents, made when a test asks (the samples' own module changes with the forms).
DOCUMENTS = {
    "evaluation": lambda: samples.stamped(samples.evaluation_sheet()),
    "evaluation-f4-60": lambda: samples.stamped(samples.evaluation_sheet(
        paper="F4", targets=samples.long_targets(60))),
    "agreement": lambda: samples.stamped(samples.agreement_sheet()),
    "handover": lambda: samples.stamped(samples.handover_minutes()),
    "handover-f4": lambda: samples.stamped(samples.handover_minutes(paper="F4")),
    "unstamped-agreement": lambda: samples.agreement_sheet(),
}


@pytest.fixture(scope="module", params=sorted(DOCUMENTS))
def document_pdf(request):
    return request.param, rendered(DOCUMENTS[request.param]())


def _footer_texts(reader: PdfReader) -> set[str]:
    """The words the verification footer may draw (the code line and the wrapped note)."""
    return {"Kode verifikasi", "Dokumen ini terdiri atas", "Periksa", "Kinerja", "QR"}


def _is_footer(run: Run) -> bool:
    return run.y < BOTTOM_MARGIN - 2


def _is_page_number(run: Run, page) -> bool:
    return run.y > page_size(page)[1] - TOP_MARGIN


# --- margins ----------------------------------------------------------------------------------

def test_text_keeps_the_margins(document_pdf):
    name, reader = document_pdf
    widest = 0.0
    for number, page in enumerate(reader.pages, start=1):
        width, height = page_size(page)
        body = [r for r in runs(page) if not _is_footer(r) and not _is_page_number(r, page)]
        assert body, f"{name} page {number}: no text"
        for run in body:
            where = f"{name} page {number}: {run.text!r}"
            assert run.x >= LEFT_MARGIN - TOLERANCE, where  # at least 30 mm left
            assert run.right <= width - RIGHT_MARGIN + TOLERANCE, where  # 20 mm right
            # The top of the capitals (0.73 em in Liberation Sans) under 20 mm from the top.
            assert run.y + 0.73 * run.size <= height - TOP_MARGIN + TOLERANCE, where
            # The body ends above the footer, itself inside the rule's 25 mm bottom margin.
            assert run.y >= BOTTOM_MARGIN - 0.25 * run.size, where
            assert run.y > RULE_BOTTOM_MARGIN, where
            widest = max(widest, run.right)
        assert LEFT_MARGIN == pytest.approx(30 * MM) and RIGHT_MARGIN == pytest.approx(20 * MM)
        assert TOP_MARGIN == pytest.approx(20 * MM) and RULE_BOTTOM_MARGIN == pytest.approx(
            25 * MM)
        # The left margin is really used: some line starts at it (or a table cell's text, a
        # padding away from the table's rule on the margin).
        assert min(r.x for r in body) == pytest.approx(LEFT_MARGIN, abs=5), name
    # ... and the right one: some line (a justified paragraph, a table's rule) reaches it.
    assert widest >= page_size(reader.pages[0])[0] - RIGHT_MARGIN - 25, name


def test_the_footer_stays_in_the_bottom_margin(document_pdf):
    name, reader = document_pdf
    stamped = not name.startswith("unstamped")
    for page in reader.pages:
        footer = [r for r in runs(page) if _is_footer(r)]
        if not stamped:
            assert footer == []
            continue
        assert footer and footer[0].text.startswith("Kode verifikasi: ")
        for run in footer:
            assert run.y + 0.73 * run.size < BOTTOM_MARGIN
            assert run.y > 5 * MM  # clear of a printer's unprintable strip
            assert run.x >= LEFT_MARGIN - TOLERANCE
            assert run.size >= 8


# --- face and sizes ---------------------------------------------------------------------------

def test_fonts_are_liberation_subsets(document_pdf):
    name, reader = document_pdf
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].get_object().values():
            base = str(font.get_object()["/BaseFont"])
            assert re.fullmatch(r"/[A-Z]{6}\+LiberationSans(-Bold|-Italic|-BoldItalic)?", base)
            assert "/FontFile2" in font.get_object()["/FontDescriptor"].get_object()


def test_text_sizes(document_pdf):
    name, reader = document_pdf
    sizes = set()
    for page in reader.pages:
        for run in runs(page):
            if _is_footer(run):
                continue
            sizes.add(run.size)
            assert run.size >= 9, f"{name}: {run.text!r} at {run.size} pt"
    # Text at 11 (body, signatures) or more (title, kop); tables at 9; the kop's address 10.
    assert 11 in sizes
    assert sizes <= {9, 10, 11, 12, 14, 16}, sizes


def test_body_text_is_eleven_and_tables_nine():
    reader = rendered(samples.stamped(samples.handover_minutes()))
    drawn = [r for page in reader.pages for r in runs(page)]

    def size_of(start: str) -> float:
        found = [r.size for r in drawn if r.text.startswith(start)]
        assert found, start
        return found[0]

    assert size_of("Pada hari ini") == 11  # the opening paragraph
    assert size_of("Serang, 14 Juni 2019") == 11  # the date line
    assert size_of("NIP. 19661120 198903 1 007") == 11  # a signature block
    # A table: the handover's sections are tables of 9 pt.
    sheet = samples.evaluation_sheet()
    cells = [r for page in rendered(sheet).pages for r in runs(page)
             if r.text.startswith("Optimalisasi")]
    assert cells and all(r.size == 9 for r in cells)


# --- page numbers -----------------------------------------------------------------------------

def test_pages_are_numbered_at_the_top_from_the_second_on(document_pdf):
    name, reader = document_pdf
    for number, page in enumerate(reader.pages, start=1):
        _, height = page_size(page)
        drawn = runs(page)
        top = [r for r in drawn if _is_page_number(r, page)]
        assert not any("Halaman" in r.text for r in drawn)
        if number == 1:
            assert top == [], f"{name}: the first page carries the kop, not a number"
            continue
        assert [r.text for r in top] == [f"- {number} -"], name
        (run,) = top
        assert run.centre == pytest.approx(centre_of_text(page), abs=1)
        assert run.y == pytest.approx(height - PAGE_NUMBER_Y, abs=1)
        assert run.size == 11 and run.face == "LiberationSans"


def test_the_footer_gives_the_page_count():
    reader = rendered(DOCUMENTS["evaluation-f4-60"]())
    count = len(reader.pages)
    assert count > 2
    for page in reader.pages:
        text = " ".join(page.extract_text().split())
        assert f"Dokumen ini terdiri atas {count} (" in text


def test_a_batch_numbers_each_document_on_its_own():
    documents = [DOCUMENTS["evaluation-f4-60"](), DOCUMENTS["handover"]()]
    counts = [len(rendered(d).pages) for d in documents]
    out = io.BytesIO()
    render_many(documents, out, printed_at=PRINTED)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    expected = [n for count in counts for n in range(1, count + 1)]
    for page, number in zip(reader.pages, expected, strict=True):
        top = [r.text for r in runs(page) if _is_page_number(r, page)]
        assert top == ([] if number == 1 else [f"- {number} -"])


# --- letterheads ------------------------------------------------------------------------------

EMBLEM = samples.sample_png(200, 240, "emblem")
GARUDA = samples.sample_png(260, 240, "emblem")
HEAD = Institution(government="Pemerintah Kabupaten Serang", agency="Sekretariat Daerah",
                   place="Serang", kind=KOP_HEAD, head_title="Bupati Serang",
                   national_emblem_png=GARUDA, emblem_png=EMBLEM,
                   address="Jl. Veteran No. 1", telephone="(0254) 200001")
AGENCY = Institution(government="Pemerintah Kabupaten Serang", agency="Setda",
                     address="Jl. Veteran No. 1", place="Serang", emblem_png=EMBLEM,
                     kind=KOP_AGENCY, telephone="(0254) 200001", email="setda@serangkab.go.id",
                     postal_code="42111", website="serangkab.go.id")
ADDRESS = ("Jalan Veteran Nomor 1 Telepon (0254) 200001 Laman serangkab.go.id Pos-el "
           "setda@serangkab.go.id Serang 42111")


def kop_pdf(institution: Institution) -> PdfReader:
    """A one-page document with the kop and a line of text: the kop alone on its page."""
    part = Part(layout.letterhead(institution, layout.content_width("A4"))
                + [para("Isi naskah.", layout.BODY)], "A4", title="Uji kop", subject="Uji",
                author="Pemerintah Kabupaten Serang")
    out = io.BytesIO()
    write_pdf([part], out, printed_at=PRINTED)
    return PdfReader(io.BytesIO(out.getvalue()))


def test_head_kop_is_the_national_emblem_over_the_title():
    page = kop_pdf(HEAD).pages[0]
    drawn = runs(page)
    title = [r for r in drawn if r.text == "BUPATI SERANG"]
    assert len(title) == 1
    (title,) = title
    assert title.face == "LiberationSans-Bold" and title.size == 16
    assert title.centre == pytest.approx(centre_of_text(page), abs=1)
    # No address, no government line: the head's own kop.
    text = " ".join(r.text for r in drawn)
    assert "PEMERINTAH" not in text and "Jalan" not in text and "Telepon" not in text
    # One image, the national emblem, centred above the title (not the regency's).
    (emblem,) = images(page)
    x, y, width, height = emblem
    assert x + width / 2 == pytest.approx(centre_of_text(page), abs=1)
    assert y > title.y + title.size * 0.73
    assert width / height == pytest.approx(260 / 240, rel=0.02)
    assert y + height <= page_size(page)[1] - TOP_MARGIN + TOLERANCE
    # The text starts two lines below the kop.
    body = next(r for r in drawn if r.text == "Isi naskah.")
    assert title.y - body.y >= 2 * layout.BODY_LEADING


def test_head_kop_without_the_emblem_is_the_title_alone():
    page = kop_pdf(replace(HEAD, national_emblem_png=None)).pages[0]
    assert images(page) == []
    (title,) = [r for r in runs(page) if r.text == "BUPATI SERANG"]
    assert title.centre == pytest.approx(centre_of_text(page), abs=1)


def test_head_kop_without_a_title_falls_back_to_the_agency_kop():
    page = kop_pdf(replace(HEAD, head_title="")).pages[0]
    assert [r.text for r in runs(page)][:2] == ["PEMERINTAH KABUPATEN SERANG",
                                                 "SEKRETARIAT DAERAH"]


def test_agency_kop_order_centring_and_address_line():
    page = kop_pdf(AGENCY).pages[0]
    drawn = runs(page)
    lines = [r for r in drawn if r.text != "Isi naskah."]
    government, agency = lines[0], lines[1]
    assert government.text == "PEMERINTAH KABUPATEN SERANG"
    assert agency.text == "SEKRETARIAT DAERAH"  # "Setda" written in full
    assert government.face == agency.face == "LiberationSans-Bold"
    assert (government.size, agency.size) == (14, 16)
    address = lines[2:]
    assert " ".join(" ".join(r.text for r in address).split()) == ADDRESS
    assert all(r.size == 10 and r.face == "LiberationSans" for r in address)
    # Top to bottom, each centred on the text column (the emblem does not push it aside).
    ys = [r.y for r in lines]
    assert ys == sorted(ys, reverse=True)
    for run in lines:
        assert run.centre == pytest.approx(centre_of_text(page), abs=1), run.text
    # The regency emblem at the left, level with the text.
    (emblem,) = images(page)
    x, y, width, height = emblem
    assert x == pytest.approx(LEFT_MARGIN + (24 * MM - width) / 2, abs=1)
    assert y < government.y < y + height + 10
    assert x + width < min(r.x for r in lines)


def test_agency_kop_without_an_emblem_is_centred():
    page = kop_pdf(replace(AGENCY, emblem_png=None)).pages[0]
    assert images(page) == []
    for run in runs(page)[:3]:
        assert run.centre == pytest.approx(centre_of_text(page), abs=1), run.text


def test_documents_draw_the_kop_of_their_institution():
    sheet = replace(samples.agreement_sheet(), institution=AGENCY)
    text = " ".join(" ".join(rendered(sheet).pages[0].extract_text().split()).split())
    assert text.startswith("PEMERINTAH KABUPATEN SERANG SEKRETARIAT DAERAH Jalan Veteran")


# --- PUEBI on the page ------------------------------------------------------------------------

def test_puebi_in_a_rendered_table_and_signature():
    width = layout.content_width("A4")
    table = data_table(("No", "Uraian", "Capaian"),
                       [("1", "Rintisan smart village dan Rp 150.000.000", "80 %"),
                        ("2", "Target 10 - 20 desa", "90,5 %")], width)
    signer = Signer("Pejabat yang Dinilai", "Kadis Kesehatan Kab. Serang", "Nama Contoh",
                    acting="Plt.")
    part = Part([table, signature_blocks("Serang, 1 Juli 2024", [signer], width)], "A4",
                title="Uji", subject="Uji", author="Uji")
    out = io.BytesIO()
    write_pdf([part], out, printed_at=PRINTED)
    page = PdfReader(io.BytesIO(out.getvalue())).pages[0]
    drawn = runs(page)
    text = " ".join(page.extract_text().split())
    assert "80%" in text and "90,5%" in text and "80 %" not in text
    assert "Rp150.000.000" in text and "Rp 150" not in text
    assert "10–20 desa" in text
    italic = [r for r in drawn if r.face == "LiberationSans-Italic"]
    assert [r.text.strip() for r in italic] == ["smart village"]
    assert all(r.face == "LiberationSans" for r in drawn if "Rintisan" in r.text)
    assert "Plt. KEPALA DINAS KESEHATAN KABUPATEN SERANG," in text
    assert "KADIS" not in text and "KAB." not in text


def test_foreign_terms_are_italic_in_a_real_document():
    # The evaluation sample's recommendation speaks of the "smart village" programme.
    reader = rendered(samples.stamped(samples.evaluation_sheet()))
    italic = [r.text.strip().lower() for page in reader.pages for r in runs(page)
              if r.face == "LiberationSans-Italic"]
    assert "smart village" in italic or "smart" in italic


# --- the QR code of a signed payload ----------------------------------------------------------

def _qr_forms(page) -> list[tuple[float, float, float]]:
    """(x, y, side) of every form XObject placed on the page (the QR code)."""
    forms = {name: x.get_object() for name, x in page["/Resources"]["/XObject"].items()
             if x.get_object()["/Subtype"] == "/Form"}
    placed = []

    def visit(operator, operands, cm, tm):
        if operator == b"Do" and operands and operands[0] in forms:
            box = [float(v) for v in forms[operands[0]]["/BBox"]]
            placed.append((cm[4], cm[5], (box[2] - box[0]) * cm[0]))

    page.extract_text(visitor_operand_before=visit)
    return placed


def test_a_signed_qr_payload_is_printed_large_enough_inside_the_bottom_margin():
    from kinerja_desktop.reports.layout import QR_BASE
    from kinerja_desktop.reports.qr import qr_modules as _qr_modules
    payload = "KD1." + "A1b2C3d4" * 24 + "xyz"  # ~200 characters, as the signed text is
    assert len(payload) >= 195
    document = samples.stamped(samples.handover_minutes())
    document = replace(document, stamp=replace(document.stamp, signed_qr=payload))
    reader = rendered(document)
    modules = len(_qr_modules(payload))
    assert modules >= 53  # version 9 or more
    for page in reader.pages:
        width, _ = page_size(page)
        (placed,) = _qr_forms(page)
        x, y, side = placed
        assert side / modules >= 0.33 * MM  # a module phones read off a laser print
        assert side == pytest.approx(25 * MM, abs=0.5)
        assert x + side == pytest.approx(width - RIGHT_MARGIN, abs=0.5)
        assert y == pytest.approx(QR_BASE, abs=0.5)
        assert y + side < BOTTOM_MARGIN  # in the margin, clear of the text
        # The footer's texts stay left of the code.
        for run in runs(page):
            if _is_footer(run):
                assert run.right < x
