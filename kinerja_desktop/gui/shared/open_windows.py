"""The windows that outlive one action: the target editors (one per official) and the board."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kinerja_desktop.gui.board.board_window import BoardWindow
    from kinerja_desktop.gui.programs.program_editor import ProgramEditor


class OpenWindows:
    """Shared by the features: programs and the board open editors here (never two for one
    official: two undo histories over the same rows), evaluation refreshes them, data safety
    closes them before the database changes underneath them."""

    def __init__(self) -> None:
        self.editors: dict[int, ProgramEditor] = {}  # by official id
        self.board: BoardWindow | None = None  # kept once opened

    def refresh(self) -> None:
        """Read everything again (after an evaluation was saved)."""
        if self.board is not None:
            self.board.refresh()
        for editor in self.editors.values():
            editor.reload()

    def close_all(self) -> None:
        """Close them: they would show data a merge or a restore is about to change."""
        for editor in list(self.editors.values()):
            editor.close()
        if self.board is not None:
            self.board.close()

    def forget(self) -> None:
        """Drop them: they belong to a database that was replaced."""
        self.board = None
        self.editors.clear()
