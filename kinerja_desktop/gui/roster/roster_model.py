"""The roster as a Qt table model that holds row ids, read a first page at a time, and a
cache of rows near the view."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor

from kinerja_desktop.domain import vocab
from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.formatting import format_date
from kinerja_desktop.gui.shared.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.services.roster_pages import RosterPages
from kinerja_desktop.domain.roster import RosterFilter, RosterRow

OFFICIAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RosterModel(QAbstractTableModel):
    """Ids of the officials matching the filter, in order; rows are fetched as the view asks.
    Without search text (the roster's first screen) a filter reads its first FIRST_IDS ids and,
    when there are more, how many match: the rest of the ids are read when a row beyond them
    or an official not among them is asked for. A search reads all its ids at once."""

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
    # Rows fetched first after a new filter: a screen of them (about 20 at 1366x768, 35 on a
    # tall monitor). Reading 200 cost a keystroke 2 ms on a server (bench/server_bench.py):
    # most of it is making the rows, which the view would not show before a scroll.
    FIRST_BLOCK = 50
    CACHE_LIMIT = 2000  # rows kept; older blocks are dropped first
    FIRST_IDS = 500  # ids read with a filter: a screen and some scrolling

    def __init__(self, service: RosterService, parent=None):
        super().__init__(parent)
        self._service = service
        self._pages = RosterPages(service.db)
        self._filter = RosterFilter()
        self._ids: list[int] = []
        self._total = 0  # rows the filter gives; _ids may hold only the first of them
        self._loaded = False
        self._cache: OrderedDict[int, RosterRow] = OrderedDict()
        # The cached rows' cells as shown, with the row they were made from (_texts).
        self._shown: dict[int, tuple[RosterRow, tuple[str, ...]]] = {}
        self._archived_brush = QBrush(QColor("#808080"))

    # Filtering --------------------------------------------------------------------------------
    @property
    def current_filter(self) -> RosterFilter:
        return self._filter

    def set_service(self, service: RosterService) -> None:
        """Read from another database (after a restore): nothing cached survives."""
        self.beginResetModel()
        self._service = service
        self._pages = RosterPages(service.db)
        self._ids, self._total, self._loaded = [], 0, False
        self._cache.clear()
        self._shown.clear()
        self.endResetModel()

    def set_filter(self, roster_filter: RosterFilter) -> None:
        self.beginResetModel()
        self._loaded = True
        self._filter = roster_filter
        if roster_filter.text.strip():
            # A search reads its whole list at once: one query costs about what its first ids
            # and its count cost together, and keeping the selected official across a
            # keystroke needs the list anyway (bench/search_bench.py at 100,000 officials: a
            # keystroke 20.5 -> 14.6 ms).
            self._ids = self._service.search(roster_filter)
            self._total = len(self._ids)
        else:
            self._ids = self._pages.first(roster_filter, self.FIRST_IDS)
            # Fewer than asked for: that is all of them (one query).
            self._total = (len(self._ids) if len(self._ids) < self.FIRST_IDS
                           else self._pages.count(roster_filter))
        self._cache.clear()
        self._shown.clear()
        self.endResetModel()

    def _all_ids(self) -> bool:
        """Read the rest of the ids (once per filter); False when there was nothing to read."""
        if len(self._ids) >= self._total:
            return False
        ids = self._service.search(self._filter)
        if len(ids) != self._total:
            # Another program wrote between the count and now: show what was counted
            # (rows past the end stay empty) and read the list again from the event loop,
            # never while the view is painting.
            QTimer.singleShot(0, self, self.refresh)
            ids = ids[:self._total]
        self._ids = ids
        return True

    def refresh(self) -> None:
        """Run the current filter again (after an edit elsewhere)."""
        self.set_filter(self._filter)

    def official_id(self, row: int) -> int | None:
        if not 0 <= row < self._total:
            return None
        if row >= len(self._ids):
            self._all_ids()
        return self._ids[row] if row < len(self._ids) else None

    def row_of(self, official_id: int) -> int | None:
        try:
            return self._ids.index(official_id)
        except ValueError:
            pass
        if not self._all_ids():
            return None
        try:
            return self._ids.index(official_id)
        except ValueError:
            return None

    def roster_row(self, row: int) -> RosterRow | None:
        official_id = self.official_id(row)
        if official_id is None:
            return None
        cached = self._cache.get(official_id)
        if cached is None:
            self._fetch_around(row)
            cached = self._cache.get(official_id)
        return cached

    def _fetch_around(self, row: int) -> None:
        size = self.BLOCK if self._cache else self.FIRST_BLOCK
        start = max(0, row - size // 4)
        if start + size > len(self._ids):
            self._all_ids()  # the block reaches past the first ids read
        wanted = [i for i in self._ids[start:start + size] if i not in self._cache]
        self._cache.update(self._service.rows(wanted))
        while len(self._cache) > self.CACHE_LIMIT:
            self._shown.pop(self._cache.popitem(last=False)[0], None)

    # Qt model interface -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.COLUMNS)):
            return self.tr(self.COLUMNS[section][1])
        return None

    # The roles this model answers; the view asks each visible cell for about eight, so the
    # others are turned away before any row is looked up (a repaint of the roster: about
    # 800 calls).
    _ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, OFFICIAL_ID_ROLE})

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in self._ROLES or not index.isValid():
            return None
        column = index.column()
        if not 0 <= column < len(self.COLUMNS):
            return None
        row = self.roster_row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(row)[column]
        key = self.COLUMNS[column][0]
        if role == Qt.ItemDataRole.ToolTipRole and key in ("jabatan", "unit_kerja", "nama"):
            return row.unit_name if key == "unit_kerja" else self._texts(row)[column]
        if role == OFFICIAL_ID_ROLE:
            return row.official_id
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return self._archived_brush
        return None

    def _texts(self, row: RosterRow) -> tuple[str, ...]:
        """The row's cells as shown, formatted once while the row is cached (a NIP's spaces,
        a date's month name and the filling's words cost more than the painting asks)."""
        texts = self._shown.get(row.official_id)
        if texts is None or texts[0] is not row:
            texts = (row, tuple(self._display(row, key) for key, _title in self.COLUMNS))
            self._shown[row.official_id] = texts
        return texts[1]

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
