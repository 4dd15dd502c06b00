"""'Periksa Dokumen': type the code printed on a sheet (or paste the QR text) and see whether
it matches a document of this database, which one, and whether it is the current version."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.services.documents import DocumentService, Verification


class VerifyDialog(QDialog):
    """Check a printed document's verification code."""

    def __init__(self, service: DocumentService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Periksa Dokumen"))
        self.service = service
        self.verification: Verification | None = None
        intro = QLabel(self.tr("Ketik kode verifikasi yang tercetak di kaki dokumen (mis. "
                               "K7Q2-9XPM), atau tempel isi kode QR-nya."), self)
        intro.setWordWrap(True)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("codeEdit")
        self.code_edit.setPlaceholderText("XXXX-XXXX")
        self.check_button = QPushButton(self.tr("&Periksa"), self)
        self.check_button.setObjectName("checkButton")
        self.check_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.check_button)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setMinimumHeight(60)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.check_button.clicked.connect(self.check)
        self.code_edit.returnPressed.connect(self.check)
        self.code_edit.textChanged.connect(
            lambda text: self.check_button.setEnabled(bool(text.strip())))
        self.check_button.setEnabled(False)
        self.resize(520, 220)

    def check(self) -> None:
        text = self.code_edit.text().strip()
        if not text:
            return
        verified = attempt(self, lambda: self.service.verify(text))
        if not verified:
            return
        self.verification = verified.value
        good = self.verification.found and self.verification.matches and self.verification.current
        colour = "#1b5e20" if good else "#b00020"
        mark = "✔" if good else "✖"
        self.result_label.setText(f"<span style='color:{colour}'><b>{mark}</b> "
                                  f"{escape(self.verification.message)}</span>")
