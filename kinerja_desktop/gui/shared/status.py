"""Status-bar messages that fit: elided where the bar has room, the whole text as its tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QStatusBar, QWidget

MARGIN = 12  # QStatusBar's own padding around the message


def message_width(bar: QStatusBar) -> int:
    """The width the bar gives a temporary message: up to its first permanent widget.

    QStatusBar clips, never elides, a message that runs under its permanent widgets (the
    database path, the backup button), so staff saw half a sentence. Normal widgets start at
    the left edge and are hidden while a message shows; permanent ones sit to the right."""
    children = [w for w in bar.findChildren(QWidget, options=Qt.FindChildOption.
                                            FindDirectChildrenOnly)
                if w.isVisible() and w.width() > 0]
    if not children:
        return max(0, bar.width() - MARGIN)
    first = min(w.geometry().left() for w in children)
    permanent = [w.geometry().left() for w in children if w.geometry().left() > first + MARGIN]
    return max(0, min(permanent, default=bar.width()) - MARGIN)


def show_message(window: QMainWindow, text: str, timeout: int = 0) -> None:
    """Show `text` for `timeout` ms, elided to fit; the whole of it stays in the tooltip."""
    bar = window.statusBar()
    # A bar made just now (statusBar() creates it) has no layout yet: the window's width.
    width = message_width(bar) if bar.isVisible() else window.width() - MARGIN
    shown = bar.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
    bar.setToolTip(text if shown != text else "")
    bar.showMessage(shown, timeout)
    if not bar.property("kinerjaTooltipWatch"):
        # The tooltip goes with the message (its timeout, or another message).
        bar.messageChanged.connect(lambda message, bar=bar: message or bar.setToolTip(""))
        bar.setProperty("kinerjaTooltipWatch", True)
