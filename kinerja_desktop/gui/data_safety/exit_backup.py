"""The day's automatic backup when the main window closes, written on a worker thread: the
window keeps answering (progress in its status bar and in a dialog that can skip the backup),
and it closes for real when the backup has ended."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QProgressBar, QProgressDialog, QPushButton, QWidget

from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.gui.shared.errors import show_error
from kinerja_desktop.gui.shared.status import show_message
from kinerja_desktop.services import auto_backup
from kinerja_desktop.services.database import Database

log = logging.getLogger(__name__)

STEPS = 1000  # the progress bars' range: backup_to reports a fraction
# The status bar and the dialog follow the progress at most this often: each update is Python
# on the UI thread, which waits for the worker to hand over the GIL (a few ms, more on a busy
# PC); a backup of 1 GB reports hundreds of steps.
UPDATE_MS = 100
# The worker waits this long at most for the dialog's first show and paint, which take many
# Python calls on the UI thread (the screen fitter filters every event): done while the
# worker holds the GIL they stalled the window for up to 100 ms on a busy PC.
SHOWN_WITHIN_MS = 150

# Every exit backup's thread until it ends, whatever became of its window: see wait_for_all.
_threads: list[threading.Thread] = []


def due(db: Database) -> auto_backup.PlannedBackup | None:
    """The day's backup of `db` when one is still due (None also when the data folder cannot
    be read: closing never fails on a backup, that is logged)."""
    if db.read_only and not db.is_server:  # this PC's copy of a server: nothing changed
        return None
    if db.is_server:
        # A server has one scheduled export, not one backup per PC; this PC keeps its last
        # copy of the data, to read while the server cannot be reached.
        return auto_backup.plan_local_copy(db)
    try:
        return auto_backup.plan_exit(db.path)
    except KinerjaError as exc:
        log.warning("cadangan otomatis saat keluar gagal: %s", exc)
        return None


def wait_for_all(timeout: float = 60.0) -> bool:
    """Wait (blocking) until every exit backup's thread ended; True when none runs any more.
    For tests and benchmarks; the window itself never waits, it closes when told."""
    for thread in list(_threads):
        thread.join(timeout)
    return not any(thread.is_alive() for thread in _threads)


class _Signals(QObject):
    """Made on the UI thread, emitted by the worker: the connections queue to the UI thread."""

    progressed = Signal(float, str)
    ended = Signal(object)   # the backup written, or None (not due, failed, skipped)
    crashed = Signal(object)  # an exception that is not a KinerjaError: a bug to show


class ExitBackup(QObject):
    """One backup on exit: start() runs auto_backup.write_exit on a thread of its own, which
    opens its own read-only SQLite connection (connections are per thread) and writes under a
    temporary name renamed only when verified; `ended(path or None)` comes on the UI thread.
    cancel() stops it at its next step, leaving no file. Not owned by its thread: a window
    deleted meanwhile (a test's teardown) only means nobody hears the end."""

    ended = Signal(object)

    def __init__(self, window: QMainWindow, db: Database,
                 planned: auto_backup.PlannedBackup) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._planned = planned
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._signals = _Signals()
        self._signals.progressed.connect(self._progressed)
        self._signals.ended.connect(self._ended)
        self._signals.crashed.connect(self._crashed)
        self._state: tuple[float, str] = (0.0, "")
        self._shown: tuple[int, str] | None = None  # (percent, text) the bars show
        self._dialog: QProgressDialog | None = None
        self._bar: QProgressBar | None = None
        self._shown_event = threading.Event()  # the dialog has been shown: the worker starts
        self._updates = QTimer(self)
        self._updates.setInterval(UPDATE_MS)
        self._updates.timeout.connect(self._apply)
        self.result: Path | None = None

    @property
    def _is_local_copy(self) -> bool:
        return self._planned.reason == auto_backup.LOCAL_COPY

    def _doing(self) -> str:
        if self._is_local_copy:
            return self.tr("Menyimpan salinan lokal data server sebelum keluar…")
        return self.tr("Membuat cadangan harian sebelum keluar…")

    @property
    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start the worker; the status bar shows its progress at once, the dialog later."""
        signals, cancel, shown = self._signals, self._cancel, self._shown_event
        db, planned = self._db, self._planned

        def work() -> None:
            path = None
            shown.wait(SHOWN_WITHIN_MS / 1000)  # releases the GIL meanwhile
            try:
                path = auto_backup.write_exit(db, planned, signals.progressed.emit,
                                              cancel.is_set)
            except BaseException as exc:  # noqa: BLE001 - a bug: shown on the UI thread
                signals.crashed.emit(exc)
            finally:
                # backup_to reads through a connection of its own; should anything have
                # opened peewee's (one per thread), this thread's is closed, never the UI's.
                try:
                    db.close()
                except Exception:  # logged: the window must still get its end
                    log.exception("koneksi cadangan saat keluar tidak dapat ditutup")
                signals.ended.emit(path)

        self._thread = threading.Thread(target=work, name="cadangan-keluar")
        _threads[:] = [t for t in _threads if t.is_alive()]
        _threads.append(self._thread)
        # The bar and the dialog are made and shown before the worker begins: building and
        # painting widgets is Python work on the UI thread that would otherwise wait for the
        # GIL at every step. The dialog shows at once: the user asked to leave and sees why
        # the window is still there (for a small database it shows for a moment only).
        self._show_bar()
        self._make_dialog()
        self._thread.start()
        self.show_dialog()
        self._updates.start()
        # Once the events queued by the show (layout, paint) are handled: go.
        QTimer.singleShot(0, self, self._shown_event.set)

    def cancel(self) -> None:
        """Skip the backup: the worker stops at its next step and removes what it wrote."""
        if self._cancel.is_set() or not self.is_running:
            return
        self._cancel.set()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Membatalkan salinan…") if self._is_local_copy
                                      else self.tr("Membatalkan cadangan…"))
            button = self._dialog.findChild(QPushButton, "skipBackupButton")
            if button is not None:
                button.setEnabled(False)

    # Showing it -------------------------------------------------------------------------------
    def _show_bar(self) -> None:
        bar = QProgressBar(self._window)
        bar.setObjectName("exitBackupProgress")
        bar.setRange(0, STEPS)
        bar.setMaximumWidth(160)
        bar.setTextVisible(False)
        self._window.statusBar().addPermanentWidget(bar)
        self._bar = bar

    def _make_dialog(self) -> None:
        """The window-modal dialog (shown by show_dialog)."""
        dialog = QProgressDialog(self._window)
        dialog.installEventFilter(self)  # its close button skips too (eventFilter)
        dialog.setObjectName("exitBackupDialog")
        dialog.setWindowTitle(self._window.windowTitle())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setRange(0, STEPS)
        dialog.setLabelText(self._doing() + "\n")
        # The dialog's own button: setCancelButton(another) would add a second Esc shortcut
        # beside the first, and Esc, ambiguous, would do nothing.
        dialog.setCancelButtonText(self.tr("Keluar tanpa salinan") if self._is_local_copy
                                   else self.tr("Keluar tanpa cadangan"))
        button = dialog.findChild(QPushButton)
        assert button is not None  # QProgressDialog's own, made by setCancelButtonText
        button.setObjectName("skipBackupButton")
        # QProgressDialog would hide itself at once: it stays until the worker has stopped.
        # Esc is its own shortcut for `canceled`, as is the button.
        dialog.canceled.disconnect(dialog.cancel)
        dialog.canceled.connect(self.cancel)
        dialog.reset()  # stops QProgressDialog's own timer: it shows when show_dialog says
        self._dialog = dialog

    def show_dialog(self) -> None:
        """Show the dialog, or raise it when the user closes the window again: why the
        window has not closed yet, and a button that leaves without the backup."""
        dialog = self._dialog
        if not self.is_running or not _alive(self._window) or dialog is None:
            return
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return
        self._shown = None
        dialog.show()
        # Active, so that Esc (its shortcut) reaches it; again once the events queued now are
        # handled: a menu that was closing gives the activation back to the main window.
        dialog.raise_()
        dialog.activateWindow()
        QTimer.singleShot(0, dialog, dialog.activateWindow)
        self._apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The dialog's close button skips the backup, as its button does; the dialog stays
        until the worker has stopped."""
        if watched is self._dialog and event.type() == QEvent.Type.Close:
            event.ignore()
            self.cancel()
            return True
        return False

    def _progressed(self, fraction: float, text: str) -> None:
        self._state = (fraction, text)  # shown by the next update (UPDATE_MS)

    def _apply(self) -> None:
        """Show the latest progress, if it changed since the last time."""
        fraction, text = self._state
        percent = round(fraction * 100)
        if self._shown == (percent, text) or not _alive(self._window):
            return
        self._shown = (percent, text)
        value = max(0, min(STEPS, round(fraction * STEPS)))
        if self._bar is not None:
            self._bar.setValue(value)
        what = text or self.tr("Menyiapkan…")
        status = (self.tr("Salinan lokal sebelum keluar: {0} {1}%") if self._is_local_copy
                  else self.tr("Cadangan harian sebelum keluar: {0} {1}%"))
        show_message(self._window, status.format(what.rstrip(), percent))
        dialog = self._dialog
        # Only a visible dialog: QProgressDialog.setValue on a hidden one may show it.
        if dialog is not None and dialog.isVisible() and not self._cancel.is_set():
            dialog.setLabelText(self._doing() + f"\n{what}")
            dialog.setValue(value)

    # The end ----------------------------------------------------------------------------------
    def _crashed(self, error: BaseException) -> None:
        show_error(self._window if _alive(self._window) else None, error)

    def _ended(self, path: Path | None) -> None:
        self.result = path
        if self._thread is not None:
            self._thread.join()  # it emitted last: ends at once; is_running is False now
        self._shown_event.set()
        self._updates.stop()
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        if self._bar is not None:
            self._bar.hide()
            self._bar.deleteLater()
            self._bar = None
        if _alive(self._window):
            self._window.statusBar().clearMessage()
        self.ended.emit(path)


def _alive(widget: QWidget | None) -> bool:
    return widget is not None and shiboken6.isValid(widget)
