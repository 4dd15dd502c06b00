"""Use cases on top of storage: each runs in one transaction and takes/returns plain data."""

from __future__ import annotations

import functools
from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable)


def uses_database(function: F) -> F:
    """Run a service call with the models bound to the database it was given.

    peewee binds models globally, to the database opened last; without this, a call on one
    open database would read and write another (a backup opened for a moment, say, even after
    it was closed). The first argument is the Database, or a service holding it as `db`.
    This orders sequential use only: two databases used at once from two threads still clash.
    """
    @functools.wraps(function)
    def call(first, *args, **kwargs):
        with getattr(first, "db", first).bound():
            return function(first, *args, **kwargs)
    return call  # type: ignore[return-value]
