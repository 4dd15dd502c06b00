"""Backing up a ~100 MB database: make_backup (copy, verify, checksum) against a plain file
copy and the bare SQLite backup API, in one process, on the same disk."""

# .venv/bin/python bench/backup_bench.py [--runs 5] [--count 60000] [--encrypt] [--profile]
# Also run by run_bench.py as a child (--json prints one JSON object as the last line).
# Exits 0 whatever the goal says (a report, not a test); non-zero only if a step crashed.

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import pstats
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for folder in (str(ROOT), str(BENCH)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

import make_db  # noqa: E402

from kinerja_desktop.services.backup import make_backup  # noqa: E402
from kinerja_desktop.storage.database import open_database  # noqa: E402

COUNT = 28_000  # make_db's roster: 28,000 officials ≈ 100 MB
GOAL_RATIO = 3.0


def bare_backup(source: Path, target: Path) -> None:
    """The SQLite backup API into a file and nothing else (all pages in one step)."""
    with contextlib.closing(sqlite3.connect(source)) as src, \
            contextlib.closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def measure(runs: int, count: int, encrypt: bool, log, profile: bool = False) -> dict:
    cached = make_db.ensure_db(count=count, log=log)
    work = make_db.OUT_DIR / "backup-work.kinerja"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(cached, work)  # make_backup records its time in the file: not the cache
    out = make_db.OUT_DIR / "backup-runs"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    db = open_database(work)
    times: dict[str, list[float]] = {"copyfile": [], "bare_backup": [], "make_backup": [],
                                     "make_backup_quick": []}
    try:
        size = work.stat().st_size

        def one(kind: str, n: int) -> float:
            target = out / f"{kind}-{n}"
            target.mkdir()
            started = time.perf_counter()
            if kind == "copyfile":
                shutil.copyfile(work, target / "copy.kinerja")
            elif kind == "bare_backup":
                bare_backup(work, target / "copy.kinerja")
            else:
                make_backup(db, target, encrypt_passphrase="bench" if encrypt else None,
                            thorough=kind != "make_backup_quick")
            seconds = time.perf_counter() - started
            shutil.rmtree(target)
            return seconds

        for kind in times:  # one untimed run each: page cache, imports
            one(kind, -1)
        kinds = list(times)
        for n in range(runs):
            for kind in kinds[n % 4:] + kinds[:n % 4]:  # rotate which goes first
                times[kind].append(one(kind, n))
                log(f"{kind} run {n + 1}: {times[kind][-1]:.3f} s")
        prof_text = None
        if profile:
            target = out / "profile"
            target.mkdir()
            prof = cProfile.Profile()
            prof.enable()
            make_backup(db, target, encrypt_passphrase="bench" if encrypt else None)
            prof.disable()
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(25)
            prof_text = buf.getvalue()
            (make_db.OUT_DIR / "backup-profile.txt").write_text(prof_text)
    finally:
        db.close()
        shutil.rmtree(out, ignore_errors=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work}{suffix}").unlink(missing_ok=True)
    medians = {k: statistics.median(v) for k, v in times.items()}
    return {"count": count, "bytes": size, "runs": runs, "encrypt": encrypt, "times": times,
            "medians": medians, "goal_ratio": GOAL_RATIO, "profile": prof_text}


def report(result: dict) -> str:
    m = result["medians"]
    ratio_bare = m["make_backup"] / m["bare_backup"]
    ratio_copy = m["make_backup"] / m["copyfile"]
    verdict = "PASS" if ratio_bare <= result["goal_ratio"] else "MISS"
    mb = result["bytes"] / 1e6
    kind = "make_backup (encrypted)" if result["encrypt"] else "make_backup"
    lines = [f"Backup of a {mb:.0f} MB database ({result['count']} officials), "
             f"median of {result['runs']} runs",
             f"  shutil.copyfile            {m['copyfile']:7.3f} s",
             f"  bare SQLite backup API     {m['bare_backup']:7.3f} s",
             f"  {kind:26} {m['make_backup']:7.3f} s   (copy + verify + fsync + SHA-256)",
             f"  {kind} / bare backup = {ratio_bare:.2f}x (goal <= {result['goal_ratio']:.0f}x)"
             f"  {verdict}",
             f"  {kind} / copyfile    = {ratio_copy:.2f}x",
             f"  with thorough=False (quick_check instead of integrity_check): "
             f"{m['make_backup_quick']:.3f} s = "
             f"{m['make_backup_quick'] / m['bare_backup']:.2f}x the bare backup"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--count", type=int, default=COUNT)
    parser.add_argument("--encrypt", action="store_true", help="time an encrypted make_backup")
    parser.add_argument("--profile", action="store_true",
                        help="profile one make_backup into bench/out/backup-profile.txt")
    parser.add_argument("--json", action="store_true", help="print one JSON object (run_bench)")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    result = measure(args.runs, args.count, args.encrypt, log, args.profile)
    (make_db.OUT_DIR / "backup-last-run.json").write_text(json.dumps(result, indent=1))
    if args.json:
        print(json.dumps(result))
    else:
        print(report(result))
        if result["profile"]:
            print(result["profile"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
