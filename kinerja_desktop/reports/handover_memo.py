"""Memori Serah Terima Jabatan: the outgoing official's memorandum of the post, in numbered
parts (who hands over to whom, programs and activities under way, problems, recommendations,
staff, assets, documents), closed and signed by the outgoing official alone."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer

from kinerja_desktop.domain.documents import DOCUMENT_KINDS, HandoverMemo
from kinerja_desktop.domain.handover_document import MEMO_TITLE
from kinerja_desktop.reports.agreement_sheet import author, label_lines
from kinerja_desktop.reports.handover_minutes import closing_and_signatures
from kinerja_desktop.reports.layout import (BODY, HEADING, Part, content_width, data_table,
                                            letterhead, para, table_section, title_block)

_ROMAN = (("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90),
          ("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def roman(number: int) -> str:
    """4 -> 'IV': the parts of a naskah dinas are numbered in Roman numerals."""
    out = ""
    for symbol, value in _ROMAN:
        count, number = divmod(number, value)
        out += symbol * count
    return out


def part(memo: HandoverMemo) -> Part:
    width = content_width(memo.paper)
    story = letterhead(memo.institution, width)
    story += title_block(MEMO_TITLE, memo.post)
    number = 1
    story += [para(f"{roman(number)}. PENDAHULUAN", HEADING), para(memo.opening, BODY)]
    for heading, rows in (("Yang menyerahkan:", memo.outgoing),
                          ("Yang menerima:", memo.incoming)):
        story += [Spacer(1, 1 * mm), para(heading, BODY), label_lines(rows, width, 8 * mm)]
    for section in memo.sections:
        number += 1
        heading = f"{roman(number)}. {section.title.upper()}"
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
    number += 1
    closing = [para(f"{roman(number)}. PENUTUP", HEADING), para(memo.closing, BODY)]
    story.append(closing_and_signatures(closing, memo.date_line, [memo.signer], width))
    name = next((r.value for r in memo.outgoing if r.label.strip().upper() == "NAMA"), "")
    title = f"{MEMO_TITLE} — {name}" if name else MEMO_TITLE
    return Part(story, memo.paper, title=title, subject=DOCUMENT_KINDS["memori"],
                author=author(memo.institution), stamp=memo.stamp)
