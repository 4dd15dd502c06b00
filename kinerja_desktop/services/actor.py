"""Who is working: the name written in the audit history."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable

from kinerja_desktop.storage import database as storage_database


def current_actor() -> str:
    """KINERJA_USER if set (a shared PC's staff name), else the operating-system login."""
    name = os.environ.get("KINERJA_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser() or "pengguna"
    except Exception:  # noqa: BLE001 - no login name on some Windows set-ups
        return "pengguna"


def set_operator(provider: Callable[[], str] | str | None = current_actor) -> None:
    """Whom the database records as doing the following changes: a name, a function giving
    it (read at each write, so a name changed in the settings applies at once), or None for
    the default (KINERJA_USER or the login name)."""
    if isinstance(provider, str):
        name = provider
        storage_database.set_actor_provider(lambda: name)
    else:
        storage_database.set_actor_provider(provider)
