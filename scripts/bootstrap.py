"""Set up everything the app needs, then run it or its tests: one command on a fresh machine.

    python3.11 scripts/bootstrap.py run [APP ARGS…]     # the app, on the default database
    python3.11 scripts/bootstrap.py test [PYTEST ARGS…] # package + self-test, the suite, on
                                                        # Linux the storage and service tests
                                                        # against a PostgreSQL server, the
                                                        # performance check (bench/regression.py)
                                                        # and on Linux the Windows check
    python3.11 scripts/bootstrap.py package             # dist/KinerjaDesktop/, self-tested

On Linux it installs the system libraries Qt needs (apt-get, as root or through sudo) when
they are missing; everywhere it creates .venv and installs requirements.lock into it (again
only when the lock file changed). On Linux `test` then runs tests/storage and tests/services
a second time, against a throwaway PostgreSQL server (scripts/throwaway_postgres.py: Debian's
`postgresql` package, installed the same way when missing; KINERJA_SKIP_SERVER=1 leaves it
out locally, and so does giving pytest arguments; CI runs it), and scripts/windows_check.py:
the suite, the package, its installer and a smoke set under Wine (it installs Wine and the
rest the same way; KINERJA_SKIP_WINDOWS=1 leaves it out locally, and so does giving pytest
arguments, which run part of the suite; CI runs it).
"""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".requirements.sha256"

# Shared library -> Debian package. Offscreen Qt (tests) needs the first group; a real window
# on X11 also needs the xcb group.
LIBS_OFFSCREEN = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libfontconfig.so.1": "libfontconfig1",
    "libxkbcommon.so.0": "libxkbcommon0", "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0", "libfreetype.so.6": "libfreetype6",
}
LIBS_WINDOW = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-image.so.0": "libxcb-image0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libX11-xcb.so.1": "libx11-xcb1",
}
# Qt renders text with fontconfig; without any font it warns, and warnings fail the tests.
FONT_PACKAGES = {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf": "fonts-dejavu-core"}


def say(message: str) -> None:
    print(f"[bootstrap] {message}", flush=True)


def missing_debian_packages(window: bool) -> list[str]:
    try:
        known = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True,
                               check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        known = ""
    libs = dict(LIBS_OFFSCREEN, **(LIBS_WINDOW if window else {}))
    packages = [pkg for lib, pkg in libs.items() if lib not in known]
    packages += [pkg for path, pkg in FONT_PACKAGES.items() if not Path(path).exists()]
    return sorted(set(packages))


def install_system_packages(window: bool) -> None:
    if not sys.platform.startswith("linux"):
        return
    packages = missing_debian_packages(window)
    if not packages:
        return
    if shutil.which("apt-get") is None:
        say("pustaka sistem untuk Qt belum ada dan apt-get tidak tersedia: " + " ".join(packages))
        return
    prefix = [] if os.geteuid() == 0 else (["sudo"] if shutil.which("sudo") else None)
    if prefix is None:
        say("jalankan sebagai root: apt-get install " + " ".join(packages))
        sys.exit(1)
    say("memasang pustaka sistem: " + " ".join(packages))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(prefix + ["apt-get", "update", "-q"], check=True, env=env)
    subprocess.run(prefix + ["apt-get", "install", "-y", "-q", "--no-install-recommends"]
                   + packages, check=True, env=env)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    if sys.version_info[:2] != (3, 11):
        say(f"peringatan: Python {sys.version.split()[0]}; proyek ini dipasang untuk Python 3.11")
    python = venv_python()
    if not python.exists():
        say(f"membuat lingkungan {VENV}")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    digest = hashlib.sha256(LOCK.read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != digest:
        say("memasang paket dari requirements.lock")
        subprocess.run([str(python), "-m", "pip", "install", "--disable-pip-version-check",
                        "-q", "-r", str(LOCK)], check=True)
        STAMP.write_text(digest)
    return python


def package(python: Path) -> int:
    """Build dist/KinerjaDesktop/ with pyinstaller.spec, then run its --self-test."""
    scripts = python.parent
    pyinstaller = scripts / ("pyinstaller.exe" if os.name == "nt" else "pyinstaller")
    say("membangun paket dengan PyInstaller (pyinstaller.spec)")
    status = subprocess.call([str(pyinstaller), "--noconfirm", "pyinstaller.spec"], cwd=ROOT)
    if status != 0:
        say(f"PyInstaller gagal (status {status})")
        return status
    folder = ROOT / "dist" / "KinerjaDesktop"
    # Windows: the console twin of KinerjaDesktop.exe (pyinstaller.spec), so that the report
    # shows here; the windowed one would only write self-test.txt.
    exe = folder / ("KinerjaDesktop.com" if os.name == "nt" else "KinerjaDesktop")
    say(f"uji mandiri paket: {exe} --self-test")
    report = folder / "self-test.txt"
    report.unlink(missing_ok=True)
    try:
        status = subprocess.run([str(exe), "--self-test"], cwd=folder, timeout=300).returncode
    except subprocess.TimeoutExpired:
        say("uji mandiri paket melewati 300 detik")
        return 1
    say("uji mandiri paket " + ("berhasil" if status == 0 else f"GAGAL (status {status})"))
    return 0 if status == 0 else 1


def performance_check(python: Path, pytest_args: list[str]) -> int:
    """bench/regression.py after the suite, on a machine no test uses any more: each
    benchmark's small size against its goal. Left out when only part of the suite was asked
    for, or with KINERJA_SKIP_BENCH=1 (CI never sets it)."""
    if pytest_args or os.environ.get("KINERJA_SKIP_BENCH", "") not in ("", "0"):
        say("pemeriksaan kinerja dilewati (jalankan .venv/bin/python bench/regression.py)")
        return 0
    say("pemeriksaan kinerja: tolok ukur ukuran kecil terhadap sasarannya (bench/regression.py)")
    return subprocess.call([str(python), str(ROOT / "bench" / "regression.py")], cwd=ROOT)


# The second pass: what talks to the database, against a real server. Tests marked
# sqlite_only are about SQLite files themselves. No cache: its last-failed list belongs to
# the main run.
SERVER_PYTEST = ["-m", "pytest", "-n", "2", "-m", "not sqlite_only",
                 "tests/storage", "tests/services",
                 # The windows on a shared server: others' changes shown live, waits named,
                 # two evaluators on one draft.
                 "tests/gui/test_shared_server.py",
                 "tests/gui/evaluation/test_evaluation_wizard_together.py",
                 "-p", "no:cacheprovider"]


def _left_out(check: str, variable: str, pytest_args: list[str], by_hand: str) -> bool:
    """Whether a Linux-only check after the suite is left out (and said so): elsewhere, with
    `variable`=1 (CI never sets it), or when only part of the suite was asked for."""
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get(variable, "") not in ("", "0"):
        say(f"{check} dilewati ({variable}); CI menjalankannya")
        return True
    if pytest_args:
        say(f"{check} dilewati: hanya sebagian tes yang diminta (jalankan {by_hand})")
        return True
    return False


def server_check(python: Path, pytest_args: list[str]) -> int:
    """The storage and service tests again, against a throwaway PostgreSQL server: Linux only
    (Debian's packages), unless KINERJA_SKIP_SERVER=1 or only part of the suite was asked for."""
    if _left_out("tes terhadap server PostgreSQL", "KINERJA_SKIP_SERVER", pytest_args,
                 ".venv/bin/python scripts/throwaway_postgres.py run -- .venv/bin/python "
                 + shlex.join(SERVER_PYTEST)):
        return 0
    # Next to this file (sys.path[0]); imported here because only this Linux pass needs it.
    import throwaway_postgres
    say("tes penyimpanan dan layanan terhadap server PostgreSQL sekali pakai")
    try:
        with throwaway_postgres.throwaway_server() as url:
            # PGPASSFILE is already in os.environ while the server runs.
            env = dict(os.environ, KINERJA_TEST_DATABASE_URL=url)
            return subprocess.call([str(python), *SERVER_PYTEST], cwd=ROOT, env=env)
    except throwaway_postgres.ThrowawayError as error:
        say(f"server PostgreSQL sekali pakai gagal: {error}")
        return 1


def windows_check(python: Path, pytest_args: list[str]) -> int:
    """scripts/windows_check.py after the Linux suite: Linux only (it runs Windows under
    Wine), unless KINERJA_SKIP_WINDOWS=1 or only part of the suite was asked for."""
    if _left_out("pemeriksaan Windows", "KINERJA_SKIP_WINDOWS", pytest_args,
                 ".venv/bin/python scripts/windows_check.py"):
        return 0
    say("pemeriksaan Windows di bawah Wine (scripts/windows_check.py)")
    return subprocess.call([str(python), str(ROOT / "scripts" / "windows_check.py")], cwd=ROOT)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "setup", "package"):
        print(__doc__)
        return 2
    action, rest = argv[0], argv[1:]
    install_system_packages(window=(action == "run"))
    python = ensure_venv()
    if action == "setup":
        return 0
    if action == "package":
        return package(python)
    if action == "run":
        command = [str(python), str(ROOT / "main.py"), *rest]
    else:
        # The frozen package is part of what the tests check (tests/test_package.py runs its
        # self-test): a spec that misses a file fails here, not on a PC in the regency.
        status = package(python)
        if status != 0:
            return status
        # Two processes (pytest-xdist): the suite fits the 10 minutes CI gives it on 2 cores.
        status = subprocess.call([str(python), "-m", "pytest", "-n", "2", *rest], cwd=ROOT)
        # Before the performance check, which wants a machine no test uses any more. Like the
        # Windows check it runs even after a failing suite: its findings are separate.
        server = server_check(python, rest)
        regression = performance_check(python, rest)
        # The Windows check runs even after a failing Linux suite: its findings are separate.
        windows = windows_check(python, rest)
        return status or server or regression or windows
    return subprocess.call(command, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
