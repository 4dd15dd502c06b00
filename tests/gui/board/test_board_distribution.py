"""The board's warning line on the spread of predicates (PermenPANRB 6/2022): shown when the
evaluations with an organisation result fall outside its guidance, hidden otherwise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kinerja_desktop.gui.board.board_window import BoardWindow
from tests.services.test_board_distribution import TODAY, evaluator


def open_board(qtbot, db) -> BoardWindow:
    window = BoardWindow(db, today=lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_the_board_warns_of_a_baik_organisation_where_everyone_is_baik(app, qtbot, db):
    evaluate = evaluator(db)
    evaluate("baik")
    evaluate("baik")
    window = open_board(qtbot, db)
    label = window.distribution_label
    assert label.isVisible()
    assert label.text().startswith("Sebaran predikat menurut PermenPANRB 6/2022 (peringatan, "
                                   "bukan penolakan): ")
    assert "paling banyak 70% pegawai berpredikat Baik (sekarang 100%)" in label.text()
    assert "harus ada pegawai berpredikat Butuh Perbaikan dan/atau Kurang/Misconduct" in \
        label.text()
    assert window.model.rowCount() == 2  # a warning, not a refusal: the board is all there

    # A third head rated Kurang/Misconduct brings the spread within the guidance: F5 reads it.
    evaluate("baik", "di_bawah")
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_F5)
    assert not label.isVisible() and label.text() == ""


def test_no_warning_line_without_organisation_results(app, qtbot, db):
    evaluator(db)(None)
    window = open_board(qtbot, db)
    assert not window.distribution_label.isVisible()
