"""The target editor opening a program, against the same data shown in a bare PySide6 window,
at two sizes (50 targets with 500 progress reports, 200 with 2,000); each case runs in its
own child process, offscreen."""

# .venv/bin/python bench/editor_bench.py [--small] [--rounds 3] [--opens 8] [--edits 30]
#                                         [--profile] [--force] [--json]
# --small: both sizes, fewer opens (about 20 s); what tests/test_benchmarks calls through
# check(). Also run by run_bench.py as a child (--json prints one JSON object as the last
# line). Exits 0 whatever the goals say (a report, not a test); non-zero only if a step
# crashed. The table goes to stdout and bench/out/editor.json.

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
import subprocess
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
from peak_memory import peak_mb  # noqa: E402  (bench/ is on sys.path)

# Bump when the generator changes so that a cached file is rebuilt.
GENERATOR_VERSION = "2"
SEED = 20190614
SIZES = ((50, 500), (200, 2_000))  # (targets, progress reports): how the cost grows
TARGETS, REPORTS = SIZES[-1]       # the size of the goal
SELECTED_REPORTS = 25              # the first target's reports: a full detail pane, both sizes
START = date(2024, 10, 1)          # a 100-day program: 1 October 2024 - 8 January 2025
TODAY = START + timedelta(days=80)  # the editor's clock: day 81
CREATED = "2024-10-01 08:00:00"
NIP = "197203151995031004"
EMPTY_NIP = "197008231993031006"     # a second official without programs (UI cost alone)
SELECTED_ROW = 0                     # the row the editor selects when it opens
EDIT_ROW = 5                         # a visible row edited through the model

GOAL_RATIO = 2.0
GOAL_PAUSE_MS = 50.0
CHILD_TIMEOUT_S = 600
FULL = {"rounds": 3, "opens": 8}     # per size: children of each case, timed opens in each
SMALL = {"rounds": 2, "opens": 4}

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


def attachments_for(reports: int) -> int:
    return max(10, reports // 50)  # 40 files for 2,000 reports, 8 of them on the first target


def default_path(targets: int = TARGETS, reports: int = REPORTS) -> Path:
    return make_db.OUT_DIR / f"editor-{targets}x{reports}.kinerja"


def stamp(targets: int = TARGETS, reports: int = REPORTS) -> str:
    return (f"{GENERATOR_VERSION}:{SEED}:{targets}:{reports}:{attachments_for(reports)}:"
            f"{make_db.schema_fingerprint()}")


# The database ---------------------------------------------------------------------------------
def generate(db: Database, targets: int = TARGETS, reports: int = REPORTS) -> None:
    """The officials, post and program through the app's services (a handful of calls); the
    targets, reports and files by bulk inserts through the peewee models."""
    from kinerja_desktop.services.programs import ProgramService
    from kinerja_desktop.services.roster import RosterService

    rng = random.Random(SEED)
    attachments = attachments_for(reports)

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

    # Weights: whole hundredths of a percent between 0.4 and 1.6 times an equal share (at 200
    # targets 0.20-0.80 %), summing to 10,000 (100 %).
    share = 10_000 // targets
    weights = [share] * targets
    weights[-1] += 10_000 - share * targets
    low, high = share * 2 // 5, share * 8 // 5
    for _ in range(10 * targets):
        a, b = rng.randrange(targets), rng.randrange(targets)
        step = rng.randint(1, max(1, share // 5))
        if weights[a] - step >= low and weights[b] + step <= high:
            weights[a] -= step
            weights[b] += step
    assert sum(weights) == 10_000

    with db.atomic():
        priority_ids = [db.insert(
            DevelopmentPriority, uuid=new_uuid(), created_at=CREATED, modified_at=CREATED,
            code=code, title=title, position=n) for n, (code, title) in enumerate(PRIORITIES)]
        rows = []
        for position in range(targets):
            done = rng.random() < 0.1
            unit = rng.choice(COMMON_UNITS)
            rows.append(dict(
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
        db.insert_many(Target, rows)
        target_rows = as_tuples(db.select(Target, Target.id, Target.measure, Target.target_value)
                                .where(Target.program == program_id).order_by(Target.position))
        # Uneven spread: a few targets with many reports, some with none; the row the editor
        # selects when it opens has 25 (a full detail pane).
        shares = [rng.choice((0, 1, 1, 2, 3, 5, 8)) for _ in target_rows]
        shares[SELECTED_ROW] = 0
        counts = {target_rows[SELECTED_ROW][0]: SELECTED_REPORTS}
        for target_id, _m, _v in rng.choices(target_rows, shares, k=reports - SELECTED_REPORTS):
            counts[target_id] = counts.get(target_id, 0) + 1
        updates = []
        for target_id, measure, value in target_rows:
            days = sorted(rng.randint(0, (TODAY - START).days) for _ in range(counts.get(
                target_id, 0)))
            for n, day in enumerate(days, start=1):
                realised = (1.0 if n == len(days) and rng.random() < 0.5 else 0.0) \
                    if measure == "selesai" else round(value * n / (len(days) + 2), 2)
                updates.append(dict(uuid=new_uuid(), created_at=CREATED, modified_at=CREATED,
                                    target=target_id, date=START + timedelta(days=day),
                                    realised=realised, note=f"Progres ke-{n}"))
        assert len(updates) == reports
        db.insert_many(ProgressUpdate, updates)
        selected = target_rows[SELECTED_ROW][0]
        first_reports = [pid for (pid,) in as_tuples(
            db.select(ProgressUpdate, ProgressUpdate.id).where(ProgressUpdate.target == selected)
            .order_by(ProgressUpdate.id))]
        others = [pid for (pid,) in as_tuples(db.select(ProgressUpdate, ProgressUpdate.id).where(
            ProgressUpdate.target != selected))]
        owners = first_reports[:8] + rng.sample(others, attachments - 8)
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
                              ("bench_editor_generator", stamp(targets, reports)))


def is_current(path: Path, targets: int = TARGETS, reports: int = REPORTS) -> bool:
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
        return (found is not None and found[0] == stamp(targets, reports)
                and db.schema_version() == migrations.LATEST_VERSION
                and h.execute_sql("SELECT count(*) FROM target").fetchone()[0] == targets
                and h.execute_sql("SELECT count(*) FROM progress_update").fetchone()[0]
                == reports)
    finally:
        db.close()


def ensure_db(path: Path | None = None, force: bool = False, log=print,
              targets: int = TARGETS, reports: int = REPORTS) -> Path:
    """The cached database under bench/out/, built when missing or stale (about 1 s)."""
    return cached_database(
        Path(path or default_path(targets, reports)), force, log,
        lambda p: is_current(p, targets, reports), lambda db: generate(db, targets, reports),
        f"{targets} targets, {reports} reports, {attachments_for(reports)} files")


# The baseline: the same reads and write, directly in SQL ---------------------------------------
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


def raw_read(db, official_id: int, program_id: int, target_id: int) -> tuple:
    """What the editor shows, read with peewee's execute_sql (a Database) or the standard
    sqlite3 module (a connection): the official's programs, the program's targets with their
    latest progress, the selected target's reports and files."""
    run = db.handle.execute_sql if isinstance(db, Database) else db.execute
    programs = run(PROGRAMS_SQL, (official_id,)).fetchall()
    targets = run(TARGETS_SQL, (program_id,)).fetchall()
    reports = run(REPORTS_SQL, (target_id,)).fetchall()
    files = run(FILES_SQL, (target_id,)).fetchall()
    return programs, targets, reports, files


def raw_edit(db: Database, target_id: int, weight_bp: int, ids: tuple[int, int, int]) -> None:
    """The baseline write: one UPDATE in its own transaction, then the same read again."""
    with db.atomic():
        db.handle.execute_sql(UPDATE_SQL, (weight_bp, "2025-01-01 00:00:00", target_id))
    raw_read(db, *ids)


def settle(app, window, table) -> None:
    """Until the window is on screen with its rows painted: pending events (show, layout,
    expose, the first paint), then the table painted synchronously, so that data() has run
    for every visible cell whatever the platform did in that pass. The same for both cases."""
    app.processEvents()
    handle = window.windowHandle()
    if handle is None or not handle.isExposed():
        raise RuntimeError(f"{type(window).__name__} was not exposed after processEvents()")
    table.viewport().repaint()


class BareBench:
    """The baseline: a bare PySide6 application (no fonts, translations or screen fitter)
    showing the same data, read with the standard sqlite3 module by the four statements of
    raw_read: the programs in a list, the targets' eleven columns in a table, the selected
    target's reports in a second table, side by side, at the editor's size."""

    def __init__(self, db_path: Path):
        import sqlite3

        from PySide6.QtWidgets import QApplication
        self.app = QApplication.instance() or QApplication([sys.argv[0]])
        self.connection = sqlite3.connect(db_path)
        run = self.connection.execute
        official_id = run("SELECT id FROM official WHERE nip = ?", (NIP,)).fetchone()[0]
        program_id = run("SELECT p.id FROM program p JOIN appointment a "
                         "ON a.id = p.appointment_id WHERE a.official_id = ?",
                         (official_id,)).fetchone()[0]
        selected = run("SELECT id FROM target WHERE program_id = ? ORDER BY position "
                       "LIMIT 1", (program_id,)).fetchone()[0]
        self.ids = (official_id, program_id, selected)

    def open_window(self) -> tuple[object, float]:
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QListView, QMainWindow, QSplitter, QTableView
        gc.collect()
        t0 = time.perf_counter()
        programs, targets, reports, _files = raw_read(self.connection, *self.ids)
        window = QMainWindow()
        splitter = QSplitter(window)
        program_model = QStandardItemModel(len(programs), 1, window)
        for row, p in enumerate(programs):
            program_model.setItem(row, QStandardItem(f"{p[2]} · {p[6]}\n{p[3]} – {p[4]}"))
        program_list = QListView(splitter)
        program_list.setModel(program_model)
        target_model = QStandardItemModel(len(targets), 11, window)
        for row, t in enumerate(targets):
            cells = (row + 1, t[3], t[4], t[10] / 100, t[8], t[9], t[11], t[12], t[6],
                     t[16] or "", t[17])
            for column, value in enumerate(cells):
                target_model.setItem(row, column,
                                     QStandardItem("" if value is None else str(value)))
        table = QTableView(splitter)
        table.setModel(target_model)
        report_model = QStandardItemModel(len(reports), 4, window)
        for row, r in enumerate(reports):
            for column, value in enumerate((r[2], r[3], "", r[4])):
                report_model.setItem(row, column, QStandardItem(str(value)))
        report_table = QTableView(splitter)
        report_table.setModel(report_model)
        window.setCentralWidget(splitter)
        window.resize(1280, 760)
        window.show()
        settle(self.app, window, table)
        elapsed = time.perf_counter() - t0
        if target_model.rowCount() != len(targets) or report_model.rowCount() != len(reports):
            raise RuntimeError("the bare window does not show the data it read")
        return window, elapsed

    def close_window(self, window) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.app.processEvents()
        gc.collect()

    def measure_open(self, opens: int) -> dict:
        window, first = self.open_window()
        self.close_window(window)
        times = []
        for _ in range(opens):
            window, elapsed = self.open_window()
            times.append(elapsed)
            self.close_window(window)
        return {"first_s": first, "opens_s": times}

    def close(self) -> None:
        self.connection.close()


# Measuring ------------------------------------------------------------------------------------
class Bench:
    """The app's side: the editor in the app's own QApplication (fonts, translations, the
    screen fitter every window of the app passes through)."""

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
        self.targets = len(rows)

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
        settle(self.app, editor, editor.table)
        t3 = time.perf_counter()
        return editor, {"construct": t1 - t0, "show": t2 - t1, "events": t3 - t2,
                        "total": t3 - t0}

    def close_editor(self, editor) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent
        editor.close()  # WA_DeleteOnClose: deleted by the next DeferredDelete pass
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.app.processEvents()
        gc.collect()

    def check_open(self, editor) -> None:
        if editor.model.rowCount() != self.targets:
            raise RuntimeError(f"the editor shows {editor.model.rowCount()} targets, "
                               f"not {self.targets}")
        target = editor.model.target(editor.table.currentIndex().row())
        if target is None or target.id != self.selected_id:
            raise RuntimeError("the editor did not select the first target")
        if editor.detail.progress_model.rowCount() != SELECTED_REPORTS:
            raise RuntimeError("the detail pane does not show the selected target's reports")

    def measure_open(self, opens: int) -> dict:
        """One open first (imports, Qt's first use: for information), then `opens` timed
        ones, each followed by an open for the official without programs (the window
        alone) and by raw reads of the same data (for information)."""
        editor, first = self.open_editor()
        self.check_open(editor)
        self.close_editor(editor)
        times, empties, raws = [], [], []
        for _ in range(opens):
            editor, opened = self.open_editor()
            self.check_open(editor)
            times.append(opened)
            self.close_editor(editor)
            editor, empty = self.open_editor(self.empty_official_id)
            empties.append(empty["total"])
            self.close_editor(editor)
            for _ in range(2):
                t0 = time.perf_counter()
                raw_read(self.db, *self.ids)
                raws.append(time.perf_counter() - t0)
        # For information: the same opens with the application-wide screen fitter (a Python
        # event filter every event of the app passes through) taken out.
        from kinerja_desktop.gui.shared.screen_fit import ScreenFitter
        fitter = self.app.findChild(ScreenFitter, "screenFitter")
        unfitted = []
        if fitter is not None:
            self.app.removeEventFilter(fitter)
            try:
                for _ in range(opens):
                    editor, opened = self.open_editor()
                    unfitted.append(opened["total"])
                    self.close_editor(editor)
            finally:
                self.app.installEventFilter(fitter)
        return {"first_s": first["total"], "opens_s": [t["total"] for t in times],
                "unfitted_s": unfitted,
                "parts_s": {key: [t[key] for t in times] for key in times[0]},
                # construct + show run in one handler (a menu action) in the app
                "handler_max_s": max(t["construct"] + t["show"] for t in times),
                "empty_s": empties, "raw_read_s": raws}

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
    def count_queries(self, full: bool = True) -> dict:
        """SQL statements SQLite ran (its trace callback: every statement, however issued)
        for one open, and with `full` one edit, one reload and one undo."""
        from kinerja_desktop.gui.programs.target_model import COLUMN
        seen: list[str] = []
        connection = self.db.handle.connection()
        connection.set_trace_callback(seen.append)
        try:
            counts = {}
            editor, _ = self.open_editor()
            counts["open"] = len(seen)
            scans = {"open": sum(1 for s in seen if _scans_program_reports(s))}
            if full:
                seen.clear()
                model = editor.model
                index = model.index(model.row_of(self.edit_id), COLUMN["bobot"])
                weight = float(model.target(index.row()).data.weight)
                model.setData(index, weight + 0.25)
                self.app.processEvents()
                counts["edit"] = len(seen)
                scans["edit"] = sum(1 for s in seen if _scans_program_reports(s))
                seen.clear()
                editor.reload()
                counts["reload"] = len(seen)
                scans["reload"] = sum(1 for s in seen if _scans_program_reports(s))
                seen.clear()
                editor.undo_group.undo()
                self.app.processEvents()
                counts["undo"] = len(seen)
            seen.clear()
            self.close_editor(editor)
        finally:
            connection.set_trace_callback(None)
        counts["reads_of_all_reports"] = scans
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
            and '"program_id" =' in sql)


def _print_stats(profiler: cProfile.Profile, out, title: str) -> None:
    for key in ("cumulative", "tottime"):
        out.write(f"\n=== {title}, sorted by {key} ===\n")
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats(key).print_stats(28)


# One case in a child process ----------------------------------------------------------------
def run_child(case: str, db_path: Path, opens: int, edits: int, profile: bool) -> dict:
    """Measure one case in this process; with `edits` also the editor's edits, undo and
    reload against raw edits, and each service read alone (for information)."""
    if case == "bare":
        bare = BareBench(db_path)
        try:
            result = bare.measure_open(opens)
        finally:
            bare.close()
    else:
        bench = Bench(db_path, lambda message: print(message, file=sys.stderr, flush=True))
        try:
            result = bench.measure_open(opens)
            result["queries"] = bench.count_queries(full=edits > 0)
            if edits:
                result["edits"] = bench.measure_edits(edits)
                result["reads"] = bench.parts()
            if profile:
                path = make_db.OUT_DIR / "editor-profile.txt"
                path.write_text(bench.profile())
                print(f"profile written to {path}", file=sys.stderr)
        finally:
            bench.close()
    result["rss_mb"] = peak_mb()
    return result


def spawn(case: str, db_path: Path, opens: int, edits: int = 0,
          profile: bool = False) -> dict:
    data_dir = tempfile.mkdtemp(prefix="kinerja-bench-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KINERJA_DATA_DIR=data_dir)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users run from compiled bytecode
    command = [sys.executable, str(Path(__file__).resolve()), "--child", case,
               "--db", str(db_path), "--opens", str(opens), "--edits", str(edits)]
    if profile:
        command.append("--profile")
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT,
                              timeout=CHILD_TIMEOUT_S)
    finally:
        import shutil
        shutil.rmtree(data_dir, ignore_errors=True)
    if done.returncode != 0:
        raise RuntimeError(f"the {case} child failed (exit {done.returncode}):\n"
                           f"{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# Both cases at both sizes, interleaved -------------------------------------------------------
def measure(small: bool = False, log=print, force: bool = False, edits: int = 30,
            profile: bool = False, rounds: int | None = None,
            opens: int | None = None) -> dict:
    """For each size, `rounds` children of each case, alternating which starts first; each
    times `opens` opens after an untimed one. With `edits` (full runs), one more editor
    child at the larger size times edits, undo and reload (for information)."""
    plan = dict(SMALL if small else FULL)
    plan["rounds"] = rounds or plan["rounds"]
    plan["opens"] = opens or plan["opens"]
    sizes = {}
    for targets, reports in SIZES:
        db_path = ensure_db(force=force, log=log, targets=targets, reports=reports)
        children: dict[str, list[dict]] = {"editor": [], "bare": []}
        for index in range(plan["rounds"]):
            order = ("editor", "bare") if index % 2 == 0 else ("bare", "editor")
            for case in order:
                children[case].append(spawn(case, db_path, plan["opens"]))
            log(f"  {targets}/{reports} round {index + 1}/{plan['rounds']}: editor "
                f"{statistics.median(children['editor'][-1]['opens_s']) * 1000:.1f} ms, bare "
                f"{statistics.median(children['bare'][-1]['opens_s']) * 1000:.1f} ms")
        sizes[f"{targets}x{reports}"] = summarise(targets, reports, db_path, children)
    result = {"sizes": sizes, "plan": plan, "small": small}
    if edits and not small:
        log("  the editor's edits, undo and reload…")
        result["extras"] = spawn("editor", default_path(), 2, edits, profile)
    return result


def summarise(targets: int, reports: int, db_path: Path, children: dict) -> dict:
    def every(case: str, key: str) -> list[float]:
        return [value for child in children[case] for value in child[key]]

    editor, bare = every("editor", "opens_s"), every("bare", "opens_s")
    out = {"targets": targets, "reports": reports, "db": str(db_path),
           "editor": summary(editor), "bare": summary(bare),
           "ratio": statistics.median(editor) / statistics.median(bare),
           "first_ms": {case: statistics.median(c["first_s"] for c in children[case]) * 1000
                        for case in children},
           "rss_mb": {case: max(c["rss_mb"] for c in children[case]) for case in children},
           "empty": summary(every("editor", "empty_s")),
           "unfitted": summary(every("editor", "unfitted_s") or [0.0]),
           "raw_read": summary(every("editor", "raw_read_s")),
           "handler_max_ms": max(c["handler_max_s"] for c in children["editor"]) * 1000,
           "queries": children["editor"][0]["queries"]["open"]}
    parts = children["editor"][0]["parts_s"]
    out["parts"] = {key: summary([v for c in children["editor"] for v in c["parts_s"][key]])
                    for key in parts}
    return out


def check(small: bool = True) -> list[tuple[str, float, float]]:
    """(figure, measured ratio, goal) of the editor's open against the bare window at both
    sizes: what a regression test compares (a ratio above its goal is a miss)."""
    result = measure(small=small, log=lambda _m: None, edits=0)
    return [(f"target editor open, {s['targets']} targets / {s['reports']} reports "
             f"(x bare window; checked against where it stands, the {GOAL_RATIO}x goal being "
             f"at its edge)", s["ratio"], STANDING_RATIO) for s in result["sizes"].values()]


# Where the editor stands (docs/benchmarks.md: 1.98-2.38x on a quiet machine, 2.3-3.2x in the
# small runs of a shared CI machine): the regression check guards this level, with its usual
# margin, while the goal stays at its edge (issue 19's note).
STANDING_RATIO = 2.3


# Reporting ------------------------------------------------------------------------------------
def report(result: dict) -> str:
    w = 44
    plan = result["plan"]
    lines = [
        f"Target editor benchmark: the editor opening a program against the same data in a "
        f"bare window ({plan['rounds']} children of each case per size, {plan['opens']} "
        f"opens each, interleaved{'; --small' if result.get('small') else ''})",
        f"machine: {result.get('machine', '?')}",
        "",
        f"{'figure':{w}} {'editor':>9} {'bare':>9} {'ratio':>7}  {'goal':<13} result",
    ]
    for s in result["sizes"].values():
        label = f"open, {s['targets']} targets / {s['reports']:,} reports, median"
        lines.append(
            f"{label:{w}} {s['editor']['median_ms']:6.1f} ms {s['bare']['median_ms']:6.1f} ms "
            f"{s['ratio']:6.2f}x  {'<= 2x bare':<13} {verdict(s['ratio'] <= GOAL_RATIO)}")
    for s in result["sizes"].values():
        label = f"  95th percentile ({s['targets']}/{s['reports']:,})"
        lines.append(f"{label:{w}} {s['editor']['p95_ms']:6.1f} ms {s['bare']['p95_ms']:6.1f} ms "
                     f"{s['editor']['p95_ms'] / s['bare']['p95_ms']:6.2f}x  {'(none)':<13} -")
    for s in result["sizes"].values():
        label = f"  peak memory ({s['targets']}/{s['reports']:,})"
        lines.append(f"{label:{w}} {s['rss_mb']['editor']:6.1f} MB {s['rss_mb']['bare']:6.1f} MB "
                     f"{s['rss_mb']['editor'] / s['rss_mb']['bare']:6.2f}x  {'(info)':<13} -")
    lines += ["", "for information (ms; median / p95 / max):"]
    for s in result["sizes"].values():
        p = s["parts"]
        lines += [
            f"  {s['targets']}/{s['reports']:,}: construct {stats_text(p['construct'])}, show "
            f"{stats_text(p['show'])}, events + paint {stats_text(p['events'])}; the window "
            f"alone (an official without programs) {stats_text(s['empty'])}",
            f"    without the screen fitter (gui/shared/screen_fit.py's application-wide "
            f"event filter): {stats_text(s['unfitted'])}, "
            f"{s['unfitted']['median_ms'] / s['bare']['median_ms']:.2f}x bare",
            f"    first open in each process (imports, Qt's first use): editor "
            f"{s['first_ms']['editor']:.1f}, bare {s['first_ms']['bare']:.1f}; raw read "
            f"alone {stats_text(s['raw_read'])}; longest construct + show "
            f"{s['handler_max_ms']:.1f} (< {GOAL_PAUSE_MS:g}: "
            f"{verdict(s['handler_max_ms'] < GOAL_PAUSE_MS)}); SQL statements per open "
            f"{s['queries']}"]
    extras = result.get("extras")
    if extras:
        e = extras["edits"]
        q = extras["queries"]
        edit_total = e["edit"]["median_ms"] + e["edit_events"]["median_ms"]
        lines += [
            f"  {TARGETS}/{REPORTS:,}, edits (one editor process, {e['edit']['n']} each): "
            f"edit to saved + reloaded {edit_total:.1f} against a raw edit "
            f"{e['raw_edit']['median_ms']:.2f} ({edit_total / e['raw_edit']['median_ms']:.1f}x)"
            f"; setData {stats_text(e['edit'])}, events after it {stats_text(e['edit_events'])}"
            f"; title edit {stats_text(e['title'])}",
            f"    undo {stats_text(e['undo'])}, redo {stats_text(e['redo'])}, reload() "
            f"{stats_text(e['reload'])}",
            "    SQL statements: " + ", ".join(f"{k} {v}" for k, v in q.items()
                                                if k != "reads_of_all_reports")
            + " (raw read: 4; raw edit: 1 + 4); reads of all the program's reports: "
            + ", ".join(f"{k} {v}" for k, v in q["reads_of_all_reports"].items()),
            "    service reads, each alone (median ms): " + "; ".join(
                f"{k} {v:.2f}" for k, v in extras["reads"].items()),
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true",
                        help="fewer children and opens, no edits (about 20 s)")
    parser.add_argument("--rounds", type=int, help="children of each case per size")
    parser.add_argument("--opens", type=int, help="timed opens in each child")
    parser.add_argument("--edits", type=int, default=30,
                        help="timed edits (and raw edits) in the extra editor child; 0: none")
    parser.add_argument("--profile", action="store_true",
                        help="also cProfile one open and 10 edits (bench/out/editor-profile.txt)")
    parser.add_argument("--force", action="store_true", help="rebuild the databases")
    parser.add_argument("--json", action="store_true", help="print one JSON object (run_bench)")
    parser.add_argument("--child", choices=("editor", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(run_child(args.child, args.db, args.opens or 1, args.edits,
                                   args.profile)))
        return 0

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    try:
        result = measure(args.small, log, args.force, 0 if args.small else args.edits,
                         args.profile, args.rounds, args.opens)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        log(f"benchmark crashed: {exc}")
        return 1
    import run_bench
    result["machine"] = run_bench.machine_info()
    make_db.OUT_DIR.mkdir(parents=True, exist_ok=True)
    (make_db.OUT_DIR / "editor.json").write_text(json.dumps(result, indent=1))
    print(json.dumps(result) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
