"""The scoring settings dialog: shows the stored settings, refuses bad ones, saves good ones."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from kinerja_desktop.domain.scoring import ScoringSettings
from kinerja_desktop.gui.evaluation.scoring_settings_dialog import ScoringSettingsDialog
from kinerja_desktop.services.evaluations import EvaluationService


@pytest.fixture
def dialog(app, qtbot, db):
    widget = ScoringSettingsDialog(EvaluationService(db, actor=lambda: "staf"))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_shows_the_defaults_and_saves_a_change(dialog, db):
    assert dialog.cap_spin.value() == 120
    # The 100-day scheme's bands on its 0–120 scale (PP 30/2019 Pasal 41's ranges).
    assert [(e[0].text(), e[1].value()) for e in dialog.band_edits] == [
        ("Sangat Baik", 110), ("Baik", 90), ("Cukup", 70), ("Kurang", 50),
        ("Sangat Kurang", 0)]
    assert dialog.behaviour_share_label.text() == "40 %"
    dialog.cap_spin.setValue(110)
    dialog.consolidation_combo.setCurrentIndex(dialog.consolidation_combo.findData("rata_rata"))
    assert ok_button(dialog).isEnabled()
    dialog.accept()
    saved = EvaluationService(db).settings()
    assert saved.cap == Decimal("1.1") and saved.consolidation == "rata_rata"
    assert saved.bands == ScoringSettings().bands


def test_bands_out_of_order_are_refused_and_nothing_is_saved(dialog, db):
    dialog.band_edits[1][1].setValue(115)  # "Baik" from 115, above "Sangat Baik" from 110
    assert not ok_button(dialog).isEnabled()
    assert "menurun" in dialog.problems.text()
    dialog.accept()
    assert EvaluationService(db).settings() == ScoringSettings()


def test_restore_defaults(dialog):
    dialog.cap_spin.setValue(150)
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.cap_spin.value() == 120
