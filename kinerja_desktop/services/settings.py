"""The dataset's settings (the database's `setting` table), read and written by their
declarations in domain/options.py, and upgraded once when the app or the CLI opens a database.

Kept light (no document builder, no ReportLab): the start-up reads settings through it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from kinerja_desktop.domain.option_upgrades import DATASET_UPGRADES, Registered, Upgrades
from kinerja_desktop.domain.options import OFFICE_KEY, OPTIONS, Option, Store
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.storage import settings_repo
from kinerja_desktop.storage.database import Database

T = TypeVar("T")


def _dataset(option: Option[T]) -> Option[T]:
    if option.store is not Store.DATASET:
        raise ValueError(f"{option.key!r} is kept in settings.ini, not in the database")
    return option


def get(db: Database, option: Option[T]) -> T:
    """The option's value in this database (its default when not stored)."""
    return option.read(settings_repo.find(db, _dataset(option).key))


# `set` as callers read it (settings.set(db, PAPER, "F4")); this module needs no builtin set.
def set(db: Database, option: Option[T], value: T) -> None:
    """Store the option's value (checked and normalised by its declaration), in the caller's
    transaction; ValueError for a value it does not allow (callers validate first); KinerjaError
    for an office setting changed by someone other than a shared server's administrator."""
    _may_change(db, option)
    settings_repo.set(db, _dataset(option).key, option.to_text(value))


def stored(db: Database) -> frozenset[str]:
    """The keys of the options stored in this database (the demo records those it added)."""
    return frozenset(key for key in settings_repo.items(db) if key in OPTIONS)


def keep_out_of_history(db: Database, option: Option[T], stand_in: str) -> None:
    """Replace a secret option's value (the office's private key) in the audit history, which
    the setting table's trigger fills and a merge carries to other PCs."""
    settings_repo.keep_out_of_history(db, _dataset(option).key, stand_in)


def clear(db: Database, option: Option[T]) -> None:
    """Remove the stored value, so that the option reads as its default again."""
    _may_change(db, option)
    settings_repo.delete(db, _dataset(option).key)


# The office's signing key is made at the first print by whoever prints first (a server
# filled from an old backup may have none); replacing or removing it is the administrator's.
MADE_BY_ANYONE = (OFFICE_KEY.key,)


def _may_change(db: Database, option: Option[T]) -> None:
    """Refuse, in words, an office setting changed by an operator of a shared server (the
    window greys the dialogs out, but the commands reach here; the server's own trigger,
    set up by server-roles, refuses any other way in)."""
    if not (option.office and db.is_server):
        return
    if option.key in MADE_BY_ANYONE and settings_repo.find(db, option.key) is None:
        return
    from kinerja_desktop.services.shared_server import LABELS, may_administer
    if not may_administer(db):
        raise KinerjaError(
            f"Pengaturan kantor ('{option.key}') hanya dapat diubah oleh administrator server; "
            f"akun Anda adalah {LABELS.get(db.role, db.role)}. Minta administrator "
            f"mengubahnya.")


class _DatasetStore:
    """The setting table as domain/option_upgrades.py sees a store."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def text(self, key: str) -> str | None:
        return settings_repo.find(self.db, key)

    def write(self, changes: Mapping[str, str | None]) -> None:
        with self.db.atomic():
            for key, value in changes.items():
                if value is None:
                    settings_repo.delete(self.db, key)
                # An UPDATE where the key exists: the audit history shows a change of it.
                elif not settings_repo.update(self.db, key, value):
                    settings_repo.set(self.db, key, value)


def upgrade(db: Database, upgrades: Upgrades = DATASET_UPGRADES) -> list[Registered]:
    """Bring this database's settings to the app's settings version (the steps it lacked, in
    one transaction: a failing step writes nothing); the steps run. A database of a newer
    settings version is left as it is."""
    with db.atomic():
        return upgrades.run(_DatasetStore(db))
