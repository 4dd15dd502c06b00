"""The dataset settings (the `setting` table, key → text): the one place that reads and
writes them. What each key means, its type and default are declared in domain/options.py;
services/settings.py reads and writes them by that declaration (merge_repo, by key)."""

from __future__ import annotations

from kinerja_desktop.storage.database import Database, as_tuples
from kinerja_desktop.storage.models import Setting


def find(db: Database, key: str) -> str | None:
    """The value stored under `key`, or None when there is none."""
    value: str | None = db.select(Setting, Setting.value).where(Setting.key == key).scalar()
    return value


def get(db: Database, key: str, default: str = "") -> str:
    """The value stored under `key`, or `default` when there is none."""
    value = find(db, key)
    return default if value is None else value


# `set` as callers read it (settings_repo.set(db, key, value)); this module needs no builtin set.
def set(db: Database, key: str, value: str) -> None:
    """Store `value` under `key`, replacing what was there. SQLite's INSERT OR REPLACE, as
    always there (its history records a new value as "buat"); a server has no such statement
    and updates the row in place (its history records "ubah")."""
    if db.is_server:
        db.execute_sql('INSERT INTO "setting" ("key", "value") VALUES (?, ?) ON CONFLICT '
                       '("key") DO UPDATE SET "value" = EXCLUDED."value"', (key, value))
        return
    db.execute_sql('INSERT OR REPLACE INTO "setting" ("key", "value") VALUES (?, ?)',
                   (key, value))


def update(db: Database, key: str, value: str) -> bool:
    """Change the value of an existing key in place (an UPDATE: the audit history records
    it as a change); False when the key is not there."""
    return bool(db.update(Setting, value=value).where(Setting.key == key).execute())


def delete(db: Database, key: str) -> None:
    db.delete(Setting).where(Setting.key == key).execute()


def items(db: Database) -> dict[str, str]:
    """Every setting, key → value."""
    return dict(as_tuples(db.select(Setting, Setting.key, Setting.value)))


def keep_out_of_history(db: Database, key: str, stand_in: str) -> None:
    """Replace the value of `key` in the audit history's entries (the setting table's trigger
    copies every value there, and a merge carries the history to other PCs): for a secret,
    such as the office's private key. The entries themselves, saying when it was written and
    by whom, stay."""
    if db.is_server:
        for side in ("sebelum", "sesudah"):
            db.execute_sql(
                f"UPDATE \"audit_entry\" SET \"details_json\" = jsonb_set("
                f"\"details_json\"::jsonb, '{{{side},value}}', to_jsonb(?::text))::text "
                f"WHERE \"entity\" = 'setting' AND \"entity_uuid\" = ? "
                f"AND jsonb_exists(\"details_json\"::jsonb -> '{side}', 'value')",
                (stand_in, key))
        return
    for side in ("sebelum", "sesudah"):
        db.execute_sql(
            f"UPDATE \"audit_entry\" SET \"details_json\" = json_set(\"details_json\", "
            f"'$.{side}.value', ?) WHERE \"entity\" = 'setting' AND \"entity_uuid\" = ? "
            f"AND json_type(\"details_json\", '$.{side}.value') IS NOT NULL",
            (stand_in, key))
