"""A throwaway PostgreSQL server from Debian's packages, for tests that need a real server.

    python3.11 scripts/throwaway_postgres.py run -- CMD [ARGS…]  # CMD with the server; its status
    python3.11 scripts/throwaway_postgres.py check               # SELECT version() through psql

CMD gets KINERJA_TEST_DATABASE_URL (postgresql://kinerja_test@127.0.0.1:PORT/kinerja_test; the
URL holds no password) and PGPASSFILE (a libpq password file holding it). The server lives in
a temporary folder, listens on a free port of 127.0.0.1 only, and is stopped and its folder
removed afterwards, also after an error or Ctrl-C. Linux only; it installs Debian's
`postgresql` package (apt-get, as root or through sudo) when no server programs are found.
scripts/bootstrap.py test runs part of the suite this way.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

HOST = "127.0.0.1"
ROLE = DATABASE = "kinerja_test"
SUPERUSER = "postgres"
# The system user Debian's package creates; initdb and postgres refuse to run as root.
SERVER_USER = "postgres"
SERVER_PROGRAMS = ("initdb", "pg_ctl", "postgres")
DEBIAN_BIN_ROOT = Path("/usr/lib/postgresql")
DEBIAN_SHARE_ROOT = Path("/usr/share/postgresql")
# Durability is worthless for a server that is deleted afterwards; without it the tests
# that commit often run several times faster.
SERVER_SETTINGS = ("-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200")


class ThrowawayError(RuntimeError):
    """The throwaway server could not be installed, started or prepared; the message says why."""


def say(message: str) -> None:
    """Print a progress line the way scripts/bootstrap.py does."""
    print(f"[postgres] {message}", flush=True)


def _version_key(bin_dir: Path) -> tuple[int, ...]:
    """The version in /usr/lib/postgresql/VERSION/bin as numbers, to sort newest first."""
    return tuple(int(part) if part.isdigit() else -1 for part in bin_dir.parent.name.split("."))


def candidate_bin_dirs(path: str | None = None,
                       debian_root: Path = DEBIAN_BIN_ROOT) -> list[Path]:
    """Folders that may hold the server: PATH's (links resolved), then Debian's, newest first."""
    path = os.environ.get("PATH", "") if path is None else path
    folders = []
    for entry in filter(None, path.split(os.pathsep)):
        initdb = Path(entry) / "initdb"
        # os.path.isfile, not Path.is_file: a PATH folder we may not read (/root/... for a
        # non-root user) is simply not a candidate.
        if os.path.isfile(initdb):
            # Debian keeps the server off PATH; a link on PATH (/usr/local/bin/initdb) points
            # into its versioned folder, where pg_ctl and postgres are too.
            folders.append(initdb.resolve().parent)
    folders += sorted(debian_root.glob("*/bin"), key=_version_key, reverse=True)
    return folders


def find_server_bin(path: str | None = None,
                    debian_root: Path = DEBIAN_BIN_ROOT) -> Path | None:
    """The first candidate folder holding initdb, pg_ctl and postgres; None if there is none."""
    for folder in candidate_bin_dirs(path, debian_root):
        # pg_ctl starts the postgres next to itself, so all three must be in one folder.
        if all(os.path.isfile(folder / name) and os.access(folder / name, os.X_OK)
               for name in SERVER_PROGRAMS):
            return folder
    return None


def extension_dir(bin_dir: Path, share_root: Path = DEBIAN_SHARE_ROOT) -> Path:
    """Where this server looks for extensions: pg_config's answer, else Debian's layout."""
    pg_config = bin_dir / "pg_config"
    if pg_config.is_file():
        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            share = subprocess.run([str(pg_config), "--sharedir"], capture_output=True,
                                   text=True, check=True).stdout.strip()
            if share:
                return Path(share) / "extension"
    # /usr/lib/postgresql/15/bin -> /usr/share/postgresql/15/extension
    return share_root / bin_dir.parent.name / "extension"


def packages_to_install(bin_dir: Path | None, extensions: Path | None) -> list[str]:
    """The Debian packages still needed: the server, or contrib when pg_trgm is missing."""
    if bin_dir is None:
        return ["postgresql"]
    # The tests' database uses pg_trgm; Debian's server package ships it, older ones left it
    # to postgresql-contrib.
    if extensions is None or not (extensions / "pg_trgm.control").is_file():
        return ["postgresql-contrib"]
    return []


def apt_install(packages: list[str]) -> None:
    """Install Debian packages with apt-get, as root or through sudo."""
    if shutil.which("apt-get") is None:
        raise ThrowawayError("PostgreSQL is missing and there is no apt-get to install it: "
                             "install " + " ".join(packages) + " by hand")
    if os.geteuid() == 0:
        prefix: list[str] = []
    elif shutil.which("sudo"):
        prefix = ["sudo"]
    else:
        raise ThrowawayError("run as root: apt-get install " + " ".join(packages))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = [*prefix, "apt-get", "install", "-y", "-q", "--no-install-recommends", *packages]
    say("memasang " + " ".join(packages) + " (apt-get)")
    # Without `apt-get update` first when the package lists already know the packages: it
    # saves the download; only a failed install pays for it.
    if subprocess.call(install, env=env) == 0:
        return
    try:
        subprocess.run([*prefix, "apt-get", "update", "-q"], check=True, env=env)
        subprocess.run(install, check=True, env=env)
    except subprocess.CalledProcessError as error:
        raise ThrowawayError(f"apt-get failed (status {error.returncode}): "
                             "install " + " ".join(packages) + " by hand") from error


def ensure_installed() -> Path:
    """The folder of the server programs, after installing Debian's packages if they are missing."""
    if not sys.platform.startswith("linux"):
        raise ThrowawayError("the throwaway PostgreSQL server comes from Debian's packages: "
                             f"Linux only, not {sys.platform}")
    bin_dir = find_server_bin()
    packages = packages_to_install(bin_dir, extension_dir(bin_dir) if bin_dir else None)
    if not packages and bin_dir is not None:
        return bin_dir
    apt_install(packages)
    bin_dir = find_server_bin()
    if bin_dir is None or packages_to_install(bin_dir, extension_dir(bin_dir)):
        raise ThrowawayError("after apt-get install " + " ".join(packages) + " the server "
                             "programs or pg_trgm.control are still missing")
    return bin_dir


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on now (the system picks it for port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def pick_locale(available: list[str]) -> str:
    """C.UTF-8 when the system has it (`locale -a` spells it C.utf8 too), else C."""
    names = {name.lower().replace("-", "") for name in available}
    return "C.UTF-8" if "c.utf8" in names else "C"


def system_locales() -> list[str]:
    """The locales `locale -a` lists; none when it cannot run."""
    try:
        return subprocess.run(["locale", "-a"], capture_output=True, text=True,
                              check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return []


def as_server_user(command: list[str], euid: int | None = None) -> list[str]:
    """command, run as the postgres system user when we are root (initdb refuses root)."""
    if euid is None:
        euid = os.geteuid() if hasattr(os, "geteuid") else -1
    if euid != 0:
        return command
    if shutil.which("runuser"):
        return ["runuser", "-u", SERVER_USER, "--", *command]
    # su runs the user's login shell; Debian's postgres user has bash, others may have nologin.
    return ["su", SERVER_USER, "-s", "/bin/sh", "-c", shlex.join(command)]


def initdb_command(initdb: Path, data: Path, locale: str) -> list[str]:
    """initdb for a new cluster: superuser postgres, passwords over TCP, trust on the socket."""
    # Trust on the Unix socket is safe: the socket is in our private (0700) folder. --no-sync:
    # nothing written here must survive a crash.
    return [str(initdb), "-D", str(data), "-U", SUPERUSER, "-E", "UTF8", f"--locale={locale}",
            "--auth-host=scram-sha-256", "--auth-local=trust", "--no-sync"]


def start_command(pg_ctl: Path, data: Path, log: Path, port: int, sockets: Path) -> list[str]:
    """pg_ctl start: wait up to 60 s, listen on 127.0.0.1:port and a socket in our folder."""
    # pg_ctl hands -o to /bin/sh, hence the quoted folder. The log file also keeps the server's
    # output away from our pipes, so that waiting for pg_ctl does not wait for the server.
    options = (f"-c listen_addresses={HOST} -p {port} -k {shlex.quote(str(sockets))} "
               + SERVER_SETTINGS)
    return [str(pg_ctl), "start", "-w", "-t", "60", "-D", str(data), "-l", str(log),
            "-o", options]


def stop_command(pg_ctl: Path, data: Path) -> list[str]:
    """pg_ctl stop without a checkpoint: the folder is deleted right after."""
    return [str(pg_ctl), "stop", "-w", "-t", "60", "-D", str(data), "-m", "immediate"]


def passfile_line(port: int, password: str) -> str:
    """The libpq password file line for the test role on 127.0.0.1:port."""
    escaped = password.replace("\\", "\\\\").replace(":", "\\:")
    return f"{HOST}:{port}:*:{ROLE}:{escaped}\n"


def write_passfile(path: Path, port: int, password: str) -> None:
    """Write the password file, mode 0600 from its creation on (libpq ignores a looser one)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(passfile_line(port, password))


def database_url(port: int) -> str:
    """The URL the tests get; the password stays in the password file."""
    return f"postgresql://{ROLE}@{HOST}:{port}/{DATABASE}"


def psql_program(bin_dir: Path | None = None) -> str:
    """psql of the server's version when it is there, else the one on PATH."""
    bin_dir = bin_dir or find_server_bin()
    if bin_dir is not None and (bin_dir / "psql").is_file():
        return str(bin_dir / "psql")
    found = shutil.which("psql")
    if found is None:
        raise ThrowawayError("psql is missing (Debian: postgresql-client)")
    return found


def log_tail(log: Path, lines: int = 20) -> str:
    """The last lines of the server's log, to say why it did not start."""
    try:
        text = log.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        return f"(no server log: {error})"
    return "\n".join(text.splitlines()[-lines:])


def _run(command: list[str], what: str, cwd: Path, stdin: str | None = None) -> None:
    """Run one preparation step; its output becomes the error when it fails."""
    try:
        result = subprocess.run(command, cwd=cwd, input=stdin, capture_output=True, text=True,
                                timeout=120)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ThrowawayError(f"{what}: {error}") from error
    if result.returncode != 0:
        raise ThrowawayError(f"{what} failed (status {result.returncode}):\n"
                             + (result.stdout + result.stderr).strip())


@contextlib.contextmanager
def _signals_deferred(signals: tuple[int, ...]) -> Iterator[None]:
    """Ignore the given signals for the block: a second Ctrl-C must not cut the clean-up short."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers; others cannot receive signals anyway
        return
    previous = {number: signal.signal(number, signal.SIG_IGN) for number in signals}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _terminate(number: int, frame: object) -> None:
    """Turn SIGTERM into SystemExit, so that the server is stopped on the way out."""
    raise SystemExit(128 + number)


@contextlib.contextmanager
def throwaway_server() -> Iterator[str]:
    """Start a server, yield its URL with PGPASSFILE set in os.environ, then stop and delete it."""
    bin_dir = ensure_installed()
    as_root = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="kinerja-pg-"))
    data, sockets, log = folder / "data", folder / "sockets", folder / "server.log"
    passfile = folder / "pgpass"
    old_passfile = os.environ.get("PGPASSFILE")
    # A CI timeout or `kill` sends SIGTERM, which by default ends Python without `finally`.
    main_thread = threading.current_thread() is threading.main_thread()
    old_sigterm = signal.getsignal(signal.SIGTERM) if main_thread else None
    if main_thread and old_sigterm == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _terminate)
    try:
        sockets.mkdir()
        if as_root:
            # The server runs as postgres and must own its folders; root reads them anyway.
            try:
                for path in (folder, sockets):
                    shutil.chown(path, SERVER_USER, SERVER_USER)
            except LookupError as error:
                raise ThrowawayError(f"no system user {SERVER_USER} to run the server as root "
                                     "(Debian's postgresql package creates it)") from error
        _run(as_server_user(initdb_command(bin_dir / "initdb", data,
                                           pick_locale(system_locales()))), "initdb", folder)
        port = free_port()
        say(f"memulai server PostgreSQL sekali pakai di {HOST}:{port} ({bin_dir})")
        try:
            _run(as_server_user(start_command(bin_dir / "pg_ctl", data, log, port, sockets)),
                 "pg_ctl start", folder)
        except ThrowawayError as error:
            tail = log_tail(log)
            raise ThrowawayError(f"{error}\nthe end of the server's log:\n{tail}") from None
        password = secrets.token_urlsafe(24)  # letters, digits, - and _: no SQL quoting needed
        # Through stdin, so that the password is not on a command line others can read.
        setup = (f"CREATE ROLE {ROLE} LOGIN CREATEDB CREATEROLE PASSWORD '{password}';\n"
                 f"CREATE DATABASE {DATABASE} OWNER {ROLE};\n"
                 f"\\connect {DATABASE}\n"
                 # As the superuser: the test role may then use pg_trgm without owning it.
                 "CREATE EXTENSION IF NOT EXISTS pg_trgm;\n")
        _run([psql_program(bin_dir), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", str(sockets),
              "-p", str(port), "-U", SUPERUSER, "-d", "postgres"],
             "creating the test role and database", folder, stdin=setup)
        write_passfile(passfile, port, password)
        os.environ["PGPASSFILE"] = str(passfile)
        yield database_url(port)
    finally:
        with _signals_deferred((signal.SIGINT, signal.SIGTERM)):
            if (data / "postmaster.pid").exists():
                subprocess.run(as_server_user(stop_command(bin_dir / "pg_ctl", data)),
                               cwd=folder, capture_output=True, timeout=120, check=False)
            shutil.rmtree(folder, ignore_errors=True)
            if folder.exists():
                say(f"folder server tidak terhapus: {folder}")
            if old_passfile is None:
                os.environ.pop("PGPASSFILE", None)
            else:
                os.environ["PGPASSFILE"] = old_passfile
            if main_thread and old_sigterm == signal.SIG_DFL:
                signal.signal(signal.SIGTERM, signal.SIG_DFL)


def main(argv: list[str]) -> int:
    """The command line: `run -- CMD…` or `check`; see the module's docstring."""
    action, command = (argv[0], argv[1:]) if argv else ("", [])
    if command[:1] == ["--"]:
        command = command[1:]
    if not ((action == "run" and command) or (action == "check" and not command)):
        print(__doc__)
        return 2
    try:
        with throwaway_server() as url:
            if action == "check":
                result = subprocess.run([psql_program(), "-X", "-tA", url,
                                         "-c", "SELECT version()"],
                                        capture_output=True, text=True, timeout=60)
                print((result.stdout + result.stderr).strip())
                return result.returncode
            env = dict(os.environ, KINERJA_TEST_DATABASE_URL=url,
                       PGPASSFILE=os.environ["PGPASSFILE"])
            try:
                return subprocess.call(command, env=env)
            except OSError as error:
                say(f"{command[0]}: {error}")
                return 127
    except ThrowawayError as error:
        say(f"server PostgreSQL sekali pakai gagal: {error}")
        return 1
    except KeyboardInterrupt:
        say("dihentikan (Ctrl-C); server sudah dihentikan dan foldernya dihapus")
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
