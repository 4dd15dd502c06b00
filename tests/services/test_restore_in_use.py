"""A restore refuses while another process has the live database open: replacing the file
under that process's connection would lose its next acknowledged write. Real second processes
(tests/helpers/db_holder.py), on Linux and on Windows."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kinerja_desktop.services import restore as restore_module
from kinerja_desktop.services.backup import make_backup
from kinerja_desktop.services.restore import RestoreLockedError, restore
from kinerja_desktop.storage import in_use
from kinerja_desktop.storage.database import open_database
from tests.helpers.dump import dump_database, table_rows

# About SQLite files themselves: a restore replaces a database file.
pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[2]
MESSAGE = "sedang dibuka dan dikunci program lain"


@pytest.fixture
def live(demo_db) -> Path:
    path = demo_db.path
    demo_db.close()
    return path


@pytest.fixture
def backup(tmp_path, live) -> Path:
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    db = open_database(live)
    try:
        with db.atomic():  # the backup has a setting the live database will not have
            db.execute_sql('INSERT INTO setting ("key", "value") VALUES (?, ?)',
                                  ("dari-cadangan", "1"))
        path = make_backup(db, folder).path
        with db.atomic():
            db.execute_sql('DELETE FROM setting WHERE "key" = ?', ("dari-cadangan",))
        return path
    finally:
        db.close()


class Holder:
    def __init__(self, child: subprocess.Popen):
        self.child = child
        self.pid = child.pid

    def write(self, key: str) -> None:
        assert self.child.stdin is not None and self.child.stdout is not None
        self.child.stdin.write(f"write {key}\n")
        self.child.stdin.flush()
        assert self.child.stdout.readline().strip() == f"WROTE {key}"


@contextmanager
def holder(path: Path, mode: str) -> Iterator[Holder]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    # Under Wine on a loaded machine the venv's python.exe launcher now and then fails to
    # start the real interpreter ("Unable to create process using …") and ends at once,
    # having said nothing: that start is tried once more. A holder that starts and then
    # fails still fails the test.
    for attempt in (1, 2):
        with subprocess.Popen([sys.executable, "-m", "tests.helpers.db_holder", str(path),
                               mode], cwd=ROOT, env=env, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True) as child:
            assert child.stdin is not None and child.stdout is not None
            try:
                first = child.stdout.readline().strip()
                if first == "" and attempt == 1 and child.wait(timeout=60) != 0:
                    continue
                assert first == "READY"
                yield Holder(child)
                return
            finally:
                child.stdin.close()
                child.wait(timeout=60)


def setting(path: Path, key: str):
    rows = table_rows(path, 'SELECT value FROM setting WHERE "key" = ?', (key,))
    return rows[0][0] if rows else None


def data_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("mode", ["fresh", "idle", "reading"])
def test_restore_refuses_while_another_process_has_the_database_open(live, backup, mode):
    before = dump_database(live)
    inode = os.stat(live).st_ino
    with holder(live, mode) as other:
        with pytest.raises(RestoreLockedError, match=MESSAGE) as caught:
            restore(live, backup)
        message = str(caught.value)
        assert "basis data tetap seperti semula" in message and "Tutup program itu" in message
        if in_use.can_list_open_files():  # Linux names the process
            assert f"PID {other.pid}" in message
        assert os.stat(live).st_ino == inode  # the very same file, not replaced
        # The other process goes on working: its write is acknowledged and kept.
        other.write("ditulis-program-lain")
    assert setting(live, "ditulis-program-lain") == "1"
    after = dump_database(live)
    assert after["official"] == before["official"]
    assert data_files(live) == []  # no staged copy left beside it
    # Once the other process has ended, the restore works.
    restore(live, backup)
    assert setting(live, "dari-cadangan") == "1"
    assert setting(live, "ditulis-program-lain") is None


def test_the_app_own_connections_do_not_count_and_the_check_runs_again_after_closing(
        live, backup):
    """The window holds its database open until close_live(): that is not another process.
    A process that opens it while the backup is being checked is caught just before the
    swap, after the app has closed its own."""
    app = open_database(live)
    app.handle.execute_sql("SELECT count(*) FROM setting").fetchone()
    started: list[Holder] = []
    with contextlib.ExitStack() as stack:
        def close_live():
            app.close()
            started.append(stack.enter_context(holder(live, "idle")))

        with pytest.raises(RestoreLockedError, match=MESSAGE):
            restore(live, backup, close_live=close_live)
        started[0].write("sesudah-ditolak")
    assert setting(live, "sesudah-ditolak") == "1"
    assert setting(live, "dari-cadangan") is None
    # With only the app's own connection open, the restore goes ahead.
    app = open_database(live)
    app.handle.execute_sql("SELECT count(*) FROM setting").fetchone()
    restore(live, backup, close_live=app.close)
    assert setting(live, "dari-cadangan") == "1"


def test_without_a_list_of_open_files_the_exclusive_lock_probe_refuses(live, backup,
                                                                      monkeypatch):
    """Where the system names no processes (not Linux), SQLite's own locks tell: an idle
    connection of another process in WAL mode keeps an exclusive lock from being taken."""
    monkeypatch.setattr(in_use, "processes_with_open", lambda *a, **k: None)
    monkeypatch.setattr(in_use, "RECHECK_DELAY", 0.0)
    with holder(live, "idle") as other:
        with pytest.raises(RestoreLockedError, match=MESSAGE):
            restore(live, backup)
        other.write("sesudahnya")
    assert setting(live, "sesudahnya") == "1"
    assert setting(live, "dari-cadangan") is None
    restore(live, backup)
    assert setting(live, "dari-cadangan") == "1"


def test_the_probe_writes_nothing_and_frees_the_file(live):
    before = dump_database(live)
    with open(live, "rb") as handle:
        header = handle.read(100)
    assert not in_use.locked_by_a_connection(live)
    assert dump_database(live) == before
    with open(live, "rb") as handle:
        assert handle.read(100)[:24] == header[:24]
    db = open_database(live)  # the probe's exclusive lock is gone with its connection
    db.close()
    assert not in_use.locked_by_a_connection(live.with_name("tidak-ada.db"))


def test_a_missing_live_database_is_no_obstacle(tmp_path, backup):
    target = tmp_path / "baru" / "kinerja.db"
    restore(target, backup)
    assert setting(target, "dari-cadangan") == "1"


def test_restore_module_uses_the_check(monkeypatch, live, backup):
    """Both places call it: the start of restore() and _keep_current (after close_live)."""
    calls: list[bool] = []
    real = in_use.ensure_not_open_elsewhere

    def spy(path, own_closed=False, **kwargs):
        calls.append(own_closed)
        return real(path, own_closed=own_closed, **kwargs)

    monkeypatch.setattr(in_use, "ensure_not_open_elsewhere", spy)
    restore(live, backup)
    assert calls == [False, False, True]
    assert restore_module.RestoreLockedError is RestoreLockedError


def test_a_program_only_reading_the_file_is_no_reason_to_refuse_where_the_system_allows(
        live, backup):
    """An indexer, a virus scanner or a cloud client reading the file writes nothing that
    could be lost: on Linux the restore goes ahead; Windows itself refuses to replace a
    file open without deletion sharing, and says so in the same words."""
    code = "import sys; f = open(sys.argv[1], 'rb'); print('ok', flush=True); sys.stdin.read()"
    with subprocess.Popen([sys.executable, "-c", code, str(live)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "ok"
        try:
            if sys.platform == "win32":
                with pytest.raises(RestoreLockedError, match=MESSAGE):
                    restore(live, backup)
            else:
                restore(live, backup)
                assert setting(live, "dari-cadangan") == "1"
        finally:
            child.stdin.close()
            child.wait(timeout=60)
