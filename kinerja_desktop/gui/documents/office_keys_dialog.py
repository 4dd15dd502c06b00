"""'Kunci kantor': this office's key that signs the QR codes it prints (its public half exported
for other offices) and the other offices' public keys imported to check their printouts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog,
                               QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.gui.shared.widgets import confirm
from kinerja_desktop.services import office_key
from kinerja_desktop.services.database import Database
from kinerja_desktop.services.office_key import KEY_FILE_SUFFIX, OfficeKey


class OfficeKeysDialog(QDialog):
    """List the known office keys with their fingerprints; export ours, import or remove
    another office's."""

    COLUMN_ID, COLUMN_OFFICE, COLUMN_FINGERPRINT, COLUMN_SOURCE = range(4)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("officeKeysDialog")
        self.setWindowTitle(self.tr("Kunci kantor"))
        self.db = db
        self.keys: list[OfficeKey] = []
        intro = QLabel(self.tr(
            "Kode QR setiap dokumen yang dicetak ditandatangani dengan kunci kantor ini. Kantor "
            "lain yang mengimpor kunci publiknya dapat memeriksa cetakan Anda tanpa basis data "
            "Anda; impor kunci publik kantor lain untuk memeriksa cetakan mereka. Cocokkan "
            "sidik jarinya lewat telepon sebelum mengimpor."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("keysTable")
        self.table.setHorizontalHeaderLabels([self.tr("Id"), self.tr("Kantor"),
                                              self.tr("Sidik jari"), self.tr("Asal")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COLUMN_OFFICE, QHeaderView.ResizeMode.Stretch)
        for column in (self.COLUMN_ID, self.COLUMN_FINGERPRINT, self.COLUMN_SOURCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.export_button = QPushButton(self.tr("&Ekspor kunci publik kantor ini…"), self)
        self.export_button.setObjectName("exportKeyButton")
        self.import_button = QPushButton(self.tr("&Impor kunci kantor lain…"), self)
        self.import_button.setObjectName("importKeyButton")
        self.remove_button = QPushButton(self.tr("&Hapus kunci"), self)
        self.remove_button.setObjectName("removeKeyButton")
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.export_button.clicked.connect(lambda: self.export_key())
        self.import_button.clicked.connect(lambda: self.import_key())
        self.remove_button.clicked.connect(self.remove_key)
        self.table.itemSelectionChanged.connect(self._update)
        # The office's own key is made here if the setup has not made it yet: it is listed.
        attempt(self, lambda: office_key.ensure(db))
        self.refresh()
        self.resize(820, 340)

    def refresh(self) -> None:
        found = attempt(self, lambda: office_key.known_keys(self.db))
        self.keys = found.value if found else []
        self.table.setRowCount(len(self.keys))
        for row, key in enumerate(self.keys):
            source = (self.tr("Kantor ini") if key.own
                      else self.tr("Diimpor {0}").format(key.imported_on or "-"))
            office = key.office or self.tr("(nama instansi belum diisi)")
            for column, text in ((self.COLUMN_ID, key.key_id), (self.COLUMN_OFFICE, office),
                                 (self.COLUMN_FINGERPRINT, key.fingerprint),
                                 (self.COLUMN_SOURCE, source)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._update()

    def selected_key(self) -> OfficeKey | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.keys[rows.pop()] if len(rows) == 1 else None

    def _update(self) -> None:
        key = self.selected_key()
        self.remove_button.setEnabled(key is not None and not key.own)

    def export_key(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Ekspor kunci publik kantor ini"), f"kunci-kantor{KEY_FILE_SUFFIX}",
                self.tr("Kunci kantor (*{0})").format(KEY_FILE_SUFFIX))
        if not path:
            return
        target = Path(path if path.endswith(KEY_FILE_SUFFIX) else path + KEY_FILE_SUFFIX)
        written = attempt(self, lambda: office_key.export_public(self.db, target))
        if written:
            key = written.value
            QMessageBox.information(self, self.tr("Ekspor kunci publik"), self.tr(
                "Kunci publik {0} ditulis ke {1}.\n\nSidik jari: {2}\n\nKirim berkasnya ke "
                "kantor lain, lalu bacakan sidik jari ini lewat telepon sebelum mereka "
                "mengimpornya.").format(key.office, target, key.fingerprint))

    def import_key(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Impor kunci kantor lain"), "",
                self.tr("Kunci kantor (*{0});;Semua berkas (*)").format(KEY_FILE_SUFFIX))
        if not path:
            return
        read = attempt(self, lambda: office_key.read_key_file(path))
        if not read:
            return
        key = read.value
        # The fingerprint is shown before anything is trusted: the office reads it out.
        if not confirm(self, self.tr("Impor kunci kantor lain"), self.tr(
                "Percayai kunci {0}?\n\nSidik jari: {1}\n\nCocokkan sidik jari ini dengan "
                "yang dibacakan kantor tersebut lewat telepon; bila berbeda, jangan "
                "diimpor.").format(key.office, key.fingerprint)):
            return
        imported = attempt(self, lambda: office_key.import_public(self.db, path))
        if not imported:
            return
        key, added = imported.value
        self.refresh()
        text = (self.tr("Kunci {0} diimpor: kode QR cetakannya kini dapat diperiksa di sini.")
                if added else self.tr("Kunci {0} sudah dikenal; tidak ada yang diubah."))
        QMessageBox.information(self, self.tr("Impor kunci kantor lain"), text.format(key.office))

    def remove_key(self) -> None:
        key = self.selected_key()
        if key is None or key.own:
            return
        if not confirm(self, self.tr("Hapus kunci"), self.tr(
                "Hapus kunci {0}? Kode QR cetakan kantor itu tidak lagi dapat diperiksa di "
                "sini sampai kuncinya diimpor lagi.").format(key.office)):
            return
        if attempt(self, lambda: office_key.remove_trusted(self.db, key.key_id)):
            self.refresh()
