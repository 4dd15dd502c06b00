"""The feedback (umpan balik) an evaluator types into a target's cell in the wizard is saved
with the evaluation and printed in the sheet's "Umpan Balik" column, under every scheme."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pypdf import PdfReader

from kinerja_desktop.gui.evaluation.evaluation_models import COLUMN
from kinerja_desktop.services.documents import DocumentService
from kinerja_desktop.services.evaluations import EvaluationService
from tests.gui.evaluation.test_evaluation_schemes import type_in_cell
from tests.gui.evaluation.test_evaluation_wizard import (TODAY, go_to, make_program,
                                                         next_button, open_wizard, stored)

FEEDBACK = "Lampirkan berita acara serah terima perangkat desa"


def printed_text(db, evaluation_id, tmp_path) -> str:
    pdf = tmp_path / "evaluasi.pdf"
    DocumentService(db).print("evaluasi", evaluation_id, pdf)
    return " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(str(pdf)).pages)


@pytest.mark.parametrize("scheme, heading", [
    ("capaian_berbobot", "Umpan Balik"),
    ("permenpanrb_6_2022", "Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung")])
def test_feedback_typed_in_the_cell_is_printed(app, qtbot, db, tmp_path, scheme, heading):
    program_id = make_program(db, scheme)
    evaluation_id = EvaluationService(db, lambda: TODAY).start(program_id)
    wizard = open_wizard(qtbot, db, evaluation_id)
    go_to(wizard, wizard.targets_page)
    page = wizard.targets_page
    assert not page.table.isColumnHidden(COLUMN["umpan_balik"])
    type_in_cell(qtbot, page, 0, "umpan_balik", FEEDBACK)
    assert page.model.data(page.model.index(0, COLUMN["umpan_balik"])) == FEEDBACK
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)  # saves the draft
    content = stored(db, evaluation_id).content
    assert content.targets[0].feedback == FEEDBACK and content.targets[1].feedback == ""

    # The draft prints it already; so does the final evaluation.
    assert FEEDBACK in printed_text(db, evaluation_id, tmp_path)
    for t in content.targets:
        t.realised = Decimal(1) if t.measure == "selesai" else t.target_value
    content = replace(content, recommendation="lanjutkan")
    if scheme == "permenpanrb_6_2022":
        content = replace(content, results_rating="sesuai", behaviour_rating="sesuai")
    EvaluationService(db, lambda: TODAY).finalise(evaluation_id, content)
    text = printed_text(db, evaluation_id, tmp_path)
    assert heading in text
    # The feedback stands in its row, after the target's realisation.
    row = text.index("Smart village")
    assert text.index(FEEDBACK, row) > text.index("Bukti dukung (1 berkas): notulen rapat.pdf",
                                                  row)
