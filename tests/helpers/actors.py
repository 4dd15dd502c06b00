"""Saving as another operator: the name the audit history (and a stale save's message) gives
for the colleague in a test of two people on one record."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from kinerja_desktop.storage.database import set_actor_provider

T = TypeVar("T")


def acting_as(name: str, action: Callable[[], T]) -> T:
    """action(), with `name` as the operator the history names; the usual one afterwards."""
    set_actor_provider(lambda: name)
    try:
        return action()
    finally:
        set_actor_provider(None)
