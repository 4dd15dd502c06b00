"""What the window benchmarks share: timing summaries, verdicts, and the cached database."""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from collections.abc import Callable

from search_bench import percentile

from kinerja_desktop.storage.database import Database, open_database


def summary(times: list[float]) -> dict:
    """Seconds in, milliseconds out: median, 95th percentile, maximum and count."""
    ms = [t * 1000 for t in times]
    return {"median_ms": statistics.median(ms), "p95_ms": percentile(ms, 0.95),
            "max_ms": max(ms), "n": len(ms)}


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def stats_text(s: dict) -> str:
    """'median / p95 / max' of a summary()."""
    return f"{s['median_ms']:.1f} / {s['p95_ms']:.1f} / {s['max_ms']:.1f}"


def cached_database(path: Path, force: bool, log, is_current: Callable[[Path], bool],
                    generate: Callable[[Database], None], what: str = "") -> Path:
    """The benchmark's database under bench/out/, built again only when missing or stale."""
    if not force and is_current(path):
        log(f"reusing {path}")
        return path
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    db = open_database(path)
    try:
        generate(db)
        db.handle.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    log(f"built {path}{' (' + what + ')' if what else ''} in "
        f"{time.perf_counter() - started:.1f} s")
    return path
