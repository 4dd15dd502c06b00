"""The target editor: one official's programs, the selected program's targets edited in place,
and the selected target's detail. Every change is saved at once and can be undone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView,
                               QInputDialog, QLabel, QMainWindow, QMessageBox, QPushButton,
                               QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from kinerja_desktop import APP_NAME
from kinerja_desktop.domain import programs as rules
from kinerja_desktop.domain.evidence import FILE_DIALOG_FILTER
from kinerja_desktop.domain.programs import HUNDRED, ProgramRecord, TargetInput
from kinerja_desktop.errors import (InputFileError, OperationCancelled, StaleSaveError,
                                    os_reason)
from kinerja_desktop.gui.programs.program_commands import ServiceCommand, Snapshots
from kinerja_desktop.gui.programs.program_panel import ProgramPanel
from kinerja_desktop.gui.programs.target_delegates import TargetDelegate
from kinerja_desktop.gui.programs.target_detail import TargetDetail
from kinerja_desktop.gui.programs.target_model import COLUMN, TargetModel
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.gui.shared.evidence import open_evidence
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.gui.shared.stale_save import ask_about_stale_save
from kinerja_desktop.gui.shared.widgets import empty_page
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.progress import (ProgressService, copy_path, openable_evidence,
                                                read_evidence)
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.services.database import Database

PAGE_NO_PROGRAM, PAGE_TARGETS = range(2)
TABLE_PAGE, NO_TARGET_PAGE = range(2)
T = TypeVar("T")  # what a change's service call returns

STATUS_ACTIONS = {  # the next step's action text, by current status
    "draft": QT_TRANSLATE_NOOP("ProgramEditor", "Se&pakati program"),
    "disepakati": QT_TRANSLATE_NOOP("ProgramEditor", "Tandai sudah &dievaluasi"),
    "dievaluasi": QT_TRANSLATE_NOOP("ProgramEditor", "&Tutup program"),
}


def _replace_page(stack: QStackedWidget, index: int, page: QWidget) -> None:
    """Put `page` in place of the stand-in at `index` (the current page stays current)."""
    stand_in = stack.widget(index)
    stack.insertWidget(index, page)
    if stand_in is not None:
        stack.removeWidget(stand_in)
        stand_in.deleteLater()


class ProgramEditor(QMainWindow):
    """Programs and targets of one official."""

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

    # Undo -------------------------------------------------------------------------------------
    def _activate_stack(self, stack: QUndoStack | None) -> None:
        # Switching stacks emits indexChanged; what it would reload is being loaded now.
        self._switching_stack = True
        try:
            self.undo_group.setActiveStack(stack)  # type: ignore[arg-type]  # None: no stack active
        finally:
            self._switching_stack = False

    def _history_moved(self, _index: int) -> None:
        """A change was pushed, undone or redone: show the database as it now is."""
        if not self._switching_stack:
            self.reload()

    def _stack(self, program_id: int) -> QUndoStack:
        if program_id not in self._stacks:
            stack = QUndoStack(self.undo_group)
            self._stacks[program_id] = stack
        return self._stacks[program_id]

    def _execute(self, text: str, do: Callable[[], T], undo: Callable[[], object],
                 redo: Callable[[], object] | None = None) -> T | None:
        """Run a change now (saved in its own transaction) and make it undoable."""
        program = self.current_program()
        done = attempt(self, do)  # every failure is shown, none is lost
        if not done:
            self.reload()
            return None
        result = done.value
        if program is not None:
            # Only now, the service having succeeded: push() emits indexChanged, which
            # reloads what is shown.
            self._stack(program.id).push(ServiceCommand(
                text, undo, redo or do, lambda call: attempt(self, call),
                self._command_failed))
        else:
            self.reload()
        self.status_message.setText(self.tr("Tersimpan: {0}").format(text))
        return result

    def _command_failed(self) -> None:
        """An undo or redo failed (and was shown): the history is reset."""
        stack = self.undo_group.activeStack()
        if stack is not None:
            # An undo that cannot be done leaves the rest of the history meaningless.
            QTimer.singleShot(0, stack.clear)
        QTimer.singleShot(0, self.reload)

    def _forget_history(self, program_id: int) -> None:
        stack = self._stacks.pop(program_id, None)
        if stack is not None:
            stack.clear()
            self.undo_group.removeStack(stack)
            stack.deleteLater()

    # Targets ----------------------------------------------------------------------------------
    def _save_target(self, target_id: int, data: TargetInput, text: str) -> bool:
        # What the editor showed before this edit: only the fields changed since are written,
        # and a colleague's change to the same field is a question, not overwritten.
        row = self.model.row_of(target_id)
        shown = self.model.target(row) if row is not None else None
        seen = shown.data if shown is not None and shown.id == target_id else None
        old = Snapshots()

        def do():
            old.value = self._asking_on_conflict(
                self.tr("Target diubah orang lain"),
                lambda overwrite: self.programs.update_target(target_id, data, seen=seen,
                                                              overwrite=overwrite))
            return True

        # Undo puts back only what this edit changed, redo makes only this edit again: a
        # colleague's change to another field in between stays.
        result = self._execute(
            text, do, lambda: self.programs.update_target(target_id, old.value, seen=data),
            lambda: self.programs.update_target(target_id, data, seen=seen))
        return result is not None

    def _asking_on_conflict(self, title: str, save: Callable[[bool], T]) -> T:
        """save(overwrite=False); when a colleague changed the same field since this editor
        showed it, the user chooses: Simpan saves again with overwrite, Buang cancels (the
        editor then shows what is stored)."""
        try:
            return save(False)
        except StaleSaveError as exc:
            choice = ask_about_stale_save(self, title, exc, back_to_entries=False)
            if choice != QMessageBox.StandardButton.Save:
                raise OperationCancelled(self.tr(
                    "Isian Anda dibuang; data dimuat seperti tersimpan.")) from None
            return save(True)

    def _save_text(self, target_id: int, key: str, text: str) -> None:
        current = self.programs.target(target_id).data
        if key == "uraian":
            new, label = replace(current, description=text), self.tr("Ubah uraian target")
        else:
            new, label = replace(current, evidence_expected=text), self.tr("Ubah bukti dukung")
        self._save_target(target_id, new, label)

    def _save_polarity(self, target_id: int, polarity: str, upper: float | None) -> None:
        """The polarity and a range's upper end, saved together (the domain refuses a range
        without both ends, or an upper end at or below the target, and nothing is saved)."""
        current = self.programs.target(target_id).data
        new = replace(current, polarity=polarity, target_max=upper)
        if new != current:
            self._save_target(target_id, new, self.tr("Ubah arah capaian target"))

    def _save_budget(self, target_id: int, budget: int | None, programme: str) -> None:
        """The budget and the programme that funds it (the Perjanjian Kinerja's annex)."""
        current = self.programs.target(target_id).data
        new = replace(current, budget=budget, budget_program=programme)
        if new != current:
            self._save_target(target_id, new, self.tr("Ubah anggaran target"))

    def add_target(self) -> None:
        program = self.current_program()
        if program is None or not program.editable:
            return
        row = self.table.currentIndex().row()
        position = row + 1 if row >= 0 else None
        kind = "inovasi" if program.kind == "100_hari" and not any(
            t.data.kind == "inovasi" for t in self.model.targets) else "target_kinerja"
        data = TargetInput(kind=kind, title=self.tr("Target baru"), target_value=100.0,
                           unit="%", due_date=program.end_date)
        holder = Snapshots()
        created = Snapshots()

        def do():
            created.value = self.programs.add_target(program.id, data, position)
            return created.value

        def undo():
            holder.value = self.programs.delete_target(created.value)

        target_id = self._execute(self.tr("Tambah target"), do, undo,
                                  lambda: self.programs.restore_targets([holder.value]))
        if target_id is not None:
            self._edit_cell(target_id, "judul")

    def _edit_cell(self, target_id: int, key: str) -> None:
        row = self.model.row_of(target_id)
        if row is not None:
            index = self.model.index(row, COLUMN[key])
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def delete_target(self) -> None:
        target_id = self.current_target_id()
        if target_id is None or self.table.state() == QAbstractItemView.State.EditingState:
            return
        target = self.programs.target(target_id)
        if target.progress_count:
            answer = QMessageBox.question(
                self, self.tr("Hapus target"),
                self.tr("Target \"{0}\" memiliki {1} laporan progres beserta bukti dukungnya. "
                        "Hapus semuanya? (Dapat diurungkan dengan Ctrl+Z.)").format(
                    target.data.title, target.progress_count))
            if answer != QMessageBox.StandardButton.Yes:
                return
        holder = Snapshots()

        def do():
            holder.value = self.programs.delete_target(target_id)
            return True

        self._execute(self.tr("Hapus target \"{0}\"").format(target.data.title), do,
                      lambda: self.programs.restore_targets([holder.value]), do)

    def _move_target(self, target_id: int, new_index: int) -> bool:
        old_index = self.model.row_of(target_id)
        if old_index is None or old_index == new_index:
            return False
        result = self._execute(self.tr("Pindahkan target"),
                               lambda: self.programs.move_target(target_id, new_index),
                               lambda: self.programs.move_target(target_id, old_index))
        return result is not None

    def move_current(self, step: int) -> None:
        index = self.table.currentIndex()
        target_id = self.current_target_id()
        if target_id is None:
            return
        new_row = index.row() + step
        if 0 <= new_row < self.model.rowCount() and self._move_target(target_id, new_row):
            self.table.setCurrentIndex(self.model.index(new_row, index.column()))

    def _add_many(self, text: str, make: Callable[[], list[int]]) -> None:
        created = Snapshots([])
        holder = Snapshots([])

        def do():
            created.value = make()
            return created.value

        def undo():
            holder.value = self.programs.delete_targets(created.value)

        self._execute(text, do, undo, lambda: self.programs.restore_targets(holder.value))

    def copy_from_program(self) -> None:
        program = self.current_program()
        if program is None or not program.editable:
            return
        sources = [p for p in self.programs.all_programs() if p.id != program.id]
        if not sources:
            QMessageBox.information(self, self.tr("Salin target"),
                                    self.tr("Belum ada program lain untuk disalin."))
            return
        labels = [f"{p.official_name} — {p.display_title} ({p.start_date:%d-%m-%Y})"
                  for p in sources]
        choice, ok = QInputDialog.getItem(self, self.tr("Salin target"),
                                          self.tr("Salin semua target dari program:"), labels,
                                          0, False)
        if not ok:
            return
        source = sources[labels.index(choice)]
        self._add_many(self.tr("Salin target dari program lain"),
                       lambda: self.programs.copy_targets(source.id, program.id))

    def apply_template(self) -> None:
        program = self.current_program()
        if program is None or not program.editable:
            return
        templates = self.programs.templates()
        if not templates:
            QMessageBox.information(self, self.tr("Pakai templat"),
                                    self.tr("Belum ada templat. Simpan target sebuah program "
                                            "sebagai templat terlebih dahulu."))
            return
        labels = [self.tr("{0} ({1} target)").format(t.name, len(t.targets)) for t in templates]
        choice, ok = QInputDialog.getItem(self, self.tr("Pakai templat"),
                                          self.tr("Tambahkan target dari templat:"), labels, 0,
                                          False)
        if not ok:
            return
        template = templates[labels.index(choice)]
        self._add_many(self.tr("Pakai templat \"{0}\"").format(template.name),
                       lambda: self.programs.apply_template(template.id, program.id))

    def save_template(self) -> None:
        program = self.current_program()
        if program is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Simpan sebagai templat"),
                                        self.tr("Nama templat:"))
        if not ok or not attempt(self, lambda: self.programs.save_template(name, program.id)):
            return
        self.status_message.setText(self.tr("Templat \"{0}\" disimpan.").format(name.strip()))

    # Programs ---------------------------------------------------------------------------------
    def new_program(self) -> None:
        from kinerja_desktop.gui.programs.program_dialog import ProgramDialog
        dialog = ProgramDialog(self.programs, self.roster.get(self.official_id), self)
        if dialog.exec() != ProgramDialog.DialogCode.Accepted:
            return
        created = attempt(self, lambda: self.programs.create_program(
            dialog.appointment_id(), dialog.program_input(), dialog.copy_from()))
        if created:
            self.reload(select_program=created.value)

    def edit_program(self) -> None:
        program = self.current_program()
        if program is None or not program.editable:
            return
        from kinerja_desktop.gui.programs.program_dialog import ProgramDialog
        dialog = ProgramDialog(self.programs, self.roster.get(self.official_id), self, program)
        if dialog.exec() != ProgramDialog.DialogCode.Accepted:
            return
        new = dialog.program_input()
        seen = program.as_input()  # as the editor showed it when the dialog opened
        old = Snapshots()

        def do():
            old.value = self._asking_on_conflict(
                self.tr("Program diubah orang lain"),
                lambda overwrite: self.programs.update_program(program.id, new, seen=seen,
                                                               overwrite=overwrite))
            return True

        # As for a target: undo and redo touch only this edit's fields.
        self._execute(self.tr("Ubah program"), do,
                      lambda: self.programs.update_program(program.id, old.value, seen=new),
                      lambda: self.programs.update_program(program.id, new, seen=seen))

    def delete_program(self) -> None:
        program = self.current_program()
        if program is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Hapus program"),
            self.tr("Hapus \"{0}\" beserta {1} target, laporan progres dan bukti dukungnya? "
                    "Penghapusan program tidak dapat diurungkan.").format(
                program.display_title, program.target_count))
        if answer != QMessageBox.StandardButton.Yes or not attempt(
                self, lambda: self.programs.delete_program(program.id)):
            return
        self._forget_history(program.id)
        self.reload()

    def advance_status(self) -> None:
        program = self.current_program()
        if program is None or program.status not in STATUS_ACTIONS:
            return
        self.detail.save_texts()
        new = rules.STATUS_ORDER[rules.STATUS_ORDER.index(program.status) + 1]
        if new == "disepakati":
            question = self.tr("Sepakati program ini? Target dan bobot akan terkunci; progres "
                               "tetap dapat dicatat.")
        else:
            question = self.tr("Ubah status program menjadi {0}?").format(
                domain_word(rules.label(rules.STATUSES, new)))
        if QMessageBox.question(self, self.tr("Ubah status"), question) != \
                QMessageBox.StandardButton.Yes:
            return
        self._change_status(program, new, "")

    def step_back(self) -> None:
        program = self.current_program()
        if program is None or program.status == "draft":
            return
        previous = rules.STATUS_ORDER[rules.STATUS_ORDER.index(program.status) - 1]
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Kembalikan status"),
            self.tr("Alasan mengembalikan status ke {0} (wajib, disimpan dalam riwayat):")
            .format(domain_word(rules.label(rules.STATUSES, previous))))
        if ok:
            self._change_status(program, previous, reason)

    def _change_status(self, program: ProgramRecord, new: str, reason: str) -> None:
        if not attempt(self, lambda: self.programs.change_status(program.id, new, reason)):
            return
        # A status change is a recorded decision, not an edit: the edits before it can no
        # longer be undone (undoing them would silently change an agreed program).
        self._forget_history(program.id)
        self.status_message.setText(self.tr("Status program: {0}.").format(
            domain_word(rules.label(rules.STATUSES, new))))
        self.reload()

    def evaluate(self) -> None:
        """The evaluation wizard for the selected (agreed) program."""
        program = self.current_program()
        if program is None or program.status == "draft":
            return
        self.detail.save_texts()
        from kinerja_desktop.gui.evaluation.evaluation_wizard import evaluate_program, show_wizard
        # An agreed program has no undo history (agreeing cleared it), so finalising, which
        # moves it to Dievaluasi, needs only a reload.
        show_wizard(evaluate_program(self.db, program.id, self, self.programs.today),
                    self.reload)

    def print_program(self, kind: str, save: bool = False) -> None:
        """The target agreement, or the program's latest evaluation sheet, as a PDF."""
        program = self.current_program()
        if program is None:
            return
        from kinerja_desktop.gui.documents.printing import print_document
        subject = program.id
        if kind == "evaluasi":
            from kinerja_desktop.services.evaluations import EvaluationService
            records = EvaluationService(self.db).evaluations(program_id=program.id)
            if not records:
                QMessageBox.information(self, self.tr("Cetak lembar evaluasi"),
                                        self.tr("Program ini belum dievaluasi."))
                return
            subject = max(records, key=lambda r: (r.final, r.id)).id
        name = "perjanjian kinerja" if kind == "kesepakatan" else "evaluasi"
        print_document(self, self.db, kind, subject, save,
                       f"{name} - {self.official.name}.pdf")

    def edit_priorities(self) -> None:
        from kinerja_desktop.gui.programs.priorities_dialog import PrioritiesDialog
        PrioritiesDialog(self.programs, self).exec()
        self.reload()

    # Progress and evidence --------------------------------------------------------------------
    def add_progress(self) -> None:
        program = self.current_program()
        target_id = self.current_target_id()
        if program is None or target_id is None or not rules.progress_allowed(program.status):
            return
        from kinerja_desktop.gui.programs.progress_dialog import ProgressDialog
        dialog = ProgressDialog(self.programs.target(target_id), program, self.programs.today(),
                                self)
        if dialog.exec() != ProgressDialog.DialogCode.Accepted:
            return
        data, files = dialog.progress_input(), dialog.files()
        created, holder = Snapshots(), Snapshots()

        def do():
            created.value = self.progress.add_report(target_id, data, files)
            return created.value

        def undo():
            holder.value = self.progress.delete_report(created.value)

        self._execute(self.tr("Catat progres"), do, undo,
                      lambda: self.progress.restore(holder.value))

    def delete_progress(self, progress_id: int) -> None:
        if QMessageBox.question(self, self.tr("Hapus progres"),
                                self.tr("Hapus laporan progres ini beserta berkas buktinya? "
                                        "(Dapat diurungkan dengan Ctrl+Z.)")) != \
                QMessageBox.StandardButton.Yes:
            return
        holder = Snapshots()

        def do():
            holder.value = self.progress.delete_report(progress_id)
            return True

        self._execute(self.tr("Hapus progres"), do, lambda: self.progress.restore(holder.value),
                      do)

    def add_files(self, progress_id: int) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Lampirkan bukti dukung"), "",
                                                FILE_DIALOG_FILTER)
        if paths:
            self.attach_paths(progress_id, paths)

    def attach_paths(self, progress_id: int, paths: list[str]) -> None:
        read = attempt(self, lambda: [read_evidence(path) for path in paths])
        if not read:
            return
        files = read.value
        created, holders = Snapshots([]), Snapshots([])

        def do():
            created.value = self.progress.add_files(progress_id, files)
            return created.value

        def undo():
            holders.value = [self.progress.delete_file(a) for a in created.value]

        def redo():
            for snapshot in holders.value:
                self.progress.restore(snapshot)

        self._execute(self.tr("Lampirkan {0} berkas").format(len(files)), do, undo, redo)

    def delete_file(self, attachment_id: int) -> None:
        if QMessageBox.question(self, self.tr("Hapus berkas"),
                                self.tr("Hapus berkas bukti ini dari basis data? (Dapat "
                                        "diurungkan dengan Ctrl+Z.)")) != \
                QMessageBox.StandardButton.Yes:
            return
        holder = Snapshots()

        def do():
            holder.value = self.progress.delete_file(attachment_id)
            return True

        self._execute(self.tr("Hapus berkas bukti"), do,
                      lambda: self.progress.restore(holder.value), do)

    def open_file(self, attachment_id: int) -> None:
        """Write the file to a folder of the app's own and open it with its usual program."""
        open_evidence(self, self.progress, attachment_id)

    def save_file(self, attachment_id: int) -> None:
        """Save a copy under its clean name; a file that is not an allowed document (a program
        arrived by a merge, say) is refused with a message, and the copy always keeps the
        document's extension."""
        found = attempt(self, lambda: openable_evidence(self.progress.evidence(attachment_id)))
        if not found:
            return
        evidence = found.value
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan salinan bukti"),
                                                evidence.filename)
        if not chosen:
            return
        path = copy_path(chosen, evidence)

        def write() -> None:
            try:
                Path(path).write_bytes(evidence.content)
            except OSError as exc:  # the user's folder: a plain message, not a bug
                raise InputFileError(self.tr("Berkas '{0}' tidak dapat ditulis: {1}.")
                                     .format(path, os_reason(exc))) from exc

        attempt(self, write)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.detail.save_texts()  # text typed but not yet left is kept
        super().closeEvent(event)

