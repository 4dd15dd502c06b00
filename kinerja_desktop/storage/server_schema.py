"""The PostgreSQL schema, derived from the one the SQLite migrations build, so that both stores
hold the same tables, columns, keys and checks; plus PostgreSQL's own triggers and indexes.

Derived, not written twice: the latest schema is built in an in-memory SQLite database by
migrations.build_schema, read back through SQLite's PRAGMAs, and written out as PostgreSQL
DDL. What SQLite does with triggers and virtual tables (the audit history, tombstones, the
FTS5 search index) gets its PostgreSQL counterpart here: PL/pgSQL trigger functions and a
pg_trgm GIN index.

Values are stored as the SQLite file stores them, so that a row reads the same from both and
a .kinerja round trip is exact: dates and times as ISO-8601 text (peewee's format), booleans
as 0/1, REAL as DOUBLE PRECISION (PostgreSQL's REAL is a 4-byte float), INTEGER as BIGINT.
"""

from __future__ import annotations

import functools
import re

from peewee import SqliteDatabase

from kinerja_desktop.storage import migrations
from kinerja_desktop.storage.raw_sql import execute_sql

# One row: what PRAGMA application_id and user_version say of a file.
META_TABLE = "kinerja_schema"
# The advisory lock every client takes while it creates or migrates the schema ("KNJD").
SCHEMA_LOCK = migrations.APPLICATION_ID

_TYPES = {"INTEGER": "BIGINT", "REAL": "DOUBLE PRECISION", "FLOAT": "DOUBLE PRECISION",
          "DOUBLE": "DOUBLE PRECISION", "TEXT": "TEXT", "BLOB": "BYTEA",
          # As the file stores them: ISO-8601 text, compared and sorted as text on both.
          "DATE": "TEXT", "DATETIME": "TEXT"}
_ACTIONS = {"CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION"}
# What SQLite calls a time in a trigger, as peewee writes a datetime, on the server's clock.
NOW = "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
# The operator the app set for this session (server.py sets it), else the connected role.
ACTOR = "coalesce(nullif(current_setting('kinerja.actor', true), ''), session_user)"
# Where a committed change is announced (LISTEN/NOTIFY): "<schema> <table> <client token>";
# a channel is the whole database's, and one database may hold several offices' schemas
# (?schema=); the token is the writing program's (server.py sets kinerja.client), so that it
# can skip its own.
CHANGE_CHANNEL = "kinerja_perubahan"
# Tables whose changes nobody needs to hear of: written by the triggers of every change.
_UNANNOUNCED = ("audit_entry", "tombstone")


def q(name: str) -> str:
    """A quoted identifier."""
    return '"' + name.replace('"', '""') + '"'


def _column_type(declared: str) -> str:
    base = declared.upper().split("(")[0].strip()
    if base.startswith("VARCHAR") or base.startswith("CHAR"):
        # SQLite does not enforce a declared length; the server must not refuse what a
        # PC's file holds (a merge would fail half-way on one long name).
        return "TEXT"
    if base not in _TYPES:
        raise ValueError(f"tipe kolom SQLite tanpa padanan PostgreSQL: {declared}")
    return _TYPES[base]


def _column(name: str, kind: str, key: bool, notnull: bool, default: str | None) -> str:
    """A column's definition in a CREATE TABLE (or an ADD COLUMN) on the server."""
    # Text compared and sorted byte by byte, as SQLite's BINARY does, whatever locale the
    # server was installed with: both stores list in the same order.
    line = f"{q(name)} {kind}" + (' COLLATE "C"' if kind == "TEXT" else "")
    if key:
        line += " PRIMARY KEY"
    elif notnull:
        line += " NOT NULL"
    if default is not None:
        line += f" DEFAULT {default}"
    return line


def _added_column(table: str, name: str, declared: str) -> str:
    """A migration's ALTER TABLE … ADD COLUMN (SQLite's declaration) as the server's."""
    found = re.fullmatch(r"(\w+)(?: (NOT NULL))?(?: DEFAULT (.+))?", declared)
    assert found, declared
    return (f"ALTER TABLE {q(table)} ADD COLUMN "
            + _column(name, _column_type(found.group(1)), False, bool(found.group(2)),
                      found.group(3)))


def _checks(sql: str) -> list[str]:
    """The CHECK (…) expressions of a CREATE TABLE, balanced parentheses and all."""
    found = []
    for match in re.finditer(r"\bCHECK\s*\(", sql, re.IGNORECASE):
        depth, start = 1, match.end()
        index = start
        quote = ""
        while depth and index < len(sql):
            char = sql[index]
            if quote:
                quote = "" if char == quote else quote
            elif char in "'\"":
                quote = char
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
            index += 1
        found.append(sql[start:index - 1].strip())
    return found


def _table_ddl(db: SqliteDatabase, table: str, sql: str) -> list[str]:
    columns = execute_sql(db, f"PRAGMA table_info({q(table)})").fetchall()
    keys = [row for row in columns if row[5]]
    lines = []
    for _cid, name, declared, notnull, default, pk in columns:
        kind = _column_type(declared)
        if pk and len(keys) == 1 and name == "id" and kind == "BIGINT":
            # Records' ids: numbered by the server, yet an explicit id (a restore, an import
            # that numbered its rows) is still accepted; storage/server.py moves the counter.
            lines.append(f"{q(name)} BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
            continue
        lines.append(_column(name, kind, pk and len(keys) == 1, notnull, default))
    if len(keys) > 1:
        ordered = sorted(keys, key=lambda row: row[5])
        lines.append("PRIMARY KEY (" + ", ".join(q(row[1]) for row in ordered) + ")")
    for _seq, name, _unique, origin, _partial in execute_sql(
            db, f"PRAGMA index_list({q(table)})").fetchall():
        if origin != "u":
            continue  # only a UNIQUE written in the table; CREATE INDEX ones follow
        cols = [row[2] for row in execute_sql(db, f"PRAGMA index_info({q(name)})").fetchall()]
        if [row[1] for row in keys] != cols:
            lines.append("UNIQUE (" + ", ".join(q(c) for c in cols) + ")")
    references: dict[int, list[tuple[object, ...]]] = {}
    for row in execute_sql(db, f"PRAGMA foreign_key_list({q(table)})").fetchall():
        references.setdefault(row[0], []).append(row)
    for rows in references.values():
        parent = str(rows[0][2])
        mine = ", ".join(q(str(r[3])) for r in rows)
        theirs = ", ".join(q(str(r[4])) for r in rows)
        line = f"FOREIGN KEY ({mine}) REFERENCES {q(parent)} ({theirs})"
        for event, action in (("UPDATE", rows[0][5]), ("DELETE", rows[0][6])):
            if str(action).upper() in _ACTIONS and str(action).upper() != "NO ACTION":
                line += f" ON {event} {str(action).upper()}"
        # Checked at once, as on SQLite; a load of a whole file defers them to its commit
        # (tables in any order), as SQLite's copy runs with foreign keys off.
        line += " DEFERRABLE INITIALLY IMMEDIATE"
        lines.append(line)
    lines += [f"CHECK ({check})" for check in _checks(sql)]
    return [f"CREATE TABLE {q(table)} (\n    " + ",\n    ".join(lines) + ")"]


def _index_ddl(sql: str) -> str:
    """A CREATE INDEX of the SQLite schema for PostgreSQL: NOCASE becomes lower()."""
    return re.sub(r'("[^"]+")\s+COLLATE\s+NOCASE', r"lower(\1)", sql, flags=re.IGNORECASE)


def _audit_sql(table: str, key: str, label: str,
               columns: tuple[migrations.AuditColumn, ...]) -> list[str]:
    """The PL/pgSQL counterpart of migrations.audit_trigger_sql: the same history row."""
    def row_json(r: str) -> str:
        parts = []
        for column in columns:
            name, expr = (column if isinstance(column, tuple) else (column, f'{{r}}."{column}"'))
            parts.append(f"'{name}', {expr.format(r=r)}")
        return f"json_build_object({', '.join(parts)})"

    compared = [c[0] if isinstance(c, tuple) else c for c in columns]
    function = q(f"audit_{table}")
    body = []
    for event, action, r in (("INSERT", "buat", "NEW"), ("UPDATE", "ubah", "NEW"),
                             ("DELETE", "hapus", "OLD")):
        before = "NULL" if event == "INSERT" else row_json("OLD")
        after = "NULL" if event == "DELETE" else row_json("NEW")
        body.append(
            f"IF TG_OP = '{event}' THEN\n"
            f'  INSERT INTO "audit_entry" ("uuid", "created_at", "modified_at", "actor", '
            f'"action", "entity", "entity_uuid", "summary", "details_json")\n'
            f"  VALUES (gen_random_uuid()::text, t, t, {ACTOR}, '{action}', '{table}', "
            f'{r}."{key}", coalesce(substr({label.format(r=r)}, 1, 200), \'\'), '
            f"json_build_object('tabel', '{table}', 'sebelum', {before}, "
            f"'sesudah', {after})::text);\n"
            f"END IF;")
    changed = " OR ".join(f'OLD."{c}" IS DISTINCT FROM NEW."{c}"' for c in compared)
    return [
        f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"DECLARE t text := {NOW};\nBEGIN\n" + "\n".join(body) + "\nRETURN NULL;\nEND $$",
        f'CREATE TRIGGER "audit_{table}_insert" AFTER INSERT ON {q(table)} '
        f"FOR EACH ROW EXECUTE FUNCTION {function}()",
        # A save that changes nothing (or only modified_at) is no change, as on SQLite.
        f'CREATE TRIGGER "audit_{table}_update" AFTER UPDATE ON {q(table)} '
        f"FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION {function}()",
        f'CREATE TRIGGER "audit_{table}_delete" AFTER DELETE ON {q(table)} '
        f"FOR EACH ROW EXECUTE FUNCTION {function}()",
    ]


_TOMBSTONE_FUNCTIONS = [
    # A deleted record's UUID, table and time, for merges (migration 6's triggers).
    f'''CREATE FUNCTION "tombstone_write"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "tombstone" ("uuid", "entity", "deleted_at") VALUES (OLD."uuid", TG_TABLE_NAME,
    {NOW})
  ON CONFLICT ("uuid") DO UPDATE SET "entity" = EXCLUDED."entity",
    "deleted_at" = EXCLUDED."deleted_at";
  RETURN NULL;
END $$''',
    '''CREATE FUNCTION "tombstone_clear"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "tombstone" WHERE "uuid" = NEW."uuid";
  RETURN NULL;
END $$''',
]


# The server's clock, not the PC's, dates a change: two PCs whose clocks disagree would
# otherwise order one record's changes wrongly. An insert is dated; an update only when it
# dates itself (sets modified_at, as every edit does: a reordering that only moves positions
# keeps it, as on a file). Database.client_times keeps what the client gives: a deleted
# record put back by undo, demo data told as it happened in 2019.
_SERVER_TIME_FUNCTION = f'''CREATE FUNCTION "server_time"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('kinerja.client_times', true), '') = 'on' THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    NEW."modified_at" := {NOW};
    NEW."created_at" := NEW."modified_at";
  ELSIF NEW."modified_at" IS DISTINCT FROM OLD."modified_at" THEN
    NEW."modified_at" := {NOW};
  END IF;
  RETURN NEW;
END $$'''

# Once per statement, not per row (an import of 100,000 rows says it once); PostgreSQL
# delivers it at the commit, and only then.
_ANNOUNCE_FUNCTION = f'''CREATE FUNCTION "announce_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('{CHANGE_CHANNEL}', TG_TABLE_SCHEMA || ' ' || TG_TABLE_NAME || ' '
                    || coalesce(current_setting('kinerja.client', true), ''));
  RETURN NULL;
END $$'''


def _server_time_sql(table: str) -> str:
    return (f'CREATE TRIGGER "server_time_{table}" BEFORE INSERT OR UPDATE ON {q(table)} '
            f'FOR EACH ROW EXECUTE FUNCTION "server_time"()')


def _announce_sql(table: str) -> str:
    return (f'CREATE TRIGGER "announce_{table}" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE '
            f'ON {q(table)} FOR EACH STATEMENT EXECUTE FUNCTION "announce_change"()')


def _tombstone_sql(table: str) -> list[str]:
    return [f'CREATE TRIGGER "tombstone_{table}_delete" AFTER DELETE ON {q(table)} '
            f'FOR EACH ROW EXECUTE FUNCTION "tombstone_write"()',
            f'CREATE TRIGGER "tombstone_{table}_insert" AFTER INSERT ON {q(table)} '
            f'FOR EACH ROW EXECUTE FUNCTION "tombstone_clear"()']


# The statements that bring a server's schema from version n - 1 to n, by n: what
# migrations.py does to a file, for a server (storage/server.upgrade_schema runs them under
# the schema lock, after the caller's export). Version 8 is the first schema a server was
# given; the server tests hold that every later version has its steps here, and that a
# server brought up by them has the schema a new server is given.
SERVER_STEPS: dict[int, tuple[str, ...]] = {
    # The search table's own copy of the name's sort key and the filters (a search without
    # a join), filled for the rows already there; then planned with what they hold.
    9: (*(_added_column("roster_search", name, declared)
          for name, declared in migrations.SEARCH_COLUMNS_9),
        *migrations.SEARCH_FILL_9, 'ANALYZE "roster_search"'),
}
FIRST_SERVER_VERSION = 8


@functools.cache
def schema_statements() -> tuple[str, ...]:
    """Every statement that creates the latest schema in an empty PostgreSQL schema."""
    sqlite = SqliteDatabase(":memory:")
    sqlite.register_function(lambda: "", "kinerja_actor", 0)
    token = migrations.SEARCH_WITH_FTS.set(False)  # a plain search table: pg_trgm indexes it
    try:
        migrations.build_schema(sqlite, migrations.LATEST_VERSION)
        entries = execute_sql(sqlite, "SELECT type, name, tbl_name, sql FROM sqlite_master "
                                      "WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
        statements: list[str] = []
        timed: list[str] = []
        tables: list[str] = []
        for kind, name, _table, sql in entries:
            if kind == "table":
                statements += _table_ddl(sqlite, name, sql)
                tables.append(name)
                names = {row[1] for row in execute_sql(sqlite, f"PRAGMA table_info({q(name)})")}
                if {"created_at", "modified_at"} <= names and name not in _UNANNOUNCED:
                    timed.append(name)
        for kind, _name, _table, sql in entries:
            if kind == "index":
                statements.append(_index_ddl(sql))
    finally:
        migrations.SEARCH_WITH_FTS.reset(token)
        sqlite.close()
    # Substring search (three letters or more) and word starts (one or two) both match on
    # ' ' || search_text, which one trigram index answers.
    statements.append('CREATE INDEX "roster_search_trigram" ON "roster_search" '
                      "USING gin ((' ' || \"search_text\") gin_trgm_ops)")
    statements += _TOMBSTONE_FUNCTIONS
    for table in migrations.TOMBSTONED_6:
        statements += _tombstone_sql(table)
    for table, key, label, columns in migrations.AUDITED:
        statements += _audit_sql(table, key, label, columns)
    statements.append(_SERVER_TIME_FUNCTION)
    statements += [_server_time_sql(table) for table in timed]
    statements.append(_ANNOUNCE_FUNCTION)
    statements += [_announce_sql(table) for table in tables if table not in _UNANNOUNCED]
    statements += [
        f'CREATE TABLE {q(META_TABLE)} ("application_id" BIGINT NOT NULL, '
        f'"version" BIGINT NOT NULL)',
        f"INSERT INTO {q(META_TABLE)} VALUES ({migrations.APPLICATION_ID}, "
        f"{migrations.LATEST_VERSION})",
        f'INSERT INTO "dataset" ("id", "created_at") '
        f"VALUES (replace(gen_random_uuid()::text, '-', ''), {NOW})",
    ]
    return tuple(statements)
