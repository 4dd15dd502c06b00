"""The whole status-bar message: elided on a narrow window, whole in the bar's tooltip."""

from __future__ import annotations


def status_message(window) -> str:
    bar = window.statusBar()
    return bar.toolTip() if bar.currentMessage() and bar.toolTip() else bar.currentMessage()
