"""The programs' actions: the target editor of the selected official, and the 100-day programs
of an inauguration."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox

from kinerja_desktop.gui.shared.features import FeatureActions, FeatureContext
from kinerja_desktop.gui.shared.formatting import format_date
from kinerja_desktop.gui.shared.operations import attempt

if TYPE_CHECKING:
    from kinerja_desktop.domain.roster import RosterRow


class ProgramActions(FeatureActions):
    """Menu Pejabat's Program kinerja and Pelantikan's 100-day programs."""

    def __init__(self, context: FeatureContext):
        super().__init__(context)
        self.programs_action = self._action(self.tr("Program &kinerja…"), self.open_programs,
                                            QKeySequence("Ctrl+K"), "programsAction")
        self.inauguration_programs_action = self._action(
            self.tr("Buat &program 100 hari pelantikan…"), self.create_inauguration_programs,
            name="inaugurationProgramsAction")

    def selection_changed(self, official_id: int | None, row: RosterRow | None) -> None:
        self.programs_action.setEnabled(official_id is not None)

    def open_programs(self) -> None:
        """The target editor for the selected official (one window per official)."""
        official_id = self.context.selected_official_id()
        if official_id is None:
            return
        editors = self.context.windows.editors
        editor = editors.get(official_id)
        if editor is None:
            from kinerja_desktop.gui.programs.program_editor import ProgramEditor
            editor = ProgramEditor(self.context.db, official_id, self.window)
            editor.setWindowFlag(Qt.WindowType.Window)
            editor.destroyed.connect(lambda _o=None, i=official_id: editors.pop(i, None))
            editors[official_id] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()

    def offer_inauguration_programs(self, day: date) -> None:
        """After an inauguration was recorded: its 100-day programs now, if the user agrees."""
        answer = QMessageBox.question(
            self.window, self.tr("Program 100 hari"),
            self.tr("Buat sekarang program 100 hari (hari ke-1: hari pelantikan) untuk "
                    "setiap pejabat yang dilantik?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.create_inauguration_programs(day)

    def create_inauguration_programs(self, day: date | None = None) -> None:
        """One 100-day program per appointment of an inauguration (again: nothing changes);
        without a day, the user chooses the inauguration."""
        from kinerja_desktop.services.programs import ProgramService
        service = ProgramService(self.context.db)
        if day is None:
            days = service.inauguration_dates()
            if not days:
                QMessageBox.information(self.window, self.tr("Program 100 hari"),
                                        self.tr("Belum ada pelantikan yang tercatat."))
                return
            labels = [format_date(d) for d in days]
            choice, ok = QInputDialog.getItem(self.window, self.tr("Program 100 hari"),
                                              self.tr("Pelantikan tanggal:"), labels, 0, False)
            if not ok:
                return
            day = days[labels.index(choice)]
        created = attempt(self.window, lambda: service.create_for_inauguration(day))
        if not created:
            return
        result = created.value
        self.context.show_status(
            self.tr("Program 100 hari pelantikan {0}: {1} dibuat, {2} sudah ada.").format(
                format_date(day), len(result.created), len(result.existing)), 10000)
