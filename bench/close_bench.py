"""Closing the main window on a large database: the largest UI-thread stall (a 10 ms timer,
gui/shared/stall_probe) and the time until the day's backup on exit is written, at two sizes.

Each case runs in a child process of its own (QT_QPA_PLATFORM=offscreen, a fresh data folder,
so the backup is due), interleaved, on the same database file:
  close        the window's close: the backup on a worker thread (what the app does)
  synchronous  the same backup on the UI thread, as closeEvent did before (the baseline: its
               stall is the whole backup)
  bare         SQLite's backup API into a file and nothing else (the floor of "written")
  idle         the same window doing nothing for a few seconds: the gaps the machine's own
               load makes (the floor of "largest stall"; figures are indicative on a busy PC)
"""

# .venv/bin/python bench/close_bench.py [--small] [--runs N] [--json]
#   --small: ~30 MB and ~100 MB databases (under ~20 s once they are built and cached);
#   default: ~280 MB and ~1 GB (make_db's roster: ~3,500 bytes an official).
# Writes bench/out/close.json. Exits 0 whatever the goal says; non-zero only if a step crashed.

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from peak_memory import peak_mb  # bench/ is sys.path[0] when run as a script

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for folder in (str(ROOT), str(BENCH)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

GOAL_STALL_MS = 100.0
SMALL_COUNTS = (8_500, 28_000)     # ~30 MB, ~100 MB
FULL_COUNTS = (80_000, 290_000)    # ~280 MB, ~1 GB
KINDS = ("close", "synchronous", "bare", "idle")
OUT = BENCH / "out" / "close.json"
DB_FOLDER = BENCH / "out" / "close"  # this bench's own copies: others build theirs elsewhere
CHILD_TIMEOUT_S = 900
SETTLE_S = 0.5  # after the window is shown: its first paints and timers are not the close's
IDLE_S = 3.0


class BenchError(RuntimeError):
    """A step of the benchmark crashed (as opposed to missing a goal)."""


# The child -------------------------------------------------------------------------------------

def child(kind: str, db_path: Path) -> dict:
    """One case in this (child) process; returns what it measured."""
    if kind == "bare":
        with tempfile.TemporaryDirectory(prefix="kinerja-close-bare-") as folder:
            target = Path(folder) / "salinan.kinerja"
            started = time.perf_counter()
            uri = f"file:{db_path}?mode=ro"
            with contextlib.closing(sqlite3.connect(uri, uri=True)) as src, \
                    contextlib.closing(sqlite3.connect(target)) as dst:
                src.backup(dst)
            seconds = time.perf_counter() - started
            size = target.stat().st_size
        return {"kind": kind, "worst_ms": None, "written_s": seconds, "backup_bytes": size,
                "peak_mb": peak_mb()}

    from kinerja_desktop.gui.app import create_application, show_main_window
    from kinerja_desktop.gui.data_safety import exit_backup
    from kinerja_desktop.gui.main_window import MainWindow
    from kinerja_desktop.gui.shared.screen_fit import install_screen_fitter
    from kinerja_desktop.gui.shared.stall_probe import measure, run_until
    from kinerja_desktop.services import auto_backup
    from kinerja_desktop.services.database import open_database_for_use

    app = create_application([], "id", fit_windows=False)
    db = open_database_for_use(db_path)
    try:
        window = MainWindow(db)
        show_main_window(window)
        install_screen_fitter(app)  # as run_gui does once the window painted
        run_until(lambda: False, SETTLE_S)
        if kind == "close":
            report = measure(window.close, lambda: not window.isVisible(),
                             timeout_s=CHILD_TIMEOUT_S)
            if not report.finished:
                raise BenchError("the window did not close within the timeout")
            if not exit_backup.wait_for_all(60):
                raise BenchError("the backup thread did not end")
        elif kind == "synchronous":
            report = measure(lambda: auto_backup.on_exit(db), lambda: True)
        elif kind == "idle":
            until = time.perf_counter() + IDLE_S
            report = measure(lambda: None, lambda: time.perf_counter() > until)
            return {"kind": kind, "worst_ms": report.worst_ms, "written_s": None,
                    "ticks": report.ticks, "backup_bytes": None,
                    "peak_mb": peak_mb()}
        else:
            raise BenchError(f"unknown case {kind!r}")
        written = auto_backup.made_today(db.path, datetime.now())
        if written is None:
            raise BenchError(f"{kind}: no backup was written")
        return {"kind": kind, "worst_ms": report.worst_ms, "written_s": report.seconds,
                "ticks": report.ticks, "backup_bytes": written.stat().st_size,
                "peak_mb": peak_mb()}
    finally:
        db.close()


# The parent ------------------------------------------------------------------------------------

def database(count: int, log) -> Path:
    import make_db
    DB_FOLDER.mkdir(parents=True, exist_ok=True)
    return make_db.ensure_db(DB_FOLDER / f"roster-{count}.kinerja", count=count, log=log)


def run_child(kind: str, db_path: Path) -> dict:
    data_dir = tempfile.mkdtemp(prefix="kinerja-close-bench-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KINERJA_DATA_DIR=data_dir,
               PYTHONPATH=str(ROOT))
    env.pop("KINERJA_STARTUP_PROBE", None)
    try:
        done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", kind,
                               str(db_path)], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=CHILD_TIMEOUT_S)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise BenchError(f"{kind} on {db_path.name} crashed (exit {done.returncode}):\n"
                         f"{done.stderr[-3000:]}")
    return json.loads(lines[-1])


def measure_all(counts: tuple[int, ...], runs: int, kinds: tuple[str, ...], log) -> dict:
    sizes = []
    for count in counts:
        path = database(count, log)
        results: dict[str, list[dict]] = {kind: [] for kind in kinds}
        for n in range(runs):
            order = list(kinds[n % len(kinds):] + kinds[:n % len(kinds)])  # rotate the first
            for kind in order:
                result = run_child(kind, path)
                results[kind].append(result)
                stall = result["worst_ms"]
                written = result["written_s"]
                log(f"{path.name} {kind} run {n + 1}:"
                    + ("" if written is None else f" written in {written:.2f} s")
                    + ("" if stall is None else f", largest stall {stall:.0f} ms"))
        sizes.append({"count": count, "bytes": path.stat().st_size, "results": results,
                      "medians": {kind: _medians(rows) for kind, rows in results.items()}})
    return {"runs": runs, "goal_stall_ms": GOAL_STALL_MS, "sizes": sizes}


def _medians(rows: list[dict]) -> dict:
    stalls = [r["worst_ms"] for r in rows if r["worst_ms"] is not None]
    written = [r["written_s"] for r in rows if r["written_s"] is not None]
    return {"written_s": statistics.median(written) if written else None,
            "worst_ms": max(stalls) if stalls else None,  # the worst of the runs: a goal
            "peak_mb": max(r["peak_mb"] for r in rows)}


def report(result: dict) -> str:
    lines = [f"Closing the main window (median of {result['runs']} run(s); stall: the largest "
             f"of any run; goal: no stall over {result['goal_stall_ms']:.0f} ms)",
             f"  {'database':>10} {'case':12} {'written':>9} {'largest stall':>14} "
             f"{'peak RSS':>9}"]
    for size in result["sizes"]:
        mb = size["bytes"] / 1e6
        for kind, m in size["medians"].items():
            stall = "-" if m["worst_ms"] is None else f"{m['worst_ms']:.0f} ms"
            written = "-" if m["written_s"] is None else f"{m['written_s']:7.2f} s"
            lines.append(f"  {mb:7.0f} MB {kind:12} {written:>9} {stall:>14} "
                         f"{m['peak_mb']:6.0f} MB")
        m = size["medians"]
        if "close" in m and "bare" in m:
            ratio = m["close"]["written_s"] / max(m["bare"]["written_s"], 1e-9)
            verdict = "PASS" if m["close"]["worst_ms"] <= result["goal_stall_ms"] else "MISS"
            idle = m.get("idle", {}).get("worst_ms")
            lines.append(f"  {mb:7.0f} MB close: stall {m['close']['worst_ms']:.0f} ms "
                         f"{verdict}" + ("" if idle is None else f" (idle window: {idle:.0f} ms)")
                         + f"; written in {ratio:.1f}x the bare backup API's time")
    return "\n".join(lines)


def check(small: bool = True) -> list[tuple[str, float, float]]:
    """For a regression test: (what, the largest UI-thread stall while closing in ms, goal)
    at each size, the close only (one run each)."""
    result = measure_all(SMALL_COUNTS if small else FULL_COUNTS, 1, ("close",),
                         lambda _message: None)
    return [(f"close at {size['bytes'] / 1e6:.0f} MB: largest UI stall (ms)",
             size["medians"]["close"]["worst_ms"], GOAL_STALL_MS) for size in result["sizes"]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true", help="~30 MB and ~100 MB (quick)")
    parser.add_argument("--runs", type=int, default=None, help="runs per case (1 small, 3)")
    parser.add_argument("--json", action="store_true", help="print one JSON object last")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], Path(args.child[1]))), flush=True)
        return 0

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    started = time.perf_counter()
    runs = args.runs or (1 if args.small else 3)
    try:
        result = measure_all(SMALL_COUNTS if args.small else FULL_COUNTS, runs, KINDS, log)
    except (BenchError, subprocess.TimeoutExpired) as exc:
        print(f"close_bench: {exc}", file=sys.stderr)
        return 1
    result["command"] = " ".join(["bench/close_bench.py", *(argv or sys.argv[1:])])
    result["seconds"] = time.perf_counter() - started
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=1))
    print(json.dumps(result) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
