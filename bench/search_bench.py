"""Search-as-you-type latency in the app's window against plain LIKE scans, on one database."""

# Run as a child of run_bench.py (prints one JSON object), or alone for a per-query listing:
#     .venv/bin/python bench/search_bench.py DB_PATH --verbose

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

QUERY_SEED = 7
WINDOW_SIZE = (1200, 800)

# What users type: name fragments, units, posts, a few two-letter starts (NIPs are added
# from the database). 42 fixed + 8 NIP prefixes = 50.
NAME_QUERIES = ("ahmad", "siti nur", "hidayat", "dewi", "asep", "nurhay", "rahmawati", "yusuf",
                "kurnia", "setiawan", "muhammad ri", "sri wah", "tubagus", "hj. siti",
                "dedi sap", "lilis")
UNIT_QUERIES = ("kecamatan cik", "dinas pend", "bappeda", "satpol", "dinkes", "kec. petir",
                "disdukcapil", "badan pen", "kecamatan pulo", "bagian hukum")
POST_QUERIES = ("kepala bidang", "kepala seksi pem", "sekretaris", "camat", "guru ahli",
                "perawat", "analis kepeg", "plt. kepala", "kepala sub bagian umum",
                "penyuluh pert", "bidan")
SHORT_QUERIES = ("ma", "an", "sr", "nu", "de")
NIP_QUERIES = 8


def build_queries(con: sqlite3.Connection, seed: int = QUERY_SEED) -> list[str]:
    """50 deterministic queries; NIP prefixes (8-14 digits) come from officials in the file."""
    rng = random.Random(seed)
    total = con.execute("SELECT max(id) FROM official").fetchone()[0]
    nips = []
    for _ in range(NIP_QUERIES):
        official_id = rng.randint(1, total)
        nip = con.execute("SELECT nip FROM official WHERE id = ?", (official_id,)).fetchone()[0]
        nips.append(nip[:rng.randint(8, 14)])
    queries = [*NAME_QUERIES, *UNIT_QUERIES, *POST_QUERIES, *SHORT_QUERIES, *nips]
    rng.shuffle(queries)
    return queries


def like_groups(query: str, columns: tuple[str, ...]) -> tuple[str, list[str]]:
    """WHERE clause: for each word, (col1 LIKE '%w%' OR col2 LIKE ...); the words ANDed."""
    groups, params = [], []
    for word in query.split():
        groups.append("(" + " OR ".join(f"{c} LIKE ?" for c in columns) + ")")
        params += [f"%{word}%"] * len(columns)
    return " AND ".join(groups) or "1", params


def baseline_roster(con: sqlite3.Connection, query: str, scan: bool = True) -> int:
    """The issue's baseline: a plain LIKE scan over roster_entry, all ids fetched, by name.

    scan=True forces the table scan (NOT INDEXED) the baseline is meant to be; without it
    SQLite walks the name_sort index to skip the sort and looks every row up, which on this
    file is several times slower (reported for information as like_planner).
    """
    where, params = like_groups(query, ("full_name", "nip", "post", "unit_name"))
    hint = " NOT INDEXED" if scan else ""
    sql = f"SELECT official_id FROM roster_entry{hint} WHERE {where} ORDER BY name_sort"
    return len(con.execute(sql, params).fetchall())


def baseline_joined(con: sqlite3.Connection, query: str) -> int:
    """For information: the same LIKE over the canonical tables (official, current posts, unit)."""
    where, params = like_groups(query, ("o.name", "o.nip", "a.post_title", "u.name"))
    sql = ("SELECT DISTINCT o.id FROM official o "
           "LEFT JOIN appointment a ON a.official_id = o.id AND a.end_date IS NULL "
           f"LEFT JOIN unit u ON u.id = a.unit_id WHERE {where} ORDER BY o.name")
    return len(con.execute(sql, params).fetchall())


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (p95 of 50 values is the 48th smallest)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(round(fraction * len(ordered), 9)))
    return ordered[min(rank, len(ordered)) - 1]


def summary(times: list[float]) -> dict:
    ms = [t * 1000 for t in times]
    return {"median_ms": statistics.median(ms), "p95_ms": percentile(ms, 0.95),
            "max_ms": max(ms)}


class AppSearch:
    """The app's window (or RosterModel + QTableView when the window is missing), shown."""

    def __init__(self, db_path: Path | None, database=None):
        """On the file `db_path`, or on an open `database` (a server's: server_bench.py)."""
        from PySide6.QtCore import QSettings

        from kinerja_desktop.storage.database import open_database
        self.db = database if database is not None else open_database(db_path)
        try:
            from kinerja_desktop.gui.app import create_application
            from kinerja_desktop.gui.main_window import MainWindow
            from kinerja_desktop.gui.shared.settings import GuiSettings
        except ImportError:
            self._build_fallback()
            return
        self.app = create_application([], "id")
        settings_file = Path(tempfile.mkdtemp(prefix="kinerja-bench-")) / "settings.ini"
        self.window = MainWindow(self.db, GuiSettings(QSettings(str(settings_file),
                                                               QSettings.Format.IniFormat)))
        self.table, self.model, self.edit = (self.window.table, self.window.model,
                                             self.window.search_edit)
        self.mode = "main"
        self._show()

    def _build_fallback(self) -> None:
        from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView

        from kinerja_desktop.gui.roster.roster_model import RosterModel
        from kinerja_desktop.services.roster import RosterService
        self.app = QApplication.instance() or QApplication([sys.argv[0]])
        self.window = QMainWindow()
        self.model = RosterModel(RosterService(self.db), self.window)
        self.table = QTableView(self.window)
        self.table.setModel(self.model)
        self.edit = QLineEdit(self.window)
        self.window.setCentralWidget(self.table)
        self.mode = "fallback"
        self._show()

    def _show(self) -> None:
        self.window.resize(*WINDOW_SIZE)
        self.window.show()
        deadline = time.perf_counter() + 30
        while not (self.window.windowHandle() and self.window.windowHandle().isExposed()):
            self.app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError("the window was never exposed")
        self.app.processEvents()

    def search(self, query: str) -> int:
        """Type the query, run it at once (no debounce) and paint the visible rows."""
        self.edit.setText(query)
        if self.mode == "main":
            self.window.apply_filter()
        else:
            from kinerja_desktop.storage.roster_repo import RosterFilter
            self.model.set_filter(RosterFilter(text=query))
        self.table.viewport().repaint()
        return self.model.rowCount()

    def sql_only(self, query: str) -> int:
        """The app's search query alone (roster_repo.search_ids), for the breakdown."""
        from kinerja_desktop.storage.roster_repo import RosterFilter, search_ids
        return len(search_ids(self.db, RosterFilter(text=query)))

    def close(self) -> None:
        self.window.hide()
        self.app.processEvents()
        self.db.close()


def run(db_path: Path, verbose: bool = False) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("KINERJA_DATA_DIR", tempfile.mkdtemp(prefix="kinerja-bench-"))
    plain = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    queries = build_queries(plain)
    app = AppSearch(db_path)
    kinds = {"app": app.search, "app_sql": app.sql_only,
             "like_scan": lambda q: baseline_roster(plain, q),
             "like_planner": lambda q: baseline_roster(plain, q, scan=False),
             "like_joined": lambda q: baseline_joined(plain, q)}
    for query in queries:  # warm-up pass, not timed: page cache, statement cache, imports
        for function in kinds.values():
            function(query)
    times: dict[str, list[float]] = {name: [] for name in kinds}
    counts: dict[str, list[int]] = {name: [] for name in kinds}
    for query in queries:  # one timed pass; the kinds interleave so drift hits all alike
        for name, function in kinds.items():
            started = time.perf_counter()
            found = function(query)
            times[name].append(time.perf_counter() - started)
            counts[name].append(found)
    mode = app.mode
    app.close()
    plain.close()
    if verbose:
        print(f"{'query':26} " + " ".join(f"{k:>12}" for k in kinds) + "   rows app/like")
        for i, query in enumerate(queries):
            print(f"{query!r:26} " + " ".join(f"{times[k][i] * 1000:9.1f} ms" for k in kinds)
                  + f"   {counts['app'][i]}/{counts['like_scan'][i]}")
    return {"mode": mode, "queries": len(queries),
            "results": {name: summary(values) for name, values in times.items()},
            "per_query": [{"q": q, **{k: round(times[k][i] * 1000, 2) for k in kinds},
                           "rows_app": counts["app"][i], "rows_like": counts["like_scan"][i]}
                          for i, q in enumerate(queries)]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--verbose", action="store_true", help="per-query table, no JSON")
    args = parser.parse_args(argv)
    result = run(args.db, args.verbose)
    if not args.verbose:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
