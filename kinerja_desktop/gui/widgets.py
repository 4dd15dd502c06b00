"""Small reusable widgets: an optional date, and a label for inline problems."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from kinerja_desktop.errors import Problem
from kinerja_desktop.gui.formatting import from_qdate, locale, to_qdate


def make_date_edit(parent: QWidget | None = None) -> QDateEdit:
    """A date edit with a calendar, showing dates the Indonesian way."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setLocale(locale())
    edit.setDisplayFormat("d MMMM yyyy")
    edit.setDate(QDate.currentDate())
    return edit


class OptionalDateEdit(QWidget):
    """A date that may be unknown: a check box turns the date edit on."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = QCheckBox(label, self)
        self.edit = make_date_edit(self)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))


class ProblemLabel(QLabel):
    """Shows validation problems under a form: errors in red, warnings in amber."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("problemLabel")

    def show_problems(self, problems: list[Problem]) -> None:
        lines = []
        for p in problems:
            colour = "#b00020" if p.is_error else "#8a5a00"
            lines.append(f"<span style='color:{colour}'>{'⚠ ' if not p.is_error else '✖ '}"
                         f"{escape(p.message)}</span>")
        self.setText("<br>".join(lines))
        self.setVisible(bool(lines))
