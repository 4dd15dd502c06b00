"""Several people at once (issue 20): N processes edit random officials of one server for a
while, each as the official dialog does (load, change, save with what it loaded); then the
server's own history is read back to find lost updates.

    .venv/bin/python bench/concurrency_bench.py [--processes 4] [--seconds 60] [--officials 50]

A lost update is a save whose change was made to a record that another save had changed in
between without the first being told: each saved name carries the name it was based on, and
the audit trigger's "before" of each update must be that name. Every refused save
(StaleSaveError) is a conflict the user would have been shown; anything else raised is a
crash. --without-check saves as before issue 20, to show that lost updates are then found.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
import uuid
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for folder in (ROOT, ROOT / "scripts"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))


def worker(address_text: str, seconds: float, seed: int, checked: bool = True) -> None:
    """One user: load an official, change their name, save with what was loaded (without
    it when not `checked`: the behaviour before issue 20, to show that lost updates are
    found when there are some)."""
    from kinerja_desktop.domain.server_address import parse_address
    from kinerja_desktop.errors import StaleSaveError
    from kinerja_desktop.services.roster import AppointmentChanges, RosterService
    from kinerja_desktop.storage.database import set_actor_provider
    from kinerja_desktop.storage.server import open_server
    rng = random.Random(seed)
    set_actor_provider(lambda: f"pengguna-{seed}")
    db = open_server(parse_address(address_text))
    roster = RosterService(db)
    ids = [row[0] for row in db.execute_sql("SELECT id FROM official ORDER BY id")]
    saves = conflicts = crashes = 0
    errors: list[str] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        official_id = rng.choice(ids)
        try:
            seen = roster.get(official_id)
            edited = seen.as_input()
            # The new name carries the name it was based on: "<own mark> dari <seen mark>".
            edited.name = f"P{official_id}.{seed}.{saves + conflicts} dari {_mark(seen.name)}"
            time.sleep(rng.uniform(0, 0.02))  # the user types
            roster.save(official_id, edited, AppointmentChanges(),
                        seen=seen if checked else None)
            saves += 1
        except StaleSaveError:
            conflicts += 1
        except Exception as exc:  # noqa: BLE001 - counted and reported: a crash
            crashes += 1
            errors.append(f"{type(exc).__name__}: {exc}")
    db.close()
    print(json.dumps({"saves": saves, "conflicts": conflicts, "crashes": crashes,
                      "errors": errors[:5]}))


def _mark(name: str) -> str:
    return name.split(" dari ")[0]


def lost_updates(address_text: str) -> tuple[int, int]:
    """(updates of officials in the history, lost ones): an update is lost-making when the
    name it was based on (its "dari …") is not the name it replaced (the trigger's "before"):
    it overwrote a change its writer never saw."""
    from kinerja_desktop.domain.server_address import parse_address
    from kinerja_desktop.storage.server import open_server
    db = open_server(parse_address(address_text))
    rows = db.execute_sql("SELECT entity_uuid, action, details_json FROM audit_entry "
                          "WHERE entity = 'official' ORDER BY id").fetchall()
    db.close()
    updates = lost = 0
    for _entity_uuid, action, details in rows:
        if action != "ubah":
            continue
        content = json.loads(details)
        updates += 1
        based_on = content["sesudah"]["name"].split(" dari ", 1)[1]
        if based_on != _mark(content["sebelum"]["name"]):
            lost += 1
    return updates, lost


def main(argv: list[str]) -> int:
    if argv[:1] == ["--worker"]:
        worker(argv[1], float(argv[2]), int(argv[3]), argv[4] == "checked")
        return 0
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--officials", type=int, default=50)
    parser.add_argument("--without-check", action="store_true",
                        help="save without what was loaded (as before issue 20)")
    args = parser.parse_args(argv)
    import psycopg
    import throwaway_postgres

    from kinerja_desktop.domain.officials import OfficialInput
    from kinerja_desktop.domain.server_address import parse_address
    from kinerja_desktop.services.roster import RosterService
    from kinerja_desktop.storage.server import open_server
    from tests.helpers.nips import make_nip
    with throwaway_postgres.throwaway_server() as url:
        schema = "c_" + uuid.uuid4().hex[:12]
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f"CREATE SCHEMA {schema}")
        address = f"{url}?schema={schema}"
        db = open_server(parse_address(address))
        roster = RosterService(db)
        for n in range(args.officials):
            roster.create(OfficialInput(make_nip("19700101", "199003", 1, n + 1), f"Pegawai {n}"))
        db.close()
        started = time.monotonic()
        workers = [subprocess.Popen([sys.executable, __file__, "--worker", address,
                                     str(args.seconds), str(seed),
                                     "blind" if args.without_check else "checked"],
                                    stdout=subprocess.PIPE,
                                    text=True, env=dict(os.environ))
                   for seed in range(1, args.processes + 1)]
        reports = []
        for process in workers:
            out, _ = process.communicate(timeout=args.seconds + 120)
            reports.append(json.loads(out.strip().splitlines()[-1]) if process.returncode == 0
                           else {"saves": 0, "conflicts": 0, "crashes": 1,
                                 "errors": [f"exit {process.returncode}"]})
        elapsed = time.monotonic() - started
        updates, lost = lost_updates(address)
    result = {"processes": args.processes, "seconds": round(elapsed, 1),
              "officials": args.officials,
              "saves": sum(r["saves"] for r in reports),
              "conflicts_shown": sum(r["conflicts"] for r in reports),
              "crashes": sum(r["crashes"] for r in reports),
              "errors": [e for r in reports for e in r["errors"]][:5],
              "updates_in_history": updates, "lost_updates": lost,
              "command": "bench/concurrency_bench.py " + " ".join(argv)}
    print(json.dumps(result, indent=2))
    return 0 if result["crashes"] == 0 and lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
