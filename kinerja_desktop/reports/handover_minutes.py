"""Berita Acara Serah Terima Jabatan: the number, the day in words, both parties named, the
decree with its issuer and subject, what is handed over (by reference to the Memori), the
closing with the number of copies, then the parties' signatures, the witnesses, and the Bupati
under "Mengetahui," centred below. The closing and the signatures are kept on one page."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from kinerja_desktop.domain.documents import DOCUMENT_KINDS, HandoverMinutes, Signer
from kinerja_desktop.domain.handover_document import FIRST_PARTY_ROLE, SECOND_PARTY_ROLE
from kinerja_desktop.reports.agreement_sheet import author, kept_together, label_lines
from kinerja_desktop.reports.layout import (BODY, SIGN, SIGNATURE_SPACE, Part, content_width,
                                            letterhead, para, signature_blocks, table_style,
                                            title_block)
# The cells of one signature block as signature_blocks draws them (heading, a.n. and title;
# the space or the scanned signature; name, rank and NIP): the centred rows here use the same.
from kinerja_desktop.reports.layout import _lower_cell, _space_cell, _upper_cell


def centred_blocks(signers: Sequence[Signer], width: float, heading: str = "") -> list:
    """Signature blocks centred on the page, up to three a row (a lone block in the middle,
    not at the right as the parties' date-line row has it), under an optional heading. The
    titles, the signature spaces and the names of one row line up across the row."""
    story: list = [Spacer(1, 6 * mm)]
    if heading:
        story.append(para(heading, SIGN))
    signers = list(signers)
    for start in range(0, len(signers), 3):
        row = signers[start:start + 3]
        column = width / max(len(row), 2)
        # The cells signature_blocks draws, so that every block on the page looks alike.
        data = [[_upper_cell(s) for s in row], [_space_cell(s, column) for s in row],
                [_lower_cell(s) for s in row]]
        table = Table(data, colWidths=[column] * len(row),
                      rowHeights=[None, SIGNATURE_SPACE, None], hAlign="CENTER")
        table.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
            ("ALIGN", (0, 1), (-1, 1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("NOSPLIT", (0, 0), (-1, -1)),
        ]))
        if start:
            story.append(Spacer(1, 4 * mm))
        story.append(table)
    return story


def closing_and_signatures(closing: Sequence[Flowable], date_line: str,
                           parties: Sequence[Signer], width: float,
                           witnesses: Sequence[Signer] = (),
                           acknowledged_by: Signer | None = None) -> KeepTogether:
    """The closing paragraph(s) and every signature on one page: a page never holds only
    signatures."""
    story = [list(closing), signature_blocks(date_line, parties, width)]
    if witnesses:
        story.append(centred_blocks(witnesses, width,
                                    "Saksi-saksi:" if len(witnesses) > 1 else "Saksi:"))
    if acknowledged_by is not None:
        story.append(centred_blocks([acknowledged_by], width))
    return kept_together(*story)


def part(minutes: HandoverMinutes) -> Part:
    width = content_width(minutes.paper)
    story = letterhead(minutes.institution, width)
    story += title_block("Berita Acara Serah Terima Jabatan",
                         f"Nomor: {minutes.number}" if minutes.number else "")
    if minutes.opening:
        story.append(para(minutes.opening, BODY))
    for rows, role in ((minutes.outgoing, FIRST_PARTY_ROLE),
                       (minutes.incoming, SECOND_PARTY_ROLE)):
        story += [Spacer(1, 1 * mm), label_lines(rows, width, 8 * mm), Spacer(1, 1 * mm),
                  para(role, BODY)]
    story.append(Spacer(1, 2 * mm))
    story += [para(statement, BODY) for statement in minutes.statements]
    closing = [Spacer(1, 1 * mm), para(minutes.closing, BODY)] if minutes.closing else []
    story.append(closing_and_signatures(closing, minutes.date_line, minutes.parties, width,
                                        minutes.witnesses, minutes.acknowledged_by))
    title = f"Berita Acara Serah Terima Jabatan {minutes.number}".strip()
    return Part(story, minutes.paper, title=title, subject=DOCUMENT_KINDS["serah_terima"],
                author=author(minutes.institution), stamp=minutes.stamp)
