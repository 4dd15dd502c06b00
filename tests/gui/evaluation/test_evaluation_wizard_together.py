"""Two evaluators on one draft (issue 20): the wizard shows what the other saved meanwhile, and
asks (Simpan, Buang, Batal) when both entered the same target differently. On a file (two
connections) and on the test server (two colleagues)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from kinerja_desktop.services.evaluations import EvaluationService
from tests.gui.evaluation.test_evaluation_wizard import (TODAY, cell, go_to, make_program,
                                                        open_wizard)
from tests.gui.evaluation.test_evaluation_wizard import shown  # noqa: F401 - the fixture

D = Decimal


def colleague_enters(colleague, evaluation_id, row: int, value: int, **changes) -> None:
    """The other evaluator opens the draft, enters `value` in target `row` and saves."""
    service = EvaluationService(colleague, lambda: TODAY, actor=lambda: "Budi (Sekda)")
    content = service.get(evaluation_id).content
    targets = list(content.targets)
    targets[row] = replace(targets[row], realised=D(value))
    service.save_draft(evaluation_id, replace(content, targets=targets, **changes),
                       seen=content)


def type_realised(qtbot, page, row: int, text: str) -> None:
    """Typed as a user does: F2 on the cell, the value, Enter."""
    page.table.setCurrentIndex(cell(page, row, "realisasi"))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor.lineEdit(), text)
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != page.table.State.EditingState)


def click_next(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                     Qt.MouseButton.LeftButton)


def open_both(app, qtbot, db):
    evaluation_id = EvaluationService(db, lambda: TODAY).start(make_program(db))
    wizard = open_wizard(qtbot, db, evaluation_id)
    go_to(wizard, wizard.targets_page)
    return wizard, evaluation_id


def test_another_evaluators_target_is_kept_and_shown(app, qtbot, db, colleague,
        shown):  # noqa: F811 - the fixture
    wizard, evaluation_id = open_both(app, qtbot, db)
    page = wizard.targets_page
    colleague_enters(colleague, evaluation_id, 1, 3, notes="dari Sekda")
    type_realised(qtbot, page, 0, "45")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.behaviour_page or wizard.currentPage() is not page
    assert shown.questions == [] and shown.errors == []
    stored = EvaluationService(db, lambda: TODAY).get(evaluation_id).content
    assert [t.realised for t in stored.targets][:2] == [D(45), D(3)]
    assert stored.notes == "dari Sekda"
    assert [t.realised for t in wizard.content.targets][:2] == [D(45), D(3)]  # shown too


def test_the_same_target_entered_by_both_is_asked(app, qtbot, db, colleague,
        shown):  # noqa: F811 - the fixture
    wizard, evaluation_id = open_both(app, qtbot, db)
    page = wizard.targets_page
    colleague_enters(colleague, evaluation_id, 0, 60)
    type_realised(qtbot, page, 0, "45")
    shown.answer = QMessageBox.StandardButton.Cancel  # Batal: back to my entries
    click_next(qtbot, wizard)
    assert wizard.currentPage() is page
    (question,) = shown.questions
    assert "KONFLIK evaluasi" in question and "Budi (Sekda)" in question
    assert "Target 'Smart village': realisasi: isian Anda 45, tersimpan 60" in question
    assert page.model.data(cell(page, 0, "realisasi")) == "45 %"

    shown.answer = QMessageBox.StandardButton.Discard  # Buang: the stored draft is loaded
    click_next(qtbot, wizard)
    assert wizard.currentPage() is page
    assert page.model.data(cell(page, 0, "realisasi")) == "60 %"

    type_realised(qtbot, page, 0, "50")  # then mine again, saved over theirs on purpose
    colleague_enters(colleague, evaluation_id, 0, 70)
    shown.answer = QMessageBox.StandardButton.Save
    click_next(qtbot, wizard)
    assert wizard.currentPage() is not page and shown.errors == []
    stored = EvaluationService(db, lambda: TODAY).get(evaluation_id).content
    assert stored.targets[0].realised == D(50)
