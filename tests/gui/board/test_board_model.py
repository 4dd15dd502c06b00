"""The board's table model: values per column, flags, sorting, refreshing one row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kinerja_desktop.domain.programs import ProgressInput
from kinerja_desktop.gui.board.board_model import (EVALUATION_ID_ROLE, FLAGS_ROLE, FRACTION_ROLE,
                                                   OFFICIAL_ID_ROLE, PROGRAM_ID_ROLE, SORT_ROLE,
                                                   TARGETS_ROLE, BoardModel)
from kinerja_desktop.services.board import BoardService
from kinerja_desktop.services.progress import ProgressService
from tests.helpers.board import TODAY, build_board

C = BoardModel.COLUMN
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def board(db):
    return build_board(db)


@pytest.fixture
def model(app, db, board):
    model = BoardModel()
    model.set_rows(BoardService(db, lambda: TODAY).rows())
    return model


def cell(model, name, key, role=DISPLAY):
    for row in range(model.rowCount()):
        if model.index(row, C["pejabat"]).data() == name:
            index = model.index(row, C[key])
            return model.data(index, role)  # not index.data(): see board_delegates
    raise AssertionError(f"{name} is not on the board")


def names(model):
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_model_passes_the_model_tester(model, qtmodeltester):
    qtmodeltester.check(model)


def test_headers(model):
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        "Pejabat", "Unit", "Hari", "Progres", "Target", "Tanda", "Evaluasi"]


def test_values_of_each_column(model, board):
    assert names(model) == ["Anas Dwisatya", "Budi Santoso", "Rachmat Maulana"]
    assert cell(model, "Anas Dwisatya", "unit") == "Dinas Kominfo"
    assert cell(model, "Anas Dwisatya", "hari") == "91/100"
    assert cell(model, "Anas Dwisatya", "hari", FRACTION_ROLE) == pytest.approx(0.91)
    assert cell(model, "Anas Dwisatya", "hari", TOOLTIP).startswith(
        "Hari ke-91 dari 100, sisa 9 hari")
    # 60 % × 50 % + 40 % × 100 %
    assert cell(model, "Anas Dwisatya", "progres") == "70%"
    assert cell(model, "Anas Dwisatya", "target") == "2 target"
    assert cell(model, "Anas Dwisatya", "target", TARGETS_ROLE) == [(60.0, 0.5), (40.0, 1.0)]
    tip = cell(model, "Anas Dwisatya", "progres", TOOLTIP)
    assert "Optimalisasi SPBE (bobot 60%): capaian 50%" in tip
    assert "Integrasi TIK (bobot 40%): capaian 100%" in tip
    assert cell(model, "Rachmat Maulana", "progres") == "—"
    assert "belum ada laporan" in cell(model, "Rachmat Maulana", "target", TOOLTIP)
    assert cell(model, "Budi Santoso", "evaluasi") == "Baik (90)"
    assert cell(model, "Budi Santoso", "evaluasi", EVALUATION_ID_ROLE) == board.evaluation_id
    assert "final, Baik (90)" in cell(model, "Budi Santoso", "evaluasi", TOOLTIP)
    assert cell(model, "Anas Dwisatya", "evaluasi") == "—"
    assert cell(model, "Anas Dwisatya", "evaluasi", EVALUATION_ID_ROLE) is None
    assert cell(model, "Anas Dwisatya", "pejabat", PROGRAM_ID_ROLE) == board.anas[1]
    assert cell(model, "Anas Dwisatya", "pejabat", OFFICIAL_ID_ROLE) == board.anas[0]
    tip = cell(model, "Anas Dwisatya", "pejabat", TOOLTIP)
    assert "NIP 19720315 199503 1 004" in tip and "Kepala Dinas Kominfo" in tip


def test_flags_appear_for_the_right_rows(model):
    assert cell(model, "Anas Dwisatya", "tanda", FLAGS_ROLE) == ["evaluasi_segera"]
    assert cell(model, "Anas Dwisatya", "tanda") == "Evaluasi ≤ 14 hr"
    assert cell(model, "Rachmat Maulana", "tanda", FLAGS_ROLE) == [
        "evaluasi_segera", "tanpa_progres", "bobot_belum_disepakati"]
    assert cell(model, "Rachmat Maulana", "tanda", TOOLTIP).splitlines() == [
        "Evaluasi jatuh tempo ≤ 14 hari", "Tanpa laporan progres ≥ 14 hari",
        "Bobot belum disepakati"]
    assert cell(model, "Budi Santoso", "tanda", FLAGS_ROLE) == []  # evaluated
    assert cell(model, "Budi Santoso", "tanda") == ""
    colour = cell(model, "Rachmat Maulana", "tanda", Qt.ItemDataRole.ForegroundRole)
    assert colour.color().name() == "#e65100"  # the most urgent flag's colour


def test_sorting(model):
    model.sort(C["progres"], Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Budi Santoso", "Anas Dwisatya", "Rachmat Maulana"]
    model.sort(C["tanda"], Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Rachmat Maulana", "Anas Dwisatya", "Budi Santoso"]
    model.sort(C["unit"])
    assert names(model) == ["Rachmat Maulana", "Budi Santoso", "Anas Dwisatya"]
    model.sort(C["evaluasi"], Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Budi Santoso"
    model.sort(C["pejabat"], Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Rachmat Maulana", "Budi Santoso", "Anas Dwisatya"]
    assert model.index(0, C["hari"]).data(SORT_ROLE)[0] == 91


def test_sorting_keeps_persistent_indexes(model):
    from PySide6.QtCore import QPersistentModelIndex
    kept = QPersistentModelIndex(model.index(0, C["unit"]))  # Anas
    model.sort(C["pejabat"], Qt.SortOrder.DescendingOrder)
    assert kept.row() == 2 and kept.column() == C["unit"]
    assert model.index(kept.row(), 0).data() == "Anas Dwisatya"


def test_set_rows_keeps_the_last_sort(model, db):
    model.sort(C["pejabat"], Qt.SortOrder.DescendingOrder)
    model.set_rows(BoardService(db, lambda: TODAY).rows())
    assert names(model) == ["Rachmat Maulana", "Budi Santoso", "Anas Dwisatya"]


def test_replace_row_changes_that_row_only(model, db, board, qtbot):
    ProgressService(db, lambda: TODAY).add_report(board.targets["RPJMD digital"],
                                                  ProgressInput(TODAY, 1))
    row = model.row_of(board.rachmat[1])
    changes = []
    model.dataChanged.connect(lambda a, b, *_: changes.append((a.row(), a.column(), b.row(),
                                                               b.column())))
    with qtbot.assertNotEmitted(model.modelReset):
        assert model.replace_row(board.rachmat[1],
                                 BoardService(db, lambda: TODAY).row(board.rachmat[1]))
    assert changes == [(row, 0, row, len(BoardModel.COLUMNS) - 1)]
    assert model.index(row, C["progres"]).data() == "50%"  # 50 % weight fully reached
    assert model.index(row, C["tanda"]).data(FLAGS_ROLE) == ["evaluasi_segera",
                                                             "bobot_belum_disepakati"]


def test_replace_row_removes_a_program_that_is_gone(model, board, qtbot):
    with qtbot.waitSignal(model.rowsRemoved):
        assert model.replace_row(board.budi[1], None)
    assert names(model) == ["Anas Dwisatya", "Rachmat Maulana"]
    assert not model.replace_row(123456, None)  # not shown: nothing happens
