"""One way to run a GUI action, after Anki's aqt.operations: long work off the UI thread with
progress and cancel, quick service calls at once; results come back on the UI thread, every
failure is shown by errors.show_error and a cancel is a plain notice, never an error.

    Operation(self.window, lambda ctx: export_roster(db, path, ctx.progress, ctx.cancelled),
              db=db).with_progress(self.tr("Mengekspor daftar pejabat…"), cancellable=True)
              .success(lambda count: ...).run_in_background()

    if attempt(self, lambda: roster.delete(official_id)):
        ...
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import (QCoreApplication, QEvent, QEventLoop, QObject, QRunnable, Qt,
                            QThreadPool, QTimer, Signal)
from PySide6.QtWidgets import (QApplication, QDialog, QMainWindow, QMessageBox, QProgressDialog,
                               QPushButton,
                               QWidget)

from kinerja_desktop.errors import OperationCancelled
from kinerja_desktop.gui.shared.errors import show_error
from kinerja_desktop.services.database import Database
from kinerja_desktop.gui.shared.status import show_message

# Work that ends sooner never flashes a progress dialog.
SHOW_PROGRESS_AFTER_MS = 400
NOTICE_MS = 8000

Work = Callable[["OperationContext"], Any]

# While work runs on another thread, the UI thread waits for the GIL at each Python call it
# makes (each model data(), each event through a Python event filter): CPython hands the GIL
# over only once the switch interval has passed, 5 ms by default, so a repaint of a few dozen
# such calls froze the window for over 100 ms while an import wrote. 1 ms while any background
# work runs halved that (median 104 -> 52 ms, bench/ui_stall_bench.py's import); the worker
# gives the GIL up more often only when the UI thread asks for it.
BUSY_SWITCH_INTERVAL_S = 0.001
# A full (generation 2) garbage collection scans every live object holding the GIL, whichever
# thread triggers it: while an import of 100,000 rows held its parsed rows, each one froze the
# window for longer (64 ms, then 125, ... 354 ms; bench/ui_stall_bench.py). While background
# work runs only the young generations are collected, which frees the cycles the work makes
# and costs little; the full collection comes back with the default thresholds, once the
# work's objects are gone.
BUSY_GC_FULL_THRESHOLD = 1_000_000_000
_background: dict[str, Any] = {"count": 0, "saved": 0.0, "gc": None}  # before the first work


def _background_began() -> None:
    if _background["count"] == 0:
        _background["saved"] = sys.getswitchinterval()
        sys.setswitchinterval(min(_background["saved"], BUSY_SWITCH_INTERVAL_S))
        _background["gc"] = gc.get_threshold()
        young, middle, _full = _background["gc"]
        gc.set_threshold(young, middle, BUSY_GC_FULL_THRESHOLD)
    _background["count"] += 1


def _background_ended() -> None:
    _background["count"] -= 1
    if _background["count"] == 0:
        sys.setswitchinterval(_background["saved"])
        gc.set_threshold(*_background["gc"])


class OperationContext:
    """What the work is given: progress(done, total, text) to report (total 0: no known end),
    cancelled() to ask whether the user cancelled, check_cancelled() to stop if so."""

    def __init__(self, report: Callable[[int, int, str], None] | None = None,
                 cancel: threading.Event | None = None) -> None:
        self._report = report
        self._cancel = cancel or threading.Event()

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        if self._report is not None:
            self._report(int(done), int(total), str(text))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise OperationCancelled(QCoreApplication.translate(
                "Operation", "Dibatalkan; tidak ada yang diubah."))


@dataclass(frozen=True)
class Outcome:
    """How a run ended: true when it succeeded, with its value; else the error (shown)."""

    ok: bool
    value: Any = None
    error: BaseException | None = None

    def __bool__(self) -> bool:
        return self.ok


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    """The work on a pool thread; the pool thread's own database connection is closed after."""

    def __init__(self, work: Work, context: OperationContext, db: Database | None,
                 signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Operation holds it until it reported back
        self._work, self._context, self._db, self._signals = work, context, db, signals

    def run(self) -> None:
        try:
            try:
                result = self._work(self._context)
            finally:
                if self._db is not None:
                    # peewee keeps one connection per thread: this closes this pool thread's
                    # only, never the UI thread's. Done before reporting, so that the UI thread
                    # never sees a finished operation whose connection is still open.
                    self._db.close()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread to show
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class _ProgressDialog(QProgressDialog):
    """Esc and the window's close button cancel only where cancelling is safe."""

    def __init__(self, parent: QWidget | None, cancellable: bool) -> None:
        super().__init__(parent)
        self.cancellable = cancellable

    def reject(self) -> None:
        if self.cancellable:
            self.canceled.emit()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        event.ignore()
        if self.cancellable:
            self.canceled.emit()


def _key_of(work: Work) -> object:
    """The same call site gives the same key: one lambda's code object is shared by every
    function made from it, so a second click finds the first one still running."""
    function = getattr(work, "__func__", work)
    return getattr(function, "__code__", function)


def _alive(widget: QWidget | None) -> bool:
    return widget is not None and shiboken6.isValid(widget)


def main_window_of(widget: QWidget | None) -> QMainWindow | None:
    """The nearest main window at or above `widget` (its status bar takes notices)."""
    while _alive(widget):
        assert widget is not None
        if isinstance(widget, QMainWindow):
            return widget
        widget = widget.parentWidget()
    return None


class Operation(QObject):
    """One GUI action: `work(context)` run off the UI thread (run_in_background) or at once
    (run_now), its outcome handed to callbacks on the UI thread, in this order: finished()
    always, then success(value), or failure(error) before the error is shown, or cancelled().

    `db` is the database the work uses: the pool thread closes its connection afterwards.
    `title` titles the error box and the progress dialog. `key` tells two operations apart
    (by default the work's code: one call site, one operation per parent at a time)."""

    _running: ClassVar[dict[object, Operation]] = {}  # kept alive until they report back

    def __init__(self, parent: QWidget | None, work: Work, *, db: Database | None = None,
                 title: str | None = None, key: object = None) -> None:
        super().__init__()
        self._parent = parent
        self._work = work
        self._db = db
        self._title = title
        self._key = (id(parent), _key_of(work) if key is None else key)
        self._on_finished: list[Callable[[], Any]] = []
        self._on_success: list[Callable[[Any], Any]] = []
        self._on_failure: list[Callable[[BaseException], Any]] = []
        self._on_cancelled: list[Callable[[OperationCancelled], Any]] = []
        self._on_progress: list[Callable[[int, int, str], Any]] = []
        self._expected: tuple[type[BaseException], ...] = ()
        self._label = ""
        self._cancellable = False
        self._with_dialog = False
        self._dialog_title: str | None = None
        self._cancel = threading.Event()
        self._state: tuple[int, int, str] = (0, 0, "")
        self._dialog: _ProgressDialog | None = None
        self._cancel_button: QPushButton | None = None
        self._timer: QTimer | None = None
        self._signals: _Signals | None = None
        self._runnable: _Runnable | None = None
        self._window: QWidget | None = None
        self._running_now = False
        self._abandoned = False
        self._close_when_done = False
        self._busy = False  # a wait cursor while it runs (busy_cursor)
        self._cursor_set = False

    # Building -------------------------------------------------------------------------------
    def success(self, callback: Callable[[Any], Any]) -> Operation:
        self._on_success.append(callback)
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> Operation:
        """Called with the error before it is shown (to put the window back as it was)."""
        self._on_failure.append(callback)
        return self

    def finished(self, callback: Callable[[], Any]) -> Operation:
        """Called first whatever the outcome: success, failure or cancel."""
        self._on_finished.append(callback)
        return self

    def cancelled(self, callback: Callable[[OperationCancelled], Any]) -> Operation:
        """Called instead of the status bar notice when the work was cancelled."""
        self._on_cancelled.append(callback)
        return self

    def expect(self, *kinds: type[BaseException]) -> Operation:
        """Errors of these kinds are the failure callback's to show (in the window itself),
        not the error box's."""
        self._expected += kinds
        return self

    def on_progress(self, callback: Callable[[int, int, str], Any]) -> Operation:
        """Progress for a window's own bar (with_progress shows the standard dialog)."""
        self._on_progress.append(callback)
        return self

    def with_progress(self, label: str, cancellable: bool = False,
                      title: str | None = None) -> Operation:
        """A window-modal progress dialog once the work takes longer than 400 ms, with a
        Cancel button only when cancellable (cancelling must then change nothing); `title`
        is its window title (else the operation's, else the window's)."""
        self._label, self._cancellable, self._with_dialog = label, cancellable, True
        self._dialog_title = title
        return self

    def busy_cursor(self) -> Operation:
        """A wait cursor over the whole app while the work runs (a restore, a merge): the
        window stays responsive, but staff should see that something is under way."""
        self._busy = True
        return self

    # Running ----------------------------------------------------------------------------------
    @property
    def is_running(self) -> bool:
        return self._runnable is not None

    @property
    def label(self) -> str:
        return self._label

    @property
    def cancellable(self) -> bool:
        return self._cancellable

    def run_in_background(self) -> bool:
        """Start the work on a pool thread; False when this operation (same key, same
        parent) is still running, which is brought to the front instead."""
        running = Operation._running.get(self._key)
        if running is not None:
            running._raise_dialog()
            return False
        Operation._running[self._key] = self
        self._signals = _Signals()
        self._signals.progressed.connect(self._progressed)
        # Slots of this QObject, which lives on the UI thread: the worker's signals queue there.
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        context = OperationContext(self._signals.progressed.emit, self._cancel)
        self._runnable = _Runnable(self._work, context, self._db, self._signals)
        self._watch_window()
        if self._with_dialog:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_dialog)
            self._timer.start(SHOW_PROGRESS_AFTER_MS)
        if self._busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self._cursor_set = True
        _background_began()
        QThreadPool.globalInstance().start(self._runnable)
        return True

    def run_now(self) -> Outcome:
        """Run the work here, on the UI thread (a quick service call), through the same
        callbacks and the same error path; a second call while it runs does nothing."""
        if self._running_now:
            return Outcome(False)
        self._running_now = True
        try:
            value = self._work(OperationContext(self._progressed, self._cancel))
        except Exception as exc:  # noqa: BLE001 - every failure goes to the one error path
            self._running_now = False
            self._report(False, exc)
            return Outcome(False, error=exc)
        self._running_now = False
        self._report(True, value)
        return Outcome(True, value)

    def cancel(self) -> None:
        """Ask the work to stop (it checks context.cancelled() where stopping is safe)."""
        if self._cancel.is_set() or not self.is_running:
            return
        self._cancel.set()
        if self._dialog is not None:
            self._dialog.setLabelText(QCoreApplication.translate("Operation", "Membatalkan…"))
        if self._cancel_button is not None:
            self._cancel_button.setEnabled(False)

    def abandon(self) -> None:
        """Nobody waits for this run any more (its window closed): it ends unseen, with no
        callbacks and no error box; a cancellable one is also asked to stop."""
        self._abandoned = True
        if self._cancellable:
            self.cancel()
        self._stop_showing()

    # Progress ---------------------------------------------------------------------------------
    def _progressed(self, done: int, total: int, text: str = "") -> None:
        self._state = (done, total, text)
        if self._abandoned:
            return
        self._apply_state()
        for callback in self._on_progress:
            callback(done, total, text)

    def _apply_state(self) -> None:
        dialog = self._dialog
        if dialog is None:
            return
        done, total, text = self._state
        if not self._cancel.is_set():
            dialog.setLabelText(f"{self._label}\n{text}" if text else self._label)
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(max(0, min(done, total)))
        else:
            dialog.setRange(0, 0)  # busy: no known end

    def _show_dialog(self) -> None:
        if not self.is_running or self._abandoned or self._dialog is not None:
            return
        parent = self._parent if _alive(self._parent) else None
        dialog = _ProgressDialog(parent, self._cancellable)
        dialog.setObjectName("operationProgress")
        dialog.setWindowTitle(self._dialog_title or self._title
                              or (parent.window().windowTitle() if parent else ""))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setMinimumDuration(0)
        if self._cancellable:
            self._cancel_button = QPushButton(
                QCoreApplication.translate("Operation", "Batal"), dialog)
            self._cancel_button.setObjectName("cancelButton")
            dialog.setCancelButton(self._cancel_button)
            # QProgressDialog would hide itself at once: it stays, saying "Membatalkan…" and
            # keeping the window blocked, until the work has really stopped.
            dialog.canceled.disconnect(dialog.cancel)
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)  # type: ignore[arg-type]  # Qt: no button at all
        self._dialog = dialog
        self._apply_state()
        if self._cancel.is_set():
            dialog.setLabelText(QCoreApplication.translate("Operation", "Membatalkan…"))
        dialog.show()

    def _raise_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.raise_()
            self._dialog.activateWindow()

    def _stop_showing(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
            self._cancel_button = None

    # The outcome ------------------------------------------------------------------------------
    def _succeeded(self, value: Any) -> None:
        self._complete(True, value)

    def _failed(self, error: BaseException) -> None:
        self._complete(False, error)

    def _complete(self, ok: bool, value: Any) -> None:
        """The worker reported back (on the UI thread)."""
        if self._runnable is not None:
            _background_ended()
        if self._cursor_set:  # before any message box the report may show
            self._cursor_set = False
            QApplication.restoreOverrideCursor()
        self._stop_showing()
        self._unwatch_window()
        self._runnable = None
        Operation._running.pop(self._key, None)
        close = self._close_when_done
        try:
            if not self._abandoned:
                self._report(ok, value)
        finally:
            if close and _alive(self._window):
                assert self._window is not None
                # Asked to close while running: now it may. A dialog closes through reject.
                if isinstance(self._window, QDialog):
                    self._window.reject()
                else:
                    self._window.close()

    def _report(self, ok: bool, value: Any) -> None:
        parent = self._parent
        if parent is not None and not _alive(parent):
            # The window went away meanwhile: only a failure is still worth saying.
            if not ok and not isinstance(value, OperationCancelled):
                show_error(None, value, self._title)
            return
        for finished in self._on_finished:
            finished()
        if ok:
            for success in self._on_success:
                success(value)
        elif isinstance(value, OperationCancelled):
            for cancelled in self._on_cancelled:
                cancelled(value)
            if not self._on_cancelled:
                self._notice(str(value) or QCoreApplication.translate("Operation", "Dibatalkan."))
        else:
            for failure in self._on_failure:
                failure(value)
            if not isinstance(value, self._expected):
                show_error(parent, value, self._title)

    def _notice(self, text: str) -> None:
        window = main_window_of(self._parent)
        if window is not None:
            show_message(window, text, NOTICE_MS)

    # The window closing -----------------------------------------------------------------------
    def _watch_window(self) -> None:
        if not _alive(self._parent):
            return
        assert self._parent is not None
        self._window = self._parent.window()
        if not isinstance(self._window, QDialog):
            # A dialog closes through reject() (Esc, its buttons), not only a close event:
            # dialogs ask may_close() there themselves.
            self._window.installEventFilter(self)

    def _unwatch_window(self) -> None:
        if _alive(self._window) and not isinstance(self._window, QDialog):
            assert self._window is not None
            self._window.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.Close and watched is self._window
                and isinstance(watched, QWidget) and not may_close(watched)):
            event.ignore()
            return True
        return False


def may_close(window: QWidget) -> bool:
    """May `window` close now? With work of its own still running: when every such operation
    may be cancelled, ask, cancel them and close the window once they stopped; otherwise say
    it has to finish first. Dialogs call this from reject(); main windows are watched."""
    running = [op for op in Operation._running.values()
               if op._window is window and not op._abandoned]
    if not running:
        return True
    title = window.windowTitle()
    # Their labels' first lines ("Mengekspor daftar pejabat…"), as sentences.
    labels = "".join(dict.fromkeys(f"\n{op.label.splitlines()[0].rstrip('…. ')}."
                                   for op in running if op.label))
    if all(op.cancellable for op in running):
        answer = QMessageBox.question(window, title, QCoreApplication.translate(
            "Operation", "Pekerjaan ini masih berjalan.{0}\n\nHentikan lalu tutup? Pekerjaan "
                         "yang dihentikan tidak mengubah apa pun.").format(labels))
        if answer == QMessageBox.StandardButton.Yes:
            for op in running:
                op._close_when_done = True
                op.cancel()
        return False
    QMessageBox.information(window, title, QCoreApplication.translate(
        "Operation", "Pekerjaan ini masih berjalan dan tidak aman dihentikan di tengah jalan.{0}"
                     "\n\nTunggu sampai selesai, lalu tutup lagi.").format(labels))
    return False


def attempt(parent: QWidget | None, call: Callable[[], Any], title: str | None = None) -> Outcome:
    """Run a quick service call now, on the UI thread; a failure is shown (user error plainly,
    anything else as a bug with its reference). True-ish when it succeeded, with .value."""
    return Operation(parent, lambda _context: call(), title=title).run_now()


def wait_off_ui_thread(call: Callable[[], Any]) -> Any:
    """Run a short `call` that would freeze the window for a moment (a passphrase's key
    derivation, the first import of a feature's modules) on a thread of its own and wait for
    it here, in a local event loop that paints and runs timers but holds user input back until
    it returned: the caller goes on as after a direct call, with its value or its exception,
    and no click can start anything meanwhile. Not for database work (Operation closes the
    worker's connection) nor seconds-long work (Operation: progress, cancel)."""
    outcome: dict[str, Any] = {}
    signals = _Signals()
    loop = QEventLoop()
    signals.succeeded.connect(loop.quit)  # queued: the UI thread quits its loop

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # noqa: BLE001 - raised again on the UI thread
            outcome["error"] = exc
        finally:
            signals.succeeded.emit(None)

    # Not the pool: its few threads may all be busy with long operations.
    thread = threading.Thread(target=run, name="wait_off_ui_thread", daemon=True)
    _background_began()
    try:
        thread.start()
        # The quit is queued even when the call ended before the loop started: it always ends.
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        thread.join()  # out of emit() before `signals` goes away
    finally:
        _background_ended()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")
