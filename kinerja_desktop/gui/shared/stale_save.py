"""The question put when a save meets a colleague's change to the same record (a shared
server): in a merge conflict's words, who changed what, and whose value is kept."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kinerja_desktop.errors import StaleSaveError

Button = QMessageBox.StandardButton


def ask_about_stale_save(parent: QWidget | None, title: str, error: StaleSaveError,
                         back_to_entries: bool) -> Button:
    """Save (mine replaces theirs), Discard (theirs is loaded) or, for a form whose entries
    are still open, Cancel (back to them); the safe answer is the default."""
    if back_to_entries:
        # translate() with its context spelled out: lupdate files a bare tr() of a module
        # function under no context, where the running app never looks it up.
        text = QCoreApplication.translate(
            "StaleSave", "{0}\n\nSimpan: isian Anda menggantikan perubahan itu.\nBuang: isian "
            "Anda dibuang dan data tersimpan dimuat.\nBatal: kembali ke isian Anda.")
        buttons, default = Button.Save | Button.Discard | Button.Cancel, Button.Cancel
    else:
        text = QCoreApplication.translate(
            "StaleSave", "{0}\n\nSimpan: isian Anda menggantikan perubahan itu.\nBuang: isian "
            "Anda dibuang dan data tersimpan dimuat.")
        buttons, default = Button.Save | Button.Discard, Button.Discard
    return QMessageBox.question(parent, title, text.format(error), buttons, default)
