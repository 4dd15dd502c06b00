"""The monitoring board over 1,000 officials with 20 targets each, against the board's own
three SQL statements run directly, in one process, offscreen."""

# .venv/bin/python bench/board_bench.py [--runs 15] [--edits 20] [--profile] [--force]
# Also run by run_bench.py as a child (--json prints one JSON object as the last line).
# Exits 0 whatever the goals say (a report, not a test); non-zero only if a step crashed.

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import pstats
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for folder in (str(ROOT), str(BENCH)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

import make_db  # noqa: E402
from bench_common import (cached_database, stats_text, summary,  # noqa: E402
                          verdict)

from kinerja_desktop.domain.scoring import weighted_predicate  # noqa: E402
from kinerja_desktop.storage import board_repo, migrations, roster_repo  # noqa: E402
from kinerja_desktop.storage.database import Database, as_tuples, open_database  # noqa: E402
from kinerja_desktop.storage.models import (Appointment, Evaluation, Official,  # noqa: E402
                                            Program, ProgressUpdate, Target, Unit)

GENERATOR_VERSION = "1"
SEED = 20190614
OFFICIALS = 1_000
TARGETS = 20
TODAY = date(2025, 3, 1)
CREATED = "2025-01-01 08:00:00"
GOAL_RATIO = 2.0
WHERE_ALL = "p.status != 'ditutup' AND a.end_date IS NULL"  # board_repo's "all current"


def default_path() -> Path:
    return make_db.OUT_DIR / f"board-{OFFICIALS}x{TARGETS}.kinerja"


def stamp() -> str:
    return f"{GENERATOR_VERSION}:{SEED}:{OFFICIALS}:{TARGETS}:{make_db.schema_fingerprint()}"


# The database ---------------------------------------------------------------------------------
def generate(db: Database) -> None:
    """Everything by insert_many through the peewee models (no service calls: 1,000 officials
    through RosterService would take minutes and test nothing the board reads); the derived
    roster tables are then built with roster_repo.refresh_all, as the app keeps them."""
    gen = make_db.Generator(SEED)
    rng = random.Random(SEED)

    def new_uuid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    stamps = dict(created_at=CREATED, modified_at=CREATED)
    with db.atomic():
        db.insert_many(Unit, [dict(id=i, uuid=new_uuid(), name=name, short_name=short,
                                   kind=kind, **stamps)
                              for i, (name, short, kind, _w)
                              in enumerate(make_db.UNITS, start=1)])
        officials, appointments, programs = [], [], []
        for n in range(1, OFFICIALS + 1):
            male = rng.random() < 0.55
            nip, birth = gen.nip(male)
            name, front, back = gen.name(male)
            unit_id = gen.unit()
            officials.append(dict(id=n, uuid=new_uuid(), nip=nip, name=name, front_title=front,
                                  back_title=back, rank="IV/a", sex="L" if male else "P",
                                  birth_date=birth, **stamps))
            start = TODAY - timedelta(days=rng.randint(3, 115))
            appointments.append(dict(id=n, uuid=new_uuid(), official=n, unit=unit_id,
                                     post_title=f"Kepala {make_db.UNITS[unit_id - 1][0]}",
                                     eselon="II.b", filling="seleksi_terbuka",
                                     start_date=start, **stamps))
            roll = rng.random()
            status = "draft" if roll < 0.1 else "dievaluasi" if roll < 0.25 else "disepakati"
            programs.append(dict(id=n, uuid=new_uuid(), appointment=n, kind="100_hari",
                                 start_date=start, end_date=start + timedelta(days=99),
                                 scheme="capaian_berbobot", status=status, **stamps))
        db.insert_many(Official, officials)
        db.insert_many(Appointment, appointments)
        db.insert_many(Program, programs)
        targets = [dict(uuid=new_uuid(), program=p["id"], position=k,
                        kind="inovasi" if k == 0 else "target_kinerja",
                        title=f"{rng.choice(VERBS)} "
                              f"{rng.choice(OBJECTS)} {k + 1}",
                        measure="angka", target_value=float(rng.choice((4, 10, 25, 100))),
                        unit="%", weight_bp=10_000 // TARGETS, **stamps)
                   for p in programs for k in range(TARGETS)]
        for chunk in range(0, len(targets), 2_000):
            db.insert_many(Target, targets[chunk:chunk + 2_000])
        rows = as_tuples(db.select(Target, Target.id, Target.program, Target.target_value))
        by_program = {p["id"]: p for p in programs}
        reports = []
        for target_id, program_id, value in rows:
            p = by_program[program_id]
            last = min(TODAY, p["end_date"])
            span = (last - p["start_date"]).days
            for _ in range(rng.choice((0, 0, 1, 1, 2, 3, 4))):
                reports.append(dict(uuid=new_uuid(), target=target_id,
                                    date=p["start_date"] + timedelta(days=rng.randint(0, span)),
                                    realised=round(value * rng.uniform(0.1, 1.1), 2),
                                    note="", **stamps))
        for chunk in range(0, len(reports), 2_000):
            db.insert_many(ProgressUpdate, reports[chunk:chunk + 2_000])
        evaluations = []
        for p in programs:
            if p["status"] == "dievaluasi":
                score = Decimal(rng.randint(550, 980)) / 10
                evaluations.append(dict(uuid=new_uuid(), program=p["id"],
                                        date=min(TODAY, p["end_date"]),
                                        scheme="capaian_berbobot", status="final",
                                        content_json="{}", score=str(score),
                                        predicate=weighted_predicate(score), finalised_at=CREATED,
                                        **stamps))
        db.insert_many(Evaluation, evaluations)
        db.handle.execute_sql("INSERT INTO setting (key, value) VALUES (?, ?)",
                              ("bench_board_generator", stamp()))
    roster_repo.refresh_all(db)


VERBS = ("Optimalisasi", "Integrasi", "Penyusunan", "Peningkatan", "Digitalisasi", "Evaluasi",
         "Penataan", "Pembinaan", "Percepatan", "Pengembangan", "Sosialisasi", "Monitoring")
OBJECTS = ("layanan administrasi kependudukan", "sistem pemerintahan berbasis elektronik",
           "dokumen perencanaan", "pengaduan masyarakat", "data statistik sektoral",
           "arsip dinamis", "laporan keuangan", "aplikasi layanan publik", "desa digital",
           "standar pelayanan minimal", "indeks kepuasan masyarakat")


def is_current(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        db = open_database(path, create=False)
    except Exception:  # noqa: BLE001 - any problem means "rebuild"
        return False
    try:
        h = db.handle
        found = h.execute_sql("SELECT value FROM setting WHERE key = 'bench_board_generator'"
                              ).fetchone()
        return (found is not None and found[0] == stamp()
                and db.schema_version() == migrations.LATEST_VERSION
                and h.execute_sql("SELECT count(*) FROM target").fetchone()[0]
                == OFFICIALS * TARGETS)
    finally:
        db.close()


def ensure_db(path: Path | None = None, force: bool = False, log=print) -> Path:
    """The cached database under bench/out/, built when missing or stale (a few seconds)."""
    return cached_database(Path(path or default_path()), force, log, is_current, generate)


# The baseline: board_repo's statements, executed directly -------------------------------------
def raw_read(db: Database, where: str = WHERE_ALL, params: tuple = ()) -> dict:
    """The board's three statements with execute_sql, rows grouped per program as tuples
    (the minimum any board needs: no dataclasses, no Decimal, no flags)."""
    h = db.handle
    rows = {r[0]: [r, [], []] for r in h.execute_sql(
        board_repo._PROGRAMS.format(where=where), params)}
    for r in h.execute_sql(board_repo._TARGETS.format(where=where), params):
        rows[r[0]][1].append(r)
    for r in h.execute_sql(board_repo._EVALUATIONS.format(where=where), params):
        rows[r[0]][2].append(r)
    return rows


def raw_row(db: Database, program_id: int) -> dict:
    return raw_read(db, "p.id = ?", (program_id,))


class Bench:
    def __init__(self, db_path: Path, log):
        from kinerja_desktop.gui.app import create_application
        self.log = log
        self.db = open_database(db_path)
        self.app = create_application([], "id")
        h = self.db.handle
        self.expected = h.execute_sql(
            f"SELECT count(*) FROM program p JOIN appointment a ON a.id = p.appointment_id "
            f"WHERE {WHERE_ALL}").fetchone()[0]
        # The program edited: an agreed one still running, a target of it.
        self.program_id, self.target_id = h.execute_sql(
            "SELECT p.id, t.id FROM program p JOIN target t ON t.program_id = p.id "
            "WHERE p.status = 'disepakati' AND p.end_date >= ? AND p.start_date <= ? "
            "ORDER BY p.id, t.position LIMIT 1", (TODAY.isoformat(), TODAY.isoformat())
        ).fetchone()

    def open_board(self):
        from kinerja_desktop.gui.board.board_window import BoardWindow
        gc.collect()
        t0 = time.perf_counter()
        window = BoardWindow(self.db, None, lambda: TODAY)
        t1 = time.perf_counter()
        window.show()
        t2 = time.perf_counter()
        self.app.processEvents()
        t3 = time.perf_counter()
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            raise RuntimeError("the board was not exposed after processEvents()")
        if window.model.rowCount() != self.expected:
            raise RuntimeError(f"the board shows {window.model.rowCount()} programs, "
                               f"not {self.expected}")
        return window, {"construct": t1 - t0, "show": t2 - t1, "events": t3 - t2,
                        "total": t3 - t0}

    def close_board(self, window) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.app.processEvents()
        gc.collect()

    def time_raw(self, count: int, call) -> list[float]:
        times = []
        for _ in range(count):
            t0 = time.perf_counter()
            call()
            times.append(time.perf_counter() - t0)
        return times

    def measure_open(self, runs: int, raw_per_run: int) -> dict:
        window, _ = self.open_board()  # warm-up
        self.close_board(window)
        for _ in range(3):
            raw_read(self.db)
        opens, raws = [], []
        for index in range(runs):
            if index % 2:
                raws += self.time_raw(raw_per_run, lambda: raw_read(self.db))
            window, times = self.open_board()
            opens.append(times)
            self.close_board(window)
            if not index % 2:
                raws += self.time_raw(raw_per_run, lambda: raw_read(self.db))
            self.log(f"  open {index + 1}/{runs}: board {times['total'] * 1000:.1f} ms, "
                     f"raw {statistics.median(raws) * 1000:.1f} ms")
        return {"raw": summary(raws),
                "board": {key: summary([t[key] for t in opens]) for key in opens[0]}}

    def measure_refresh(self, edits: int) -> dict:
        from kinerja_desktop.domain.programs import ProgressInput
        from kinerja_desktop.services.progress import ProgressService
        progress = ProgressService(self.db, lambda: TODAY)
        window, _ = self.open_board()
        window.select_program(self.program_id)
        self.app.processEvents()
        row = window.model.row_of(self.program_id)
        result = {k: [] for k in ("edit", "row", "raw_row", "full", "raw_full")}
        added = []
        try:
            for n in range(edits + 2):
                t0 = time.perf_counter()
                added.append(progress.add_report(self.target_id, ProgressInput(
                    TODAY, float(n % 7), "bench")))
                t1 = time.perf_counter()
                window.refresh_program(self.program_id)
                self.app.processEvents()
                t2 = time.perf_counter()
                raw_row(self.db, self.program_id)
                t3 = time.perf_counter()
                expected = window.model.board_row(row).targets[0].realised
                if expected != float(n % 7):
                    raise RuntimeError(f"edit {n}: the board shows {expected}, not {n % 7}")
                window.refresh()
                self.app.processEvents()
                t4 = time.perf_counter()
                raw_read(self.db)
                t5 = time.perf_counter()
                if window.current_program_id() != self.program_id:
                    raise RuntimeError("a full refresh lost the selection")
                if n >= 2:  # two untimed warm-ups
                    for key, value in (("edit", t1 - t0), ("row", t2 - t1),
                                       ("raw_row", t3 - t2), ("full", t4 - t3),
                                       ("raw_full", t5 - t4)):
                        result[key].append(value)
        finally:
            for progress_id in added:
                progress.delete_report(progress_id)  # the file as it was built
            self.close_board(window)
        return {key: summary(values) for key, values in result.items()}

    def parts(self, reps: int = 10) -> dict:
        """What showing the board is made of, each timed alone (median ms)."""
        from kinerja_desktop.services.board import BoardService
        from kinerja_desktop.services.programs import ProgramService
        service = BoardService(self.db, lambda: TODAY)
        calls = {
            "raw read (3 statements + tuples)": lambda: raw_read(self.db),
            "board_repo.board_rows (3 statements + dataclasses)": lambda: self._repo_rows(),
            "BoardService.rows (+ day, flags)": service.rows,
            "BoardService.chart": service.chart,
            "ProgramService.inauguration_dates": ProgramService(self.db).inauguration_dates,
        }
        out = {}
        for name, call in calls.items():
            call()
            out[name] = statistics.median(self.time_raw(reps, call)) * 1000
        return out

    def _repo_rows(self):
        return board_repo.board_rows(self.db)

    def profile(self) -> str:
        text = io.StringIO()
        profiler = cProfile.Profile()
        profiler.enable()
        window, _ = self.open_board()
        profiler.disable()
        for key in ("cumulative", "tottime"):
            text.write(f"\n=== OPEN (construct + show + processEvents), by {key} ===\n")
            pstats.Stats(profiler, stream=text).sort_stats(key).print_stats(25)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(5):
            window.refresh()
            self.app.processEvents()
        profiler.disable()
        text.write("\n=== FULL REFRESH x5, by cumulative ===\n")
        pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(25)
        self.close_board(window)
        return text.getvalue()

    def close(self) -> None:
        self.db.close()


# Reporting ------------------------------------------------------------------------------------
def report(result: dict) -> str:
    o, r = result["open"], result["refresh"]
    raw, board = o["raw"], o["board"]
    w = 46

    def line(name, app, base, goal=True):
        ratio = app / base
        return (f"{name:{w}} {app:7.1f} ms {base:7.2f} ms {ratio:6.2f}x  "
                f"{'< 2x raw' if goal else '(none)':<12} "
                f"{verdict(ratio < GOAL_RATIO) if goal else '-'}")

    lines = [
        f"Board benchmark: {result['programs']:,} programs of {OFFICIALS:,} officials, "
        f"{TARGETS} targets each ({Path(result['db']).relative_to(ROOT)})",
        f"machine: {result['machine']}",
        "",
        f"{'figure':{w}} {'board':>10} {'raw':>10} {'ratio':>7}  {'goal':<12} result",
        line(f"show, median of {board['total']['n']}", board["total"]["median_ms"],
             raw["median_ms"]),
        line("show, 95th percentile", board["total"]["p95_ms"], raw["p95_ms"], False),
        line(f"row refresh after an edit, median of {r['row']['n']}", r["row"]["median_ms"],
             r["raw_row"]["median_ms"]),
        line("full refresh (F5), median", r["full"]["median_ms"], r["raw_full"]["median_ms"]),
        line("full refresh (F5), 95th percentile", r["full"]["p95_ms"],
             r["raw_full"]["p95_ms"], False),
        "",
        "for information (ms; median / p95 / max):",
        f"  show: construct {stats_text(board['construct'])}, show() {stats_text(board['show'])}, "
        f"processEvents {stats_text(board['events'])}",
        f"  the edit itself (ProgressService.add_report, one transaction) {stats_text(r['edit'])}",
        f"  raw: full read {stats_text(raw)}; one program {stats_text(r['raw_row'])}",
        "  parts, each alone (median ms): " + "; ".join(
            f"{k} {v:.1f}" for k, v in result["parts"].items()),
    ]
    return "\n".join(lines)


def run(db_path: Path, runs: int, edits: int, raw_per_run: int, log) -> dict:
    bench = Bench(db_path, log)
    try:
        log("measuring show…")
        opened = bench.measure_open(runs, raw_per_run)
        log("measuring refresh after edits…")
        refreshed = bench.measure_refresh(edits)
        parts = bench.parts()
        return {"db": str(db_path), "programs": bench.expected, "open": opened,
                "refresh": refreshed, "parts": parts, "bench": bench}
    except BaseException:
        bench.close()
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="timed opens of the board")
    parser.add_argument("--edits", type=int, default=20, help="timed edits and refreshes")
    parser.add_argument("--raw-per-run", type=int, default=4)
    parser.add_argument("--profile", action="store_true",
                        help="also cProfile one show and 5 full refreshes "
                             "(bench/out/board-profile.txt)")
    parser.add_argument("--force", action="store_true", help="rebuild the database")
    parser.add_argument("--json", action="store_true", help="print one JSON object (run_bench)")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    os.environ.setdefault("KINERJA_DATA_DIR", tempfile.mkdtemp(prefix="kinerja-bench-"))
    db_path = ensure_db(force=args.force, log=log)
    result = run(db_path, args.runs, args.edits, args.raw_per_run, log)
    bench = result.pop("bench")
    try:
        if args.profile:
            path = make_db.OUT_DIR / "board-profile.txt"
            path.write_text(bench.profile())
            log(f"profile written to {path}")
    finally:
        bench.close()
    import run_bench
    result["machine"] = run_bench.machine_info()
    if args.json:
        print(json.dumps(result))
    else:
        print(report(result))
    (make_db.OUT_DIR / "board-last-run.json").write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
