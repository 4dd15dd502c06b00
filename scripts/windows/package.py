"""The Windows package: PyInstaller under Wine on pyinstaller.spec, into the cache; then the
per-user installer (Debian's makensis, on Linux) and the portable zip, into dist/windows/."""

from __future__ import annotations

import importlib.util
import re
import zipfile
from pathlib import Path

from windows.environment import VENV_PYTHON_WIN, Environment
from windows.steps import Cached, Stamps, StepFailed, run_logged, tree_digest
from windows.wine import Session

NAME = "KinerjaDesktop"
# Everything the package is made of (a change elsewhere, e.g. in tests/, keeps the build).
PACKAGE_INPUTS = ("kinerja_desktop/", "main.py", "pyinstaller.spec", "ui/", "resources/",
                  "scripts/windows_version.py", "requirements.lock")
INSTALLER_INPUTS = ("installer/",)
BUILD_TIMEOUT_S = 1800
# Budgets (bytes, as `du -sb` counts them in MB of 10^6): issue 14.
INSTALLED_BUDGET = 100_000_000
INSTALLER_BUDGET = 45_000_000
PORTABLE_README = """\
Folder ini menyimpan data Kinerja Desktop (basis data, pengaturan, log, dan cadangan
otomatis) selama program dijalankan dari folder di atasnya, misalnya dari flashdisk:
mode portabel. Judul jendela program lalu menampilkan "(portabel)".

Bawa seluruh folder KinerjaDesktop, termasuk folder data ini, saat berpindah komputer.
"""


def app_version(root: Path) -> str:
    """kinerja_desktop.__version__, the one version source (pyproject.toml repeats it, and
    tests/test_windows_package.py checks that they agree)."""
    text = (root / "kinerja_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not match:
        raise StepFailed("no __version__ in kinerja_desktop/__init__.py")
    return match[1]


def version_numbers(root: Path, version: str) -> str:
    """The four numbers Windows keeps, as scripts/windows_version.py makes them for the
    executables' resource."""
    spec = importlib.util.spec_from_file_location("windows_version",
                                                  root / "scripts" / "windows_version.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return ".".join(str(n) for n in module.version_numbers(version))


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(count: int) -> str:
    return f"{count / 1e6:.1f} MB"


class Package:
    """The PyInstaller folder in the prefix, and the installer and zip made from it."""

    def __init__(self, env: Environment, stamps: Stamps):
        self.env = env
        self.root = env.root
        self.stamps = stamps
        self.dist = env.prefix.drive_c / "kinerja" / "dist"
        self.work = env.prefix.drive_c / "kinerja" / "build"
        self.folder = self.dist / NAME
        self.out = self.root / "dist" / "windows"
        self.version = app_version(self.root)
        self.installer = self.out / f"{NAME}-{self.version}-setup.exe"
        self.portable = self.out / f"{NAME}-{self.version}-portabel.zip"

    @property
    def exe(self) -> Path:
        return self.folder / f"{NAME}.exe"

    @property
    def console(self) -> Path:
        return self.folder / f"{NAME}.com"

    def build_digest(self) -> str:
        return tree_digest(self.root, PACKAGE_INPUTS)

    def build(self, session: Session) -> str | Cached:
        """PyInstaller under Wine: both executables in one run (pyinstaller.spec)."""
        digest = self.build_digest()
        if self.stamps.matches("build", digest) and self.exe.is_file() \
                and self.console.is_file():
            return Cached(f"{megabytes(folder_bytes(self.folder))}, unchanged sources")
        self.stamps.forget("build")
        prefix = self.env.prefix
        result = session.run(VENV_PYTHON_WIN, "-m", "PyInstaller", "--noconfirm",
                             "--log-level", "WARN", "--distpath", prefix.winpath(self.dist),
                             "--workpath", prefix.winpath(self.work), "pyinstaller.spec",
                             cwd=self.root, timeout=BUILD_TIMEOUT_S)
        with open(self.env.log_file, "ab") as log:
            log.write(result.stdout + result.stderr)
        if not result.ok:
            raise StepFailed(f"PyInstaller under Wine: {result.summary()}")
        for path in (self.exe, self.console, self.folder / f"{NAME}.pkg"):
            if not path.is_file():
                raise StepFailed(f"PyInstaller made no {path.name}")
        self.stamps.remember("build", digest)
        files = sum(1 for p in self.folder.rglob("*") if p.is_file())
        return f"{megabytes(folder_bytes(self.folder))}, {files} files"

    def make_installer(self) -> str | Cached:
        """makensis on installer/kinerja.nsi: KinerjaDesktop-<version>-setup.exe."""
        digest = self.build_digest() + tree_digest(self.root, INSTALLER_INPUTS)
        if self.stamps.matches("installer", digest) and self.installer.is_file():
            return Cached(self._installer_note())
        self.stamps.forget("installer")
        self.out.mkdir(parents=True, exist_ok=True)
        self.installer.unlink(missing_ok=True)
        run_logged(self.env.log_file, [
            "makensis", "-V2", "-INPUTCHARSET", "UTF8",
            f"-DVERSION={self.version}",
            f"-DVERSION_NUMBERS={version_numbers(self.root, self.version)}",
            f"-DPACKAGE={self.folder}", f"-DICON={self.root / 'resources/icons/app.ico'}",
            f"-DOUTFILE={self.installer}", str(self.root / "installer" / "kinerja.nsi")],
            timeout=1800)
        if not self.installer.is_file():
            raise StepFailed("makensis wrote no installer")
        self.stamps.remember("installer", digest)
        note = self._installer_note()
        if self.installer.stat().st_size > INSTALLER_BUDGET:
            raise StepFailed(note)
        return note

    def _installer_note(self) -> str:
        size = self.installer.stat().st_size
        verdict = "within" if size <= INSTALLER_BUDGET else "OVER"
        return (f"{self.installer.name}: {megabytes(size)} ({verdict} the budget of "
                f"{megabytes(INSTALLER_BUDGET)})")

    def make_portable(self) -> str | Cached:
        """The package folder plus an empty data/ (portable mode: kinerja_desktop/paths.py),
        zipped: unzip it onto a USB stick and run KinerjaDesktop.exe from there."""
        digest = self.build_digest() + "portable-1"
        if self.stamps.matches("portable", digest) and self.portable.is_file():
            return Cached(f"{self.portable.name}: {megabytes(self.portable.stat().st_size)}")
        self.stamps.forget("portable")
        self.out.mkdir(parents=True, exist_ok=True)
        partial = self.portable.with_suffix(".part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for path in sorted(self.folder.rglob("*")):
                if path.is_file() and path.name != "self-test.txt":
                    archive.write(path, f"{NAME}/{path.relative_to(self.folder).as_posix()}")
            archive.writestr(f"{NAME}/data/BACA-SAYA.txt",
                             PORTABLE_README.replace("\n", "\r\n"))
        partial.replace(self.portable)
        self.stamps.remember("portable", digest)
        return f"{self.portable.name}: {megabytes(self.portable.stat().st_size)}"
