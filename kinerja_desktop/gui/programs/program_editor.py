"""The target editor's window: one official's programs, their targets, a target's detail."""

from __future__ import annotations

from datetime import date
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel,
                               QMainWindow, QPushButton, QSplitter, QStackedWidget, QTableView,
                               QVBoxLayout, QWidget)

from kinerja_desktop import APP_NAME
from kinerja_desktop.domain import programs as rules
from kinerja_desktop.domain.programs import HUNDRED, ProgramRecord
from kinerja_desktop.gui.programs.editor_evidence import ProgressAndEvidence
from kinerja_desktop.gui.programs.editor_programs import STATUS_ACTIONS, ProgramLifecycle
from kinerja_desktop.gui.programs.editor_targets import TargetEdits
from kinerja_desktop.gui.programs.program_panel import ProgramPanel
from kinerja_desktop.gui.programs.target_delegates import TargetDelegate
from kinerja_desktop.gui.programs.target_detail import TargetDetail
from kinerja_desktop.gui.programs.target_model import COLUMN, TargetModel
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.widgets import empty_page
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.progress import ProgressService
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.services.database import Database

PAGE_NO_PROGRAM, PAGE_TARGETS = range(2)
TABLE_PAGE, NO_TARGET_PAGE = range(2)


def _replace_page(stack: QStackedWidget, index: int, page: QWidget) -> None:
    """Put `page` in place of the stand-in at `index` (the current page stays current)."""
    stand_in = stack.widget(index)
    stack.insertWidget(index, page)
    if stand_in is not None:
        stack.removeWidget(stand_in)
        stand_in.deleteLater()


class ProgramEditor(TargetEdits, ProgramLifecycle, ProgressAndEvidence, QMainWindow):
    """Programs and targets of one official: this class builds the window and shows what is
    stored; the changes are its parts' (editor_targets, editor_programs, editor_evidence)."""

    no_target_label: QLabel | None  # the empty state's text, once it has been built
    empty_buttons: list[QPushButton]

    def __init__(self, db: Database, official_id: int, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("programEditor")
        self.db = db
        self.official_id = official_id
        self.programs = ProgramService(db, today)
        self.progress = ProgressService(db, today)
        self.roster = RosterService(db)
        self.official = self.roster.get(official_id)
        self.setWindowTitle(self.tr("Program Kinerja — {0} — {1}").format(
            self.official.full_name, APP_NAME))
        self.resize(1280, 760)
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}
        self._reloading = False
        self._placing_cursor = False  # the table's current cell is set while loading
        self._switching_stack = False

        self.panel = ProgramPanel(self)
        self.model = TargetModel(self._save_target, self._move_target, self)
        self.table = self._make_table()
        self.detail = TargetDetail(self)
        self.lock_label = QLabel(self)
        self.lock_label.setObjectName("lockLabel")
        self.lock_label.setWordWrap(True)
        self.lock_label.setStyleSheet("background: #fff4d6; color: #6b4500; padding: 6px;")
        self.weight_label = QLabel(self)
        self.weight_label.setObjectName("weightTotal")
        self.advance_button = QPushButton(self)
        self.advance_button.setObjectName("advanceButton")

        self.pages = QStackedWidget(self)
        # The empty states are built when first shown: most opens never show them.
        self.pages.addWidget(QWidget(self.pages))
        self.pages.addWidget(self._make_targets_page())
        self._no_program_page: QWidget | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("editorSplitter")
        splitter.addWidget(self.panel)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([230, 760, 290])
        self.setCentralWidget(splitter)
        self.status_message = QLabel(self)
        self.statusBar().addWidget(self.status_message, 1)

        self._make_actions()
        self.panel.program_selected.connect(self._program_selected)
        self.panel.new_program.connect(self.new_program)
        self.table.selectionModel().currentRowChanged.connect(self._target_changed)
        self.detail.text_edited.connect(self._save_text)
        self.detail.polarity_edited.connect(self._save_polarity)
        self.detail.budget_edited.connect(self._save_budget)
        self.detail.add_progress.connect(self.add_progress)
        self.detail.delete_progress.connect(self.delete_progress)
        self.detail.add_files.connect(self.add_files)
        self.detail.open_file.connect(self.open_file)
        self.detail.save_file.connect(self.save_file)
        self.detail.delete_file.connect(self.delete_file)
        self.undo_group.indexChanged.connect(self._history_moved)
        self.reload()
        QTimer.singleShot(0, self.table.setFocus)

    # Building ---------------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("targetTable")
        table.setModel(self.model)
        table.setItemDelegate(TargetDelegate(self.model, table))
        table.setAccessibleName(self.tr("Daftar target"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDragDropOverwriteMode(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        widths = {"no": 36, "jenis": 105, "judul": 230, "bobot": 72, "target": 84,
                  "satuan": 100, "prioritas": 92, "tenggat": 130, "indikator": 200,
                  "pembangunan": 170, "capaian": 140}
        # The kind's column fits its longest label in either language ("Performance Target").
        widths["jenis"] = max(widths["jenis"], 12 + max(
            table.fontMetrics().horizontalAdvance(domain_word(kind))
            for kind in rules.TARGET_KINDS.values()))
        for key, width in widths.items():
            table.setColumnWidth(COLUMN[key], width)
        return table

    def _make_no_program_page(self) -> QWidget:
        page, _text, _buttons = empty_page(
            self, "noProgramPage", self.tr("<h2>Belum ada program</h2>"),
            self.tr("Program 100 hari dibuat untuk setiap pejabat yang dilantik (menu Program); "
                    "program triwulan, semester atau tahunan untuk penilaian rutin dapat dibuat "
                    "kapan saja."),
            [(self.tr("Buat program…"), self.new_program, "emptyNewProgramButton")])
        return page

    def _make_no_target_page(self) -> None:
        empty, label, buttons = empty_page(
            self.target_pages, "noTargetPage", "", "",
            [(self.tr("Tambah target"), self.add_target, "emptyAddTarget"),
             (self.tr("Salin dari program lain…"), self.copy_from_program, "emptyCopyTargets"),
             (self.tr("Pakai templat…"), self.apply_template, "emptyApplyTemplate")])
        self.no_target_label, self.empty_buttons = label, buttons
        _replace_page(self.target_pages, NO_TARGET_PAGE, empty)

    def _show_page(self, stack: QStackedWidget, index: int) -> None:
        """Show a page of `stack`, building an empty state the first time it is needed."""
        if stack is self.pages and index == PAGE_NO_PROGRAM and self._no_program_page is None:
            self._no_program_page = self._make_no_program_page()
            _replace_page(self.pages, PAGE_NO_PROGRAM, self._no_program_page)
        elif stack is self.target_pages and index == NO_TARGET_PAGE and not self.empty_buttons:
            self._make_no_target_page()
        stack.setCurrentIndex(index)

    def _make_targets_page(self) -> QWidget:
        page = QWidget(self)
        self.target_pages = QStackedWidget(page)
        self.target_pages.addWidget(self.table)
        self.target_pages.addWidget(QWidget(self.target_pages))  # the empty state, when shown
        self.no_target_label = None
        self.empty_buttons = []

        bottom = QHBoxLayout()
        bottom.addWidget(self.weight_label, 1)
        bottom.addWidget(self.advance_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lock_label)
        layout.addWidget(self.target_pages, 1)
        layout.addLayout(bottom)
        return page

    def _action(self, text: str, slot, shortcuts=(), name: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) if isinstance(s, str) else QKeySequence(s)
                             for s in shortcuts])
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        menu = self.menuBar()
        program_menu = menu.addMenu(self.tr("&Program"))
        self.new_program_action = self._action(self.tr("Program &baru…"), self.new_program,
                                               ["Ctrl+Shift+N"], "newProgramAction")
        self.edit_program_action = self._action(self.tr("&Ubah program…"), self.edit_program,
                                                ["Ctrl+E"], "editProgramAction")
        self.delete_program_action = self._action(self.tr("&Hapus program…"),
                                                  self.delete_program, (), "deleteProgramAction")
        self.advance_action = self._action(self.tr("Se&pakati program"), self.advance_status,
                                           ["Ctrl+Return"], "advanceAction")
        self.step_back_action = self._action(self.tr("&Kembalikan status…"), self.step_back,
                                             (), "stepBackAction")
        self.evaluate_action = self._action(self.tr("E&valuasi program…"), self.evaluate,
                                            ["Ctrl+Shift+V"], "evaluateProgramAction")
        self.print_agreement_action = self._action(
            self.tr("&Cetak perjanjian kinerja"), lambda: self.print_program("kesepakatan"),
            [QKeySequence.StandardKey.Print], "printAgreementAction")
        self.save_agreement_action = self._action(
            self.tr("Simpan PDF perjanjian kinerja…"),
            lambda: self.print_program("kesepakatan", save=True), (), "saveAgreementAction")
        self.print_evaluation_action = self._action(
            self.tr("Cetak &lembar evaluasi"), lambda: self.print_program("evaluasi"), (),
            "printEvaluationAction")
        self.save_evaluation_action = self._action(
            self.tr("Simpan PDF lembar evaluasi…"),
            lambda: self.print_program("evaluasi", save=True), (), "saveEvaluationAction")
        self.close_action = self._action(self.tr("&Tutup jendela"), self.close,
                                         [QKeySequence.StandardKey.Close], "closeAction")
        for action in (self.new_program_action, self.edit_program_action,
                       self.delete_program_action, None, self.advance_action,
                       self.step_back_action, None, self.evaluate_action, None,
                       self.print_agreement_action, self.save_agreement_action,
                       self.print_evaluation_action, self.save_evaluation_action, None,
                       self.close_action):
            program_menu.addSeparator() if action is None else program_menu.addAction(action)
        self.advance_button.clicked.connect(self.advance_status)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Urungkan"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("U&langi"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
            edit_menu.addAction(action)

        target_menu = menu.addMenu(self.tr("&Target"))
        self.add_target_action = self._action(self.tr("&Tambah target"), self.add_target,
                                              ["Ctrl+N", "Ins"], "addTargetAction")
        self.delete_target_action = self._action(self.tr("&Hapus target…"), self.delete_target,
                                                 [QKeySequence.StandardKey.Delete],
                                                 "deleteTargetAction")
        # Delete in a cell editor edits text; only the table itself deletes rows.
        self.delete_target_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_target_action)
        self.move_up_action = self._action(self.tr("Naikkan"), lambda: self.move_current(-1),
                                           ["Alt+Up", "Ctrl+Shift+Up"], "moveUpAction")
        self.move_down_action = self._action(self.tr("Turunkan"), lambda: self.move_current(1),
                                             ["Alt+Down", "Ctrl+Shift+Down"], "moveDownAction")
        self.copy_action = self._action(self.tr("&Salin target dari program lain…"),
                                        self.copy_from_program, (), "copyTargetsAction")
        self.apply_template_action = self._action(self.tr("Pakai &templat…"),
                                                  self.apply_template, (), "applyTemplateAction")
        self.save_template_action = self._action(self.tr("Simpan sebagai t&emplat…"),
                                                 self.save_template, (), "saveTemplateAction")
        self.add_progress_action = self._action(self.tr("Catat &progres…"), self.add_progress,
                                                ["Ctrl+R"], "addProgressAction")
        for action in (self.add_target_action, self.delete_target_action, self.move_up_action,
                       self.move_down_action, None, self.copy_action,
                       self.apply_template_action, self.save_template_action, None,
                       self.add_progress_action):
            target_menu.addSeparator() if action is None else target_menu.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.add_target_action, self.move_up_action, self.move_down_action,
                       self.add_progress_action):
            self.table.addAction(action)

        data_menu = menu.addMenu(self.tr("&Data"))
        self.priorities_action = self._action(self.tr("&Prioritas pembangunan daerah…"),
                                              self.edit_priorities, (), "prioritiesAction")
        data_menu.addAction(self.priorities_action)

    # Loading ----------------------------------------------------------------------------------
    def current_program(self) -> ProgramRecord | None:
        return self.panel.current()

    def current_target_id(self) -> int | None:
        target = self.model.target(self.table.currentIndex().row())
        return target.id if target else None

    def reload(self, select_program: int | None = None) -> None:
        """Read everything shown again (after any change, undo or redo)."""
        if self._reloading:
            return
        self._reloading = True
        try:
            programs = self.programs.programs_of_official(self.official_id, with_stats=False)
            self.panel.set_programs(programs, select_program or self.panel.current_id())
        finally:
            self._reloading = False
        self._program_selected(self.panel.current_id())

    def _program_selected(self, program_id: int | None) -> None:
        if self._reloading:
            return
        self.detail.save_texts()
        program = self.panel.current()
        target_id = self.current_target_id()
        column = max(self.table.currentIndex().column(), 0)
        self._show_page(self.pages, PAGE_TARGETS if program else PAGE_NO_PROGRAM)
        if program is None:
            self.model.set_targets(None, [], [])
            self._activate_stack(None)
            self.panel.show_program(None, self.programs.today(), [])
            self._target_changed()
            self._update_actions()
            return
        self._activate_stack(self._stack(program.id))
        targets = self.programs.targets(program.id)
        program.count(targets)  # the list was read without figures: count them here once
        # The current cell moves while the rows load; the detail pane follows once, below
        # (not also for the signal: each time reads the target's reports again).
        self._placing_cursor = True
        try:
            self.model.set_targets(program, targets,
                                   self.programs.priorities(include_inactive=True))
            row = self.model.row_of(target_id) if target_id is not None else None
            if row is None and targets:
                row = 0
            if row is not None:
                self.table.setCurrentIndex(self.model.index(row, column))
        finally:
            self._placing_cursor = False
        self.panel.show_program(program, self.programs.today(),
                                self.programs.status_history(program.id))
        self._show_page(self.target_pages, TABLE_PAGE if targets else NO_TARGET_PAGE)
        self._show_state(program)
        self._target_changed()
        self._update_actions()

    def _show_state(self, program: ProgramRecord) -> None:
        if program.editable:
            self.lock_label.hide()
        else:
            # rules.targets_locked_message, in the UI's language (the same text in Indonesian).
            self.lock_label.setText(self.tr(
                "Program berstatus {0}: target dan bobot terkunci. Kembalikan ke Draft dengan "
                "alasan tertulis untuk mengubahnya.").format(
                domain_word(rules.label(rules.STATUSES, program.status))) + (
                self.tr(" Progres tetap dapat dicatat.") if rules.progress_allowed(program.status)
                else ""))
            self.lock_label.show()
        total = self.model.weight_total()
        if total == HUNDRED:
            self.weight_label.setText(self.tr("Jumlah bobot: <b>100%</b>"))
            sheet = "color: #1b5e20"
        else:
            self.weight_label.setText(self.tr("Jumlah bobot: <b>{0}%</b> (harus tepat 100%)")
                                      .format(rules.format_number(total)))
            sheet = "color: #b00020"
        if self.weight_label.styleSheet() != sheet:  # a style sheet re-polishes, even the same
            self.weight_label.setStyleSheet(sheet)
        if self.no_target_label is not None:
            self.no_target_label.setText(self.tr(
                "<h3>Belum ada target</h3>Tambah target (Ctrl+N), salin dari program lain, "
                "atau pakai templat yang tersimpan.") if program.editable else self.tr(
                "<h3>Belum ada target</h3>Program ini terkunci."))
        for button in self.empty_buttons:
            button.setEnabled(program.editable)

    def _target_changed(self, *_args) -> None:
        if self._placing_cursor:
            return  # _program_selected shows the target once the rows are loaded
        self.detail.save_texts()
        program = self.current_program()
        target = self.model.target(self.table.currentIndex().row())
        reports = self.progress.reports(target.id) if target else []
        self.detail.show_target(program, target, reports)
        self._update_actions()

    def _update_actions(self) -> None:
        program = self.current_program()
        has_program = program is not None
        status = program.status if program is not None else None
        begun = status is not None and status != "draft"
        editable = program is not None and program.editable
        has_target = self.current_target_id() is not None
        for action in (self.edit_program_action, self.delete_program_action):
            action.setEnabled(editable)
        for action in (self.add_target_action, self.copy_action, self.apply_template_action):
            action.setEnabled(editable)
        for action in (self.delete_target_action, self.move_up_action, self.move_down_action):
            action.setEnabled(editable and has_target)
        self.save_template_action.setEnabled(has_program and self.model.rowCount() > 0)
        self.add_progress_action.setEnabled(has_target and status is not None
                                            and rules.progress_allowed(status))
        next_text = STATUS_ACTIONS.get(status) if status is not None else None
        self.advance_action.setEnabled(next_text is not None)
        self.advance_action.setText(self.tr(next_text) if next_text else self.tr("Program "
                                                                                 "ditutup"))
        self.advance_button.setText(self.advance_action.text().replace("&", ""))
        self.advance_button.setEnabled(next_text is not None)
        self.step_back_action.setEnabled(begun)
        self.evaluate_action.setEnabled(begun)
        for action in (self.print_agreement_action, self.save_agreement_action,
                       self.print_evaluation_action, self.save_evaluation_action):
            action.setEnabled(begun)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.detail.save_texts()  # text typed but not yet left is kept
        super().closeEvent(event)

