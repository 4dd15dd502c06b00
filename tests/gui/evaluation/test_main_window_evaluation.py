"""The main window's Evaluasi menu: the wizard, the board and the scoring settings."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from kinerja_desktop.gui.evaluation import evaluation_wizard
from kinerja_desktop.gui.evaluation.evaluation_wizard import EvaluationWizard
from kinerja_desktop.services.evaluations import EvaluationService
from tests.helpers.dialogs import record_dialogs


def visible(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_a_final_evaluation_opens_only_as_a_revision(demo_window, monkeypatch):
    shown = record_dialogs(monkeypatch, evaluation_wizard)
    final = EvaluationService(demo_window.db).evaluations()[0]
    assert final.final
    shown.answer = QMessageBox.StandardButton.No
    demo_window.open_evaluation(final.id)
    assert "sudah final" in shown.questions[-1]
    assert visible(EvaluationWizard) == []

    shown.answer = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("Realisasi SPBE dikoreksi", True)))
    demo_window.open_evaluation(final.id)
    wizards = visible(EvaluationWizard)
    assert len(wizards) == 1
    records = EvaluationService(demo_window.db).evaluations()
    revision = [r for r in records if r.revision_of_id == final.id]
    assert len(revision) == 1 and revision[0].revision_reason == "Realisasi SPBE dikoreksi"
    wizards[0].done(0)


def test_the_evaluation_menu_has_its_actions(demo_window):
    menus = {a.text(): a.menu() for a in demo_window.menuBar().actions()}
    actions = [a.objectName() for a in menus["&Evaluasi"].actions() if not a.isSeparator()]
    assert actions == ["evaluateAction", "boardAction", "batchPrintAction", "verifyAction",
                       "scoringSettingsAction", "signaturesAction"]
    demo_window.board_action.trigger()
    assert demo_window.board.isVisible()
    demo_window.board.close()
