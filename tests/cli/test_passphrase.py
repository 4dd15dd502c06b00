"""The backup passphrase: --passphrase-file, KINERJA_PASSPHRASE, or a terminal someone types at;
with none of them backup, verify, restore and merge refuse at once (exit 2), so a scheduled
backup never waits on NUL (which passes isatty() on Windows)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kinerja_desktop.cli import EXIT_OK, EXIT_USAGE
from kinerja_desktop.cli.passphrase import interactive_console
from tests.cli.test_cli import assert_indonesian

ROOT = Path(__file__).resolve().parents[2]
SECRET = "rahasia kantor"


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def nul_stdin(monkeypatch):
    """Standard input from NUL (/dev/null), as a scheduled task or `< NUL` gives it."""
    monkeypatch.delenv("KINERJA_PASSPHRASE", raising=False)
    with open(os.devnull, encoding="utf-8") as nul:
        monkeypatch.setattr(sys, "stdin", nul)
        yield nul


@pytest.fixture
def encrypted(cli, demo_file, usb, monkeypatch) -> Path:
    monkeypatch.setenv("KINERJA_PASSPHRASE", SECRET)
    assert cli("--db", demo_file, "backup", usb, "--encrypt").code == EXIT_OK
    monkeypatch.delenv("KINERJA_PASSPHRASE")
    (made,) = usb.glob("*.kinerja.enc")
    return made


def write_passphrase(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


# What counts as a terminal -------------------------------------------------------------------

def test_nul_is_no_terminal(nul_stdin):
    if sys.platform == "win32":
        assert nul_stdin.isatty()  # the trap: NUL is a character device, as a console is
    assert not interactive_console()


def test_a_pipe_is_no_terminal(monkeypatch):
    read, write = os.pipe()
    os.close(write)
    with open(read, encoding="utf-8") as pipe:
        monkeypatch.setattr(sys, "stdin", pipe)
        assert not interactive_console()


def test_no_standard_input_is_no_terminal(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)  # a windowed (console=False) Windows build
    assert not interactive_console()


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals (os.openpty) are Unix's")
def test_a_terminal_is_one(monkeypatch):
    leader, follower = os.openpty()
    try:
        with open(follower, encoding="utf-8", closefd=False) as tty:
            monkeypatch.setattr(sys, "stdin", tty)
            assert interactive_console()
    finally:
        os.close(leader)
        os.close(follower)


# Without a passphrase and a terminal, each command refuses at once ------------------------------

def test_every_command_refuses_without_a_passphrase_or_a_terminal(cli, demo_file, usb,
                                                                  encrypted, nul_stdin):
    for argv in (("backup", usb, "--encrypt"), ("verify", encrypted),
                 ("restore", encrypted), ("merge", encrypted, "--dry-run"),
                 ("merge", encrypted)):
        result = cli("--db", demo_file, *argv)
        assert result.code == EXIT_USAGE, (argv, result.err)
        assert "KINERJA_PASSPHRASE" in result.err and "--passphrase-file" in result.err
        assert_indonesian(result)
    assert sorted(p.name for p in usb.iterdir()) == sorted(
        [encrypted.name, f"{encrypted.name}.sha256"])


def test_a_scheduled_backup_with_stdin_from_nul_ends_at_once(demo_file, usb, monkeypatch):
    """The real program with NUL as standard input (on Windows, a console device to
    isatty()): refused in seconds, not waiting for a passphrase no one can type."""
    monkeypatch.delenv("KINERJA_PASSPHRASE", raising=False)
    started = time.monotonic()
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(demo_file),
                             "backup", str(usb), "--encrypt"], stdin=subprocess.DEVNULL,
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == EXIT_USAGE, result.stderr
    assert result.stderr.startswith("Kesalahan penggunaan: kata sandi cadangan diperlukan")
    assert "--passphrase-file" in result.stderr and result.stdout == ""
    assert list(usb.iterdir()) == []
    assert time.monotonic() - started < 60


# --passphrase-file --------------------------------------------------------------------------

def test_the_passphrase_file_serves_every_command(cli, demo_file, usb, tmp_path, nul_stdin,
                                                  monkeypatch):
    # As Notepad may save it: a byte order mark and CRLF; only the first line counts.
    secret_file = write_passphrase(tmp_path / "sandi.txt",
                                   f"\ufeff{SECRET}\r\nbaris lain diabaikan\r\n")
    made = cli("--db", demo_file, "backup", usb, "--encrypt", "--passphrase-file", secret_file)
    assert made.code == EXIT_OK, made.err
    (encrypted,) = usb.glob("*.kinerja.enc")
    monkeypatch.setenv("KINERJA_PASSPHRASE", SECRET)  # the same passphrase, from elsewhere
    assert cli("verify", encrypted).code == EXIT_OK
    monkeypatch.setenv("KINERJA_PASSPHRASE", "salah")  # the file named wins
    for argv in (("verify", encrypted), ("merge", encrypted, "--dry-run"),
                 ("restore", encrypted)):
        result = cli("--db", demo_file, *argv, "--passphrase-file", secret_file)
        assert result.code == EXIT_OK, (argv, result.err)


def test_a_plain_backup_ignores_nothing_named_for_it(cli, demo_file, usb, tmp_path):
    secret_file = write_passphrase(tmp_path / "sandi.txt", SECRET)
    result = cli("--db", demo_file, "backup", usb, "--passphrase-file", secret_file)
    assert result.code == EXIT_USAGE and "--encrypt" in result.err
    assert_indonesian(result)
    assert list(usb.iterdir()) == []


@pytest.mark.parametrize("make, words", [
    (lambda folder: folder / "tidak-ada.txt", "tidak dapat dibaca"),
    (lambda folder: write_passphrase(folder / "kosong.txt", "\r\n"), "kosong"),
    (lambda folder: folder, "adalah folder"),
    (lambda folder: (folder / "biner.txt").write_bytes(b"\xff\xfe\x00") and folder / "biner.txt",
     "bukan teks"),
], ids=["missing", "empty", "folder", "not-text"])
def test_an_unusable_passphrase_file_is_refused_at_once(cli, demo_file, usb, tmp_path,
                                                        nul_stdin, make, words):
    secret_file = make(tmp_path)
    result = cli("--db", demo_file, "backup", usb, "--encrypt", "--passphrase-file",
                 secret_file)
    assert result.code == EXIT_USAGE and words in result.err, result.err
    assert_indonesian(result)
    assert list(usb.iterdir()) == []
