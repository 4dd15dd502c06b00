"""Berkas → Sambungkan ke server kantor: the server's address, a connection test, and the
password kept in libpq's password file (never in the app's settings or an address)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from kinerja_desktop.domain.server_address import DEFAULT_PORT, ServerAddress
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.gui.shared.operations import attempt, wait_off_ui_thread
from kinerja_desktop.services.server_setup import passwords_in_windows_store

class ServerDialog(QDialog):
    """Host, port, database, user and password of the office server; Uji sambungan tries
    them off the UI thread. Accepted: address() is what to connect to (its password, if one
    was typed and not saved, only in memory for this session)."""

    def __init__(self, current: ServerAddress | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sambungkan ke server kantor"))
        self.setObjectName("serverDialog")
        self.host = QLineEdit(current.host if current else "")
        self.host.setPlaceholderText(self.tr("mis. 192.168.1.10 atau server-setda"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port if current else DEFAULT_PORT)
        self.database = QLineEdit(current.database if current else "kinerja")
        self.user = QLineEdit(current.user if current else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kosongkan bila sudah tersimpan di PC ini"))
        self.keep_password = QCheckBox(
            self.tr("Simpan kata sandi di Pengelola Kredensial Windows PC ini")
            if passwords_in_windows_store()
            else self.tr("Simpan kata sandi di berkas kata sandi PostgreSQL PC ini (pgpass)"))
        self.tls = QComboBox()
        # libpq's sslmode values, as the user reads them.
        for value, label in (("prefer", self.tr("Bila server menawarkannya")),
                             ("require", self.tr("Wajib")),
                             ("verify-full", self.tr("Wajib, sertifikat server diperiksa")),
                             ("disable", self.tr("Tidak"))):
            self.tls.addItem(label, value)
        if current:
            self.tls.setCurrentIndex(max(0, self.tls.findData(current.sslmode)))
        for name, widget in (("serverHost", self.host), ("serverPort", self.port),
                             ("serverDatabase", self.database), ("serverUser", self.user),
                             ("serverPassword", self.password),
                             ("keepPassword", self.keep_password), ("serverTls", self.tls)):
            widget.setObjectName(name)
        form = QFormLayout()
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Basis data:"), self.database)
        form.addRow(self.tr("Pe&ngguna:"), self.user)
        form.addRow(self.tr("&Kata sandi:"), self.password)
        form.addRow("", self.keep_password)
        form.addRow(self.tr("Sambungan &aman (TLS):"), self.tls)
        self.result_label = QLabel(self.tr("Isi alamat server, lalu tekan Uji sambungan."))
        self.result_label.setObjectName("serverResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton(self.tr("&Uji sambungan"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.addButton(self.tr("&Sambungkan"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setObjectName("connectServer")
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.host.setFocus()

    def address(self) -> ServerAddress:
        """What the fields say; KinerjaError naming the empty field."""
        for widget, label in ((self.host, self.tr("Host")), (self.database,
                                                               self.tr("Basis data")),
                              (self.user, self.tr("Pengguna"))):
            if not widget.text().strip():
                widget.setFocus()
                raise KinerjaError(self.tr("{0} wajib diisi.").format(label))
        return ServerAddress(host=self.host.text().strip(), port=self.port.value(),
                             database=self.database.text().strip(),
                             user=self.user.text().strip(), sslmode=str(self.tls.currentData()),
                             password=self.password.text() or None)

    def test_connection(self) -> bool:
        """Try the fields' address off the UI thread; the answer, or why not, below them."""
        from kinerja_desktop.services.server_setup import check_connection
        try:
            address = self.address()
            self.result_label.setText(self.tr("Menghubungi {0}…").format(address.display()))
            self.result_label.repaint()
            self.result_label.setText(wait_off_ui_thread(lambda: check_connection(address)))
            return True
        except KinerjaError as exc:
            self.result_label.setText(str(exc))
            return False

    def _accept(self) -> None:
        """Connect only to a server that answered; keep the password first when asked."""
        if not self.test_connection():
            return
        if self.keep_password.isChecked() and self.password.text():
            from kinerja_desktop.services.server_setup import store_password
            address = self.address()
            outcome = attempt(self, lambda: store_password(address, self.password.text()),
                              title=self.tr("Kata sandi tidak tersimpan"))
            if not outcome:
                return
        self.accept()
