"""Run the whole benchmark (startup, search, memory at 100,000 officials; the target editor
at 200 targets and 2,000 progress reports; the board; printing 500 evaluation sheets) and
print one report."""

# .venv/bin/python bench/run_bench.py [--runs 5] [--count 100000] [--verbose] [--no-editor]
#                                     [--no-board] [--no-print] [--no-backup]
# Every figure sits next to a baseline measured in the same run. Exits 0 whatever the goals
# say (a report, not a test); non-zero only if a step crashed.

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import make_db  # noqa: E402  (bench/ is sys.path[0] when run as a script)

PROBE = BENCH / "probe_startup.py"
SEARCH = BENCH / "search_bench.py"
EDITOR = BENCH / "editor_bench.py"
BACKUP = BENCH / "backup_bench.py"
BOARD = BENCH / "board_bench.py"
PRINT = BENCH / "print_bench.py"
PROBE_TIMEOUT_S = 180
SEARCH_TIMEOUT_S = 900
EDITOR_TIMEOUT_S = 600
PRINT_TIMEOUT_S = 900

GOAL_STARTUP_RATIO = 1.5
GOAL_SEARCH_MEDIAN_MS = 20.0
GOAL_PEAK_MB = 250.0


class BenchError(RuntimeError):
    """A step of the benchmark crashed (as opposed to missing a goal)."""


def child_env(data_dir: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["KINERJA_DATA_DIR"] = data_dir  # fresh settings and log: no saved layout interferes
    # An installed app runs from compiled bytecode (PyInstaller ships .pyc; from source,
    # Python writes them on the first run). With this variable set (some shells and tools
    # set it) every start would compile the app's sources again, which users never pay.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("KINERJA_STARTUP_PROBE", None)  # the probe attaches its own; the app's would quit
    return env


def run_probe(kind: str, db_path: Path) -> dict:
    """Start one probe process; wall time from just before spawn to its READY line."""
    data_dir = tempfile.mkdtemp(prefix="kinerja-bench-")
    with tempfile.TemporaryFile(mode="w+") as errors:
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, str(PROBE), kind, str(db_path)],
                                   stdout=subprocess.PIPE, stderr=errors, text=True,
                                   env=child_env(data_dir), cwd=ROOT)
        line = ""
        try:
            for line in process.stdout:
                if line.startswith(("READY", "FAIL")):
                    break
            wall = time.perf_counter() - started
            process.wait(timeout=PROBE_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        finally:
            shutil.rmtree(data_dir, ignore_errors=True)
        if not line.startswith("READY") or process.returncode != 0:
            errors.seek(0)
            raise BenchError(f"{kind} probe failed (exit {process.returncode}): "
                             f"{line.strip() or 'no READY line'}\n{errors.read()[-3000:]}")
    _, child_s, rss_mb, mode, rows = line.split()
    return {"wall_s": wall, "child_s": float(child_s), "rss_mb": float(rss_mb), "mode": mode,
            "rows": int(rows)}


def measure_startup(db_path: Path, runs: int, log) -> dict:
    """One untimed warm-up of each kind, then `runs` of each, alternating which goes first."""
    for kind in ("app", "bare"):
        run_probe(kind, db_path)
    results: dict[str, list[dict]] = {"app": [], "bare": []}
    for index in range(runs):
        order = ("app", "bare") if index % 2 == 0 else ("bare", "app")
        for kind in order:
            results[kind].append(run_probe(kind, db_path))
        log(f"  startup run {index + 1}/{runs}: app {results['app'][-1]['wall_s']:.3f} s, "
            f"bare {results['bare'][-1]['wall_s']:.3f} s")
    summary = {}
    for kind, rows in results.items():
        summary[kind] = {
            "wall_s": statistics.median(r["wall_s"] for r in rows),
            "child_s": statistics.median(r["child_s"] for r in rows),
            "rss_mb": statistics.median(r["rss_mb"] for r in rows),
            "rss_max_mb": max(r["rss_mb"] for r in rows),
            "mode": rows[0]["mode"], "rows": rows[0]["rows"],
            "runs_s": [round(r["wall_s"], 4) for r in rows]}
    return summary


def measure_search(db_path: Path, verbose: bool) -> dict:
    data_dir = tempfile.mkdtemp(prefix="kinerja-bench-")
    try:
        done = subprocess.run([sys.executable, str(SEARCH), str(db_path)], capture_output=True,
                              text=True, env=child_env(data_dir), cwd=ROOT,
                              timeout=SEARCH_TIMEOUT_S)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    if done.returncode != 0:
        raise BenchError(f"search benchmark failed (exit {done.returncode}):\n"
                         f"{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if verbose:
        print(f"\n{'query':26} {'app':>9} {'app_sql':>9} {'like_scan':>10}  rows app/like")
        for q in result["per_query"]:
            print(f"{q['q']!r:26} {q['app']:6.1f} ms {q['app_sql']:6.1f} ms "
                  f"{q['like_scan']:7.1f} ms  {q['rows_app']}/{q['rows_like']}")
    return result


def measure_editor(script: Path = EDITOR, timeout: float = EDITOR_TIMEOUT_S) -> dict:
    """bench/editor_bench.py (or board_bench.py, print_bench.py) in a child process (its own
    offscreen QApplication, or none)."""
    data_dir = tempfile.mkdtemp(prefix="kinerja-bench-")
    try:
        done = subprocess.run([sys.executable, str(script), "--json"], capture_output=True,
                              text=True, env=child_env(data_dir), cwd=ROOT,
                              timeout=timeout)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    if done.returncode != 0:
        raise BenchError(f"{script.name} failed (exit {done.returncode}):\n"
                         f"{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine_info() -> str:
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next((line.split(":", 1)[1].strip() for line in handle
                        if line.startswith("model name")), cpu)
    except OSError:
        pass
    try:
        from PySide6 import QtCore, __version__ as pyside
        qt = f"PySide6 {pyside} (Qt {QtCore.qVersion()})"
    except ImportError:
        qt = "PySide6 missing"
    return (f"{platform.platform()} | Python {platform.python_version()} | SQLite "
            f"{sqlite3.sqlite_version} | {qt} | {os.cpu_count()} CPUs | {cpu or 'cpu ?'}")


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def report(count: int, db_path: Path, runs: int, startup: dict, search: dict) -> str:
    app, bare = startup["app"], startup["bare"]
    res = search["results"]
    s_app, s_like = res["app"], res["like_scan"]
    startup_ratio = app["wall_s"] / bare["wall_s"]
    lines = [
        f"Kinerja Desktop benchmark: {count:,} officials ({db_path.relative_to(ROOT)})",
        f"machine: {machine_info()}",
        "",
        f"{'figure':44} {'app':>10} {'baseline':>10} {'ratio':>7}  {'goal':<20} result",
        f"{'startup to roster shown, median of ' + str(runs):44} "
        f"{app['wall_s']:8.3f} s {bare['wall_s']:8.3f} s {startup_ratio:6.2f}x  "
        f"{'<= 1.5x bare window':<20} {verdict(startup_ratio <= GOAL_STARTUP_RATIO)}",
        f"{'search, median of ' + str(search['queries']) + ' queries':44} "
        f"{s_app['median_ms']:7.1f} ms {s_like['median_ms']:7.1f} ms "
        f"{s_app['median_ms'] / s_like['median_ms']:6.2f}x  {'< 20 ms':<20} "
        f"{verdict(s_app['median_ms'] < GOAL_SEARCH_MEDIAN_MS)}",
        f"{'':44} {'':>10} {'':>10} {'':>7}  {'< LIKE baseline':<20} "
        f"{verdict(s_app['median_ms'] < s_like['median_ms'])}",
        f"{'search, 95th percentile':44} {s_app['p95_ms']:7.1f} ms {s_like['p95_ms']:7.1f} ms "
        f"{s_app['p95_ms'] / s_like['p95_ms']:6.2f}x  {'(none)':<20} -",
        f"{'peak memory (max RSS), roster shown':44} {app['rss_mb']:7.1f} MB "
        f"{bare['rss_mb']:7.1f} MB {app['rss_mb'] / bare['rss_mb']:6.2f}x  {'< 250 MB':<20} "
        f"{verdict(app['rss_mb'] < GOAL_PEAK_MB)}",
        "",
        "for information:",
        f"  startup runs (s): app {app['runs_s']}, bare {bare['runs_s']}",
        f"  startup measured inside the child (since process start): app {app['child_s']:.3f} s,"
        f" bare {bare['child_s']:.3f} s",
        f"  app window: {app['mode']} (startup), {search['mode']} (search); "
        f"rows shown at start: {app['rows']:,}",
        f"  search SQL alone (roster_repo.search_ids): median {res['app_sql']['median_ms']:.1f} ms,"
        f" p95 {res['app_sql']['p95_ms']:.1f} ms",
        f"  LIKE with SQLite's own plan (walks the name index): median "
        f"{res['like_planner']['median_ms']:.1f} ms, p95 {res['like_planner']['p95_ms']:.1f} ms",
        f"  LIKE over official+appointment+unit joined: median "
        f"{res['like_joined']['median_ms']:.1f} ms, p95 {res['like_joined']['p95_ms']:.1f} ms",
    ]
    fallbacks = {app["mode"], search["mode"]} - {"main"}
    if fallbacks:
        lines.append("  NOTE: the app's MainWindow was not importable; measured RosterModel + "
                     "QTableView instead (fallback)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="startup runs of each kind")
    parser.add_argument("--count", type=int, default=make_db.DEFAULT_COUNT)
    parser.add_argument("--verbose", action="store_true", help="also list every query")
    parser.add_argument("--no-editor", action="store_true",
                        help="skip the target editor section (bench/editor_bench.py)")
    parser.add_argument("--no-board", action="store_true",
                        help="skip the monitoring board section (bench/board_bench.py)")
    parser.add_argument("--no-print", action="store_true",
                        help="skip the printing section (bench/print_bench.py)")
    parser.add_argument("--no-backup", action="store_true",
                        help="skip the backup section (bench/backup_bench.py)")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    try:
        db_path = make_db.ensure_db(count=args.count, log=log)
        log("measuring startup…")
        startup = measure_startup(db_path, args.runs, log)
        log("measuring search…")
        search = measure_search(db_path, args.verbose)
        editor = None
        if not args.no_editor:
            log("measuring the target editor…")
            editor = measure_editor()
        board = None
        if not args.no_board:
            log("measuring the monitoring board…")
            board = measure_editor(BOARD)
        printing = None
        if not args.no_print:
            log("measuring printing…")
            printing = measure_editor(PRINT, PRINT_TIMEOUT_S)
        backup = None
        if not args.no_backup:
            log("measuring backup…")
            backup = measure_editor(BACKUP, PRINT_TIMEOUT_S)
    except (BenchError, subprocess.TimeoutExpired) as exc:
        print(f"benchmark crashed: {exc}", file=sys.stderr)
        return 1
    print(report(args.count, db_path, args.runs, startup, search))
    if editor is not None:
        import editor_bench
        print("\n" + editor_bench.report(editor))
    if board is not None:
        import board_bench
        print("\n" + board_bench.report(board))
    if printing is not None:
        import print_bench
        print("\n" + print_bench.report(printing))
    if backup is not None:
        import backup_bench
        print("\n" + backup_bench.report(backup))
    out = BENCH / "out" / "last-run.json"
    out.write_text(json.dumps({"startup": startup, "search": search, "editor": editor,
                               "board": board, "print": printing, "backup": backup},
                              indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
