"""The monitoring board window: scope, empty state, opening programs and evaluations,
refreshing after edits, painting, and the main window's action."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QImage

from kinerja_desktop.domain.programs import ProgramInput, ProgressInput
from kinerja_desktop.gui.board.board_model import BoardModel
from kinerja_desktop.gui.board.board_window import PAGE_EMPTY, PAGE_TABLE, BoardWindow
from kinerja_desktop.gui.evaluation import evaluation_wizard
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.services.evaluations import EvaluationService
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.progress import ProgressService
from kinerja_desktop.services.roster import RosterService
from tests.helpers.board import TODAY, build_board
from tests.helpers.dialogs import record_dialogs
from tests.helpers.gui_fixtures import window_action

C = BoardModel.COLUMN


@pytest.fixture
def shown(monkeypatch):
    return record_dialogs(monkeypatch, operations)


@pytest.fixture
def board(db):
    return build_board(db)


def open_board(qtbot, db, today=lambda: TODAY) -> BoardWindow:
    window = BoardWindow(db, today=today)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


@pytest.fixture
def window(app, qtbot, db, board, shown):
    return open_board(qtbot, db)


def row_named(window, name: str) -> int:
    for row in range(window.model.rowCount()):
        if window.model.index(row, 0).data() == name:
            return row
    raise AssertionError(name)


def double_click(qtbot, window, row: int, key: str) -> None:
    index = window.model.index(row, C[key])
    window.table.scrollTo(index)
    rect = window.table.visualRect(index)
    # QTest's double-click is the second click only: the view wants the press before it.
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def close_editor(editor) -> None:
    QCoreApplication.processEvents()  # the editor's own queued calls run while it lives
    editor.close()  # WA_DeleteOnClose
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def test_the_board_shows_programs_counts_and_chart(window):
    assert window.pages.currentIndex() == PAGE_TABLE
    assert window.model.rowCount() == 3
    assert window.count_label.text() == (
        "3 program · 2 perlu perhatian · Evaluasi jatuh tempo ≤ 14 hari: 2 · "
        "Tanpa laporan progres ≥ 14 hari: 1 · Bobot belum disepakati: 1")
    assert window.chart.data.units == ["Dinas Kesehatan"]
    assert window.chart.data.periods == ["100 Hari Jun 2019"]
    assert window.scope_combo.itemText(0) == "Semua program berjalan"
    assert window.scope() is None
    assert window.table.currentIndex().row() == 0  # keyboard users start on a row


def test_scope_switches_to_an_inauguration(app, qtbot, demo_db, shown):
    official_id = RosterService(demo_db).id_by_nip("197203151995031004")
    appointment_id = next(a.id for a in RosterService(demo_db).get(official_id).appointments
                          if a.end_date is None)
    ProgramService(demo_db).create_program(appointment_id,
                                           ProgramInput("triwulan", date(2019, 7, 1)))
    window = open_board(qtbot, demo_db, lambda: date(2019, 7, 20))
    assert [window.scope_combo.itemText(i) for i in range(window.scope_combo.count())] == [
        "Semua program berjalan", "Pelantikan 14 Juni 2019"]
    assert window.model.rowCount() == 6  # the five 100-day programs and the quarter
    window.scope_combo.setCurrentIndex(1)
    assert window.scope() == date(2019, 6, 14)
    assert window.model.rowCount() == 5
    assert {window.model.board_row(r).kind for r in range(5)} == {"100_hari"}
    assert window.count_label.text().startswith("5 program")
    window.scope_combo.setCurrentIndex(0)
    assert window.scope() is None and window.model.rowCount() == 6


def test_empty_state_without_programs(app, qtbot, db, shown):
    window = open_board(qtbot, db)
    assert window.pages.currentIndex() == PAGE_EMPTY
    assert "Tidak ada program yang sedang berjalan" in window.empty_label.text()
    assert window.chart.data.empty
    assert window.count_label.text() == "0 program · 0 perlu perhatian"
    image = window.grab().toImage()
    assert not image.isNull()
    assert shown.errors == []


def test_double_click_opens_the_program_in_its_editor(window, board, db, qtbot):
    # A second program of Anas: the board opens the one clicked, not the newest.
    appointment_id = RosterService(db).get(board.anas[0]).appointments[0].id
    quarter = ProgramService(db, lambda: TODAY).create_program(
        appointment_id, ProgramInput("triwulan", date(2019, 7, 1)))
    window.refresh()
    assert window.model.rowCount() == 4
    row = window.model.row_of(board.anas[1])
    double_click(qtbot, window, row, "pejabat")
    editor = window._editors[board.anas[0]]
    assert editor.isVisible() and editor.official_id == board.anas[0]
    assert editor.panel.current_id() == board.anas[1]
    # The same official again: the same editor, now on the quarter.
    double_click(qtbot, window, window.model.row_of(quarter), "hari")
    assert window._editors[board.anas[0]] is editor
    assert editor.panel.current_id() == quarter
    close_editor(editor)
    assert board.anas[0] not in window._editors


def test_enter_opens_the_current_row(window, board, qtbot):
    row = row_named(window, "Rachmat Maulana")
    window.table.setCurrentIndex(window.model.index(row, C["unit"]))
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    editor = window._editors[board.rachmat[0]]
    assert editor.panel.current_id() == board.rachmat[1]
    close_editor(editor)


def test_the_evaluation_column_asks_for_the_evaluation(window, board, qtbot):
    row = row_named(window, "Budi Santoso")
    with qtbot.waitSignal(window.open_evaluation) as signal:
        double_click(qtbot, window, row, "evaluasi")
    assert signal.args == [board.evaluation_id]
    assert board.budi[0] not in window._editors  # no editor instead
    # Without an evaluation the same column opens the program.
    with qtbot.assertNotEmitted(window.open_evaluation):
        double_click(qtbot, window, row_named(window, "Anas Dwisatya"), "evaluasi")
    close_editor(window._editors[board.anas[0]])


def test_a_row_is_read_again_when_its_editor_closes(window, board, db, qtbot):
    row = row_named(window, "Rachmat Maulana")
    double_click(qtbot, window, row, "pejabat")
    editor = window._editors[board.rachmat[0]]
    # A report recorded in the editor (through the same service the editor calls).
    ProgressService(db, lambda: TODAY).add_report(board.targets["RPJMD digital"],
                                                  ProgressInput(TODAY, 1))
    with qtbot.assertNotEmitted(window.model.modelReset):
        close_editor(editor)
    row = row_named(window, "Rachmat Maulana")
    assert window.model.index(row, C["progres"]).data() == "50%"
    assert "Tanpa progres" not in window.model.index(row, C["tanda"]).data()
    assert window.count_label.text().startswith("3 program · 2 perlu perhatian")
    assert "Tanpa laporan progres" not in window.count_label.text()


def test_rows_of_open_editors_are_read_again_on_activation(window, board, db, qtbot):
    double_click(qtbot, window, row_named(window, "Rachmat Maulana"), "pejabat")
    editor = window._editors[board.rachmat[0]]
    ProgressService(db, lambda: TODAY).add_report(board.targets["RPJMD digital"],
                                                  ProgressInput(TODAY, 1))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert window.model.index(row_named(window, "Rachmat Maulana"), C["progres"]).data() == "50%"
    close_editor(editor)


def test_f5_reads_everything_again_and_keeps_the_selection(window, board, db, qtbot):
    row = row_named(window, "Budi Santoso")
    window.table.setCurrentIndex(window.model.index(row, 0))
    ProgressService(db, lambda: TODAY).add_report(board.targets["Integrasi TIK"],
                                                  ProgressInput(TODAY, 2))
    window.table.setFocus()
    with qtbot.waitSignal(window.refreshed):
        qtbot.keyClick(window.table, Qt.Key.Key_F5)
    assert window.current_program_id() == board.budi[1]
    assert window.model.index(row_named(window, "Anas Dwisatya"),
                              C["progres"]).data() == "50%"  # 60 × 50 % + 40 × 50 %


def test_sorting_from_the_header(window):
    header = window.table.horizontalHeader()
    window.table.sortByColumn(C["progres"], Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == C["progres"]
    assert [window.model.index(r, 0).data() for r in range(3)] == [
        "Budi Santoso", "Anas Dwisatya", "Rachmat Maulana"]


def test_the_window_paints_without_errors(window, shown, qtbot):
    window.resize(1200, 760)
    window.table.selectRow(1)
    image = window.grab().toImage()
    assert not image.isNull() and image.width() >= 1000
    chart = window.chart.grab().toImage()
    assert not chart.isNull()
    # The chart painted a bar: some pixel in it has the first period's colour.
    assert _has_colour(chart, "#90caf9")
    assert window.chart.bar_at(-1, -1) is None
    assert shown.errors == []


def _has_colour(image: QImage, name: str) -> bool:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y).name() == name:
                return True
    return False


def test_the_main_window_opens_one_board(demo_window, qtbot, monkeypatch):
    opened = []
    # The board asks for an evaluation; the main window hands a draft to the evaluation's
    # wizard (a final one opens read-only: tests/gui/evaluation/test_evaluation_actions.py).
    monkeypatch.setattr(evaluation_wizard, "open_evaluation_wizard",
                        lambda _db, evaluation_id, _parent: opened.append(evaluation_id))
    final = EvaluationService(demo_window.db).evaluations()[0]
    draft = EvaluationService(demo_window.db).revise(final.id, "Koreksi realisasi")
    board_action = window_action(demo_window, "boardAction")
    board_action.trigger()
    board = demo_window.open_windows.board
    assert board.isVisible() and board.model.rowCount() == 5
    assert board_action.shortcut().toString() == "Ctrl+B"
    board.open_evaluation.emit(draft)
    assert opened == [draft]
    board.close()
    board_action.trigger()
    assert demo_window.open_windows.board is board and board.isVisible()
    # Editors are shared with the main window: one per official.
    assert board._editors is demo_window.open_windows.editors
