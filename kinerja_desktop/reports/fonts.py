"""The bundled DejaVu Sans family, registered once with ReportLab (subsets are embedded).

Sans rather than Serif: the tata naskah dinas rules of the Ministry of Home Affairs set official
letters in Arial, so a sans face is what staff expect on a printed sheet; DejaVu Sans covers every
character Indonesian texts need (en dash, curly quotes, accented names) and ships with a free
licence (resources/fonts/LICENSE-DejaVu.txt). CI machines need no fonts installed.
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

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ITALIC: "DejaVuSans-Oblique.ttf", BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
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
