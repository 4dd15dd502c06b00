"""Message boxes and error dialogs recorded instead of shown, so GUI tests never block."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


class Shown:
    """Questions asked, notices given and errors shown; `answer` is the reply to questions."""

    def __init__(self):
        self.questions: list[str] = []
        self.information: list[str] = []
        self.errors: list[BaseException] = []
        self.answer = QMessageBox.StandardButton.Yes


def record_dialogs(monkeypatch, *modules) -> Shown:
    """Patch QMessageBox.question/information, and show_error in each module given, to record.

    Every GUI action shows its errors through gui/shared/operations.py, so that is the module
    to pass (`record_dialogs(monkeypatch, operations)`); a module that calls show_error
    itself (a dialog's own specific handling) can be passed too. show_error's own behaviour
    is tested on the real message boxes in tests/gui/shared/test_errors.py."""
    record = Shown()

    def question(_parent, _title, text, *args, **kwargs):
        record.questions.append(text)
        return record.answer

    def information(_parent, _title, text, *args, **kwargs):
        record.information.append(text)
        return QMessageBox.StandardButton.Ok

    def show_error(_parent, exc, title=None):
        record.errors.append(exc)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    for module in modules:
        monkeypatch.setattr(module, "show_error", show_error)
    return record
