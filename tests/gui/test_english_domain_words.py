"""Issue 15: with the English interface the domain's values read in English (the roster's
filling method, the demo notice, a date field's message); the Indonesian interface is as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from kinerja_desktop.domain import options
from kinerja_desktop.gui.shared.i18n import switch_language
from kinerja_desktop.gui.shared.widgets import make_date_edit
from kinerja_desktop.services import settings as dataset
from kinerja_desktop.services.demo import DEMO_NOTICE
from tests.gui.test_main_window import click_row, type_search
from tests.helpers.gui_fixtures import show_main_window

ENGLISH_NOTICE = ("Demo data: NIPs and grades are made up, not real personnel records; target "
                  "and realisation figures and development missions are only examples.")


@pytest.fixture
def english(app):
    switch_language(app, "en")
    yield
    switch_language(app, "id")


def filling_cell(window, name: str) -> str:
    """The roster's filling-method cell of the official named `name`, as the table shows it."""
    model = window.model
    column = [key for key, _label in model.COLUMNS].index("jenis_pengisian")
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == name:
            return model.index(row, column).data()
    raise AssertionError(f"{name} not in the roster")


def filling_items(window) -> dict[str, str]:
    combo = window.filter_bar.filling_combo
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}


def test_the_roster_shows_filling_methods_in_english(english, qtbot, demo_db):
    window = show_main_window(qtbot, demo_db)
    assert filling_cell(window, "Abdullah") == "Rotation"
    items = filling_items(window)
    assert items["rotasi"] == "Rotation"
    assert items["seleksi_terbuka"] == "Open Selection"
    assert items["plt"] == "Acting (Plt)"
    # Choosing the English item filters by the code, as before.
    combo = window.filter_bar.filling_combo
    combo.setCurrentIndex(combo.findText("Rotation"))
    assert [window.model.index(r, 0).data() for r in range(window.model.rowCount())] == \
        ["Abdullah"]
    combo.setCurrentIndex(0)
    type_search(qtbot, window, "abdullah")
    click_row(qtbot, window, 0)
    text = window.detail.toPlainText()
    assert "Rotation" in text and "Rotasi" not in text


def test_the_indonesian_roster_is_unchanged(app, qtbot, demo_db):
    window = show_main_window(qtbot, demo_db)
    assert filling_cell(window, "Abdullah") == "Rotasi"
    items = filling_items(window)
    assert items["rotasi"] == "Rotasi"
    assert items["seleksi_terbuka"] == "Seleksi Terbuka"
    assert items["plt"] == "Plt"
    type_search(qtbot, window, "abdullah")
    click_row(qtbot, window, 0)
    assert "Rotasi" in window.detail.toPlainText()
    assert window.notice_label.toolTip() == DEMO_NOTICE


def test_the_demo_notice_reads_in_english(english, qtbot, demo_db):
    window = show_main_window(qtbot, demo_db)
    assert window.notice_label.isVisible()
    assert window.notice_label.toolTip() == ENGLISH_NOTICE
    assert window.notice_label.text().startswith("Demo data: NIPs")


def test_a_notice_someone_wrote_shows_as_written(english, qtbot, demo_db):
    dataset.set(demo_db, options.DEMO_NOTICE, "Data uji coba Bagian Organisasi.")
    window = show_main_window(qtbot, demo_db)
    assert window.notice_label.toolTip() == "Data uji coba Bagian Organisasi."


@pytest.fixture
def date_form(qtbot):
    widget = QWidget()
    layout = QFormLayout(widget)
    edit = make_date_edit(widget)
    edit.setDate(QDate(2020, 1, 1))
    after = QLineEdit(widget)
    layout.addRow("Date:", edit)
    layout.addRow("Place:", after)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, edit


def type_date(qtbot, edit, text: str) -> None:
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize("text, message", [
    ("besok", "Date not recognised; type for example 14/06/2019 (day/month/year) or "
              "14 Juni 2019."),
    ("31/02/2019", "'31/02/2019' is not in the calendar: February 2019 has only 28 days."),
    ("14 jnui 2019", "Month 'jnui' not recognised;")])
def test_a_date_field_refuses_in_english(english, qtbot, date_form, text, message):
    _form, edit = date_form
    type_date(qtbot, edit, text)
    assert edit.lineEdit().text() == text
    assert message in edit.problem()
    assert message in edit.toolTip()


def test_a_date_field_refuses_in_indonesian_as_before(app, qtbot, date_form):
    _form, edit = date_form
    type_date(qtbot, edit, "31/02/2019")
    assert edit.toolTip() == ("'31/02/2019' tidak ada di kalender: Februari 2019 hanya "
                                   "sampai tanggal 28.")


def test_the_echelon_header_is_not_cut_in_english(english, qtbot, demo_db):
    window = show_main_window(qtbot, demo_db)
    header = window.table.horizontalHeader()
    column = [key for key, _label in window.model.COLUMNS].index("eselon")
    assert window.model.headerData(column, Qt.Orientation.Horizontal) == "Echelon"
    assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance("Echelon") + 5


def test_the_indonesian_column_widths_are_as_before(app, qtbot, demo_db):
    window = show_main_window(qtbot, demo_db)
    metrics = window.table.fontMetrics()
    widths = [window.table.columnWidth(c) for c in range(len(window.model.COLUMNS))]
    assert widths[2] == 40 and widths[5] == 44  # Gol., Eselon
    assert widths[6] == metrics.horizontalAdvance("Seleksi Terbuka") + 12
