"""Ordered schema migrations keyed on PRAGMA user_version; the first creates the schema.

Each migration is frozen SQL (or migrator operations) so that later changes to models.py never
change what an old migration does. Append, never edit.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING
from collections.abc import Callable

from peewee import SqliteDatabase

from kinerja_desktop.storage.raw_sql import execute_sql

if TYPE_CHECKING:  # imported when a migration runs: most starts have none to run
    from playhouse.migrate import SqliteMigrator

# PRAGMA application_id marks our files: "KNJD" as a big-endian 32-bit integer.
APPLICATION_ID = 0x4B4E4A44

_RECORD = """
    "id" INTEGER NOT NULL PRIMARY KEY,
    "uuid" VARCHAR(36) NOT NULL UNIQUE,
    "created_at" DATETIME NOT NULL,
    "modified_at" DATETIME NOT NULL"""

SCHEMA_1 = [
    'CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    f'''CREATE TABLE "unit" ({_RECORD},
    "name" VARCHAR(255) NOT NULL,
    "short_name" VARCHAR(255) NOT NULL DEFAULT '',
    "kind" VARCHAR(255) NOT NULL DEFAULT 'dinas')''',
    'CREATE UNIQUE INDEX "unit_name" ON "unit" ("name" COLLATE NOCASE)',
    f'''CREATE TABLE "official" ({_RECORD},
    "nip" VARCHAR(18) NOT NULL UNIQUE,
    "name" VARCHAR(255) NOT NULL,
    "front_title" VARCHAR(255) NOT NULL DEFAULT '',
    "back_title" VARCHAR(255) NOT NULL DEFAULT '',
    "rank" VARCHAR(8),
    "sex" VARCHAR(1) NOT NULL,
    "birth_date" DATE NOT NULL,
    "active" INTEGER NOT NULL DEFAULT 1)''',
    f'''CREATE TABLE "signatory" ({_RECORD},
    "name" VARCHAR(255) NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "role" VARCHAR(32) NOT NULL DEFAULT 'lainnya',
    "nip" VARCHAR(18),
    "rank" VARCHAR(8),
    "active" INTEGER NOT NULL DEFAULT 1)''',
    f'''CREATE TABLE "inauguration" ({_RECORD},
    "date" DATE NOT NULL,
    "place" VARCHAR(255) NOT NULL,
    "inaugurating_signatory_id" INTEGER
        REFERENCES "signatory" ("id") ON DELETE SET NULL,
    "inaugurated_by" VARCHAR(255) NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '')''',
    'CREATE INDEX "inauguration_signatory" ON "inauguration" ("inaugurating_signatory_id")',
    f'''CREATE TABLE "appointment" ({_RECORD},
    "official_id" INTEGER NOT NULL REFERENCES "official" ("id") ON DELETE CASCADE,
    "post_title" VARCHAR(255) NOT NULL,
    "unit_id" INTEGER NOT NULL REFERENCES "unit" ("id") ON DELETE RESTRICT,
    "eselon" VARCHAR(8),
    "filling" VARCHAR(32),
    "decree_number" VARCHAR(255) NOT NULL DEFAULT '',
    "decree_date" DATE,
    "start_date" DATE,
    "end_date" DATE,
    "previous_post" VARCHAR(255) NOT NULL DEFAULT '',
    "inauguration_id" INTEGER REFERENCES "inauguration" ("id") ON DELETE SET NULL,
    CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"))''',
    'CREATE INDEX "appointment_official" ON "appointment" ("official_id")',
    'CREATE INDEX "appointment_unit" ON "appointment" ("unit_id")',
    'CREATE INDEX "appointment_inauguration" ON "appointment" ("inauguration_id")',
    # Derived tables (rebuildable from the ones above): the roster list and its search index.
    '''CREATE TABLE "roster_entry" (
    "official_id" INTEGER NOT NULL PRIMARY KEY REFERENCES "official" ("id") ON DELETE CASCADE,
    "name_sort" VARCHAR(255) NOT NULL,
    "nip" VARCHAR(18) NOT NULL,
    "full_name" VARCHAR(255) NOT NULL,
    "rank" VARCHAR(8) NOT NULL DEFAULT '',
    "post" VARCHAR(255) NOT NULL DEFAULT '',
    "unit_id" INTEGER,
    "unit_name" VARCHAR(255) NOT NULL DEFAULT '',
    "unit_short" VARCHAR(255) NOT NULL DEFAULT '',
    "eselon" VARCHAR(8) NOT NULL DEFAULT '',
    "filling" VARCHAR(32) NOT NULL DEFAULT '',
    "start_date" DATE,
    "active" INTEGER NOT NULL,
    "appointment_id" INTEGER)''',
    # Most lists show active officials in some column's order: (active, column) serves both
    # the filter and the order without touching each row.
    'CREATE INDEX "roster_entry_name" ON "roster_entry" ("active", "name_sort")',
    'CREATE INDEX "roster_entry_nip" ON "roster_entry" ("nip")',
    'CREATE INDEX "roster_entry_active_nip" ON "roster_entry" ("active", "nip")',
    'CREATE INDEX "roster_entry_post" ON "roster_entry" ("active", "post")',
    'CREATE INDEX "roster_entry_unit_name" ON "roster_entry" ("active", "unit_name")',
    'CREATE INDEX "roster_entry_unit_id" ON "roster_entry" ("unit_id")',
    'CREATE INDEX "roster_entry_eselon" ON "roster_entry" ("active", "eselon")',
    'CREATE INDEX "roster_entry_rank" ON "roster_entry" ("active", "rank")',
    'CREATE INDEX "roster_entry_filling" ON "roster_entry" ("active", "filling")',
    'CREATE INDEX "roster_entry_start" ON "roster_entry" ("active", "start_date")',
]

# Substring search: an FTS5 trigram index where SQLite has it (3.34+ with FTS5, as in the
# CPython builds for Windows), otherwise a plain table scanned with LIKE.
FTS_SEARCH_TABLE = ('CREATE VIRTUAL TABLE "roster_search" USING fts5('
                    'search_text, tokenize="trigram")')
PLAIN_SEARCH_TABLE = ('CREATE TABLE "roster_search" ("rowid" INTEGER PRIMARY KEY, '
                      '"search_text" TEXT NOT NULL)')
# Whole words for one- and two-character terms ("kh" of Jajang KH, "pp" of Satpol PP), where a
# substring would match nearly everyone: word-prefix queries answered from prefix indexes.
FTS_WORDS_TABLE = ('CREATE VIRTUAL TABLE "roster_words" USING fts5('
                   'search_text, tokenize="unicode61 remove_diacritics 2", prefix="1 2", '
                   'content="roster_search", content_rowid="rowid")')


def fts5_trigram_available(db: SqliteDatabase) -> bool:
    try:
        execute_sql(db, 'CREATE VIRTUAL TABLE temp."_probe" USING fts5(x, tokenize="trigram")')
        execute_sql(db, 'DROP TABLE temp."_probe"')
        return True
    except Exception:  # noqa: BLE001 - any failure means "not available"
        return False


# Which search tables a schema built now gets: None asks SQLite (the normal case); True or
# False builds the other PCs' variant, to know the schema a file from such a PC must have.
SEARCH_WITH_FTS: ContextVar[bool | None] = ContextVar("SEARCH_WITH_FTS", default=None)


def _create_schema(db: SqliteDatabase, migrator: SqliteMigrator) -> None:
    # Marked as ours in the same transaction: a half-created file is never taken for ours.
    execute_sql(db, f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in SCHEMA_1:
        execute_sql(db, statement)
    wanted = SEARCH_WITH_FTS.get()
    if fts5_trigram_available(db) if wanted is None else wanted:
        execute_sql(db, FTS_SEARCH_TABLE)
        execute_sql(db, FTS_WORDS_TABLE)
    else:
        execute_sql(db, PLAIN_SEARCH_TABLE)

# Version 2: programs of targets, their progress and evidence, and the lists they draw on.
SCHEMA_2 = [
    f'''CREATE TABLE "development_priority" ({_RECORD},
    "code" VARCHAR(20) NOT NULL DEFAULT '',
    "title" VARCHAR(255) NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" INTEGER NOT NULL DEFAULT 1)''',
    # RESTRICT: a post with a program cannot vanish with the program's history; the services
    # say so before SQLite has to.
    f'''CREATE TABLE "program" ({_RECORD},
    "appointment_id" INTEGER NOT NULL REFERENCES "appointment" ("id") ON DELETE RESTRICT,
    "kind" VARCHAR(16) NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "scheme" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL DEFAULT 'draft',
    "title" VARCHAR(255) NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    CHECK ("end_date" >= "start_date"),
    CHECK ("status" IN ('draft', 'disepakati', 'dievaluasi', 'ditutup')))''',
    # One program of a kind per post and start day: creating the 100-day programs of an
    # inauguration twice finds the first ones.
    'CREATE UNIQUE INDEX "program_appointment" ON "program" '
    '("appointment_id", "kind", "start_date")',
    f'''CREATE TABLE "program_status_change" ({_RECORD},
    "program_id" INTEGER NOT NULL REFERENCES "program" ("id") ON DELETE CASCADE,
    "from_status" VARCHAR(16) NOT NULL,
    "to_status" VARCHAR(16) NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '')''',
    'CREATE INDEX "program_status_change_program" ON "program_status_change" ("program_id")',
    # Weights are kept in hundredths of a percent: exact sums, so "total exactly 100" holds.
    f'''CREATE TABLE "target" ({_RECORD},
    "program_id" INTEGER NOT NULL REFERENCES "program" ("id") ON DELETE CASCADE,
    "position" INTEGER NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "indicator" TEXT NOT NULL DEFAULT '',
    "measure" VARCHAR(16) NOT NULL DEFAULT 'angka',
    "target_value" REAL,
    "unit" VARCHAR(30) NOT NULL DEFAULT '',
    "weight_bp" INTEGER NOT NULL DEFAULT 0,
    "priority" VARCHAR(16) NOT NULL DEFAULT 'sedang',
    "due_date" DATE,
    "priority_link_id" INTEGER REFERENCES "development_priority" ("id") ON DELETE SET NULL,
    "evidence_expected" TEXT NOT NULL DEFAULT '',
    CHECK ("weight_bp" BETWEEN 0 AND 10000))''',
    'CREATE INDEX "target_program" ON "target" ("program_id", "position")',
    'CREATE INDEX "target_priority_link" ON "target" ("priority_link_id")',
    f'''CREATE TABLE "progress_update" ({_RECORD},
    "target_id" INTEGER NOT NULL REFERENCES "target" ("id") ON DELETE CASCADE,
    "date" DATE NOT NULL,
    "realised" REAL NOT NULL,
    "note" TEXT NOT NULL DEFAULT '')''',
    'CREATE INDEX "progress_update_target" ON "progress_update" ("target_id", "date")',
    # Evidence lives in the database so that one file (and its USB backup) carries everything.
    f'''CREATE TABLE "attachment" ({_RECORD},
    "progress_id" INTEGER NOT NULL REFERENCES "progress_update" ("id") ON DELETE CASCADE,
    "filename" VARCHAR(255) NOT NULL,
    "mime_type" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "content" BLOB NOT NULL)''',
    'CREATE INDEX "attachment_progress" ON "attachment" ("progress_id")',
    f'''CREATE TABLE "target_template" ({_RECORD},
    "name" VARCHAR(255) NOT NULL,
    "targets_json" TEXT NOT NULL)''',
    'CREATE UNIQUE INDEX "target_template_name" ON "target_template" ("name" COLLATE NOCASE)',
]


def _add_programs(db: SqliteDatabase, migrator: SqliteMigrator) -> None:
    for statement in SCHEMA_2:
        execute_sql(db, statement)


# Version 3: evaluations (their wizard content as JSON, sealed by a hash when final) and the
# audit history of who did what.
SCHEMA_3 = [
    f'''CREATE TABLE "evaluation" ({_RECORD},
    "program_id" INTEGER NOT NULL REFERENCES "program" ("id") ON DELETE RESTRICT,
    "date" DATE NOT NULL,
    "scheme" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL DEFAULT 'draft',
    "revision_of_id" INTEGER REFERENCES "evaluation" ("id") ON DELETE RESTRICT,
    "revision_reason" TEXT NOT NULL DEFAULT '',
    "content_json" TEXT NOT NULL,
    "score" VARCHAR(16),
    "predicate" VARCHAR(64) NOT NULL DEFAULT '',
    "content_hash" VARCHAR(64) NOT NULL DEFAULT '',
    "finalised_at" DATETIME,
    CHECK ("status" IN ('draft', 'final')))''',
    'CREATE INDEX "evaluation_program" ON "evaluation" ("program_id", "date")',
    'CREATE INDEX "evaluation_revision_of" ON "evaluation" ("revision_of_id")',
    f'''CREATE TABLE "audit_entry" ({_RECORD},
    "actor" VARCHAR(255) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "entity" VARCHAR(32) NOT NULL,
    "entity_uuid" VARCHAR(36) NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "details_json" TEXT NOT NULL DEFAULT '{{}}')''',
    'CREATE INDEX "audit_entry_entity" ON "audit_entry" ("entity_uuid", "created_at")',
]


def _add_evaluations(db: SqliteDatabase, migrator: SqliteMigrator) -> None:
    for statement in SCHEMA_3:
        execute_sql(db, statement)


# Version 4: handovers (berita acara serah terima jabatan) with their memo tables, the
# registry of printed documents (verification codes), and scanned signatures.
SCHEMA_4 = [
    f'''CREATE TABLE "handover" ({_RECORD},
    "date" DATE NOT NULL,
    "number" VARCHAR(100) NOT NULL DEFAULT '',
    "place" VARCHAR(255) NOT NULL DEFAULT '',
    "decree_number" VARCHAR(255) NOT NULL DEFAULT '',
    "decree_date" DATE,
    "post_title" VARCHAR(255) NOT NULL,
    "unit_id" INTEGER NOT NULL REFERENCES "unit" ("id") ON DELETE RESTRICT,
    "outgoing_official_id" INTEGER NOT NULL REFERENCES "official" ("id") ON DELETE RESTRICT,
    "outgoing_appointment_id" INTEGER REFERENCES "appointment" ("id") ON DELETE SET NULL,
    "incoming_official_id" INTEGER NOT NULL REFERENCES "official" ("id") ON DELETE RESTRICT,
    "incoming_appointment_id" INTEGER REFERENCES "appointment" ("id") ON DELETE SET NULL,
    "witnesses_json" TEXT NOT NULL DEFAULT '[]',
    "programs" TEXT NOT NULL DEFAULT '',
    "problems" TEXT NOT NULL DEFAULT '',
    "recommendations" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    CHECK ("outgoing_official_id" != "incoming_official_id"))''',
    'CREATE INDEX "handover_outgoing" ON "handover" ("outgoing_official_id")',
    'CREATE INDEX "handover_incoming" ON "handover" ("incoming_official_id")',
    'CREATE INDEX "handover_unit" ON "handover" ("unit_id")',
    'CREATE INDEX "handover_outgoing_appointment" ON "handover" ("outgoing_appointment_id")',
    'CREATE INDEX "handover_incoming_appointment" ON "handover" ("incoming_appointment_id")',
    # One table for the memo's lists: staff, assets, documents, activities under way.
    f'''CREATE TABLE "handover_item" ({_RECORD},
    "handover_id" INTEGER NOT NULL REFERENCES "handover" ("id") ON DELETE CASCADE,
    "section" VARCHAR(16) NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "quantity" VARCHAR(50) NOT NULL DEFAULT '',
    "condition" VARCHAR(100) NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    CHECK ("section" IN ('kegiatan', 'pegawai', 'aset', 'dokumen')))''',
    'CREATE INDEX "handover_item_handover" ON "handover_item" '
    '("handover_id", "section", "position")',
    f'''CREATE TABLE "printed_document" ({_RECORD},
    "kind" VARCHAR(16) NOT NULL,
    "subject_uuid" VARCHAR(36) NOT NULL,
    "code" VARCHAR(9) NOT NULL UNIQUE,
    "content_hash" VARCHAR(64) NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "paper" VARCHAR(4) NOT NULL DEFAULT 'A4')''',
    'CREATE INDEX "printed_document_subject" ON "printed_document" ("subject_uuid", "created_at")',
    'ALTER TABLE "signatory" ADD COLUMN "signature_png" BLOB',
]


def _add_documents(db: SqliteDatabase, migrator: SqliteMigrator) -> None:
    for statement in SCHEMA_4:
        execute_sql(db, statement)


# Version 5: the audit history of the data. Triggers on every user-data table write one
# audit_entry per inserted, changed or deleted row: when (UTC, as peewee writes datetimes),
# who (kinerja_actor(), an SQL function storage/database.py registers on every connection),
# which table and record, and the row before and after as JSON. Derived tables (roster_entry,
# roster_search*) and audit_entry itself are not audited, so the triggers never recurse.
# The tables and columns are written out here, frozen: a later column needs a later migration
# that drops and recreates that table's triggers (and so does a table rebuild).
# Each entry: (table, record key column, label expression for the summary, columns); a column
# given as (name, expression) records the expression ({r} = OLD or NEW) instead of the value.
AuditColumn = str | tuple[str, str]  # a column, or (name, expression)
AUDITED_5: list[tuple[str, str, str, tuple[AuditColumn, ...]]] = [
    ("setting", "key", "{r}.\"key\"", ("key", "value")),
    ("unit", "uuid", "{r}.\"name\"", ("name", "short_name", "kind")),
    ("official", "uuid", "{r}.\"name\" || ' (' || {r}.\"nip\" || ')'",
     ("nip", "name", "front_title", "back_title", "rank", "sex", "birth_date", "active")),
    ("signatory", "uuid", "{r}.\"name\"",
     ("name", "title", "role", "nip", "rank", "active",
      ("signature_png", "length({r}.\"signature_png\")"))),
    ("inauguration", "uuid", "{r}.\"date\" || ', ' || {r}.\"place\"",
     ("date", "place", "inaugurating_signatory_id", "inaugurated_by", "note")),
    ("appointment", "uuid", "{r}.\"post_title\"",
     ("official_id", "post_title", "unit_id", "eselon", "filling", "decree_number",
      "decree_date", "start_date", "end_date", "previous_post", "inauguration_id")),
    ("development_priority", "uuid", "{r}.\"title\"", ("code", "title", "position", "active")),
    ("program", "uuid", "{r}.\"kind\" || ' ' || {r}.\"start_date\" || ' ' || {r}.\"title\"",
     ("appointment_id", "kind", "start_date", "end_date", "scheme", "status", "title", "note")),
    ("program_status_change", "uuid", "{r}.\"from_status\" || ' → ' || {r}.\"to_status\"",
     ("program_id", "from_status", "to_status", "reason")),
    ("target", "uuid", "{r}.\"title\"",
     ("program_id", "position", "kind", "title", "description", "indicator", "measure",
      "target_value", "unit", "weight_bp", "priority", "due_date", "priority_link_id",
      "evidence_expected")),
    ("progress_update", "uuid", "{r}.\"date\" || ': ' || {r}.\"realised\"",
     ("target_id", "date", "realised", "note")),
    # The file itself is not copied into the history: its name, size and hash identify it.
    ("attachment", "uuid", "{r}.\"filename\"",
     ("progress_id", "filename", "mime_type", "size", "sha256")),
    ("target_template", "uuid", "{r}.\"name\"", ("name", "targets_json")),
    ("evaluation", "uuid", "{r}.\"date\" || ' (' || {r}.\"status\" || ')'",
     ("program_id", "date", "scheme", "status", "revision_of_id", "revision_reason",
      "content_json", "score", "predicate", "content_hash", "finalised_at")),
    ("handover", "uuid", "{r}.\"post_title\" || ', ' || {r}.\"date\"",
     ("date", "number", "place", "decree_number", "decree_date", "post_title", "unit_id",
      "outgoing_official_id", "outgoing_appointment_id", "incoming_official_id",
      "incoming_appointment_id", "witnesses_json", "programs", "problems", "recommendations",
      "notes")),
    ("handover_item", "uuid", "{r}.\"section\" || ': ' || {r}.\"name\"",
     ("handover_id", "section", "position", "name", "quantity", "condition", "note")),
    ("printed_document", "uuid", "{r}.\"title\" || ' [' || {r}.\"code\" || ']'",
     ("kind", "subject_uuid", "code", "content_hash", "title", "paper")),
]

# A version-4 UUID from 16 random bytes, and the time as peewee stores a datetime
# ("2019-06-14 09:30:05.123000": SQLite gives milliseconds, peewee writes microseconds).
_AUDIT_UUID = ("(SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3)"
               " || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(h, 18, 3)"
               " || '-' || substr(h, 21, 12) FROM (SELECT lower(hex(randomblob(16))) AS h))")
_AUDIT_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now') || '000'"
_AUDIT_ACTIONS = (("insert", "INSERT", "buat"), ("update", "UPDATE", "ubah"),
                  ("delete", "DELETE", "hapus"))


def audit_trigger_sql(table: str, key: str, label: str,
                      columns: tuple[AuditColumn, ...]) -> list[str]:
    """The three CREATE TRIGGER statements of one table (pure: the same input, the same SQL).

    Migration 5 depends on this text: never change what it produces; a later migration that
    needs other triggers gets its own copy."""
    def row_json(r: str) -> str:
        parts = []
        for column in columns:
            name, expr = (column if isinstance(column, tuple)
                          else (column, f'{{r}}."{column}"'))
            parts.append(f"'{name}', {expr.format(r=r)}")
        return f"json_object({', '.join(parts)})"

    statements = []
    for suffix, event, action in _AUDIT_ACTIONS:
        r = "OLD" if event == "DELETE" else "NEW"
        before = "NULL" if event == "INSERT" else row_json("OLD")
        after = "NULL" if event == "DELETE" else row_json("NEW")
        when = ""
        if event == "UPDATE":  # a save that changes nothing (or only modified_at) is no change
            compared = [c[0] if isinstance(c, tuple) else c for c in columns]
            when = " WHEN " + " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in compared)
        statements.append(
            f'CREATE TRIGGER "audit_{table}_{suffix}" AFTER {event} ON "{table}"{when} BEGIN '
            f'INSERT INTO "audit_entry" ("uuid", "created_at", "modified_at", "actor", '
            f'"action", "entity", "entity_uuid", "summary", "details_json") '
            f"SELECT {_AUDIT_UUID}, t, t, kinerja_actor(), '{action}', '{table}', "
            f'{r}."{key}", coalesce(substr({label.format(r=r)}, 1, 200), \'\'), '
            f"json_object('tabel', '{table}', 'sebelum', {before}, 'sesudah', {after}) "
            f"FROM (SELECT {_AUDIT_NOW} AS t); END")
    return statements


def _add_audit_triggers(db: SqliteDatabase, migrator: SqliteMigrator) -> None:
    for table, key, label, columns in AUDITED_5:
        for statement in audit_trigger_sql(table, key, label, columns):
            execute_sql(db, statement)
    # The history's filters: by person, by table, and newest first.
    execute_sql(db, 'CREATE INDEX "audit_entry_created" ON "audit_entry" ("created_at")')
    execute_sql(db, 'CREATE INDEX "audit_entry_actor" ON "audit_entry" ("actor", "created_at")')


# Version 6: merging two PCs' databases. A tombstone per deleted record (its UUID, table and
# when), written by AFTER DELETE triggers on every user-data table with a UUID (the tables of
# AUDITED_5 but setting) and removed again when a record of that UUID comes back (an undo puts
# deleted rows back with their UUIDs); merge_peer: per other dataset, the newest modified_at
# of its data seen at the last merge; and dataset, this dataset's own id (one row).
TOMBSTONED_6 = ("unit", "official", "signatory", "inauguration", "appointment",
                "development_priority", "program", "program_status_change", "target",
                "progress_update", "attachment", "target_template", "evaluation", "handover",
                "handover_item", "printed_document")

SCHEMA_6 = [
    '''CREATE TABLE "tombstone" (
    "uuid" VARCHAR(36) NOT NULL PRIMARY KEY,
    "entity" VARCHAR(32) NOT NULL,
    "deleted_at" DATETIME NOT NULL)''',
    'CREATE INDEX "tombstone_entity" ON "tombstone" ("entity")',
    '''CREATE TABLE "merge_peer" (
    "peer_id" VARCHAR(64) NOT NULL PRIMARY KEY,
    "last_merged_at" DATETIME NOT NULL)''',
    # Not a setting, so that writing it needs no audit trigger (nor kinerja_actor) and
    # settings stay the user's.
    '''CREATE TABLE "dataset" (
    "id" VARCHAR(32) NOT NULL PRIMARY KEY,
    "created_at" DATETIME NOT NULL)''',
    f'''INSERT INTO "dataset" ("id", "created_at")
    SELECT lower(hex(randomblob(16))), {_AUDIT_NOW} WHERE NOT EXISTS (SELECT 1 FROM "dataset")''',
]


def tombstone_trigger_sql(table: str) -> list[str]:
    """The two triggers of one table for migration 6 (frozen: never change this text)."""
    return [
        f'CREATE TRIGGER "tombstone_{table}_delete" AFTER DELETE ON "{table}" BEGIN '
        f'INSERT OR REPLACE INTO "tombstone" ("uuid", "entity", "deleted_at") '
        f"VALUES (OLD.\"uuid\", '{table}', {_AUDIT_NOW}); END",
        f'CREATE TRIGGER "tombstone_{table}_insert" AFTER INSERT ON "{table}" BEGIN '
        f'DELETE FROM "tombstone" WHERE "uuid" = NEW."uuid"; END',
    ]


def _add_merge_tables(db: SqliteDatabase, migrator: SqliteMigrator) -> None:
    for statement in SCHEMA_6:
        execute_sql(db, statement)
    for table in TOMBSTONED_6:
        for statement in tombstone_trigger_sql(table):
            execute_sql(db, statement)


# Version 7: a target's polarity (higher or lower is better, or a range) and a range's upper
# end; the target's audit triggers are written again to carry both.
TARGET_AUDIT_7 = ("target", "uuid", "{r}.\"title\"",
                  ("program_id", "position", "kind", "title", "description", "indicator",
                   "measure", "target_value", "unit", "weight_bp", "priority", "due_date",
                   "priority_link_id", "evidence_expected", "polarity", "target_max"))


def _add_target_polarity(db: SqliteDatabase, migrator: SqliteMigrator) -> None:
    execute_sql(db, 'ALTER TABLE "target" ADD COLUMN "polarity" VARCHAR(255) NOT NULL '
                    "DEFAULT 'naik'")
    execute_sql(db, 'ALTER TABLE "target" ADD COLUMN "target_max" REAL')
    for suffix, _event, _action in _AUDIT_ACTIONS:
        execute_sql(db, f'DROP TRIGGER IF EXISTS "audit_target_{suffix}"')
    table, key, label, columns = TARGET_AUDIT_7
    for statement in audit_trigger_sql(table, key, label, columns):
        execute_sql(db, statement)


# Version 8: what the official forms print (issue 18): a target's budget (whole rupiah) and the
# APBD programme that funds it (the Perjanjian Kinerja's annex); the issuer and subject of a
# handover's decree ("Keputusan Bupati Serang Nomor … tentang …"); and the layout a document
# was printed with, so that a copy printed before the forms changed is not reported as altered.
# The three tables' audit triggers are written again to carry the new columns.
TARGET_AUDIT_8 = ("target", "uuid", "{r}.\"title\"",
                  TARGET_AUDIT_7[3] + ("budget", "budget_program"))
HANDOVER_AUDIT_8 = ("handover", "uuid", "{r}.\"post_title\" || ', ' || {r}.\"date\"",
                    ("date", "number", "place", "decree_number", "decree_date", "decree_issuer",
                     "decree_subject", "post_title", "unit_id", "outgoing_official_id",
                     "outgoing_appointment_id", "incoming_official_id",
                     "incoming_appointment_id", "witnesses_json", "programs", "problems",
                     "recommendations", "notes"))
DOCUMENT_AUDIT_8 = ("printed_document", "uuid", "{r}.\"title\" || ' [' || {r}.\"code\" || ']'",
                    ("kind", "subject_uuid", "code", "content_hash", "title", "paper",
                     "layout"))


def _add_form_fields(db: SqliteDatabase, migrator: SqliteMigrator) -> None:
    execute_sql(db, 'ALTER TABLE "target" ADD COLUMN "budget" INTEGER')
    execute_sql(db, 'ALTER TABLE "target" ADD COLUMN "budget_program" TEXT NOT NULL DEFAULT \'\'')
    execute_sql(db, 'ALTER TABLE "handover" ADD COLUMN "decree_issuer" TEXT NOT NULL '
                    "DEFAULT ''")
    execute_sql(db, 'ALTER TABLE "handover" ADD COLUMN "decree_subject" TEXT NOT NULL '
                    "DEFAULT ''")
    # Every document registered before this version was printed with layout 1.
    execute_sql(db, 'ALTER TABLE "printed_document" ADD COLUMN "layout" INTEGER NOT NULL '
                    "DEFAULT 1")
    for table, key, label, columns in (TARGET_AUDIT_8, HANDOVER_AUDIT_8, DOCUMENT_AUDIT_8):
        for suffix, _event, _action in _AUDIT_ACTIONS:
            execute_sql(db, f'DROP TRIGGER IF EXISTS "audit_{table}_{suffix}"')
        for statement in audit_trigger_sql(table, key, label, columns):
            execute_sql(db, statement)


# Version 9: a plain search table (a server's; a file's where SQLite has no FTS5) also holds
# what a search filters and sorts by most, copied from roster_entry by roster_repo.refresh,
# so that a search reads that one table instead of joining each match to roster_entry (on a
# server with 100,000 officials the join was most of a keystroke's query). A file's FTS5
# table is left as it is: a virtual table takes no new columns, and SQLite's join is cheap.
SEARCH_COLUMNS_9 = (("name_sort", "TEXT NOT NULL DEFAULT ''"),
                    ("active", "INTEGER NOT NULL DEFAULT 1"),
                    ("unit_id", "INTEGER"),
                    ("eselon", "TEXT NOT NULL DEFAULT ''"),
                    ("filling", "TEXT NOT NULL DEFAULT ''"))
# The columns filled for the rows already there (a search row without a roster row matched
# nothing the join could show: it goes). The same statements on SQLite and PostgreSQL.
SEARCH_FILL_9 = (
    'DELETE FROM "roster_search" WHERE "rowid" NOT IN (SELECT "official_id" FROM "roster_entry")',
    'UPDATE "roster_search" SET ("name_sort", "active", "unit_id", "eselon", "filling") = '
    '(SELECT e."name_sort", e."active", e."unit_id", e."eselon", e."filling" '
    'FROM "roster_entry" e WHERE e."official_id" = "roster_search"."rowid")')


def _add_search_columns(db: SqliteDatabase, migrator: SqliteMigrator) -> None:
    sql = execute_sql(db, "SELECT sql FROM sqlite_master WHERE name = 'roster_search'").fetchone()
    if sql is None or "fts5" in sql[0]:
        return
    for name, declared in SEARCH_COLUMNS_9:
        execute_sql(db, f'ALTER TABLE "roster_search" ADD COLUMN "{name}" {declared}')
    for statement in SEARCH_FILL_9:
        execute_sql(db, statement)


Migration = Callable[[SqliteDatabase, "SqliteMigrator"], None]
# (version reached, description, function). Version N is reached by running entry N-1.
MIGRATIONS: list[tuple[int, str, Migration]] = [
    (1, "skema awal: unit, pejabat, jabatan, pelantikan, penandatangan", _create_schema),
    (2, "program 100 hari dan rutin: target, progres, bukti dukung, templat", _add_programs),
    (3, "evaluasi program dan riwayat audit", _add_evaluations),
    (4, "serah terima jabatan, register dokumen tercetak, tanda tangan pindaian", _add_documents),
    (5, "riwayat perubahan data: pemicu audit pada setiap tabel data", _add_audit_triggers),
    (6, "penggabungan data antar-PC: tanda hapus (tombstone), mitra gabung, id dataset",
     _add_merge_tables),
    (7, "arah capaian target: makin tinggi, makin rendah atau rentang", _add_target_polarity),
    (8, "formulir resmi: anggaran target, penerbit dan perihal SK serah terima, tata letak "
        "dokumen tercetak", _add_form_fields),
    (9, "pencarian pejabat tanpa join: kolom urutan nama dan saringan di tabel pencarian "
        "biasa (server; berkas tanpa FTS5)", _add_search_columns),
]
LATEST_VERSION = MIGRATIONS[-1][0]
# Each audited table with the columns its triggers record today.
_AUDITED_8 = {entry[0]: entry for entry in (TARGET_AUDIT_8, HANDOVER_AUDIT_8, DOCUMENT_AUDIT_8)}
AUDITED = [_AUDITED_8.get(entry[0], entry) for entry in AUDITED_5]


def pending(current: int) -> list[tuple[int, str, Migration]]:
    return [m for m in MIGRATIONS if m[0] > current]


def build_schema(db: SqliteDatabase, version: int) -> None:
    """Create, in an empty database, the schema this app makes for `version`: migrations 1 to
    `version` exactly as an older release ran them (restore and merge build the databases
    they fill from a file this way, so that no schema ever comes from the file)."""
    from playhouse.migrate import SqliteMigrator
    migrator = SqliteMigrator(db)
    for reached, _description, function in MIGRATIONS:
        if reached > version:
            break
        with migrator.migration_context():
            function(db, migrator)
            execute_sql(db, f"PRAGMA user_version = {int(reached)}")


def run_migrations(db: SqliteDatabase, current: int) -> int:
    """Bring the schema from `current` to LATEST_VERSION, each step in its own transaction."""
    steps = pending(current)
    if not steps:
        return current
    from playhouse.migrate import SqliteMigrator
    migrator = SqliteMigrator(db)
    for version, _description, function in steps:
        # migration_context() turns foreign keys off around table rebuilds, so that
        # ON DELETE CASCADE cannot delete rows while a table is copied and renamed.
        with migrator.migration_context():
            function(db, migrator)
            broken = execute_sql(db, "PRAGMA foreign_key_check").fetchone()
            if broken:
                raise RuntimeError(f"migrasi ke versi {version} merusak relasi: {broken}")
            execute_sql(db, f"PRAGMA user_version = {int(version)}")
        current = version
    return current
