"""GUI fixtures: the app's QApplication set-up, a main window on a real database, and the guard
that keeps a modal dialog nobody patched from blocking (or quietly passing) a test."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator

import pytest


@pytest.fixture(scope="session")
def qapp_cls():
    """QApplication, with what the app sets up before its own exists (gui/app.py)."""
    from PySide6.QtWidgets import QApplication

    from kinerja_desktop.gui.shared.fonts import before_application
    before_application()
    return QApplication


@pytest.fixture
def app(qapp):
    """The QApplication configured as the app configures it (names, Indonesian translators)."""
    from kinerja_desktop.gui.app import create_application
    for translator in qapp.property("kinerja_translators") or []:
        qapp.removeTranslator(translator)
    return create_application([], "id")


def window_action(window, name: str):
    """The window's own action with this objectName, found as a user-facing test should."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    # Direct children only: dialogs parented to the window may reuse a name ("addAction").
    action = window.findChild(QAction, name, Qt.FindChildOption.FindDirectChildrenOnly)
    assert action is not None, f"no action {name!r}"
    return action


def show_main_window(qtbot, database):
    """The main window on `database`, shown and exposed, closed with the test."""
    from kinerja_desktop.gui.main_window import MainWindow
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


@pytest.fixture
def main_window(app, qtbot, db):
    return show_main_window(qtbot, db)


@pytest.fixture
def demo_window(app, qtbot, demo_db):
    return show_main_window(qtbot, demo_db)


# Modal dialogs ------------------------------------------------------------------------------
#
# Offscreen, a modal dialog's exec() runs its own event loop until someone closes it: a test
# that reaches one it did not patch hangs (or, with a stray timer, passes by luck). For the
# whole session every blocking entry point is replaced by a fake that records the call and
# answers as a user who closes the dialog would; the test then fails at teardown, naming each
# dialog. A test's own monkeypatch replaces the fake (and a subclass's patched exec shadows
# QDialog's), so what a test patched is never reported. @pytest.mark.modal_allowed lets the
# real dialogs run, for a test that closes them itself (with a timer).


class ModalGuard:
    """The dialogs reached without a patch in the current test; `allowed` runs them for real."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.allowed = False

    def record(self, what: str, *texts: object) -> None:
        self.calls.append(" ".join([what, *(repr(t) for t in texts if isinstance(t, str))]))


def _closed_box(buttons: object):
    """What a message box returns when closed: Cancel or No if offered, else Ok."""
    from PySide6.QtWidgets import QMessageBox
    button = QMessageBox.StandardButton
    if isinstance(buttons, button):
        for choice in (button.Cancel, button.No, button.Abort, button.Close, button.Ok):
            if choice in buttons:
                return choice
    return button.NoButton


def _install(guard: ModalGuard, patch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QColor, QFont
    from PySide6.QtWidgets import (QColorDialog, QDialog, QFileDialog, QFontDialog,
                                   QInputDialog, QMessageBox, QProgressDialog, QWizard)

    def method(cls: type, name: str, answer: object) -> None:
        real = getattr(cls, name)

        def fake(self, *args, **kwargs):
            if guard.allowed:
                return real(self, *args, **kwargs)
            texts = [self.windowTitle()]
            if isinstance(self, QMessageBox):
                texts.append(self.text())
            guard.record(f"{type(self).__name__}.{name}", *texts)
            return answer
        patch.setattr(cls, name, fake)

    def static(cls: type, name: str, answer: Callable[..., object], texts: slice) -> None:
        real = getattr(cls, name)

        def fake(*args, **kwargs):
            if guard.allowed:
                return real(*args, **kwargs)
            guard.record(f"{cls.__name__}.{name}", *args[texts])
            return answer(*args, **kwargs)
        patch.setattr(cls, name, staticmethod(fake))

    # exec is QDialog's for every dialog today (QMessageBox, QFileDialog, QProgressDialog,
    # QWizard …); a class that declares its own gets its own fake.
    for cls in (QDialog, QMessageBox, QFileDialog, QInputDialog, QColorDialog, QFontDialog,
                QProgressDialog, QWizard):
        for name in ("exec", "exec_"):
            if name in vars(cls):
                method(cls, name, int(QDialog.DialogCode.Rejected))
    # Not QMenu.exec: it is static and an instance method at once, and shiboken binds the
    # instance call past any class attribute, so it cannot be replaced here.

    button = QMessageBox.StandardButton
    title_and_text = slice(1, 3)
    for name, default in (("question", button.Yes | button.No), ("warning", button.Ok),
                          ("information", button.Ok), ("critical", button.Ok)):
        static(QMessageBox, name, lambda *a, default=default, **k: _closed_box(
            a[3] if len(a) > 3 else k.get("buttons", default)), title_and_text)
    static(QMessageBox, "about", lambda *_a, **_k: None, title_and_text)
    static(QMessageBox, "aboutQt", lambda *_a, **_k: None, slice(1, 2))

    cancelled: dict[type, dict[str, object]] = {
        QFileDialog: {"getOpenFileName": ("", ""), "getOpenFileNames": ([], ""),
                      "getSaveFileName": ("", ""), "getExistingDirectory": "",
                      "getOpenFileUrl": (QUrl(), ""), "getOpenFileUrls": ([], ""),
                      "getSaveFileUrl": (QUrl(), ""), "getExistingDirectoryUrl": QUrl()},
        QInputDialog: {"getText": ("", False), "getMultiLineText": ("", False),
                       "getItem": ("", False), "getInt": (0, False), "getDouble": (0.0, False)},
        QColorDialog: {"getColor": QColor()},  # invalid: cancelled
        QFontDialog: {"getFont": (False, QFont())},
    }
    for cls, answers in cancelled.items():
        unguarded = {n for n in vars(cls) if n.startswith("get")} - set(answers)
        assert not unguarded, f"{cls.__name__} has blocking functions to guard: {unguarded}"
        for name, answer in answers.items():
            # A fresh copy per call, so a caller that changes the answer changes only its own.
            static(cls, name, lambda *_a, answer=answer, **_k: copy.copy(answer),
                   slice(1, 2) if cls in (QFileDialog, QInputDialog) else slice(0))


@pytest.fixture(scope="session")
def modal_guard() -> Iterator[ModalGuard]:
    guard = ModalGuard()
    patch = pytest.MonkeyPatch()
    _install(guard, patch)
    yield guard
    patch.undo()


@pytest.fixture(autouse=True)
def no_unpatched_modal(request, modal_guard: ModalGuard) -> Iterator[ModalGuard]:
    """Fail the test, at teardown (after its widgets closed), for each modal dialog it reached
    without patching it; `@pytest.mark.modal_allowed` runs the real dialogs instead."""
    modal_guard.calls.clear()
    modal_guard.allowed = request.node.get_closest_marker("modal_allowed") is not None
    try:
        yield modal_guard
        calls = list(modal_guard.calls)
    finally:
        modal_guard.calls.clear()
        modal_guard.allowed = False
    if calls:
        pytest.fail("the test reached modal dialogs it did not patch (outside a test each waits "
                    "for the user):\n  " + "\n  ".join(calls) + "\nPatch each with the answer "
                    "the test means, or mark the test @pytest.mark.modal_allowed.",
                    pytrace=False)
