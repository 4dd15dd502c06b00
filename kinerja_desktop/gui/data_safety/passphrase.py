"""Asking an encrypted backup's passphrase, again at once when it is wrong (same file)."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from kinerja_desktop.gui.shared.operations import wait_off_ui_thread
from kinerja_desktop.services.restore import passphrase_opens


def ask_passphrase(parent: QWidget | None, title: str, backup_file: Path) -> str | None:
    """The passphrase that opens `backup_file`, or None when the user cancels. A wrong one
    is said plainly and asked again: the file is not broken and needs no choosing again."""
    label = QCoreApplication.translate("Passphrase", "Kata sandi cadangan:")
    while True:
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        if not ok:
            return None
        # scrypt takes a few hundred milliseconds: off the window's thread, which keeps painting
        if wait_off_ui_thread(functools.partial(passphrase_opens, backup_file, text)):
            return text
        label = QCoreApplication.translate(
            "Passphrase", "Kata sandi salah untuk cadangan '{0}'. Ketik ulang kata sandinya "
            "(huruf besar dan kecil dibedakan):"
        ).format(Path(backup_file).name)
