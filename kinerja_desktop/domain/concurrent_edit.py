"""Two people editing one record: what each changed since the same starting point, and where
they clash (the rule of a three-way merge, field by field)."""

from __future__ import annotations

from dataclasses import fields, replace
from collections.abc import Callable
from typing import Any, TypeVar

R = TypeVar("R")


def _same(name: str, a: Any, b: Any) -> bool:
    return bool(a == b)


def changed_fields(before: Any, after: Any,
                   same: Callable[[str, Any, Any], bool] = _same) -> list[str]:
    """The names of the dataclass fields whose values differ, in declaration order; `same`
    says when two values of a field are the same (a form's text and the stored one may
    differ in spaces only)."""
    return [f.name for f in fields(before)
            if not same(f.name, getattr(before, f.name), getattr(after, f.name))]


def three_way(seen: R, mine: R, stored: R,
              same: Callable[[str, Any, Any], bool] = _same) -> tuple[R, list[str]]:
    """(what to write, clashes). What to write is the stored record with the fields I changed
    since I read `seen` set to mine: a colleague's change to another field is kept, not
    overwritten with the value I happened to read. Clashes: the fields we both changed, to
    different values; whose value wins there is for the user to decide."""
    mine_changed = changed_fields(seen, mine, same)
    theirs_changed = set(changed_fields(seen, stored, same))
    clashes = [name for name in mine_changed if name in theirs_changed
               and not same(name, getattr(mine, name), getattr(stored, name))]
    merged = replace(stored, **{name: getattr(mine, name) for name in mine_changed})  # type: ignore[type-var]
    return merged, clashes


def shown_value(value: object) -> str:
    """A field's value as staff read it in a conflict (as a merge conflict shows it)."""
    if value is None or value == "":
        return "(kosong)"
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    return " ".join(str(value).split())
