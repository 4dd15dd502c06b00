"""The Windows package as pyinstaller.spec should make it, when one has been built: its file
list (Qt trimmed on Windows' paths), its two executables, and the version and icon they carry.

scripts/windows_check.py builds it under Wine and points the Windows suite at it with
KINERJA_PACKAGE_DIR; on a Windows PC, `py -3.11 scripts\\bootstrap.py package` makes
dist\\KinerjaDesktop. The version source checks at the end run everywhere.
"""

from __future__ import annotations

import importlib.util
import os
import re
import tomllib
from pathlib import Path

import pytest

from kinerja_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
FOLDER = Path(os.environ.get("KINERJA_PACKAGE_DIR") or ROOT / "dist" / "KinerjaDesktop")
BUILT = (FOLDER / "KinerjaDesktop.exe").is_file()
needs_package = pytest.mark.skipif(not BUILT, reason="no Windows package built: "
                                                     "scripts/windows_check.py builds one")


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _files() -> list[str]:
    """The package's files, '/'-separated, relative to the folder."""
    return sorted(p.relative_to(FOLDER).as_posix() for p in FOLDER.rglob("*") if p.is_file())


@needs_package
def test_both_executables_share_one_archive():
    files = _files()
    for name in ("KinerjaDesktop.exe", "KinerjaDesktop.com", "KinerjaDesktop.pkg"):
        assert name in files
    # Side-loaded: each executable is the bootloader alone, the Python code is in the .pkg.
    for name in ("KinerjaDesktop.exe", "KinerjaDesktop.com"):
        assert (FOLDER / name).stat().st_size < 2_000_000, name
    assert (FOLDER / "KinerjaDesktop.pkg").stat().st_size > 2_000_000


@needs_package
def test_no_qt_catalogue_but_the_apps_own():
    catalogues = [f for f in _files() if f.endswith(".qm")]
    # Qt's own (qt_*.qm, qtbase_*.qm in PySide6/translations) are never loaded: Qt's strings
    # are English, and their Indonesian is the app's qt_id.qm.
    assert catalogues == ["_internal/resources/translations/kinerja_en.qm",
                          "_internal/resources/translations/qt_id.qm"]


@needs_package
def test_only_the_qt_plugins_the_app_uses():
    plugins = {f.split("PySide6/plugins/", 1)[1] for f in _files()
               if "PySide6/plugins/" in f}
    assert plugins == {
        "platforms/qwindows.dll",     # the window
        "platforms/qoffscreen.dll",   # --self-test and the tests
        "styles/qmodernwindowsstyle.dll",
        "imageformats/qjpeg.dll",     # emblems and scanned signatures
        "imageformats/qgif.dll",
        "imageformats/qico.dll",
    }


@needs_package
def test_no_qt_module_the_app_does_not_use():
    dlls = {f.rsplit("/", 1)[1] for f in _files() if re.search(r"/Qt6\w+\.dll$", f)}
    # QtUiTools loads QtOpenGLWidgets (and so QtOpenGL) whether or not a form uses them.
    assert dlls == {"Qt6Core.dll", "Qt6Gui.dll", "Qt6Widgets.dll", "Qt6UiTools.dll",
                    "Qt6OpenGL.dll", "Qt6OpenGLWidgets.dll"}
    assert not [f for f in _files() if re.search(r"opengl32sw|d3dcompiler|Qt6Svg", f, re.I)]


@needs_package
@pytest.mark.parametrize("name, description", [
    ("KinerjaDesktop.exe", "Kinerja Desktop: target 100 hari dan evaluasi kinerja"),
    ("KinerjaDesktop.com", "Kinerja Desktop: target 100 hari dan evaluasi kinerja (konsol)"),
])
def test_executables_carry_the_version_and_the_icon(name, description):
    pe = _module(ROOT / "scripts" / "windows" / "pe_resources.py", "pe_resources")
    windows_version = _module(ROOT / "scripts" / "windows_version.py", "windows_version")
    strings = pe.version_strings(FOLDER / name)
    numbers = ".".join(map(str, windows_version.version_numbers(__version__)))
    assert (strings["ProductVersion"], strings["FileVersion"], strings["fixed"]) \
        == (__version__, __version__, numbers)
    assert (strings["OriginalFilename"], strings["FileDescription"]) == (name, description)
    assert pe.icon_sizes(FOLDER / name) == pe.ico_sizes(ROOT / "resources" / "icons" / "app.ico")
    assert pe.icon_sizes(FOLDER / name)[-1] == 256


def test_pyproject_states_the_same_version():
    # kinerja_desktop.__version__ is the one source: the executables' resource, the About box,
    # `--version` and the installer (scripts/windows_check.py passes it to makensis) read it;
    # pyproject.toml states it once more for pip, and must agree.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == __version__


def test_the_installer_takes_its_version_from_outside():
    script = (ROOT / "installer" / "kinerja.nsi").read_text(encoding="utf-8")
    assert "!ifndef VERSION" in script
    assert not re.search(r"^\s*!define\s+VERSION\b", script, re.M)
    assert 'WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"' in script
