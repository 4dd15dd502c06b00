"""`backup DIR [--encrypt]` and `verify FILE`: exit codes and Indonesian messages."""

from __future__ import annotations

import io
import sys

import pytest

from kinerja_desktop.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE, EXIT_WRONG_PASSPHRASE
from tests.cli.test_cli import assert_indonesian


@pytest.fixture
def usb(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def no_terminal(monkeypatch):
    monkeypatch.delenv("KINERJA_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


def only_backup(usb):
    files = [p for p in usb.iterdir() if not p.name.endswith(".sha256")]
    assert len(files) == 1
    return files[0]


def test_backup_then_verify(cli, demo_file, usb, private_data_dir):
    result = cli("--db", demo_file, "backup", usb)
    assert (result.code, result.err) == (EXIT_OK, "")
    path = only_backup(usb)
    assert result.out.splitlines()[0] == f"Cadangan ditulis: {path}"
    assert "7 pejabat" in result.out
    result = cli("verify", path)
    assert (result.code, result.err) == (EXIT_OK, "")
    assert result.out.startswith(f"Cadangan baik: {path} (tidak terenkripsi")
    assert "(cocok)" in result.out
    assert not private_data_dir.exists()  # verify never opens or creates the default database


def test_verify_a_bad_file(cli, demo_file, usb, private_data_dir):
    cli("--db", demo_file, "backup", usb)
    path = only_backup(usb)
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])
    result = cli("verify", path)
    assert result.code == EXIT_INVALID and result.out == ""
    assert result.err_lines[0] == f"Berkas cadangan '{path.name}' TIDAK dapat dipakai:"
    assert any("tidak cocok" in line for line in result.err_lines[1:])
    assert any("terpotong" in line for line in result.err_lines[1:])
    assert_indonesian(result)
    assert not private_data_dir.exists()


@pytest.mark.parametrize("content, words", [
    (b"bukan basis data", "bukan basis data, jadi bukan cadangan"), (b"", "kosong")])
def test_verify_refuses_other_files(cli, tmp_path, content, words):
    path = tmp_path / "x.kinerja"
    path.write_bytes(content)
    result = cli("verify", path)
    assert result.code == EXIT_INVALID and words in result.err
    assert_indonesian(result)
    result = cli("verify", tmp_path / "tidak-ada.kinerja")
    assert result.code == EXIT_INVALID and "tidak ditemukan" in result.err


def test_encrypted_backup_with_the_environment(cli, demo_file, usb, monkeypatch):
    monkeypatch.setenv("KINERJA_PASSPHRASE", "rahasia kantor")
    result = cli("--db", demo_file, "backup", usb, "--encrypt")
    assert result.code == EXIT_OK, result.err
    path = only_backup(usb)
    assert path.name.endswith(".kinerja.enc")
    result = cli("verify", path)
    assert result.code == EXIT_OK and "(terenkripsi" in result.out
    monkeypatch.setenv("KINERJA_PASSPHRASE", "salah")
    result = cli("verify", path)
    # Issue 15 item 9: a wrong passphrase is not a broken file, in words and exit status.
    assert result.code == EXIT_WRONG_PASSPHRASE
    assert "TIDAK dapat dipakai" not in result.err_lines[0]
    assert result.err_lines[1] == "Kata sandi cadangan salah."
    assert_indonesian(result)


def test_passphrase_asked_on_the_terminal(cli, demo_file, usb, monkeypatch):
    import getpass

    from kinerja_desktop.cli import passphrase
    monkeypatch.delenv("KINERJA_PASSPHRASE", raising=False)
    # What counts as a terminal (a pty, not NUL, not a pipe) is tests/cli/test_passphrase.py's.
    monkeypatch.setattr(passphrase, "interactive_console", lambda: True)
    answers = iter(["rahasia", "rahasia", "rahasia"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    assert cli("--db", demo_file, "backup", usb, "--encrypt").code == EXIT_OK
    assert cli("verify", only_backup(usb)).code == EXIT_OK
    answers = iter(["satu", "dua"])
    result = cli("--db", demo_file, "backup", usb, "--encrypt")
    assert result.code == EXIT_USAGE and "tidak sama" in result.err


def test_no_passphrase_and_no_terminal(cli, demo_file, usb, no_terminal):
    result = cli("--db", demo_file, "backup", usb, "--encrypt")
    assert result.code == EXIT_USAGE
    assert "KINERJA_PASSPHRASE" in result.err and "terminal" in result.err
    assert_indonesian(result)
    assert list(usb.iterdir()) == []


def test_usage_errors(cli, dbfile, tmp_path):
    result = cli("--db", dbfile, "backup")
    assert result.code == EXIT_USAGE and "FOLDER" in result.err
    assert cli("verify").code == EXIT_USAGE
    result = cli("--db", dbfile, "backup", tmp_path / "tidak-ada")
    assert result.code == EXIT_INVALID and "tidak ada" in result.err
    assert not dbfile.exists()  # the folder is checked before the database is created
