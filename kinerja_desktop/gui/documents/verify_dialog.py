"""'Periksa Dokumen': type the code printed on a sheet, or paste (or scan into the box) the QR
text, and see which office issued it, what the paper must show, whether the office's signature
holds and, where this database has the code, whether it is still the current version."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.services.documents import DocumentService, Verification


class VerifyDialog(QDialog):
    """Check a printed document's verification code or QR text."""

    def __init__(self, service: DocumentService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Periksa Dokumen"))
        self.service = service
        self.verification: Verification | None = None
        intro = QLabel(self.tr("Ketik kode verifikasi yang tercetak di kaki dokumen (mis. "
                               "K7Q2-9XPM), atau tempel isi kode QR-nya. Kode QR dari kantor "
                               "lain diperiksa tanpa basis data kantor itu bila kunci "
                               "publiknya sudah diimpor (Evaluasi → Kunci kantor)."), self)
        intro.setWordWrap(True)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("codeEdit")
        self.code_edit.setPlaceholderText(self.tr("XXXX-XXXX atau isi kode QR"))
        self.check_button = QPushButton(self.tr("&Periksa"), self)
        self.check_button.setObjectName("checkButton")
        self.check_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.check_button)
        self.issuer_label = QLabel(self)
        self.issuer_label.setObjectName("issuerLabel")
        self.issuer_label.setWordWrap(True)
        self.issuer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setMinimumHeight(60)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keys_button = QPushButton(self.tr("Impor &kunci kantor…"), self)
        self.keys_button.setObjectName("keysButton")
        self.keys_button.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.issuer_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.keys_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        self.check_button.clicked.connect(self.check)
        self.code_edit.returnPressed.connect(self.check)
        self.code_edit.textChanged.connect(
            lambda text: self.check_button.setEnabled(bool(text.strip())))
        self.keys_button.clicked.connect(self.open_keys)
        self.check_button.setEnabled(False)
        self.resize(600, 280)

    def check(self) -> None:
        text = self.code_edit.text().strip()
        if not text:
            return
        verified = attempt(self, lambda: self.service.verify(text))
        if not verified:
            return
        self.verification = found = verified.value
        good = found.accepted
        colour = "#1b5e20" if good else "#b00020"
        mark = "✔" if good else "✖"
        if found.signed:
            self.issuer_label.setText(self.tr("<b>Diterbitkan oleh:</b> {0}").format(
                escape(found.issuer)))
        elif found.unknown_key:
            self.issuer_label.setText(self.tr("<b>Penerbit tidak dikenal</b> (kunci {0})")
                                      .format(escape(found.key_id)))
        else:
            self.issuer_label.setText("")
        self.issuer_label.setVisible(bool(self.issuer_label.text()))
        self.keys_button.setVisible(found.unknown_key)
        # The message comes from the core, Indonesian in either interface language.
        self.result_label.setText(f"<span style='color:{colour}'><b>{mark}</b> "
                                  f"{escape(found.message)}</span>")

    def open_keys(self) -> None:
        """Import the issuing office's key, then check the same text again."""
        from kinerja_desktop.gui.documents.office_keys_dialog import OfficeKeysDialog
        OfficeKeysDialog(self.service.db, self).exec()
        self.check()
