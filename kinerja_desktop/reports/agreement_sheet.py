"""Perjanjian Kinerja after the model of PermenPANRB 53/2014: the statement page (the opening,
both parties named, the two clauses, Pihak Kedua and Pihak Pertama signing) and the annex on a
page of its own (targets, then programme and budget with their total), signed again by both."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table

from kinerja_desktop.domain.agreement_document import AgreementSheet
from kinerja_desktop.domain.documents import DOCUMENT_KINDS, Institution, Row
from kinerja_desktop.reports.layout import (BODY, PLAIN, TABLE_HEADING, Part, content_width,
                                            data_table, letterhead, para, signature_blocks,
                                            table_section, table_style, title_block)


def label_lines(rows: Sequence[Row], width: float, indent: float = 0.0) -> Table:
    """'Nama    : …' lines without rules, the colons aligned (how a naskah dinas names a
    party). The label column takes what its longest label needs."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    label_width = max([stringWidth(r.label, PLAIN.fontName, PLAIN.fontSize) for r in rows]
                      + [0.0]) + 6
    colon = 4 * mm
    data = [["", para(r.label), para(":"), para(r.value)] for r in rows]
    table = Table(data, colWidths=[indent, label_width, colon,
                                   width - indent - label_width - colon], hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


def kept_together(*flowables) -> KeepTogether:
    """The flowables on one page (the closing with the signatures under it).

    A KeepTogether inside another always breaks the page: ReportLab's KeepTogether reports an
    endless height to force its own split. signature_blocks returns one, so its rows are taken
    out and kept together with the rest here."""
    story: list = []
    for flowable in flowables:
        if isinstance(flowable, (list, tuple)):
            story += kept_together(*flowable)._content
        elif isinstance(flowable, KeepTogether):
            story += flowable._content
        else:
            story.append(flowable)
    return KeepTogether(story)


def author(institution: Institution) -> str:
    """The PDF's author: the government and the office whose letterhead it carries."""
    office = institution.agency or institution.head_title
    return " — ".join(x for x in (institution.government, office) if x)


def _footer(header: Sequence[str], label: str, value: str, column: int) -> tuple[str, ...]:
    """A total row: the label over the columns before `column`, the value under it."""
    row = [label] + [""] * (len(header) - 1)
    row[column] = value
    for i in range(column + 1, len(header)):
        row[i] = " "  # not merged into the label
    return tuple(row)


def _column(header: Sequence[str], starts: str, default: int) -> int:
    names = [h.strip().lower() for h in header]
    return next((i for i, h in enumerate(names) if h.startswith(starts)), default)


def _statement(sheet: AgreementSheet, width: float) -> list:
    story = letterhead(sheet.institution, width)
    story += title_block(sheet.title, f"Periode {sheet.period}" if sheet.period else "")
    story.append(para(sheet.opening, BODY))
    for party in sheet.parties:
        story += [Spacer(1, 2 * mm), label_lines(party.rows, width, 8 * mm),
                  Spacer(1, 1 * mm), para(party.role, BODY)]
    story.append(Spacer(1, 2 * mm))
    # The clauses go with the signatures: a signature never stands alone on a page.
    story.append(kept_together([para(clause, BODY) for clause in sheet.clauses],
                               signature_blocks(sheet.date_line, sheet.signers, width)))
    return story


def _annex(sheet: AgreementSheet, width: float) -> list:
    story: list = [PageBreak()]
    story += title_block(sheet.annex_title, *sheet.annex_lines)
    weight_column = _column(sheet.target_header, "bobot", len(sheet.target_header) - 1)
    footer = [_footer(sheet.target_header, "Jumlah bobot", sheet.weight_total,
                      max(weight_column, 1))] if sheet.weight_total else []
    story += table_section("Sasaran dan target kinerja",
                           data_table(sheet.target_header, sheet.targets, width, footer=footer))
    budget_column = _column(sheet.budget_header, "anggaran", len(sheet.budget_header) - 1)
    budgets = data_table(sheet.budget_header, sheet.budgets, width,
                         footer=[_footer(sheet.budget_header, "Jumlah anggaran",
                                         sheet.budget_total, max(budget_column, 1))])
    # The annex is signed again by both, as the model has it; the budget table and its total
    # go with the signatures, so they never stand alone on a page (a table longer than a page
    # still splits).
    story += [Spacer(1, 3 * mm), kept_together(
        para("Program dan anggaran", TABLE_HEADING), budgets,
        signature_blocks(sheet.date_line, sheet.signers, width))]
    return story


def part(sheet: AgreementSheet) -> Part:
    width = content_width(sheet.paper)
    story = _statement(sheet, width) + _annex(sheet, width)
    name = next((r.value for party in sheet.parties[:1] for r in party.rows
                 if r.label.strip().upper() == "NAMA"), "")
    title = f"{sheet.title.title()} — {name}" if name else sheet.title.title()
    return Part(story, sheet.paper, title=title,
                subject=f"{DOCUMENT_KINDS['kesepakatan']}, periode {sheet.period}",
                author=author(sheet.institution), stamp=sheet.stamp)
