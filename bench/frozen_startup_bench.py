"""Frozen start-up benchmark: the packaged app against a packaged bare PySide6 window.

    xvfb-run -a .venv/bin/python bench/frozen_startup_bench.py [--runs 9] [--no-build]
    .venv/bin/python scripts/windows_check.py --bench      (the same under Wine, Windows'
                                                            Python and PyInstaller, on Xvfb)

Builds both, with this venv's PyInstaller and in this run, under bench/out/frozen/: the app
from pyinstaller.spec, the bare window (bench/frozen_bare_window.py) with PyInstaller's
defaults. The packaged app's own CLI loads the demo into a temporary database. Then each is
started --runs times, in turns, and timed from just before the spawn to its READY line
(kinerja_desktop/gui/startup_probe.py: window exposed, table painted). The first start of
each comes right after the page cache was dropped, when the system allows it (the report
says whether it did; Windows cannot). Goals: the app at most 2x the bare window; its
folder under 150 MB on Linux, 100 MB on Windows.
"""

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

from bench_common import verdict

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "frozen"
WINDOWS = os.name == "nt"
EXE_SUFFIX = ".exe" if WINDOWS else ""
APP_NAME, BARE_NAME = "KinerjaDesktop", "BareWindow"
GOAL_RATIO = 2.0
BUDGET_BYTES = 100_000_000 if WINDOWS else 150_000_000
TIMEOUT_S = 120


class BenchError(RuntimeError):
    pass


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def folder_bytes(folder: Path) -> int:
    """Bytes of the files under `folder`, links not followed (`du -sb` also counts the folders
    and links themselves: about 0.2 MB more for the app)."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total


def pyinstaller() -> list[str]:
    return [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]


def build(no_build: bool) -> dict:
    """Build both packages (unless --no-build and both exist); return their folders."""
    dist, work = OUT / "dist", OUT / "build"
    folders = {"app": dist / APP_NAME, "bare": dist / BARE_NAME}
    if no_build and all((f / (f.name + EXE_SUFFIX)).exists() for f in folders.values()):
        log(f"reusing the packages in {dist}")
        return {"folders": folders, "build_s": {}}
    timings = {}
    commands = {
        "app": pyinstaller() + ["--distpath", str(dist), "--workpath", str(work / "app"),
                                str(ROOT / "pyinstaller.spec")],
        "bare": pyinstaller() + ["--distpath", str(dist), "--workpath", str(work / "bare"),
                                 "--specpath", str(work / "bare"), "--name", BARE_NAME,
                                 "--onedir", "--windowed", "--paths", str(ROOT),
                                 str(ROOT / "bench" / "frozen_bare_window.py")],
    }
    for kind, command in commands.items():
        log(f"building the {kind} package…")
        started = time.perf_counter()
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        if result.returncode != 0:
            raise BenchError(f"PyInstaller failed for {kind}:\n{result.stderr[-3000:]}")
        timings[kind] = time.perf_counter() - started
    return {"folders": folders, "build_s": timings}


def drop_page_cache() -> str:
    """Ask Linux to forget cached file pages, so the next start reads from disk."""
    if WINDOWS:
        return "not dropped (Windows has no such switch)"
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return "dropped"
    except OSError as exc:
        return f"not dropped ({exc.strerror or exc})"


def start_once(exe: Path, args: list[str], env: dict) -> dict:
    """Spawn `exe`, wait for its READY line; wall seconds from just before the spawn."""
    started = time.perf_counter()
    process = subprocess.Popen([str(exe), *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env, cwd=exe.parent)
    ready = None
    try:
        for line in process.stdout:
            if line.startswith("READY "):
                ready = line.split()
                wall = time.perf_counter() - started
                break
        process.wait(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        raise BenchError(f"{exe.name} did not exit within {TIMEOUT_S} s") from None
    if ready is None:
        raise BenchError(f"{exe.name} exited ({process.returncode}) without READY: "
                         f"{process.stderr.read()[-2000:]}")
    return {"wall_s": wall, "inside_s": float(ready[1]), "rows": int(ready[3]),
            "rss_mb": float(ready[4]) if len(ready) > 4 else 0.0}


def prepare_database(app_exe: Path, temp: Path, env: dict) -> Path:
    db = temp / "kinerja.db"
    # Windows: the console twin (pyinstaller.spec) prints what went wrong; the windowed
    # executable would not.
    cli = app_exe.with_suffix(".com") if WINDOWS else app_exe
    result = subprocess.run([str(cli), "--db", str(db), "demo"], env=env,
                            capture_output=True, text=True, timeout=TIMEOUT_S)
    if result.returncode != 0:
        raise BenchError(f"demo load failed: {result.stdout}{result.stderr}")
    return db


def measure(folders: dict, runs: int) -> dict:
    app_exe = folders["app"] / (APP_NAME + EXE_SUFFIX)
    bare_exe = folders["bare"] / (BARE_NAME + EXE_SUFFIX)
    temp = Path(tempfile.mkdtemp(prefix="kinerja-frozen-bench-"))
    env = dict(os.environ, KINERJA_DATA_DIR=str(temp / "data"), KINERJA_STARTUP_PROBE="-")
    # Windows draws with its own platform plugin (under Wine too, where $DISPLAY is Wine's).
    if not env.get("QT_QPA_PLATFORM") and not WINDOWS:
        env["QT_QPA_PLATFORM"] = "xcb" if env.get("DISPLAY") else "offscreen"
    try:
        db = prepare_database(app_exe, temp, {k: v for k, v in env.items()
                                              if k != "KINERJA_STARTUP_PROBE"})
        kinds = {"bare": (bare_exe, []), "app": (app_exe, ["--db", str(db)])}
        results = {kind: [] for kind in kinds}
        cache = {}
        for kind, (exe, args) in kinds.items():  # first starts, each after a cache drop
            cache[kind] = drop_page_cache()
            results[kind].append(start_once(exe, args, env))
            log(f"  first start {kind}: {results[kind][0]['wall_s']:.3f} s (cache {cache[kind]})")
        for index in range(1, runs):
            for kind, (exe, args) in kinds.items():
                results[kind].append(start_once(exe, args, env))
            log(f"  run {index + 1}/{runs}: app {results['app'][-1]['wall_s']:.3f} s, "
                f"bare {results['bare'][-1]['wall_s']:.3f} s")
        return {"platform": env.get("QT_QPA_PLATFORM", "windows"), "cache": cache,
                "runs": results}
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def summarise(measured: dict, folders: dict, build_s: dict) -> dict:
    out = {"platform": measured["platform"], "page_cache": measured["cache"],
           "build_s": build_s}
    for kind, runs in measured["runs"].items():
        walls = [r["wall_s"] for r in runs]
        out[kind] = {"first_s": walls[0], "median_s": statistics.median(walls),
                     "warm_median_s": statistics.median(walls[1:]) if len(walls) > 1 else None,
                     "inside_median_s": statistics.median(r["inside_s"] for r in runs),
                     "runs_s": [round(w, 4) for w in walls], "rows": runs[-1]["rows"],
                     "rss_mb": statistics.median(r["rss_mb"] for r in runs),
                     "bytes": folder_bytes(folders[kind])}
    out["ratio_first"] = out["app"]["first_s"] / out["bare"]["first_s"]
    out["ratio_median"] = out["app"]["median_s"] / out["bare"]["median_s"]
    return out


def report(s: dict) -> str:
    def mb(n: int) -> str:
        return f"{n / 1e6:.1f} MB ({n / 2**20:.1f} MiB)"

    app, bare = s["app"], s["bare"]
    lines = [
        f"Frozen start-up (PyInstaller one-folder, platform {s['platform']}, "
        f"{len(app['runs_s'])} starts each, in turns)",
        f"{'':34} {'app':>9} {'bare':>9} {'ratio':>7}  goal",
        f"{'first start (after cache drop)':34} {app['first_s']:8.3f}s {bare['first_s']:8.3f}s "
        f"{s['ratio_first']:6.2f}x  <= {GOAL_RATIO:g}x {verdict(s['ratio_first'] <= GOAL_RATIO)}",
        f"{'median of all starts':34} {app['median_s']:8.3f}s {bare['median_s']:8.3f}s "
        f"{s['ratio_median']:6.2f}x  <= {GOAL_RATIO:g}x {verdict(s['ratio_median'] <= GOAL_RATIO)}",
        f"folder size: app {mb(app['bytes'])}, bare {mb(bare['bytes'])}; budget "
        f"{mb(BUDGET_BYTES)} {verdict(app['bytes'] < BUDGET_BYTES)}",
        f"  page cache before the first starts: app {s['page_cache']['app']}, "
        f"bare {s['page_cache']['bare']}",
        f"  inside the process (since the OS started it), median: app "
        f"{app['inside_median_s']:.3f} s, bare {bare['inside_median_s']:.3f} s",
        f"  rows painted: app {app['rows']} officials, bare {bare['rows']}; peak memory "
        f"app {app['rss_mb']:.1f} MB, bare {bare['rss_mb']:.1f} MB (0: not readable here)",
        f"  starts (s): app {app['runs_s']}, bare {bare['runs_s']}",
    ]
    if s["build_s"]:
        lines.append("  build: " + ", ".join(f"{k} {v:.1f} s" for k, v in s["build_s"].items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="starts of each package")
    parser.add_argument("--no-build", action="store_true",
                        help="reuse the packages in bench/out/frozen/dist when both exist")
    args = parser.parse_args(argv)
    try:
        built = build(args.no_build)
        measured = measure(built["folders"], max(args.runs, 1))
    except BenchError as exc:
        log(f"benchmark failed: {exc}")
        return 1
    summary = summarise(measured, built["folders"], built["build_s"])
    print(report(summary))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "frozen_startup.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    ok = (summary["ratio_median"] <= GOAL_RATIO and summary["app"]["bytes"] < BUDGET_BYTES)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
