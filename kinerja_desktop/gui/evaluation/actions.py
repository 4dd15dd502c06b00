"""The evaluations' actions: start or resume an evaluation, open one, the scoring settings."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from kinerja_desktop.gui.shared.features import FeatureActions, FeatureContext


class EvaluationActions(FeatureActions):
    """Menu Evaluasi's wizard and scoring settings; open_evaluation() serves the board."""

    def __init__(self, context: FeatureContext):
        super().__init__(context)
        self.evaluate_action = self._action(self.tr("&Mulai atau lanjutkan evaluasi…"),
                                            self.start_evaluation, QKeySequence("Ctrl+Shift+V"),
                                            "evaluateAction")
        self.scoring_settings_action = self._action(self.tr("Pengaturan &penilaian…"),
                                                    self.edit_scoring_settings,
                                                    name="scoringSettingsAction")

    def start_evaluation(self) -> None:
        """Choose a program (of the selected official, if any) and open its evaluation."""
        from kinerja_desktop.gui.evaluation.evaluation_wizard import show_wizard, start_evaluation
        show_wizard(start_evaluation(self.context.db, self.window,
                                     self.context.selected_official_id()),
                    self.context.windows.refresh)

    def open_evaluation(self, evaluation_id: int) -> None:
        """An evaluation in the wizard (a final one: the offer of a revision)."""
        from kinerja_desktop.gui.evaluation.evaluation_wizard import (open_evaluation_wizard,
                                                                      show_wizard)
        show_wizard(open_evaluation_wizard(self.context.db, evaluation_id, self.window),
                    self.context.windows.refresh)

    def edit_scoring_settings(self) -> None:
        from kinerja_desktop.gui.evaluation.scoring_settings_dialog import ScoringSettingsDialog
        from kinerja_desktop.services.evaluations import EvaluationService
        ScoringSettingsDialog(EvaluationService(self.context.db), self.window).exec()
