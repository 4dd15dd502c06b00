"""A backup, an encrypted backup, a restore or a merge killed at a random moment (SIGKILL; on
Windows TerminateProcess, as abrupt) leaves the database wholly as it was before or wholly as
it is after, and the next start removes every staging file it left.

Each round runs the real command (`main.py --db … backup|restore|merge …`) in a subprocess on
a demo database padded to about 11 MB (so the command takes a moment: roughly 0.5 to 1.4 s
here), kills it after a random delay within the command's own running time, then starts again
as the app does (services.auto_backup.clean_at_start, then open_database_for_use) and checks:
no file the app writes while working is left beside the database or in the data folder
(every one of them is a hidden `.…` file; on the stick they go with the next backup to it,
the start not knowing the stick); the database passes integrity_check and its row counts,
table by table, equal those before or those after a complete run; every backup that has its
final name verifies.

Part of the normal suite: 10 rounds of each of the four take about 35 s; under Wine a command
starts far more slowly, so 3 rounds of each are run there.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from kinerja_desktop.services import auto_backup
from kinerja_desktop.services.backup import make_backup
from kinerja_desktop.services.database import open_database_for_use
from kinerja_desktop.storage.backup_check import table_counts
from kinerja_desktop.storage.backup_io import verify_file
from kinerja_desktop.storage.database import open_database
from kinerja_desktop.storage.staging import find_leftovers
from tests.helpers.crash_writer import official

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = sys.platform == "win32"
ROUNDS = 2 if WINDOWS else 10  # Windows: each start under Wine costs seconds
PAD_ROWS = 1200  # settings of 4 kB: about 11 MB with their audit entries
PASSPHRASE = "kata sandi uji yang panjang"
SEED = 20240615


@dataclass(frozen=True)
class Files:
    plain: Path        # the padded demo database
    more: Path         # the same with 30 more officials
    plain_backup: Path
    more_backup: Path


def pad(db, rows: int) -> None:
    with db.atomic():
        for n in range(rows):
            db.execute_sql('INSERT INTO setting ("key", "value") VALUES (?, ?)',
                                  (f"uji:isi:{n:05d}", f"{n:05d}" * 800))


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> Files:
    from kinerja_desktop.services.demo import load_demo
    from kinerja_desktop.services.roster import RosterService
    folder = tmp_path_factory.mktemp("sumber")
    old = os.environ.get("KINERJA_DATA_DIR")
    os.environ["KINERJA_DATA_DIR"] = str(folder / "data")
    try:
        plain, more, stick = folder / "polos.db", folder / "tambah.db", folder / "flashdisk"
        stick.mkdir()
        db = open_database(plain)
        try:
            load_demo(db)
            pad(db, PAD_ROWS)
        finally:
            db.close()
        shutil.copyfile(plain, more)
        db = open_database(more)
        try:
            roster = RosterService(db)
            for n in range(30):
                roster.create(official(7, 5 * (n + 1)))
            more_backup = make_backup(db, stick).path
        finally:
            db.close()
        db = open_database(plain)
        try:
            plain_backup = make_backup(db, stick).path
        finally:
            db.close()
    finally:
        if old is None:
            os.environ.pop("KINERJA_DATA_DIR", None)
        else:
            os.environ["KINERJA_DATA_DIR"] = old
    return Files(plain, more, plain_backup, more_backup)


def source_of(name: str, files: Files) -> Path:
    """The live database each operation starts from."""
    return files.more if name == "restore" else files.plain


def command_of(name: str, files: Files, stick: Path) -> list[str]:
    """The command after `--db LIVE`."""
    return {"backup": ["backup", str(stick)],
            "backup-encrypted": ["backup", str(stick), "--encrypt"],
            "restore": ["restore", str(files.plain_backup)],
            "merge": ["merge", str(files.more_backup)]}[name]


class Round:
    """One workspace: the live database copied in, its own data folder and USB stick."""

    def __init__(self, folder: Path, source: Path):
        self.folder = folder
        self.live = folder / "dokumen" / "kinerja.db"
        self.data = folder / "data"
        self.stick = folder / "flashdisk"
        for path in (self.live.parent, self.data, self.stick):
            path.mkdir(parents=True)
        shutil.copyfile(source, self.live)

    def start(self, command: list[str]) -> subprocess.Popen:
        env = dict(os.environ, PYTHONPATH=str(ROOT), KINERJA_DATA_DIR=str(self.data),
                   KINERJA_PASSPHRASE=PASSPHRASE, PYTHONDONTWRITEBYTECODE="1")
        return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(self.live),
                                 *command], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)

    def start_again(self, monkeypatch) -> dict[str, int]:
        """As the app starts: clean up, open (and close) the database; then its counts."""
        monkeypatch.setenv("KINERJA_DATA_DIR", str(self.data))
        auto_backup.clean_at_start(self.live)
        open_database_for_use(self.live).close()
        with contextlib.closing(sqlite3.connect(self.live)) as con:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            return table_counts(con)

    def hidden_files(self, *folders: Path) -> list[str]:
        """Every file the app writes while working is hidden (`.…`); none of its results."""
        return sorted(str(p.relative_to(self.folder)) for folder in folders
                      for p in folder.rglob(".*"))

    def final_backups(self) -> list[Path]:
        return sorted(p for p in self.folder.rglob("*")
                      if p.name.endswith((".kinerja", ".kinerja.enc")) and p.is_file())


def run_to_the_end(folder: Path, name: str, files: Files,
                   monkeypatch) -> tuple[dict[str, int], dict[str, int], float]:
    """(counts before, counts after a complete run, the run's seconds)."""
    before = Round(folder / "sebelum", source_of(name, files)).start_again(monkeypatch)
    whole = Round(folder / "utuh", source_of(name, files))
    started = time.perf_counter()
    child = whole.start(command_of(name, files, whole.stick))
    _out, err = child.communicate(timeout=120)
    seconds = time.perf_counter() - started
    assert child.returncode == 0, err
    return before, whole.start_again(monkeypatch), seconds


@pytest.mark.parametrize("name", ["backup", "backup-encrypted", "restore", "merge"])
def test_a_killed_operation_leaves_before_or_after_and_nothing_else(name, files, tmp_path,
                                                                   monkeypatch):
    before, after, seconds = run_to_the_end(tmp_path, name, files, monkeypatch)
    if name in ("restore", "merge"):
        assert before != after  # the two states can be told apart
    rng = random.Random(f"{SEED}-{name}")
    seen = {"sebelum": 0, "sesudah": 0, "sisa": 0}
    for n in range(ROUNDS):
        work = Round(tmp_path / f"putaran-{n}", source_of(name, files))
        delay = rng.uniform(0.2, seconds)
        child = work.start(command_of(name, files, work.stick))
        time.sleep(delay)
        child.kill()
        _out, err = child.communicate(timeout=60)
        where = f"{name}, putaran {n}, dibunuh setelah {delay:.2f} s (exit {child.returncode})"
        if work.hidden_files(work.folder):
            seen["sisa"] += 1  # the kill left staging files: the start must remove them
        counts = work.start_again(monkeypatch)
        assert work.hidden_files(work.live.parent, work.data) == [], where
        assert find_leftovers([work.live.parent, work.data]) == {}, where
        assert counts in (before, after), f"{where}: {err[-2000:]}"
        seen["sebelum" if counts == before else "sesudah"] += 1
        for backup in work.final_backups():
            report = verify_file(backup, PASSPHRASE if backup.suffix == ".enc" else None,
                                 quick=True)
            assert report.ok, f"{where}: {backup.name}: {report.problems}"
        if name.startswith("backup"):
            # What was left on the stick goes with the next backup to it (the start of the
            # app does not know the stick), which works as always.
            db = open_database_for_use(work.live)
            try:
                make_backup(db, work.stick, thorough=False)
            finally:
                db.close()
        assert work.hidden_files(work.folder) == [], where
    print(f"{name}: {ROUNDS} kali dibunuh dalam {seconds:.2f} s; {seen}")
