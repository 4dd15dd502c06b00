"""A database's tables as its own catalogue describes them, on a file or a server alike."""

from __future__ import annotations

Columns = dict[str, tuple[bool, bool]]  # column -> (NOT NULL, part of the primary key)


def columns(db, table: str) -> Columns:
    """Each column of `table`, read from SQLite's PRAGMA or PostgreSQL's catalogue."""
    if not db.is_server:
        return {r[1]: (bool(r[3]), bool(r[5]))
                for r in db.handle.execute_sql(f'PRAGMA table_info("{table}")')}
    keys = {r[0] for r in db.execute_sql(
        "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
        "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = ?::regclass AND i.indisprimary",
        (f'"{table}"',))}
    return {name: (nullable == "NO", name in keys) for name, nullable in db.execute_sql(
        "SELECT column_name, is_nullable FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = ?", (table,))}


def foreign_keys(db, table: str) -> set[tuple[str, str, str]]:
    """(column, parent table, ON DELETE action) of each foreign key of `table`."""
    if not db.is_server:
        return {(r[3], r[2], r[6]) for r in db.handle.execute_sql(
            f'PRAGMA foreign_key_list("{table}")')}
    actions = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL",
               "d": "SET DEFAULT"}
    return {(column, parent, actions[action]) for column, parent, action in db.execute_sql(
        "SELECT a.attname, p.relname, c.confdeltype FROM pg_constraint c "
        "JOIN pg_class p ON p.oid = c.confrelid "
        "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
        "WHERE c.contype = 'f' AND c.conrelid = ?::regclass", (f'"{table}"',))}


def tables(db) -> set[str]:
    """The database's own tables (not SQLite's, nor the server's schema record)."""
    if not db.is_server:
        return {n for (n,) in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    from kinerja_desktop.storage.server_schema import META_TABLE
    return {n for (n,) in db.execute_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")} - {META_TABLE}


def triggers(db, prefix: str) -> list[tuple[str, str]]:
    """(trigger, table) of each trigger whose name starts with `prefix`."""
    if not db.is_server:
        return list(db.execute_sql("SELECT name, tbl_name FROM sqlite_master WHERE type = "
                                   "'trigger' AND name LIKE ?", (f"{prefix}%",)))
    return list(db.execute_sql(
        "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace "
        "AND t.tgname LIKE ?", (f"{prefix}%",)))
