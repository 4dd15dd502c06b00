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


class InputDialogTypist:
    """Answers the real QInputDialogs a test opens, as a user does: each time one becomes the
    active modal window it types the next answer into its field and presses Enter (None
    presses Escape). What each dialog asked and how it showed the typing are kept.

    The test must let real dialogs run (`@pytest.mark.modal_allowed`): the session's modal
    guard (tests/helpers/gui_fixtures.py) otherwise answers getText itself. A dialog that
    opens after the answers ran out is cancelled with Escape and counted in `extra`, so a
    test fails on it instead of waiting forever."""

    def __init__(self, qtbot, answers: list[str | None]):
        from PySide6.QtCore import QTimer
        self.qtbot = qtbot
        self.answers = list(answers)
        self.prompts: list[str] = []
        self.titles: list[str] = []
        self.echo_modes: list[object] = []
        self.extra = 0
        # Polled, not a single shot: the dialog opens inside the code under test, whose
        # nested event loop (exec) is the one that runs this timer.
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._answer)

    def __enter__(self) -> InputDialogTypist:
        self.timer.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.timer.stop()

    def _answer(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
        dialog = QApplication.activeModalWidget()
        if (not isinstance(dialog, QInputDialog) or not dialog.isVisible()
                or dialog.property("typist_answered")):
            return
        dialog.setProperty("typist_answered", True)  # one answer per dialog, however polled
        edit = dialog.findChild(QLineEdit)
        if not self.answers:
            self.extra += 1
            self.qtbot.keyClick(edit, Qt.Key.Key_Escape)
            return
        answer = self.answers.pop(0)
        self.prompts.append(dialog.labelText())
        self.titles.append(dialog.windowTitle())
        self.echo_modes.append(edit.echoMode())
        if answer is None:
            self.qtbot.keyClick(edit, Qt.Key.Key_Escape)
            return
        self.qtbot.keyClicks(edit, answer)
        self.qtbot.keyClick(edit, Qt.Key.Key_Return)
