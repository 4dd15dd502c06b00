"""Restore and merge of a 100,000-official backup with the checks of files from outside (the
schema compared, the rows rebuilt into this app's schema and checked like user input) against
the same operations without those checks, in the same run; time and peak memory.

Each measured operation runs in a child process of its own, so that its peak memory (the
child's maximum resident set) is its own. "Without the checks" is the previous release's path:
the staged copy verified (integrity, counts) and opened in place, no schema comparison, no
rebuild, no row checks.
"""

# .venv/bin/python bench/intake_bench.py [--runs 3] [--count 100000] [--sizes 25000,100000]
# Exits 0 whatever the goal says (a report, not a test); non-zero only if a step crashed.

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for folder in (str(ROOT), str(BENCH)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

GOAL_RATIO = 2.0
WORK = BENCH / "out" / "intake"


def _unchecked() -> None:
    """Switch the new checks off: the previous release's restore and verify."""
    from kinerja_desktop.services import restore as restore_module
    from kinerja_desktop.storage import backup_check, backup_io
    from kinerja_desktop.storage.database import open_database

    def old_rebuild(staged: Path, shown: str, version: int) -> int:
        restored = open_database(staged, create=False)
        try:
            after = restored.schema_version()
            restored.handle.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            restored.handle.execute_sql("PRAGMA journal_mode=DELETE")
        finally:
            restored.close()
        return after

    def old_verify(path, passphrase=None, expect_counts=None, quick=False, rows=True):
        # The previous release: the full integrity_check, no schema, manifest or row checks.
        return verify_file(path, passphrase, expect_counts, quick=False, rows=False)

    verify_file = backup_io.verify_file
    restore_module._rebuild = old_rebuild  # type: ignore[assignment]
    backup_check.check_contents = lambda *args, **kwargs: None  # type: ignore[assignment]
    backup_io.verify_file = old_verify  # type: ignore[assignment]


def child(operation: str, checks: bool, backup: Path, live: Path) -> dict:
    """One operation, timed, in this (child) process."""
    import resource
    if not checks:
        _unchecked()
    from kinerja_desktop.services.merge import apply_merge
    from kinerja_desktop.services.restore import restore
    from kinerja_desktop.storage.database import open_database
    started = time.perf_counter()
    if operation == "restore":
        restore(live, backup)
    else:
        db = open_database(live)
        try:
            apply_merge(db, backup)
        finally:
            db.close()
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"seconds": seconds, "peak_mb": peak}


def prepare(count: int, log) -> tuple[Path, Path]:
    """A backup of the synthetic database of `count` officials, and a live copy to merge into."""
    import make_db
    from kinerja_desktop.services.backup import make_backup
    from kinerja_desktop.storage.database import open_database
    source = make_db.ensure_db(count=count, log=log)
    folder = WORK / str(count)
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "usb").mkdir(parents=True)
    db = open_database(source)
    try:
        backup = make_backup(db, folder / "usb").path
    finally:
        db.close()
    return backup, folder / "live.kinerja"


def run_child(operation: str, checks: bool, backup: Path, live: Path) -> dict:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    if operation == "merge":  # merged into a database holding the same rows (a sync)
        shutil.copyfile(backup, live)
    cadangan = live.parent / "cadangan"
    if cadangan.exists():
        shutil.rmtree(cadangan)
    env = dict(os.environ, KINERJA_DATA_DIR=str(live.parent / "data"))
    out = subprocess.run([sys.executable, __file__, "--child", operation,
                          "--checks", "on" if checks else "off", str(backup), str(live)],
                         capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="25000,100000")
    parser.add_argument("--child", choices=("restore", "merge"))
    parser.add_argument("--checks", choices=("on", "off"), default="on")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.checks == "on", Path(args.paths[0]),
                               Path(args.paths[1]))))
        return 0
    lines = []
    for count in (int(s) for s in args.sizes.split(",")):
        backup, live = prepare(count, log=lambda m: print(m, file=sys.stderr))
        size_mb = backup.stat().st_size / 1e6
        for operation in ("restore", "merge"):
            result = {}
            for checks in (False, True):
                runs = [run_child(operation, checks, backup, live) for _ in range(args.runs)]
                result[checks] = (statistics.median(r["seconds"] for r in runs),
                                  max(r["peak_mb"] for r in runs))
            ratio = result[True][0] / result[False][0]
            lines.append(
                f"{operation:8s} {count:>7,} officials ({size_mb:.0f} MB): without checks "
                f"{result[False][0]:.2f} s, {result[False][1]:.0f} MB peak; with checks "
                f"{result[True][0]:.2f} s, {result[True][1]:.0f} MB peak; "
                f"{ratio:.2f}x ({'ok' if ratio <= GOAL_RATIO else 'above'} the "
                f"{GOAL_RATIO:.0f}x goal)")
            print(lines[-1], flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
