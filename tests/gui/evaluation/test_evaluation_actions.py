"""The main window's Evaluasi menu: the wizard, the board, printing one sheet and the scoring
settings; a final evaluation the board asks for opens read-only, a draft in the wizard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox

from kinerja_desktop.gui.board.board_model import EVALUATION_ID_ROLE
from kinerja_desktop.gui.board.board_window import COLUMN
from kinerja_desktop.gui.documents import printing
from kinerja_desktop.gui.documents.printing import PrintOptionsDialog
from kinerja_desktop.gui.evaluation.evaluation_view import EvaluationView
from kinerja_desktop.gui.evaluation.evaluation_wizard import EvaluationWizard
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.services.evaluations import EvaluationService
from tests.helpers.dialogs import record_dialogs
from tests.helpers.gui_fixtures import window_action


def visible(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def board_double_click(qtbot, board, evaluation_id) -> None:
    """A real double-click on the Evaluasi cell of the row that shows `evaluation_id`."""
    model = board.table.model()
    column = COLUMN["evaluasi"]
    (row,) = [r for r in range(model.rowCount())
              if model.index(r, column).data(EVALUATION_ID_ROLE) == evaluation_id]
    index = model.index(row, column)
    board.table.scrollTo(index)
    rect = board.table.visualRect(index)
    qtbot.mouseClick(board.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(board.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_view(demo_window, qtbot, final) -> EvaluationView:
    window_action(demo_window, "boardAction").trigger()
    board = demo_window.open_windows.board
    qtbot.waitExposed(board)
    board_double_click(qtbot, board, final.id)
    (view,) = visible(EvaluationView)
    return view


def test_double_click_on_a_final_evaluation_opens_the_read_only_view(demo_window, qtbot,
                                                                     monkeypatch):
    """Issue 15: the board's double-click on a final evaluation only asked "Buat revisi…?"."""
    shown = record_dialogs(monkeypatch, operations)
    final = EvaluationService(demo_window.db).evaluations()[0]
    assert final.final
    view = open_view(demo_window, qtbot, final)
    assert shown.questions == [] and visible(EvaluationWizard) == []
    text = view.browser.toPlainText()
    for part in (final.official_name, "Nilai akhir", final.predicate, "Penilai", "Rekomendasi",
                 "Target", "ketua"):
        assert part in text, part
    assert view.browser.isReadOnly()
    assert [b.text().replace("&", "") for b in (view.print_button, view.save_button,
                                                view.revise_button)] == [
        "Cetak", "Simpan PDF", "Revisi…"]
    view.grab().save("/tmp/eval-view.png")

    # Revisi is the existing flow: its confirmation (No: nothing), then the reason.
    shown.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(view.revise_button, Qt.MouseButton.LeftButton)
    assert "sudah final" in shown.questions[-1] and view.isVisible()
    shown.answer = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("Realisasi SPBE dikoreksi", True)))
    qtbot.mouseClick(view.revise_button, Qt.MouseButton.LeftButton)
    wizards = visible(EvaluationWizard)
    assert len(wizards) == 1 and not view.isVisible()
    records = EvaluationService(demo_window.db).evaluations()
    revision = [r for r in records if r.revision_of_id == final.id]
    assert len(revision) == 1 and revision[0].revision_reason == "Realisasi SPBE dikoreksi"
    wizards[0].done(0)
    demo_window.open_windows.board.close()


def test_the_view_prints_and_saves_through_the_shared_printing(demo_window, qtbot, monkeypatch,
                                                               tmp_path):
    record_dialogs(monkeypatch, operations)
    final = EvaluationService(demo_window.db).evaluations()[0]
    view = open_view(demo_window, qtbot, final)
    opened = []
    monkeypatch.setattr(PrintOptionsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    target = tmp_path / "evaluasi.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].toLocalFile().endswith(".pdf")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    view.close()
    demo_window.open_windows.board.close()


def test_the_evaluation_menu_prints_the_selected_officials_evaluation(demo_window, qtbot,
                                                                      monkeypatch):
    """Issue 15: one sheet was printable only from the target editor's Program menu."""
    record_dialogs(monkeypatch, operations)
    final = EvaluationService(demo_window.db).evaluations()[0]
    printed = []
    monkeypatch.setattr(printing, "print_document",
                        lambda _p, _db, kind, subject, save=False, name="": printed.append(
                            (kind, subject, save, name)))
    choices = []
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(
        lambda _p, _t, _l, items, *a, **k: choices.append(items) or (items[0], True)))
    # Nothing selected: a choice of the final evaluations.
    demo_window.table.clearSelection()
    demo_window.table.setCurrentIndex(demo_window.table.model().index(-1, -1))
    window_action(demo_window, "printEvaluationAction").trigger()
    assert printed == [("evaluasi", final.id, False, f"evaluasi - {final.official_name}.pdf")]
    assert final.official_name in choices[-1][0]


def test_the_evaluation_menu_has_its_actions(demo_window):
    menus = {a.text(): a.menu() for a in demo_window.menuBar().actions()}
    actions = [a.objectName() for a in menus["&Evaluasi"].actions() if not a.isSeparator()]
    assert actions == ["evaluateAction", "boardAction", "printEvaluationAction",
                       "batchPrintAction", "verifyAction", "officeKeysAction",
                       "scoringSettingsAction", "signaturesAction"]
    window_action(demo_window, "boardAction").trigger()
    assert demo_window.open_windows.board.isVisible()
    demo_window.open_windows.board.close()


def test_print_one_sheet_of_the_official_clicked_in_the_roster(demo_window, qtbot, monkeypatch):
    record_dialogs(monkeypatch, operations)
    final = EvaluationService(demo_window.db).evaluations()[0]
    printed = []
    monkeypatch.setattr(printing, "print_document",
                        lambda _p, _db, kind, subject, save=False, name="": printed.append(
                            (kind, subject)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(
        lambda *a, **k: pytest.fail("the selected official's evaluation needs no choice")))
    table = demo_window.table
    (row,) = [r for r in range(table.model().rowCount())
              if demo_window.model.official_id(r) == final.official_id]
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert demo_window.selected_official_id() == final.official_id
    window_action(demo_window, "printEvaluationAction").trigger()
    assert printed == [("evaluasi", final.id)]
