"""PP 46/2011: Perka BKN 1/2013's PENILAIAN PRESTASI KERJA PEGAWAI NEGERI SIPIL — the office
and the jangka waktu penilaian, 1 YANG DINILAI, 2 PEJABAT PENILAI, 3 ATASAN PEJABAT PENILAI
(where there is one), 4 UNSUR YANG DINILAI (SKP × 60%; the six aspects of perilaku kerja with
their sebutan, jumlah, nilai rata-rata, × 40%; NILAI PRESTASI KERJA with its sebutan), 5 to 7
the objection, the answer and the superior's decision (blank, to be filled by hand), 8
REKOMENDASI, 9 DIBUAT TANGGAL, 10 and 11 DITERIMA TANGGAL with the signatures — then, on a
page of its own, PENILAIAN CAPAIAN SASARAN KERJA with each activity's target and realisation."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table

from kinerja_desktop.domain.document_parts import Row
from kinerja_desktop.domain.evaluation_document import PERKA_HEADER, EvaluationSheet, ScoreParts
from kinerja_desktop.reports import layout
from kinerja_desktop.reports.evaluation_forms import common
from kinerja_desktop.reports.layout import para, signature_blocks, table_style, title_block

# The identity rows under the Perka's own names, in its order.
PERKA_LABELS = {"NAMA": "Nama", "NIP": "NIP", "PANGKAT/GOL. RUANG": "Pangkat, golongan ruang",
                "JABATAN": "Jabatan/Pekerjaan", "UNIT KERJA": "Unit Organisasi"}
BLANK_DATE = "Tanggal, ...................."
OBJECTIONS = ("KEBERATAN DARI PEGAWAI NEGERI SIPIL YANG DINILAI (APABILA ADA)",
              "TANGGAPAN PEJABAT PENILAI ATAS KEBERATAN",
              "KEPUTUSAN ATASAN PEJABAT PENILAI ATAS KEBERATAN")


def perka_rows(rows: tuple[Row, ...]) -> tuple[Row, ...]:
    by_label = {r.label.strip().upper(): r for r in rows}
    return tuple(Row(name, by_label[label].value) for label, name in PERKA_LABELS.items()
                 if label in by_label)


def unsur_table(parts: ScoreParts, behaviour: tuple[tuple[str, ...], ...],
                width: float) -> Table:
    """Item 4, UNSUR YANG DINILAI, as the Perka's grid: a. SKP × share; b. perilaku kerja,
    each aspect with its value and sebutan, Jumlah, Nilai rata-rata, Nilai Perilaku Kerja ×
    share; NILAI PRESTASI KERJA and its sebutan in the last column."""
    cell, bold, centre = common.CELL, common.CELL_BOLD, common.CELL_CENTER
    widths = [8 * mm, 6 * mm, 24 * mm]
    widths += [width - sum(widths) - 3 * 22 * mm - 24 * mm, 22 * mm, 22 * mm, 22 * mm, 24 * mm]
    # columns: number, letter, group, item, value, sebutan/share, (unused), jumlah
    data = [[para("4", centre), para("UNSUR YANG DINILAI", bold), "", "", "", "", "",
             para("Jumlah", common.CELL_HEAD)],
            ["", para("a.", cell), para(parts.skp_label, cell), "", para(parts.skp, centre),
             para("×", centre), para(parts.skp_share, centre), para(parts.skp_part, centre)]]
    style = list(common.GRID_STYLE) + [("SPAN", (1, 0), (6, 0)), ("SPAN", (2, 1), (3, 1)),
                                       ("BACKGROUND", (1, 0), (-1, 0), layout.HEADER_FILL)]
    first = len(data)
    for number, name, value, sebutan in behaviour:
        data.append(["", "", "", para(f"{number}. {name}", cell), para(value, centre),
                     para(sebutan, centre), "", ""])
        style.append(("SPAN", (5, len(data) - 1), (6, len(data) - 1)))
    count = len(behaviour)
    data.append(["", "", "", para(f"{count + 1}. Jumlah", cell),
                 para(parts.behaviour_total, centre), "", "", ""])
    style.append(("SPAN", (5, len(data) - 1), (6, len(data) - 1)))
    data.append(["", "", "", para(f"{count + 2}. Nilai rata-rata", cell),
                 para(parts.behaviour_mean, centre), para(parts.behaviour_mean_label, centre),
                 "", ""])
    style.append(("SPAN", (5, len(data) - 1), (6, len(data) - 1)))
    data.append(["", "", "", para(f"{count + 3}. Nilai Perilaku Kerja", cell),
                 para(parts.behaviour_mean, centre), para("×", centre),
                 para(parts.behaviour_share, centre), para(parts.behaviour_part, centre)])
    last_behaviour = len(data) - 1
    style += [("SPAN", (1, first), (1, last_behaviour)), ("SPAN", (2, first), (2, last_behaviour)),
              ("SPAN", (7, first), (7, last_behaviour - 1))]
    data[first][1] = para("b.", cell)
    data[first][2] = para("Perilaku Kerja", cell)
    data.append(["", para(parts.total_label, bold), "", "", "", "", "",
                 para(parts.score, common.CELL_HEAD)])
    data.append(["", "", "", "", "", "", "", para(f"({parts.predicate})", common.CELL_HEAD)])
    style += [("SPAN", (1, len(data) - 2), (6, len(data) - 1)),
              ("VALIGN", (1, len(data) - 2), (6, len(data) - 1), "MIDDLE"),
              ("SPAN", (0, 0), (0, len(data) - 1))]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(table_style(style))
    return table


def blank_box(number: str, title: str, width: float, height: float = 22 * mm) -> Table:
    """An item of the form filled by hand after printing: its title, room, "Tanggal, …"."""
    data = [[para(number, common.CELL_CENTER), para(title, common.CELL_BOLD)],
            ["", para(BLANK_DATE, common.CELL_RIGHT)]]
    table = Table(data, colWidths=[8 * mm, width - 8 * mm],
                  rowHeights=[None, height], hAlign="LEFT")
    table.setStyle(table_style([("BOX", (0, 0), (-1, -1), 0.5, layout.GRID),
                                ("LINEAFTER", (0, 0), (0, -1), 0.5, layout.GRID),
                                ("VALIGN", (0, 0), (-1, 0), "TOP"),
                                ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
                                ("SPAN", (0, 0), (0, 1))]))
    return table


def recommendation_box(sheet: EvaluationSheet, width: float) -> Table:
    lines = []
    if sheet.recommendation and sheet.recommendation != "-":
        lines.append(sheet.recommendation + ".")
    if sheet.notes:
        lines.append(sheet.notes)
    body = "\n".join(lines) or " "
    data = [[para("8", common.CELL_CENTER), para("REKOMENDASI", common.CELL_BOLD)],
            ["", para(body, common.CELL)]]
    table = Table(data, colWidths=[8 * mm, width - 8 * mm], hAlign="LEFT")
    table.setStyle(table_style([("BOX", (0, 0), (-1, -1), 0.5, layout.GRID),
                                ("LINEAFTER", (0, 0), (0, -1), 0.5, layout.GRID),
                                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
                                ("SPAN", (0, 0), (0, 1))]))
    return table


def signatures(sheet: EvaluationSheet, width: float) -> list:
    """9 DIBUAT TANGGAL … PEJABAT PENILAI at the right, 10 DITERIMA TANGGAL … PEGAWAI NEGERI
    SIPIL YANG DINILAI at the left, 11 DITERIMA TANGGAL … ATASAN PEJABAT PENILAI at the right,
    as the Perka's last page has them. The receipt dates are filled by hand."""
    column = width / 2
    official = sheet.signers[0]
    chair = sheet.signers[1] if len(sheet.signers) > 1 else None
    superior = next((s for s in sheet.signers if s.heading == "ATASAN PEJABAT PENILAI"), None)
    made = sheet.date_line.split(", ", 1)[-1]
    rows = []
    if chair is not None:
        rows.append(common.signature_row(
            [None, common.signature_cell(chair, [f"9. DIBUAT TANGGAL, {made}"], column)],
            width))
    rows.append(common.signature_row(
        [common.signature_cell(official, ["10. DITERIMA TANGGAL, ................"], column),
         None], width))
    if superior is not None:
        rows.append(common.signature_row(
            [None, common.signature_cell(superior, ["11. DITERIMA TANGGAL, ................"],
                                         column)], width))
    flow: list = []
    for row in rows:
        flow += [Spacer(1, 3 * mm), row]
    return flow


def form_page(sheet: EvaluationSheet, width: float) -> list:
    flow = common.opening(sheet, width, sheet.subtitle)
    flow.append(common.office_and_period(sheet.institution.government,
                                         "JANGKA WAKTU PENILAIAN:", sheet.period,
                                         width))
    blocks: list = [("1", "YANG DINILAI", perka_rows(sheet.official)),
                    ("2", "PEJABAT PENILAI", perka_rows(sheet.evaluator))]
    if sheet.superior:
        blocks.append(("3", "ATASAN PEJABAT PENILAI", perka_rows(sheet.superior)))
    flow.append(common.numbered_blocks(blocks, width, letters=True))
    if sheet.parts is not None and sheet.behaviour is not None:
        flow += [Spacer(1, 3 * mm), unsur_table(sheet.parts, sheet.behaviour.rows, width)]
    flow += common.remarks(sheet.remarks)
    numbers = ("5", "6", "7") if sheet.superior else ("5", "6")
    for number, title in zip(numbers, OBJECTIONS, strict=False):
        flow += [Spacer(1, 2 * mm), blank_box(number, title, width)]
    # The recommendation goes with the signatures: they never stand alone on a page.
    flow.append(common.kept_together(Spacer(1, 2 * mm), recommendation_box(sheet, width),
                                     signatures(sheet, width)))
    return flow


def realisation_page(sheet: EvaluationSheet, width: float) -> list:
    """PENILAIAN CAPAIAN SASARAN KERJA PEGAWAI NEGERI SIPIL, signed by the Pejabat Penilai
    (and the panel's members); the last activity stays with the signatures."""
    results = sheet.results
    assert results is not None
    flow: list = [PageBreak()]
    flow += title_block("PENILAIAN CAPAIAN SASARAN KERJA PEGAWAI NEGERI SIPIL",
                        f"Jangka Waktu Penilaian: {sheet.period}")
    evaluators = [s for s in sheet.signers[1:] if s.heading != "ATASAN PEJABAT PENILAI"]
    # The chair at the right, under the date; the members before.
    closing = ([signature_blocks(sheet.date_line, evaluators[1:] + evaluators[:1], width)]
               if evaluators else [])
    if results.header != PERKA_HEADER:  # version 1: its own columns, one row a target
        flow += common.table_with_closing("Kegiatan Tugas Jabatan", results, width, None,
                                          closing)
        return flow
    groups = activity_groups(results.rows)
    widths = [7 * mm, 0.0, 26 * mm, 25 * mm, 25 * mm, 25 * mm, 24 * mm]
    widths[1] = width - sum(widths)
    if len(groups) > 1:
        head = [row for group in groups[:-1] for row in group]
        flow.append(realisation_table(results.header, head, (), widths))
        flow.append(common.kept_together(
            realisation_table((), groups[-1], results.footer, widths), closing))
    else:
        flow.append(common.kept_together(
            realisation_table(results.header, groups[0] if groups else [], results.footer,
                              widths), closing))
    return flow


def activity_groups(rows) -> list[list[tuple[str, ...]]]:
    """The rows of each activity: a row with a number starts one."""
    groups: list[list[tuple[str, ...]]] = []
    for row in rows:
        if row[0] or not groups:
            groups.append([])
        groups[-1].append(tuple(row))
    return groups


def realisation_table(header, rows, footer, widths) -> Table:
    """Activities one aspect a row; each activity's number, title and score span its rows.
    The header repeats on every page; closing rows (tugas tambahan, kreativitas, the nilai
    capaian SKP) span to the last column."""
    data: list[list] = []
    style = list(common.GRID_STYLE)
    if header:
        data.append([para(h, common.CELL_HEAD) for h in header])
        style += [("BACKGROUND", (0, 0), (-1, 0), layout.HEADER_FILL),
                  ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
    start = None
    for row in rows:
        index = len(data)
        if row[0]:
            start = index
        data.append([para(row[0], common.CELL_CENTER), para(row[1], common.CELL),
                     para(row[2], common.CELL)]
                    + [para(v, common.CELL_CENTER) for v in row[3:]])
        if start is not None and index > start:
            style += [("SPAN", (c, start), (c, index)) for c in (0, 1, 6)]
    for closing in footer:
        index = len(data)
        data.append([para(closing[0], common.CELL_RIGHT)] + [""] * (len(widths) - 2)
                    + [para(closing[-1], common.CELL_HEAD)])
        style += [("SPAN", (0, index), (len(widths) - 2, index)),
                  ("BACKGROUND", (0, index), (-1, index), layout.HEADER_FILL)]
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    table.setStyle(table_style(style))
    return table


def story(sheet: EvaluationSheet, width: float) -> list:
    flow = form_page(sheet, width)
    if sheet.results is not None:
        flow += realisation_page(sheet, width)
    return flow
