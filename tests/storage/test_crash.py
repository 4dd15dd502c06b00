"""A writer killed at random moments loses nothing it reported committed, and never leaves a
damaged file: WAL with synchronous=FULL and one transaction per write.

Part of the normal suite on purpose (not marked slow): 50 kills take about 20 seconds (on
Windows TerminateProcess kills as abruptly as SIGKILL; about 40 seconds under Wine).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kinerja_desktop.storage.database import open_database

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50
# The exit status of a killed writer: minus the signal, or TerminateProcess's code (Popen.kill).
KILLED = 1 if sys.platform == "win32" else -signal.SIGKILL
SEED = 20190614


def start_writer(path: Path, round_no: int, data: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), KINERJA_DATA_DIR=str(data),
               PYTHONDONTWRITEBYTECODE="1")
    return subprocess.Popen([sys.executable, "-m", "tests.helpers.crash_writer", str(path),
                             str(round_no)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def wait_until_open(writer: subprocess.Popen, path: Path, round_no: int,
                    data: Path) -> subprocess.Popen:
    """The writer once it has said OPEN. Under Wine, once in a full suite run, a writer
    ended before opening (seen 2026-12-06, its stderr not kept): it is started once more,
    and a second such end fails the test with what the writer printed."""
    for attempt in (1, 2):
        assert writer.stdout is not None
        if writer.stdout.readline().startswith("OPEN"):
            return writer
        _out, err = writer.communicate(timeout=30)
        if attempt == 2:
            pytest.fail(f"round {round_no}: the writer ended before opening "
                        f"(exit {writer.returncode}):\n{err}")
        print(f"round {round_no}: writer ended before opening (exit {writer.returncode}): "
              f"{err[-2000:]}", file=sys.stderr)
        writer = start_writer(path, round_no, data)
    raise AssertionError("unreachable")


def reported_commits(stdout: str) -> int:
    """The last n of a complete "COMMIT n" line (a line cut by the kill does not count)."""
    last = 0
    for line in stdout.splitlines(keepends=True):
        if line.startswith("COMMIT ") and line.endswith("\n"):
            last = int(line.split()[1])
    return last


def test_killed_writer_loses_no_reported_commit(tmp_path):
    path = tmp_path / "crash.db"
    rng = random.Random(SEED)
    started = time.monotonic()
    mid_write = 0
    for round_no in range(KILLS):
        writer = start_writer(path, round_no, tmp_path / "data")
        if sys.platform == "win32":
            # A Windows Python starts several times slower: most kills would land before the
            # first write. There the clock starts once the database is open.
            writer = wait_until_open(writer, path, round_no, tmp_path / "data")
        time.sleep(rng.uniform(0.05, 0.6))
        if writer.poll() is not None:
            out, err = writer.communicate()
            pytest.fail(f"round {round_no}: the writer stopped by itself:\n{err}")
        writer.kill()  # SIGKILL; on Windows TerminateProcess, as abrupt
        out, err = writer.communicate(timeout=10)
        assert writer.returncode == KILLED, err
        reported = reported_commits(out)
        mid_write += reported > 0

        db = open_database(path)  # recovery goes through the app's own path
        try:
            execute = db.handle.execute_sql
            assert execute("PRAGMA integrity_check").fetchall() == [("ok",)], round_no
            assert execute("PRAGMA foreign_key_check").fetchall() == []
            rows = dict(execute("SELECT key, value FROM setting WHERE key LIKE ?",
                                (f"crash:{round_no}:%",)).fetchall())
            last = int(rows.pop(f"crash:{round_no}:last", 0))
            # Every reported commit is there; one more may have committed before its line.
            assert last >= reported, (round_no, last, reported)
            assert last <= reported + 1, (round_no, last, reported)
            # Each transaction whole or not at all: the counter and its rows agree.
            assert sorted(int(k.rsplit(":", 1)[1]) for k in rows) == list(range(1, last + 1))
            officials = execute("SELECT count(*) FROM official WHERE name LIKE ?",
                                (f"Pejabat Uji {round_no}-%",)).fetchone()[0]
            assert officials == last // 5
            roster = execute("SELECT count(*) FROM roster_entry r JOIN official o "
                             "ON o.id = r.official_id WHERE o.name LIKE ?",
                             (f"Pejabat Uji {round_no}-%",)).fetchone()[0]
            assert roster == officials  # derived rows committed with their official
        finally:
            db.close()
    assert mid_write >= KILLS // 2, "most kills should land while the writer is writing"
    # About 20 s on Linux; a Windows Python's start makes each round slower (40 s, Wine).
    assert time.monotonic() - started < (120 if sys.platform == "win32" else 60)
