"""The roster as a Qt table model that holds only row ids and a cache of rows near the view."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kinerja_desktop.domain import vocab
from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.formatting import format_date
from kinerja_desktop.gui.shared.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.domain.roster import RosterFilter, RosterRow

OFFICIAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RosterModel(QAbstractTableModel):
    """Ids of the officials matching the filter, in order; rows are fetched as the view asks."""

    # (sort key in RosterFilter, header text)
    COLUMNS = (
        ("nama", QT_TRANSLATE_NOOP("RosterModel", "Nama")),
        ("nip", QT_TRANSLATE_NOOP("RosterModel", "NIP")),
        ("pangkat_golongan", QT_TRANSLATE_NOOP("RosterModel", "Gol.")),
        ("jabatan", QT_TRANSLATE_NOOP("RosterModel", "Jabatan")),
        ("unit_kerja", QT_TRANSLATE_NOOP("RosterModel", "Unit kerja")),
        ("eselon", QT_TRANSLATE_NOOP("RosterModel", "Eselon")),
        ("jenis_pengisian", QT_TRANSLATE_NOOP("RosterModel", "Pengisian")),
        ("tanggal_mulai", QT_TRANSLATE_NOOP("RosterModel", "TMT jabatan")),
    )
    BLOCK = 200  # rows fetched per query around the one asked for
    CACHE_LIMIT = 2000  # rows kept; older blocks are dropped first

    def __init__(self, service: RosterService, parent=None):
        super().__init__(parent)
        self._service = service
        self._filter = RosterFilter()
        self._ids: list[int] = []
        self._loaded = False
        self._cache: OrderedDict[int, RosterRow] = OrderedDict()
        self._archived_brush = QBrush(QColor("#808080"))

    # Filtering --------------------------------------------------------------------------------
    @property
    def current_filter(self) -> RosterFilter:
        return self._filter

    def set_service(self, service: RosterService) -> None:
        """Read from another database (after a restore): nothing cached survives."""
        self.beginResetModel()
        self._service = service
        self._ids, self._loaded = [], False
        self._cache.clear()
        self.endResetModel()

    def set_filter(self, roster_filter: RosterFilter) -> None:
        self.beginResetModel()
        self._loaded = True
        self._filter = roster_filter
        self._ids = self._service.search(roster_filter)
        self._cache.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Run the current filter again (after an edit elsewhere)."""
        self.set_filter(self._filter)

    def official_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, official_id: int) -> int | None:
        try:
            return self._ids.index(official_id)
        except ValueError:
            return None

    def roster_row(self, row: int) -> RosterRow | None:
        if not 0 <= row < len(self._ids):
            return None
        official_id = self._ids[row]
        cached = self._cache.get(official_id)
        if cached is None:
            self._fetch_around(row)
            cached = self._cache.get(official_id)
        return cached

    def _fetch_around(self, row: int) -> None:
        start = max(0, row - self.BLOCK // 4)
        wanted = [i for i in self._ids[start:start + self.BLOCK] if i not in self._cache]
        self._cache.update(self._service.rows(wanted))
        while len(self._cache) > self.CACHE_LIMIT:
            self._cache.popitem(last=False)

    # Qt model interface -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.COLUMNS)):
            return self.tr(self.COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self.roster_row(index.row())
        if row is None:
            return None
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("jabatan", "unit_kerja", "nama"):
            return row.unit_name if key == "unit_kerja" else self._display(row, key)
        if role == OFFICIAL_ID_ROLE:
            return row.official_id
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return self._archived_brush
        return None

    @staticmethod
    def _display(row: RosterRow, key: str) -> str:
        if key == "nama":
            return row.full_name
        if key == "nip":
            return format_nip(row.nip)
        if key == "pangkat_golongan":
            return row.rank
        if key == "jabatan":
            return row.post
        if key == "unit_kerja":
            return row.unit_short or row.unit_name
        if key == "eselon":
            return row.eselon
        if key == "jenis_pengisian":
            return domain_word(vocab.filling_label(row.filling))
        return format_date(row.start_date)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        wanted = replace(self._filter, sort=self.COLUMNS[column][0],
                         descending=order == Qt.SortOrder.DescendingOrder)
        if not self._loaded:
            self._filter = wanted  # the view sorts while being set up: no query until shown
        elif wanted != self._filter:
            self.set_filter(wanted)
