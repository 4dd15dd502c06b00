"""Several people at once (issue 20): N processes edit random records of one server for a
while, each as the window does: an official as the official dialog does (load, change the
name, save with what it loaded), a target as the target editor does (change its title or its
indicator, save with the target as shown); then the server's own history is read back to
find lost updates.

    .venv/bin/python bench/concurrency_bench.py [--processes 4] [--seconds 60] [--officials 50]

A lost update is a save whose change was made to a field that another save had changed in
between without the first being told: each saved value carries the value it was based on,
and the audit trigger's "before" of that field must be that value. Every refused save
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
from dataclasses import replace
from datetime import date
from decimal import Decimal
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
    from kinerja_desktop.services.programs import ProgramService
    rng = random.Random(seed)
    set_actor_provider(lambda: f"pengguna-{seed}")
    db = open_server(parse_address(address_text))
    roster = RosterService(db)
    programs = ProgramService(db)
    ids = [row[0] for row in db.execute_sql("SELECT id FROM official ORDER BY id")]
    target_ids = [row[0] for row in db.execute_sql("SELECT id FROM target ORDER BY id")]
    saves = conflicts = crashes = 0
    errors: list[str] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            edit = saves + conflicts
            if rng.random() < 0.5:
                official_id = rng.choice(ids)
                seen = roster.get(official_id)
                edited = seen.as_input()
                # The new name carries the name it was based on: "<own mark> dari <seen>".
                edited.name = f"P{official_id}.{seed}.{edit} dari {_mark(seen.name)}"
                time.sleep(rng.uniform(0, 0.02))  # the user types
                roster.save(official_id, edited, AppointmentChanges(),
                            seen=seen if checked else None)
            else:
                target_id = rng.choice(target_ids)
                shown = programs.target(target_id).data
                field = rng.choice(TARGET_FIELDS)
                value = f"T{target_id}.{seed}.{edit} dari {_mark(getattr(shown, field))}"
                time.sleep(rng.uniform(0, 0.02))
                programs.update_target(target_id, replace(shown, **{field: value}),
                                       seen=shown if checked else None)
            saves += 1
        except StaleSaveError:
            conflicts += 1
        except Exception as exc:  # noqa: BLE001 - counted and reported: a crash
            crashes += 1
            errors.append(f"{type(exc).__name__}: {exc}")
    db.close()
    print(json.dumps({"saves": saves, "conflicts": conflicts, "crashes": crashes,
                      "errors": errors[:5]}))


# The target fields edited: two, so that a colleague's edit of the other one is merged, not
# refused (and must not be lost either).
TARGET_FIELDS = ("title", "indicator")


def _mark(name: str) -> str:
    return name.split(" dari ")[0]


def lost_updates(address_text: str) -> tuple[int, int]:
    """(changed fields of officials and targets in the history, lost ones): a change is
    lost-making when the value it was based on (its "dari …") is not the value it replaced
    (the trigger's "before"): it overwrote a change its writer never saw."""
    from kinerja_desktop.domain.server_address import parse_address
    from kinerja_desktop.storage.server import open_server
    db = open_server(parse_address(address_text))
    rows = db.execute_sql("SELECT entity, details_json FROM audit_entry WHERE action = 'ubah' "
                          "AND entity IN ('official', 'target') ORDER BY id").fetchall()
    db.close()
    fields = {"official": ("name",), "target": TARGET_FIELDS}
    updates = lost = 0
    for entity, details in rows:
        content = json.loads(details)
        for field in fields[entity]:
            before, after = content["sebelum"][field], content["sesudah"][field]
            if before == after:
                continue
            updates += 1
            # A value without "dari" is an old one written back over a newer one (a whole
            # record saved as it was read): lost too.
            based_on = after.split(" dari ", 1)[1] if " dari " in after else None
            if based_on != _mark(before):
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

    from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
    from kinerja_desktop.domain.programs import ProgramInput, TargetInput
    from kinerja_desktop.domain.server_address import parse_address
    from kinerja_desktop.services.programs import ProgramService
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
        programs = ProgramService(db, lambda: date(2019, 7, 1))
        for n in range(args.officials):
            official_id, _ = roster.create(
                OfficialInput(make_nip("19700101", "199003", 1, n + 1), f"Pegawai {n}"),
                [AppointmentInput(f"Kepala Dinas {n}", f"Dinas {n}", "II.b", "seleksi_terbuka",
                                  start_date=date(2019, 6, 14))])
            if n % 5 == 0:  # a 100-day program of three targets for one official in five
                appointment_id = roster.get(official_id).appointments[0].id
                program_id = programs.create_program(
                    appointment_id, ProgramInput("100_hari", date(2019, 6, 14)))
                for k in range(3):
                    programs.add_target(program_id, TargetInput(
                        "target_kinerja", f"Target {n}.{k}", indicator=f"Indikator {n}.{k}",
                        target_value=100, unit="%", weight=Decimal(30)))
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
              "officials": args.officials, "targets": 3 * ((args.officials + 4) // 5),
              "saves": sum(r["saves"] for r in reports),
              "conflicts_shown": sum(r["conflicts"] for r in reports),
              "crashes": sum(r["crashes"] for r in reports),
              "errors": [e for r in reports for e in r["errors"]][:5],
              "changed_fields_in_history": updates, "lost_updates": lost,
              "command": "bench/concurrency_bench.py " + " ".join(argv)}
    print(json.dumps(result, indent=2))
    return 0 if result["crashes"] == 0 and lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
