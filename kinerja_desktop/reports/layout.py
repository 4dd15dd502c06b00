"""What every printed sheet shares: paper, letterhead, tables, signature blocks, the footer.

A document renderer turns its dataclass into a `Part` (its flowables plus what the footer and
the PDF metadata need); `write_pdf` lays out one or several parts into one PDF. Each part starts
on a new page of its own paper size and is numbered on its own ("Halaman 2 dari 3"): the canvas
keeps every page until the end, when the totals are known, and only then draws the footers.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, Image,
                                KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.domain.documents import Institution, Row, Signer, Stamp
from kinerja_desktop.domain.paper import PAPER_SIZES
from kinerja_desktop.errors import InputFileError, OperationCancelled, os_reason
from kinerja_desktop.reports.fonts import BOLD, REGULAR, register_fonts

CREATOR = "Kinerja Desktop"
LEFT_MARGIN = 25 * mm
RIGHT_MARGIN = 20 * mm
TOP_MARGIN = 15 * mm
BOTTOM_MARGIN = 30 * mm  # room for the footer: verification code, QR code, page number
QR_SIZE = 17 * mm
GRID = colors.Color(0.25, 0.25, 0.25)
HEADER_FILL = colors.Color(0.88, 0.88, 0.88)
NOTICE_FILL = colors.Color(1.0, 0.95, 0.85)
NOTICE_BORDER = colors.Color(0.75, 0.35, 0.0)


def _style(name: str, **kw) -> ParagraphStyle:
    base = dict(fontName=REGULAR, fontSize=10, leading=13)
    base.update(kw)
    return ParagraphStyle(name, **base)


BODY = _style("body", alignment=TA_JUSTIFY, spaceAfter=4)
PLAIN = _style("plain")
TITLE = _style("title", fontName=BOLD, fontSize=12, leading=15, alignment=TA_CENTER)
SUBTITLE = _style("subtitle", alignment=TA_CENTER)
HEADING = _style("heading", fontName=BOLD, spaceBefore=6, spaceAfter=3, keepWithNext=1)
TABLE_HEADING = _style("table_heading", fontName=BOLD, spaceBefore=6, spaceAfter=3)
CELL = _style("cell", fontSize=8.5, leading=10.5)
CELL_CENTER = _style("cell_center", fontSize=8.5, leading=10.5, alignment=TA_CENTER)
CELL_HEAD = _style("cell_head", fontName=BOLD, fontSize=8.5, leading=10.5, alignment=TA_CENTER)
CELL_BOLD = _style("cell_bold", fontName=BOLD, fontSize=8.5, leading=10.5)
SIGN = _style("sign", alignment=TA_CENTER, leading=12.5)
SIGN_NAME = _style("sign_name", fontName=BOLD, alignment=TA_CENTER, leading=12.5)
KOP_GOVERNMENT = _style("kop_gov", fontName=BOLD, fontSize=13, leading=16, alignment=TA_CENTER)
KOP_AGENCY = _style("kop_agency", fontName=BOLD, fontSize=15, leading=18, alignment=TA_CENTER)
KOP_ADDRESS = _style("kop_address", fontSize=8.5, leading=10.5, alignment=TA_CENTER)
NOTICE = _style("notice", fontName=BOLD, fontSize=9.5, leading=12.5, alignment=TA_LEFT)


def table_style(commands) -> TableStyle:
    """A TableStyle whose cells default to our font (ReportLab's default is Helvetica, which
    would be referenced in the PDF without being embedded)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 10)] + list(commands))


def text(value: str) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in str(value).splitlines()) if value else ""


def para(value: str, style: ParagraphStyle = PLAIN) -> Paragraph:
    register_fonts()  # a Paragraph resolves its font when made
    return Paragraph(text(value), style)


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


def image_flowable(png: bytes, max_width: float, max_height: float,
                   what: str = "Gambar") -> Image:
    """An image scaled to fit the box, aspect kept; an unreadable image is the user's to fix."""
    try:
        reader = ImageReader(io.BytesIO(png))
        width, height = reader.getSize()
    except Exception as exc:  # Pillow raises several types for a broken file
        raise InputFileError(f"{what} tidak dapat dibaca sebagai gambar PNG/JPEG; "
                             "ganti berkasnya di pengaturan.") from exc
    scale = min(max_width / width, max_height / height)
    return Image(io.BytesIO(png), width=width * scale, height=height * scale)


def letterhead(institution: Institution, width: float) -> list:
    """Kop: emblem (if any) at the left, the text centred on the page, then the double rule."""
    lines = [para(institution.government.upper(), KOP_GOVERNMENT)]
    if institution.agency:
        lines.append(para(institution.agency.upper(), KOP_AGENCY))
    if institution.address:
        lines.append(para(institution.address, KOP_ADDRESS))
    emblem_column = 24 * mm
    if institution.emblem_png:
        emblem = image_flowable(institution.emblem_png, 20 * mm, 24 * mm,
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
    return [table, Spacer(1, 2 * mm), DoubleRule(width), Spacer(1, 5 * mm)]


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
                  size: float = 8.5) -> list[float]:
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
    numeric = [bool(rows) and all(_NUMERIC.match(str(r[i])) for r in rows) for i in range(count)]
    data = [[para(h, CELL_HEAD) for h in header]] if header else []
    row_ends = [0] if header else []  # physical rows that end a row of the data
    for r in rows:
        pieces = [_cell_pieces(str(v), widths[i] - 6) for i, v in enumerate(r)]
        for k in range(max(len(p) for p in pieces)):
            cells = []
            for i, p in enumerate(pieces):
                value = p[k] if k < len(p) else ""
                cells.append(value if _fits(value, widths[i] - 6)
                             else para(value, CELL_CENTER if numeric[i] else CELL))
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
    foot_label = _style("foot_label", fontName=BOLD, fontSize=8.5, leading=10.5, alignment=2)
    foot_value = _style("foot_value", fontName=BOLD, fontSize=8.5, leading=10.5,
                        alignment=TA_CENTER)
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
    label_width = max([stringWidth(r.label.upper(), REGULAR, 8.5) for r in rows] + [0]) + 8
    label_width = min(label_width, (width - number_width) * 0.42)
    data = [[para("NO", CELL_HEAD), para(heading.upper(), CELL_HEAD), ""]]
    value_width = width - number_width - label_width
    for number, row in enumerate(rows, start=1):
        label, value = row.label.upper(), row.value
        data.append([str(number),
                     label if _fits(label, label_width - 6) else para(label, CELL),
                     value if _fits(value, value_width - 6) else para(value, CELL)])
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
    """'BUPATI SERANG,' or 'Plt. KEPALA DINAS …,' — capitals, one comma at the end."""
    title = signer.title.strip().rstrip(",").upper()
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
        lines.append(para(f"a.n. {signer.on_behalf_of.strip().rstrip(',').upper()}", SIGN))
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


# --- document assembly ----------------------------------------------------------------------

class _PartStart(Flowable):
    """Zero-size mark at the top of a part: tells the canvas which part its pages belong to,
    reports progress and honours a cancel between documents."""

    def __init__(self, index: int, total: int, progress, cancelled):
        super().__init__()
        self.index, self.total = index, total
        self.progress, self.cancelled = progress, cancelled
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        if self.index and self.cancelled and self.cancelled():
            raise OperationCancelled("Pencetakan dibatalkan; tidak ada berkas yang ditulis.")
        if self.index and self.progress:
            self.progress(self.index, self.total)
        self.canv._kinerja_part = self.index


def _qr_modules(value: str) -> list[list[bool]]:
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    # make() would try all eight masks and keep the one with the fewest "lost points"; every
    # mask gives a valid code, and scoring them was a third of a sheet's time. Mask 0 is used.
    qr.version = qr.calculate_version()
    qr.makeImpl(False, 0)
    return [[bool(m) for m in row] for row in qr.modules]


def _make_qr_form(canv, name: str, value: str, size: float) -> None:
    """The QR code as a form XObject: encoded and drawn once per document, placed on each of
    its pages (the widget per page cost most of a batch print's time)."""
    modules = _qr_modules(value)
    box = size / len(modules)
    canv.beginForm(name, 0, 0, size, size)
    canv.setFillColor(colors.black)
    path = canv.beginPath()
    for r, row in enumerate(modules):
        column = 0
        for dark, run in itertools.groupby(row):
            count = len(list(run))
            if dark:
                path.rect(column * box, size - (r + 1) * box, count * box, box)
            column += count
    canv.drawPath(path, stroke=0, fill=1)
    canv.endForm()


def _draw_footer(canv, stamp: Stamp | None, qr_form: str, number: int, total: int) -> None:
    width, _ = canv._pagesize
    right = width - RIGHT_MARGIN
    base = 9 * mm
    line_y = base + QR_SIZE - 5 * mm
    canv.saveState()
    canv.setStrokeColor(colors.Color(0.5, 0.5, 0.5))
    canv.setLineWidth(0.4)
    rule_y = base + QR_SIZE + 3.5 * mm  # a quiet zone above the QR code
    canv.line(LEFT_MARGIN, rule_y, right, rule_y)
    canv.setFillColor(colors.black)
    page_text = f"Halaman {number} dari {total}"
    if stamp:
        canv.saveState()
        canv.translate(right - QR_SIZE, base)
        canv.doForm(qr_form)
        canv.restoreState()
        label = "Kode verifikasi: "
        canv.setFont(BOLD, 8)
        canv.drawString(LEFT_MARGIN, line_y, label + stamp.code)
        canv.setFont(REGULAR, 7)
        canv.drawString(LEFT_MARGIN, line_y - 4 * mm,
                        "Periksa keaslian dengan menu Periksa Dokumen di Kinerja Desktop "
                        "atau pindai kode QR.")
        canv.setFont(REGULAR, 8)
        canv.drawRightString(right - QR_SIZE - 4 * mm, line_y, page_text)
    else:
        canv.setFont(REGULAR, 8)
        canv.drawRightString(right, line_y, page_text)
    canv.restoreState()


def _canvas_maker(stamps: Sequence[Stamp | None], counter: list):
    class NumberedCanvas(pdfcanvas.Canvas):
        """Holds a document's pages until its last one is known, then numbers them
        ("Halaman x dari y", per document) and draws the footers. Pages of earlier documents
        are written out as soon as the next document starts, so a batch of hundreds of
        sheets never holds more than one sheet's pages."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._kinerja_part = 0
            self._kinerja_pending = []  # mutated in place: every saved state shares it
            self._kinerja_written = [0]

        def showPage(self):  # noqa: N802 -- overrides ReportLab's Canvas.showPage
            state = dict(self.__dict__)
            pending = self._kinerja_pending
            if pending and pending[0]["_kinerja_part"] != state["_kinerja_part"]:
                self._kinerja_flush()
                self.__dict__.update(state)
            pending.append(state)
            self._startPage()

        def _kinerja_flush(self):
            pages = list(self._kinerja_pending)
            self._kinerja_pending.clear()
            part = pages[0]["_kinerja_part"]
            stamp = stamps[part]
            form = f"KinerjaQR{part}"
            if stamp:
                _make_qr_form(self, form, stamp.qr_text, QR_SIZE)
            for number, state in enumerate(pages, start=1):
                self.__dict__.update(state)
                _draw_footer(self, stamp, form, number, len(pages))
                super().showPage()
            self._kinerja_written[0] += len(pages)

        def save(self):
            if self._kinerja_pending:
                self._kinerja_flush()
            counter.append(self._kinerja_written[0])
            super().save()

    return NumberedCanvas


def _doc_template(buffer, parts: Sequence[Part]) -> BaseDocTemplate:
    first = parts[0]
    if len(parts) == 1:
        title, subject = first.title, first.subject
    else:
        title = f"{first.title} dan {len(parts) - 1} dokumen lain"
        subject = "; ".join(dict.fromkeys(p.subject for p in parts))
    doc = BaseDocTemplate(
        buffer, pagesize=page_size(first.paper), invariant=1,
        leftMargin=LEFT_MARGIN, rightMargin=RIGHT_MARGIN, topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN, initialFontName=REGULAR, title=title, author=first.author,
        subject=subject, creator=CREATOR, lang="id-ID")
    papers = list(dict.fromkeys([first.paper] + [p.paper for p in parts]))
    templates = []
    for paper in papers:
        width, height = page_size(paper)
        frame = Frame(LEFT_MARGIN, BOTTOM_MARGIN, width - LEFT_MARGIN - RIGHT_MARGIN,
                      height - TOP_MARGIN - BOTTOM_MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0, id=f"body-{paper}")
        templates.append(PageTemplate(id=paper, frames=[frame], pagesize=(width, height)))
    doc.addPageTemplates(templates)
    return doc


def write_pdf(parts: Iterable[Part], target, progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> int:
    """Lay the parts out into one PDF at `target` (a path or a binary file object).

    Returns the number of pages. A path is written only once the whole PDF is ready, through a
    temporary file, so a failure or a cancel never leaves half a file under the final name."""
    register_fonts()
    parts = list(parts)
    if not parts:
        raise ValueError("Tidak ada dokumen untuk dicetak.")
    story = []
    for index, part in enumerate(parts):
        if index:
            story += [NextPageTemplate(part.paper), PageBreak()]
        story.append(_PartStart(index, len(parts), progress, cancelled))
        story += part.flowables
    buffer = io.BytesIO()
    counter: list[int] = []
    doc = _doc_template(buffer, parts)
    doc.build(story, canvasmaker=_canvas_maker([p.stamp for p in parts], counter))
    if progress:
        progress(len(parts), len(parts))
    data = buffer.getvalue()
    if isinstance(target, (str, Path)):
        path = Path(target)
        tmp = path.with_name(path.name + ".tmp")
        try:
            tmp.write_bytes(data)
            tmp.replace(path)
        except OSError as exc:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
            raise InputFileError(f"Berkas '{path}' tidak dapat ditulis: {os_reason(exc)}.") \
                from exc
    else:
        target.write(data)
    return counter[-1]


__all__ = ["Part", "write_pdf", "letterhead", "title_block", "data_table", "identity_table",
           "side_by_side", "notice_box", "signature_blocks", "signer_title", "page_size",
           "content_width", "para", "text", "BODY", "PLAIN", "HEADING", "CELL",
           "table_section", "table_style", "column_widths"]
