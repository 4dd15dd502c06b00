"""Data safety's actions: backup, restore, checking a backup file, merging another PC's data,
the audit history, the status bar's backup reminder and the daily backup on exit (written on
a worker thread while the window waits to close: exit_backup.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from kinerja_desktop.gui.shared.features import FeatureActions, FeatureContext
from kinerja_desktop.gui.shared.formatting import format_date
from kinerja_desktop.gui.shared.operations import Operation, wait_off_ui_thread
from kinerja_desktop.services.database import Database, open_database_for_use

if TYPE_CHECKING:
    from kinerja_desktop.gui.data_safety.exit_backup import ExitBackup

BACKUP_REMINDER_DAYS = 7
# A server's export is made every night: two days without one means the task stopped.
SERVER_EXPORT_REMINDER_DAYS = 2


# A dialog's modules and the services it calls, imported when first used: off the UI thread
# (wait_off_ui_thread), since PySide6's import hook makes dozens of modules a visible freeze.
def _backup_modules():
    from kinerja_desktop.gui.data_safety.backup_dialog import BackupDialog
    from kinerja_desktop.services import backup  # noqa: F401 - what the dialog's start() imports
    return BackupDialog


def _merge_modules():
    from kinerja_desktop.gui.data_safety.merge_dialog import MergeDialog
    # What the dialog's trial run imports, and the words of its conflicts.
    from kinerja_desktop.services import merge, merge_labels  # noqa: F401
    return MergeDialog


class DataSafetyActions(FeatureActions):
    """Menu Berkas's backup, restore, check, merge and history entries, and the status bar's
    backup button (make_status_button). `has_data()` says whether the roster holds anyone
    (only then is "never backed up" a warning); `database_released()` makes the window stop
    reading the database (a restore is about to replace it) and `database_replaced(db)` shows
    the database opened again."""

    def __init__(self, context: FeatureContext, has_data: Callable[[], bool],
                 database_replaced: Callable[[Database], None],
                 database_released: Callable[[], None] = lambda: None):
        super().__init__(context)
        self.has_data = has_data
        self.database_replaced = database_replaced
        self.database_released = database_released
        self.backup_action = self._action(self.tr("&Cadangkan ke flashdisk…"), self.make_backup,
                                          QKeySequence("Ctrl+Shift+S"), "backupAction")
        self.restore_action = self._action(self.tr("&Pulihkan dari cadangan…"),
                                           self.restore_backup, name="restoreAction")
        self.verify_backup_action = self._action(self.tr("Periksa berkas ca&dangan…"),
                                                 self.verify_backup_file,
                                                 name="verifyBackupAction")
        self.merge_action = self._action(self.tr("&Gabungkan data PC lain…"), self.merge_backup,
                                         name="mergeAction")
        # Shown on a server only (MainWindow._apply_role): its data as a laptop's own file.
        self.take_home_action = self._action(self.tr("Ba&wa pulang ke laptop…"),
                                             self.take_home, name="takeHomeAction")
        self.audit_action = self._action(self.tr("Riwayat &perubahan…"), self.show_audit_history,
                                         name="auditAction")
        self.status_button: QPushButton | None = None
        self._exit_backup: ExitBackup | None = None  # the backup on exit, once started

    # The reminder -----------------------------------------------------------------------------
    def make_status_button(self) -> QPushButton:
        """The status bar's button: when the last backup was made; a click makes one."""
        self.status_button = QPushButton(self.window)
        self.status_button.setObjectName("backupStatus")
        self.status_button.setFlat(True)
        self.status_button.clicked.connect(self.make_backup)
        return self.status_button

    def update_backup_status(self) -> None:
        """The last backup's date on the status bar; amber after 7 days (or never, with data)."""
        if self.status_button is None:
            return
        # This PC's copy of a server's data is not what anyone backs up: no reminder.
        self.status_button.setVisible(not self.context.db.read_only)
        if self.context.db.is_server:
            self._show_server_export()
            return
        from kinerja_desktop.services.start_state import last_backup
        last = last_backup(self.context.db)
        if last is None:
            text = self.tr("Belum pernah dicadangkan")
            stale = self.has_data()
        else:
            days = (datetime.now() - last).days
            text = self.tr("Cadangan terakhir: {0}").format(format_date(last.date()))
            stale = days >= BACKUP_REMINDER_DAYS
            if stale:
                text = self.tr("Cadangan terakhir {0} hari lalu").format(days)
        self.status_button.setText(("⚠ " if stale else "") + text)
        self.status_button.setStyleSheet("color: #8a5a00; font-weight: bold" if stale else "")
        self.status_button.setToolTip(self.tr("Cadangkan ke flashdisk (Ctrl+Shift+S)"))

    def _show_server_export(self) -> None:
        """On a server the reminder is of its one scheduled export (services/server_export),
        whoever's task wrote it; a click still backs the data up to a stick from this PC."""
        from kinerja_desktop.services.server_export import last_export
        assert self.status_button is not None
        last = last_export(self.context.db)
        if last is None:
            text, stale = self.tr("Belum ada ekspor server terjadwal"), self.has_data()
        else:
            days = (datetime.now() - last.when).days
            stale = days >= SERVER_EXPORT_REMINDER_DAYS
            text = (self.tr("Ekspor server terakhir {0} hari lalu").format(days) if stale else
                    self.tr("Ekspor server: {0}").format(format_date(last.when.date())))
        self.status_button.setText(("⚠ " if stale else "") + text)
        self.status_button.setStyleSheet("color: #8a5a00; font-weight: bold" if stale else "")
        tip = self.tr("Ekspor terjadwal server kantor (perintah ekspor-server; lihat "
                      "docs/server.md).")
        if last is not None:
            tip += "\n" + self.tr("Terakhir: {0} oleh {1}, berkas {2}.").format(
                last.when.strftime("%d-%m-%Y %H.%M"), last.by, last.file)
        self.status_button.setToolTip(
            tip + "\n" + self.tr("Klik: cadangkan ke flashdisk dari PC ini (Ctrl+Shift+S)"))

    def window_closing(self) -> bool:
        """Whether the window may close now. When the day's automatic backup is still due it
        is started instead, on a worker thread (gui/data_safety/exit_backup): the close is
        refused (False), the window keeps answering with the progress in its status bar, and
        it is closed again once the backup has ended (written, failed and logged, or skipped
        by the user). Closed again while the backup runs: its dialog is shown at once."""
        from kinerja_desktop.gui.data_safety import exit_backup
        running = self._exit_backup
        if running is not None:
            if running.is_running:
                running.show_dialog()
                return False
            return True  # it has ended: this is the close it asked for
        planned = exit_backup.due(self.context.db)
        if planned is None:
            return True
        backup = exit_backup.ExitBackup(self.window, self.context.db, planned)
        backup.ended.connect(lambda _path: self.window.close())
        self._exit_backup = backup
        backup.start()
        return False

    # Backups ----------------------------------------------------------------------------------
    def make_backup(self) -> None:
        BackupDialog = wait_off_ui_thread(_backup_modules)  # noqa: N806 - a class
        dialog = BackupDialog(self.context.db, self.window, self.context.settings)
        if dialog.exec() and dialog.result_path is not None:
            self.update_backup_status()
            message = self.tr("Cadangan tersimpan dan terperiksa: {0}").format(
                dialog.result_path)
            if dialog.result_warning:  # the service's words, in Indonesian like its errors
                message += " " + dialog.result_warning
            self.context.show_status(message, 15000)

    def _ask_passphrase(self, title: str, path: Path) -> str | None:
        from kinerja_desktop.gui.data_safety.passphrase import ask_passphrase
        return ask_passphrase(self.window, title, path)

    def verify_backup_file(self) -> None:
        from kinerja_desktop.services.backup import verify_backup
        from kinerja_desktop.services.restore import needs_passphrase
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Periksa berkas cadangan"), "",
                                              self.tr("Cadangan Kinerja (*.kinerja *.enc);;"
                                                      "Semua berkas (*)"))
        if not path:
            return
        passphrase = None
        if needs_passphrase(Path(path)):
            passphrase = self._ask_passphrase(self.tr("Periksa berkas cadangan"), Path(path))
            if passphrase is None:
                return
        # A large backup on a slow stick takes a while to read (half a minute for 350 MB):
        # off the UI thread, with its progress by bytes; a cancelled check leaves nothing.
        def work(ctx):
            return verify_backup(path, passphrase,
                                 progress=lambda fraction, text: ctx.progress(
                                     round(fraction * 1000), 1000, text),
                                 cancelled=ctx.cancelled)

        (Operation(self.window, work)
         .with_progress(self.tr("Memeriksa berkas cadangan {0}…").format(Path(path).name),
                        cancellable=True)
         .success(self._show_verified)
         .run_in_background())

    def _show_verified(self, report) -> None:
        if report.ok:
            QMessageBox.information(self.window, self.tr("Periksa berkas cadangan"),
                                    self.tr("Berkas cadangan baik (versi data {0}, {1} pejabat).")
                                    .format(report.schema_version,
                                            report.counts.get("official", 0)))
        else:
            QMessageBox.warning(self.window, self.tr("Periksa berkas cadangan"),
                                self.tr("Berkas cadangan TIDAK dapat dipakai:") + "\n"
                                + "\n".join(report.problems))

    def merge_backup(self) -> None:
        """Another PC's backup merged into this database (dry run, decisions, then merge)."""
        MergeDialog = wait_off_ui_thread(_merge_modules)  # noqa: N806 - a class
        self.context.windows.close_all()  # they would show data the merge changes
        dialog = MergeDialog(self.context.db, self.window)
        if dialog.exec() and dialog.plan is not None:
            self.context.data_changed()
            self.context.show_status(dialog.summary.text(), 15000)

    def take_home(self) -> None:
        """The server's data written as a database file to work on away from the office
        (services/take_home); merged back later with Gabungkan data PC lain."""
        from kinerja_desktop.services.take_home import default_name, take_home
        title = self.tr("Bawa pulang ke laptop")
        start = Path.home() / "Documents"
        folder = start if start.is_dir() else Path.home()
        path, _ = QFileDialog.getSaveFileName(
            self.window, title, str(folder / default_name()),
            self.tr("Basis data Kinerja (*.db)"))
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".db")
        db = self.context.db

        def work(ctx):
            return take_home(db, target, progress=lambda table: ctx.progress(
                0, 0, self.tr("Menyalin data server: {0}…").format(table)),
                cancelled=ctx.cancelled)

        (Operation(self.window, work, db=db, title=title)
         .with_progress(self.tr("Menyalin data server ke {0}…").format(target.name),
                        cancellable=True)
         .success(lambda taken: self._taken_home(taken, title))
         .run_in_background())

    def _taken_home(self, taken, title: str) -> None:
        self.context.show_status(self.tr("Data server disalin ke {0}").format(taken.path), 15000)
        QMessageBox.information(
            self.window, title,
            self.tr("Data server disalin ke:\n{path}\n\n{officials} pejabat, {programs} program, "
                    "{evaluations} evaluasi. Buka berkas itu di laptop (Berkas → Buka basis "
                    "data). Setelah kembali ke kantor, administrator server menggabungkannya "
                    "dengan Berkas → Gabungkan data PC lain; perubahan yang dibuat di kedua "
                    "tempat ditanyakan satu per satu.").format(
                path=taken.path, officials=taken.counts.get("official", 0),
                programs=taken.counts.get("program", 0),
                evaluations=taken.counts.get("evaluation", 0)))

    def restore_backup(self) -> None:
        """Replace this database with a verified backup (the current one is kept aside)."""
        from kinerja_desktop.services.restore import needs_passphrase, restore
        if self.context.db.is_server:
            QMessageBox.information(
                self.window, self.tr("Pulihkan dari cadangan"),
                self.tr("Pemulihan mengganti berkas basis data di PC ini. Basis data di server "
                        "kantor dipulihkan oleh pengelola server (lihat docs/server.md)."))
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Pulihkan dari cadangan"), "",
                                              self.tr("Cadangan Kinerja (*.kinerja *.enc)"))
        if not path:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Pulihkan dari cadangan"),
            self.tr("Isi basis data sekarang akan diganti dengan isi cadangan '{0}'. Basis data "
                    "sekarang disimpan dulu sebagai salinan sebelum-pulih. Lanjutkan?")
            .format(Path(path).name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        passphrase = None
        if needs_passphrase(Path(path)):
            passphrase = self._ask_passphrase(self.tr("Pulihkan dari cadangan"), Path(path))
            if passphrase is None:
                return
        self.context.windows.close_all()
        # From here on nothing reads the live database on the UI thread; the UI thread's own
        # connection is closed here, the worker's by the worker (peewee: one per thread).
        self.database_released()
        db = self.context.db
        db.close()
        backup = Path(path)

        def work(ctx):
            return restore(db.path, backup, passphrase, close_live=db.close,
                           progress=ctx.progress)

        (Operation(self.window, work, db=db)
         .with_progress(self.tr("Memulihkan dari cadangan {0}…").format(backup.name))
         .finished(lambda: self._reopen(db.path))  # success or not: the live file is whole
         .success(self._restored)
         .busy_cursor()
         .run_in_background())

    def _restored(self, result) -> None:
        from kinerja_desktop.services.backup import restored_from
        restored_from(self.context.db, result.backup_made)
        self.update_backup_status()
        QMessageBox.information(self.window, self.tr("Pulihkan dari cadangan"),
                                self.tr("Basis data dipulihkan. Salinan sebelum-pulih: {0}")
                                .format(result.pre_restore_copy or "-"))

    def _reopen(self, path) -> None:
        """Open the database file again (after a restore) and show it."""
        from kinerja_desktop.services.auto_backup import before_migration
        self.context.db.close()
        db = open_database_for_use(path, before_migration=before_migration)
        self.context.windows.forget()
        self.database_replaced(db)
        self.update_backup_status()

    # History ----------------------------------------------------------------------------------
    def show_audit_history(self) -> None:
        from kinerja_desktop.gui.data_safety.audit_view import AuditDialog
        AuditDialog(self.context.db, self.window).exec()
