"""Lembar Kesepakatan Target Kinerja: who commits, the statement, the weighted targets with
their total, then the date line and the signatures of the official and the Bupati."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from kinerja_desktop.domain.documents import DOCUMENT_KINDS, AgreementSheet
from kinerja_desktop.reports.layout import (BODY, Part, content_width, data_table,
                                            identity_table, letterhead, para, signature_blocks,
                                            table_section, title_block)


def _total_row(header, total: str) -> tuple[str, ...]:
    """'Jumlah bobot' under the weight column ('Bobot', 'Bobot (%)'), or at the far right."""
    names = [h.strip().lower() for h in header]
    column = next((i for i, h in enumerate(names) if h.startswith("bobot")), len(header) - 1)
    column = max(column, 1)
    row = ["Jumlah bobot"] + [""] * (len(header) - 1)
    row[column] = total
    for i in range(column + 1, len(header)):
        row[i] = " "  # not merged into the label
    return tuple(row)


def part(sheet: AgreementSheet) -> Part:
    width = content_width(sheet.paper)
    story = letterhead(sheet.institution, width)
    story += title_block(sheet.title, f"Periode: {sheet.period}" if sheet.period else "")
    story.append(identity_table("Pejabat yang Menetapkan Target", sheet.official, width))
    if sheet.statement:
        story += [Spacer(1, 4 * mm), para(sheet.statement, BODY)]
    if sheet.targets:
        footer = [_total_row(sheet.target_header, sheet.weight_total)] if sheet.weight_total \
            else []
        story.append(Spacer(1, 2 * mm))
        story += table_section("TARGET KINERJA", data_table(sheet.target_header, sheet.targets,
                                                           width, footer=footer))
    story.append(signature_blocks(sheet.date_line, sheet.signers, width))
    name = next((r.value for r in sheet.official if r.label.strip().upper() == "NAMA"), "")
    title = f"{sheet.title.title()} — {name}" if name else sheet.title.title()
    return Part(story, sheet.paper, title=title,
                subject=f"{DOCUMENT_KINDS['kesepakatan']}, periode {sheet.period}",
                author=" — ".join(x for x in (sheet.institution.government,
                                              sheet.institution.agency) if x),
                stamp=sheet.stamp)
