"""The board's action: open the monitoring board (one window, kept)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from kinerja_desktop.gui.shared.features import FeatureActions, FeatureContext


class BoardActions(FeatureActions):
    """Menu Evaluasi's Papan pemantauan. The board asks for an evaluation by id, which
    `open_evaluation` opens (the evaluation feature: a draft in the wizard, a final one
    read-only with Cetak, Simpan PDF and Revisi)."""

    def __init__(self, context: FeatureContext, open_evaluation: Callable[[int], None]):
        super().__init__(context)
        self.open_evaluation = open_evaluation
        self.board_action = self._action(self.tr("Papan &pemantauan…"), self.open_board,
                                         QKeySequence("Ctrl+B"), "boardAction")

    def open_board(self) -> None:
        """The monitoring board (one window, kept; read again each time it is opened)."""
        windows = self.context.windows
        board = windows.board
        if board is None:
            from kinerja_desktop.gui.board.board_window import BoardWindow
            # The editors are shared: one official never has two (two undo histories).
            board = windows.board = BoardWindow(self.context.db, self.window,
                                                editors=windows.editors)
            board.setWindowFlag(Qt.WindowType.Window)
            board.open_evaluation.connect(self.open_evaluation)
        else:
            board.refresh()
        board.show()
        board.raise_()
        board.activateWindow()
