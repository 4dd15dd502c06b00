"""The bundled Liberation Sans family, registered once with ReportLab (subsets are embedded).

The tata naskah dinas rules for regional government (Permendagri No. 1 Tahun 2023, following
the national guideline) set official documents in Arial 11 or 12 pt. Arial itself may not be
shipped, so the printed documents use Liberation Sans: a free face drawn on Arial's metrics
(every glyph has Arial's width, so a line breaks where it would in Arial), covering every
character Indonesian texts need (en dash, curly quotes, accented names), under the SIL Open
Font Licence (resources/fonts/LICENSE-Liberation.txt). The window registers the same family
(gui/shared/fonts.py). CI machines need no fonts installed.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kinerja_desktop.resources import resource_path

REGULAR = "KinerjaSans"
BOLD = "KinerjaSans-Bold"
ITALIC = "KinerjaSans-Italic"
BOLD_ITALIC = "KinerjaSans-BoldItalic"
FAMILY = REGULAR

_FILES = {REGULAR: "LiberationSans-Regular.ttf", BOLD: "LiberationSans-Bold.ttf",
          ITALIC: "LiberationSans-Italic.ttf", BOLD_ITALIC: "LiberationSans-BoldItalic.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the four faces and the family mapping (<b>, <i> in Paragraphs); idempotent."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        _registered = True
