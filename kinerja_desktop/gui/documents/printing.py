"""Printing from the windows: options, 'Cetak' (open in the system viewer), 'Simpan PDF', and
batches off the UI thread with progress and cancel."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLineEdit, QMessageBox, QPushButton,
                               QRadioButton, QVBoxLayout, QWidget)

from kinerja_desktop.gui.shared.operations import Operation, attempt
from kinerja_desktop.paths import data_dir
from kinerja_desktop.services.documents import DocumentService
from kinerja_desktop.services.database import Database



class PrintOptionsDialog(QDialog):
    """Paper size, scanned signatures, and an optional digital signature (PKCS#12)."""

    def __init__(self, service: DocumentService, parent: QWidget | None = None,
                 batch: bool = False):
        super().__init__(parent)
        self.setObjectName("printOptionsDialog")
        self.setWindowTitle(self.tr("Pilihan cetak"))
        self.service = service
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("paperCombo")
        self.paper_combo.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper_combo.addItem(self.tr("F4/Folio (215 × 330 mm)"), "F4")
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(service.paper()))
        self.images_check = QCheckBox(self.tr("Pasang gambar &tanda tangan pindaian"), self)
        self.images_check.setObjectName("imagesCheck")
        self.sign_check = QCheckBox(self.tr("Tandatangani PDF secara &digital"), self)
        self.sign_check.setObjectName("signCheck")
        self.certificate_edit = QLineEdit(self)
        self.certificate_edit.setObjectName("certificateEdit")
        self.certificate_edit.setPlaceholderText(self.tr("berkas sertifikat .p12 / .pfx"))
        browse = QPushButton(self.tr("Pilih…"), self)
        browse.clicked.connect(self._choose_certificate)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        certificate_row = QHBoxLayout()
        certificate_row.addWidget(self.certificate_edit, 1)
        certificate_row.addWidget(browse)
        self.one_pdf_radio = QRadioButton(self.tr("Satu PDF berisi semua lembar"), self)
        self.per_official_radio = QRadioButton(self.tr("Satu PDF per pejabat ke sebuah folder"),
                                               self)
        self.one_pdf_radio.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("&Kertas:"), self.paper_combo)
        form.addRow("", self.images_check)
        if batch:
            form.addRow("", self.one_pdf_radio)
            form.addRow("", self.per_official_radio)
        else:
            form.addRow("", self.sign_check)
            form.addRow(self.tr("Sertifikat:"), certificate_row)
            form.addRow(self.tr("Kata sandi:"), self.password_edit)
        self.one_pdf_radio.setVisible(batch)
        self.per_official_radio.setVisible(batch)
        self.sign_check.toggled.connect(self._update)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update()

    def _update(self) -> None:
        for widget in (self.certificate_edit, self.password_edit):
            widget.setEnabled(self.sign_check.isChecked())

    def _choose_certificate(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Sertifikat tanda tangan digital"),
                                              "", self.tr("Sertifikat PKCS#12 (*.p12 *.pfx)"))
        if path:
            self.certificate_edit.setText(path)
            self.sign_check.setChecked(True)

    def accept(self) -> None:
        if self.sign_check.isChecked() and not self.certificate_edit.text().strip():
            QMessageBox.warning(self, self.tr("Tanda tangan digital"),
                                self.tr("Pilih berkas sertifikat (.p12) lebih dahulu."))
            return
        if attempt(self, lambda: self.service.set_paper(self.paper_combo.currentData())):
            super().accept()

    def signing(self) -> tuple[str, str] | None:
        if not self.sign_check.isChecked():
            return None
        return self.certificate_edit.text().strip(), self.password_edit.text()


def _write(service: DocumentService, kind: str, subject_id: int, target: Path,
           options: PrintOptionsDialog) -> str:
    """Render (and sign, if asked); return the verification code."""
    signing = options.signing()
    if signing is None:
        return service.print(kind, subject_id, target, options.images_check.isChecked()).code
    from io import BytesIO

    from kinerja_desktop.services.pdf_signing import certificate_of, sign_pdf
    # The certificate opened first: a wrong password or file registers no code.
    certificate_of(signing[0], signing[1])
    buffer = BytesIO()
    record = service.print(kind, subject_id, buffer, options.images_check.isChecked())
    sign_pdf(buffer.getvalue(), target, signing[0], signing[1], reason=record.title)
    return record.code


def print_document(parent: QWidget, db: Database, kind: str, subject_id: int,
                   save: bool = False, suggested_name: str = "dokumen.pdf") -> Path | None:
    """'Cetak' (open the PDF in the system viewer) or 'Simpan PDF' (ask where)."""
    service = DocumentService(db)
    options = PrintOptionsDialog(service, parent)
    if options.exec() != QDialog.DialogCode.Accepted:
        return None
    if save:
        chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate(
            "Printing", "Simpan PDF"),
                                                suggested_name, "PDF (*.pdf)")
        if not chosen:
            return None
        target = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
    else:
        folder = data_dir() / "cetak"
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f"{kind}-", suffix=".pdf", dir=folder)
        os.close(handle)
        target = Path(name)
    # One sheet renders (and signs) in well under a second: at once, and its path returned.
    written = attempt(parent, lambda: _write(service, kind, subject_id, target, options))
    if not written:
        return None
    code = written.value
    # Scanned signatures asked for but not stored: said, and the PDF printed all the same.
    missing = _unscanned_notice(service)
    if missing and not save:
        QMessageBox.information(parent, QCoreApplication.translate(
            "Printing", "Tanda tangan pindaian"), missing)
    if save:
        QMessageBox.information(parent, QCoreApplication.translate(
            "Printing", "Simpan PDF"),
                                QCoreApplication.translate(
            "Printing", "Tersimpan di {0}\nKode verifikasi: {1}")
                                .format(target, code) + (f"\n\n{missing}" if missing else ""))
    elif not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
        QMessageBox.information(parent, QCoreApplication.translate(
            "Printing", "Cetak"),
                                QCoreApplication.translate(
            "Printing", "Tidak ada penampil PDF untuk membuka "
                                                    "dokumen. Berkasnya ada di:\n{0}")
                                .format(target))
    return target


def _unscanned_notice(service: DocumentService) -> str:
    """Who signs the documents just printed with scanned signatures asked for but none
    stored (their place is left blank to sign by hand); empty when everyone had one."""
    if not service.unscanned:
        return ""
    return QCoreApplication.translate(
        "Printing", "Tanda tangan pindaian belum tersimpan untuk: {0}. Tempat tanda tangannya "
                    "dibiarkan kosong untuk ditandatangani dengan tangan; simpan pindaiannya "
                    "lewat Evaluasi → Tanda tangan pindaian.").format(", ".join(service.unscanned))


def print_batch(parent: QWidget, db: Database, inauguration_day: date | None) -> None:
    """Every final evaluation (of an inauguration) into one PDF or a folder, off the UI thread."""
    service = DocumentService(db)
    found = attempt(parent, lambda: service.final_evaluations(inauguration_day))
    if not found:
        return
    ids = found.value
    if not ids:
        QMessageBox.information(parent, QCoreApplication.translate(
            "Printing", "Cetak batch"),
                                QCoreApplication.translate(
            "Printing", "Belum ada evaluasi final untuk dicetak."))
        return
    options = PrintOptionsDialog(service, parent, batch=True)
    if options.exec() != QDialog.DialogCode.Accepted:
        return
    per_official = options.per_official_radio.isChecked()
    if per_official:
        chosen = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate(
            "Printing", "Folder tujuan"))
    else:
        chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate(
            "Printing", "Simpan PDF"),
                                                "lembar-evaluasi.pdf", "PDF (*.pdf)")
    if not chosen:
        return
    target = Path(chosen)
    images = options.images_check.isChecked()

    def finished(records) -> None:
        QMessageBox.information(parent, QCoreApplication.translate(
            "Printing", "Cetak batch"),
                                QCoreApplication.translate(
            "Printing", "{0} lembar evaluasi dicetak ke {1}.").format(
                                    len(records), target) + (
            f"\n\n{_unscanned_notice(service)}" if service.unscanned else ""))

    # A cancelled batch leaves no file: its notice goes to the status bar, not an error box.
    (Operation(parent, lambda ctx: service.print_batch(
        ids, target, per_official, images, ctx.progress, ctx.cancelled,
        lambda text: ctx.progress(0, len(ids), text)), db=db)
     .with_progress(QCoreApplication.translate(
         "Printing", "Mencetak {0} lembar evaluasi…").format(len(ids)), cancellable=True,
         title=QCoreApplication.translate("Printing", "Cetak batch"))
     .success(finished)
     .run_in_background())
