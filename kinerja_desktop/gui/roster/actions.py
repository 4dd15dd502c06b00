"""The roster's actions: add, edit, archive and delete officials, record an inauguration,
import and export the roster, load and remove the demo data."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.gui.first_paint import after_first_paint
from kinerja_desktop.gui.shared.features import FeatureActions, FeatureContext
from kinerja_desktop.gui.shared.formatting import from_qdate
from kinerja_desktop.gui.shared.operations import Operation, attempt, wait_off_ui_thread
from kinerja_desktop.gui.shared.widgets import confirm
from kinerja_desktop.services.roster import RosterService

if TYPE_CHECKING:
    from kinerja_desktop.domain.roster import RosterRow


def _import_dialog():
    from kinerja_desktop.gui.roster import import_dialog
    return import_dialog


class RosterActions(FeatureActions):
    """Menu Pejabat's edits, Pelantikan's recording, and Berkas's import, export and demo.
    `inauguration_recorded(day)` runs after an inauguration was saved (the programs offer)."""

    def __init__(self, context: FeatureContext,
                 inauguration_recorded: Callable[[date], None]):
        super().__init__(context)
        self.inauguration_recorded = inauguration_recorded
        self.import_action = self._action(self.tr("&Impor daftar pejabat…"), self.import_roster,
                                          QKeySequence("Ctrl+I"), "importAction")
        self.export_action = self._action(self.tr("&Ekspor daftar pejabat…"), self.export_roster,
                                          QKeySequence("Ctrl+Shift+E"), "exportAction")
        self.demo_action = self._action(self.tr("Muat data &contoh"), self.load_demo,
                                        name="demoAction")
        self.remove_demo_action = self._action(self.tr("&Hapus data contoh…"), self.remove_demo,
                                               name="removeDemoAction")
        # Asked of the database once the window has painted (the Berkas menu asks again
        # before it opens): it is not part of the first screen.
        after_first_paint(context.window, self.refresh_demo_action)
        self.add_action = self._action(self.tr("&Tambah pejabat…"), self.add_official,
                                       QKeySequence.StandardKey.New, "addAction")
        self.edit_action = self._action(self.tr("&Ubah pejabat…"), self.edit_official,
                                        QKeySequence("Ctrl+E"), "editAction")
        self.archive_action = self._action(self.tr("&Arsipkan"), self.toggle_archive,
                                           QKeySequence("Ctrl+Shift+A"), "archiveAction")
        self.delete_action = self._action(self.tr("&Hapus…"), self.delete_official,
                                          QKeySequence.StandardKey.Delete, "deleteAction")
        # Only where the roster table has it: Delete in the search box edits text instead.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.inauguration_action = self._action(self.tr("&Catat pelantikan…"),
                                                self.record_inauguration,
                                                QKeySequence("Ctrl+L"), "inaugurationAction")
        self.inauguration_list_action = self._action(self.tr("&Daftar pelantikan…"),
                                                     self.list_inaugurations,
                                                     name="inaugurationListAction")

    def _roster(self) -> RosterService:
        return RosterService(self.context.db)

    def selection_changed(self, official_id: int | None, row: RosterRow | None) -> None:
        has = official_id is not None
        for action in (self.edit_action, self.archive_action, self.delete_action):
            action.setEnabled(has)
        if has:
            self.archive_action.setText(self.tr("&Arsipkan") if row and row.active
                                        else self.tr("&Aktifkan kembali"))

    # Officials --------------------------------------------------------------------------------
    def add_official(self) -> None:
        from kinerja_desktop.gui.roster.official_dialog import OfficialDialog
        dialog = OfficialDialog(self.context.db, None, self.window)
        if dialog.exec():
            self.context.data_changed(dialog.saved_id)

    def edit_official(self) -> None:
        official_id = self.context.selected_official_id()
        if official_id is None:
            return
        from kinerja_desktop.gui.roster.official_dialog import OfficialDialog
        dialog = OfficialDialog(self.context.db, official_id, self.window)
        if dialog.exec():
            self.context.data_changed(official_id)

    def toggle_archive(self) -> None:
        official_id = self.context.selected_official_id()
        if official_id is None:
            return
        roster = self._roster()
        official = roster.get(official_id)
        if not attempt(self.window, lambda: roster.set_active(official_id, not official.active)):
            return
        message = (self.tr("{0} diarsipkan.") if official.active
                   else self.tr("{0} diaktifkan kembali.")).format(official.full_name)
        self.context.show_status(message, 5000)
        self.context.data_changed()

    def delete_official(self) -> None:
        official_id = self.context.selected_official_id()
        if official_id is None:
            return
        roster = self._roster()
        official = roster.get(official_id)
        if roster.has_history(official_id):
            answer = QMessageBox.question(
                self.window, self.tr("Tidak dapat dihapus"),
                self.tr("{0} memiliki riwayat jabatan, sehingga tidak dapat dihapus. "
                        "Arsipkan saja?").format(official.full_name))
            if answer == QMessageBox.StandardButton.Yes and official.active:
                self.toggle_archive()
            return
        if not confirm(
            self.window, self.tr("Hapus pejabat"),
            self.tr("Hapus {0} (NIP {1}) dari daftar? Tindakan ini tidak dapat dibatalkan.")
            .format(official.full_name, format_nip(official.nip))):
            return
        if not attempt(self.window, lambda: roster.delete(official_id)):
            return
        self.context.show_status(self.tr("{0} dihapus.").format(official.full_name), 5000)
        self.context.data_changed()

    def record_inauguration(self) -> None:
        from kinerja_desktop.gui.roster.inauguration_dialog import InaugurationDialog
        dialog = InaugurationDialog(self.context.db, self.window)
        if dialog.exec():
            self.context.data_changed()
            self.context.show_status(dialog.summary(), 10000)
            self.inauguration_recorded(from_qdate(dialog.date_edit.date()))

    def list_inaugurations(self) -> None:
        """Open, correct or delete a recorded inauguration."""
        from kinerja_desktop.gui.roster.inauguration_list import InaugurationListDialog
        dialog = InaugurationListDialog(self.context.db, self.window,
                                        changed=self.context.data_changed)
        dialog.exec()

    # The whole roster -------------------------------------------------------------------------
    def import_roster(self) -> None:
        # The dialog's modules and the import's services, first imported off the UI thread.
        ImportDialog = wait_off_ui_thread(_import_dialog).ImportDialog  # noqa: N806 - a class
        dialog = ImportDialog(self.context.db, self.window)
        if dialog.choose_file() and dialog.exec():
            self.context.data_changed()

    def export_roster(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Ekspor daftar pejabat"), "daftar-pejabat.xlsx",
            self.tr("Buku kerja Excel (*.xlsx);;CSV untuk Excel (*.csv)"))
        if not path:
            return
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        from kinerja_desktop.services.roster_io import export_roster
        # A large roster takes seconds to write: off the UI thread, with progress and cancel
        # (a cancelled export leaves no file; the notice goes to the status bar).
        db = self.context.db
        (Operation(self.window, lambda ctx: export_roster(
            db, path, progress=ctx.progress, cancelled=ctx.cancelled), db=db)
         .with_progress(self.tr("Mengekspor daftar pejabat…"), cancellable=True,
                        title=self.tr("Ekspor daftar pejabat"))
         .success(lambda count: self.context.show_status(
             self.tr("{0} pejabat diekspor ke {1}.").format(count, path), 8000))
         .run_in_background())

    def load_demo(self) -> None:
        from kinerja_desktop.services.demo import load_demo
        outcome = attempt(self.window, lambda: load_demo(self.context.db))
        if not outcome:
            return
        self.context.show_status(
            self.tr("Data contoh dimuat.") if outcome.value.changed
            else self.tr("Data contoh sudah ada; tidak ada yang diubah."), 8000)
        self.context.data_changed()
        self.refresh_demo_action()

    def refresh_demo_action(self) -> None:
        """Whether "Hapus data contoh" can run, and why not: at the start, after the demo is
        loaded or removed, and each time the Berkas menu opens (not at every row the cursor
        passes: it asks the database)."""
        from kinerja_desktop.services.demo_removal import NO_DEMO, OLDER_DEMO, removal_unavailable
        if self.context.released:
            return  # a restore holds the database; asked again when the Berkas menu opens
        try:
            reason = removal_unavailable(self.context.db)
        except Exception:  # noqa: BLE001 - only greys a menu item (e.g. during a restore)
            reason = NO_DEMO
        # A grey item says why on hover (the Berkas menu shows tooltips): above all a demo an
        # older version loaded, which is there but cannot be removed exactly.
        why = {"": "", NO_DEMO: self.tr("Tidak ada data contoh di basis data ini."),
               OLDER_DEMO: self.tr("Tidak dapat dihapus otomatis: data contoh ini dimuat oleh "
                                   "versi lama Kinerja Desktop, yang belum mencatat data mana "
                                   "yang ditambahkannya; menghapusnya dapat ikut menghapus data "
                                   "Anda sendiri. Hapus pejabat contoh beserta program, "
                                   "evaluasi dan serah terimanya satu per satu, atau pulihkan "
                                   "cadangan dari sebelum data contoh dimuat.")}.get(reason, reason)
        self.remove_demo_action.setEnabled(not reason)
        self.remove_demo_action.setToolTip(why or self.tr("Hapus semua data contoh; data yang "
                                                          "Anda masukkan sendiri tetap ada"))
        self.remove_demo_action.setStatusTip(why)

    def remove_demo(self) -> None:
        """Remove what the demo added, after a confirmation (the user's own data stay)."""
        from kinerja_desktop.services.demo_removal import remove_demo
        if not confirm(
            self.window, self.tr("Hapus data contoh"),
            self.tr("Hapus semua data contoh (pelantikan 14 Juni 2019, tujuh pejabatnya, "
                    "program, evaluasi dan serah terimanya)? Data yang Anda masukkan sendiri "
                    "tidak ikut terhapus. Penghapusan ini dicatat di riwayat perubahan.")):
            return
        outcome = attempt(self.window, lambda: remove_demo(self.context.db))
        if not outcome:
            return
        # Refresh first: the demo banner leaves the status bar, so the message has its room.
        self.context.data_changed()
        self.refresh_demo_action()
        self.context.show_status(self.tr("Data contoh dihapus ({0} data).").format(
            outcome.value.total), 8000)
