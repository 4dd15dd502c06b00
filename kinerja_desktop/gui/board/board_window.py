"""The monitoring board: every program of an inauguration (or all current ones) at a glance,
with its day, targets, flags and evaluations, and a chart of results per unit."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QMainWindow, QScrollArea, QSplitter, QStackedWidget, QTableView,
                               QToolButton, QVBoxLayout, QWidget)

from kinerja_desktop import APP_NAME
from kinerja_desktop.domain.board import FLAGS
from kinerja_desktop.gui.board.board_chart import BoardChart
from kinerja_desktop.gui.board.board_delegates import (DayBarDelegate, FlagChipsDelegate,
                                                       TargetBarsDelegate)
from kinerja_desktop.gui.board.board_model import EVALUATION_ID_ROLE, BoardModel
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.gui.shared.formatting import format_date
from kinerja_desktop.gui.shared.widgets import empty_page
from kinerja_desktop.services.board import BoardService
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.database import Database

if TYPE_CHECKING:
    from kinerja_desktop.gui.programs.program_editor import ProgramEditor

PAGE_TABLE, PAGE_EMPTY = range(2)
COLUMN = BoardModel.COLUMN


class BoardWindow(QMainWindow):
    """The board. Double-click or Enter opens the program in its editor; on the Evaluasi
    column it asks for the latest evaluation (open_evaluation). Rows are read again on F5, when
    the window is activated after an editor opened from it changed things, and when that
    editor closes."""

    open_evaluation = Signal(int)  # evaluation id
    refreshed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today,
                 editors: dict[int, ProgramEditor] | None = None):
        super().__init__(parent)
        self.setObjectName("boardWindow")
        self.db = db
        self.today = today
        self.service = BoardService(db, today)
        self.programs = ProgramService(db, today)
        # Editors by official id; the main window passes its own so one official never has
        # two editors (two undo histories over the same rows).
        self._editors: dict[int, ProgramEditor] = {} if editors is None else editors
        self._stale: set[int] = set()  # officials whose rows may have changed elsewhere
        self.setWindowTitle(self.tr("Papan Pemantauan — {0}").format(APP_NAME))
        self.resize(1200, 760)

        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("scopeCombo")
        self.scope_combo.setAccessibleName(self.tr("Cakupan"))
        scope_label = QLabel(self.tr("&Cakupan:"), self)
        scope_label.setBuddy(self.scope_combo)
        self.refresh_action = QAction(self.tr("&Segarkan"), self)
        self.refresh_action.setObjectName("refreshAction")
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.setToolTip(self.tr("Baca ulang semua program (F5)"))
        self.refresh_action.triggered.connect(lambda _checked=False: self.refresh())
        self.addAction(self.refresh_action)
        self.close_action = QAction(self.tr("&Tutup jendela"), self)
        self.close_action.setObjectName("closeBoardAction")
        self.close_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close)])
        self.close_action.triggered.connect(lambda _checked=False: self.close())
        self.addAction(self.close_action)
        refresh_button = QToolButton(self)
        refresh_button.setObjectName("refreshButton")
        refresh_button.setDefaultAction(self.refresh_action)
        refresh_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        top = QHBoxLayout()
        top.addWidget(scope_label)
        top.addWidget(self.scope_combo)
        top.addStretch(1)
        top.addWidget(refresh_button)

        self.model = BoardModel(self)
        self.table = self._make_table()
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        page, self.empty_label, _buttons = empty_page(
            self, "boardEmptyPage", self.tr("<h2>Belum ada program</h2>"), "",
            [(self.tr("Segarkan (F5)"), self.refresh, "emptyRefreshButton")])
        self.pages.addWidget(page)

        self.chart = BoardChart(self)
        chart_title = QLabel(self.tr("<b>Hasil evaluasi final per unit</b> — tinggi batang: "
                                     "nilai (atau pita predikat bila tanpa nilai), "
                                     "warna tutup: predikat"), self)
        chart_title.setObjectName("chartTitle")
        chart_title.setWordWrap(True)
        self.chart_area = QScrollArea(self)
        self.chart_area.setObjectName("chartArea")
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setWidget(self.chart)
        self.chart_area.setFrameShape(QScrollArea.Shape.NoFrame)
        chart_box = QWidget(self)
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 4, 0, 0)
        chart_layout.addWidget(chart_title)
        chart_layout.addWidget(self.chart_area, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("boardSplitter")
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(chart_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([460, 260])

        # PermenPANRB 6/2022's guidance on the spread of predicates: a warning, never a refusal.
        self.distribution_label = QLabel(self)
        self.distribution_label.setObjectName("distributionLabel")
        self.distribution_label.setWordWrap(True)
        self.distribution_label.setTextFormat(Qt.TextFormat.PlainText)
        self.distribution_label.setStyleSheet("background: #fff4d6; color: #6b4500; "
                                              "padding: 6px;")
        self.distribution_label.hide()

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.distribution_label)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("boardCountLabel")
        self.statusBar().addWidget(self.count_label, 1)

        self.table.activated.connect(self.activate)
        self._fill_scopes()
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()
        self.table.setFocus()

    # Building ---------------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("boardTable")
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Program di papan pemantauan"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.sortByColumn(COLUMN["pejabat"], Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.horizontalHeader().setHighlightSections(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.setItemDelegateForColumn(COLUMN["hari"], DayBarDelegate(table))
        table.setItemDelegateForColumn(COLUMN["target"], TargetBarsDelegate(table))
        table.setItemDelegateForColumn(COLUMN["tanda"], FlagChipsDelegate(table))
        # Together 1,034 px: every column shows without scrolling sideways on a 1366 px
        # screen at 125 % (1,093 logical px); the last one stretches on a wider screen.
        for key, width in (("pejabat", 200), ("unit", 120), ("hari", 130), ("progres", 64),
                           ("target", 170), ("tanda", 200), ("evaluasi", 150)):
            table.setColumnWidth(COLUMN[key], width)
        return table

    def _fill_scopes(self) -> None:
        blocker = self.scope_combo.blockSignals(True)
        try:
            # (currentData() of an empty combo is None, which PySide6 6.12 hands back
            # without a reference of its own: see board_delegates.)
            current = self.scope_combo.currentData() if self.scope_combo.count() else ""
            self.scope_combo.clear()
            self.scope_combo.addItem(self.tr("Semua program berjalan"), "")
            for day in reversed(self.programs.inauguration_dates()):
                self.scope_combo.addItem(self.tr("Pelantikan {0}").format(format_date(day)),
                                         day.isoformat())
            found = self.scope_combo.findData(current)
            self.scope_combo.setCurrentIndex(max(found, 0))
        finally:
            self.scope_combo.blockSignals(blocker)

    # State ------------------------------------------------------------------------------------
    def scope(self) -> date | None:
        """The inauguration day shown, or None for all current programs."""
        value = self.scope_combo.currentData() if self.scope_combo.count() else ""
        return date.fromisoformat(value) if value else None

    def current_program_id(self) -> int | None:
        row = self.model.board_row(self.table.currentIndex().row())
        return row.program_id if row else None

    def select_program(self, program_id: int) -> bool:
        row = self.model.row_of(program_id)
        if row is None:
            return False
        index = self.model.index(row, max(self.table.currentIndex().column(), 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def refresh(self) -> None:
        """Read the whole board again (scope list, rows, chart); keeps the selection."""
        selected = self.current_program_id()

        def read():
            self._fill_scopes()
            scope = self.scope()
            return (self.service.rows(scope), self.service.chart(),
                    self.service.distribution_warnings(scope))

        read_now = attempt(self, read)
        if not read_now:
            return  # shown; the board stays as it was
        rows, points, warnings = read_now.value
        self._stale.clear()
        self.model.set_rows(rows)
        self.chart.set_points(points)
        self._show_distribution(warnings)
        if not (selected is not None and self.select_program(selected)) and rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_page()
        self._update_counts()
        self.refreshed.emit()

    def refresh_program(self, program_id: int) -> None:
        """Read one program's row again (after an edit): its cells change, nothing else."""
        found = attempt(self, lambda: self.service.row(program_id))
        if not found:
            return
        row = found.value
        if row is not None and not self._in_scope(row):
            row = None
        self.model.replace_row(program_id, row)
        self._update_page()
        self._update_counts()

    def refresh_official(self, official_id: int) -> None:
        """Every row of one official again, and the chart (an evaluation may be final now)."""
        for row in self.model.rows():
            if row.official_id == official_id:
                self.refresh_program(row.program_id)
        points = attempt(self, self.service.chart)
        if points:
            self.chart.set_points(points.value)
        warnings = attempt(self, lambda: self.service.distribution_warnings(self.scope()))
        if warnings:
            self._show_distribution(warnings.value)
        self.refreshed.emit()

    def _show_distribution(self, warnings: list[str]) -> None:
        """The distribution guidance's warnings (the domain's Indonesian words), or nothing."""
        if not warnings:
            self.distribution_label.clear()
            self.distribution_label.hide()
            return
        self.distribution_label.setText(self.tr(
            "Sebaran predikat menurut PermenPANRB 6/2022 (peringatan, bukan penolakan): {0}")
            .format(" ".join(warnings)))
        self.distribution_label.show()

    def _in_scope(self, row) -> bool:
        day = self.scope()
        if day is not None:
            return row.kind == "100_hari"  # its inauguration does not change
        return row.status != "ditutup"

    def _update_page(self) -> None:
        if self.model.rowCount() > 0:
            self.pages.setCurrentIndex(PAGE_TABLE)
            return
        if self.scope() is None:
            self.empty_label.setText(self.tr(
                "Tidak ada program yang sedang berjalan. Program 100 hari dibuat dari menu "
                "Pelantikan; program triwulan, semester atau tahunan dibuat di jendela Program "
                "kinerja seorang pejabat."))
        else:
            self.empty_label.setText(self.tr(
                "Pelantikan ini belum memiliki program 100 hari. Buat dari menu Pelantikan, "
                "\"Buat program 100 hari pelantikan…\"."))
        self.pages.setCurrentIndex(PAGE_EMPTY)

    def flag_counts(self) -> Counter:
        return Counter(code for row in self.model.rows() for code in row.flags)

    def _update_counts(self) -> None:
        rows = self.model.rows()
        attention = sum(1 for row in rows if row.flags)
        text = self.tr("{0} program · {1} perlu perhatian").format(len(rows), attention)
        counts = self.flag_counts()
        details = [self.tr("{0}: {1}").format(domain_word(FLAGS[code]), counts[code])
                   for code in FLAGS if counts[code]]
        if details:
            text += " · " + " · ".join(details)
        self.count_label.setText(text)

    # Opening ----------------------------------------------------------------------------------
    def activate(self, index) -> None:
        """Double-click or Enter: the evaluation on the Evaluasi column when there is one,
        otherwise the program in its editor."""
        row = self.model.board_row(index.row()) if index.isValid() else None
        if row is None:
            return
        if index.column() == COLUMN["evaluasi"]:
            evaluation_id = self.model.data(index, EVALUATION_ID_ROLE)
            if evaluation_id is not None:
                self._stale.add(row.official_id)
                self.open_evaluation.emit(evaluation_id)
                return
        self.open_program(row.official_id, row.program_id)

    def open_program(self, official_id: int, program_id: int) -> QMainWindow | None:
        """The official's editor (one per official), with this program selected."""
        def open_editor() -> QMainWindow:
            editor = self._editors.get(official_id)
            if editor is None:
                from kinerja_desktop.gui.programs.program_editor import ProgramEditor
                editor = ProgramEditor(self.db, official_id, self, self.today)
                editor.setWindowFlag(Qt.WindowType.Window)
                editor.destroyed.connect(
                    lambda _o=None, i=official_id: self._editor_closed(i))
                self._editors[official_id] = editor
            editor.reload(select_program=program_id)
            return editor

        opened = attempt(self, open_editor)
        if not opened:
            return None
        editor = opened.value
        self._stale.add(official_id)
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _editor_closed(self, official_id: int) -> None:
        self._editors.pop(official_id, None)
        if not shiboken6.isValid(self):  # the board itself is going (its editors with it)
            return
        self._stale.discard(official_id)
        self.refresh_official(official_id)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            # Officials with an editor open (from here or the main window) may have changed.
            officials = self._stale | set(self._editors)
            self._stale.clear()
            for official_id in officials:
                self.refresh_official(official_id)
