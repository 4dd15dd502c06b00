"""Leftovers of a killed backup, restore or merge are removed at the next start, and nothing
else ever is; an encrypted backup's plain copy is made only beside the live database."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kinerja_desktop.errors import OperationCancelled, StorageError
from kinerja_desktop.services import auto_backup
from kinerja_desktop.services.backup import make_backup
from kinerja_desktop.storage import backup_crypto, in_use, staging
from kinerja_desktop.storage.database import open_database
from kinerja_desktop.storage.staging import STALE_AFTER, clean_leftovers, find_leftovers

# About SQLite files themselves: the staged files beside a live database file.
pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[2]

# Names the app makes while working (see staging's module doc), with their sidecars.
LEFTOVERS = [
    ".kinerja.db.pulih-0a1b2c3d.tmp", ".kinerja.db.pulih-0a1b2c3d.tmp-wal",
    ".kinerja.db.pulih-0a1b2c3d.tmp-shm", "..kinerja.db.pulih-99aa00bb.tmp.tmp",
    ".kinerja.db.pulih-12345678.tmp.baru", ".kinerja.db.pulih-12345678.tmp.baru-journal",
    ".kinerja-PC-20240615-1630.kinerja.baca-deadbeef.tmp",
    ".kinerja-PC-20240615-1630.kinerja.enc.baca-deadbeef.tmp-wal",
    ".kinerja-PC-20240615-1630.kinerja.tmp", ".kinerja-PC-20240615-1630.kinerja.tmp-journal",
    ".kinerja-PC-20240615-1630-2.kinerja.0f0f0f0f.tmp",
    ".kinerja-PC-20240615-1630.kinerja.enc.tmp",
    ".kinerja-PC-20240615-1630.kinerja.sha256.tmp",
    ".kinerja-PC-20240615-1630.kinerja.enc.sha256.tmp",
    ".kinerja.db-wal.lama-a1b2c3d4", ".kinerja.db-shm.lama-a1b2c3d4",
    ".kinerja-uji-tulis-00ff00ff.tmp",
]
# Never touched: the data, backups, their checksums, the user's own files.
KEPT = [
    "kinerja.db", "kinerja.db-wal", "kinerja.db-shm", "lain.db", "catatan.txt", ".tersembunyi",
    "kinerja-PC-20240615-1630.kinerja", "kinerja-PC-20240615-1630.kinerja.sha256",
    "kinerja-PC-20240615-1630.kinerja.enc", ".kinerja.db.tmp", ".kinerja.db.pulih-xyz.tmp",
    ".laporan.pdf.tmp", "kinerja.db.pulih-0a1b2c3d.tmp",
    # Upper-case hex is not a name this app makes; Windows' file names ignore case, so there
    # it is the same file as a leftover above.
    *([".kinerja.db.pulih-0A1B2C3D.tmp"] if sys.platform != "win32" else []),
    ".kinerja-uji-tulis-.tmp", ".kinerja.db-wal.lama-", "kinerja-2024-06-15_163000-keluar.kinerja",
    "kinerja-2024-06-15_163000-keluar.kinerja-wal",  # its database is there: not an orphan
]


def make(folder: Path, names: list[str], age: float = 0.0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        path = folder / name
        path.write_bytes(b"sisa")
        if age:
            stamp = time.time() - age
            os.utime(path, (stamp, stamp))


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_only_the_staging_names_are_removed(tmp_path):
    folder = tmp_path / "db"
    make(folder, LEFTOVERS + KEPT)
    (folder / ".kinerja.db.pulih-aaaaaaaa.tmp").mkdir()  # a folder of that name: not ours
    outside = tmp_path / "luar.kinerja.tmp"
    outside.write_text("x")
    link = folder / ".kinerja-PC-20240615-1631.kinerja.tmp"
    try:
        link.symlink_to(outside)  # a link of that name: not ours either
    except OSError:  # Windows without the right to make links
        pass
    removed = clean_leftovers(None, folder / "kinerja.db")
    assert sorted(p.name for p in removed) == sorted(LEFTOVERS)
    assert names(folder) == sorted(KEPT + [".kinerja.db.pulih-aaaaaaaa.tmp"]
                                   + ([link.name] if link.is_symlink() else []))
    assert outside.exists()
    assert clean_leftovers(None, folder / "kinerja.db") == []


def test_an_auto_backup_wal_without_its_database_is_a_leftover(tmp_path):
    folder = tmp_path / "cadangan" / "sebelum-pulih"
    make(folder, ["kinerja-2024-06-15_163000-sebelum-pulih.kinerja-wal",
                  "kinerja-2024-06-15_163000-sebelum-pulih-2.kinerja",
                  "kinerja-2024-06-15_163000-sebelum-pulih-2.kinerja-wal"])
    clean_leftovers(None, None, [folder], min_age=0)
    assert names(folder) == ["kinerja-2024-06-15_163000-sebelum-pulih-2.kinerja",
                             "kinerja-2024-06-15_163000-sebelum-pulih-2.kinerja-wal"]


def test_a_leftover_another_process_holds_open_is_kept_until_it_lets_go(tmp_path):
    folder = tmp_path / "db"
    make(folder, [".kinerja.db.pulih-0a1b2c3d.tmp", ".kinerja.db.pulih-0a1b2c3d.tmp-wal"],
         age=2 * STALE_AFTER)
    held = folder / ".kinerja.db.pulih-0a1b2c3d.tmp-wal"
    code = "import sys; f = open(sys.argv[1], 'r+b'); print('ok', flush=True); sys.stdin.read()"
    with subprocess.Popen([sys.executable, "-c", code, str(held)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "ok"
        clean_leftovers(None, folder / "kinerja.db")
        # The staged file and its sidecar stay together while any of them is in use (on
        # Windows the staged file itself may go: the held sidecar is what stays).
        assert held.exists()
        child.stdin.close()
        child.wait(timeout=60)
    clean_leftovers(None, folder / "kinerja.db")
    assert names(folder) == []


def test_fresh_leftovers_wait_while_another_process_has_the_live_database_open(tmp_path, db):
    """That process may be restoring or merging itself, its staged copy closed for a moment
    between two steps: only a leftover STALE_AFTER old is taken then."""
    live = db.path
    db.execute_sql("SELECT 1").fetchone()
    make(live.parent, [".kinerja.db.pulih-0a1b2c3d.tmp"])
    make(live.parent, [".kinerja.db.baca-0a1b2c3d.tmp"], age=2 * STALE_AFTER)
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    db.close()
    with subprocess.Popen([sys.executable, "-m", "tests.helpers.db_holder", str(live), "idle"],
                          cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          text=True) as child:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "READY"
        assert staging.live_database_used_elsewhere(live)
        removed = clean_leftovers(None, live)
        assert [p.name for p in removed] == [".kinerja.db.baca-0a1b2c3d.tmp"]
        assert clean_leftovers(None, live, now=time.time() + 2 * STALE_AFTER) != []
        child.stdin.close()
        child.wait(timeout=60)
    assert not staging.live_database_used_elsewhere(live)
    assert find_leftovers([live.parent]) == {}


def test_where_open_files_cannot_be_listed_only_old_leftovers_go(tmp_path, monkeypatch):
    """Not Linux: on Windows the system refuses to delete a file in use, which is enough;
    elsewhere (macOS) only a leftover STALE_AFTER old is taken."""
    monkeypatch.setattr(in_use, "open_among", lambda paths: None)
    monkeypatch.setattr(in_use, "processes_with_open", lambda *a, **k: None)
    folder = tmp_path / "db"
    make(folder, [".kinerja.db.pulih-0a1b2c3d.tmp"])
    make(folder, [".kinerja.db.pulih-11111111.tmp"], age=2 * STALE_AFTER)
    removed = clean_leftovers(None, folder / "kinerja.db", min_age=0)
    expected = [".kinerja.db.pulih-11111111.tmp"]
    if sys.platform == "win32":
        expected.insert(0, ".kinerja.db.pulih-0a1b2c3d.tmp")
    assert [p.name for p in removed] == expected


def test_clean_at_start_covers_the_database_folder_the_data_folder_and_the_backups(
        tmp_path, private_data_dir, monkeypatch):
    live_folder = tmp_path / "dokumen"
    make(live_folder, [".kinerja.db.pulih-0a1b2c3d.tmp", "kinerja.db"])
    make(private_data_dir, [".kinerja-uji-tulis-00ff00ff.tmp"])
    for sub in ("", "sebelum-pulih", "sebelum-gabung", "sebelum-migrasi"):
        make(private_data_dir / "cadangan" / sub,
             [".kinerja-2024-06-15_163000-keluar.kinerja.tmp"])
    removed = auto_backup.clean_at_start(live_folder / "kinerja.db")
    assert len(removed) == 6
    assert names(live_folder) == ["kinerja.db"]
    assert find_leftovers([private_data_dir, private_data_dir / "cadangan"]) == {}
    # No data folder at all: nothing to do, and no error.
    monkeypatch.setenv("KINERJA_DATA_DIR", str(tmp_path / "tidak-ada"))
    assert auto_backup.clean_at_start(tmp_path / "tidak-ada" / "kinerja.db") == []


def test_a_command_start_cleans_before_it_opens_the_database(tmp_path, private_data_dir):
    from kinerja_desktop.cli import run
    live = tmp_path / "kinerja.db"
    open_database(live).close()
    make(tmp_path, [".kinerja.db.pulih-0a1b2c3d.tmp", ".kinerja.db.pulih-0a1b2c3d.tmp-wal"])
    make(private_data_dir / "cadangan" / "sebelum-pulih",
         [".kinerja-2024-06-15_163000-sebelum-pulih.kinerja.tmp"])
    out = tmp_path / "out.txt"
    with open(out, "w", encoding="utf-8") as handle:
        assert run(["--db", str(live), "roster", "list"], handle, handle) == 0
    assert find_leftovers([tmp_path, private_data_dir / "cadangan" / "sebelum-pulih"]) == {}


def test_the_window_start_cleans_before_it_opens_the_database(tmp_path):
    pytest.importorskip("PySide6")
    from kinerja_desktop.gui.app import open_database_interactively
    live = tmp_path / "kinerja.db"
    open_database(live).close()
    make(tmp_path, [".kinerja.db.pulih-0a1b2c3d.tmp", ".kinerja-uji-tulis-00ff00ff.tmp"])
    db = open_database_interactively(live)
    assert db is not None
    db.close()
    assert find_leftovers([tmp_path]) == {}


# An encrypted backup's plain copy --------------------------------------------------------------

def test_the_plain_copy_of_an_encrypted_backup_is_made_beside_the_live_database(demo_db,
                                                                                tmp_path,
                                                                                monkeypatch):
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    seen: list[tuple[Path, list[str]]] = []
    real = backup_crypto.encrypt_file

    def watching(source, target, *args, **kwargs):
        seen.append((Path(source), names(stick)))
        return real(source, target, *args, **kwargs)

    monkeypatch.setattr(backup_crypto, "encrypt_file", watching)
    result = make_backup(demo_db, stick, encrypt_passphrase="rahasia panjang")
    (source, on_stick), = seen
    assert source.parent == demo_db.path.parent  # same disk, same protection as the data
    assert on_stick == []  # no plain byte on the stick while it was encrypted
    assert names(stick) == sorted([result.path.name, f"{result.path.name}.sha256"])
    assert find_leftovers([demo_db.path.parent]) == {}


@pytest.mark.parametrize("failure", [OperationCancelled("dibatalkan"), OSError(5, "I/O")])
def test_a_failed_encryption_leaves_no_plain_copy_anywhere(demo_db, tmp_path, monkeypatch,
                                                           failure):
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    before = names(demo_db.path.parent)

    def failing(source, target, *args, **kwargs):
        Path(target).write_bytes(b"KNJDENC2 sebagian")
        raise failure

    monkeypatch.setattr(backup_crypto, "encrypt_file", failing)
    with pytest.raises((OperationCancelled, StorageError)):
        make_backup(demo_db, stick, encrypt_passphrase="rahasia panjang")
    assert names(stick) == []
    assert names(demo_db.path.parent) == before
