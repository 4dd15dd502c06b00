"""PermenPANRB 6/2022: the lampiran's DOKUMEN EVALUASI KINERJA PEGAWAI (period, the numbered
blocks PEGAWAI YANG DINILAI, PEJABAT PENILAI KINERJA, ATASAN PEJABAT PENILAI KINERJA where there
is one, EVALUASI KINERJA with the organisation's result and the predicate, CATATAN/REKOMENDASI,
then the place and date over both signatures), and on a page of its own the EVALUASI KINERJA
PEGAWAI it rests on: hasil kerja with the realisation and feedback "berdasarkan bukti dukung"
and the rating hasil kerja, perilaku kerja with the leader's special expectations and the
rating perilaku kerja, the predicate, signed by the Pejabat Penilai Kinerja."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from kinerja_desktop.domain.document_parts import Row
from kinerja_desktop.domain.evaluation_document import EvaluationSheet
from kinerja_desktop.reports.evaluation_forms import common
from kinerja_desktop.reports.layout import (identity_table, para, side_by_side,
                                            signature_blocks, table_section, title_block)

IDENTITY = ("NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA")


def form_rows(rows: tuple[Row, ...]) -> tuple[Row, ...]:
    """The five rows the lampiran's blocks have, in its order."""
    by_label = {r.label.strip().upper(): r.value for r in rows}
    return tuple(Row(label, by_label[label]) for label in IDENTITY if label in by_label)


def recommendation_text(sheet: EvaluationSheet) -> str:
    parts = []
    if sheet.recommendation and sheet.recommendation != "-":
        parts.append(f"Rekomendasi: {sheet.recommendation}.")
    if sheet.notes:
        parts.append(sheet.notes)
    return "\n".join(parts) or "-"


def document_page(sheet: EvaluationSheet, width: float) -> list:
    """DOKUMEN EVALUASI KINERJA PEGAWAI, on one page as the lampiran has it (the scheme's
    basis is printed on the next form, where there is room)."""
    flow = common.opening(sheet, width, sheet.subtitle, basis=False)
    flow.append(common.office_and_period(sheet.institution.government,
                                         "PERIODE PENILAIAN:", sheet.period,
                                         width))
    blocks: list = [("1", "PEGAWAI YANG DINILAI", form_rows(sheet.official)),
                    ("2", "PEJABAT PENILAI KINERJA", form_rows(sheet.evaluator))]
    if sheet.superior:
        blocks.append(("3", "ATASAN PEJABAT PENILAI KINERJA", form_rows(sheet.superior)))
    number = len(blocks) + 1
    blocks.append((str(number), "EVALUASI KINERJA", sheet.result))
    flow.append(common.numbered_blocks(blocks, width))
    official, chair = sheet.signers[0], sheet.signers[1] if len(sheet.signers) > 1 else None
    closing = [Spacer(1, 2 * mm), common.numbered_blocks(
        [(str(number + 1), "CATATAN/REKOMENDASI", recommendation_text(sheet))], width)]
    if chair is not None:
        closing += common.dated_pair(sheet.date_line, official, chair, width)
        closing += common.members_row(sheet.signers[2:], width)
    else:
        closing.append(signature_blocks(sheet.date_line, sheet.signers, width))
    # The notes go with the signatures: a page never holds signatures alone.
    flow.append(common.kept_together(closing))
    return flow


def evaluation_page(sheet: EvaluationSheet, width: float) -> list:
    """EVALUASI KINERJA PEGAWAI: the results and behaviour the predicate rests on."""
    flow: list = [PageBreak()]
    flow += title_block("EVALUASI KINERJA PEGAWAI", sheet.subtitle)
    if sheet.basis:
        flow.append(para(sheet.basis, common.BASIS))
    flow.append(common.office_and_period(sheet.institution.government,
                                         "PERIODE PENILAIAN:", sheet.period,
                                         width))
    half = (width - 4 * mm) / 2
    flow.append(side_by_side(identity_table("Pegawai yang Dinilai", form_rows(sheet.official),
                                            half),
                             identity_table("Pejabat Penilai Kinerja",
                                            form_rows(sheet.evaluator), half), width))
    organisation = [r for r in sheet.result if r.label == "CAPAIAN KINERJA ORGANISASI"]
    if organisation:
        flow += [Spacer(1, 2 * mm), common.label_table(organisation, width)]
    predicate = [r for r in sheet.result if r.label == "PREDIKAT KINERJA PEGAWAI"]
    chair = sheet.signers[1:2]
    # The predicate, the remarks and the signature close the form; the last row of the last
    # table stays with them, so that no page holds the signature alone.
    closing = [Spacer(1, 3 * mm), common.label_table(predicate, width),
               *common.remarks(sheet.remarks),
               signature_blocks(sheet.date_line, chair, width) if chair else None]
    tables = []
    if sheet.results is not None:
        fixed = {0: 7 * mm, 3: 18 * mm}
        if len(sheet.results.header) == 8:  # version 1: capaian and nilai too
            fixed.update({5: 15 * mm, 6: 13 * mm})
        tables.append(("HASIL KERJA", sheet.results,
                       common.shared_widths(sheet.results, width, fixed)))
    if sheet.behaviour is not None:
        tables.append(("PERILAKU KERJA", sheet.behaviour,
                       [7 * mm, width * 0.5, width * 0.5 - 7 * mm - 34 * mm, 34 * mm]))
    for index, (title, data, widths) in enumerate(tables):
        flow.append(Spacer(1, 3 * mm))
        if index == len(tables) - 1:
            flow += common.table_with_closing(title, data, width, widths, closing)
        else:
            flow += table_section(title, common.table(data, width, widths))
    return flow


def story(sheet: EvaluationSheet, width: float) -> list:
    flow = document_page(sheet, width)
    if sheet.results is not None or sheet.behaviour is not None:
        flow += evaluation_page(sheet, width)
    return flow
