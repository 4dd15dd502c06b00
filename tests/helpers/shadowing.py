"""Attributes of our widgets that hide a method of their class (a Qt method, mostly)."""

from __future__ import annotations

from PySide6.QtCore import Signal


def hidden_methods(obj: object) -> list[str]:
    """Names set on `obj` itself that its class has as methods: `self.result = …` in a QDialog
    hides QDialog.result(), and Python callers of result() then get the attribute. (PySide
    keeps a signal's bound instance in the object's dict under the signal's name: not that.)"""
    hidden = []
    for name in vars(obj):
        member = getattr(type(obj), name, None)
        if callable(member) and not isinstance(member, Signal):
            hidden.append(name)
    return sorted(hidden)
