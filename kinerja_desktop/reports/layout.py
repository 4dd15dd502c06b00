"""What every printed sheet shares: paper, margins, styles, letterhead, tables and signature
blocks.

A document renderer turns its dataclass into a `Part` (its flowables plus what the footer and
the PDF metadata need); reports/pdf_writer.py lays one or several parts out into one PDF/A
file, numbers the pages and draws the footers.

The page follows Permendagri No. 1 Tahun 2023 (tata naskah dinas di lingkungan pemerintah
daerah) as docs/documents.md cites it: margins at least 30 mm left, 20 mm top, 20 mm right and
25 mm bottom (the bottom one is 36 mm here: the verification footer sits inside it), an
Arial-metric face (Liberation Sans) at 11 pt for the text and 9 pt in tables.
"""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (CondPageBreak, Flowable, Image, KeepTogether, Paragraph, Spacer,
                                Table, TableStyle)

from kinerja_desktop.domain.document_parts import KOP_HEAD, Institution, Row, Signer, Stamp
from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.domain.paper import PAPER_SIZES
from kinerja_desktop.domain.puebi import (EN_DASH, address_line, foreign_spans, full_title,
                                          tidy)
from kinerja_desktop.errors import InputFileError
from kinerja_desktop.reports.fonts import BOLD, REGULAR, register_fonts

CREATOR = "Kinerja Desktop"
# Ruang tepi (margins), Permendagri 1/2023 as the national guideline words it: left at least
# 3 cm (room to punch the sheet for a binder), top at least 2 cm, right at least 2 cm, bottom
# at least 2.5 cm. The text keeps 36 mm at the bottom: the footer with the QR code lives in it.
LEFT_MARGIN = 30 * mm
RIGHT_MARGIN = 20 * mm
TOP_MARGIN = 20 * mm
RULE_BOTTOM_MARGIN = 25 * mm  # the rule's minimum, which the footer's lowest mark keeps clear of
BOTTOM_MARGIN = 36 * mm  # the text frame's bottom: footer (QR code, code, page count) below it
PAGE_NUMBER_Y = 12 * mm  # from the top edge: the "- 2 -" line, inside the top margin
# The QR code: its payload grows to ~200 characters (QR version 9-10, 53-57 modules); at 25 mm
# a module is at least 0.33 mm up to version 15, which phone cameras read off a laser print.
QR_SIZE = 25 * mm
QR_MIN_MODULE = 0.33 * mm
QR_BASE = 7 * mm  # the QR code's foot, from the bottom edge (above printers' unprintable strip)
GRID = colors.Color(0.25, 0.25, 0.25)
HEADER_FILL = colors.Color(0.88, 0.88, 0.88)
NOTICE_FILL = colors.Color(1.0, 0.95, 0.85)
NOTICE_BORDER = colors.Color(0.75, 0.35, 0.0)

# Sizes: "Naskah Dinas menggunakan jenis huruf Arial dengan ukuran 11 atau 12"; 11 is used (a
# sheet with an eight-column table and two identity tables stays readable and shorter);
# tables at 9 pt, the smallest the issue allows; the kop larger, as the regional rules draw it.
BODY_SIZE = 11
BODY_LEADING = 14
TABLE_SIZE = 9
TABLE_LEADING = 11


def _style(name: str, **kw) -> ParagraphStyle:
    base = dict(fontName=REGULAR, fontSize=BODY_SIZE, leading=BODY_LEADING)
    base.update(kw)
    return ParagraphStyle(name, **base)


def _cell_style(name: str, **kw) -> ParagraphStyle:
    return _style(name, fontSize=TABLE_SIZE, leading=TABLE_LEADING, **kw)


BODY = _style("body", alignment=TA_JUSTIFY, spaceAfter=4)
PLAIN = _style("plain")
TITLE = _style("title", fontName=BOLD, fontSize=12, leading=15, alignment=TA_CENTER)
SUBTITLE = _style("subtitle", alignment=TA_CENTER)
HEADING = _style("heading", fontName=BOLD, spaceBefore=6, spaceAfter=3, keepWithNext=1)
TABLE_HEADING = _style("table_heading", fontName=BOLD, spaceBefore=6, spaceAfter=3)
CELL = _cell_style("cell")
CELL_CENTER = _cell_style("cell_center", alignment=TA_CENTER)
CELL_HEAD = _cell_style("cell_head", fontName=BOLD, alignment=TA_CENTER)
CELL_BOLD = _cell_style("cell_bold", fontName=BOLD)
SIGN = _style("sign", alignment=TA_CENTER, leading=13.5)
SIGN_NAME = _style("sign_name", fontName=BOLD, alignment=TA_CENTER, leading=13.5)
KOP_HEAD_TITLE = _style("kop_head", fontName=BOLD, fontSize=16, leading=19, alignment=TA_CENTER)
KOP_GOVERNMENT = _style("kop_gov", fontName=BOLD, fontSize=14, leading=17, alignment=TA_CENTER)
KOP_AGENCY = _style("kop_agency", fontName=BOLD, fontSize=16, leading=19, alignment=TA_CENTER)
KOP_ADDRESS = _style("kop_address", fontSize=10, leading=12, alignment=TA_CENTER)
NOTICE = _style("notice", fontName=BOLD, alignment=TA_LEFT)
FOOTER_SIZE = 8
PAGE_NUMBER_SIZE = BODY_SIZE


def table_style(commands) -> TableStyle:
    """A TableStyle whose cells default to our font (ReportLab's default is Helvetica, which
    would be referenced in the PDF without being embedded, and PDF/A forbids that)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE)] + list(commands))


def text(value: str) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept (names, numbers: as given)."""
    return "<br/>".join(escape(line) for line in str(value).splitlines()) if value else ""


# The dash of ranges while a document is laid out (the office's setting, issue 18): a context
# variable, so that two documents printed on two threads at once do not share it.
_RANGE_DASH: contextvars.ContextVar[str] = contextvars.ContextVar("kinerja_range_dash",
                                                                  default=EN_DASH)


@contextlib.contextmanager
def range_dash(dash: str):
    """Lay out with `dash` between the numbers of a range (puebi.EN_DASH or EM_DASH)."""
    token = _RANGE_DASH.set(dash)
    try:
        yield
    finally:
        _RANGE_DASH.reset(token)


def markup(value: str) -> str:
    """Running text as Paragraph markup, in PUEBI's spelling: '80 %' -> '80%', 'Rp 150.000' ->
    'Rp150.000', '10 - 20' -> '10–20', foreign terms in italics; escaped, line breaks kept."""
    if not value:
        return ""
    lines = []
    for line in tidy(str(value), _RANGE_DASH.get()).splitlines():
        pieces, position = [], 0
        for start, end in foreign_spans(line):
            pieces += [escape(line[position:start]), f"<i>{escape(line[start:end])}</i>"]
            position = end
        pieces.append(escape(line[position:]))
        lines.append("".join(pieces))
    return "<br/>".join(lines)


def para(value: str, style: ParagraphStyle = PLAIN) -> Paragraph:
    """A paragraph of running text (see `markup`: PUEBI spelling, foreign terms italic)."""
    register_fonts()  # a Paragraph resolves its font when made
    return Paragraph(markup(value), style)


def page_size(paper: str) -> tuple[float, float]:
    """The paper's size in points; A4 or F4 (215 × 330 mm)."""
    try:
        width, height = PAPER_SIZES[paper]
    except KeyError:
        raise ValueError(f"Ukuran kertas tidak dikenal: {paper!r} "
                         f"(pilih {', '.join(PAPER_SIZES)}).") from None
    return width * mm, height * mm


def content_width(paper: str) -> float:
    return page_size(paper)[0] - LEFT_MARGIN - RIGHT_MARGIN


@dataclass
class Part:
    """One document ready for layout."""

    flowables: list
    paper: str
    title: str
    subject: str
    author: str
    stamp: Stamp | None = None
    extra: dict = field(default_factory=dict)


# --- letterhead -----------------------------------------------------------------------------

class DoubleRule(Flowable):
    """The kop's closing rule: a thick line over a thin one."""

    def __init__(self, width: float):
        super().__init__()
        self.width = width
        self.height = 4.5

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setStrokeColor(colors.black)
        c.setLineWidth(2.2)
        c.line(0, self.height - 1.1, self.width, self.height - 1.1)
        c.setLineWidth(0.7)
        c.line(0, 0.35, self.width, 0.35)


def _archival_image(data: bytes) -> bytes:
    """The image as PDF/A-2b can carry it next to an sRGB output intent: CMYK, Lab or
    high-bit-depth images (a scanned emblem may be any of them) are converted to RGB PNG;
    RGB, grey and palette images, with or without transparency, are kept as they are."""
    from PIL import Image as PillowImage  # Pillow comes with ReportLab

    with PillowImage.open(io.BytesIO(data)) as image:
        if image.mode in ("RGB", "RGBA", "L", "LA", "P", "1"):
            return data
        out = io.BytesIO()
        image.convert("RGBA" if "A" in image.getbands() else "RGB").save(out, format="PNG")
        return out.getvalue()


class _SharedImage(Image):
    """An Image drawn from a reader made beforehand: within a batch the PNG is decoded once,
    not once per sheet (ReportLab decodes an image each time it is drawn, and then finds it
    already embedded)."""

    def __init__(self, reader: ImageReader, width: float, height: float):
        self._img = reader  # before Image.__init__ measures it (it reads self._img)
        super().__init__(io.BytesIO(), width=width, height=height)


# The images of the batch being laid out (emblems, scanned signatures): a context variable
# set by batch_images(), so that a batch holds its own and nothing outlives it.
_BATCH_IMAGES: contextvars.ContextVar[dict | None] = contextvars.ContextVar(
    "kinerja_batch_images", default=None)


@contextlib.contextmanager
def batch_images():
    """While a batch is laid out: each distinct image read and checked once, its decoded
    pixels shared by every sheet that shows it; dropped when the batch ends. Inside another
    batch (one PDF per sheet of a batch) the outer one's images are used."""
    if _BATCH_IMAGES.get() is not None:
        yield
        return
    token = _BATCH_IMAGES.set({})
    try:
        yield
    finally:
        _BATCH_IMAGES.reset(token)


def _reader(png: bytes) -> tuple[ImageReader, int, int]:
    """The image as PDF/A can carry it, its reader and its size; shared within a batch."""
    cache = _BATCH_IMAGES.get()
    key = hashlib.sha256(png).digest() if cache is not None else b""
    if cache is not None and key in cache:
        return cache[key]
    data = _archival_image(png)
    reader = ImageReader(io.BytesIO(data))
    width, height = reader.getSize()
    # The XObject names ReportLab gives it, by mask: found at its first draw and reused
    # (pdf_writer's canvas), instead of an MD5 of all its pixels at every draw.
    reader._kinerja_names = {}
    found = (reader, width, height)
    if cache is not None:
        cache[key] = found
    return found


def image_flowable(png: bytes, max_width: float, max_height: float,
                   what: str = "Gambar") -> Image:
    """An image scaled to fit the box, aspect kept; an unreadable image is the user's to fix."""
    try:
        reader, width, height = _reader(png)
    except Exception as exc:  # Pillow raises several types for a broken file
        raise InputFileError(f"{what} tidak dapat dibaca sebagai gambar PNG/JPEG; "
                             "ganti berkasnya di pengaturan.") from exc
    scale = min(max_width / width, max_height / height)
    return _SharedImage(reader, width * scale, height * scale)


# The text starts two lines below the kop ("2 spasi di bawah kop").
_BELOW_KOP = 2 * BODY_LEADING
NATIONAL_EMBLEM_HEIGHT = 25 * mm
REGIONAL_EMBLEM_BOX = (20 * mm, 24 * mm)  # width, height at the kop's left


def letterhead(institution: Institution, width: float) -> list:
    """The kop of the first page, by who signs (Institution.kind):

    - KOP_HEAD (the Bupati signs): the national emblem centred at the top, under it the
      head's title in bold capitals ("BUPATI SERANG"), no address and no rule;
    - KOP_AGENCY (an agency signs): the regency emblem at the left, centred beside it
      "PEMERINTAH KABUPATEN SERANG", the agency, the address line (Jalan … Telepon … Laman …
      Pos-el … place and post code), then the closing double rule.

    Without an image the text stays centred on the page. A head kop without a head title
    falls back to the agency kop (the settings say which office's name to print)."""
    if institution.kind == KOP_HEAD and institution.head_title.strip():
        return head_letterhead(institution, width)
    return agency_letterhead(institution, width)


def head_letterhead(institution: Institution, width: float) -> list:
    story: list = []
    if institution.national_emblem_png:
        emblem = image_flowable(institution.national_emblem_png, width,
                                NATIONAL_EMBLEM_HEIGHT, "Lambang negara")
        emblem.hAlign = "CENTER"
        story += [emblem, Spacer(1, 2 * mm)]
    story.append(para(full_title(institution.head_title).upper(), KOP_HEAD_TITLE))
    return story + [Spacer(1, _BELOW_KOP)]


def agency_letterhead(institution: Institution, width: float) -> list:
    lines = [para(institution.government.upper(), KOP_GOVERNMENT)]
    if institution.agency:
        lines.append(para(full_title(institution.agency).upper(), KOP_AGENCY))
    address = address_line(institution.address, institution.telephone, institution.website,
                           institution.email, institution.place, institution.postal_code)
    if address:
        lines.append(para(address, KOP_ADDRESS))
    emblem_column = 24 * mm
    if institution.emblem_png:
        emblem = image_flowable(institution.emblem_png, *REGIONAL_EMBLEM_BOX,
                                "Lambang instansi")
        data = [[emblem, lines, ""]]
        widths = [emblem_column, width - 2 * emblem_column, emblem_column]
    else:
        data = [[lines]]
        widths = [width]
    table = Table(data, colWidths=widths, hAlign="CENTER")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, 0), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return [table, Spacer(1, 2 * mm), DoubleRule(width), Spacer(1, _BELOW_KOP)]


def table_section(heading: str, table: Flowable) -> list:
    """A heading over a table that may span pages: the heading moves on with the table's
    first rows when fewer than ~40 mm are left, but a long table never leaves a page empty."""
    return [CondPageBreak(40 * mm), para(heading, TABLE_HEADING), table]


def title_block(title: str, *subtitles: str) -> list:
    out = [para(title.upper(), TITLE)]
    out += [para(line, SUBTITLE) for line in subtitles if line]
    out.append(Spacer(1, 5 * mm))
    return out


# --- tables ---------------------------------------------------------------------------------

_NUMERIC = re.compile(r"^[\s\d.,%+\-–/()]*$")


def _longest_word(value: str, font: str, size: float) -> float:
    words = str(value).split()
    return max((stringWidth(w, font, size) for w in words), default=0.0)


def column_widths(header: Sequence[str], rows: Sequence[Sequence[str]], total: float,
                  size: float = TABLE_SIZE) -> list[float]:
    """Widths from the content: short columns (No, Bobot, Capaian) get what they need, the
    text columns share the rest in proportion to how much they hold."""
    count = len(header)
    pad = 8.0
    minimum, wanted, mass = [], [], []
    for index in range(count):
        cells = [str(r[index]) if index < len(r) else "" for r in rows]
        need = max([_longest_word(header[index], BOLD, size)]
                   + [_longest_word(c, REGULAR, size) for c in cells]) + pad
        lengths = [stringWidth(c, REGULAR, size) for c in cells] or [0.0]
        full = max([stringWidth(str(header[index]), BOLD, size) / 2] + lengths) + pad
        minimum.append(min(need, total / max(count, 1)))
        wanted.append(max(need, min(full, 240.0)))
        # how much text it holds, damped: a narrow column loses more to word wrapping
        mass.append(max(need, sum(lengths) / len(lengths)) ** 0.75)
    if sum(wanted) <= total:
        spare = total - sum(wanted)
        text_columns = [i for i in range(count) if wanted[i] > 90] or list(range(count))
        weight = sum(mass[i] for i in text_columns)
        return [w + (spare * mass[i] / weight if i in text_columns else 0.0)
                for i, w in enumerate(wanted)]
    # Too wide: keep the narrow columns, give the wide ones the rest in proportion to the text
    # they hold (never below the longest word, unless even that does not fit).
    narrow = [i for i in range(count) if wanted[i] <= 60]
    fixed = sum(wanted[i] for i in narrow)
    wide = [i for i in range(count) if i not in narrow]
    room = total - fixed
    if not wide or room <= 0:
        scale = total / sum(wanted)
        return [w * scale for w in wanted]
    weight = sum(mass[i] for i in wide)
    widths = list(wanted)
    for i in wide:
        widths[i] = max(minimum[i], room * mass[i] / weight)
    excess = sum(widths) - total
    if excess > 0.01:  # the minimums pushed it over: take it back from the widest
        for i in sorted(wide, key=lambda j: -widths[j]):
            take = min(excess, widths[i] - minimum[i] * 0.6)
            widths[i] -= take
            excess -= take
            if excess <= 0.01:
                break
    return widths


CELL_PIECE_LINES = 30  # a cell of more lines is cut into pieces of this many


def _fits(value: str, width: float) -> bool:
    """One line that needs no wrapping: drawn as a plain string, not a Paragraph (parsing and
    wrapping Paragraphs is most of a sheet's layout time)."""
    return "\n" not in value and stringWidth(value, REGULAR, CELL.fontSize) <= width


def _cell(value: str, width: float, style: ParagraphStyle = CELL):
    """A table cell: a plain string when it is one line in PUEBI's spelling already with no
    foreign term (the fast path), else a Paragraph (wrapped, foreign terms italic)."""
    value = str(value)
    if _fits(value, width) and tidy(value, _RANGE_DASH.get()) == value \
            and not foreign_spans(value):
        return value
    return para(value, style)


def _cell_pieces(value: str, width: float) -> list[str]:
    """A cell's text, cut into pieces of at most CELL_PIECE_LINES lines when it is longer than
    that: each piece becomes its own table row (no rule between), so a description longer
    than a page still flows across pages and rows split only between pieces."""
    if _fits(value, width):
        return [value]
    size = CELL.fontSize
    lines: list[tuple[str, bool]] = []  # (line, ends a paragraph of the text)
    for paragraph in value.split("\n"):
        wrapped = simpleSplit(paragraph, REGULAR, size, max(width, 10.0)) or [""]
        lines += [(line, i == len(wrapped) - 1) for i, line in enumerate(wrapped)]
    if len(lines) <= CELL_PIECE_LINES + 10:
        return [value]
    pieces = []
    for start in range(0, len(lines), CELL_PIECE_LINES):
        chunk = lines[start:start + CELL_PIECE_LINES]
        text_ = ""
        for line, ends in chunk:
            text_ += line + ("\n" if ends else " ")
        pieces.append(text_.rstrip())
    return pieces


def _take(widths: list[float], floors: Sequence[float], excess: float) -> float:
    """Narrow the columns towards their floors, each in proportion to what it has above its
    floor, by `excess` at most; returns what is still to take."""
    room = [max(w - f, 0.0) for w, f in zip(widths, floors, strict=True)]
    total = sum(room)
    if total <= 0:
        return excess
    share = min(1.0, excess / total)
    for i, r in enumerate(room):
        widths[i] -= r * share
    return excess - total * share


_BREAKABLE = re.compile(r"^\S{13,}$")  # long tokens: file names, addresses, joined words


def _plain_word(value: str, font: str) -> float:
    """The longest word of `value` that must not break: a long token with a file name's or
    an address's punctuation ("laporan-integrasi-tik.pdf;") may."""
    words = [w for w in str(value).split()
             if not (_BREAKABLE.match(w) and any(c in w for c in "-/._@:;"))]
    return max((stringWidth(w, font, TABLE_SIZE) for w in words), default=0.0)


def _fit_widths(widths: Sequence[float], header: Sequence[str],
                rows: Sequence[Sequence[str]], total: float) -> list[float]:
    """Given widths that add up to more than the table may take, narrowed to fit: first the
    room above each column's longest word, then the room above its longest word that must
    not break (a file name in a cell may break, a header word or a figure does not), then
    all alike."""
    fitted = list(widths)
    pad = 6.0
    cells = [[str(r[i]) for r in rows if i < len(r)] for i in range(len(fitted))]
    heads = [_longest_word(header[i], BOLD, TABLE_SIZE) + pad if i < len(header) else pad
             for i in range(len(fitted))]
    words = [max([heads[i]] + [_longest_word(c, REGULAR, TABLE_SIZE) + pad for c in cells[i]])
             for i in range(len(fitted))]
    plain = [max([heads[i]] + [_plain_word(c, REGULAR) + pad for c in cells[i]])
             for i in range(len(fitted))]
    excess = sum(fitted) - total
    for floors in (words, plain, heads):
        excess = _take(fitted, floors, excess)
        if excess <= 0.01:
            return fitted
    return [w * total / sum(fitted) for w in fitted]


def data_table(header: Sequence[str], rows: Sequence[Sequence[str]], width: float,
               widths: Sequence[float] | None = None,
               footer: Sequence[Sequence[str]] = ()) -> Table:
    """A ruled table whose header row repeats on every page it spans; long text wraps.

    `footer` rows (a total line) are drawn bold on a tint; the empty cells right after a footer
    row's label are merged into the label, which is right-aligned."""
    header = list(header)
    count = len(header) or max((len(r) for r in rows), default=1)
    for r in rows:
        if len(r) > count:
            raise ValueError(f"Baris tabel berisi {len(r)} sel, kepala tabel {count} kolom.")
    rows = [tuple(r) + ("",) * (count - len(r)) for r in rows]
    widths = list(widths) if widths else column_widths(header or [""] * count, rows, width)
    if sum(widths) > width + 0.01:  # given widths too wide: never into the right margin
        widths = _fit_widths(widths, header, rows, width)
    numeric = [bool(rows) and all(_NUMERIC.match(str(r[i])) for r in rows) for i in range(count)]
    data = [[para(h, CELL_HEAD) for h in header]] if header else []
    row_ends = [0] if header else []  # physical rows that end a row of the data
    for r in rows:
        pieces = [_cell_pieces(str(v), widths[i] - 6) for i, v in enumerate(r)]
        for k in range(max(len(p) for p in pieces)):
            cells = []
            for i, p in enumerate(pieces):
                value = p[k] if k < len(p) else ""
                cells.append(_cell(value, widths[i] - 6, CELL_CENTER if numeric[i] else CELL))
            data.append(cells)
        row_ends.append(len(data) - 1)
    style = [
        # Plain-string cells (one line that fits) in the cell font; Paragraphs carry their own.
        ("FONT", (0, 0), (-1, -1), REGULAR, CELL.fontSize, CELL.leading),
        ("BOX", (0, 0), (-1, -1), 0.5, GRID),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("LINEBELOW", (0, r), (-1, r), 0.5, GRID) for r in row_ends]
    style += [("ALIGN", (i, 0), (i, -1), "CENTER") for i in range(count) if numeric[i]]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                  ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
    foot_label = _cell_style("foot_label", fontName=BOLD, alignment=2)
    foot_value = _cell_style("foot_value", fontName=BOLD, alignment=TA_CENTER)
    for f in footer:
        f = list(f) + [""] * (count - len(f))
        row_index = len(data)
        span = 0  # empty cells right after the label are merged into it
        while span + 1 < count and f[span + 1] == "":
            span += 1
        span = min(span, max(count - 2, 0)) if any(f[1:]) else count - 1
        data.append([para(f[0], foot_label)] + [para(v, foot_value) for v in f[1:]])
        if span:
            style.append(("SPAN", (0, row_index), (span, row_index)))
        style += [("BACKGROUND", (0, row_index), (-1, row_index), HEADER_FILL),
                  ("LINEBELOW", (0, row_index), (-1, row_index), 0.5, GRID)]
    if not data:
        data = [[""] * count]
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    table.setStyle(table_style(style))
    return table


def identity_table(heading: str, rows: Sequence[Row], width: float) -> Table:
    """e-Kinerja's identity table: NO | heading over LABEL | VALUE, rows numbered."""
    number_width = 8 * mm
    label_width = max([stringWidth(r.label.upper(), REGULAR, TABLE_SIZE) for r in rows]
                      + [0]) + 8
    label_width = min(label_width, (width - number_width) * 0.42)
    data = [[para("NO", CELL_HEAD), para(heading.upper(), CELL_HEAD), ""]]
    value_width = width - number_width - label_width
    for number, row in enumerate(rows, start=1):
        label, value = row.label.upper(), row.value
        data.append([str(number), _cell(label, label_width - 6), _cell(value, value_width - 6)])
    table = Table(data, colWidths=[number_width, label_width, value_width],
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style([
        ("FONT", (0, 1), (-1, -1), REGULAR, CELL.fontSize, CELL.leading),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("SPAN", (1, 0), (2, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def side_by_side(left: Flowable, right: Flowable, width: float, gap: float = 4 * mm) -> Table:
    half = (width - gap) / 2
    table = Table([[left, "", right]], colWidths=[half, gap, half], hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def notice_box(message: str, width: float) -> Table:
    """A framed, tinted notice (a revision) that cannot be missed."""
    table = Table([[para(message, NOTICE)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(table_style([
        ("BOX", (0, 0), (-1, -1), 1.2, NOTICE_BORDER),
        ("BACKGROUND", (0, 0), (-1, -1), NOTICE_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


# --- signatures -----------------------------------------------------------------------------

SIGNATURE_SPACE = 22 * mm


def signer_title(signer: Signer) -> str:
    """'BUPATI SERANG,' or 'Plt. KEPALA DINAS …,' — capitals, one comma at the end, the title
    written in full (no abbreviation in a signature block: 'Kadis' -> 'KEPALA DINAS')."""
    title = full_title(signer.title.strip().rstrip(",")).upper()
    if signer.acting:
        title = f"{signer.acting.strip()} {title}"
    return f"{title},"


def _signature_rows(signers: Sequence[Signer]) -> list[list[Signer]]:
    """Up to three side by side; with more, the first two (the parties) share the first row
    and the rest (witnesses, the one who knows) follow in rows of up to three."""
    signers = list(signers)
    if len(signers) <= 3:
        return [signers]
    rows = [signers[:2]]
    rest = signers[2:]
    while rest:
        rows.append(rest[:3])
        rest = rest[3:]
    return rows


def _upper_cell(signer: Signer) -> list:
    lines = []
    if signer.heading:
        lines.append(para(signer.heading, SIGN))
    if signer.on_behalf_of:
        on_behalf_of = full_title(signer.on_behalf_of.strip().rstrip(","))
        lines.append(para(f"a.n. {on_behalf_of.upper()}", SIGN))
    lines.append(para(signer_title(signer), SIGN))
    return lines


def _lower_cell(signer: Signer) -> list:
    lines = [Paragraph(f"<u>{text(signer.name)}</u>", SIGN_NAME)]
    if signer.rank:
        lines.append(para(signer.rank, SIGN))
    if signer.nip:
        lines.append(para(f"NIP. {format_nip(signer.nip)}", SIGN))  # grouped, as BKN prints it
    return lines


def _space_cell(signer: Signer, column: float):
    if signer.signature_png:
        return image_flowable(signer.signature_png, min(column - 6, 50 * mm),
                              SIGNATURE_SPACE - 2 * mm, f"Tanda tangan {signer.name}")
    return ""


def signature_blocks(date_line: str, signers: Sequence[Signer], width: float) -> Flowable:
    """The date line and every signature block, kept together on one page.

    The date line sits above the right-most block of the first row (the signing official's
    side); a single signer stands in the right half of the page."""
    story = []
    rows = _signature_rows(signers)
    for row_number, row in enumerate(rows):
        count = len(row)
        slots = max(count, 2)
        column = width / slots
        offset = slots - count  # a lone signer goes to the right
        empty_row: list[object] = [""] * slots  # cells: text, or a signer's flowables
        date_cells = list(empty_row)
        upper, space, lower = list(empty_row), list(empty_row), list(empty_row)
        for index, signer in enumerate(row):
            slot = index + offset
            upper[slot] = _upper_cell(signer)
            space[slot] = _space_cell(signer, column)
            lower[slot] = _lower_cell(signer)
        data = []
        if row_number == 0 and date_line:
            date_cells[slots - 1] = para(date_line, SIGN)
            data.append(date_cells)
        data += [upper, space, lower]
        space_row = len(data) - 2
        table = Table(data, colWidths=[column] * slots,
                      rowHeights=[None] * space_row + [SIGNATURE_SPACE, None], hAlign="LEFT")
        table.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, space_row), (-1, space_row), "MIDDLE"),
            ("ALIGN", (0, space_row), (-1, space_row), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("NOSPLIT", (0, 0), (-1, -1)),
        ]))
        if row_number:
            story.append(Spacer(1, 6 * mm))
        story.append(table)
    return KeepTogether([Spacer(1, 6 * mm)] + story)


__all__ = ["Part", "letterhead", "head_letterhead", "agency_letterhead", "title_block",
           "data_table", "identity_table", "side_by_side", "notice_box", "signature_blocks",
           "signer_title", "page_size", "content_width", "para", "text", "markup", "BODY",
           "PLAIN", "HEADING", "CELL", "table_section", "table_style", "column_widths",
           "batch_images"]
