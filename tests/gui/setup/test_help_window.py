"""The user guide: bundled HTML with its screenshots, offline, anchors and search."""

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from kinerja_desktop.gui.setup.help_window import HelpWindow, guide_path
from tests.helpers.shadowing import hidden_methods


def images_of_guide() -> list[str]:
    return re.findall(r'<img src="([^"]+)"', guide_path().read_text(encoding="utf-8"))


def test_guide_is_bundled_with_small_images():
    images = images_of_guide()
    assert 6 <= len(images) <= 8
    for name in images:
        path = guide_path().parent / name
        assert path.is_file(), name
        assert path.stat().st_size <= 210_000, name


def test_window_shows_the_guide_with_its_images(app, qtbot):
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    text = window.browser.toPlainText()
    assert "Panduan Pengguna Kinerja Desktop" in text
    for section in ("Daftar pejabat", "Pelantikan", "Evaluasi", "Papan pemantauan",
                    "Riwayat perubahan"):
        assert section in text
    document = window.browser.document()
    for name in images_of_guide():
        url = window.browser.source().resolved(QUrl(name))
        image = document.resource(QTextDocument.ResourceType.ImageResource, url)
        assert image is not None and not image.isNull(), name


def test_table_of_contents_links_to_sections(app, qtbot):
    window = HelpWindow()
    qtbot.addWidget(window)
    window.resize(700, 400)
    window.show()
    qtbot.waitExposed(window)
    bar = window.browser.verticalScrollBar()
    assert bar.value() == 0
    window.browser.setSource(window.browser.source().resolved(QUrl("#riwayat")))
    qtbot.waitUntil(lambda: bar.value() > 0)
    assert "index.html" in window.browser.source().toString()
    window.show_contents()
    qtbot.waitUntil(lambda: bar.value() == 0)


def test_search_as_you_type(app, qtbot):
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    window.search_edit.setText("flashdisk")
    assert window.browser.textCursor().selectedText().lower() == "flashdisk"
    assert window.status_label.text() == ""
    window.search_edit.setText("tidak-ada-di-panduan")
    assert window.status_label.text() == "Tidak ditemukan"


def test_f1_opens_the_guide_from_the_main_window(main_window, qtbot):
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QApplication
    action = main_window.findChild(QAction, "helpAction")
    assert action.shortcut() == QKeySequence("F1")
    action.trigger()
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow)]
    assert windows and windows[0].isVisible()
    windows[0].close()


def test_the_search_does_not_hide_qwidget_find(app, qtbot):
    # It was named find(), which hid the static QWidget.find(window id) with another meaning.
    window = HelpWindow()
    qtbot.addWidget(window)
    assert hidden_methods(window) == []
    assert HelpWindow.find(window.winId()) is window


def test_escape_in_the_search_clears_it_before_closing(app, qtbot):
    window = HelpWindow()
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # the Escape shortcut needs an active window
        window.show()
        window.activateWindow()
    window.search_edit.setFocus()
    qtbot.keyClicks(window.search_edit, "flashdisk")
    assert window.browser.textCursor().selectedText().lower() == "flashdisk"
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert window.isVisible() and window.search_edit.text() == ""
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert not window.isVisible()
