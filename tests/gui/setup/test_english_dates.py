"""With the English interface the screen's dates are English too; documents stay Indonesian."""

from __future__ import annotations

from datetime import date

from kinerja_desktop.domain.dates import format_date as document_date
from kinerja_desktop.gui.shared.formatting import format_date
from kinerja_desktop.gui.shared.i18n import switch_language
from tests.gui.test_main_window import click_row, type_search
from tests.helpers.gui_fixtures import show_main_window


def test_english_interface_writes_dates_in_english(app, qtbot, demo_db):
    switch_language(app, "en")
    try:
        window = show_main_window(qtbot, demo_db)
        type_search(qtbot, window, "abdullah")
        click_row(qtbot, window, 0)
        text = window.detail.toPlainText()
        assert "Date of birth" in text or "birth" in text.lower()
        assert any(month in text for month in ("January", "February", "March", "April",
                                               "May", "June", "July", "August", "September",
                                               "October", "November", "December"))
        assert format_date(date(2019, 6, 14)) == "14 June 2019"
        assert document_date(date(2019, 6, 14)) == "14 Juni 2019"  # printed sheets
    finally:
        switch_language(app, "id")
    assert format_date(date(2019, 6, 14)) == "14 Juni 2019"
