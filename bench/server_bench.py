"""The app on a PostgreSQL server (issue 20): search keystrokes at 100,000 officials, a
roster import against a raw psycopg COPY of the same rows, and a PC's backup merged into the
server against the same merge into a PC's file, with the round trips counted.

    .venv/bin/python bench/server_bench.py [--size 100000] [--import-size 100000]
                                           [--merge-size 25000] [--only search,import,merge]

It starts its own throwaway server (scripts/throwaway_postgres.py) on this machine's loopback,
so the imports go through bench/lan_proxy.py, which adds an office LAN's 0.5 ms to each round
trip and counts them (a turn of the conversation: pipelined statements and COPY data sent back
to back are one).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for folder in (ROOT, BENCH, ROOT / "scripts"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

RESULTS = BENCH / "results" / "server.json"


def new_schema(url: str) -> str:
    import psycopg
    name = "b_" + uuid.uuid4().hex[:12]
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {name}")
    return f"{url}?schema={name}"


def open_loaded(address_text: str, source: Path | None):
    """A server database in a new schema, filled from `source` (not timed) when given."""
    from kinerja_desktop.domain.server_address import parse_address
    from kinerja_desktop.storage.server import open_server
    from kinerja_desktop.storage.server_copy import load_into_empty_server
    db = open_server(parse_address(address_text))
    if source is not None:
        load_into_empty_server(db, source)
    return db


# Search -------------------------------------------------------------------------------------

def search(url: str, size: int, log) -> dict:
    import make_db
    import search_bench
    base = make_db.ensure_db(count=size, log=log)
    address = new_schema(url)
    started = time.perf_counter()
    db = open_loaded(address, base)
    loaded = time.perf_counter() - started
    log(f"{size} officials loaded into the server by COPY in {loaded:.1f} s")
    import sqlite3
    with contextlib.closing(sqlite3.connect(f"{base.resolve().as_uri()}?mode=ro", uri=True)) as con:
        queries = search_bench.build_queries(con)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("KINERJA_DATA_DIR", tempfile.mkdtemp(prefix="kinerja-bench-"))
    app = search_bench.AppSearch(None, database=db)
    for query in queries:  # warm-up: the server's cache, the statement paths, imports
        app.search(query)
    keystroke, sql_only = [], []
    for query in queries:
        started = time.perf_counter()
        app.search(query)
        keystroke.append(time.perf_counter() - started)
        started = time.perf_counter()
        app.sql_only(query)
        sql_only.append(time.perf_counter() - started)
    app.close()
    return {"officials": size, "queries": len(queries), "load_s": loaded,
            "keystroke": search_bench.summary(keystroke), "sql": search_bench.summary(sql_only)}


# Import -------------------------------------------------------------------------------------

LAN_DELAY_S = 0.0005  # an office LAN's round trip (the figure), added per turn


def _timed_child(command: list[str], env: dict[str, str]) -> float:
    return float(_child_result(command, env)["seconds"])


def _child_result(command: list[str], env: dict[str, str]) -> dict:
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _proxied(url: str, folder: Path):
    """(a LAN proxy in front of the server, the environment whose pgpass knows its port)."""
    from lan_proxy import LanProxy
    server_port = int(re.search(r"@127\.0\.0\.1:(\d+)/", url).group(1))
    proxy = LanProxy("127.0.0.1", server_port, LAN_DELAY_S)
    # libpq finds the password by host and port: the proxy's port gets the server's lines.
    passwords = Path(os.environ["PGPASSFILE"]).read_text()
    proxied = folder / "pgpass"
    proxied.write_text(passwords + passwords.replace(f":{server_port}:", f":{proxy.port}:"))
    proxied.chmod(0o600)
    return proxy, dict(os.environ, PGPASSFILE=str(proxied))


def merge_case(url: str, size: int, log) -> dict:
    """A PC's backup (about 10 % of the officials changed there, some added and deleted, a
    unit renamed; bench/merge_bench.prepare) merged into a server holding this PC's data,
    through the LAN proxy, against the same merge into this PC's file. Each merge as the
    app does it: the file checked, the backup before, one transaction, the roster rows."""
    import merge_bench
    ours, backup = merge_bench.prepare(size, log)
    folder = Path(tempfile.mkdtemp(prefix="server-merge-"))
    proxy, env = _proxied(url, folder)
    env["KINERJA_DATA_DIR"] = str(folder / "data")
    script = str(Path(__file__).resolve())
    address = new_schema(url)
    open_loaded(address, ours).close()
    proxy.reset()
    server = _child_result([sys.executable, script, "--child", "merge", _through(proxy, address),
                            str(backup), "-"], env)
    turns = proxy.reset()
    proxy.close()
    log(f"merge of a {size}-official backup into the server: {server['seconds']:.1f} s, "
        f"{turns} round trips, {server['changes']} changes")
    copy = folder / "ini.db"
    merge_bench._copy_database(ours, copy)
    on_file = _child_result([sys.executable, script, "--child", "file-merge", str(copy),
                             str(backup), "-"], env)
    log(f"the same merge into the file: {on_file['seconds']:.1f} s")
    return {"officials": size, "lan_delay_ms": LAN_DELAY_S * 1000,
            "server_s": server["seconds"], "file_s": on_file["seconds"],
            "ratio": server["seconds"] / on_file["seconds"], "round_trips": turns,
            "changes": server["changes"], "same_plan": server["changes"] == on_file["changes"]
            and server["conflicts"] == on_file["conflicts"]}


def _through(proxy, address_text: str) -> str:
    """The same address, reached through the LAN proxy."""
    return re.sub(r"@127\.0\.0\.1:\d+/", f"@127.0.0.1:{proxy.port}/", address_text)


def child(kind: str, address_text: str, csv_path: str, final_path: str) -> None:
    """One timed import in this process: the app's, or the raw COPY; or a timed merge of the
    backup `csv_path` into the server (or, with "file-merge", into the file address_text)."""
    if kind in ("merge", "file-merge"):
        from kinerja_desktop.services.merge import apply_merge
        from kinerja_desktop.storage.database import open_database
        db = open_loaded(address_text, None) if kind == "merge" else open_database(
            Path(address_text))
        started = time.perf_counter()
        plan = apply_merge(db, Path(csv_path))
        seconds = time.perf_counter() - started
        db.close()
        print(json.dumps({"seconds": seconds, "changes": plan.changes,
                          "conflicts": len(plan.conflicts)}))
        return
    if kind == "app":
        from kinerja_desktop.services.roster_io import import_roster
        db = open_loaded(address_text, None)
        started = time.perf_counter()
        report = import_roster(db, Path(csv_path))
        seconds = time.perf_counter() - started
        db.close()
        assert report.applied, report.problems[:3]
    else:
        seconds = raw_import(address_text, Path(csv_path), Path(final_path))
    print(json.dumps({"seconds": seconds}))


def raw_import(address_text: str, csv_path: Path, final_path: Path) -> float:
    """The bare baseline: read the CSV, then write the import's final rows with COPY (new
    rows, the roster's rows) and pipelined UPDATEs (changed rows), in one transaction."""
    import pickle

    import psycopg

    from import_bench import _ENTRY, _TABLES
    from kinerja_desktop.domain.server_address import parse_address
    from kinerja_desktop.storage.server_sql import configure
    with final_path.open("rb") as handle:
        final = pickle.load(handle)
    address = parse_address(address_text)
    connection = psycopg.connect(**address.connect_options(),
                                 options=f"-c search_path={address.schema_path()}")
    configure(connection)
    started = time.perf_counter()
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) > 1
    with connection.transaction(), connection.cursor() as cursor:
        cursor.execute("SELECT set_config('kinerja.actor', 'bench', true)")
        for table, columns in _TABLES.items():
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in final[f"{table}:new"]:
                    copy.write_row(row)
            sets = ", ".join(f"{c} = %s" for c in columns[1:])
            cursor.executemany(f"UPDATE {table} SET {sets} WHERE id = %s",
                               [r[1:] + r[:1] for r in final[f"{table}:changed"]])
        ids = final["touched"]
        cursor.execute("DELETE FROM roster_entry WHERE official_id = ANY(%s)", (ids,))
        cursor.execute("DELETE FROM roster_search WHERE rowid = ANY(%s)", (ids,))
        with cursor.copy(f"COPY roster_entry ({', '.join(_ENTRY)}) FROM STDIN") as copy:
            for row in final["roster_entry"]:
                copy.write_row(row)
        # A server's search table holds the name's sort key and the filters too (schema 9),
        # as the app writes them: the baseline writes the same.
        entries = {row[0]: dict(zip(_ENTRY, row, strict=True)) for row in final["roster_entry"]}
        filters = ("name_sort", "active", "unit_id", "eselon", "filling")
        with cursor.copy(f"COPY roster_search (rowid, search_text, {', '.join(filters)}) "
                         f"FROM STDIN") as copy:
            for row in final["roster_search"]:
                copy.write_row((*row, *(entries[row[0]][name] for name in filters)))
        for table in _TABLES:
            cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                           f"(SELECT max(id) FROM {table}))")
    seconds = time.perf_counter() - started
    connection.close()
    return seconds


def import_case(url: str, size: int, log) -> dict:
    import pickle

    import import_bench

    from kinerja_desktop.storage.server_copy import export_to_file
    files = import_bench.prepare(size, log)
    script = str(Path(__file__).resolve())
    proxy, env = _proxied(url, files["folder"])
    app_address = new_schema(url)
    open_loaded(app_address, files["base"]).close()
    proxy.reset()
    app_s = _timed_child([sys.executable, script, "--child", "app", _through(proxy, app_address),
                          str(files["csv"]), "-"], env)
    app_turns = proxy.reset()
    log(f"app import of {size} rows: {app_s:.1f} s, {app_turns} round trips")
    # The raw baseline writes what the app's import wrote, read back from its result.
    result = files["folder"] / "server-result.kinerja"
    result.unlink(missing_ok=True)
    with contextlib.closing(open_loaded(app_address, None)) as db:
        export_to_file(db, result)
    final = import_bench.final_rows(files["base"], result)
    final_path = files["folder"] / "server-final.pickle"
    with final_path.open("wb") as handle:
        pickle.dump(final, handle)
    raw_address = new_schema(url)
    open_loaded(raw_address, files["base"]).close()
    proxy.reset()
    raw_s = _timed_child([sys.executable, script, "--child", "raw", _through(proxy, raw_address),
                          str(files["csv"]), str(final_path)], env)
    raw_turns = proxy.reset()
    proxy.close()
    log(f"raw COPY of the same rows: {raw_s:.1f} s, {raw_turns} round trips")
    return {"rows": size, "lan_delay_ms": LAN_DELAY_S * 1000, "app_s": app_s, "raw_s": raw_s,
            "ratio": app_s / raw_s, "app_round_trips": app_turns, "raw_round_trips": raw_turns,
            "rows_per_round_trip": size / max(app_turns, 1)}


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        child(*argv[1:5])
        return 0
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000, help="officials for the search")
    parser.add_argument("--import-size", type=int, default=100_000, help="rows imported")
    parser.add_argument("--merge-size", type=int, default=25_000,
                        help="officials in the merged backup")
    parser.add_argument("--only", default="search,import,merge", help="the cases to run")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    import throwaway_postgres

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    with throwaway_postgres.throwaway_server() as url:
        cases = {"search": lambda: search(url, args.size, log),
                 "import": lambda: import_case(url, args.import_size, log),
                 "merge": lambda: merge_case(url, args.merge_size, log)}
        results: dict = {name: case() for name, case in cases.items() if name in only}
    results["command"] = "bench/server_bench.py " + " ".join(argv)
    results["date"] = time.strftime("%Y-%m-%d %H:%M")
    for name in only & set(cases):  # each case says which run measured it
        results[name].update(command=results["command"], date=results["date"])
    if only != set(cases):  # a partial run keeps the other cases' last figures and run
        earlier = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
        results = {**earlier, **{name: results[name] for name in only & set(cases)}}
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
