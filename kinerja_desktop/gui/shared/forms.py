"""Loading Qt Designer forms from ui/ (translated through the app's translators)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from kinerja_desktop.resources import form_path

W = TypeVar("W", bound=QObject)


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


def child(form: QWidget, kind: type[W], name: str) -> W:
    """The form's child of this type and objectName. One the form lacks (a renamed widget in
    the .ui) fails here, by name, rather than as an attribute error on None later."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"form {form.objectName()!r} has no {kind.__name__} {name!r}")
    return found
