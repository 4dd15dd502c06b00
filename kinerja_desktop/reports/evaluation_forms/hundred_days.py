"""EVALUASI KINERJA 100 HARI (the app's weighted scheme), in the shape of PermenPANRB 6/2022's
evaluation form: identity tables side by side, the results with the indicator, the realisation
"berdasarkan bukti dukung" and the feedback (umpan balik), the outcome, recommendation, notes,
then the place, the date and the signatures. No behaviour section: the scheme scores none."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from kinerja_desktop.domain.evaluation_document import EvaluationSheet
from kinerja_desktop.reports.evaluation_forms import common
from kinerja_desktop.reports.layout import (BODY, identity_table, para, side_by_side,
                                            signature_blocks, table_section)

_LETTERS = "ABCDEFGHIJ"
# The figures of the results table (No, Bobot, Target, Capaian, Nilai) and their widths; the
# texts (target, indicator, realisation with its evidence, feedback) share the rest.
FIGURES = {0: 7 * mm, 3: 0.0, 4: 16 * mm, 6: 0.0, 7: 0.0}


def story(sheet: EvaluationSheet, width: float) -> list:
    # The scheme, its basis and status are in HASIL EVALUASI: no basis line under the title.
    flow = common.opening(sheet, width, f"Periode: {sheet.period}" if sheet.period else "",
                          basis=False)
    half = (width - 4 * mm) / 2
    flow.append(side_by_side(identity_table("Pegawai yang Dinilai", sheet.official, half),
                             identity_table("Pejabat Penilai Kinerja", sheet.evaluator, half),
                             width))
    if sheet.results is None:  # no results table to stand under
        flow += common.remarks(sheet.remarks)
    sections: list[tuple[str, object]] = []
    if sheet.results is not None:
        widths = (common.shared_widths(sheet.results, width, FIGURES)
                  if len(sheet.results.header) == 9 else None)
        sections.append(("HASIL KERJA", common.table(sheet.results, width, widths)))
    if sheet.behaviour is not None:
        sections.append(("PERILAKU KERJA", common.table(sheet.behaviour, width)))
    if sheet.result:
        sections.append(("HASIL EVALUASI", common.label_table(sheet.result, width)))
    if sheet.recommendation and sheet.recommendation != "-":
        sections.append(("REKOMENDASI", para(sheet.recommendation, BODY)))
    if sheet.notes:
        sections.append(("CATATAN", para(sheet.notes, BODY)))
    signatures = signature_blocks(sheet.date_line, sheet.signers, width)
    for index, (letter, (title, body)) in enumerate(zip(_LETTERS, sections, strict=False)):
        flow.append(Spacer(1, 3 * mm))
        heading = f"{letter}. {title}"
        last = index == len(sections) - 1
        if title in ("HASIL KERJA", "PERILAKU KERJA"):  # may span pages
            flow += table_section(heading, body)
            if title == "HASIL KERJA":
                flow += common.remarks(sheet.remarks)
            if last:
                flow.append(signatures)
        elif last:  # the last section goes with the signatures: they never stand alone
            flow.append(common.kept_together(common.heading(heading), body, signatures))
        else:  # kept whole with its heading: a heading never stays alone at a page's foot
            flow.append(common.kept_together(common.heading(heading), body))
    if not sections:
        flow.append(signatures)
    return flow
