"""tests/helpers/platform.py: Wine is detected, not guessed, and only its listed quirks may skip."""

from __future__ import annotations

import sys

import pytest

from tests.helpers import platform


def test_wine_is_never_seen_outside_windows():
    if sys.platform != "win32":
        assert not platform.under_wine()


@pytest.mark.skipif(sys.platform != "win32", reason="Wine runs Windows programs")
def test_wine_is_told_by_ntdll_or_the_registry():
    import ctypes
    import winreg
    exported = hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")
    try:
        winreg.CloseKey(winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Wine"))
        key = True
    except OSError:
        key = False
    assert platform.under_wine() == (exported or key)


def test_only_a_listed_quirk_may_skip():
    with pytest.raises(ValueError, match="Windows bug"):
        platform.wine_quirk("the test fails under Wine")
    with pytest.raises(ValueError):
        platform.skip_for_wine_quirk("flaky")
    marker = platform.wine_quirk(platform.QT_VARIABLES)
    assert marker.kwargs["reason"] == "Wine quirk: " + platform.QT_VARIABLES
    assert marker.args == (platform.under_wine(),)
