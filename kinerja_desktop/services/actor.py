"""Who is working: the name written in the audit history."""

from __future__ import annotations

import getpass
import os


def current_actor() -> str:
    """KINERJA_USER if set (a shared PC's staff name), else the operating-system login."""
    name = os.environ.get("KINERJA_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser() or "pengguna"
    except Exception:  # noqa: BLE001 - no login name on some Windows set-ups
        return "pengguna"
