"""Loading Qt Designer forms from ui/ (translated through the app's translators)."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from kinerja_desktop.resources import form_path


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree of ui/<name>; children are found by objectName."""
    path = form_path(name)
    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form {path} missing from the installation")
    try:
        widget = QUiLoader().load(handle, parent)
    finally:
        handle.close()
    if widget is None:
        raise RuntimeError(f"form {path} could not be loaded")
    return widget
