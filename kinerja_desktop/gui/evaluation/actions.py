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
        """A draft in the wizard; a final evaluation in its read-only view (Cetak, Simpan PDF,
        Revisi), so that double-clicking it does not jump straight to a revision."""
        from kinerja_desktop.gui.evaluation.evaluation_view import show_evaluation
        from kinerja_desktop.gui.shared.operations import attempt
        from kinerja_desktop.services.evaluations import EvaluationService
        found = attempt(self.window, lambda: EvaluationService(self.context.db).get(
            evaluation_id))
        if not found:
            return
        if found.value.final:
            view = show_evaluation(self.context.db, evaluation_id, self.window)
            view.revision_started.connect(self._open_wizard)
            return
        self._open_wizard(evaluation_id)

    def _open_wizard(self, evaluation_id: int) -> None:
        from kinerja_desktop.gui.evaluation.evaluation_wizard import (open_evaluation_wizard,
                                                                      show_wizard)
        show_wizard(open_evaluation_wizard(self.context.db, evaluation_id, self.window),
                    self.context.windows.refresh)

    def edit_scoring_settings(self) -> None:
        from kinerja_desktop.gui.evaluation.scoring_settings_dialog import ScoringSettingsDialog
        from kinerja_desktop.services.evaluations import EvaluationService
        ScoringSettingsDialog(EvaluationService(self.context.db), self.window).exec()
