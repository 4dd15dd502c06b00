"""The app on a PostgreSQL server (issue 20): search keystrokes at 100,000 officials, and a
roster import against a raw psycopg COPY of the same rows, with the round trips counted.

    .venv/bin/python bench/server_bench.py [--size 100000] [--import-size 100000]

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
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    return float(json.loads(done.stdout.strip().splitlines()[-1])["seconds"])


def _through(proxy, address_text: str) -> str:
    """The same address, reached through the LAN proxy."""
    return re.sub(r"@127\.0\.0\.1:\d+/", f"@127.0.0.1:{proxy.port}/", address_text)


def child(kind: str, address_text: str, csv_path: str, final_path: str) -> None:
    """One timed import in this process (under strace): the app's, or the raw COPY."""
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
        with cursor.copy("COPY roster_search (rowid, search_text) FROM STDIN") as copy:
            for row in final["roster_search"]:
                copy.write_row(row)
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
    from lan_proxy import LanProxy
    script = str(Path(__file__).resolve())
    server_port = int(re.search(r"@127\.0\.0\.1:(\d+)/", url).group(1))
    proxy = LanProxy("127.0.0.1", server_port, LAN_DELAY_S)
    # libpq finds the password by host and port: the proxy's port gets the server's lines.
    passwords = Path(os.environ["PGPASSFILE"]).read_text()
    proxied = files["folder"] / "pgpass"
    proxied.write_text(passwords + passwords.replace(f":{server_port}:", f":{proxy.port}:"))
    proxied.chmod(0o600)
    env = dict(os.environ, PGPASSFILE=str(proxied))
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
    args = parser.parse_args(argv)
    import throwaway_postgres

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    with throwaway_postgres.throwaway_server() as url:
        results = {"search": search(url, args.size, log),
                   "import": import_case(url, args.import_size, log)}
    results["command"] = "bench/server_bench.py " + " ".join(argv)
    results["date"] = time.strftime("%Y-%m-%d %H:%M")
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
