"""Tentang Kinerja Desktop: version, where the data is, and the bundled parts' licences."""

from __future__ import annotations

import html
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout,
                               QWidget)

from kinerja_desktop import APP_NAME, __version__
from kinerja_desktop.paths import data_dir, is_portable
from kinerja_desktop.resources import resource_path

# (shown name, distribution for the version, licence as the installed package metadata states
#  it — tests/gui/test_about_dialog.py checks these against importlib.metadata)
BUNDLED = (
    ("Qt / PySide6", "PySide6_Essentials", "LGPL-3.0 (LGPLv3)"),
    ("ReportLab", "reportlab", "BSD"),
    ("peewee", "peewee", "MIT"),
    ("openpyxl", "openpyxl", "MIT"),
    ("pyHanko", "pyHanko", "MIT"),
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    # The PostgreSQL driver (a shared server), with its libpq, under the LGPLv3 as Qt is.
    ("psycopg", "psycopg", "LGPL-3.0-only (LGPLv3)"),
    ("psycopg-binary (libpq)", "psycopg-binary", "LGPL-3.0-only (LGPLv3)"),
)
# The one bundled face (Arial metrics): the printed documents' (embedded in every PDF the app
# writes) and the window's stand-in where a PC lacks a font.
LIBERATION_LICENCE = ("fonts", "LICENSE-Liberation.txt")
# Qt is used under the LGPLv3, which asks that its text and the GPLv3's go with the program.
LGPL_LICENCE = ("licenses", "LGPL-3.0.txt")
GPL_LICENCE = ("licenses", "GPL-3.0.txt")


def package_version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:  # a frozen build may carry no metadata
        return "—"


class AboutDialog(QDialog):
    def __init__(self, database_path: Path | str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Tentang Kinerja Desktop"))
        self.resize(640, 560)
        mode = self.tr("portabel") if is_portable() else self.tr("folder data pengguna")
        self.info_label = QLabel(self.tr(
            "<b>{0}</b> versi {1}<br>Target 100 hari dan evaluasi kinerja pejabat eselon II."
            "<br><br>Basis data: {2}<br>Folder data: {3} ({4})").format(
                APP_NAME, __version__, html.escape(str(database_path)),
                html.escape(str(data_dir())), mode), self)
        self.info_label.setObjectName("aboutInfo")
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licences = QTextBrowser(self)
        self.licences.setObjectName("licenceText")
        self.licences.setOpenExternalLinks(True)
        self.licences.setHtml(self._licence_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info_label)
        layout.addWidget(QLabel(self.tr("Komponen yang disertakan dan lisensinya:"), self))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)

    def _licence_html(self) -> str:
        qt_note = self.tr("Qt dan PySide6 dipakai di bawah LGPLv3; kode sumbernya tersedia di "
                          "https://www.qt.io/.")
        heads = (self.tr("Komponen"), self.tr("Versi"), self.tr("Lisensi"))
        ofl = self.tr("SIL Open Font License 1.1 (lihat di bawah)")
        liberation_title = self.tr("Lisensi fon Liberation Sans")
        rows = [(name, package_version(dist), licence) for name, dist, licence in BUNDLED]
        rows.append(("Liberation Sans", "—", ofl))
        liberation = self._read(LIBERATION_LICENCE)
        lgpl = self._read(LGPL_LICENCE)
        lgpl_title = self.tr("Lisensi LGPL versi 3 (Qt, PySide6)")
        gpl_note = self.tr("Teks GPL versi 3, yang dirujuk LGPL, ada di berkas {0}.").format(
            resource_path(*GPL_LICENCE))
        cells = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                        for row in rows)
        head = "".join(f"<th>{html.escape(h)}</th>" for h in heads)
        return (f"<table cellspacing='0' cellpadding='3' border='1'><tr>{head}</tr>{cells}"
                f"</table><p>{html.escape(qt_note)}</p><h4>{html.escape(liberation_title)}</h4>"
                f"<pre>{html.escape(liberation)}</pre><h4>{html.escape(lgpl_title)}</h4>"
                f"<p>{html.escape(gpl_note)}</p><pre>{html.escape(lgpl)}</pre>")

    def _read(self, parts: tuple[str, str]) -> str:
        path = resource_path(*parts)
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            return self.tr("Berkas lisensi tidak ditemukan: {0}").format(path)
