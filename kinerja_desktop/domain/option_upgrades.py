"""The settings' upgrade steps, registered per version for each store, and what runs them.

As in MusicBrainz Picard (picard/config_upgrade.py): each store keeps the version of its
settings (options.PC_VERSION in settings.ini, options.DATASET_VERSION in the database), and
every step that brings a store to a version is registered under that version. When a store is
opened, the steps above its version run in order, each seeing what the ones before it wrote;
only when all have run are their changes (with the new version) handed to the store, to write
at once: a step that fails leaves the store as it was, and it is tried again next time. A
store of a newer version than these steps know (a newer app wrote it) is left alone, never
downgraded.

To change what a stored setting means: declare it anew in options.py, then register here a
step under the next version that converts what older versions left (and say so in its
docstring, the step's one-line description).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from kinerja_desktop.domain.options import (ADDRESS, AGENCY, DATASET_VERSION, GOVERNMENT,
                                            LANGUAGE, OPERATOR, PAPER, PC_VERSION, PLACE,
                                            IntOption, Option, Store)

T = TypeVar("T")


class SettingsStore(Protocol):
    """A store as the upgrade sees it: settings as text by key."""

    def text(self, key: str) -> str | None:
        """The stored text, or None when the key is not there."""

    def write(self, changes: Mapping[str, str | None]) -> None:
        """Write every change at once (None removes the key), or nothing."""


class Staged:
    """What a step works on: the store with the changes of this run on top of it."""

    def __init__(self, store: SettingsStore, kind: Store) -> None:
        self._store = store
        self.kind = kind
        self.changes: dict[str, str | None] = {}

    def text(self, key: str) -> str | None:
        return self.changes[key] if key in self.changes else self._store.text(key)

    def set_text(self, key: str, value: str) -> None:
        self.changes[key] = value

    def remove(self, key: str) -> None:
        self.changes[key] = None

    def get(self, option: Option[T]) -> T:
        return option.read(self.text(self._own(option).key))

    def set(self, option: Option[T], value: T) -> None:
        self.set_text(self._own(option).key, option.to_text(value))

    def normalise(self, *options: Option[Any]) -> None:
        """Store each option's stored value as its declaration reads it (an unknown choice
        as the default, stray whitespace cleaned); an option not stored stays unstored."""
        for option in options:
            text = self.text(self._own(option).key)
            if text is not None:
                normal = option.to_text(option.read(text))
                if normal != text:
                    self.set_text(option.key, normal)

    def _own(self, option: Option[T]) -> Option[T]:
        if option.store is not self.kind:
            raise ValueError(f"{option.key!r} is not kept in {self.kind.value}")
        return option


Step = Callable[[Staged], None]


@dataclass(frozen=True)
class Registered:
    version: int
    run: Step

    @property
    def description(self) -> str:
        """The first line of the step's docstring."""
        return (self.run.__doc__ or self.run.__name__).strip().splitlines()[0]


class Upgrades:
    """The ordered steps of one store, each registered under the version it brings it to."""

    def __init__(self, version: IntOption) -> None:
        self.version = version
        self._steps: dict[int, Registered] = {}

    def step(self, version: int) -> Callable[[Step], Step]:
        """Decorator: register a step bringing the store to `version` (one step a version)."""
        if version < 1 or version in self._steps:
            raise ValueError(f"{self.version.key}: no room for a step to version {version}")

        def register(run: Step) -> Step:
            self._steps[version] = Registered(version, run)
            return run
        return register

    @property
    def latest(self) -> int:
        """The version these steps bring a store to (0: no steps)."""
        return max(self._steps, default=0)

    def steps(self) -> list[Registered]:
        return [self._steps[v] for v in sorted(self._steps)]

    def stored_version(self, store: SettingsStore) -> int:
        return self.version.read(store.text(self.version.key))

    def run(self, store: SettingsStore) -> list[Registered]:
        """Run the steps above the store's version, then write their changes and the new
        version at once; the steps run (none for a store at or beyond the latest version).
        A step's exception comes out of here with nothing written."""
        current = self.stored_version(store)
        if current >= self.latest:
            return []
        staged = Staged(store, self.version.store)
        done = []
        for registered in self.steps():
            if registered.version > current:
                registered.run(staged)
                staged.set(self.version, registered.version)
                done.append(registered)
        store.write(staged.changes)
        return done


PC_UPGRADES = Upgrades(PC_VERSION)
DATASET_UPGRADES = Upgrades(DATASET_VERSION)


@PC_UPGRADES.step(1)
def pc_version_1(store: Staged) -> None:
    """Version 1: a language other than id/en becomes id; the operator's name loses stray
    whitespace (what versions before the registry could leave in settings.ini)."""
    store.normalise(LANGUAGE, OPERATOR)


@DATASET_UPGRADES.step(1)
def dataset_version_1(store: Staged) -> None:
    """Version 1: an unknown paper size becomes A4; the letterhead's lines and the place lose
    stray whitespace (what versions before the registry could leave in a database)."""
    store.normalise(PAPER, GOVERNMENT, AGENCY, ADDRESS, PLACE)
