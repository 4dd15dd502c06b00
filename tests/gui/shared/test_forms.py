"""Designer forms: a child the code names but the .ui lacks fails at once, by name."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from kinerja_desktop.gui.shared.forms import child, load_form


@pytest.fixture
def form(app, qtbot):
    host = QWidget()  # held here: the form is deleted with its parent
    qtbot.addWidget(host)
    yield load_form("official_form.ui", host)


def test_child_finds_a_widget_by_type_and_name(form):
    edit = child(form, QLineEdit, "nipEdit")
    assert isinstance(edit, QLineEdit) and edit.objectName() == "nipEdit"


@pytest.mark.parametrize("kind, name", [(QLineEdit, "nipEditRenamed"),
                                        (QLabel, "nipEdit")])  # right name, wrong type
def test_a_child_the_form_lacks_is_named_in_the_error(form, kind, name):
    # findChild() answers None, and the dialog used to fail later on None.setText(...).
    with pytest.raises(LookupError, match=f"no {kind.__name__} '{name}'"):
        child(form, kind, name)
