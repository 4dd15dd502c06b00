"""The shared date field, driven by typed keys: whole dates in every common spelling, the
weekday shown, and text that is not a date kept visible and reported, never swapped silently."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from kinerja_desktop.gui.shared.widgets import OptionalDateEdit, date_problems, make_date_edit

JUNE_14 = QDate(2019, 6, 14)


@pytest.fixture
def form(app, qtbot):
    """A small form: the date field with its label, and a line edit after it for Tab."""
    widget = QWidget()
    layout = QFormLayout(widget)
    edit = make_date_edit(widget)
    edit.setObjectName("dateEdit")
    edit.setDate(QDate(2020, 1, 1))
    after = QLineEdit(widget)
    layout.addRow("&Tanggal pelantikan:", edit)
    layout.addRow("Tempat:", after)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, edit, after


def type_date(qtbot, edit, text: str) -> None:
    """Click into the field, select all, type, and Tab away, as staff do."""
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize("text", [
    "14 Juni 2019", "14 juni 2019", "14 JUNI 2019", "14 Jun 2019", "14/06/2019",
    "14-06-2019", "14.06.2019", "14062019", "2019-06-14", "Jumat, 14 Juni 2019"])
def test_a_typed_date_is_taken_whole_and_shown_with_its_weekday(form, qtbot, text):
    widget, edit, after = form
    type_date(qtbot, edit, text)
    assert edit.date() == JUNE_14
    assert edit.text() == "Jumat, 14 Juni 2019"
    assert after.hasFocus()  # Tab leaves the field instead of walking day, month and year
    assert edit.is_valid() and not date_problems(widget)


def test_day_comes_before_month(form, qtbot):
    _, edit, _ = form
    type_date(qtbot, edit, "2/1/2018")
    assert edit.date() == QDate(2018, 1, 2)


@pytest.mark.parametrize("text, message", [
    ("31/02/2019", "Februari 2019 hanya sampai tanggal 28"),
    ("besok", "Tanggal tidak dikenali; ketik misalnya 14 Juni 2019 atau 14/06/2019"),
    ("14 jnui 2019", "Bulan 'jnui' tidak dikenali")])
def test_text_that_is_not_a_date_stays_and_is_reported(form, qtbot, text, message):
    widget, edit, after = form
    changes = []
    edit.dateChanged.connect(changes.append)
    type_date(qtbot, edit, text)
    assert after.hasFocus()
    assert edit.lineEdit().text() == text  # not silently put back to 1 Januari 2020
    assert message in edit.problem()
    assert message in edit.toolTip()
    assert "b00020" in edit.styleSheet()
    assert changes == []
    problems = date_problems(widget)
    assert [p.field for p in problems] == ["Tanggal pelantikan"]
    assert problems[0].message.startswith("Tanggal pelantikan: ")
    assert message[1:] in problems[0].message  # "Tanggal: tanggal tidak dikenali; …"
    widget.grab().save("/tmp/dates-invalid.png")


def test_fixing_the_text_clears_the_red_frame(form, qtbot):
    widget, edit, _ = form
    type_date(qtbot, edit, "31/02/2019")
    type_date(qtbot, edit, "28/02/2019")
    assert edit.date() == QDate(2019, 2, 28)
    assert edit.styleSheet() == "" and edit.toolTip() == ""
    assert not date_problems(widget)


def test_arrow_keys_still_step_the_date(form, qtbot):
    _, edit, _ = form
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.date() == QDate(2020, 1, 2)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.date() == QDate(2019, 12, 31)


def test_a_date_typed_and_read_before_leaving_the_field_is_the_typed_one(form, qtbot):
    # Ctrl+Enter saves while the cursor is still in the field.
    _, edit, _ = form
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "14/06/2019")
    assert edit.hasFocus()
    assert edit.date() == JUNE_14


def test_a_date_outside_the_range_is_reported_not_clamped(form, qtbot):
    _, edit, _ = form
    edit.setDateRange(QDate(2020, 1, 1), QDate(2020, 4, 9))
    type_date(qtbot, edit, "14/06/2019")
    assert edit.date() == QDate(2020, 1, 1)
    assert "di luar batas: pilih antara 1 Januari 2020 dan 9 April 2020" in edit.problem()


def test_with_a_no_date_text_an_emptied_field_means_no_date(form, qtbot):
    _, edit, _ = form
    edit.setMinimumDate(QDate(2019, 12, 31))
    edit.setSpecialValueText("(tanpa tenggat)")
    type_date(qtbot, edit, "5/2/2020")
    assert edit.date() == QDate(2020, 2, 5)
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date() == edit.minimumDate()
    assert edit.text() == "(tanpa tenggat)" and edit.is_valid()


def test_optional_date_takes_typed_text_once_ticked(app, qtbot):
    widget = QWidget()
    layout = QFormLayout(widget)
    optional = OptionalDateEdit("diketahui", widget)
    layout.addRow("Tanggal &SK:", optional)
    layout.addRow("Lain:", QLineEdit(widget))
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    qtbot.mouseClick(optional.check, Qt.MouseButton.LeftButton)
    type_date(qtbot, optional.edit, "14 juni 2019")
    assert optional.value() == JUNE_14.toPython()
    type_date(qtbot, optional.edit, "14/14/2019")
    assert [p.field for p in date_problems(widget)] == ["Tanggal SK"]
    qtbot.mouseClick(optional.check, Qt.MouseButton.LeftButton)  # unknown after all
    assert optional.value() is None and not date_problems(widget)


def test_unreadable_text_survives_the_field_being_hidden(form, qtbot):
    # A wizard hides its page while it greys Next; QDateEdit then put the old date back.
    widget, edit, _ = form
    type_date(qtbot, edit, "besok")
    edit.hide()
    edit.show()
    assert edit.lineEdit().text() == "besok" and edit.problem()
    assert edit.date() == QDate(2020, 1, 1)



def test_a_click_on_the_field_never_changes_the_date(form, qtbot):
    # A click on the field itself (not its arrow) stepped the date back a day.
    _, edit, _ = form
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=edit.rect().topLeft() + QPoint(2, 2))
    assert edit.date() == QDate(2020, 1, 1)
    assert edit.hasFocus()
