"""Windows that fit the screen: every top-level window is kept inside the available area."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QScrollArea, QSizePolicy,
                               QWidget)

# Below this available height (logical px) the main window starts maximised: 1366×768 at
# 125 % leaves 614, and even 768 at 100 % leaves no room for a window frame and a taskbar.
SMALL_SCREEN_HEIGHT = 800

# Window types that place themselves (menus, tooltips, combo pop-ups): never moved.
_SELF_PLACED = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)
_SHOW = QEvent.Type.Show
_FITTED_ON = frozenset({_SHOW, QEvent.Type.Resize})


def available_area(widget: QWidget | None = None) -> QRect:
    """The screen area a window may use (without taskbar) on the widget's screen."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def is_small_screen(widget: QWidget | None = None) -> bool:
    """True on a laptop-sized screen, where the main window should start maximised."""
    return available_area(widget).height() < SMALL_SCREEN_HEIGHT


def fit_to_screen(window: QWidget) -> None:
    """Shrink the window to the available area if larger, then move it inside that area."""
    shrink_to_screen(window)
    move_into_screen(window)


def shrink_to_screen(window: QWidget) -> None:
    """Make the window no larger than the available area (its frame included)."""
    if window.isMaximized() or window.isFullScreen():
        return
    area = available_area(window)
    frame, inner = window.frameGeometry(), window.geometry()
    # The frame (title bar, borders) counts too: it is what must stay on screen.
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        # A layout's minimum can be larger than the screen: lower it (long forms scroll).
        window.setMinimumSize(min(window.minimumWidth(), width),
                              min(window.minimumHeight(), height))
        window.resize(width, height)


def move_into_screen(window: QWidget) -> None:
    """Move the window so that its whole frame lies in the available area."""
    if window.isMaximized() or window.isFullScreen() or not window.isVisible():
        return
    area = available_area(window)
    frame = window.frameGeometry()
    x = max(area.left(), min(frame.left(), area.right() - frame.width() + 1))
    y = max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)


def fit_combo(combo: QComboBox, characters: int = 40) -> None:
    """Size the combo box by a number of characters, not by its longest item (elided in the
    box, whole in its list): a long post name would make the dialog wider than the screen."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    # Where the dialog is wider, the box takes the row and shows more of the text.
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, combo.sizePolicy().verticalPolicy())


class FormScroll(QScrollArea):
    """A frameless scroll area that asks for its form's whole size: it scrolls only when the
    screen (through fit_to_screen) gives it less."""

    def sizeHint(self):  # noqa: N802 - Qt's name
        body = self.widget()
        if body is None:
            return super().sizeHint()
        hint = body.sizeHint()
        hint.setWidth(hint.width() + self.verticalScrollBar().sizeHint().width())
        return hint


def scroll_form(body: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """The form body in a scroll area: on a small screen it scrolls while the buttons placed
    below it (outside) stay visible."""
    area = FormScroll(parent)
    area.setObjectName("formScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(body)
    return area


class ScreenFitter(QObject):
    """Application-wide: each top-level window is fitted into the screen when shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Every event of the application passes here (thousands when a window opens): the
        # test is on constants looked up once, not on Qt's enum classes at each call.
        kind = event.type()
        if (kind in _FITTED_ON and isinstance(watched, QWidget)
                and watched.isWindow() and watched.windowType() not in _SELF_PLACED):
            if kind == _SHOW:
                shrink_to_screen(watched)
            elif not watched.isVisible():
                return False
            # Qt places a window (a dialog over its parent) after Show, and a wizard grows on
            # its next page: fit once that is done, or every dialog would land in the corner.
            QTimer.singleShot(0, watched, lambda w=watched: fit_to_screen(w))
        return False


def install_screen_fitter(app: QApplication) -> None:
    """Install the fitter once per application (create_application may run again)."""
    if app.findChild(ScreenFitter, "screenFitter") is None:
        fitter = ScreenFitter(app)
        fitter.setObjectName("screenFitter")
        app.installEventFilter(fitter)
