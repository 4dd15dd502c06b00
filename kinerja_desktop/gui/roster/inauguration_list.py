"""Pelantikan → Daftar pelantikan: open a recorded inauguration, correct it or delete it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QGroupBox, QHeaderView, QLineEdit, QPlainTextEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from kinerja_desktop.gui.shared.formatting import format_date, from_qdate, to_qdate
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.gui.shared.widgets import confirm
from kinerja_desktop.services import inauguration as service

if TYPE_CHECKING:
    from kinerja_desktop.services.inauguration import InaugurationRow
    from kinerja_desktop.services.database import Database


class InaugurationListDialog(QDialog):
    """The inaugurations, latest first; the selected one's details are corrected in place (a
    reason is required), or it is deleted while nothing depends on it. `changed` runs after a
    write, so the window refreshes."""

    def __init__(self, db: Database, parent: QWidget | None = None,
                 changed: Callable[[], None] = lambda: None):
        super().__init__(parent)
        self.db, self.changed = db, changed
        self.rows: list[InaugurationRow] = []
        self.setWindowTitle(self.tr("Daftar pelantikan"))
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("inaugurationTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tanggal"), self.tr("Tempat"), self.tr("Pelantik"),
             self.tr("Pejabat yang dilantik")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # The form follows the selection, however it was made (click, keyboard).
        self.table.itemSelectionChanged.connect(self._show_selected)
        box = QGroupBox(self.tr("Koreksi pelantikan terpilih"), self)
        self.date_edit = QDateEdit(box)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setDisplayFormat("dddd, d MMMM yyyy")
        self.date_edit.setCalendarPopup(True)
        self.place_edit = QLineEdit(box)
        self.place_edit.setObjectName("placeEdit")
        self.by_edit = QLineEdit(box)
        self.by_edit.setObjectName("inauguratedByEdit")
        self.note_edit = QPlainTextEdit(box)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setTabChangesFocus(True)  # Tab moves on, it does not type a tab
        self.note_edit.setFixedHeight(60)
        self.reason_edit = QLineEdit(box)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(
            self.tr("wajib untuk koreksi; dicatat di riwayat perubahan"))
        form = QFormLayout(box)
        form.addRow(self.tr("Tangga&l:"), self.date_edit)
        form.addRow(self.tr("&Tempat:"), self.place_edit)
        form.addRow(self.tr("&Pelantik:"), self.by_edit)
        form.addRow(self.tr("&Catatan:"), self.note_edit)
        form.addRow(self.tr("&Alasan:"), self.reason_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Simpan koreksi"), self)
        self.save_button.setObjectName("saveCorrectionButton")
        self.delete_button = QPushButton(self.tr("&Hapus pelantikan…"), self)
        self.delete_button.setObjectName("deleteInaugurationButton")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.save_button.clicked.connect(self.save_correction)
        self.delete_button.clicked.connect(self.delete_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        layout.addWidget(buttons)
        self.resize(820, 460)  # fits 1280×720 and 1366×768 at 125 %
        self.reload()

    def reload(self) -> None:
        outcome = attempt(self, lambda: service.inaugurations(self.db))
        self.rows = list(outcome.value) if outcome else []
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, text in enumerate((format_date(row.date), row.place, row.inaugurated_by,
                                      ", ".join(row.officials))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._show_selected()

    def selected(self) -> InaugurationRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        row = self.selected()
        for widget in (self.date_edit, self.place_edit, self.by_edit, self.note_edit,
                       self.reason_edit, self.save_button, self.delete_button):
            widget.setEnabled(row is not None)
        if row is not None:
            self.date_edit.setDate(to_qdate(row.date))
        self.place_edit.setText(row.place if row else "")
        self.by_edit.setText(row.inaugurated_by if row else "")
        self.note_edit.setPlainText(row.note if row else "")
        self.reason_edit.clear()

    def save_correction(self) -> None:
        row = self.selected()
        if row is None:
            return
        new = from_qdate(self.date_edit.date())
        if new != row.date:
            # The date is day 1 of its 100-day programs: say what moves before asking.
            effects = attempt(self, lambda: service.date_change_effects(self.db, row.id, new))
            if not effects or not confirm(self, self.tr("Koreksi tanggal pelantikan"), self.tr(
                    "Pindahkan pelantikan dari {0} ke {1}? {2}").format(
                        format_date(row.date), format_date(new), effects.value)):
                return
        reason = self.reason_edit.text()

        def save() -> None:
            service.correct_inauguration(self.db, row.id, self.place_edit.text(),
                                         self.by_edit.text(), self.note_edit.toPlainText(),
                                         reason)
            if new != row.date:
                service.change_inauguration_date(self.db, row.id, new, reason)
        if attempt(self, save):
            self._after_write(row.id)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not confirm(self, self.tr("Hapus pelantikan"), self.tr(
                "Hapus pelantikan {0} di {1} ({2})? Jabatan yang diisinya ikut terhapus dan "
                "jabatan yang ditutupnya dibuka lagi.").format(
                    format_date(row.date), row.place, ", ".join(row.officials))):
            return
        if attempt(self, lambda: service.delete_inauguration(
                self.db, row.id, self.reason_edit.text())):
            self._after_write(None)

    def _after_write(self, keep: int | None) -> None:
        self.reload()
        for r, row in enumerate(self.rows):
            if row.id == keep:
                self.table.selectRow(r)
        self.changed()
