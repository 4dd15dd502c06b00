"""Scanned signatures of the signatories (Bupati, Wakil Bupati, Sekda …), stored in the
database and placed on printed documents when the user asks for them."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.services import documents
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.services.database import Database


class SignatureDialog(QDialog):
    """Choose or remove each signatory's scanned signature."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signatureDialog")
        self.setWindowTitle(self.tr("Tanda tangan pindaian"))
        self.db = db
        self.list = QListWidget(self)
        self.list.setObjectName("signatoryList")
        self.preview = QLabel(self)
        self.preview.setObjectName("signaturePreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(260, 120)
        self.preview.setStyleSheet("background: white; border: 1px solid #ccc")
        self.choose_button = QPushButton(self.tr("&Pilih gambar…"), self)
        self.choose_button.setObjectName("chooseButton")
        self.remove_button = QPushButton(self.tr("&Hapus gambar"), self)
        self.remove_button.setObjectName("removeButton")
        note = QLabel(self.tr("Gambar PNG atau JPEG (maksimal 2 MB), sebaiknya berlatar putih "
                              "atau transparan. Gambar dipasang hanya bila dipilih saat "
                              "mencetak."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(self.preview)
        side.addWidget(self.choose_button)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(lambda _row: self._show())
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        for s in RosterService(db).signatories():
            item = QListWidgetItem(f"{s.name} — {s.title}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.preview.setText(self.tr("Belum ada penandatangan."))
        self._show()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show(self) -> None:
        signatory = self.current_id()
        image = documents.signature_image(self.db, signatory) if signatory else None
        self.choose_button.setEnabled(signatory is not None)
        self.remove_button.setEnabled(image is not None)
        if image is None:
            self.preview.setPixmap(QPixmap())
            if signatory is not None:
                self.preview.setText(self.tr("(belum ada gambar)"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray(image))
        self.preview.setPixmap(pixmap.scaled(self.preview.size(),
                                             Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))

    def choose(self, path: str | None = None) -> None:
        signatory = self.current_id()
        if signatory is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Gambar tanda tangan"), "",
                                                  self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if not path:
            return
        attempt(self, lambda: documents.set_signature_image(self.db, signatory, path))
        self._show()

    def remove(self) -> None:
        signatory = self.current_id()
        if signatory is None:
            return
        if QMessageBox.question(self, self.tr("Hapus gambar"),
                                self.tr("Hapus gambar tanda tangan penandatangan ini?")) != \
                QMessageBox.StandardButton.Yes:
            return
        attempt(self, lambda: documents.set_signature_image(self.db, signatory, None))
        self._show()
