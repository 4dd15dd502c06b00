"""Undoable edits of a program: each is saved at once by a service call, and undone by another.

The first redo() is the action the user just took, already run (and validated) before the
command was pushed: a change the services refuse never reaches the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class ServiceCommand(QUndoCommand):
    """A change already written to the database, with the calls that undo and redo it."""

    def __init__(self, text: str, undo: Callable[[], object], redo: Callable[[], object],
                 failed: Callable[[BaseException], None]):
        super().__init__(text)
        self._undo, self._redo, self._failed = undo, redo, failed
        self._done = True  # pushed after the change was made

    def redo(self) -> None:
        if self._done:
            self._done = False  # QUndoStack.push calls redo() once: the change is made
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, call: Callable[[], object]) -> None:  # what the call returns is not used
        try:
            call()
        except Exception as exc:  # noqa: BLE001 - shown to the user; the stack is then reset
            self.setObsolete(True)
            self._failed(exc)


class Snapshots:
    """A mutable holder for what a deletion returned, shared by a command's undo and redo."""

    def __init__(self, value=None):
        self.value = value
