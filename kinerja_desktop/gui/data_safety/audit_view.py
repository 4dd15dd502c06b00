"""The audit history window: who changed what and when, filtered by person, table, record,
date and text, with the row before and after side by side (changed fields highlighted).

The table holds one page of entries and fetches the next when scrolled to the end (Qt's
canFetchMore/fetchMore), so a history of years opens at once.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSplitter, QStackedWidget, QTableView, QVBoxLayout,
                               QWidget)

from kinerja_desktop.domain.audit import AuditChange, AuditEntryRecord, AuditFilter
from kinerja_desktop.gui.shared.formatting import format_date
from kinerja_desktop.gui.shared.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.gui.shared.list_model import ListTableModel
from kinerja_desktop.gui.shared.widgets import make_date_edit
from kinerja_desktop.services.audit import AuditService, local_time

PAGE_SIZE = 200
CHANGED_BACKGROUND = "#fff2b3"
NO_DATE = QDate(2000, 1, 1)  # the date edits' "not limited" value (shown as special text)
SEARCH_DELAY_MS = 250


def time_text(at: datetime) -> str:
    """A stored (UTC) time as the computer's local '14 Juni 2019 09:30', in the UI language."""
    local = local_time(at)
    return f"{format_date(local.date())} {local:%H:%M}"


def value_text(value: object) -> str:
    """A before/after value as one line of text (None → empty; JSON kept compact)."""
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class AuditTableModel(ListTableModel[AuditEntryRecord]):
    """The matching entries, newest first, fetched a page at a time."""

    HEADERS = (QT_TRANSLATE_NOOP("AuditTableModel", "Waktu"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Operator"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Tindakan"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Tabel"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Data"))

    def __init__(self, service: AuditService, parent=None):
        super().__init__(parent)
        self.service = service
        self.filter = AuditFilter(limit=PAGE_SIZE)
        self.total = 0

    def set_filter(self, filter: AuditFilter) -> None:
        self.filter = replace(filter, limit=PAGE_SIZE, offset=0)
        self.total = self.service.count(self.filter)
        self.set_items(self.service.history(self.filter))

    def entry(self, index: QModelIndex) -> AuditEntryRecord | None:
        return self.item(index)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        e = self.entry(index)
        if e is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (time_text(e.at), e.actor, e.action_label,
                      e.entity_label, e.summary_text)
            return values[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return e.id
        return None

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.items) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = self.service.history(replace(self.filter, offset=len(self.items)))
        if not more:
            self.total = len(self.items)  # the history shrank meanwhile
            return
        self.beginInsertRows(QModelIndex(), len(self.items), len(self.items) + len(more) - 1)
        self.items.extend(more)
        self.endInsertRows()


class AuditDiffModel(ListTableModel[AuditChange]):
    """One entry's fields: before and after, the changed ones highlighted and bold."""

    HEADERS = (QT_TRANSLATE_NOOP("AuditDiffModel", "Kolom"),
               QT_TRANSLATE_NOOP("AuditDiffModel", "Sebelum"),
               QT_TRANSLATE_NOOP("AuditDiffModel", "Sesudah"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        change = self.item(index)
        if change is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (change.label or change.name, change.before_text,
                    change.after_text)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            # The stored name and value too, for whoever supports the staff.
            stored = (change.name, value_text(change.before), value_text(change.after))
            shown = self.data(index, Qt.ItemDataRole.DisplayRole)
            raw = stored[index.column()]
            return shown if shown == raw else f"{shown}\n({raw})"
        if role == Qt.ItemDataRole.BackgroundRole and change.changed:
            return QBrush(QColor(CHANGED_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole and change.changed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and change.changed:
            return self.tr("berubah")
        return None


class AuditDialog(QDialog):
    """Riwayat perubahan: the history, its filters and the selected entry's before/after."""

    def __init__(self, db, parent=None, entity_uuid: str | None = None):
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Riwayat perubahan"))
        self.resize(1000, 640)
        self.service = AuditService(db)
        self.model = AuditTableModel(self.service, self)
        self.diff_model = AuditDiffModel(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)

        filters = self._build_filters(entity_uuid or "")
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.detail_title = QLabel(self)
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.diff_view = QTableView(self)
        self.diff_view.setObjectName("diffView")
        self.diff_view.setModel(self.diff_model)
        self.diff_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diff_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.diff_view.verticalHeader().hide()
        self.diff_view.setWordWrap(False)
        diff_header = self.diff_view.horizontalHeader()
        diff_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        diff_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        diff_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.record_button = QPushButton(self.tr("Hanya &data ini"), self)
        self.record_button.setObjectName("recordButton")
        self.record_button.setToolTip(self.tr("Tampilkan seluruh riwayat data yang dipilih"))
        self.record_button.clicked.connect(self.filter_current_record)
        self.record_button.setEnabled(False)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.detail_title, 1)
        title_row.addWidget(self.record_button)
        detail_layout.addLayout(title_row)
        detail_layout.addWidget(self.diff_view, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.stack)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.search_edit.setFocus)
        QShortcut(QKeySequence.StandardKey.Refresh, self).activated.connect(self.refresh)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._update_count)
        self.refresh()

    # Filters ----------------------------------------------------------------------------------
    def _build_filters(self, entity_uuid: str) -> QGridLayout:
        self.actor_combo = QComboBox(self)
        self.actor_combo.setObjectName("actorCombo")
        self.actor_combo.addItem(self.tr("Semua orang"), "")
        for name in self.service.actors():
            self.actor_combo.addItem(name, name)
        self.entity_combo = QComboBox(self)
        self.entity_combo.setObjectName("entityCombo")
        self.entity_combo.addItem(self.tr("Semua tabel"), "")
        for entity, title in self.service.entities():
            self.entity_combo.addItem(title, entity)
        self.record_edit = QLineEdit(entity_uuid, self)
        self.record_edit.setObjectName("recordEdit")
        self.record_edit.setPlaceholderText(self.tr("kosong: semua data"))
        self.record_edit.setClearButtonEnabled(True)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("nama, judul, NIP …"))
        self.search_edit.setClearButtonEnabled(True)
        self.from_edit = self._date_edit("fromEdit")
        self.to_edit = self._date_edit("toEdit")
        self.clear_button = QPushButton(self.tr("&Bersihkan saringan"), self)
        self.clear_button.setObjectName("clearButton")
        self.clear_button.clicked.connect(self.clear_filters)

        grid = QGridLayout()
        for column, (text, widget) in enumerate((
                (self.tr("&Orang:"), self.actor_combo),
                (self.tr("&Tabel:"), self.entity_combo),
                (self.tr("&Cari:"), self.search_edit))):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column * 2)
            grid.addWidget(widget, 0, column * 2 + 1)
        for column, (text, widget) in enumerate((
                (self.tr("&Dari tanggal:"), self.from_edit),
                (self.tr("&Sampai tanggal:"), self.to_edit),
                (self.tr("D&ata:"), self.record_edit))):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, 1, column * 2)
            grid.addWidget(widget, 1, column * 2 + 1)
        grid.addWidget(self.clear_button, 1, 6)
        grid.setColumnStretch(5, 1)

        self.actor_combo.currentIndexChanged.connect(self.refresh)
        self.entity_combo.currentIndexChanged.connect(self.refresh)
        self.from_edit.dateChanged.connect(self.refresh)
        self.to_edit.dateChanged.connect(self.refresh)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.record_edit.textChanged.connect(self._search_timer.start)
        return grid

    def _date_edit(self, name: str) -> QDateEdit:
        # The shared field reads typed dates whole; emptying it means "not limited".
        edit = make_date_edit(self)
        edit.setObjectName(name)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("tidak dibatasi"))
        edit.setDate(NO_DATE)
        return edit

    @staticmethod
    def _date_of(edit: QDateEdit) -> date | None:
        value = edit.date()
        return None if value == NO_DATE else date(value.year(), value.month(), value.day())

    def current_filter(self) -> AuditFilter:
        return AuditFilter(entity=self.entity_combo.currentData() or "",
                           entity_uuid=self.record_edit.text().strip(),
                           actor=self.actor_combo.currentData() or "",
                           date_from=self._date_of(self.from_edit),
                           date_to=self._date_of(self.to_edit),
                           text=self.search_edit.text().strip())

    def refresh(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        for widget in (self.actor_combo, self.entity_combo, self.from_edit, self.to_edit,
                       self.search_edit, self.record_edit):
            widget.blockSignals(True)
        self.actor_combo.setCurrentIndex(0)
        self.entity_combo.setCurrentIndex(0)
        self.from_edit.setDate(NO_DATE)
        self.to_edit.setDate(NO_DATE)
        self.search_edit.clear()
        self.record_edit.clear()
        for widget in (self.actor_combo, self.entity_combo, self.from_edit, self.to_edit,
                       self.search_edit, self.record_edit):
            widget.blockSignals(False)
        self.refresh()

    def filter_current_record(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.record_edit.setText(entry.entity_uuid)
            self.refresh()

    # The list and the detail ------------------------------------------------------------------
    def current_entry(self) -> AuditEntryRecord | None:
        return self.model.entry(self.table.currentIndex())

    def _after_reset(self) -> None:
        self._update_count()
        filtered = self.current_filter() != AuditFilter()
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.table)
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self.empty_label.setText(
                self.tr("Tidak ada perubahan yang cocok dengan saringan.") if filtered
                else self.tr("Belum ada perubahan yang tercatat."))
            self.stack.setCurrentWidget(self.empty_label)
            self._show_current(QModelIndex())

    def _update_count(self, *_args) -> None:
        self.count_label.setText(self.tr("Jumlah perubahan: %1").replace(
            "%1", f"{self.model.total:,}".replace(",", ".")))

    def _show_current(self, current: QModelIndex, _previous=QModelIndex()) -> None:
        entry = self.model.entry(current)
        self.record_button.setEnabled(entry is not None)
        if entry is None:
            self.detail_title.setText("")
            self.diff_model.set_items([])
            return
        self.detail_title.setText(self.tr("%1 · %2 · %3 oleh %4 — %5").replace(
            "%1", entry.entity_label).replace("%2", entry.action_label).replace(
            "%3", time_text(entry.at)).replace(
            "%4", entry.actor).replace("%5", entry.summary_text or entry.entity_uuid))
        self.diff_model.set_items(entry.changes())
