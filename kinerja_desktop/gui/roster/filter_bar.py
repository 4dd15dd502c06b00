"""The search box and filters above the roster; emits the filter when the user changes it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from kinerja_desktop.domain import ranks, vocab
from kinerja_desktop.domain.officials import UnitRecord
from kinerja_desktop.domain.roster import RosterFilter
from kinerja_desktop.gui.shared.domain_words import domain_word

SEARCH_DELAY_MS = 150  # typing pauses shorter than this do not trigger a search


class FilterBar(QWidget):
    """Search as you type across name, NIP, post and unit; filters by unit, eselon, filling."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(
            self.tr("Cari nama, NIP, jabatan atau unit kerja… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Cari pejabat"))
        self.unit_combo = self._combo("unitFilter", self.tr("Saring menurut unit kerja"))
        self.eselon_combo = self._combo("eselonFilter", self.tr("Saring menurut eselon"))
        self.eselon_combo.addItem(self.tr("Semua eselon"), None)
        for eselon in ranks.ESELONS:
            self.eselon_combo.addItem(self.tr("Eselon {0}").format(eselon), eselon)
        self.filling_combo = self._combo("fillingFilter", self.tr("Saring menurut jenis pengisian"))
        self.filling_combo.addItem(self.tr("Semua jenis pengisian"), None)
        for code, label in vocab.FILLING_METHODS.items():
            self.filling_combo.addItem(domain_word(label), code)
        self.status_combo = self._combo("statusFilter", self.tr("Saring menurut status"))
        for code, label in (("aktif", self.tr("Aktif")), ("arsip", self.tr("Diarsipkan")),
                            ("semua", self.tr("Aktif dan diarsipkan"))):
            self.status_combo.addItem(label, code)
        self.set_units([])

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # 2 : 1 each, so that on a 1366 px laptop at 125 % "Semua jenis pengisian" shows whole.
        layout.addWidget(self.search_edit, 2)
        for combo in (self.unit_combo, self.eselon_combo, self.filling_combo, self.status_combo):
            layout.addWidget(combo, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search_edit.textChanged.connect(self._timer.start)
        for combo in (self.unit_combo, self.eselon_combo, self.filling_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.changed)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    def set_units(self, units: list[UnitRecord]) -> None:
        """Refill the unit filter, keeping the chosen unit if it still exists."""
        chosen = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("Semua unit kerja"), None)
        for unit in units:
            self.unit_combo.addItem(unit.short_name or unit.name, unit.id)
            self.unit_combo.setItemData(self.unit_combo.count() - 1, unit.name,
                                        Qt.ItemDataRole.ToolTipRole)
        index = self.unit_combo.findData(chosen)
        self.unit_combo.setCurrentIndex(max(0, index))
        self.unit_combo.blockSignals(False)

    def flush(self) -> None:
        """Apply typed text now instead of after the typing pause."""
        self._timer.stop()

    def is_filtered(self) -> bool:
        return bool(self.search_edit.text().strip()) or any(
            combo.currentIndex() > 0 for combo in (self.unit_combo, self.eselon_combo,
                                                   self.filling_combo))

    def clear(self) -> None:
        for combo in (self.unit_combo, self.eselon_combo, self.filling_combo):
            combo.setCurrentIndex(0)
        self.search_edit.clear()
        self.flush()
        self.changed.emit()

    def roster_filter(self, sort: str = "nama", descending: bool = False) -> RosterFilter:
        return RosterFilter(text=self.search_edit.text(), unit_id=self.unit_combo.currentData(),
                            eselon=self.eselon_combo.currentData(),
                            filling=self.filling_combo.currentData(),
                            status=self.status_combo.currentData() or "aktif",
                            sort=sort, descending=descending)
