"""The editor's changes: saved at once, undoable per program, a colleague's change asked about."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoGroup, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from kinerja_desktop.domain.programs import ProgramRecord
from kinerja_desktop.errors import OperationCancelled, StaleSaveError
from kinerja_desktop.gui.programs.program_commands import ServiceCommand
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.gui.shared.stale_save import ask_about_stale_save

T = TypeVar("T")  # what a change's service call returns
# Literal translate("ProgramEditor", …) calls: lupdate files them under the window's own
# context, where they stood as its self.tr(), and reads a context in no other form.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    # The parts' methods run on ProgramEditor: typed as its QMainWindow, they may parent a
    # question with self. At run time they are plain mixins, so that ProgramEditor is the
    # one window (and the one Qt class) they make up.
    _Window = QMainWindow
else:
    _Window = object


class EditorHistory(_Window):
    """ProgramEditor's undo history, one stack per program, and the one way its parts
    (editor_targets, editor_programs, editor_evidence) make a change."""

    # ProgramEditor sets these up; declared for the parts built on this class.
    undo_group: QUndoGroup
    status_message: QLabel
    _stacks: dict[int, QUndoStack]
    _switching_stack: bool
    current_program: Callable[[], ProgramRecord | None]
    reload: Callable[..., None]

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
        self.status_message.setText(translate("ProgramEditor", "Tersimpan: {0}").format(text))
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

    def _asking_on_conflict(self, title: str, save: Callable[[bool], T]) -> T:
        """save(overwrite=False); when a colleague changed the same field since this editor
        showed it, the user chooses: Simpan saves again with overwrite, Buang cancels (the
        editor then shows what is stored)."""
        try:
            return save(False)
        except StaleSaveError as exc:
            choice = ask_about_stale_save(self, title, exc, back_to_entries=False)
            if choice != QMessageBox.StandardButton.Save:
                raise OperationCancelled(translate(
                    "ProgramEditor", "Isian Anda dibuang; data dimuat seperti tersimpan.")) \
                    from None
            return save(True)
