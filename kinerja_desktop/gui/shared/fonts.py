"""The bundled Liberation Sans family (resources/fonts/), available to the window on every PC.

The one family the program ships: the printed documents are set in it (reports/fonts.py), and
it is registered with QFontDatabase at start so that anything drawn in the documents' face
finds it on a PC that lacks it. The window keeps the platform's own UI font (Segoe UI on
Windows): it is what staff read in every other program. Qt platforms without a system font
database (the offscreen platform on Windows: tests, the self-test) find no font at all unless
told where fonts are; `before_application` points them at the bundled ones.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from kinerja_desktop.resources import resource_path

FAMILY = "Liberation Sans"
FILES = ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
         "LiberationSans-BoldItalic.ttf")
# Qt's variable for the font folder of platforms without a font database of their own.
FONT_DIR_VARIABLE = "QT_QPA_FONTDIR"


def before_application() -> None:
    """What must be in place before the QApplication exists: the font folder of platforms
    that have no system fonts (otherwise Qt looks in PySide6/lib/fonts, which the wheel
    lacks, and warns "QFontDatabase: Cannot find font directory"). A folder set from outside
    wins; platforms with a font database of their own (Windows, fontconfig) ignore it."""
    os.environ.setdefault(FONT_DIR_VARIABLE, str(resource_path("fonts")))


def use_bundled_fonts(app: QApplication) -> None:
    """Register the four faces once (the families found are kept in the app's property
    "kinerja_fonts"); the application's own font stays the platform's."""
    if app.property("kinerja_fonts") is None:
        families: set[str] = set()
        for name in FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
            families.update(QFontDatabase.applicationFontFamilies(font_id))
        app.setProperty("kinerja_fonts", sorted(families))
