"""The executable's Windows version resource parses with PyInstaller's reader, on any OS."""

from __future__ import annotations

import importlib.util
import types
from pathlib import Path

import PyInstaller.compat

from kinerja_desktop import __version__

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "windows_version.py"


def _module():
    spec = importlib.util.spec_from_file_location("windows_version", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_version_numbers():
    numbers = _module().version_numbers
    assert numbers("0.1.0") == (0, 1, 0, 0)
    assert numbers("2.3.4.5.6") == (2, 3, 4, 5)
    assert numbers("1.0rc2") == (1, 0, 2, 0)


def _pyinstaller_reader(monkeypatch):
    """PyInstaller's own text reader and serialiser. Its module imports win32api, which only
    Windows has, for reading and writing executables: a stand-in lets it load elsewhere, and
    neither function used here touches it."""
    if not hasattr(PyInstaller.compat, "win32api"):
        monkeypatch.setattr(PyInstaller.compat, "win32api", types.SimpleNamespace(),
                            raising=False)
    from PyInstaller.utils.win32 import versioninfo
    return versioninfo.load_version_info_from_text_file


def test_the_resource_parses_and_carries_the_version(tmp_path, monkeypatch):
    load_version_info_from_text_file = _pyinstaller_reader(monkeypatch)
    path = tmp_path / "version_info.txt"
    path.write_text(_module().version_info_text(__version__, "KinerjaDesktop"), encoding="utf-8")
    info = load_version_info_from_text_file(str(path))
    raw = info.toRaw()  # what PyInstaller writes into the .exe
    assert len(raw) > 200
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    assert strings["ProductVersion"] == __version__
    assert strings["OriginalFilename"] == "KinerjaDesktop.exe"
    assert info.kids[0].kids[0].name == "042104B0"  # Indonesian, Unicode
