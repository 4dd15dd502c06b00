"""The writer the crash test kills: `python -m tests.helpers.crash_writer DB ROUND`.

Opens DB with open_database and writes in a loop, one transaction per write: a setting
`crash:<round>:<n>` and the counter `crash:<round>:last` = n (both or neither must survive),
and every fifth write a new official through RosterService (several tables, the derived roster
rows and the search index in one transaction). After each commit it prints "COMMIT n" and
flushes, so every line the test reads names a write SQLite had already committed.
"""

from __future__ import annotations

import sys
from pathlib import Path


def official(round_no: int, n: int):
    """A new official for write n of round `round_no`: a distinct valid NIP per (round, n)."""
    from kinerja_desktop.domain.officials import OfficialInput
    k = n // 5
    year = 1950 + round_no % 50
    nip = f"{year}{1 + (k // 999) % 12:02d}15{year + 22}031{k % 999 + 1:03d}"
    return OfficialInput(nip=nip, name=f"Pejabat Uji {round_no}-{n}")


def main(argv: list[str]) -> int:
    from kinerja_desktop.storage.database import open_database
    from kinerja_desktop.storage import settings_repo
    path, round_no = Path(argv[0]), int(argv[1])
    db = open_database(path)
    roster = None
    print("OPEN", flush=True)
    n = 0
    while True:
        n += 1
        with db.atomic():
            settings_repo.set(db, f"crash:{round_no}:{n}", "x" * (n % 50) + str(n))
            settings_repo.set(db, f"crash:{round_no}:last", str(n))
            if n % 5 == 0:
                if roster is None:
                    from kinerja_desktop.services.roster import RosterService
                    roster = RosterService(db)
                roster.create(official(round_no, n))
        print(f"COMMIT {n}", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
