"""The bundled Liberation Sans is available on every PC (the window keeps the platform's UI font),
and the font folder of platforms without system fonts (offscreen on Windows) is the bundled one."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QLabel

from kinerja_desktop.gui.shared import fonts
from kinerja_desktop.resources import resource_path


def test_the_bundled_family_is_registered_and_found(app, qtbot):
    assert "Liberation Sans" in app.property("kinerja_fonts")
    label = QLabel("Data contoh: NIP dan golongan adalah rekaan")
    label.setFont(QFont("Liberation Sans"))
    qtbot.addWidget(label)
    assert QFontInfo(label.font()).family() == "Liberation Sans"  # found, not substituted
    assert label.fontMetrics().horizontalAdvance(label.text()) > 0


def test_the_window_keeps_the_platform_font(app):
    """Windows' UI font (Segoe UI; here a stand-in family) is not replaced app-wide."""
    from kinerja_desktop.gui.app import create_application
    original = app.font()
    platform_font = QFont(original)
    platform_font.setFamily("Segoe UI")
    app.setFont(platform_font)
    try:
        create_application([], "id")
        assert app.font().family() == "Segoe UI"
    finally:
        app.setFont(original)


def test_every_bundled_face_is_registered(app):
    styles = set(QFontDatabase.styles("Liberation Sans"))
    assert {"Regular", "Bold", "Italic", "Bold Italic"} <= styles


def test_the_font_folder_is_the_bundled_one_before_the_application_exists(app):
    # Set by the test session's QApplication (gui_fixtures.qapp_cls), as gui/app.py sets it.
    assert Path(os.environ[fonts.FONT_DIR_VARIABLE]) == resource_path("fonts")
    assert all((resource_path("fonts") / name).is_file() for name in fonts.FILES)


def test_a_font_folder_set_from_outside_wins(monkeypatch, tmp_path):
    monkeypatch.setenv(fonts.FONT_DIR_VARIABLE, str(tmp_path))
    fonts.before_application()
    assert os.environ[fonts.FONT_DIR_VARIABLE] == str(tmp_path)
