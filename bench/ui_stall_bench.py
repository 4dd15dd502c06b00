"""The UI thread while the window's long operations run: the largest stall of a 10 ms timer
(gui/shared/stall_probe) and the wall time of each, through the real main window, at two sizes.

Each operation runs in a child process of its own (QT_QPA_PLATFORM=offscreen, a fresh data
folder, its own copy of the database) and is started as a user starts it: the window's QAction
triggered, the file dialogs, message boxes and input dialogs answered by patched static
functions, the feature's own dialog (import, backup, merge, print options) filled and its
buttons clicked by a timer as a user would. The probe runs from the trigger until the result is
shown (the final message box, the dialog closed, the status bar notice), so work done on the UI
thread before or after the worker counts. The cases:
  import            roster import of a CSV (check, preview, import)      gui/roster
  export_csv        roster export to CSV                                 gui/roster
  backup            backup to a folder                                   gui/data_safety
  backup_encrypted  the same with a passphrase
  verify            verifying a plain backup
  verify_encrypted  verifying an encrypted backup (passphrase asked first)
  merge             another PC's copy: the trial run, then the merge
  print_batch       every final evaluation into one PDF                   gui/documents
  restore           restoring an encrypted backup (the database reopened after)
  idle              the same window doing nothing (the floor: the machine's own load)
"""

# .venv/bin/python bench/ui_stall_bench.py [--small] [--runs N] [--only a,b] [--sizes 2000,...]
#   --small: 2,000 officials (a 2,000-row CSV, 20 printed sheets; ~30 s once files are cached);
#   default: 10,000 and 100,000 officials (a CSV of 10,000 rows and 100,000 rows; 80 and 400
#   sheets). Writes bench/out/ui_stall.json. Exits 0 whatever the goal says; non-zero only when
#   a step crashed. The gaps over 50 ms are listed with the phase they fell in (--gaps).
# Finding a stall's cause (py-spy is not installed here): --sample notes every thread's stack
# while the UI thread has not ticked for 50 ms (a Python thread: it sees only what runs when
# it gets the GIL); UI_STALL_DUMPS=<file> makes faulthandler's C watchdog dump every thread's
# stack 30 ms into each stall, GIL or not (diagnosis only: a dump may crash the child).

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from peak_memory import peak_mb  # bench/ is sys.path[0] when run as a script

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for folder in (str(ROOT), str(BENCH)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

GOAL_STALL_MS = 100.0
# (officials, CSV rows imported, sheets printed) per size.
SMALL_SIZES = ((2_000, 2_000, 20),)
FULL_SIZES = ((10_000, 10_000, 80), (100_000, 100_000, 400))
CASES = ("import", "export_csv", "backup", "backup_encrypted", "verify", "verify_encrypted",
         "merge", "print_batch", "restore", "idle")
PASSPHRASE = "rahasia-kabupaten-serang"
OUT = BENCH / "out" / "ui_stall.json"
WORK = BENCH / "out" / "ui_stall"  # this bench's own files: others build theirs elsewhere
CHILD_TIMEOUT_S = 1200
SETTLE_S = 0.5  # after the window is shown: its first paints and timers are not the case's
IDLE_S = 3.0
USER_S = 0.3  # a user reads what a dialog shows before clicking on
GAP_NOTE_MS = 50.0  # gaps listed (with their phase) to find where a stall comes from
PREPARED_VERSION = "1"


class BenchError(RuntimeError):
    """A step of the benchmark crashed (as opposed to missing a goal)."""


# The child -------------------------------------------------------------------------------------

def _timed_probe():
    """A StallProbe that also notes each gap over GAP_NOTE_MS with its time and phase."""
    import faulthandler

    from kinerja_desktop.gui.shared.stall_probe import StallProbe
    dump_path = os.environ.get("UI_STALL_DUMPS")
    dumps = open(dump_path, "w") if dump_path else None

    class TimedProbe(StallProbe):
        def __init__(self) -> None:
            super().__init__()
            self.phase = "start"
            self.gaps: list[tuple[float, float, str]] = []
            self.events: list[tuple[float, str]] = []

        def note(self, phase: str) -> None:
            self.phase = phase
            if self._started:
                self.events.append((round(time.perf_counter() - self._started, 3), phase))

        def _tick(self) -> None:
            if dumps is not None:  # C watchdog: dumps every thread's stack, GIL or not
                faulthandler.dump_traceback_later(0.03, repeat=True, file=dumps)
            now = time.perf_counter()
            gap = (now - self._last) * 1000
            if self._started and gap > GAP_NOTE_MS:
                self.gaps.append((round(self._last - self._started, 3), round(gap, 1),
                                  self.phase))
            super()._tick()

    return TimedProbe()


class _Driver:
    """Steps a user takes in the feature's dialogs: each (name, ready(), act()) waits until
    ready() is true, then USER_S more (what the user reads, so that the painting of what was
    shown counts in the phase that showed it), then acts; a 10 ms timer of its own polls."""

    def __init__(self, probe, steps) -> None:
        from PySide6.QtCore import QTimer
        self.probe, self.steps = probe, list(steps)
        self.seen_at: float | None = None
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        if not self.steps:
            self.timer.stop()
            return
        name, ready, act = self.steps[0]
        if self.seen_at is None:
            if ready():
                self.seen_at = time.perf_counter()
            return
        if time.perf_counter() - self.seen_at >= USER_S and ready():
            self.steps.pop(0)
            self.seen_at = None
            self.probe.note(name)
            act()


class _Sampler:
    """A poor man's py-spy (not installed here): a thread that, while the probe has not ticked
    for over GAP_NOTE_MS, notes what every thread is running; --sample prints the counts."""

    def __init__(self, probe) -> None:
        import threading
        self.probe, self.stacks = probe, {}
        self.main = threading.main_thread().ident
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        import traceback
        while not self._stop.wait(0.005):
            if not self.probe._started:
                continue
            if (time.perf_counter() - self.probe._last) * 1000 < GAP_NOTE_MS:
                continue
            for ident, frame in sys._current_frames().items():
                if ident == self.thread.ident:
                    continue
                where = "UI" if ident == self.main else "worker"
                lines = [f"{Path(f.filename).name}:{f.lineno} {f.name}"
                         for f in traceback.extract_stack(frame)[-6:]]
                key = f"{where}: " + " < ".join(reversed(lines))
                self.stacks[key] = self.stacks.get(key, 0) + 1

    def stop(self) -> list[tuple[int, str]]:
        self._stop.set()
        self.thread.join()
        return sorted(((n, k) for k, n in self.stacks.items()), reverse=True)[:15]


def _dialog(name: str):
    """The visible top-level dialog with this objectName, if any."""
    from PySide6.QtWidgets import QApplication
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None


def child(case: str, db_path: Path, files: dict) -> dict:
    """One case in this (child) process; returns what it measured."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from kinerja_desktop.gui.app import create_application, show_main_window
    from kinerja_desktop.gui.main_window import MainWindow
    from kinerja_desktop.gui.shared import operations
    from kinerja_desktop.gui.shared.screen_fit import install_screen_fitter
    from kinerja_desktop.gui.shared.stall_probe import run_until
    from kinerja_desktop.services.database import open_database_for_use

    app = create_application([], "id", fit_windows=False)
    probe = _timed_probe()
    shown: list[tuple[str, str, str]] = []  # (kind, title, text) of every box shown
    counts = {"progress": 0, "progress_ms": 0.0, "complete_ms": 0.0}
    button = QMessageBox.StandardButton

    def box(kind: str, answer):
        def show(_parent, title, text, *_args, **_kwargs):
            shown.append((kind, str(title), str(text)[:300]))
            probe.note(f"{kind} box")
            return answer
        return staticmethod(show)

    QMessageBox.information = box("information", button.Ok)
    QMessageBox.warning = box("warning", button.Ok)
    QMessageBox.critical = box("critical", button.Ok)
    QMessageBox.question = box("question", button.Yes)

    def error_box(self) -> int:  # show_error's own box (a bug, with its reference)
        shown.append(("error", self.windowTitle(), self.text()[:300]))
        return int(button.Ok)
    QMessageBox.exec = error_box

    chosen = files.get("chosen", "")
    QFileDialog.getOpenFileName = staticmethod(lambda *_a, **_k: (chosen, ""))
    QFileDialog.getSaveFileName = staticmethod(lambda *_a, **_k: (chosen, files.get("filter",
                                                                                    "")))
    QFileDialog.getExistingDirectory = staticmethod(lambda *_a, **_k: chosen)
    QInputDialog.getText = staticmethod(lambda *_a, **_k: (PASSPHRASE, True))
    QInputDialog.getItem = staticmethod(lambda _p, _t, _l, items, *_a, **_k: (items[0], True))

    # How often the workers report progress and how long the UI thread spends on it, and on
    # each outcome (the success callbacks: message boxes, refreshes).
    progressed, complete = operations.Operation._progressed, operations.Operation._complete

    def counted_progress(self, *args):
        started = time.perf_counter()
        try:
            return progressed(self, *args)
        finally:
            counts["progress"] += 1
            counts["progress_ms"] += (time.perf_counter() - started) * 1000

    def timed_complete(self, *args):
        probe.note(f"outcome of {self.label.splitlines()[0] if self.label else 'operation'}")
        started = time.perf_counter()
        try:
            return complete(self, *args)
        finally:
            counts["complete_ms"] += (time.perf_counter() - started) * 1000
    operations.Operation._progressed = counted_progress
    operations.Operation._complete = timed_complete

    db = open_database_for_use(db_path)
    window = MainWindow(db)
    show_main_window(window)
    install_screen_fitter(app)  # as run_gui does once the window painted
    run_until(lambda: False, SETTLE_S)

    from kinerja_desktop.gui.shared.features import make_action  # noqa: F401 - loaded first
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    def trigger(name: str):
        action = window.findChild(QAction, name, Qt.FindChildOption.FindDirectChildrenOnly)
        if action is None:
            raise BenchError(f"no action {name!r}")
        return lambda: (probe.note(f"trigger {name}"), action.trigger())

    ended = {"done": False}

    def box_shown(kind: str = "information") -> bool:
        return any(k == kind for k, _t, _x in shown)

    def idle_operations() -> bool:
        return not operations.Operation._running

    steps: list = []
    start = lambda: None  # noqa: E731
    done = lambda: True  # noqa: E731
    if case == "import":
        def ready_to_import() -> bool:
            dialog = _dialog("importDialog")
            return (dialog is not None and dialog.state == dialog.IDLE
                    and dialog.report is not None)

        def click_import() -> None:
            dialog = _dialog("importDialog")
            if not dialog.can_import():
                shown.append(("failed", "import", dialog.message_label.text()))
                dialog.reject()
                return
            dialog.import_button.click()
        steps = [("preview shown: Impor clicked", ready_to_import, click_import)]
        start = trigger("importAction")
        done = lambda: box_shown() and ended["done"]  # noqa: E731
    elif case == "export_csv":
        start = trigger("exportAction")
        done = idle_operations
    elif case in ("backup", "backup_encrypted"):
        def fill_and_start() -> None:
            dialog = _dialog("backupDialog")
            dialog.folder_edit.setText(chosen)
            if case == "backup_encrypted":
                dialog.encrypt_check.setChecked(True)
                dialog.passphrase_edit.setText(PASSPHRASE)
                dialog.confirm_edit.setText(PASSPHRASE)
            dialog.start_button.click()
        steps = [("backup dialog filled", lambda: _dialog("backupDialog") is not None,
                  fill_and_start)]
        start = trigger("backupAction")
        done = lambda: ended["done"]  # noqa: E731
    elif case in ("verify", "verify_encrypted"):
        start = trigger("verifyBackupAction")
        done = lambda: bool(shown) and idle_operations()  # noqa: E731
    elif case == "merge":
        def choose_and_check() -> None:
            dialog = _dialog("mergeDialog")
            dialog.file_edit.setText(chosen)
            dialog.check_button.click()

        def ready_to_merge() -> bool:
            dialog = _dialog("mergeDialog")
            return (dialog is not None and dialog.plan is not None and idle_operations()
                    and dialog.merge_button.isEnabled())
        steps = [("merge dialog: Uji coba clicked", lambda: _dialog("mergeDialog") is not None,
                  choose_and_check),
                 ("trial shown: Gabungkan clicked", ready_to_merge,
                  lambda: _dialog("mergeDialog").merge_button.click())]
        start = trigger("mergeAction")
        done = lambda: ended["done"]  # noqa: E731
    elif case == "print_batch":
        steps = [("print options accepted", lambda: _dialog("printOptionsDialog") is not None,
                  lambda: _dialog("printOptionsDialog").accept())]
        start = trigger("batchPrintAction")
        done = lambda: box_shown() and idle_operations()  # noqa: E731
    elif case == "restore":
        start = trigger("restoreAction")
        done = lambda: box_shown() and idle_operations()  # noqa: E731
    elif case == "idle":
        until = time.perf_counter() + IDLE_S
        done = lambda: time.perf_counter() > until  # noqa: E731
    else:
        raise BenchError(f"unknown case {case!r}")

    sampler = _Sampler(probe) if os.environ.get("UI_STALL_SAMPLE") else None
    probe.start()
    driver = _Driver(probe, steps)
    try:
        start()  # a dialog's exec() returns here only once the user closed it
        ended["done"] = True
        probe.note("trigger returned")
        finished = run_until(done, CHILD_TIMEOUT_S)
        report = probe.stop()
    finally:
        driver.timer.stop()
    samples = sampler.stop() if sampler is not None else []
    import faulthandler
    faulthandler.cancel_dump_traceback_later()
    problems = [s for s in shown if s[0] in ("warning", "critical", "error", "failed")]
    result = {"case": case, "worst_ms": report.worst_ms, "seconds": report.seconds,
              "ticks": report.ticks, "finished": finished and not driver.steps,
              "problems": problems, "boxes": [s[:2] for s in shown],
              "gaps": sorted(probe.gaps, key=lambda g: -g[1])[:12],
              "events": probe.events, "progress_calls": counts["progress"],
              "progress_ms": round(counts["progress_ms"], 1),
              "outcome_ms": round(counts["complete_ms"], 1), "peak_mb": peak_mb(),
              "samples": samples}
    if case != "idle" and (problems or not result["finished"]):
        raise BenchError(json.dumps(result, ensure_ascii=False)[:3000])
    return result


# The parent ------------------------------------------------------------------------------------

def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (a cached file may be open elsewhere)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def prepare(count: int, rows: int, sheets: int, log) -> dict:
    """The size's files, cached under bench/out/ui_stall/<count>/: this PC's database and the
    other PC's backup (merge_bench's pair), the CSV to import (import_bench's rows), a plain and
    an encrypted backup of this PC's database, and print_db's database of final evaluations."""
    import import_bench
    import make_db
    import merge_bench
    import print_db
    folder = WORK / str(count)
    stamp = f"{PREPARED_VERSION}:{make_db.stamp(count, make_db.SEED)}:{rows}"
    stamp_file = folder / "stamp.txt"
    files = {"base": folder / "base.kinerja", "other": folder / "other" / "lain.kinerja",
             "csv": folder / "pejabat.csv"}
    if not (stamp_file.exists() and stamp_file.read_text() == stamp
            and all(p.exists() for p in files.values())):
        started = time.perf_counter()
        ours, theirs = merge_bench.prepare(count, log)
        shutil.rmtree(folder, ignore_errors=True)
        for sub in ("other", "plain", "encrypted"):
            (folder / sub).mkdir(parents=True)
        _copy_database(ours, files["base"])
        shutil.copyfile(theirs, files["other"])
        import_bench.write_csv(files["csv"], import_bench.make_rows(files["base"], rows))
        from kinerja_desktop.services.backup import make_backup
        from kinerja_desktop.storage.database import open_database
        work = folder / "work.kinerja"
        _copy_database(files["base"], work)
        db = open_database(work)
        try:
            make_backup(db, folder / "plain")
            make_backup(db, folder / "encrypted", PASSPHRASE)
        finally:
            db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work}{suffix}").unlink(missing_ok=True)
        stamp_file.write_text(stamp)
        log(f"prepared {folder} in {time.perf_counter() - started:.1f} s")
    # The backups as make_backup named them (beside their checksum files).
    for kind in ("plain", "encrypted"):
        made = sorted(p for p in (folder / kind).iterdir() if not p.name.endswith(".sha256"))
        if not made:
            raise BenchError(f"no {kind} backup in {folder / kind}")
        files[kind] = made[-1]
    files["print"] = print_db.ensure_db(sheets, log=log)
    return files


def _inputs(case: str, files: dict, scratch: Path) -> tuple[Path, dict]:
    """(the database the window opens, what the dialogs answer) for a case."""
    source = files["print"] if case == "print_batch" else files["base"]
    db_path = scratch / "kinerja.kinerja"
    _copy_database(source, db_path)
    answers: dict[str, str] = {}
    if case == "import":
        answers["chosen"] = str(files["csv"])
    elif case == "export_csv":
        answers["chosen"] = str(scratch / "daftar-pejabat.csv")
        answers["filter"] = "CSV untuk Excel (*.csv)"
    elif case in ("backup", "backup_encrypted"):
        (scratch / "flashdisk").mkdir()
        answers["chosen"] = str(scratch / "flashdisk")
    elif case == "verify":
        answers["chosen"] = str(files["plain"])
    elif case in ("verify_encrypted", "restore"):
        answers["chosen"] = str(files["encrypted"])
    elif case == "merge":
        answers["chosen"] = str(files["other"])
    elif case == "print_batch":
        answers["chosen"] = str(scratch / "lembar-evaluasi.pdf")
    return db_path, answers


def run_child(case: str, files: dict) -> dict:
    scratch = Path(tempfile.mkdtemp(prefix=f"kinerja-ui-stall-{case}-"))
    data_dir = scratch / "data"
    data_dir.mkdir()
    try:
        db_path, answers = _inputs(case, files, scratch)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KINERJA_DATA_DIR=str(data_dir),
                   PYTHONPATH=str(ROOT))
        env.pop("KINERJA_STARTUP_PROBE", None)
        done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", case,
                               str(db_path), json.dumps(answers)], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=CHILD_TIMEOUT_S)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise BenchError(f"{case} crashed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(lines[-1])


def measure_all(sizes, runs: int, cases: tuple[str, ...], log) -> dict:
    result_sizes = []
    for count, rows, sheets in sizes:
        files = prepare(count, rows, sheets, log)
        results: dict[str, list[dict]] = {case: [] for case in cases}
        for n in range(runs):
            order = list(cases[n % len(cases):] + cases[:n % len(cases)])  # rotate the first
            for case in order:
                result = run_child(case, files)
                results[case].append(result)
                worst = ", ".join(f"{g[1]:.0f} ms at {g[0]:.2f} s ({g[2]})"
                                  for g in result["gaps"][:3])
                log(f"{count} {case} run {n + 1}: {result['seconds']:.2f} s, largest stall "
                    f"{result['worst_ms']:.0f} ms; progress calls {result['progress_calls']}"
                    + (f"; gaps: {worst}" if worst else ""))
        result_sizes.append({
            "count": count, "rows": rows, "sheets": sheets, "results": results,
            "worst": {case: {"worst_ms": max(r["worst_ms"] for r in rows_),
                             "seconds": sorted(r["seconds"] for r in rows_)[len(rows_) // 2],
                             "peak_mb": max(r["peak_mb"] for r in rows_)}
                      for case, rows_ in results.items()}})
    return {"runs": runs, "goal_stall_ms": GOAL_STALL_MS, "sizes": result_sizes}


def report(result: dict) -> str:
    goal = result["goal_stall_ms"]
    lines = [f"UI-thread stalls during the window's operations (worst of {result['runs']} "
             f"run(s); wall time: median; goal: no stall over {goal:.0f} ms)",
             f"  {'officials':>9} {'case':17} {'wall time':>9} {'largest stall':>14} "
             f"{'peak RSS':>9}  verdict"]
    for size in result["sizes"]:
        for case, m in size["worst"].items():
            verdict = "-" if case == "idle" else ("PASS" if m["worst_ms"] <= goal else "MISS")
            lines.append(f"  {size['count']:9,} {case:17} {m['seconds']:7.2f} s "
                         f"{m['worst_ms']:11.0f} ms {m['peak_mb']:6.0f} MB  {verdict}")
    return "\n".join(lines)


def check(small: bool = True) -> list[tuple[str, float, float]]:
    """For a regression test: (what, the largest UI-thread stall in ms, goal) for each
    operation at each size (one run each; the idle window is not a figure)."""
    cases = tuple(c for c in CASES if c != "idle")
    result = measure_all(SMALL_SIZES if small else FULL_SIZES, 1, cases, lambda _m: None)
    return [(f"{case} at {size['count']:,} officials: largest UI stall (ms)",
             m["worst_ms"], GOAL_STALL_MS)
            for size in result["sizes"] for case, m in size["worst"].items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true", help="2,000 officials (quick)")
    parser.add_argument("--runs", type=int, default=1, help="runs per case (default 1)")
    parser.add_argument("--only", help="comma-separated subset of: " + ",".join(CASES))
    parser.add_argument("--sizes", help="officials[:rows[:sheets]],… instead of the defaults")
    parser.add_argument("--gaps", action="store_true", help="print every case's gaps")
    parser.add_argument("--sample", action="store_true",
                        help="note every thread's stack during stalls (diagnosis; slower)")
    parser.add_argument("--json", action="store_true", help="print one JSON object last")
    parser.add_argument("--child", nargs=3, metavar=("CASE", "DB", "ANSWERS"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        try:
            result = child(args.child[0], Path(args.child[1]), json.loads(args.child[2]))
        except BenchError as exc:
            print(f"ui_stall_bench: {exc}", file=sys.stderr, flush=True)
            os._exit(1)
        print(json.dumps(result), flush=True)
        os._exit(0)  # no window close (its backup on exit) and no teardown: measured already

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    cases = tuple(args.only.split(",")) if args.only else CASES
    unknown = set(cases) - set(CASES)
    if unknown:
        parser.error("unknown case: " + ", ".join(sorted(unknown)))
    sizes = SMALL_SIZES if args.small else FULL_SIZES
    if args.sizes:
        sizes = []
        for text in args.sizes.split(","):
            parts = [int(p) for p in text.split(":")]
            count = parts[0]
            rows = parts[1] if len(parts) > 1 else count
            sheets = parts[2] if len(parts) > 2 else 20
            sizes.append((count, rows, sheets))
    if args.sample:
        os.environ["UI_STALL_SAMPLE"] = "1"
    started = time.perf_counter()
    try:
        result = measure_all(tuple(sizes), args.runs, cases, log)
    except (BenchError, subprocess.TimeoutExpired) as exc:
        print(f"ui_stall_bench: {exc}", file=sys.stderr)
        return 1
    result["command"] = " ".join(["bench/ui_stall_bench.py", *(argv or sys.argv[1:])])
    result["seconds"] = time.perf_counter() - started
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=1))
    if args.gaps:
        for size in result["sizes"]:
            for case, rows_ in size["results"].items():
                for r in rows_:
                    print(f"{size['count']} {case}: progress {r['progress_calls']} calls "
                          f"({r['progress_ms']} ms), outcome {r['outcome_ms']} ms; "
                          f"gaps {r['gaps']}; events {r['events']}")
                    for n, stack in r.get("samples", []):
                        print(f"    {n:4} {stack}")
    print(json.dumps(result) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
