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
    """Patch QMessageBox.question/information and each module's show_error to record."""
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
