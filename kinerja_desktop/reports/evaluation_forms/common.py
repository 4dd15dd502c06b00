"""What the evaluation forms share beyond reports/layout.py: sections kept with their heading,
label/value tables, the forms' numbered identity blocks, small remarks, and signature blocks
placed as each form places them (a date over each, numbered "DIBUAT/DITERIMA TANGGAL")."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kinerja_desktop.domain.document_parts import Row, Signer
from kinerja_desktop.domain.evaluation_document import EvaluationSheet
from kinerja_desktop.domain.evaluation_document import Table as TableData
from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.reports import layout
from kinerja_desktop.reports.fonts import BOLD, ITALIC
from kinerja_desktop.reports.layout import (CELL, HEADING, PLAIN, data_table, image_flowable,
                                            notice_box, para, signer_title, table_style, text,
                                            title_block)

# Styles derived from layout's, so that its face and sizes carry over.
CELL_BOLD = ParagraphStyle("ev_cell_bold", parent=CELL, fontName=BOLD)
CELL_HEAD = ParagraphStyle("ev_cell_head", parent=CELL, fontName=BOLD, alignment=TA_CENTER)
CELL_CENTER = ParagraphStyle("ev_cell_center", parent=CELL, alignment=TA_CENTER)
CELL_RIGHT = ParagraphStyle("ev_cell_right", parent=CELL, fontName=BOLD, alignment=TA_RIGHT)
REMARK = ParagraphStyle("ev_remark", parent=CELL, fontName=ITALIC, spaceBefore=2)
BASIS = ParagraphStyle("ev_basis", parent=CELL, alignment=TA_CENTER, spaceAfter=2)
SIGN = ParagraphStyle("ev_sign", parent=PLAIN, alignment=TA_CENTER)
SIGN_LEFT = ParagraphStyle("ev_sign_left", parent=PLAIN, alignment=TA_LEFT)
SIGN_NAME = ParagraphStyle("ev_sign_name", parent=PLAIN, fontName=BOLD, alignment=TA_CENTER)
SIGNATURE_SPACE = 18 * mm
GRID_STYLE = [("GRID", (0, 0), (-1, -1), 0.5, layout.GRID),
              ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("LEFTPADDING", (0, 0), (-1, -1), 3),
              ("RIGHTPADDING", (0, 0), (-1, -1), 3),
              ("TOPPADDING", (0, 0), (-1, -1), 2.5),
              ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]


def kept_together(*flowables) -> KeepTogether:
    """The flowables on one page. A KeepTogether inside another always breaks the page
    (ReportLab reports an endless height to force its split), so nested ones are flattened."""
    story: list = []
    for flowable in flowables:
        if isinstance(flowable, (list, tuple)):
            story += kept_together(*flowable)._content
        elif isinstance(flowable, KeepTogether):
            story += flowable._content
        elif flowable is not None:
            story.append(flowable)
    return KeepTogether(story)


def heading(value: str) -> Paragraph:
    return para(value, HEADING)


def table(data: TableData, width: float, widths: Sequence[float] | None = None) -> Table:
    """A form's table: layout's ruled table, its closing rows bold on a tint."""
    return data_table(data.header, data.rows, width, widths=widths, footer=data.footer)


def _longest_word(value: str, font: str) -> float:
    return max((stringWidth(w, font, CELL.fontSize) for w in str(value).split()), default=0.0)


def shared_widths(data: TableData, width: float, fixed: dict[int, float]) -> list[float]:
    """Column widths: each column first what its longest word needs (the bold header's
    included), the `fixed` columns (figures) at least the width given and no more; the text
    columns then share the rest by how much text they hold, so that a column of "-" does not
    take room the target's text needs."""
    pad = 8.0
    need, mass = {}, {}
    for i in range(len(data.header)):
        cells = [str(r[i]) for r in data.rows if i < len(r)]
        closing = [str(f[i]) for f in data.footer if i < len(f) and i > 0]
        need[i] = max([_longest_word(data.header[i], BOLD)]
                      + [_longest_word(c, CELL.fontName) for c in cells]
                      + [_longest_word(c, BOLD) for c in closing]) + pad
        if i in fixed:
            need[i] = max(need[i], fixed[i])
        else:  # a file name is one long word: it may break rather than starve the others
            need[i] = min(need[i], width * 0.24)
        lengths = [len(c) for c in cells] or [1]
        mass[i] = max(sum(lengths) / len(lengths), 2.0) ** 0.7
    text_columns = [i for i in range(len(data.header)) if i not in fixed]
    room = width - sum(need.values())
    total = sum(mass[i] for i in text_columns) or 1.0
    return [need[i] + (max(room, 0) * mass[i] / total if i in text_columns else 0.0)
            for i in range(len(data.header))]


def table_with_closing(title: str, data: TableData, width: float,
                       widths: Sequence[float] | None, closing: Sequence,
                       keep_rows: int = 1) -> list:
    """A table that may span pages under its heading, its last rows kept on one page with
    what closes the form (a predicate, the signatures): no page holds the signatures alone.
    The last rows are a second table in the same columns, right under the first."""
    widths = list(widths) if widths else layout.column_widths(data.header, data.rows, width)
    if len(data.rows) <= keep_rows:
        return [kept_together(heading(title), table(data, width, widths), list(closing))]
    head = TableData(data.header, data.rows[:-keep_rows])
    tail = TableData((), data.rows[-keep_rows:], data.footer)
    return layout.table_section(title, table(head, width, widths)) + [
        kept_together(table(tail, width, widths), list(closing))]


def label_table(rows: Sequence[Row], width: float, label_share: float = 0.45,
                bold_values: bool = True) -> Table:
    """Label | value rows in a grid (the outcome of an evaluation)."""
    label_width = width * label_share
    value_style = CELL_BOLD if bold_values else CELL
    data = [[para(r.label, CELL), para(r.value, value_style)] for r in rows]
    result = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    result.setStyle(table_style(GRID_STYLE))
    return result


def remarks(lines: Sequence[str]) -> list:
    return [para(line, REMARK) for line in lines if line]


def opening(sheet: EvaluationSheet, width: float, *subtitles: str, basis: bool = True) -> list:
    """Letterhead, the form's title and subtitles, its legal basis in small type, and the
    revision or draft notice."""
    story = layout.letterhead(sheet.institution, width)
    story += title_block(sheet.title, *(s for s in subtitles if s))
    if basis and sheet.basis:
        story += [para(sheet.basis, BASIS), Spacer(1, 2 * mm)]
    if sheet.revision_note:
        story += [notice_box(f"REVISI — {sheet.revision_note}"
                             if not sheet.revision_note.startswith("DRAFT")
                             else sheet.revision_note, width), Spacer(1, 3 * mm)]
    return story


def office_and_period(left: str, label: str, period: str, width: float) -> Table:
    """The line under a form's title: the office at the left, the period's label and the
    period at the right (one under the other, as the forms print them)."""
    right = ParagraphStyle("ev_period", parent=CELL_BOLD, alignment=TA_RIGHT)
    text_ = f"{label} {period}"
    if stringWidth(text_, BOLD, CELL.fontSize) > width * 0.62 - 4:
        text_ = f"{label}\n{period}"
    data = [[para(left, CELL_BOLD), para(text_, right)]]
    result = Table(data, colWidths=[width * 0.38, width * 0.62], hAlign="LEFT")
    result.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return result


def numbered_blocks(blocks: Sequence[tuple[str, str, Sequence[Row] | str]], width: float,
                    letters: bool = False) -> Table:
    """The forms' identity blocks in one grid: a number over its block, the block's heading,
    then its rows (label, value); a block given as text is one paragraph under its heading.
    `letters` names the rows a., b., c. … as Perka BKN 1/2013's form does."""
    number_width = 8 * mm
    widths = [number_width] + ([6 * mm] if letters else [])
    rest = width - sum(widths)
    widths += [rest * 0.36, rest * 0.64]
    last = len(widths) - 1
    data: list[list] = []
    # Tighter rows than a results table: the lampiran's document fits one page.
    style = list(GRID_STYLE) + [("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for number, title, rows in blocks:
        start = len(data)
        data.append([para(number, CELL_CENTER), para(title, CELL_BOLD)] + [""] * (last - 1))
        style += [("SPAN", (1, start), (last, start)),
                  ("BACKGROUND", (1, start), (last, start), layout.HEADER_FILL)]
        if isinstance(rows, str):
            data.append(["", para(rows, CELL)] + [""] * (last - 1))
            style.append(("SPAN", (1, start + 1), (last, start + 1)))
        else:
            for index, row in enumerate(rows):
                letter = [para(f"{'abcdefghij'[index]}.", CELL)] if letters else []
                data.append([""] + letter + [para(row.label, CELL), para(row.value, CELL)])
        if len(data) - 1 > start:
            style.append(("SPAN", (0, start), (0, len(data) - 1)))
    result = Table(data, colWidths=widths, hAlign="LEFT")
    result.setStyle(table_style(style))
    return result


# Signatures ---------------------------------------------------------------------------------
def signature_cell(signer: Signer, above: Sequence[str], column: float,
                   centred: bool = True) -> tuple[list, object, list]:
    """One signature in three parts, so that the names of blocks side by side line up: above
    the space the lines given (a date, a number), the heading, "a.n. …" and the title with its
    comma; the space (or the scanned signature); under it the name (bold, underlined), the
    rank and "NIP. …" (grouped)."""
    style = SIGN if centred else SIGN_LEFT
    name_style = SIGN_NAME if centred else ParagraphStyle(
        "ev_sign_name_left", parent=SIGN_NAME, alignment=TA_LEFT)
    upper: list[Flowable] = [para(line, style) for line in above if line]
    if signer.heading:
        upper.append(para(signer.heading, style))
    if signer.on_behalf_of:
        upper.append(para(f"a.n. {signer.on_behalf_of.strip().rstrip(',').upper()}", style))
    if signer.title:
        upper.append(para(signer_title(signer), style))
    space: object = ""
    if signer.signature_png:
        space = image_flowable(signer.signature_png, min(column - 6, 50 * mm),
                               SIGNATURE_SPACE - 2 * mm, f"Tanda tangan {signer.name}")
    lower: list[Flowable] = [Paragraph(f"<u>{text(signer.name)}</u>", name_style)]
    if signer.rank:
        lower.append(para(signer.rank, style))
    if signer.nip:
        lower.append(para(f"NIP. {format_nip(signer.nip)}", style))
    return upper, space, lower


def signature_row(cells: Sequence[tuple[list, object, list] | None], width: float) -> Table:
    """Signatures side by side in equal columns (None leaves a column empty); the spaces and
    the names of all of them on one line."""
    count = max(len(cells), 2)
    filled = list(cells) + [None] * (count - len(cells))
    data = [[c[part] if c is not None else "" for c in filled] for part in range(3)]
    result = Table(data, colWidths=[width / count] * count,
                   rowHeights=[None, SIGNATURE_SPACE, None], hAlign="LEFT")
    result.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
                                 ("ALIGN", (0, 1), (-1, 1), "CENTER"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 3),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                 ("NOSPLIT", (0, 0), (-1, -1))]))
    return result


def dated_pair(date_line: str, left: Signer, right: Signer, width: float) -> list:
    """Two signatures with the place and date over each (the lampiran of PermenPANRB 6/2022:
    the employee at the left, the Pejabat Penilai Kinerja at the right)."""
    column = width / 2
    return [Spacer(1, 4 * mm),
            signature_row([signature_cell(left, [date_line], column),
                           signature_cell(right, [date_line], column)], width)]


def members_row(members: Sequence[Signer], width: float) -> list:
    """The panel's other members (Wakil Bupati, Sekda …) in rows of up to three."""
    story: list = []
    for start in range(0, len(members), 3):
        group = members[start:start + 3]
        column = width / max(len(group), 2)
        story += [Spacer(1, 5 * mm),
                  signature_row([signature_cell(m, [], column) for m in group], width)]
    return story
