"""scripts/throwaway_postgres.py: its decisions and commands without a server, then one real
server started and stopped when this machine has PostgreSQL's server programs."""

from __future__ import annotations

import importlib.util
import os
import shlex
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Loaded from its file: scripts/ is not a package, and the module must not stay on sys.path.
_spec = importlib.util.spec_from_file_location("throwaway_postgres",
                                               ROOT / "scripts" / "throwaway_postgres.py")
assert _spec is not None and _spec.loader is not None
tp = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tp)


def make_server_bin(folder: Path, programs=("initdb", "pg_ctl", "postgres")) -> Path:
    """A fake server folder: empty executable files with the programs' names."""
    folder.mkdir(parents=True)
    for name in programs:
        (folder / name).write_text("")
        (folder / name).chmod(0o755)
    return folder


def test_the_free_port_can_be_bound_on_localhost():
    port = tp.free_port()
    assert 0 < port < 65536
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", port))  # nothing holds it after free_port returned


def test_the_password_file_has_one_line_and_only_its_owner_reads_it(tmp_path):
    passfile = tmp_path / "pgpass"
    tp.write_passfile(passfile, 54321, "s3cret-_x")
    assert passfile.read_text(encoding="utf-8") == "127.0.0.1:54321:*:kinerja_test:s3cret-_x\n"
    if os.name == "posix":  # libpq ignores a password file that others may read (Unix only)
        assert passfile.stat().st_mode & 0o777 == 0o600
    with pytest.raises(FileExistsError):  # never written over, so never briefly loose
        tp.write_passfile(passfile, 54321, "other")


def test_colons_and_backslashes_in_a_password_are_escaped_for_libpq():
    assert tp.passfile_line(5432, "a:b\\c").endswith(":kinerja_test:a\\:b\\\\c\n")


def test_the_url_holds_no_password():
    assert tp.database_url(5555) == "postgresql://kinerja_test@127.0.0.1:5555/kinerja_test"


def test_pg_ctl_starts_on_localhost_with_the_socket_in_our_folder():
    sockets = Path("/tmp/kinerja pg/sockets")  # a space: pg_ctl hands -o to /bin/sh
    command = tp.start_command(Path("/pg/bin/pg_ctl"), Path("/d"), Path("/d.log"), 5433, sockets)
    assert command[:-1] == [str(Path("/pg/bin/pg_ctl")), "start", "-w", "-t", "60",
                            "-D", str(Path("/d")), "-l", str(Path("/d.log")), "-o"]
    assert shlex.split(command[-1]) == [
        "-c", "listen_addresses=127.0.0.1", "-p", "5433", "-k", str(sockets),
        "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
        "-c", "max_connections=200"]
    assert tp.stop_command(Path("/pg_ctl"), Path("/d"))[-2:] == ["-m", "immediate"]


def test_initdb_asks_passwords_over_tcp_and_runs_as_postgres_under_root(monkeypatch):
    command = tp.initdb_command(Path("/pg/initdb"), Path("/d"), "C.UTF-8")
    assert {"-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--auth-host=scram-sha-256",
            "--auth-local=trust"} <= set(command)
    assert tp.as_server_user(command, euid=1000) == command
    monkeypatch.setattr(tp.shutil, "which", lambda name: f"/usr/sbin/{name}")
    assert tp.as_server_user(command, euid=0) == ["runuser", "-u", "postgres", "--", *command]
    monkeypatch.setattr(tp.shutil, "which", lambda name: None)
    su = tp.as_server_user(command, euid=0)
    assert su[:2] == ["su", "postgres"] and shlex.split(su[-1]) == command


def test_c_utf8_is_used_when_the_system_has_it():
    assert tp.pick_locale(["C", "C.utf8", "POSIX"]) == "C.UTF-8"
    assert tp.pick_locale(["C", "POSIX", "en_US.utf8"]) == "C"


def test_without_server_programs_the_postgresql_package_is_installed(tmp_path):
    make_server_bin(tmp_path / "path", programs=("pg_ctl",))  # no initdb: not a server
    assert tp.find_server_bin(str(tmp_path / "path"), tmp_path / "lib") is None
    assert tp.packages_to_install(None, None) == ["postgresql"]


def test_the_newest_complete_debian_server_is_chosen(tmp_path):
    lib = tmp_path / "lib"
    for version in ("9.6", "13"):
        make_server_bin(lib / version / "bin")
    make_server_bin(lib / "16" / "bin", programs=("initdb", "pg_ctl"))  # postgres missing
    assert tp.find_server_bin("", lib) == lib / "13" / "bin"
    # One on PATH (a link in /usr/local/bin, say) comes first.
    on_path = make_server_bin(tmp_path / "custom" / "bin")
    path = os.pathsep.join([str(tmp_path / "nowhere"), str(on_path)])
    assert tp.find_server_bin(path, lib) == on_path.resolve()


def test_contrib_is_installed_only_when_pg_trgm_is_missing(tmp_path):
    bin_dir = make_server_bin(tmp_path / "lib" / "15" / "bin")
    share = tmp_path / "share"
    extensions = tp.extension_dir(bin_dir, share_root=share)  # no pg_config: Debian's layout
    assert extensions == share / "15" / "extension"
    assert tp.packages_to_install(bin_dir, extensions) == ["postgresql-contrib"]
    extensions.mkdir(parents=True)
    (extensions / "pg_trgm.control").write_text("default_version = '1.6'\n")
    assert tp.packages_to_install(bin_dir, extensions) == []


def test_other_systems_get_a_clear_error(monkeypatch):
    monkeypatch.setattr(tp.sys, "platform", "win32")
    with pytest.raises(tp.ThrowawayError, match="Linux only"):
        tp.ensure_installed()


@pytest.mark.skipif(not sys.platform.startswith("linux") or tp.find_server_bin() is None,
                    reason="needs PostgreSQL's server programs (initdb, pg_ctl) on Linux")
def test_a_real_server_answers_and_leaves_nothing_behind():
    before = os.environ.get("PGPASSFILE")
    with pytest.raises(KeyboardInterrupt), tp.throwaway_server() as url:
        passfile = Path(os.environ["PGPASSFILE"])
        result = subprocess.run([tp.psql_program(), "-X", "-tA", url, "-c", "SELECT 1"],
                                capture_output=True, text=True, timeout=30)
        assert result.stdout.strip() == "1", result.stderr
        port = int(url.rsplit(":", 1)[1].split("/")[0])
        raise KeyboardInterrupt  # Ctrl-C in the middle: the server must stop all the same
    assert not passfile.parent.exists()
    assert os.environ.get("PGPASSFILE") == before
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0  # nobody listens any more
