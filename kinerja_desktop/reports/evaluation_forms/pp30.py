"""PP 30/2019 with PermenPANRB 8/2021: the identity tables and the period as the lampiran's
"Format Penilaian SKP" has them, the PENILAIAN SKP (capaian IKI, its category and value, the
weighted value, the nilai akhir SKP), PENILAIAN PERILAKU KERJA (the five aspects of Pasal 37),
NILAI KINERJA PEGAWAI (Pasal 41: SKP × 70% + perilaku × 30%, and the predicate), the
recommendation and notes, then the place, the date and the signatures."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from kinerja_desktop.domain.document_parts import Row
from kinerja_desktop.domain.evaluation_document import EvaluationSheet, ScoreParts, Table
from kinerja_desktop.reports.evaluation_forms import common
from kinerja_desktop.reports.evaluation_forms.matrix import form_rows
from kinerja_desktop.reports.layout import (BODY, identity_table, para, side_by_side,
                                            signature_blocks, table_section)

_LETTERS = "ABCDEFG"
# PENILAIAN SKP's figures and their widths; the plan and its indicator share the rest.
FIGURES = {0: 7 * mm, 3: 14 * mm, 4: 14 * mm, 5: 0.0, 6: 0.0, 7: 0.0, 8: 0.0, 9: 0.0}


def performance(parts: ScoreParts, extra: tuple[Row, ...]) -> Table:
    """Nilai kinerja pegawai: each part with its share, the sum and the predicate."""
    rows: tuple[tuple[str, ...], ...] = (
        (parts.skp_label, parts.skp, parts.skp_share, parts.skp_part),
        ("Nilai Perilaku Kerja", parts.behaviour_mean, parts.behaviour_share,
         parts.behaviour_part))
    footer: tuple[tuple[str, ...], ...] = ((parts.total_label, "", "", parts.score),
              ("PREDIKAT KINERJA PEGAWAI", "", "", parts.predicate))
    # The score and predicate are the rows above; the rest (the new idea) follows them.
    footer += tuple((r.label, "", "", r.value) for r in extra
                    if r.label not in (parts.total_label, "PREDIKAT KINERJA PEGAWAI"))
    return Table(("Unsur yang Dinilai", "Nilai", "Bobot", "Jumlah"), rows, footer)


def story(sheet: EvaluationSheet, width: float) -> list:
    flow = common.opening(sheet, width, sheet.subtitle)
    flow.append(common.office_and_period(sheet.institution.government,
                                         "PERIODE PENILAIAN:", sheet.period,
                                         width))
    half = (width - 4 * mm) / 2
    flow.append(side_by_side(
        identity_table("Pegawai yang Dinilai", form_rows(sheet.official), half),
        identity_table("Pejabat Penilai Kinerja", form_rows(sheet.evaluator), half), width))
    if sheet.superior:
        flow += [Spacer(1, 2 * mm), identity_table("Atasan Pejabat Penilai Kinerja",
                                                   form_rows(sheet.superior), half)]
    sections: list[tuple[str, object, bool]] = []  # (heading, body, may span pages)
    if sheet.results is not None:
        widths = (common.shared_widths(sheet.results, width, FIGURES)
                  if len(sheet.results.header) == 10 else None)
        sections.append(("PENILAIAN SKP", common.table(sheet.results, width, widths), True))
    if sheet.behaviour is not None:
        footer = ((("NILAI PERILAKU KERJA", "", sheet.parts.behaviour_mean),)
                  if sheet.parts else ())
        behaviour = Table(sheet.behaviour.header, sheet.behaviour.rows, footer)
        widths = [8 * mm, width - 8 * mm - 30 * mm, 30 * mm]
        sections.append(("PENILAIAN PERILAKU KERJA",
                         common.table(behaviour, width, widths), False))
    if sheet.parts is not None:
        widths = [width - 3 * 28 * mm, 28 * mm, 28 * mm, 28 * mm]
        sections.append(("NILAI KINERJA PEGAWAI",
                         common.table(performance(sheet.parts, sheet.result), width, widths),
                         False))
    if sheet.recommendation and sheet.recommendation != "-":
        sections.append(("REKOMENDASI", para(sheet.recommendation, BODY), False))
    if sheet.notes:
        sections.append(("CATATAN", para(sheet.notes, BODY), False))
    signatures = signature_blocks(sheet.date_line, sheet.signers, width)
    for index, (letter, (title, body, spans)) in enumerate(zip(_LETTERS, sections,
                                                               strict=False)):
        flow.append(Spacer(1, 3 * mm))
        heading = f"{letter}. {title}"
        last = index == len(sections) - 1
        if spans:
            flow += table_section(heading, body)
            flow += common.remarks(sheet.remarks)
            if last:
                flow.append(signatures)
        elif last:  # the signatures never stand alone on a page
            flow.append(common.kept_together(common.heading(heading), body, signatures))
        else:
            flow.append(common.kept_together(common.heading(heading), body))
    if not sections:
        flow.append(signatures)
    return flow
