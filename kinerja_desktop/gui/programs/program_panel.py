"""The editor's left side: the official's programs and where the selected one stands."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QLabel, QListView, QProgressBar,
                               QPushButton, QVBoxLayout, QWidget)

from kinerja_desktop.domain import programs as rules
from kinerja_desktop.domain.periods import kind_label, position
from kinerja_desktop.domain.programs import ProgramRecord, StatusChange
from kinerja_desktop.domain.scheme_catalog import CATALOG
from kinerja_desktop.gui.programs.text_colour import set_text_colour
from kinerja_desktop.gui.shared.domain_words import describe_position, domain_word
from kinerja_desktop.gui.shared.formatting import format_date
from kinerja_desktop.gui.shared.list_model import ListTableModel

PROGRAM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ProgramListModel(ListTableModel[ProgramRecord]):
    """The official's programs, newest first."""

    HEADERS = ("",)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        program = self.item(index)
        if program is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{domain_word(kind_label(program.kind))} · "
                    f"{domain_word(rules.label(rules.STATUSES, program.status))}"
                    f"\n{format_date(program.start_date)} – {format_date(program.end_date)}")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{program.display_title}\n{program.unit_name}"
        if role == PROGRAM_ID_ROLE:
            return program.id
        return None

    def row_of(self, program_id: int) -> int | None:
        return next((n for n, p in enumerate(self.items) if p.id == program_id), None)


class ProgramPanel(QWidget):
    """List of programs, and the selected program's status, days and progress."""

    program_selected = Signal(object)  # program id or None
    new_program = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ProgramListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("programList")
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Daftar program"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSpacing(2)
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)

        self.new_button = QPushButton(self.tr("Program &baru…"), self)
        self.new_button.setObjectName("newProgramButton")
        self.new_button.clicked.connect(self.new_program.emit)

        self.info = QGroupBox(self.tr("Program terpilih"), self)
        self.title_label = self._label("programTitle")
        self.status_label = self._label("programStatus")
        self.scheme_label = self._label("programSchemeStatus")
        self.day_label = self._label("programDay")
        self.day_bar = QProgressBar(self.info)
        self.day_bar.setObjectName("programDayBar")
        self.day_bar.setTextVisible(False)
        self.day_bar.setMaximumHeight(10)
        self.progress_label = self._label("programProgress")
        self.history_label = self._label("programHistory")
        set_text_colour(self.history_label, "#555")
        info = QVBoxLayout(self.info)
        for widget in (self.title_label, self.status_label, self.scheme_label, self.day_label,
                       self.day_bar,
                       self.progress_label, self.history_label):
            info.addWidget(widget)
        info.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Program</b>"), self))
        layout.addWidget(self.list, 2)
        layout.addWidget(self.new_button)
        layout.addWidget(self.info, 3)
        self.show_program(None, date.today(), [])

    def _label(self, name: str) -> QLabel:
        label = QLabel(self.info)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    # Programs ---------------------------------------------------------------------------------
    def set_programs(self, programs: list[ProgramRecord], select: int | None) -> None:
        """Show the programs and select `select` (else the first); emits program_selected."""
        blocker = self.list.selectionModel().blockSignals(True)
        self.model.set_items(programs)
        row = self.model.row_of(select) if select is not None else None
        if row is None and programs:
            row = 0
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self.list.selectionModel().blockSignals(blocker)
        self.program_selected.emit(self.current_id())

    def current_id(self) -> int | None:
        program = self.model.item(self.list.currentIndex())
        return program.id if program else None

    def current(self) -> ProgramRecord | None:
        return self.model.item(self.list.currentIndex())

    def _current_changed(self, *_args) -> None:
        self.program_selected.emit(self.current_id())

    # The selected program ---------------------------------------------------------------------
    def show_program(self, program: ProgramRecord | None, today: date,
                     history: list[StatusChange]) -> None:
        self.info.setVisible(program is not None)
        if program is None:
            return
        self.title_label.setText(f"<b>{escape(program.display_title)}</b><br>"
                                 f"{escape(program.unit_name)}")
        status = domain_word(rules.label(rules.STATUSES, program.status))
        scheme = domain_word(rules.label(rules.SCHEMES, program.scheme))
        self.status_label.setText(self.tr("Status: <b>{0}</b><br>Skema: {1}").format(
            escape(status), escape(scheme)))
        catalogued = CATALOG.get(program.scheme)
        if catalogued is None:
            self.scheme_label.setText("")
        else:
            # Whether the regulation is still in force (an old one is kept for its years).
            colour = "#555" if catalogued.in_force else "#b00020"
            self.scheme_label.setText(self.tr("Status skema: {0}").format(
                f"<span style='color:{colour}'>{escape(domain_word(catalogued.status))}"
                f"</span>"))
            self.scheme_label.setToolTip(domain_word(catalogued.basis))
        where = position(program.start_date, program.end_date, today)
        self.day_label.setText(escape(describe_position(where)))
        self.day_bar.setRange(0, where.total)
        self.day_bar.setValue(min(max(where.day, 0), where.total))
        if program.weighted_progress is None:
            self.progress_label.setText(self.tr("{0} target · belum ada laporan progres").format(
                program.target_count))
        else:
            self.progress_label.setText(self.tr("{0} target · capaian tertimbang {1}%").format(
                program.target_count,
                rules.format_number(round(program.weighted_progress, 1))))
        lines = []
        for change in history[-5:]:
            text = (f"{domain_word(rules.label(rules.STATUSES, change.from_status))} → "
                    f"{domain_word(rules.label(rules.STATUSES, change.to_status))}, "
                    f"{format_date(change.changed_at.date())}")
            if change.reason:
                text += f": {change.reason}"
            lines.append(escape(text))
        self.history_label.setText(self.tr("Riwayat status:") + "<br>" + "<br>".join(lines)
                                   if lines else "")
