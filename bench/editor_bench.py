"""The target editor on a program of 200 targets and 2,000 progress reports, against the same
reads and writes done directly with peewee, in one process, offscreen."""

# .venv/bin/python bench/editor_bench.py [--runs 15] [--edits 30] [--profile] [--force]
# Also run by run_bench.py as a child (--json prints one JSON object as the last line).
# Exits 0 whatever the goals say (a report, not a test); non-zero only if a step crashed.

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
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

from kinerja_desktop.domain.evidence import mime_type  # noqa: E402
from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput  # noqa: E402
from kinerja_desktop.domain.programs import COMMON_UNITS, ProgramInput  # noqa: E402
from kinerja_desktop.storage import migrations  # noqa: E402
from kinerja_desktop.storage.database import Database, as_tuples, open_database  # noqa: E402
from kinerja_desktop.storage.models import (Attachment, DevelopmentPriority,  # noqa: E402
                                            ProgressUpdate, Target)

# Bump when the generator changes so that a cached file is rebuilt.
GENERATOR_VERSION = "1"
SEED = 20190614
TARGETS = 200
REPORTS = 2_000
ATTACHMENTS = 40
START = date(2024, 10, 1)          # a 100-day program: 1 October 2024 - 8 January 2025
TODAY = START + timedelta(days=80)  # the editor's clock: day 81
CREATED = "2024-10-01 08:00:00"
NIP = "197203151995031004"
EMPTY_NIP = "197008231993031006"     # a second official without programs (UI cost alone)
SELECTED_ROW = 0                     # the row the editor selects when it opens
EDIT_ROW = 5                         # a visible row edited through the model

GOAL_RATIO = 2.0
GOAL_PAUSE_MS = 50.0

PRIORITIES = (("1", "Mewujudkan tata kelola pemerintahan yang bersih dan melayani"),
              ("2", "Meningkatkan kualitas sumber daya manusia"),
              ("3", "Memperkuat perekonomian daerah berbasis potensi lokal"),
              ("4", "Membangun infrastruktur yang merata"),
              ("5", "Menjaga kelestarian lingkungan hidup"))
VERBS = ("Optimalisasi", "Integrasi", "Penyusunan", "Peningkatan", "Digitalisasi", "Evaluasi",
         "Penataan", "Pembinaan", "Percepatan", "Pengembangan", "Sosialisasi", "Monitoring")
OBJECTS = ("layanan administrasi kependudukan", "sistem pemerintahan berbasis elektronik",
           "dokumen perencanaan perangkat daerah", "pengaduan masyarakat", "data statistik "
           "sektoral", "arsip dinamis", "laporan keuangan", "aplikasi layanan publik",
           "kerja sama antar daerah", "kompetensi aparatur", "desa digital",
           "standar pelayanan minimal", "indeks kepuasan masyarakat", "jaringan intranet")
FILE_NAMES = ("laporan-kegiatan.pdf", "foto-kegiatan.jpg", "daftar-hadir.pdf",
              "notulen-rapat.docx", "rekap-capaian.xlsx")


def default_path() -> Path:
    return make_db.OUT_DIR / f"editor-{TARGETS}x{REPORTS}.kinerja"


def stamp() -> str:
    return (f"{GENERATOR_VERSION}:{SEED}:{TARGETS}:{REPORTS}:{ATTACHMENTS}:"
            f"{make_db.schema_fingerprint()}")


# The database ---------------------------------------------------------------------------------
def generate(db: Database) -> None:
    """The officials, post and program through the app's services (a handful of calls); the
    200 targets, 2,000 reports and 40 files by bulk inserts through the peewee models."""
    from kinerja_desktop.services.programs import ProgramService
    from kinerja_desktop.services.roster import RosterService

    rng = random.Random(SEED)

    def new_uuid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    roster = RosterService(db)
    official_id, _ = roster.create(
        OfficialInput(NIP, "Anas Dwisatya", back_title="S.Kom., M.Si.", rank="IV/b"),
        [AppointmentInput("Kepala Dinas Komunikasi Informatika Persandian dan Statistik",
                          "Dinas Komunikasi Informatika Persandian dan Statistik", "II.b",
                          "seleksi_terbuka", start_date=START)])
    roster.create(OfficialInput(EMPTY_NIP, "Siti Nurhayati", rank="IV/a"),
                  [AppointmentInput("Sekretaris Dinas Kesehatan", "Dinas Kesehatan", "III.a",
                                    "promosi", start_date=START)])
    appointment_id = roster.get(official_id).appointments[0].id
    service = ProgramService(db, lambda: TODAY)
    program_id = service.create_program(appointment_id, ProgramInput("100_hari", START))
    end = service.program(program_id).end_date

    # Weights: 200 whole hundredths of a percent between 20 and 80, summing to 10,000 (100 %).
    weights = [50] * TARGETS
    for _ in range(2_000):
        a, b = rng.randrange(TARGETS), rng.randrange(TARGETS)
        step = rng.randint(1, 10)
        if weights[a] - step >= 20 and weights[b] + step <= 80:
            weights[a] -= step
            weights[b] += step
    assert sum(weights) == 10_000

    with db.atomic():
        priority_ids = [db.insert(
            DevelopmentPriority, uuid=new_uuid(), created_at=CREATED, modified_at=CREATED,
            code=code, title=title, position=n) for n, (code, title) in enumerate(PRIORITIES)]
        targets = []
        for position in range(TARGETS):
            done = rng.random() < 0.1
            unit = rng.choice(COMMON_UNITS)
            targets.append(dict(
                uuid=new_uuid(), created_at=CREATED, modified_at=CREATED, program=program_id,
                position=position, kind="inovasi" if position < 10 else "target_kinerja",
                title=f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {position + 1}",
                description="Uraian target: " + " ".join(rng.choice(OBJECTS)
                                                         for _ in range(rng.randint(2, 8))),
                indicator=f"Persentase {rng.choice(OBJECTS)} yang terselesaikan",
                measure="selesai" if done else "angka",
                target_value=None if done else float(100 if unit == "%" else
                                                     rng.randint(1, 50)),
                unit="" if done else unit, weight_bp=weights[position],
                priority=rng.choice(("tinggi", "sedang", "sedang", "rendah")),
                due_date=START + timedelta(days=rng.randint(20, (end - START).days)),
                priority_link=rng.choice(priority_ids) if rng.random() < 0.6 else None,
                evidence_expected="Laporan dan dokumentasi kegiatan"))
        db.insert_many(Target, targets)
        target_rows = as_tuples(db.select(Target, Target.id, Target.measure, Target.target_value)
                                .where(Target.program == program_id).order_by(Target.position))
        # Uneven spread: a few targets with many reports, some with none; the row the editor
        # selects when it opens has 25 (a full detail pane).
        shares = [rng.choice((0, 1, 1, 2, 3, 5, 8)) for _ in target_rows]
        shares[SELECTED_ROW] = 0
        counts = {target_rows[SELECTED_ROW][0]: 25}
        for target_id, _m, _v in rng.choices(target_rows, shares, k=REPORTS - 25):
            counts[target_id] = counts.get(target_id, 0) + 1
        reports = []
        for target_id, measure, value in target_rows:
            days = sorted(rng.randint(0, (TODAY - START).days) for _ in range(counts.get(
                target_id, 0)))
            for n, day in enumerate(days, start=1):
                realised = (1.0 if n == len(days) and rng.random() < 0.5 else 0.0) \
                    if measure == "selesai" else round(value * n / (len(days) + 2), 2)
                reports.append(dict(uuid=new_uuid(), created_at=CREATED, modified_at=CREATED,
                                    target=target_id, date=START + timedelta(days=day),
                                    realised=realised, note=f"Progres ke-{n}"))
        assert len(reports) == REPORTS
        db.insert_many(ProgressUpdate, reports)
        selected = target_rows[SELECTED_ROW][0]
        first_reports = [pid for (pid,) in as_tuples(
            db.select(ProgressUpdate, ProgressUpdate.id).where(ProgressUpdate.target == selected)
            .order_by(ProgressUpdate.id))]
        others = [pid for (pid,) in as_tuples(db.select(ProgressUpdate, ProgressUpdate.id).where(
            ProgressUpdate.target != selected))]
        owners = first_reports[:8] + rng.sample(others, ATTACHMENTS - 8)
        files = []
        for progress_id in owners:
            name = rng.choice(FILE_NAMES)
            content = rng.randbytes(rng.randint(2_000, 20_000))
            files.append(dict(uuid=new_uuid(), created_at=CREATED, modified_at=CREATED,
                              progress=progress_id, filename=name, mime_type=mime_type(name),
                              size=len(content), sha256=hashlib.sha256(content).hexdigest(),
                              content=content))
        db.insert_many(Attachment, files)
        db.handle.execute_sql("INSERT INTO setting (key, value) VALUES (?, ?)",
                              ("bench_editor_generator", stamp()))


def is_current(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        db = open_database(path, create=False)
    except Exception:  # noqa: BLE001 - any problem means "rebuild"
        return False
    try:
        h = db.handle
        found = h.execute_sql("SELECT value FROM setting WHERE key = 'bench_editor_generator'"
                              ).fetchone()
        return (found is not None and found[0] == stamp()
                and db.schema_version() == migrations.LATEST_VERSION
                and h.execute_sql("SELECT count(*) FROM target").fetchone()[0] == TARGETS
                and h.execute_sql("SELECT count(*) FROM progress_update").fetchone()[0]
                == REPORTS)
    finally:
        db.close()


def ensure_db(path: Path | None = None, force: bool = False, log=print) -> Path:
    """The cached database under bench/out/, built when missing or stale (about 1 s)."""
    return cached_database(Path(path or default_path()), force, log, is_current, generate,
                           f"{TARGETS} targets, {REPORTS} reports, {ATTACHMENTS} files")


# The baseline: the same reads and write, directly with peewee ---------------------------------
PROGRAMS_SQL = """
SELECT p.id, p.uuid, p.kind, p.start_date, p.end_date, p.scheme, p.status, p.title, p.note,
       a.id, a.post_title, o.name, o.front_title, o.back_title, o.nip, u.name
FROM program p JOIN appointment a ON a.id = p.appointment_id
JOIN official o ON o.id = a.official_id JOIN unit u ON u.id = a.unit_id
WHERE a.official_id = ? ORDER BY p.start_date DESC, p.id DESC"""
# Each target with its latest report (by day, then id) and its number of reports: correlated
# subqueries on the (target_id, date) index, about 0.5 ms here. (A CTE with row_number() over
# the program's reports, LEFT JOINed, is the obvious alternative but SQLite scans the
# materialised CTE once per target: about 16 ms, so it would flatter the editor.)
TARGETS_SQL = """
SELECT t.id, t.uuid, t.position, t.kind, t.title, t.description, t.indicator, t.measure,
       t.target_value, t.unit, t.weight_bp, t.priority, t.due_date, t.priority_link_id,
       t.evidence_expected, dp.code, dp.title,
       (SELECT pu.realised FROM progress_update pu WHERE pu.target_id = t.id
        ORDER BY pu.date DESC, pu.id DESC LIMIT 1),
       (SELECT pu.date FROM progress_update pu WHERE pu.target_id = t.id
        ORDER BY pu.date DESC, pu.id DESC LIMIT 1),
       (SELECT count(*) FROM progress_update pu WHERE pu.target_id = t.id)
FROM target t LEFT JOIN development_priority dp ON dp.id = t.priority_link_id
WHERE t.program_id = ? ORDER BY t.position"""
REPORTS_SQL = """
SELECT id, uuid, date, realised, note FROM progress_update WHERE target_id = ?
ORDER BY date DESC, id DESC"""
FILES_SQL = """
SELECT a.id, a.uuid, a.progress_id, a.filename, a.size, a.sha256 FROM attachment a
JOIN progress_update pu ON pu.id = a.progress_id WHERE pu.target_id = ? ORDER BY a.id"""
UPDATE_SQL = "UPDATE target SET weight_bp = ?, modified_at = ? WHERE id = ?"


def raw_read(db: Database, official_id: int, program_id: int, target_id: int) -> tuple:
    """What the editor shows, read with peewee's execute_sql: the official's programs, the
    program's targets with their latest progress, the selected target's reports and files."""
    h = db.handle
    programs = h.execute_sql(PROGRAMS_SQL, (official_id,)).fetchall()
    targets = h.execute_sql(TARGETS_SQL, (program_id,)).fetchall()
    reports = h.execute_sql(REPORTS_SQL, (target_id,)).fetchall()
    files = h.execute_sql(FILES_SQL, (target_id,)).fetchall()
    return programs, targets, reports, files


def raw_edit(db: Database, target_id: int, weight_bp: int, ids: tuple[int, int, int]) -> None:
    """The baseline write: one UPDATE in its own transaction, then the same read again."""
    with db.atomic():
        db.handle.execute_sql(UPDATE_SQL, (weight_bp, "2025-01-01 00:00:00", target_id))
    raw_read(db, *ids)


# Measuring ------------------------------------------------------------------------------------
class Bench:
    def __init__(self, db_path: Path, log):
        from kinerja_desktop.gui.app import create_application
        self.log = log
        self.db = open_database(db_path)
        self.app = create_application([], "id")
        h = self.db.handle
        self.official_id = h.execute_sql("SELECT id FROM official WHERE nip = ?",
                                         (NIP,)).fetchone()[0]
        self.empty_official_id = h.execute_sql("SELECT id FROM official WHERE nip = ?",
                                               (EMPTY_NIP,)).fetchone()[0]
        self.program_id = h.execute_sql(
            "SELECT p.id FROM program p JOIN appointment a ON a.id = p.appointment_id "
            "WHERE a.official_id = ?", (self.official_id,)).fetchone()[0]
        rows = [tid for (tid,) in h.execute_sql(
            "SELECT id FROM target WHERE program_id = ? ORDER BY position", (self.program_id,))]
        self.selected_id, self.edit_id, self.raw_edit_id = (rows[SELECTED_ROW], rows[EDIT_ROW],
                                                            rows[EDIT_ROW + 1])
        self.ids = (self.official_id, self.program_id, self.selected_id)

    def weight_bp(self, target_id: int) -> int:
        return self.db.handle.execute_sql("SELECT weight_bp FROM target WHERE id = ?",
                                          (target_id,)).fetchone()[0]

    # The editor's window ---------------------------------------------------------------------
    def open_editor(self, official_id: int | None = None) -> tuple[object, dict]:
        """Construct and show; returns the window and the time of each stretch (s)."""
        from kinerja_desktop.gui.programs.program_editor import ProgramEditor
        gc.collect()
        t0 = time.perf_counter()
        editor = ProgramEditor(self.db, official_id or self.official_id, None, lambda: TODAY)
        t1 = time.perf_counter()
        editor.show()
        t2 = time.perf_counter()
        self.app.processEvents()
        t3 = time.perf_counter()
        handle = editor.windowHandle()
        if handle is None or not handle.isExposed():
            raise RuntimeError("the editor was not exposed after processEvents()")
        return editor, {"construct": t1 - t0, "show": t2 - t1, "events": t3 - t2,
                        "total": t3 - t0}

    def close_editor(self, editor) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent
        editor.close()  # WA_DeleteOnClose: deleted by the next DeferredDelete pass
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.app.processEvents()
        gc.collect()

    def check_open(self, editor) -> None:
        if editor.model.rowCount() != TARGETS:
            raise RuntimeError(f"the editor shows {editor.model.rowCount()} targets, "
                               f"not {TARGETS}")
        target = editor.model.target(editor.table.currentIndex().row())
        if target is None or target.id != self.selected_id:
            raise RuntimeError("the editor did not select the first target")
        if editor.detail.progress_model.rowCount() != 25:
            raise RuntimeError("the detail pane does not show the selected target's reports")

    def measure_open(self, runs: int, raw_per_run: int) -> dict:
        editor, _ = self.open_editor()  # untimed warm-up (imports, Qt's first-use costs)
        self.check_open(editor)
        self.close_editor(editor)
        for _ in range(5):
            raw_read(self.db, *self.ids)
        opens, raws, empties = [], [], []
        for index in range(runs):
            # Alternating which goes first; the raw reads interleaved with the windows.
            if index % 2:
                raws += self.time_raw_reads(raw_per_run)
            editor, times = self.open_editor()
            self.check_open(editor)
            opens.append(times)
            self.close_editor(editor)
            if not index % 2:
                raws += self.time_raw_reads(raw_per_run)
            editor, times = self.open_editor(self.empty_official_id)
            empties.append(times)
            self.close_editor(editor)
            self.log(f"  open {index + 1}/{runs}: editor {opens[-1]['total'] * 1000:.1f} ms, "
                     f"raw read {statistics.median(raws) * 1000:.2f} ms")
        return {"raw": summary(raws),
                "editor": {key: summary([t[key] for t in opens]) for key in opens[0]},
                # construct + show run in one handler (a menu action) in the app
                "handler_max_ms": max(t["construct"] + t["show"] for t in opens) * 1000,
                "empty": {key: summary([t[key] for t in empties]) for key in empties[0]}}

    def time_raw_reads(self, count: int) -> list[float]:
        times = []
        for _ in range(count):
            t0 = time.perf_counter()
            raw_read(self.db, *self.ids)
            times.append(time.perf_counter() - t0)
        return times

    # Edits -------------------------------------------------------------------------------------
    def measure_edits(self, edits: int) -> dict:
        from PySide6.QtCore import Qt

        from kinerja_desktop.gui.programs.target_model import COLUMN
        editor, _ = self.open_editor()
        model = editor.model
        row = model.row_of(self.edit_id)
        index = model.index(row, COLUMN["bobot"])
        title_index = model.index(row, COLUMN["judul"])
        editor.table.setCurrentIndex(index)  # the user's cell (the detail pane follows it)
        self.app.processEvents()
        base = self.weight_bp(self.edit_id)
        raw_base = self.weight_bp(self.raw_edit_id)
        base_title = model.target(row).data.title
        result = {key: [] for key in ("edit", "edit_events", "raw_edit", "title", "reload",
                                      "undo", "redo", "undo_events")}

        def edit_once(n: int) -> None:
            new_bp = base + (25 if n % 2 == 0 else 0)
            t0 = time.perf_counter()
            ok = model.setData(index, new_bp / 100, Qt.ItemDataRole.EditRole)
            t1 = time.perf_counter()
            self.app.processEvents()
            t2 = time.perf_counter()
            if not ok or self.weight_bp(self.edit_id) != new_bp:
                raise RuntimeError(f"edit {n}: the weight was not saved (setData -> {ok})")
            if round(float(model.target(row).data.weight) * 100) != new_bp:
                raise RuntimeError(f"edit {n}: the editor did not reload the saved weight")
            result["edit"].append(t1 - t0)
            result["edit_events"].append(t2 - t1)

        def raw_once(n: int) -> None:
            new_bp = raw_base + (25 if n % 2 == 0 else 0)
            t0 = time.perf_counter()
            raw_edit(self.db, self.raw_edit_id, new_bp, self.ids)
            result["raw_edit"].append(time.perf_counter() - t0)

        # Warm-up (untimed): two edits each way, back to where they started.
        for n in range(2):
            model.setData(index, (base + (25 if n % 2 == 0 else 0)) / 100)
            raw_edit(self.db, self.raw_edit_id, raw_base + (25 if n % 2 == 0 else 0), self.ids)
        self.app.processEvents()
        for n in range(edits):
            for step in ((edit_once, raw_once) if n % 2 == 0 else (raw_once, edit_once)):
                step(n)
        if edits % 2:  # leave the weights as they were
            model.setData(index, base / 100)
            raw_edit(self.db, self.raw_edit_id, raw_base, self.ids)
            self.app.processEvents()

        for n in range(edits):
            title = base_title if n % 2 else base_title + " (revisi)"
            t0 = time.perf_counter()
            ok = model.setData(title_index, title)
            result["title"].append(time.perf_counter() - t0)
            self.app.processEvents()
            if not ok:
                raise RuntimeError(f"title edit {n} was refused")
        if model.target(row).data.title != base_title:
            model.setData(title_index, base_title)
            self.app.processEvents()

        for _ in range(edits):
            t0 = time.perf_counter()
            editor.reload()
            result["reload"].append(time.perf_counter() - t0)
            self.app.processEvents()

        # Undo and redo of the last edits (each a service call, then indexChanged -> reload).
        group = editor.undo_group
        for n in range(edits):
            before = self.weight_bp(self.edit_id) if n == 0 else None
            t0 = time.perf_counter()
            group.undo()
            t1 = time.perf_counter()
            self.app.processEvents()
            t2 = time.perf_counter()
            group.redo()
            t3 = time.perf_counter()
            self.app.processEvents()
            result["undo"].append(t1 - t0)
            result["undo_events"].append(t2 - t1)
            result["redo"].append(t3 - t2)
            if before is not None and self.weight_bp(self.edit_id) != before:
                raise RuntimeError("undo + redo did not give back the saved weight")
        # Leave the file as it was built.
        if self.weight_bp(self.edit_id) != base:
            model.setData(index, base / 100)
        with self.db.atomic():
            self.db.handle.execute_sql(UPDATE_SQL, (raw_base, CREATED, self.raw_edit_id))
        self.close_editor(editor)
        return {key: summary(values) for key, values in result.items()}

    # Diagnosis ---------------------------------------------------------------------------------
    def count_queries(self) -> dict:
        """SQL statements run by one open, one edit and one reload (peewee's execute_sql)."""
        from kinerja_desktop.gui.programs.target_model import COLUMN
        handle = self.db.handle
        seen: list[str] = []
        original = handle.execute_sql

        def counting(sql, params=None, *args, **kwargs):
            seen.append(sql)
            return original(sql, params, *args, **kwargs)

        handle.execute_sql = counting
        try:
            counts = {}
            editor, _ = self.open_editor()
            counts["open"] = len(seen)
            scans_open = sum(1 for s in seen if _scans_program_reports(s))
            seen.clear()
            model = editor.model
            index = model.index(model.row_of(self.edit_id), COLUMN["bobot"])
            weight = float(model.target(index.row()).data.weight)
            model.setData(index, weight + 0.25)
            self.app.processEvents()
            counts["edit"] = len(seen)
            scans_edit = sum(1 for s in seen if _scans_program_reports(s))
            seen.clear()
            editor.reload()
            counts["reload"] = len(seen)
            scans_reload = sum(1 for s in seen if _scans_program_reports(s))
            seen.clear()
            editor.undo_group.undo()
            self.app.processEvents()
            counts["undo"] = len(seen)
            seen.clear()
            self.close_editor(editor)
        finally:
            del handle.execute_sql
        counts["reads_of_all_reports"] = {"open": scans_open, "edit": scans_edit,
                                          "reload": scans_reload}
        return counts

    def parts(self, reps: int = 20) -> dict:
        """What a reload is made of: each service read the editor makes, timed alone."""
        from kinerja_desktop.services.programs import ProgramService
        from kinerja_desktop.services.progress import ProgressService
        programs = ProgramService(self.db, lambda: TODAY)
        progress = ProgressService(self.db, lambda: TODAY)
        calls = {
            "programs_of_official (stats: list_targets)":
                lambda: programs.programs_of_official(self.official_id),
            "targets (list_targets)": lambda: programs.targets(self.program_id),
            "target (get_target, one row)": lambda: programs.target(self.edit_id),
            "reports of the selected target": lambda: progress.reports(self.selected_id),
            "priorities + status_history": lambda: (programs.priorities(True),
                                                    programs.status_history(self.program_id)),
            "raw read (baseline, all four queries)": lambda: raw_read(self.db, *self.ids),
        }
        out = {}
        for name, call in calls.items():
            call()
            times = []
            for _ in range(reps):
                t0 = time.perf_counter()
                call()
                times.append(time.perf_counter() - t0)
            out[name] = statistics.median(times) * 1000
        return out

    def profile(self, edits: int = 10) -> str:
        from kinerja_desktop.gui.programs.target_model import COLUMN
        text = io.StringIO()
        profiler = cProfile.Profile()
        profiler.enable()
        editor, _ = self.open_editor()
        profiler.disable()
        _print_stats(profiler, text, "OPEN (construct + show + processEvents)")
        model = editor.model
        index = model.index(model.row_of(self.edit_id), COLUMN["bobot"])
        base = float(model.target(index.row()).data.weight)
        profiler = cProfile.Profile()
        profiler.enable()
        for n in range(edits):
            model.setData(index, base + (0.25 if n % 2 == 0 else 0))
            self.app.processEvents()
        profiler.disable()
        _print_stats(profiler, text, f"EDIT x{edits} (setData + processEvents)")
        if float(model.target(index.row()).data.weight) != base:
            model.setData(index, base)
        self.close_editor(editor)
        return text.getvalue()

    def close(self) -> None:
        self.db.close()


def _scans_program_reports(sql: str) -> bool:
    """list_targets' second query: every report of the program (joined to target)."""
    return ('FROM "progress_update"' in sql and 'INNER JOIN "target"' in sql
            and '"program_id" = ?' in sql)


def _print_stats(profiler: cProfile.Profile, out, title: str) -> None:
    for key in ("cumulative", "tottime"):
        out.write(f"\n=== {title}, sorted by {key} ===\n")
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats(key).print_stats(28)


# Reporting ------------------------------------------------------------------------------------
def report(result: dict) -> str:
    o, e = result["open"], result["edits"]
    raw, op, empty = o["raw"], o["editor"], o["empty"]
    open_ratio = op["total"]["median_ms"] / raw["median_ms"]
    edit_total = [e["edit"]["median_ms"] + e["edit_events"]["median_ms"],
                  e["edit"]["p95_ms"] + e["edit_events"]["p95_ms"]]
    edit_ratio = edit_total[0] / e["raw_edit"]["median_ms"]
    reload_ratio = e["reload"]["median_ms"] / raw["median_ms"]
    pauses = {
        "open (construct + show)": o["handler_max_ms"],
        "open events": op["events"]["max_ms"],
        "edit (setData)": e["edit"]["max_ms"],
        "edit events": e["edit_events"]["max_ms"],
        "title edit": e["title"]["max_ms"],
        "reload()": e["reload"]["max_ms"],
        "undo": e["undo"]["max_ms"],
        "redo": e["redo"]["max_ms"],
    }
    worst = max(pauses, key=pauses.get)
    w = 46
    lines = [
        f"Target editor benchmark: {TARGETS} targets, {REPORTS:,} progress reports, "
        f"{ATTACHMENTS} files ({Path(result['db']).relative_to(ROOT)})",
        f"machine: {result['machine']}",
        "",
        f"{'figure':{w}} {'editor':>9} {'raw':>9} {'ratio':>7}  {'goal':<12} result",
        f"{'open, median of ' + str(op['total']['n']):{w}} {op['total']['median_ms']:6.1f} ms "
        f"{raw['median_ms']:6.2f} ms {open_ratio:6.1f}x  {'< 2x raw':<12} "
        f"{verdict(open_ratio < GOAL_RATIO)}",
        f"{'open, 95th percentile':{w}} {op['total']['p95_ms']:6.1f} ms {raw['p95_ms']:6.2f} ms "
        f"{op['total']['p95_ms'] / raw['p95_ms']:6.1f}x  {'(none)':<12} -",
        f"{'edit to saved + reloaded, median of ' + str(e['edit']['n']):{w}} "
        f"{edit_total[0]:6.1f} ms {e['raw_edit']['median_ms']:6.2f} ms {edit_ratio:6.1f}x  "
        f"{'< 2x raw':<12} {verdict(edit_ratio < GOAL_RATIO)}",
        f"{'edit to saved + reloaded, 95th percentile':{w}} {edit_total[1]:6.1f} ms "
        f"{e['raw_edit']['p95_ms']:6.2f} ms {edit_total[1] / e['raw_edit']['p95_ms']:6.1f}x  "
        f"{'(none)':<12} -",
        f"{'reload() alone vs raw read, median':{w}} {e['reload']['median_ms']:6.1f} ms "
        f"{raw['median_ms']:6.2f} ms {reload_ratio:6.1f}x  {'(info)':<12} -",
        f"{'longest UI pause: ' + worst:{w}} {pauses[worst]:6.1f} ms {'':>9} {'':>7}  "
        f"{'< 50 ms':<12} {verdict(pauses[worst] < GOAL_PAUSE_MS)}",
        "",
        "for information (ms; median / p95 / max):",
        f"  open: construct {stats_text(op['construct'])}, show {stats_text(op['show'])}, "
        f"processEvents {stats_text(op['events'])}",
        f"  open for an official without programs (the window alone): {stats_text(empty['total'])}",
        f"  edit: setData {stats_text(e['edit'])}, "
        f"processEvents after it {stats_text(e['edit_events'])}; "
        f"title edit {stats_text(e['title'])}",
        f"  undo {stats_text(e['undo'])}, redo {stats_text(e['redo'])}, "
        f"reload() {stats_text(e['reload'])}",
        f"  raw edit (UPDATE in a transaction + raw read) {stats_text(e['raw_edit'])}; "
        f"raw read {stats_text(raw)}",
        "  longest stretch on the UI thread, by kind ('events': one processEvents() after it, "
        "an upper bound for any single event in it): " + ", ".join(
            f"{k} {v:.1f}" for k, v in pauses.items()),
        "  SQL statements run: " + ", ".join(f"{k} {v}" for k, v in result["queries"].items()
                                             if k != "reads_of_all_reports")
        + " (raw read: 4; raw edit: 1 + 4); reads of all the program's reports "
          "(list_targets' second query): " + ", ".join(
            f"{k} {v}" for k, v in result["queries"]["reads_of_all_reports"].items()),
        "  service reads, each alone (median ms): " + "; ".join(
            f"{k} {v:.2f}" for k, v in result["parts"].items()),
    ]
    return "\n".join(lines)


def run(db_path: Path, runs: int, edits: int, raw_per_run: int, log) -> dict:
    bench = Bench(db_path, log)
    try:
        log("measuring open…")
        opened = bench.measure_open(runs, raw_per_run)
        log("measuring edits…")
        edited = bench.measure_edits(edits)
        queries = bench.count_queries()
        parts = bench.parts()
        return {"db": str(db_path), "open": opened, "edits": edited, "queries": queries,
                "parts": parts, "bench": bench}
    except BaseException:
        bench.close()
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="timed opens of the editor")
    parser.add_argument("--edits", type=int, default=30, help="timed edits (and raw edits)")
    parser.add_argument("--raw-per-run", type=int, default=4,
                        help="raw reads timed next to each open")
    parser.add_argument("--profile", action="store_true",
                        help="also cProfile one open and 10 edits (bench/out/editor-profile.txt)")
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
            path = make_db.OUT_DIR / "editor-profile.txt"
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
    (make_db.OUT_DIR / "editor-last-run.json").write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
