"""The main window's Evaluasi menu: the wizard, the board and the scoring settings; an
evaluation the board asks for opens in the wizard."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from kinerja_desktop.gui.evaluation.evaluation_wizard import EvaluationWizard
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.services.evaluations import EvaluationService
from tests.helpers.dialogs import record_dialogs
from tests.helpers.gui_fixtures import window_action


def visible(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_a_final_evaluation_opens_only_as_a_revision(demo_window, monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    final = EvaluationService(demo_window.db).evaluations()[0]
    assert final.final
    window_action(demo_window, "boardAction").trigger()
    board = demo_window.open_windows.board
    shown.answer = QMessageBox.StandardButton.No
    board.open_evaluation.emit(final.id)  # what a double-click on its Evaluasi cell asks
    assert "sudah final" in shown.questions[-1]
    assert visible(EvaluationWizard) == []

    shown.answer = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("Realisasi SPBE dikoreksi", True)))
    board.open_evaluation.emit(final.id)
    wizards = visible(EvaluationWizard)
    assert len(wizards) == 1
    records = EvaluationService(demo_window.db).evaluations()
    revision = [r for r in records if r.revision_of_id == final.id]
    assert len(revision) == 1 and revision[0].revision_reason == "Realisasi SPBE dikoreksi"
    wizards[0].done(0)
    board.close()


def test_the_evaluation_menu_has_its_actions(demo_window):
    menus = {a.text(): a.menu() for a in demo_window.menuBar().actions()}
    actions = [a.objectName() for a in menus["&Evaluasi"].actions() if not a.isSeparator()]
    assert actions == ["evaluateAction", "boardAction", "batchPrintAction", "verifyAction",
                       "scoringSettingsAction", "signaturesAction"]
    window_action(demo_window, "boardAction").trigger()
    assert demo_window.open_windows.board.isVisible()
    demo_window.open_windows.board.close()
