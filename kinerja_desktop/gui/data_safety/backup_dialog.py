"""'Cadangkan ke flashdisk': a verified copy of the database into a folder the user picks,
optionally encrypted, off the UI thread with progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
                               QVBoxLayout, QWidget)

from kinerja_desktop.domain.options import BACKUP_FOLDER
from kinerja_desktop.gui.shared.operations import Operation
from kinerja_desktop.gui.shared.settings import GuiSettings
from kinerja_desktop.services.database import Database

MIN_PASSPHRASE = 8


class BackupDialog(QDialog):
    """Choose a folder (a USB stick), optionally a passphrase, and make a verified backup."""

    def __init__(self, db: Database, parent: QWidget | None = None,
                 settings: GuiSettings | None = None):
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Cadangkan basis data"))
        self.db = db
        self.settings = settings or GuiSettings()
        self.operation: Operation | None = None
        self.result_path: Path | None = None
        self.result_warning = ""  # the backup is complete, but (say) its time went unrecorded
        intro = QLabel(self.tr("Salinan lengkap basis data (termasuk bukti dukung) ditulis ke "
                               "folder yang dipilih, lalu diperiksa sebelum diberi nama akhir. "
                               "Aplikasi boleh tetap terbuka."), self)
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit(self.settings.get(BACKUP_FOLDER), self)
        self.folder_edit.setObjectName("folderEdit")
        browse = QPushButton(self.tr("&Pilih folder…"), self)
        browse.setObjectName("browseButton")
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.encrypt_check = QCheckBox(self.tr("&Enkripsi dengan kata sandi (disarankan untuk "
                                               "flashdisk: berisi NIP dan tanggal lahir)"), self)
        self.encrypt_check.setObjectName("encryptCheck")
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("confirmEdit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setStyleSheet("color: #b00020")
        self.problem_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("backupProgress")
        self.progress.setVisible(False)
        form = QFormLayout()
        # A row holding a layout gets no buddy from addRow: without one the label shows its
        # '&' literally and Alt+F goes nowhere.
        folder_label = QLabel(self.tr("&Folder tujuan:"), self)
        folder_label.setObjectName("folderLabel")
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.encrypt_check)
        form.addRow(self.tr("&Kata sandi:"), self.passphrase_edit)
        form.addRow(self.tr("&Ulangi kata sandi:"), self.confirm_edit)
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(self.tr("&Buat cadangan"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("startButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        for widget in (self.folder_edit, self.passphrase_edit, self.confirm_edit):
            widget.textChanged.connect(self.validate)
        self.encrypt_check.toggled.connect(self.validate)
        self.validate()
        self.resize(560, 0)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder cadangan"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def problems(self) -> list[str]:
        found = []
        folder = self.folder_edit.text().strip()
        if not folder:
            found.append(self.tr("Pilih folder tujuan (mis. flashdisk)."))
        elif not Path(folder).is_dir():
            found.append(self.tr("Folder '{0}' tidak ada (flashdisk sudah dicabut?).")
                         .format(folder))
        if self.encrypt_check.isChecked():
            if len(self.passphrase_edit.text()) < MIN_PASSPHRASE:
                found.append(self.tr("Kata sandi minimal {0} karakter.").format(MIN_PASSPHRASE))
            elif self.passphrase_edit.text() != self.confirm_edit.text():
                found.append(self.tr("Kedua kata sandi tidak sama."))
        return found

    def validate(self) -> bool:
        for widget in (self.passphrase_edit, self.confirm_edit):
            widget.setEnabled(self.encrypt_check.isChecked() and self.operation is None)
        found = self.problems()
        self.problem_label.setText("\n".join(found))
        self.start_button.setEnabled(not found and self.operation is None)
        return not found

    def start(self) -> None:
        if not self.validate() or self.operation is not None:
            return
        from kinerja_desktop.services.backup import make_backup
        folder = Path(self.folder_edit.text().strip())
        passphrase = self.passphrase_edit.text() if self.encrypt_check.isChecked() else None
        self.settings.set(BACKUP_FOLDER, str(folder))
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)

        db = self.db

        def work(ctx):
            # make_backup tells a fraction and a step: the bar counts it in thousandths.
            return make_backup(db, folder, passphrase,
                               lambda fraction, text: ctx.progress(round(fraction * 1000),
                                                                   1000, text),
                               ctx.cancelled)

        self.operation = (Operation(self, work, db=db)
            .on_progress(self._progress)
            .finished(self._ended)
            .success(self._finished)
            .cancelled(lambda _exc: self.reject()))  # the worker removed its temporary file
        self.operation.run_in_background()
        self.validate()

    def _progress(self, done: int, total: int, text: str = "") -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{text} %p%" if text else "%p%")

    def _ended(self) -> None:
        self.operation = None
        self.progress.setVisible(False)
        self.validate()

    def _finished(self, result) -> None:
        self.result_path = Path(result.path)
        self.result_warning = result.warning
        self.accept()

    def reject(self) -> None:  # Cancel, Esc and the window's close button
        if self.operation is not None:
            self.operation.cancel()  # it closes once the worker stopped and cleaned up
            return
        super().reject()
