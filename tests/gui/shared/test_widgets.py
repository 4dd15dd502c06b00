"""The parts of an editable combo box: there once it is editable, a clear error before."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from kinerja_desktop.gui.shared.widgets import combo_completer, combo_line_edit


def test_an_editable_combo_has_its_line_edit_and_completer(app, qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setEditable(True)
    assert combo_line_edit(combo) is combo.lineEdit()
    assert combo_completer(combo) is combo.completer()


def test_a_combo_that_is_not_editable_is_named_in_the_error(app, qtbot):
    combo = QComboBox()
    combo.setObjectName("unitCombo")
    qtbot.addWidget(combo)
    with pytest.raises(ValueError, match="'unitCombo' is not editable"):
        combo_line_edit(combo)
    with pytest.raises(ValueError, match="'unitCombo' has no completer"):
        combo_completer(combo)
