"""Berita Acara Serah Terima Jabatan with its memo parts: the parties, the decree, each part
(programs under way, problems, staff, assets, documents), the closing, and the signatures of
both parties and the witnesses."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer

from kinerja_desktop.domain.documents import DOCUMENT_KINDS, HandoverMinutes
from kinerja_desktop.reports.layout import (BODY, HEADING, Part, content_width, data_table,
                                            identity_table, letterhead, para, signature_blocks,
                                            table_section, title_block)


def part(minutes: HandoverMinutes) -> Part:
    width = content_width(minutes.paper)
    story = letterhead(minutes.institution, width)
    story += title_block("Berita Acara Serah Terima Jabatan",
                         f"Nomor: {minutes.number}" if minutes.number else "")
    if minutes.opening:
        story.append(para(minutes.opening, BODY))
    story += [Spacer(1, 2 * mm),
              identity_table("Pihak Pertama (yang menyerahkan)", minutes.outgoing, width),
              Spacer(1, 3 * mm),
              identity_table("Pihak Kedua (yang menerima)", minutes.incoming, width)]
    if minutes.basis:
        story += [Spacer(1, 3 * mm), para("Dasar", HEADING), para(minutes.basis, BODY)]
    if minutes.sections:
        story += [Spacer(1, 2 * mm), para("Yang diserahterimakan", HEADING)]
    for number, section in enumerate(minutes.sections, start=1):
        heading = f"{number}. {section.title}"
        table = None
        if section.header or section.rows:  # rows without a header: no header row
            table = data_table(section.header, section.rows, width)
        if table is None:
            story += [para(heading, HEADING), para(section.text, BODY)]
        elif section.text:
            story += [CondPageBreak(40 * mm), para(heading, HEADING), para(section.text, BODY),
                      table]
        else:
            story += table_section(heading, table)
    if minutes.closing:
        story += [Spacer(1, 4 * mm), para(minutes.closing, BODY)]
    story.append(signature_blocks(minutes.date_line, minutes.signers, width))
    title = f"Berita Acara Serah Terima Jabatan {minutes.number}".strip()
    return Part(story, minutes.paper, title=title, subject=DOCUMENT_KINDS["serah_terima"],
                author=" — ".join(x for x in (minutes.institution.government,
                                              minutes.institution.agency) if x),
                stamp=minutes.stamp)
