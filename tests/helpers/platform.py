"""Which system the tests run on, and the one way a test skips for a quirk of Wine.

Wine runs the Windows Python and the win_amd64 wheels, and what fails there is a Windows bug
until shown otherwise. Only Wine's own quirks (listed below, as the Wine set-up's README lists
them) may skip a test, through `wine_quirk`, so that every such skip reads
"Wine quirk: <reason>" and a script can count the skips by reason.
"""

from __future__ import annotations

import functools
import sys

import pytest

WINDOWS = sys.platform == "win32"
SKIP_PREFIX = "Wine quirk: "

# The quirks of Wine itself (not of Windows) that a test may skip for; one text each, so a
# count by reason stays stable.
ROOT_READ_ONLY = ("running as root (Wine's Z: drive is the Linux file system): a read-only "
                  "folder stays writable")
QT_VARIABLES = "Wine passes no QT_* variables from the Linux side to Windows programs"
REAL_WINDOW_FONTS = ("a real window under Wine has Linux's font families and no per-monitor "
                     "DPI awareness")
QUIRKS = (ROOT_READ_ONLY, QT_VARIABLES, REAL_WINDOW_FONTS)


@functools.cache
def under_wine() -> bool:
    """True in a Windows Python that runs under Wine: ntdll exports wine_get_version only
    there (the registry key HKCU\\Software\\Wine is the second sign)."""
    if not WINDOWS:
        return False
    import ctypes
    try:
        if hasattr(ctypes.WinDLL("ntdll"), "wine_get_version"):
            return True
    except OSError:
        pass
    import winreg
    try:
        winreg.CloseKey(winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Wine"))
    except OSError:
        return False
    return True


def _reason(quirk: str) -> str:
    if quirk not in QUIRKS:
        raise ValueError(f"not a listed Wine quirk: {quirk!r} (a failure under Wine is a "
                         f"Windows bug until shown otherwise)")
    return SKIP_PREFIX + quirk


def wine_quirk(quirk: str) -> pytest.MarkDecorator:
    """A marker: skip this test under Wine, for one of QUIRKS."""
    return pytest.mark.skipif(under_wine(), reason=_reason(quirk))


def skip_for_wine_quirk(quirk: str) -> None:
    """Inside a test: skip it here under Wine, for one of QUIRKS."""
    reason = _reason(quirk)
    if under_wine():
        pytest.skip(reason)
