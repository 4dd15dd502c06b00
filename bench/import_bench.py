"""Roster import and export at two sizes against raw sqlite3 doing the same work in the same run:
time (medians of interleaved runs) and each case's peak memory (its own child process).

Import: `roster import` of a CSV the bench writes (units by name, short name, odd case and
spacing; a tenth of the rows are officials already on the roster: unchanged, changed, moved to
a new post) into a database holding a fifth as many officials, against a raw sqlite3
`executemany` writing the same final rows (units, officials, appointments, the roster cache
and both search indexes; the audit rows come from the same triggers) after reading the same
CSV with the csv module. Export: `roster export` to CSV and XLSX and `roster list --json`
against one raw query writing the same bytes (CSV, JSON; XLSX: the same cells, openpyxl's
write-only mode).
"""

# .venv/bin/python bench/import_bench.py [--runs 3] [--sizes 10000,100000] [--small]
# --small: 2,000 and 10,000 rows, one run each (under ~20 s once the databases are cached).
# Exits 0 whatever the goals say (a report, not a test); non-zero only if a step crashed.
# Writes bench/out/import.json.

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import pickle
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from peak_memory import peak_mb

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for folder in (str(ROOT), str(BENCH)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

WORK = BENCH / "out" / "import"
OUT_JSON = BENCH / "out" / "import.json"
SIZES = (10_000, 100_000)
SMALL_SIZES = (2_000, 10_000)
GOAL_IMPORT = 2.0
GOAL_EXPORT = 1.5
GOAL_FLAT_MB = 50.0  # a case's peak memory may grow this much from the small to the large size
CASES = ("import", "export_csv", "list_json", "export_xlsx")
SEED = 19_2019
HEADER = ["nip", "nama", "gelar_depan", "gelar_belakang", "pangkat_golongan", "jabatan",
          "unit_kerja", "eselon", "jenis_pengisian", "jabatan_sebelumnya",
          "tanggal_pelantikan", "nomor_sk", "aktif"]
NEW_UNITS = tuple(f"UPTD Puskesmas {name}" for name in (
    "Anyar", "Baros", "Ciomas", "Kibin", "Kopo", "Petir", "Pontang", "Tanara", "Mancak",
    "Cikande", "Cinangka", "Jawilan"))


def _cpu() -> float:
    """This process's CPU seconds (user and system): less disturbed by a busy machine than
    the wall clock, though blind to time spent waiting for the disk."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# The file to import ---------------------------------------------------------------------------

def _date_text(rng: random.Random, day: date) -> str:
    months = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember")
    return rng.choice((day.isoformat(), day.isoformat(), f"{day:%d/%m/%Y}",
                       f"{day.day} {months[day.month - 1]} {day.year}"))


def _nip_text(rng: random.Random, nip: str) -> str:
    roll = rng.random()
    if roll < 0.2:
        return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    if roll < 0.3:
        return f"{nip[:8]}.{nip[8:14]}.{nip[14]}.{nip[15:]}"
    return nip


def _unit_text(rng: random.Random, name: str, short: str) -> str:
    roll = rng.random()
    if roll < 0.15:
        return short
    if roll < 0.2:
        return name.upper()
    if roll < 0.25:
        return name.lower()
    if roll < 0.3:
        return name.replace(" ", "  ", 1) + " "
    return name


def make_rows(base: Path, count: int) -> list[list[str]]:
    """`count` rows: a tenth of them officials of `base` (unchanged, changed or moved), the
    rest new officials; deterministic."""
    import make_db
    from kinerja_desktop.domain.ranks import rank_label
    from kinerja_desktop.domain.vocab import filling_label
    gen = make_db.Generator(SEED + count)
    rng = gen.rng
    with contextlib.closing(sqlite3.connect(base)) as con:
        gen.nips.update(n for (n,) in con.execute("SELECT nip FROM official"))
        existing = con.execute(
            "SELECT o.nip, o.name, o.front_title, o.back_title, COALESCE(o.rank, ''), o.active, "
            "COALESCE(a.post_title, ''), COALESCE(u.name, ''), COALESCE(a.eselon, ''), "
            "COALESCE(a.filling, ''), COALESCE(a.start_date, ''), COALESCE(a.decree_number, '') "
            "FROM roster_entry e JOIN official o ON o.id = e.official_id "
            "LEFT JOIN appointment a ON a.id = e.appointment_id "
            "LEFT JOIN unit u ON u.id = a.unit_id ORDER BY o.id").fetchall()
    rows: list[list[str]] = []
    chosen = rng.sample(existing, min(len(existing), count // 10))
    for nip, name, front, back, rank, active, title, unit, eselon, filling, start, sk in chosen:
        roll = rng.random()
        aktif = "ya" if active else "tidak"
        if roll < 0.4:  # as exported: nothing changes
            rows.append([nip, name, front, back, rank, title, unit, eselon,
                         filling_label(filling), "", start, sk, aktif])
        elif roll < 0.7:  # promoted in rank, a title gained
            rows.append([nip, name, front or rng.choice(("Drs.", "H.", "")), back,
                         rng.choice(make_db.RANK_CODES[8:14]), title, unit.upper(), eselon,
                         filling_label(filling), "", start, sk, aktif])
        else:  # moved: a new post from a later date ends the current one
            unit_id = gen.unit()
            new_title, new_eselon, new_filling = gen.post(unit_id)
            unit_name, short, _kind, _w = make_db.UNITS[unit_id - 1]
            day = date(2025, 1, 2) + timedelta(days=rng.randrange(300))
            rows.append([_nip_text(rng, nip), name, front, back, rank, new_title,
                         _unit_text(rng, unit_name, short), new_eselon or "",
                         filling_label(new_filling), title, _date_text(rng, day),
                         f"821.2/Kep.{rng.randint(1, 999)}-BKPSDM/2025", "ya"])
    while len(rows) < count:
        male = rng.random() < 0.55
        nip, _birth = gen.nip(male)
        name, front, back = gen.name(male)
        unit_id = gen.unit()
        title, eselon, filling = gen.post(unit_id)
        unit_name, short, _kind, _w = make_db.UNITS[unit_id - 1]
        unit = _unit_text(rng, unit_name, short)
        roll = rng.random()
        if roll < 0.02:
            unit = rng.choice(NEW_UNITS)
            title, eselon, filling = "Kepala Puskesmas", "IV.a", "promosi"
        elif roll < 0.04:  # an acting post
            title, eselon, filling = f"Kepala {unit_name}", "II.b", "plt"
        rank = gen.rank(eselon)
        day = date(2005, 1, 1) + timedelta(days=rng.randrange(7000))
        rows.append([
            _nip_text(rng, nip), name, front, back,
            rank_label(rank) if rng.random() < 0.2 else rank, title, unit, eselon or "",
            filling_label(filling), rng.choice(make_db.FUNCTIONAL) if rng.random() < 0.2 else "",
            _date_text(rng, day) if rng.random() < 0.9 else "",
            f"821.2/Kep.{rng.randint(1, 999)}-BKPSDM/{day.year}" if rng.random() < 0.8 else "",
            "tidak" if rng.random() < 0.03 else "ya"])
    rng.shuffle(rows)
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> None:
    """As Indonesian Excel saves 'CSV UTF-8': BOM, semicolons, CRLF."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)


# What the raw baseline writes -----------------------------------------------------------------

_TABLES = {
    "unit": ("id", "uuid", "created_at", "modified_at", "name", "short_name", "kind"),
    "official": ("id", "uuid", "created_at", "modified_at", "nip", "name", "front_title",
                 "back_title", "rank", "sex", "birth_date", "active"),
    "appointment": ("id", "uuid", "created_at", "modified_at", "official_id", "post_title",
                    "unit_id", "eselon", "filling", "decree_number", "decree_date",
                    "start_date", "end_date", "previous_post", "inauguration_id"),
}
_ENTRY = ("official_id", "name_sort", "nip", "full_name", "rank", "post", "unit_id",
          "unit_name", "unit_short", "eselon", "filling", "start_date", "active",
          "appointment_id")


def final_rows(base: Path, result: Path) -> dict:
    """What an import changed, read from its result: rows inserted and rows updated per
    table, and the roster cache rows of every official touched."""
    final: dict = {}
    with contextlib.closing(sqlite3.connect(result)) as con:
        con.execute("ATTACH DATABASE ? AS base", (str(base),))
        touched: set[int] = set()
        for table, columns in _TABLES.items():
            names = ", ".join(columns)
            final[f"{table}:new"] = con.execute(
                f"SELECT {names} FROM main.{table} WHERE id > "
                f"(SELECT COALESCE(max(id), 0) FROM base.{table}) ORDER BY id").fetchall()
            final[f"{table}:changed"] = con.execute(
                f"SELECT {names} FROM main.{table} t WHERE EXISTS (SELECT 1 FROM base.{table} "
                f"b WHERE b.id = t.id AND b.modified_at IS NOT t.modified_at) ORDER BY id"
            ).fetchall()
            if table == "official":
                touched |= {r[0] for r in final["official:new"] + final["official:changed"]}
            if table == "appointment":
                touched |= {r[4] for r in final["appointment:new"]
                            + final["appointment:changed"]}
        ids = sorted(touched)
        con.execute("CREATE TEMP TABLE touched (id INTEGER PRIMARY KEY)")
        con.executemany("INSERT INTO touched VALUES (?)", [(i,) for i in ids])
        final["touched"] = ids
        final["roster_entry"] = con.execute(
            f"SELECT {', '.join(_ENTRY)} FROM roster_entry WHERE official_id IN "
            f"(SELECT id FROM touched) ORDER BY official_id").fetchall()
        final["roster_search"] = con.execute(
            "SELECT rowid, search_text FROM roster_search WHERE rowid IN "
            "(SELECT id FROM touched) ORDER BY rowid").fetchall()
    return final


def raw_import(path: Path, csv_path: Path, final: dict) -> None:
    """The bare baseline: read the CSV, then executemany the final rows in one transaction."""
    from kinerja_desktop.storage.database import register_functions
    con = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("foreign_keys = 1", "journal_mode = wal", "busy_timeout = 5000",
                       "synchronous = full"):
            con.execute(f"PRAGMA {pragma}")
        register_functions(con)  # the audit triggers call kinerja_actor()
        fts = "fts5" in con.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'roster_search'").fetchone()[0]
        with csv_path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=";"))
        assert len(rows) > 1
        con.execute("BEGIN IMMEDIATE")
        for table, columns in _TABLES.items():
            marks = ",".join("?" * len(columns))
            con.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                            final[f"{table}:new"])
            sets = ", ".join(f"{c} = ?" for c in columns[1:])
            con.executemany(f"UPDATE {table} SET {sets} WHERE id = ?",
                            [r[1:] + r[:1] for r in final[f"{table}:changed"]])
        ids = [(i,) for i in final["touched"]]
        con.executemany("DELETE FROM roster_entry WHERE official_id = ?", ids)
        if fts:
            con.executemany("INSERT INTO roster_words (roster_words, rowid, search_text) "
                            "SELECT 'delete', rowid, search_text FROM roster_search "
                            "WHERE rowid = ?", ids)
        con.executemany("DELETE FROM roster_search WHERE rowid = ?", ids)
        con.executemany(f"INSERT INTO roster_entry ({', '.join(_ENTRY)}) "
                        f"VALUES ({','.join('?' * len(_ENTRY))})", final["roster_entry"])
        con.executemany("INSERT INTO roster_search (rowid, search_text) VALUES (?, ?)",
                        final["roster_search"])
        if fts:
            con.executemany("INSERT INTO roster_words (rowid, search_text) VALUES (?, ?)",
                            final["roster_search"])
        con.execute("COMMIT")
    finally:
        con.close()


# What the raw export baseline writes ----------------------------------------------------------

_EXPORT_SQL = (
    "SELECT o.nip, o.name, o.front_title, o.back_title, COALESCE(o.rank, ''), o.active, "
    "COALESCE(a.post_title, ''), COALESCE(u.name, ''), COALESCE(a.eselon, ''), "
    "COALESCE(a.filling, ''), COALESCE(a.previous_post, ''), a.start_date, "
    "COALESCE(a.decree_number, ''), i.date, p.post_title, p.filling "
    "FROM roster_entry e JOIN official o ON o.id = e.official_id "
    "LEFT JOIN appointment a ON a.id = e.appointment_id "
    "LEFT JOIN unit u ON u.id = a.unit_id "
    "LEFT JOIN inauguration i ON i.id = a.inauguration_id "
    "LEFT JOIN appointment p ON p.id = (SELECT q.id FROM appointment q "
    " WHERE q.official_id = o.id AND q.end_date IS NOT NULL AND q.end_date < a.start_date "
    " ORDER BY q.end_date DESC, q.id DESC LIMIT 1) "
    "WHERE e.active = 1 ORDER BY e.name_sort, e.official_id")
_LABELS = {"seleksi_terbuka": "Seleksi Terbuka", "rotasi": "Rotasi", "mutasi": "Mutasi",
           "promosi": "Promosi", "plt": "Plt", "plh": "Plh", "pj": "Pj"}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _raw_records(path: Path):
    """Each active official's export row (the roster's columns plus nama_lengkap), from one
    query, as plain lists."""
    con = sqlite3.connect(path)
    try:
        for (nip, name, front, back, rank, _active, title, unit, eselon, filling, recorded,
             start, sk, inaugurated, ended, ended_filling) in con.execute(_EXPORT_SQL):
            previous = recorded
            if not recorded and ended:
                previous = (f"{_LABELS[ended_filling]}. {ended}"
                            if ended_filling in ("plt", "plh", "pj") else ended)
            shown = " ".join(p for p in (front.strip(), name.strip()) if p)
            if back.strip():
                shown = f"{shown}, {back.strip()}"
            yield [nip, name, front, back, rank, title, unit, eselon,
                   _LABELS.get(filling, ""), previous, inaugurated or start, sk, shown]
    finally:
        con.close()


def _csv_text(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str) and value.lstrip("'").startswith(_FORMULA):
        return "'" + value
    return value


def raw_export_csv(path: Path, target: Path) -> int:
    count = 0
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER[:-1])
        for record in _raw_records(path):
            writer.writerow([_csv_text(v) for v in record[:-1]])
            count += 1
    return count


def raw_list_json(path: Path, target: Path) -> int:
    count = 0
    keys = HEADER[:-1] + ["nama_lengkap"]
    with target.open("w", encoding="utf-8") as handle:
        handle.write("[")
        for record in _raw_records(path):
            item = dict(zip(keys, record, strict=True))
            text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            handle.write((",\n  " if count else "\n  ") + text)
            count += 1
        handle.write("\n]\n" if count else "]\n")
    return count


def raw_export_xlsx(path: Path, target: Path) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Pejabat")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    head = []
    for title in HEADER[:-1]:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    count = 0
    for record in _raw_records(path):
        cells = []
        for index, value in enumerate(record[:-1]):
            if index == 10 and value:
                cell = WriteOnlyCell(sheet, value=date.fromisoformat(value))
                cell.number_format = "yyyy-mm-dd"
            else:
                cell = WriteOnlyCell(sheet, value=value or "")
                cell.data_type = "s"
                if index == 0:
                    cell.number_format = "@"
            cells.append(cell)
        sheet.append(cells)
        count += 1
    book.save(target)
    return count


# One case in its own process ----------------------------------------------------------------

def child(case: str, side: str, db_path: Path, extra: Path) -> dict:
    """Run one case once, in this (child) process; its time and this process's peak memory."""
    os.environ.setdefault("KINERJA_USER", "bench")
    started = cpu = 0.0
    count = 0
    if side == "raw":
        if case == "import":
            with extra.with_suffix(".pickle").open("rb") as handle:
                final = pickle.load(handle)
            started, cpu = time.perf_counter(), _cpu()
            raw_import(db_path, extra, final)
        else:
            writer = {"export_csv": raw_export_csv, "list_json": raw_list_json,
                      "export_xlsx": raw_export_xlsx}[case]
            started, cpu = time.perf_counter(), _cpu()
            count = writer(db_path, extra)
    elif case == "import":
        from kinerja_desktop.services.roster_io import import_roster
        from kinerja_desktop.storage.database import open_database
        db = open_database(db_path)
        started, cpu = time.perf_counter(), _cpu()
        try:
            report = import_roster(db, extra)
        finally:
            db.close()  # timed, as the baseline's close (the last one checkpoints the WAL)
        if not report.applied:
            raise RuntimeError(f"import refused: {report.problems[:5]}")
        count = report.rows
    elif case == "list_json":
        from kinerja_desktop.cli import execute, parse_args
        args = parse_args(["--db", str(db_path), "roster", "list", "--json"])
        started, cpu = time.perf_counter(), _cpu()
        with extra.open("w", encoding="utf-8") as out:
            if execute(args, out, sys.stderr) != 0:
                raise RuntimeError("roster list --json failed")
    else:
        from kinerja_desktop.services.roster_io import export_roster
        from kinerja_desktop.storage.database import open_database
        db = open_database(db_path)
        started, cpu = time.perf_counter(), _cpu()
        try:
            count = export_roster(db, extra)
        finally:
            db.close()
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "cpu_s": _cpu() - cpu, "peak_mb": peak_mb(), "count": count}


def run_child(case: str, side: str, db_path: Path, extra: Path) -> dict:
    env = dict(os.environ, KINERJA_DATA_DIR=str(db_path.parent / "data"), KINERJA_USER="bench")
    done = subprocess.run([sys.executable, __file__, "--child", case, side, str(db_path),
                           str(extra)], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"{case} ({side}) failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# Preparing a size -------------------------------------------------------------------------------

def _copy_db(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)


def prepare(count: int, log) -> dict:
    """The size's files: the database imported into (make_db's, a fifth of the size) and
    the CSV."""
    import make_db
    base = make_db.ensure_db(count=max(200, count // 5), log=log)
    folder = WORK / str(count)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    csv_path = folder / "pejabat.csv"
    write_csv(csv_path, make_rows(base, count))
    return {"base": base, "csv": csv_path, "imported": folder / "imported.kinerja",
            "folder": folder}


def _after_first_import(files: dict, result: Path) -> None:
    """From the first import's result: the rows the raw baseline writes, and the database
    the exports read."""
    final = final_rows(files["base"], result)
    with files["csv"].with_suffix(".pickle").open("wb") as handle:
        pickle.dump(final, handle)
    _copy_db(result, files["imported"])
    with contextlib.closing(sqlite3.connect(files["imported"])) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _same_result(app: Path, raw: Path) -> None:
    """The raw baseline wrote what the import wrote (without UUIDs and times, new in each
    run by nature)."""
    queries = [f"SELECT {', '.join(c[4:])} FROM {t} ORDER BY id"
               for t, c in _TABLES.items()] + [
        "SELECT * FROM roster_entry ORDER BY official_id",
        "SELECT rowid, search_text FROM roster_search ORDER BY rowid",
        "SELECT action, entity, summary, details_json FROM audit_entry "
        "ORDER BY entity, action, details_json, summary"]
    with contextlib.closing(sqlite3.connect(app)) as a, \
            contextlib.closing(sqlite3.connect(raw)) as b:
        for sql in queries:
            if a.execute(sql).fetchall() != b.execute(sql).fetchall():
                raise RuntimeError(f"the raw baseline differs from the import: {sql}")


# Measuring --------------------------------------------------------------------------------------

# Cases of well under a second at the small mode's larger size: one run is mostly noise.
QUICK_CASES = ("export_csv", "list_json")
QUICK_RUNS = 3


def measure(sizes: tuple[int, ...], runs: int, log, cases: tuple[str, ...] = CASES,
            quick_runs: int = 0) -> dict:
    """Every case at every size, each in its own process, runs interleaved; medians.
    quick_runs: at least this many runs of QUICK_CASES at the largest size."""
    if "import" not in cases:  # the exports read what the import wrote
        cases = ("import", *cases)
    results: dict = {"sizes": {}}
    for count in sizes:
        files = prepare(count, log)
        folder: Path = files["folder"]
        work = folder / "work.kinerja"
        times: dict[tuple[str, str], list[dict]] = {(c, s): [] for c in cases
                                                    for s in ("app", "raw")}
        order = list(times)
        quick = quick_runs if count == max(sizes) else 0
        for run in range(max(runs, quick)):
            shift = run % len(order)
            steps = order[shift:] + order[:shift]  # rotate which goes first
            if run >= runs:  # the extra runs of the quick cases only
                steps = [(c, s) for c, s in steps if c in QUICK_CASES]
            if run == 0:  # the app's import first: the others need what it wrote
                steps = [("import", "app")] + [s for s in steps if s != ("import", "app")]
            for case, side in steps:
                if case == "import":
                    _copy_db(files["base"], work)
                    done = run_child(case, side, work, files["csv"])
                    if run == 0:
                        _copy_db(work, folder / f"after-{side}.kinerja")
                        if side == "app":
                            _after_first_import(files, work)
                else:
                    suffix = {"export_csv": ".csv", "list_json": ".json",
                              "export_xlsx": ".xlsx"}[case]
                    target = folder / f"{case}-{side}{suffix}"
                    target.unlink(missing_ok=True)
                    done = run_child(case, side, files["imported"], target)
                times[(case, side)].append(done)
        if "import" in cases:
            _same_result(folder / "after-app.kinerja", folder / "after-raw.kinerja")
        for case, suffix in (("export_csv", ".csv"), ("list_json", ".json")):
            if case in cases and (folder / f"{case}-app{suffix}").read_bytes() != (
                    folder / f"{case}-raw{suffix}").read_bytes():
                raise RuntimeError(f"{case}: the raw baseline wrote other bytes than the app")
        size: dict = {}
        for case in cases:
            app, raw = times[(case, "app")], times[(case, "raw")]
            entry = {side: {"median_s": statistics.median(r["seconds"] for r in rs),
                            "cpu_s": statistics.median(r["cpu_s"] for r in rs),
                            "peak_mb": max(r["peak_mb"] for r in rs),
                            "runs": [round(r["seconds"], 3) for r in rs]}
                     for side, rs in (("app", app), ("raw", raw))}
            entry["ratio"] = entry["app"]["median_s"] / entry["raw"]["median_s"]
            entry["cpu_ratio"] = entry["app"]["cpu_s"] / max(entry["raw"]["cpu_s"], 1e-6)
            size[case] = entry
            log(f"{count:>7,} {case:12s} app {entry['app']['median_s']:7.2f} s "
                f"{entry['app']['peak_mb']:6.0f} MB | raw {entry['raw']['median_s']:7.2f} s "
                f"{entry['raw']['peak_mb']:6.0f} MB | {entry['ratio']:.2f}x "
                f"(CPU {entry['cpu_ratio']:.2f}x)")
        results["sizes"][str(count)] = size
    return results


def verdicts(results: dict) -> list[tuple[str, float, float]]:
    """(name, measured, goal) per goal: ratios at the larger size, and how much each case's
    peak memory grows from the smaller size to the larger."""
    sizes = sorted(results["sizes"], key=int)
    small, large = results["sizes"][sizes[0]], results["sizes"][sizes[-1]]
    found = []
    for case, entry in large.items():
        goal = GOAL_IMPORT if case == "import" else GOAL_EXPORT
        found.append((f"{case} {int(sizes[-1]):,} ratio", entry["ratio"], goal))
    for case in large:
        if case in small:
            growth = large[case]["app"]["peak_mb"] - small[case]["app"]["peak_mb"]
            found.append((f"{case} peak growth MB", growth, GOAL_FLAT_MB))
    return found


def check(small: bool = True) -> list[tuple[str, float, float]]:
    """Run the benchmark (small sizes by default) and return (name, measured, goal) for each
    goal: ratios against the raw baseline and peak growth in MB; each measured value should
    be at most its goal."""
    sizes = SMALL_SIZES if small else SIZES
    return verdicts(measure(sizes, 1 if small else 3, log=lambda _m: None,
                            quick_runs=QUICK_RUNS if small else 0))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int)
    parser.add_argument("--sizes")
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--child", nargs=4, metavar=("CASE", "SIDE", "DB", "EXTRA"))
    args = parser.parse_args(argv)
    if args.child:
        case, side, db_path, extra = args.child
        print(json.dumps(child(case, side, Path(db_path), Path(extra))))
        return 0
    sizes = (tuple(int(s) for s in args.sizes.split(",")) if args.sizes
             else SMALL_SIZES if args.small else SIZES)
    runs = args.runs or (1 if args.small else 3)
    started = time.perf_counter()
    results = measure(sizes, runs, log=lambda m: print(m, file=sys.stderr, flush=True),
                      quick_runs=QUICK_RUNS if args.small else 0,
                      cases=tuple(args.cases.split(",")))
    results["runs"] = runs
    results["command"] = " ".join([".venv/bin/python", "bench/import_bench.py"]
                                  + (argv if argv is not None else sys.argv[1:]))
    found = verdicts(results)
    results["goals"] = [{"name": n, "measured": m, "goal": g} for n, m, g in found]
    OUT_JSON.parent.mkdir(parents=True, exist_ok=True)
    OUT_JSON.write_text(json.dumps(results, indent=2))
    print(f"\n{'case':14s}" + "".join(f"{int(s):>22,}" for s in sorted(results['sizes'],
                                                                     key=int)))
    for case in results["sizes"][str(sizes[0])]:
        cells = []
        for size in sorted(results["sizes"], key=int):
            e = results["sizes"][size][case]
            cells.append(f"{e['app']['median_s']:6.2f}/{e['raw']['median_s']:5.2f}s "
                         f"{e['ratio']:4.2f}x {e['app']['peak_mb']:4.0f}MB")
        print(f"{case:14s}" + "".join(f"{c:>22s}" for c in cells))
    for name, measured, goal in found:
        print(f"  {name}: {measured:.2f} (goal <= {goal:g}) "
              f"{'ok' if measured <= goal else 'MISSED'}")
    print(f"({time.perf_counter() - started:.0f} s; {OUT_JSON})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
