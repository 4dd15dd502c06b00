"""The UI thread stays free while the window's long operations run (issue 19: no stall over
100 ms, measured with a 10 ms timer): a roster export and an encrypted backup of a few thousand
officials driven through the main window, and wait_off_ui_thread, which takes the short
freezes (a key derivation, a feature's first imports) off the UI thread."""

from __future__ import annotations

import gc
import sys
import threading
import time
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from kinerja_desktop.gui.data_safety.backup_dialog import BackupDialog
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.gui.shared.operations import Operation, wait_off_ui_thread
from kinerja_desktop.gui.shared.stall_probe import StallProbe, measure, run_until
from kinerja_desktop.services import roster_io
from kinerja_desktop.services.backup import verify_backup
from tests.helpers.gui_fixtures import show_main_window, window_action
from tests.helpers.tables import HEADER, row, write_csv

# The goal is 100 ms on an idle office PC (bench/ui_stall_bench.py measures it). A test shares
# the machine with the rest of the suite (and CI runs two workers on two cores): the OS may not
# schedule the UI thread for tens of milliseconds whatever the app does. The bound is wide
# enough for that and still far below what a regression costs: work back on the UI thread
# (writing the file there, a whole-table refresh after) freezes it for the whole operation.
STALL_BOUND_MS = 250
OFFICIALS = 3000
PASSPHRASE = "rahasia-kabupaten"


def _nip(n: int) -> str:
    """Distinct valid NIPs: a birth date per 999 officials, a serial within it."""
    born = date(1965, 1, 1) + timedelta(days=n // 999)
    return f"{born:%Y%m%d}199003{1 + n % 2}{1 + n % 999:03d}"


@pytest.fixture
def roster_window(app, qtbot, db, tmp_path):
    """The main window on a roster of OFFICIALS officials in 40 units, settled (first paints
    and the roster's first page done: they are not the operation's)."""
    rows = [row(_nip(n), f"Pejabat Uji {n}", f"Kepala Seksi {n}", f"Dinas Uji {n % 40}",
                eselon="IV.a", pangkat_golongan="III/d") for n in range(OFFICIALS)]
    report = roster_io.import_roster(db, write_csv(tmp_path / "pejabat.csv", HEADER, rows))
    assert report.applied and report.new == OFFICIALS
    window = show_main_window(qtbot, db)
    run_until(lambda: False, 0.5)
    return window


def test_exporting_the_roster_keeps_the_window_answering(roster_window, tmp_path,
                                                         monkeypatch):
    target = tmp_path / "daftar-pejabat.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *_a, **_k: (str(target), "CSV untuk Excel (*.csv)")))
    report = measure(window_action(roster_window, "exportAction").trigger,
                     lambda: not Operation._running, timeout_s=60)
    assert report.finished
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == OFFICIALS + 1  # the header, then every official: it really ran
    assert report.worst_ms < STALL_BOUND_MS, report


@pytest.mark.modal_allowed  # the backup dialog is real: a timer fills it and clicks, as a user
def test_an_encrypted_backup_keeps_the_window_answering(roster_window, tmp_path):
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    made: list[BackupDialog] = []

    def fill() -> None:  # once the dialog is up (inside its exec), as a user fills it
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BackupDialog) or made:
            return
        made.append(dialog)
        dialog.folder_edit.setText(str(stick))
        dialog.encrypt_check.setChecked(True)
        dialog.passphrase_edit.setText(PASSPHRASE)
        dialog.confirm_edit.setText(PASSPHRASE)
        dialog.start_button.click()

    user = QTimer()
    user.timeout.connect(fill)
    user.start(20)
    try:
        # The trigger returns once the dialog closed: after the backup was written and checked.
        report = measure(window_action(roster_window, "backupAction").trigger, lambda: True)
    finally:
        user.stop()
    assert made and made[0].result_path is not None
    assert verify_backup(made[0].result_path, PASSPHRASE).ok
    assert report.worst_ms < STALL_BOUND_MS, report


# wait_off_ui_thread ---------------------------------------------------------------------------

def test_waiting_off_the_ui_thread_returns_the_value_and_keeps_ticking(app):
    ran_on: list[threading.Thread] = []

    def slow() -> int:
        ran_on.append(threading.current_thread())
        time.sleep(0.3)  # a key derivation's time
        return 42

    probe = StallProbe()
    probe.start()
    assert wait_off_ui_thread(slow) == 42
    report = probe.stop()
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert report.ticks >= 10  # about 30: the event loop ran meanwhile
    assert report.worst_ms < STALL_BOUND_MS, report


def test_waiting_off_the_ui_thread_raises_the_calls_error_here(app):
    def broken() -> None:
        raise ValueError("kata sandi")

    with pytest.raises(ValueError, match="kata sandi"):
        wait_off_ui_thread(broken)
    assert wait_off_ui_thread(lambda: None) is None  # and the next call works


def test_checking_a_backup_from_the_window_shows_its_progress(app, qtbot, demo_window,
                                                              tmp_path, monkeypatch):
    """Verifying 350 MB takes half a minute: the dialog follows it by bytes (it showed a busy
    bar only), and the check may be cancelled (it writes nothing)."""
    from kinerja_desktop.services.backup import make_backup
    from tests.helpers.dialogs import record_dialogs
    shown = record_dialogs(monkeypatch, operations)
    good = make_backup(demo_window.db, tmp_path).path
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_a, **_k: (str(good), "")))
    reported: list[tuple[int, int]] = []
    cancellable: list[bool] = []
    real = Operation._progressed

    def progressed(self, done, total, text=""):
        reported.append((done, total))
        cancellable.append(self.cancellable)
        return real(self, done, total, text)

    monkeypatch.setattr(Operation, "_progressed", progressed)
    window_action(demo_window, "verifyBackupAction").trigger()
    qtbot.waitUntil(lambda: bool(shown.information) and not Operation._running, timeout=20000)
    assert shown.information[0].startswith("Berkas cadangan baik") and shown.errors == []
    assert reported and all(total == 1000 for _done, total in reported)
    assert reported[-1][0] >= 990 and all(cancellable)


def test_the_gil_is_handed_over_sooner_only_while_work_runs(app, qtbot):
    """CPython hands the GIL to the UI thread only after the switch interval: 1 ms while a
    background operation runs (the window's repaints wait less), the default again after."""
    before = sys.getswitchinterval()
    release = threading.Event()
    seen: list[float] = []
    operation = Operation(None, lambda _ctx: (seen.append(sys.getswitchinterval()),
                                              release.wait(10)))
    assert operation.run_in_background()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0] == pytest.approx(operations.BUSY_SWITCH_INTERVAL_S)
    release.set()
    qtbot.waitUntil(lambda: not operation.is_running, timeout=5000)
    assert sys.getswitchinterval() == pytest.approx(before)
    assert wait_off_ui_thread(sys.getswitchinterval) == pytest.approx(
        operations.BUSY_SWITCH_INTERVAL_S)
    assert sys.getswitchinterval() == pytest.approx(before)



class _Collections:
    """Notes the generations the garbage collector collects while it is installed."""

    def __init__(self) -> None:
        self.generations: list[int] = []

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self.generations.append(info["generation"])

    def __enter__(self) -> _Collections:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *_exc) -> None:
        gc.callbacks.remove(self)


def _hold_objects_until_full_collection(limit: int = 4_000_000) -> int:
    """Hold ever more small containers (what a big import's plan does to the heap) until a
    full collection runs; how many it took (the heap's size decides it)."""
    held: list = []
    with _Collections() as seen:
        while 2 not in seen.generations and len(held) < limit:
            held.extend([n] for n in range(50_000))
    assert 2 in seen.generations, "no full collection: the test proves nothing"
    return len(held)


def test_no_full_garbage_collection_while_work_runs(app, qtbot):
    """A full collection scans every live object holding the GIL: while an import of 100,000
    rows held its rows, each froze the window for 64 ... 354 ms. While background work runs
    only the young generations are collected; the thresholds come back after."""
    before = gc.get_threshold()
    enough = _hold_objects_until_full_collection()

    def work(_ctx) -> list[int]:
        with _Collections() as seen:
            held = [[n] for n in range(2 * enough)]
        del held
        return seen.generations
    seen: list[list[int]] = []
    operation = Operation(None, work).success(seen.append)
    assert operation.run_in_background()
    qtbot.waitUntil(lambda: not operation.is_running and bool(seen), timeout=30000)
    assert 0 in seen[0] and 2 not in seen[0]
    assert gc.get_threshold() == before
