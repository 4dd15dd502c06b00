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
    assert [e[0].text() for e in dialog.band_edits] == ["Sangat Baik", "Baik", "Cukup",
                                                        "Kurang", "Buruk"]
    assert dialog.behaviour_share_label.text() == "40 %"
    dialog.cap_spin.setValue(110)
    dialog.consolidation_combo.setCurrentIndex(dialog.consolidation_combo.findData("rata_rata"))
    assert ok_button(dialog).isEnabled()
    dialog.accept()
    saved = EvaluationService(db).settings()
    assert saved.cap == Decimal("1.1") and saved.consolidation == "rata_rata"
    assert saved.bands == ScoringSettings().bands


def test_bands_out_of_order_are_refused_and_nothing_is_saved(dialog, db):
    dialog.band_edits[1][1].setValue(95)  # "Baik" from 95, above "Sangat Baik" from 91
    assert not ok_button(dialog).isEnabled()
    assert "menurun" in dialog.problems.text()
    dialog.accept()
    assert EvaluationService(db).settings() == ScoringSettings()


def test_restore_defaults(dialog):
    dialog.cap_spin.setValue(150)
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.cap_spin.value() == 120
