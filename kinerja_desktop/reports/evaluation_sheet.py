"""Lembar Evaluasi Kinerja, in the shape e-Kinerja users know (PermenPANRB 6/2022 annexes):
identity tables, results, behaviour, rating and predicate, then date line and signatures."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from kinerja_desktop.domain.documents import DOCUMENT_KINDS, EvaluationSheet
from kinerja_desktop.reports import layout
from kinerja_desktop.reports.layout import (BODY, CELL, HEADING, Part, content_width, data_table,
                                            identity_table, letterhead, notice_box, para,
                                            side_by_side, signature_blocks, table_section,
                                            title_block)

_LETTERS = "ABCDEFGHIJ"


def result_table(rows, width: float) -> Table:
    """Label | value rows, values bold (nilai, predikat)."""
    label_width = width * 0.45
    data = [[para(r.label, CELL), para(r.value, layout.CELL_BOLD)] for r in rows]
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(layout.table_style([
        ("GRID", (0, 0), (-1, -1), 0.5, layout.GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def part(sheet: EvaluationSheet) -> Part:
    width = content_width(sheet.paper)
    story = letterhead(sheet.institution, width)
    story += title_block(sheet.title, f"Periode: {sheet.period}" if sheet.period else "",
                         f"Skema penilaian: {sheet.scheme}" if sheet.scheme else "")
    if sheet.revision_note:
        story += [notice_box(f"REVISI — {sheet.revision_note}", width), Spacer(1, 4 * mm)]
    half = width / 2 - 2 * mm
    story.append(side_by_side(identity_table("Pegawai yang Dinilai", sheet.official, half),
                              identity_table("Pejabat Penilai Kinerja", sheet.evaluator, half),
                              width))
    sections = []
    if sheet.targets:
        sections.append(("HASIL KERJA", data_table(sheet.target_header, sheet.targets, width)))
    if sheet.behaviour:
        rows = [(str(n), value, score) for n, (value, score) in enumerate(sheet.behaviour, 1)]
        sections.append(("PERILAKU KERJA", data_table(("No", "Perilaku Kerja", "Nilai"), rows,
                                                      width, widths=_three(width))))
    if sheet.result:
        sections.append(("HASIL EVALUASI", KeepTogether([result_table(sheet.result, width)])))
    if sheet.recommendation:
        sections.append(("REKOMENDASI", para(sheet.recommendation, BODY)))
    if sheet.notes:
        sections.append(("CATATAN", para(sheet.notes, BODY)))
    for letter, (heading, body) in zip(_LETTERS, sections, strict=False):  # letters to spare
        story.append(Spacer(1, 3 * mm))
        if isinstance(body, Table):  # may span pages
            story += table_section(f"{letter}. {heading}", body)
        else:  # kept whole with its heading: a heading never stays alone at a page's foot
            story.append(KeepTogether([para(f"{letter}. {heading}", HEADING), body]))
    story.append(signature_blocks(sheet.date_line, sheet.signers, width))
    name = next((r.value for r in sheet.official if r.label.strip().upper() == "NAMA"), "")
    title = f"{sheet.title.title()} — {name}" if name else sheet.title.title()
    return Part(story, sheet.paper, title=title,
                subject=f"{DOCUMENT_KINDS['evaluasi']}, periode {sheet.period}",
                author=_author(sheet.institution), stamp=sheet.stamp)


def _three(width: float) -> list[float]:
    return [10 * mm, width - 10 * mm - 35 * mm, 35 * mm]


def _author(institution) -> str:
    return " — ".join(x for x in (institution.government, institution.agency) if x)
