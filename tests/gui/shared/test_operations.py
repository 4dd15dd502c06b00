"""gui/shared/operations.py: work off the UI thread with its outcome back on the UI thread,
progress in a dialog, cancel as a notice, every failure through the one error path (the real
message boxes are read here, not patched), the worker's database connection closed after."""

from __future__ import annotations

import re
import sqlite3
import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QProgressDialog, QWidget

from kinerja_desktop.errors import KinerjaError, OperationCancelled
from kinerja_desktop.gui.shared import errors, operations
from kinerja_desktop.gui.shared.operations import (SHOW_PROGRESS_AFTER_MS, Operation, attempt,
                                                   may_close)
from kinerja_desktop.services.roster import RosterService
from tests.helpers.open_files import held_open

# The boxes are real modal dialogs, read and closed by the Boxes watcher.
pytestmark = pytest.mark.modal_allowed

Button = QMessageBox.StandardButton
MAIN = threading.main_thread()


class Boxes:
    """Reads each message box as it opens (from inside its modal loop) and answers it."""

    def __init__(self) -> None:
        self.seen: list[dict] = []
        self.answer = Button.Ok
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.look)
        self.timer.start()

    def look(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            self.seen.append({"icon": box.icon(), "title": box.windowTitle(),
                              "text": box.text(), "details": box.detailedText(),
                              "parent": box.parentWidget()})
            button = box.button(self.answer) or box.button(Button.Ok)
            button.click()


@pytest.fixture
def boxes(app):
    watcher = Boxes()
    yield watcher
    watcher.timer.stop()


@pytest.fixture
def window(app, qtbot):
    window = QMainWindow()
    window.setWindowTitle("Jendela uji")
    window.resize(640, 300)  # room for whole notices: narrower ones are elided (status.py)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    assert QThreadPool.globalInstance().waitForDone(20000)


@pytest.fixture
def log_file(private_data_dir, monkeypatch):
    monkeypatch.setattr(errors.log, "handlers", [])
    monkeypatch.setattr(errors.log, "level", errors.log.level)
    errors.setup_logging()
    yield private_data_dir / "kinerja.log"
    for handler in errors.log.handlers:
        handler.close()


def progress_dialog(parent: QWidget) -> QProgressDialog | None:
    found = [d for d in parent.findChildren(QProgressDialog, "operationProgress")
             if d.isVisible()]
    return found[0] if found else None


def raise_bug():
    raise ValueError("nilai rusak di dalam pekerja")


# Outcomes -------------------------------------------------------------------------------------

def test_success_arrives_on_the_ui_thread_with_the_result(window, qtbot, boxes):
    calls = []
    operation = (Operation(window, lambda ctx: (threading.current_thread() is MAIN, 42))
                 .finished(lambda: calls.append(("finished", threading.current_thread())))
                 .success(lambda value: calls.append(("success", value,
                                                      threading.current_thread())))
                 .failure(lambda exc: calls.append(("failure", exc))))
    assert operation.run_in_background()
    assert operation.is_running
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=5000)
    assert calls == [("finished", MAIN), ("success", (False, 42), MAIN)]  # worked off the UI
    assert not operation.is_running and boxes.seen == []


def test_a_user_error_is_shown_plainly_after_the_failure_callback(window, qtbot, boxes,
                                                                 log_file):
    order = []

    def fail(_ctx):
        raise KinerjaError("Berkas cadangan tidak dapat dibaca: akses ditolak.")

    (Operation(window, fail, title="Cadangan")
     .failure(lambda exc: order.append(("failure", len(boxes.seen))))
     .success(lambda value: order.append("success"))
     .run_in_background())
    qtbot.waitUntil(lambda: bool(boxes.seen), timeout=5000)
    (box,) = boxes.seen
    assert (box["icon"], box["title"], box["text"], box["details"]) == (
        QMessageBox.Icon.Warning, "Cadangan", "Berkas cadangan tidak dapat dibaca: akses ditolak.",
        "")
    assert box["parent"] is window
    assert order == [("failure", 0)]  # the window is put right before the box opens
    assert not log_file.exists() or "akses ditolak" not in log_file.read_text("utf-8")


def test_a_bug_is_shown_with_a_reference_that_is_in_the_log(window, qtbot, boxes, log_file):
    Operation(window, lambda ctx: raise_bug()).run_in_background()
    qtbot.waitUntil(lambda: bool(boxes.seen), timeout=5000)
    (box,) = boxes.seen
    assert box["icon"] == QMessageBox.Icon.Critical
    reference = re.search(r"dengan rujukan (KD-\d{8}-\d{4}-[0-9A-F]{4})\.", box["text"])[1]
    assert f"Rincian dicatat di {log_file}" in box["text"]
    assert "in raise_bug" in box["details"]
    logged = log_file.read_text(encoding="utf-8")
    assert f"rujukan {reference}:" in logged
    assert "ValueError: nilai rusak di dalam pekerja" in logged.split(reference, 1)[1]


def test_expected_errors_are_the_failure_callbacks_to_show(window, qtbot, boxes):
    failures = []

    def fail(_ctx):
        raise KinerjaError("Baris 3 tidak terbaca.")

    (Operation(window, fail).expect(KinerjaError).failure(failures.append)
     .run_in_background())
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    qtbot.wait(50)
    assert str(failures[0]) == "Baris 3 tidak terbaca." and boxes.seen == []


# Progress and cancel --------------------------------------------------------------------------

def test_progress_reaches_the_dialog_determinate_then_busy(window, qtbot, boxes):
    step, go_on, done = threading.Event(), threading.Event(), []

    def work(ctx):
        ctx.progress(3, 10, "Tabel pejabat")
        step.wait(10)
        ctx.progress(0, 0, "Menyusun ulang daftar")
        go_on.wait(10)
        return "selesai"

    (Operation(window, work).with_progress("Menggabungkan data…")
     .success(done.append).run_in_background())
    qtbot.waitUntil(lambda: progress_dialog(window) is not None, timeout=5000)
    dialog = progress_dialog(window)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.windowTitle() == "Jendela uji"
    qtbot.waitUntil(lambda: dialog.value() == 3, timeout=5000)
    assert (dialog.minimum(), dialog.maximum()) == (0, 10)
    assert dialog.labelText() == "Menggabungkan data…\nTabel pejabat"
    assert dialog.findChild(QWidget, "cancelButton") is None  # not safe to cancel: no button
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nor a way round it
    assert dialog.isVisible()
    step.set()
    qtbot.waitUntil(lambda: dialog.labelText().endswith("Menyusun ulang daftar"), timeout=5000)
    assert (dialog.minimum(), dialog.maximum()) == (0, 0)  # no known end: busy
    go_on.set()
    qtbot.waitUntil(lambda: done == ["selesai"], timeout=5000)
    assert progress_dialog(window) is None


def test_quick_work_shows_no_progress_dialog(window, qtbot, boxes, monkeypatch):
    made = []

    class Recorded(operations._ProgressDialog):
        def __init__(self, *args):
            super().__init__(*args)
            made.append(self)

    monkeypatch.setattr(operations, "_ProgressDialog", Recorded)
    done, release = [], threading.Event()
    (Operation(window, lambda ctx: ctx.progress(1, 1, "sekejap")).with_progress("Sebentar…")
     .success(done.append).run_in_background())
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    qtbot.wait(SHOW_PROGRESS_AFTER_MS + 100)
    assert made == []  # never made, so never flashed
    (Operation(window, lambda ctx: release.wait(10)).with_progress("Lama…")
     .success(done.append).run_in_background())
    qtbot.waitUntil(lambda: len(made) == 1 and made[0].isVisible(), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(made[0]), timeout=5000)  # closed, deleted


def test_cancel_stops_the_work_with_a_notice_not_an_error(window, qtbot, boxes):
    seen, stopping = [], threading.Event()

    def work(ctx):
        turns = 0
        while not ctx.cancelled():
            turns += 1
            ctx.progress(turns % 100, 100, f"putaran {turns}")
            time.sleep(0.005)
        seen.append(turns)
        stopping.wait(10)  # rolling back, say
        ctx.check_cancelled()
        return "tidak sampai di sini"

    results = []
    operation = (Operation(window, work).with_progress("Mengekspor…", cancellable=True)
                 .success(results.append).failure(results.append))
    operation.run_in_background()
    qtbot.waitUntil(lambda: progress_dialog(window) is not None, timeout=5000)
    dialog = progress_dialog(window)
    button = dialog.findChild(QWidget, "cancelButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    # Until the work has stopped, the dialog stays and says so; no second cancel.
    assert dialog.isVisible() and dialog.labelText() == "Membatalkan…"
    assert not button.isEnabled() and operation.is_running
    stopping.set()
    qtbot.waitUntil(lambda: not operation.is_running, timeout=5000)
    assert len(seen) == 1 and results == [] and boxes.seen == []
    assert window.statusBar().currentMessage() == "Dibatalkan; tidak ada yang diubah."
    assert progress_dialog(window) is None


def test_a_cancel_callback_replaces_the_notice(window, qtbot, boxes):
    notices = []

    def work(ctx):
        raise OperationCancelled("Ekspor dibatalkan; tidak ada berkas yang ditulis.")

    Operation(window, work).cancelled(lambda exc: notices.append(str(exc))).run_in_background()
    qtbot.waitUntil(lambda: bool(notices), timeout=5000)
    assert notices == ["Ekspor dibatalkan; tidak ada berkas yang ditulis."]
    assert window.statusBar().currentMessage() == "" and boxes.seen == []


# Threads, connections, repeats ---------------------------------------------------------------

def test_the_workers_database_connection_is_closed_afterwards(window, qtbot, db, boxes):
    # With no other connection open, SQLite closes a file as soon as its connection closes
    # (while another holds locks it keeps the descriptor for reuse, which would blur this).
    db.close()
    assert len(held_open(db.path)) == 0
    during, done = [], []

    def work(ctx):
        count = RosterService(db).count()
        during.append((len(held_open(db.path)), db.handle._state.conn))  # this thread's (peewee)
        return count

    Operation(window, work, db=db).success(done.append).run_in_background()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    files, connection = during[0]
    assert files > 0 and connection is not None  # the worker had a connection of its own …
    assert len(held_open(db.path)) == 0  # … closed by the time its result arrived
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        connection.execute("SELECT 1")
    assert RosterService(db).count() == 0  # the UI thread opens its own again


def test_a_second_run_while_running_does_not_start_twice(window, qtbot, boxes):
    started, release, done = [], threading.Event(), []

    def click() -> bool:
        # One call site, as a menu action's handler is: each click makes a new Operation.
        def work(ctx):
            started.append(1)
            release.wait(10)
            return len(started)
        return Operation(window, work).success(done.append).run_in_background()

    assert click()
    assert not click()  # refused while the first runs
    release.set()
    qtbot.waitUntil(lambda: done == [1], timeout=5000)
    assert click()  # finished: it may run again
    qtbot.waitUntil(lambda: done == [1, 2], timeout=5000)
    assert len(started) == 2


def test_an_operation_is_kept_alive_until_it_reports(window, qtbot, boxes):
    import gc
    release, done = threading.Event(), []
    Operation(window, lambda ctx: release.wait(10) and "hidup").success(
        done.append).run_in_background()
    gc.collect()  # nobody else holds it
    release.set()
    qtbot.waitUntil(lambda: done == ["hidup"], timeout=5000)


# Closing the window while it runs -------------------------------------------------------------

def test_closing_during_cancellable_work_asks_cancels_then_closes(window, qtbot, boxes):
    def work(ctx):
        while not ctx.cancelled():
            time.sleep(0.005)
        ctx.check_cancelled()

    Operation(window, work).with_progress("Mencetak…", cancellable=True).run_in_background()
    boxes.answer = Button.No
    window.close()
    qtbot.waitUntil(lambda: len(boxes.seen) == 1, timeout=5000)
    assert window.isVisible()
    assert "Mencetak." in boxes.seen[0]["text"] and "Hentikan lalu tutup?" in boxes.seen[0]["text"]
    boxes.answer = Button.Yes
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert len(boxes.seen) == 2


def test_closing_during_work_that_cannot_stop_is_refused(window, qtbot, boxes):
    release, done = threading.Event(), []
    (Operation(window, lambda ctx: release.wait(10)).with_progress("Memulihkan…")
     .success(done.append).run_in_background())
    window.close()
    qtbot.waitUntil(lambda: bool(boxes.seen), timeout=5000)
    assert "tidak aman dihentikan" in boxes.seen[0]["text"] and window.isVisible()
    release.set()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert may_close(window)
    window.close()
    assert not window.isVisible()


def test_an_abandoned_run_ends_unseen(window, qtbot, boxes):
    release, calls = threading.Event(), []

    def work(ctx):
        release.wait(10)
        raise_bug()

    operation = (Operation(window, work).finished(lambda: calls.append("finished"))
                 .failure(calls.append))
    operation.run_in_background()
    operation.abandon()
    release.set()
    qtbot.waitUntil(lambda: not operation.is_running, timeout=5000)
    qtbot.wait(50)
    assert calls == [] and boxes.seen == []


# At once, on the UI thread ---------------------------------------------------------------------

def test_run_now_shares_the_error_path(window, boxes, log_file):
    outcome = attempt(window, lambda: 7 * 6)
    assert outcome and outcome.value == 42 and boxes.seen == []

    outcome = attempt(window, lambda: (_ for _ in ()).throw(KinerjaError("NIP sudah ada.")),
                      "Simpan pejabat")
    assert not outcome and isinstance(outcome.error, KinerjaError)
    assert [(b["icon"], b["title"], b["text"]) for b in boxes.seen] == [
        (QMessageBox.Icon.Warning, "Simpan pejabat", "NIP sudah ada.")]

    outcome = attempt(window, raise_bug)
    assert not outcome and isinstance(outcome.error, ValueError)
    box = boxes.seen[-1]
    assert box["icon"] == QMessageBox.Icon.Critical and "in raise_bug" in box["details"]
    reference = re.search(r"rujukan (KD-[0-9-]+-[0-9A-F]{4})\.", box["text"])[1]
    assert f"rujukan {reference}:" in log_file.read_text(encoding="utf-8")


def test_run_now_calls_the_same_callbacks_on_the_ui_thread(window, boxes):
    calls = []
    outcome = (Operation(window, lambda ctx: threading.current_thread())
               .finished(lambda: calls.append("finished"))
               .success(calls.append).run_now())
    assert outcome.value is MAIN and calls == ["finished", MAIN]
