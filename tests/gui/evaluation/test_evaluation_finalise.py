"""Issue 15: a 100-day evaluation finalised before day 100 warns with the day count; after
finalising the wizard offers to print (Cetak / Simpan PDF / Nanti)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from kinerja_desktop.gui.documents import printing
from kinerja_desktop.gui.evaluation import evaluation_finalise
from kinerja_desktop.gui.evaluation.evaluation_wizard import EvaluationWizard
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.services.evaluations import EvaluationService
from tests.gui.evaluation.test_evaluation_wizard import fill_targets, go_to, make_program
from tests.helpers.dialogs import record_dialogs

DAY_3 = date(2019, 6, 16)  # the program starts on Friday 14 June 2019
DAY_100 = date(2019, 9, 21)


@pytest.fixture
def shown(monkeypatch):
    return record_dialogs(monkeypatch, operations)


@pytest.fixture
def printed(monkeypatch):
    """The offer answered by `printed.answer`; the printing itself recorded, not run."""
    class Printed(list):
        answer = evaluation_finalise.LATER
        offers = 0

    record = Printed()

    def ask(_parent):
        record.offers += 1
        return record.answer

    monkeypatch.setattr(evaluation_finalise, "ask_print", ask)
    monkeypatch.setattr(printing, "print_document",
                        lambda _parent, _db, kind, subject, save=False, name="": record.append(
                            (kind, subject, save)))
    return record


def wizard_on(qtbot, db, today) -> EvaluationWizard:
    program = make_program(db)
    evaluation = EvaluationService(db, lambda: today).start(program)
    wizard = EvaluationWizard(db, evaluation, today=lambda: today)
    qtbot.addWidget(wizard, before_close_func=lambda w: w.done(0))
    with qtbot.waitExposed(wizard):
        wizard.show()
    go_to(wizard, wizard.targets_page)
    fill_targets(wizard.targets_page)
    go_to(wizard, wizard.evaluators_page)
    combo = wizard.evaluators_page.recommendation_combo
    combo.setCurrentIndex(combo.findData("lanjutkan"))
    go_to(wizard, wizard.finish_page)
    radio = wizard.finish_page.final_radio
    # On the indicator: the radio is wider than its label, and its centre is not a hit.
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert wizard.finish_page.final_radio.isChecked()
    return wizard


def click_finish(qtbot, wizard) -> None:
    button = wizard.button(QWizard.WizardButton.FinishButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_warning_counts_the_day_and_names_day_100(db, app):
    program = make_program(db)
    record = EvaluationService(db, lambda: DAY_3).get(
        EvaluationService(db, lambda: DAY_3).start(program))
    text = evaluation_finalise.early_warning(record, DAY_3)
    assert "hari ke-3 dari 100" in text and "14 Juni 2019" in text
    assert "hari ke-100 (21 September 2019)" in text and "97 hari" in text
    assert evaluation_finalise.early_warning(record, date(2019, 9, 20)) is not None  # day 99
    assert evaluation_finalise.early_warning(record, DAY_100) is None
    assert evaluation_finalise.early_warning(record, date(2019, 10, 1)) is None


def test_finalising_on_day_3_warns_and_no_keeps_the_draft(app, qtbot, db, shown, printed):
    wizard = wizard_on(qtbot, db, DAY_3)
    shown.answer = QMessageBox.StandardButton.No
    click_finish(qtbot, wizard)
    assert len(shown.questions) == 1 and "hari ke-3 dari 100" in shown.questions[0]
    assert wizard.isVisible()
    assert EvaluationService(db).get(wizard.evaluation_id).status == "draft"
    assert printed.offers == 0
    shown.answer = QMessageBox.StandardButton.Yes  # confirmed early, then "Finalkan?"
    click_finish(qtbot, wizard)
    assert "hari ke-3" in shown.questions[1] and "Finalkan evaluasi" in shown.questions[2]
    assert EvaluationService(db).get(wizard.evaluation_id).status == "final"


def test_finalising_on_day_100_does_not_warn(app, qtbot, db, shown, printed):
    wizard = wizard_on(qtbot, db, DAY_100)
    shown.answer = QMessageBox.StandardButton.Yes
    click_finish(qtbot, wizard)
    assert len(shown.questions) == 1 and "Finalkan evaluasi" in shown.questions[0]
    assert EvaluationService(db).get(wizard.evaluation_id).status == "final"


@pytest.mark.parametrize("answer, expected", [
    (evaluation_finalise.PRINT, [False]), (evaluation_finalise.SAVE, [True]),
    (evaluation_finalise.LATER, [])])
def test_after_finalising_the_wizard_offers_to_print(app, qtbot, db, shown, printed, answer,
                                                     expected):
    wizard = wizard_on(qtbot, db, DAY_100)
    printed.answer = answer
    shown.answer = QMessageBox.StandardButton.Yes
    click_finish(qtbot, wizard)
    assert printed.offers == 1 and not wizard.isVisible()
    assert printed == [("evaluasi", wizard.evaluation_id, save) for save in expected]


@pytest.mark.modal_allowed
def test_the_offer_reads_cetak_simpan_nanti(app, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        seen["text"] = box.text()
        seen["buttons"] = sorted(b.text().replace("&", "") for b in box.buttons())
        later = [b for b in box.buttons() if b.text().replace("&", "") == "Nanti"][0]
        qtbot.mouseClick(later, Qt.MouseButton.LeftButton)

    QTimer.singleShot(100, answer)
    assert evaluation_finalise.ask_print(None) == evaluation_finalise.LATER
    assert seen["text"] == "Evaluasi telah difinalkan. Cetak lembar evaluasi sekarang?"
    assert seen["buttons"] == ["Cetak", "Nanti", "Simpan PDF"]
