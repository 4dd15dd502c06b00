"""Merging another PC's backup (about 10 % of the officials changed on each side, some added and
deleted there, a unit renamed) against its bare baseline in the same run: the same check of the
incoming file (restore.verified_copy: copied, schema compared, rows rebuilt and checked), the
same pre-merge copy (auto_backup sebelum-gabung) and a streamed SQL join finding the rows that
differ (ATTACH, LEFT JOIN on the UUIDs and modified_at, fetchmany). Time and peak memory.

Each case runs in a child process of its own (its peak resident memory, VmHWM, is its own),
the cases interleaved run by run (which goes first alternates), medians reported. Both children
open the database before the clock starts, as the app has it open when the user merges. The
merge child also reports its own peak from merge_from to the commit ("own peak": VmHWM started
again there), apart from the file check's, which the baseline shares.
"""

# .venv/bin/python bench/merge_bench.py [--small] [--runs 3] [--sizes 25000,100000]
# Writes bench/out/merge.json. Exits 0 whatever the goal says (a report, not a test);
# non-zero only if a step crashed.

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from peak_memory import peak_mb

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for folder in (str(ROOT), str(BENCH)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

WORK = BENCH / "out" / "merge"
OUT_JSON = BENCH / "out" / "merge.json"
SIZES = (25_000, 100_000)
SMALL_SIZES = (2_000, 5_000)
GOAL_RATIO = 2.0
GOAL_PEAK_MB = 150.0
CASES = ("baseline", "merge")
# Bump when the prepared pair changes, so that a cached one is built again.
PAIR_VERSION = "1"
CHANGED_SHARE = 0.10   # officials changed on each side
OVERLAP_SHARE = 0.01   # … of which changed on both (conflicts)
ADDED_SHARE = 0.01     # officials (with a post) added there
DELETED_SHARE = 0.002  # officials deleted there
POSTS_SHARE = 0.02     # posts changed on each side


# The two PCs' files -------------------------------------------------------------------------

def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (the cached roster may be open)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    src = sqlite3.connect(Path(source).resolve().as_uri() + "?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def _edit(path: Path, seed: int, changed: list[int], posts: list[int], added: int = 0,
          deleted: list[int] | None = None, unit: int | None = None) -> None:
    """Change the file at `path` as the app would (audit triggers, modified_at now, the
    roster rows of the officials concerned rebuilt)."""
    import make_db
    from kinerja_desktop.storage import roster_repo
    from kinerja_desktop.storage.database import open_database
    from kinerja_desktop.storage.models import utc_now
    rng = random.Random(seed)
    db = open_database(path)
    try:
        with db.atomic():
            db.executemany("UPDATE official SET name = name || ?, modified_at = ? WHERE id = ?",
                           [(f" {rng.choice('ABCDEFGH')}", str(utc_now()), i) for i in changed])
            db.executemany("UPDATE appointment SET decree_number = ?, modified_at = ? "
                           "WHERE id = ?", [(f"800/{seed}/{i}", str(utc_now()), i) for i in posts])
            touched = set(changed) | {r[0] for r in db.execute_sql(
                "SELECT official_id FROM appointment WHERE id IN (SELECT value FROM "
                "json_each(?))", (json.dumps(posts),)).fetchall()}
            if deleted:
                db.executemany("DELETE FROM official WHERE id = ?", [(i,) for i in deleted])
                touched |= set(deleted)
            if unit is not None:
                db.execute_sql("UPDATE unit SET short_name = short_name || ' (baru)', "
                               "modified_at = ? WHERE id = ?", (str(utc_now()), unit))
                touched |= {r[0] for r in db.execute_sql(
                    "SELECT official_id FROM appointment WHERE unit_id = ? AND end_date IS NULL",
                    (unit,)).fetchall()}
            if added:
                gen = make_db.Generator(seed)
                units = [r[0] for r in db.execute_sql("SELECT id FROM unit").fetchall()]
                for _ in range(added):
                    male = gen.rng.random() < 0.5
                    nip, birth = gen.nip(male)
                    while db.execute_sql("SELECT 1 FROM official WHERE nip = ?",
                                         (nip,)).fetchone():
                        nip, birth = gen.nip(male)
                    name, front, back = gen.name(male)
                    stamp = str(utc_now())
                    db.execute_sql(
                        "INSERT INTO official (uuid, created_at, modified_at, nip, name, "
                        "front_title, back_title, rank, sex, birth_date, active) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,1)",
                        (gen.uuid(), stamp, stamp, nip, name, front, back, gen.rank(None),
                         "L" if male else "P", birth.isoformat()))
                    official_id = db.execute_sql("SELECT last_insert_rowid()").fetchone()[0]
                    unit_id = rng.choice(units)
                    title, eselon, filling = gen.post(unit_id)
                    db.execute_sql(
                        "INSERT INTO appointment (uuid, created_at, modified_at, official_id, "
                        "post_title, unit_id, eselon, filling, start_date) "
                        "VALUES (?,?,?,?,?,?,?,?,?)",
                        (gen.uuid(), stamp, stamp, official_id, title, unit_id, eselon,
                         filling, "2025-01-02"))
                    touched.add(official_id)
            roster_repo.refresh(db, touched)
        db.handle.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


def prepare(count: int, log) -> tuple[Path, Path]:
    """(this PC's database, the other PC's backup file) for `count` officials: the synthetic
    roster (make_db) changed on both sides. Cached under bench/out/merge/<count>/."""
    import make_db
    folder = WORK / str(count)
    ours, usb = folder / "ini.kinerja", folder / "usb"
    stamp_file = folder / "stamp.txt"
    stamp = f"{PAIR_VERSION}:{make_db.stamp(count, make_db.SEED)}"
    backups = sorted(usb.glob("*.kinerja")) if usb.exists() else []
    if stamp_file.exists() and stamp_file.read_text() == stamp and ours.exists() and backups:
        log(f"reusing {folder}")
        return ours, backups[-1]
    started = time.perf_counter()
    source = make_db.ensure_db(count=count, log=log)
    if folder.exists():
        shutil.rmtree(folder)
    usb.mkdir(parents=True)
    theirs = folder / "lain.kinerja"
    _copy_database(source, ours)
    _copy_database(source, theirs)
    rng = random.Random(count)
    with sqlite3.connect(ours) as con:
        officials = [r[0] for r in con.execute("SELECT id FROM official ORDER BY id")]
        posts = [r[0] for r in con.execute("SELECT id FROM appointment ORDER BY id")]
        unit = con.execute("SELECT unit_id FROM appointment GROUP BY unit_id "
                           "ORDER BY count(*) LIMIT 1").fetchone()[0]  # a small one
    rng.shuffle(officials)
    rng.shuffle(posts)
    n, both = int(count * CHANGED_SHARE), int(count * OVERLAP_SHARE)
    p = int(len(posts) * POSTS_SHARE)
    deleted = officials[2 * n: 2 * n + int(count * DELETED_SHARE)]
    _edit(ours, 1, officials[:n], posts[:p])
    _edit(theirs, 2, officials[n - both: 2 * n - both], posts[p: 2 * p],
          added=int(count * ADDED_SHARE), deleted=deleted, unit=unit)
    from kinerja_desktop.services.backup import make_backup
    from kinerja_desktop.storage.database import open_database
    db = open_database(theirs)
    try:
        backup = make_backup(db, usb).path
    finally:
        db.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{theirs}{suffix}").unlink(missing_ok=True)
    stamp_file.write_text(stamp)
    log(f"prepared {folder} in {time.perf_counter() - started:.1f} s")
    return ours, backup


# The cases, each in its own process ---------------------------------------------------------

def streamed_join(live: Path, copy: Path) -> int:
    """The bare join: their rows whose UUID is not here or whose modified_at differs, read in
    batches; the number of such rows."""
    from kinerja_desktop.storage.merge_repo import INSERT_ONLY, MERGE_TABLES
    con = sqlite3.connect(live, isolation_level=None)
    found = 0
    try:
        con.execute("ATTACH DATABASE ? AS theirs", (str(copy),))
        for table in (*MERGE_TABLES, *INSERT_ONLY):
            cursor = con.execute(
                f'SELECT t.* FROM theirs."{table}" t LEFT JOIN main."{table}" o '
                f'ON o."uuid" = t."uuid" WHERE o."id" IS NULL '
                f'OR o."modified_at" IS NOT t."modified_at"')
            while rows := cursor.fetchmany(500):
                found += len(rows)
        cursor = con.execute('SELECT t.* FROM theirs."tombstone" t LEFT JOIN main."tombstone" o '
                             'ON o."uuid" = t."uuid" WHERE o."uuid" IS NULL')
        while rows := cursor.fetchmany(500):
            found += len(rows)
        con.execute("DETACH DATABASE theirs")
    finally:
        con.close()
    return found


def _reset_peak() -> bool:
    """Start VmHWM again from the current size (Linux: clear_refs 5); False elsewhere."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _merge_phase_peak() -> dict:
    """Measure the merge's own peak (the merge, the roster rows, the commit) apart from the
    file check's: VmHWM restarts when merge_from starts."""
    from kinerja_desktop.storage import merge_repo
    merge_from = merge_repo.merge_from
    phase: dict = {}

    def measured(*args, **kwargs):
        phase["peak_before_mb"] = peak_mb()  # the file check's and the copy's
        phase["reset"] = _reset_peak()
        phase["rss_before_mb"] = _rss_mb()
        return merge_from(*args, **kwargs)
    merge_repo.merge_from = measured  # type: ignore[assignment]
    return phase


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def child(case: str, live: Path, backup: Path) -> dict:
    """One case, timed, in this (child) process."""
    from kinerja_desktop.services import auto_backup
    from kinerja_desktop.services.merge import apply_merge
    from kinerja_desktop.services.restore import backup_file_problem, verified_copy
    from kinerja_desktop.storage.database import open_database
    phase = _merge_phase_peak() if case == "merge" else {}
    db = open_database(live)
    try:
        started = time.perf_counter()
        result: dict = {}
        if case == "merge":
            plan = apply_merge(db, backup)
            result["changes"] = plan.changes
            result["conflicts"] = len(plan.conflicts)
        else:
            if backup_file_problem(backup):
                raise RuntimeError(backup_file_problem(backup))
            with verified_copy(backup, live.parent) as (copy, _schema):
                auto_backup.auto_backup(db, "sebelum-gabung")
                joined = time.perf_counter()
                result["differing"] = streamed_join(live, copy)
                result["join_s"] = time.perf_counter() - joined
        result["seconds"] = time.perf_counter() - started
        if phase.get("reset"):  # the merge's own peak, from merge_from to the commit
            result["merge_phase_peak_mb"] = peak_mb()
            result["rss_before_merge_mb"] = phase["rss_before_mb"]
    finally:
        db.close()
    # The whole operation's peak, whether or not it was restarted for the merge's own.
    result["peak_mb"] = max(peak_mb(), phase.get("peak_before_mb", 0.0))
    return result


def run_child(case: str, ours: Path, backup: Path) -> dict:
    live = ours.parent / "live.kinerja"
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(ours, live)
    data = ours.parent / "data"
    if data.exists():
        shutil.rmtree(data)
    env = dict(os.environ, KINERJA_DATA_DIR=str(data))
    done = subprocess.run([sys.executable, __file__, "--child", case, str(live), str(backup)],
                          capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"{case} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(sizes: tuple[int, ...], runs: int, log) -> dict:
    results: dict = {"sizes": {}}
    for count in sizes:
        ours, backup = prepare(count, log)
        times: dict[str, list[dict]] = {case: [] for case in CASES}
        for n in range(runs):
            for case in (CASES if n % 2 == 0 else tuple(reversed(CASES))):
                times[case].append(run_child(case, ours, backup))
                log(f"{count:>7,} {case:8s} {times[case][-1]['seconds']:6.2f} s "
                    f"{times[case][-1]['peak_mb']:5.0f} MB")
        entry = {case: {"median_s": statistics.median(r["seconds"] for r in runs_),
                        "peak_mb": max(r["peak_mb"] for r in runs_), "runs": runs_}
                 for case, runs_ in times.items()}
        phase = [r["merge_phase_peak_mb"] for r in times["merge"] if "merge_phase_peak_mb" in r]
        entry["merge_phase_peak_mb"] = max(phase) if phase else None
        join = statistics.median(r["join_s"] for r in times["baseline"])
        entry["join_median_s"] = join
        entry["ratio"] = entry["merge"]["median_s"] / entry["baseline"]["median_s"]
        entry["ratio_to_join"] = entry["merge"]["median_s"] / join if join else None
        entry["file_mb"] = backup.stat().st_size / 1e6
        results["sizes"][str(count)] = entry
    return results


def verdicts(results: dict) -> list[tuple[str, float, float]]:
    found = []
    for size, entry in sorted(results["sizes"].items(), key=lambda item: int(item[0])):
        found.append((f"merge {int(size):,} ratio", entry["ratio"], GOAL_RATIO))
        found.append((f"merge {int(size):,} peak MB", entry["merge"]["peak_mb"], GOAL_PEAK_MB))
        if entry.get("merge_phase_peak_mb") is not None:  # the merge's own, file check apart
            found.append((f"merge {int(size):,} own peak MB", entry["merge_phase_peak_mb"],
                          GOAL_PEAK_MB))
    return found


def check(small: bool = True) -> list[tuple[str, float, float]]:
    """Run the benchmark (small sizes by default) and return (name, measured, goal) for each
    goal: the ratio to the bare baseline and the merge's peak memory; each measured value
    should be at most its goal."""
    sizes = SMALL_SIZES if small else SIZES
    return verdicts(measure(sizes, 3, log=lambda _m: None))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int)
    parser.add_argument("--sizes")
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--child", nargs=3, metavar=("CASE", "LIVE", "BACKUP"))
    args = parser.parse_args(argv)
    if args.child:
        case, live, backup = args.child
        print(json.dumps(child(case, Path(live), Path(backup))))
        return 0
    sizes = (tuple(int(s) for s in args.sizes.split(",")) if args.sizes
             else SMALL_SIZES if args.small else SIZES)
    runs = args.runs or 3
    started = time.perf_counter()
    results = measure(sizes, runs, log=lambda m: print(m, file=sys.stderr, flush=True))
    results["runs"] = runs
    results["command"] = " ".join([".venv/bin/python", "bench/merge_bench.py"]
                                  + (argv if argv is not None else sys.argv[1:]))
    found = verdicts(results)
    results["goals"] = [{"name": n, "measured": m, "goal": g} for n, m, g in found]
    OUT_JSON.parent.mkdir(parents=True, exist_ok=True)
    OUT_JSON.write_text(json.dumps(results, indent=2))
    print(f"\n{'officials':>10s} {'file':>7s} {'baseline':>17s} {'join':>7s} {'merge':>17s} "
          f"{'own peak':>9s} {'ratio':>6s} {'to join':>8s}")
    for size, e in sorted(results["sizes"].items(), key=lambda item: int(item[0])):
        print(f"{int(size):>10,} {e['file_mb']:5.0f}MB "
              f"{e['baseline']['median_s']:7.2f}s {e['baseline']['peak_mb']:5.0f}MB "
              f"{e['join_median_s']:6.2f}s "
              f"{e['merge']['median_s']:7.2f}s {e['merge']['peak_mb']:5.0f}MB "
              f"{e['merge_phase_peak_mb'] or 0:7.0f}MB "
              f"{e['ratio']:5.2f}x {e['ratio_to_join'] or 0:7.2f}x")
    for name, measured, goal in found:
        print(f"  {name}: {measured:.2f} (goal <= {goal:g}) "
              f"{'ok' if measured <= goal else 'MISSED'}")
    print(f"({time.perf_counter() - started:.0f} s, {runs} runs; {OUT_JSON})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
