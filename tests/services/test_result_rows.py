"""The result table of an evaluation sheet: each scheme's parts under its regulation's names,
its basis and status, and scores with two decimals (one for version 1 evaluations)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from kinerja_desktop.domain.evaluations import (EvaluationContent, TargetAssessment, compute,
                                                from_json)
from kinerja_desktop.domain.scoring import PerkaFigures
from kinerja_desktop.services.evaluation_document import _result_rows
from tests.domain.test_evaluations import V1_TEXT

D = Decimal
SIX = {"orientasi_pelayanan": "80", "integritas": "80", "komitmen": "80", "disiplin": "80",
       "kerja_sama": "80", "kepemimpinan": "80"}


def rows_of(content: EvaluationContent) -> dict[str, str]:
    return {r.label: r.value for r in _result_rows(content, compute(content))}


def meeting_report() -> TargetAssessment:
    return TargetAssessment(1, "Laporan rapat", "target_kinerja", D(100), "angka", D(1),
                            "laporan", D(1), perka=PerkaFigures(D(100), D(90), D(12), D(12),
                                                                D(170395000), D(170395000)))


def test_pp46_sheet_names_the_perka_parts_and_says_the_scheme_was_revoked():
    """Perka BKN 1/2013's worked example printed as the Perka prints it: 85,50 and 83,30."""
    content = EvaluationContent(date(2019, 9, 21), "pp46_2011", [meeting_report()],
                                behaviour=SIX, additional_tasks=0)
    rows = rows_of(content)
    assert rows["Status skema"].startswith("Dicabut oleh PP No. 30 Tahun 2019")
    assert rows["Nilai capaian SKP"] == "85,50" and rows["Nilai perilaku kerja"] == "80,00"
    assert rows["Nilai prestasi kerja (60% SKP + 40% perilaku)"] == "83,30"
    assert rows["Predikat"] == "Baik" and "Tugas tambahan" not in rows
    more = rows_of(replace(content, additional_tasks=4, creativity="organisasi"))
    assert more["Tugas tambahan"] == "4 kegiatan (+2)"
    assert more["Kreativitas"].endswith("(+6)") and more["Nilai capaian SKP"] == "93,50"


def test_matrix_sheet_says_where_the_heads_rating_came_from():
    content = EvaluationContent(date(2022, 12, 20), "permenpanrb_6_2022",
                                organisation_result="istimewa", behaviour_rating="di_atas")
    rows = rows_of(content)
    assert rows["Capaian kinerja organisasi"] == "Istimewa"
    assert rows["Rating hasil kerja"] == "Di Atas Ekspektasi (dari capaian kinerja organisasi)"
    assert rows["Predikat"] == "Sangat Baik" and rows["Status skema"] == "Berlaku."


def test_a_version_1_sheet_keeps_one_decimal_and_says_its_version():
    rows = rows_of(from_json(V1_TEXT))
    assert rows["Aturan hitung"].startswith("versi 1")
    assert rows["Nilai prestasi kerja (60% SKP + 40% perilaku)"] == "88,8"
    assert rows["Predikat"] == "Baik"
