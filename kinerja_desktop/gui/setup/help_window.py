"""The user guide (resources/panduan/index.html) in a QTextBrowser, offline, find-as-you-type."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextBrowser,
                               QVBoxLayout, QWidget)

from kinerja_desktop.resources import resource_path


def guide_path():
    """The bundled guide; its images sit beside it in gambar/."""
    return resource_path("panduan", "index.html")


class HelpWindow(QWidget):
    """Its own window, so the user can keep it open beside the main window."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Panduan Pengguna"))
        self.resize(820, 700)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(True)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("helpSearch")
        self.search_edit.setPlaceholderText(self.tr("Cari dalam panduan…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self.find_text(from_start=True))
        self.search_edit.returnPressed.connect(self.find_text)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("helpSearchStatus")
        contents = QPushButton(self.tr("&Daftar isi"), self)
        contents.clicked.connect(self.show_contents)
        top = QHBoxLayout()
        top.addWidget(contents)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find_text)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.escape)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path())))

    def escape(self) -> None:
        """Escape in a filled search box clears the search, as in other search boxes; only
        an Escape after that, or from elsewhere in the window, closes the guide."""
        if self.search_edit.hasFocus() and self.search_edit.text():
            self.search_edit.clear()
            return
        self.close()

    def show_contents(self) -> None:
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path())))
        self.browser.verticalScrollBar().setValue(0)  # the table of contents is at the top

    def find_text(self, from_start: bool = False) -> bool:
        """Select the next occurrence of the search text (wrapping round once)."""
        text = self.search_edit.text().strip()
        if from_start or not text:
            cursor = self.browser.textCursor()
            cursor.clearSelection()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
        if not text:
            self.status_label.clear()
            return False
        found = self.browser.find(text)
        if not found:  # wrap round
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, QTextDocument.FindFlag(0))
        self.status_label.setText("" if found else self.tr("Tidak ditemukan"))
        return found


_window: HelpWindow | None = None


def show_help(parent: QWidget | None = None) -> HelpWindow:
    """One guide window, raised again if it is already open."""
    global _window
    if _window is None:
        _window = HelpWindow(parent)
        _window.destroyed.connect(_forget)
    _window.show()
    _window.raise_()
    _window.activateWindow()
    return _window


def _forget(*_args) -> None:
    global _window
    _window = None
