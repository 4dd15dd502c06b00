"""The list of handovers (serah terima jabatan): new, edit, delete, and print the Berita Acara
or the Memori (by signal)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget)

from kinerja_desktop.domain.handover import HandoverSummary
from kinerja_desktop.gui.documents.handover_dialog import HandoverDialog
from kinerja_desktop.gui.shared.formatting import format_date
from kinerja_desktop.gui.shared.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.gui.shared.list_model import ListTableModel
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.gui.shared.widgets import HINT_COLOUR, confirm
from kinerja_desktop.services.handover import HandoverService
from kinerja_desktop.services.database import Database

HANDOVER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class HandoverListModel(ListTableModel[HandoverSummary]):
    """Handovers, newest first."""

    HEADERS = (QT_TRANSLATE_NOOP("HandoverListModel", "Tanggal"),
               QT_TRANSLATE_NOOP("HandoverListModel", "Jabatan"),
               QT_TRANSLATE_NOOP("HandoverListModel", "Yang menyerahkan"),
               QT_TRANSLATE_NOOP("HandoverListModel", "Yang menerima"),
               QT_TRANSLATE_NOOP("HandoverListModel", "Nomor"),
               QT_TRANSLATE_NOOP("HandoverListModel", "Rincian"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        h = self.item(index)
        if h is None:
            return None
        if role == HANDOVER_ID_ROLE:
            return h.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (format_date(h.date), h.post_title, h.outgoing_name, h.incoming_name,
                  h.number, self.tr("{0} baris").format(h.item_count))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return f"{h.post_title}\n{h.unit_name}"
        return values[index.column()]


class HandoverListDialog(QDialog):
    """Handovers with New/Edit/Delete; "Cetak berita acara…" emits print_requested(handover
    id), "Cetak memori…" memo_print_requested(handover id)."""

    print_requested = Signal(int)
    memo_print_requested = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("handoverListDialog")
        self.setWindowTitle(self.tr("Serah terima jabatan"))
        self.db = db
        self.service = HandoverService(db)
        self.model = HandoverListModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("handoverTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Daftar serah terima jabatan"))
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.installEventFilter(self)
        self.empty_label = QLabel(self.tr("Belum ada serah terima jabatan. Tekan \"Baru…\" "
                                          "untuk mencatat berita acara serah terima."), self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(f"color: {HINT_COLOUR}")

        self.new_button = self._button(self.tr("&Baru…"), self.new, "newButton")
        self.edit_button = self._button(self.tr("&Ubah…"), self.edit, "editButton")
        self.delete_button = self._button(self.tr("&Hapus…"), self.delete, "deleteButton")
        self.print_button = self._button(self.tr("&Cetak berita acara…"), self.request_print,
                                         "printButton")
        self.print_button.setToolTip(self.tr("Cetak berita acara serah terima jabatan"))
        self.memo_button = self._button(self.tr("Cetak &memori…"), self.request_memo_print,
                                        "printMemoButton")
        self.memo_button.setToolTip(self.tr(
            "Cetak memori serah terima jabatan, yang ditandatangani pejabat yang menyerahkan"))
        bar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button, self.print_button,
                       self.memo_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(bar)
        layout.addWidget(self.buttons)
        self.resize(900, 420)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def _button(self, text: str, slot, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # Reading ----------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        current = select if select is not None else self.selected_id()
        handovers = attempt(self, self.service.handovers)
        if not handovers:
            return
        self.model.set_items(handovers.value)
        row = next((n for n, h in enumerate(self.model.items) if h.id == current), None)
        if row is None and self.model.items:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self.empty_label.setVisible(not self.model.items)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.model.item(rows[0])
        return item.id if item else None

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (self.edit_button, self.delete_button, self.print_button,
                       self.memo_button):
            button.setEnabled(has)

    # Actions ----------------------------------------------------------------------------------
    def open_editor(self, handover_id: int | None = None) -> HandoverDialog:
        """Run the handover dialog (modal); refresh and select what it saved."""
        dialog = HandoverDialog(self.db, handover_id, self)
        if dialog.exec():
            self.refresh(dialog.saved_id)
        return dialog

    def new(self) -> None:
        self.open_editor()

    def edit(self) -> None:
        handover_id = self.selected_id()
        # Deleted meanwhile (on another PC, say): the refusal is shown and the list read again.
        if handover_id is not None and not attempt(self, lambda: self.open_editor(handover_id)):
            self.refresh()

    def delete(self) -> None:
        handover_id = self.selected_id()
        if handover_id is None:
            return
        h = next(h for h in self.model.items if h.id == handover_id)
        if not confirm(
            self, self.tr("Hapus serah terima"),
            self.tr("Hapus serah terima {0} dari {1} kepada {2} tanggal {3}? Tindakan ini "
                    "tidak dapat dibatalkan.").format(h.post_title, h.outgoing_name,
                                                       h.incoming_name, format_date(h.date))):
            return
        attempt(self, lambda: self.service.delete(handover_id))
        self.refresh()

    def request_print(self) -> None:
        handover_id = self.selected_id()
        if handover_id is not None:
            self.print_requested.emit(handover_id)

    def request_memo_print(self) -> None:
        handover_id = self.selected_id()
        if handover_id is not None:
            self.memo_print_requested.emit(handover_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Delete and Enter on the list act on the selected handover (the view ignores them).
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Delete:
                self.delete()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit()
                return True
        return super().eventFilter(watched, event)
