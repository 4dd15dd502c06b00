"""Small reusable widgets: an optional date, a label for inline problems, empty states, the
question asked before something destructive, and the parts of an editable combo box."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QDialog, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from kinerja_desktop.errors import Problem
from kinerja_desktop.gui.shared.date_edit import TypedDateEdit
from kinerja_desktop.gui.shared.formatting import from_qdate, to_qdate

HINT_COLOUR = "#666666"  # grey of hints, empty states and notes beside a field


def make_date_edit(parent: QWidget | None = None) -> TypedDateEdit:
    """A date edit with a calendar, showing "Jumat, 14 Juni 2019" and reading typed dates
    whole ("14 juni 2019", "14/06/2019", "14062019" …); see TypedDateEdit."""
    return TypedDateEdit(parent)


def date_problems(form: QWidget) -> list[Problem]:
    """A problem for each enabled date field in `form` whose typed text is not a date it can
    keep, named by its label, so that the form refuses to save instead of taking the old
    date."""
    problems = []
    for edit in form.findChildren(TypedDateEdit):
        message = edit.problem() if edit.isEnabled() else ""
        if message:
            label = field_label(edit)
            if message.startswith("Tanggal "):  # "Tanggal: tanggal tidak dikenali; …"
                message = "t" + message[1:]
            problems.append(Problem(label, f"{label}: {message}"))
    return problems


def field_label(widget: QWidget) -> str:
    """The text of the label whose buddy is `widget` (or its OptionalDateEdit), for messages."""
    window = widget.window()
    targets = {widget, widget.parentWidget()}
    for label in window.findChildren(QLabel):
        if label.buddy() in targets and label.text():
            return label.text().replace("&", "").rstrip(":").strip()
    return "Tanggal"


def date_with_hint(parent: QWidget, edit_name: str, hint_name: str
                   ) -> tuple[TypedDateEdit, QLabel, QHBoxLayout]:
    """A date edit with a grey hint to its right (the weekday, day N of 100 …), in a row."""
    edit = make_date_edit(parent)
    edit.setObjectName(edit_name)
    hint = QLabel(parent)
    hint.setObjectName(hint_name)
    hint.setStyleSheet(f"color: {HINT_COLOUR}")
    row = QHBoxLayout()
    row.addWidget(edit)
    row.addWidget(hint, 1)
    return edit, hint, row


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
        self.edit.validity_changed.connect(self.changed)  # so the form re-checks typed text
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

    def show_hint(self, text: str) -> None:
        """A neutral line (grey, no mark): what to fill in, before the user has typed."""
        self.setText(f"<span style='color:{HINT_COLOUR}'>{escape(text)}</span>")
        self.setVisible(True)


def empty_page(parent: QWidget, name: str, title: str, text: str,
               buttons: list[tuple[str, object, str]]) -> tuple[QWidget, QLabel, list[QPushButton]]:
    """A centred empty state: a heading, a line of advice and buttons for the next step.
    Returns the page, its text label (to change later) and the buttons."""
    page = QWidget(parent)
    page.setObjectName(name)
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    labels = []
    for content in (title, text):
        label = QLabel(content, page)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        labels.append(label)
    row = QHBoxLayout()
    row.addStretch(1)
    made = []
    for button_text, slot, button_name in buttons:
        button = QPushButton(button_text, page)
        button.setObjectName(button_name)
        button.clicked.connect(slot)
        row.addWidget(button)
        made.append(button)
    row.addStretch(1)
    layout.addLayout(row)
    layout.addStretch(2)
    return page, labels[1], made


def combo_line_edit(combo: QComboBox) -> QLineEdit:
    """An editable combo box's line edit (Qt makes it with setEditable(True))."""
    edit = combo.lineEdit()
    if edit is None:
        raise ValueError(f"combo box {combo.objectName()!r} is not editable")
    return edit


def combo_completer(combo: QComboBox) -> QCompleter:
    """An editable combo box's completer (Qt makes it with the line edit)."""
    completer = combo.completer()
    if completer is None:
        raise ValueError(f"combo box {combo.objectName()!r} has no completer")
    return completer


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before something destructive: Ya / Tidak with Tidak as the default, so that Enter
    is never a yes. True only when the user chose Ya."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class LongFormDialog(QDialog):
    """A long form (inauguration, handover): Enter moves on like Tab, so a half-filled form is
    never saved by it; Ctrl+Enter saves. Subclasses set `ok_button`."""

    ok_button: QPushButton

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # The button box makes OK the default when shown; Enter does not press it here, so it
        # must not look as if it did.
        self.ok_button.setDefault(False)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)):
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)
