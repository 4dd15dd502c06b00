"""The Qt binding itself: calls returning nothing must not drop references to None.

PySide6 6.12.0's abi3 wheels on Python 3.11 returned None from void calls without a new
reference, so every update(), setEnabled() or painter.save() took one away; after a few
thousand the interpreter aborted ("deallocating None"). The pinned version must not.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QPushButton


def test_void_calls_keep_none_alive(app, qtbot):
    button = QPushButton("x")
    qtbot.addWidget(button)
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    before = sys.getrefcount(None)
    for _ in range(500):
        button.update()
        button.setEnabled(True)
    painter = QPainter(image)
    for _ in range(500):
        painter.save()
        painter.restore()
    painter.end()
    # Other code may take or drop a few references meanwhile; 2,000 calls losing one each
    # would show as a fall of about 2,000.
    assert sys.getrefcount(None) > before - 100
