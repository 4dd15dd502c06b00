"""A line edit that finds an official by name or NIP without ever loading the whole roster."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.gui.roster.filter_bar import SEARCH_DELAY_MS
from kinerja_desktop.gui.roster.roster_model import OFFICIAL_ID_ROLE
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.domain.roster import RosterFilter, RosterRow

SUGGESTIONS = 12  # officials offered per search; typing more narrows it, nothing loads them all


class OfficialPicker(QLineEdit):
    """Choose an official by typing part of a name or NIP, then picking a suggestion.

    Suggestions come from the roster search a few at a time: the roster may hold 100,000
    officials and the popup never holds more than SUGGESTIONS of them.
    """

    official_changed = Signal()
    searched = Signal()

    def __init__(self, roster: RosterService, parent: QWidget | None = None):
        super().__init__(parent)
        self._roster = roster
        self._official_id: int | None = None
        self._chosen_text = ""
        self.match_count: int | None = None  # of the last search; None before any
        self._matches: list[int] = []
        self.suggestions = QStandardItemModel(self)
        self.suggester = QCompleter(self.suggestions, self)
        self.suggester.setObjectName("officialCompleter")
        # Not setCompleter(): the line edit would then filter and rewrite the text itself; here
        # the search has already filtered, and the text changes only when a choice is made.
        self.suggester.setWidget(self)
        self.suggester.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.suggester.setMaxVisibleItems(SUGGESTIONS + 1)
        self.suggester.activated[QModelIndex].connect(self._activated)  # type: ignore[index]  # stub lacks overloads
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.search(show_popup=True))
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._finished)

    @property
    def official_id(self) -> int | None:
        return self._official_id

    def _edited(self, text: str) -> None:
        if self._official_id is not None and text != self._chosen_text:
            self._official_id = None
            self.official_changed.emit()
        self._timer.start()

    def search(self, show_popup: bool = False) -> None:
        """Run the search for the typed text now and offer the first matches."""
        self._timer.stop()
        if self._official_id is not None:
            return  # the text is the chosen official's, not a search
        text = self.text().strip()
        self.suggestions.clear()
        if len(text) < 2:
            # One letter matches half the roster: wait for a second one.
            self.match_count, self._matches = None, []
            self._hide_suggestions()
            self.searched.emit()
            return
        ids = self._roster.search(RosterFilter(text=text, status="semua"))
        self.match_count, self._matches = len(ids), ids[:SUGGESTIONS]
        rows = self._roster.rows(self._matches)
        for official_id in self._matches:
            row = rows.get(official_id)
            if row is not None:
                self.suggestions.appendRow(self._suggestion(row))
        if len(ids) > SUGGESTIONS:
            more = QStandardItem(self.tr("… dan {0} pejabat lainnya; ketik lebih lengkap")
                                 .format(len(ids) - SUGGESTIONS))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.suggestions.appendRow(more)
        if show_popup and self.suggestions.rowCount() and self.isVisible():
            self.suggester.complete()
        else:
            self._hide_suggestions()
        self.searched.emit()

    def _hide_suggestions(self) -> None:
        popup = self.suggester.popup()  # made on first use in a popup mode: never None here
        if popup is not None:
            popup.hide()

    def _suggestion(self, row: RosterRow) -> QStandardItem:
        parts = [row.full_name, format_nip(row.nip)]
        if row.post:
            parts.append(row.post)
        if not row.active:
            parts.append(self.tr("diarsipkan"))
        item = QStandardItem(" · ".join(parts))
        item.setData(row.official_id, OFFICIAL_ID_ROLE)
        item.setToolTip(" · ".join(parts))
        return item

    def _activated(self, index: QModelIndex) -> None:
        official_id = index.data(OFFICIAL_ID_ROLE)
        if official_id is not None:
            self.choose(int(official_id))

    def _finished(self) -> None:
        if self._timer.isActive():
            self.search()
        # A full NIP or a unique name typed and left: take the only match, as a user expects.
        if self._official_id is None and self.match_count == 1 and self._matches:
            self.choose(self._matches[0])

    def reset(self) -> None:
        """No official chosen and no text (a form being refilled)."""
        self._timer.stop()
        self._hide_suggestions()
        self._official_id, self._chosen_text = None, ""
        self.match_count, self._matches = None, []
        self.suggestions.clear()
        self.clear()

    def choose(self, official_id: int) -> None:
        row = self._roster.rows([official_id]).get(official_id)
        if row is None:
            return
        self._official_id = official_id
        self._chosen_text = f"{row.full_name} ({format_nip(row.nip)})"
        self._timer.stop()
        self._hide_suggestions()
        self.setText(self._chosen_text)
        self.setCursorPosition(0)
        self.official_changed.emit()
