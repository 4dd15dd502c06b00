"""Another process with the database open: `python -m tests.helpers.db_holder DB MODE`.

MODE: `fresh` (a connection opened, nothing asked yet), `idle` (WAL mode, one query done,
no transaction: what an app between two clicks holds), `reading` (a read transaction open).
Prints READY, then obeys lines on stdin: `write KEY` inserts the setting KEY in its own
committed transaction and prints `WROTE KEY` (an acknowledged write); `exit` (or the end
of stdin) closes the connection and ends.
"""

from __future__ import annotations

import sqlite3
import sys


def main(argv: list[str]) -> int:
    from kinerja_desktop.storage.database import register_functions
    path, mode = argv[0], argv[1]
    con = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    register_functions(con)  # the audit triggers call kinerja_actor()
    if mode in ("idle", "reading"):
        con.execute("PRAGMA journal_mode=WAL").fetchone()
        con.execute("SELECT count(*) FROM setting").fetchone()
    if mode == "reading":
        con.execute("BEGIN")
        con.execute("SELECT count(*) FROM official").fetchone()
    print("READY", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "write":
            if con.in_transaction:
                con.execute("COMMIT")
            con.execute("BEGIN IMMEDIATE")
            con.execute('INSERT INTO setting ("key", "value") VALUES (?, ?)', (argument, "1"))
            con.execute("COMMIT")
            print(f"WROTE {argument}", flush=True)
        elif command == "exit":
            break
    con.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
