"""Who may do what on a shared server: three PostgreSQL group roles, granted to each staff
member's own login, and the one this connection has.

- kinerja_admin: everything, including the office's settings, restoring and loading data
  (in practice the account that owns the tables, which restore needs anyway);
- kinerja_operator: enters and changes officials, programs, targets, progress, evaluations;
- kinerja_penilai: reads and looks up only (the server refuses every write).

`setup_statements` creates the roles (once per PostgreSQL cluster) and grants them on one
Kinerja schema; the server's own grants are what protect the data. The app reads the role to
say so and to leave out what the role may not do (services/database opens a reader's
connection read-only; the window disables the administrator's actions for an operator).
"""

from __future__ import annotations

from kinerja_desktop.storage.database import Database
from kinerja_desktop.storage.server_schema import SCHEMA_LOCK, q
from kinerja_desktop.storage.server_sql import OFFICE_SETTING_REFUSED

ADMIN = "kinerja_admin"
OPERATOR = "kinerja_operator"
EVALUATOR = "kinerja_penilai"
ROLES = (ADMIN, OPERATOR, EVALUATOR)
# What the app calls each, for the user.
LABELS = {ADMIN: "administrator", OPERATOR: "operator", EVALUATOR: "penilai (hanya baca)"}


def setup_statements(schema: str, office_keys: tuple[str, ...] = (),
                     made_by_anyone: tuple[str, ...] = ()) -> list[str]:
    """Create the three roles where missing (under the schema lock: two PCs at once create
    them once), grant them on `schema`'s tables and id counters, and guard the office's own
    settings (`office_keys` of the setting table) against everyone but the administrator;
    of those, `made_by_anyone` may be inserted by anyone where missing."""
    create = " ".join(
        f"IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN "
        f"CREATE ROLE {role} NOLOGIN; END IF;" for role in ROLES)
    where = q(schema)
    statements = [
        f"SELECT pg_advisory_xact_lock({SCHEMA_LOCK})",
        f"DO $$ BEGIN {create} END $$",
        f"GRANT {OPERATOR} TO {ADMIN}",
        f"GRANT {EVALUATOR} TO {OPERATOR}",
    ]
    for role in ROLES:
        statements.append(f"GRANT USAGE ON SCHEMA {where} TO {role}")
    statements += [
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {where} TO {EVALUATOR}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {where} TO {OPERATOR}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {where} TO {OPERATOR}",
        f"GRANT ALL ON ALL TABLES IN SCHEMA {where} TO {ADMIN}",
        f"GRANT ALL ON ALL SEQUENCES IN SCHEMA {where} TO {ADMIN}",
    ]
    return statements + _office_guard(where, office_keys, made_by_anyone)


def _sql_list(keys: tuple[str, ...]) -> str:
    return "ARRAY[" + (", ".join("'" + k.replace("'", "''") + "'" for k in keys) or "''") + "]"


def _office_guard(where: str, office_keys: tuple[str, ...],
                  made_by_anyone: tuple[str, ...]) -> list[str]:
    """A trigger that refuses an operator's insert, update or delete of an office setting.
    The grants cannot say it: an operator writes other rows of the same table (the last
    backup, the demo's record, the paper). The tables' owner, a superuser and members of
    kinerja_admin pass. Re-running the set-up replaces it with the app's current list."""
    function = f"{where}.kinerja_pengaturan_kantor"
    body = (
        "DECLARE k text; BEGIN "
        "FOREACH k IN ARRAY ARRAY[CASE WHEN TG_OP <> 'DELETE' THEN NEW.key END, "
        "CASE WHEN TG_OP <> 'INSERT' THEN OLD.key END] LOOP "
        f"IF k = ANY ({_sql_list(office_keys)}) "
        f"AND NOT (TG_OP = 'INSERT' AND k = ANY ({_sql_list(made_by_anyone)})) "
        f"AND NOT pg_has_role(current_user, '{ADMIN}', 'MEMBER') "
        "AND NOT pg_has_role(current_user, (SELECT relowner FROM pg_class "
        "WHERE oid = TG_RELID), 'MEMBER') THEN "
        f"RAISE EXCEPTION USING ERRCODE = '{OFFICE_SETTING_REFUSED}', MESSAGE = "
        "'pengaturan kantor ' || k || ' hanya diubah administrator server'; "
        "END IF; END LOOP; RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END")
    return [
        f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql "
        f"AS $guard$ {body} $guard$",
        f"DROP TRIGGER IF EXISTS kinerja_pengaturan_kantor ON {where}.setting",
        f"CREATE TRIGGER kinerja_pengaturan_kantor BEFORE INSERT OR UPDATE OR DELETE "
        f"ON {where}.setting FOR EACH ROW EXECUTE FUNCTION {function}()",
    ]


def owns_schema(db: Database) -> bool:
    """Whether this connection may change the tables' structure: it is their owner, a member
    of the owning role (kinerja_admin, when it created them) or a superuser."""
    row = db.execute_sql(
        "SELECT pg_has_role(current_user, c.relowner, 'MEMBER') FROM pg_class c "
        "WHERE c.relname = 'official' AND c.relnamespace = current_schema()::regnamespace"
    ).fetchone()
    return bool(row and row[0])


def role_of(db: Database) -> str:
    """This connection's role: ADMIN for the tables' owner, a superuser or a member of
    kinerja_admin; else OPERATOR or EVALUATOR by membership; "" when the roles are not set
    up on this server (its grants alone then decide, as for any PostgreSQL account)."""
    owner, superuser = db.execute_sql(
        "SELECT pg_catalog.pg_get_userbyid(c.relowner) = current_user, r.rolsuper "
        "FROM pg_class c JOIN pg_roles r ON r.rolname = current_user "
        "WHERE c.relname = 'official' AND c.relnamespace = current_schema()::regnamespace"
    ).fetchone()
    if owner or superuser:
        return ADMIN
    existing = {name for (name,) in db.execute_sql(
        "SELECT rolname FROM pg_roles WHERE rolname IN (?, ?, ?)", ROLES)}
    for role in ROLES:  # the strongest first: an administrator is an operator too
        if role in existing and db.execute_sql(
                "SELECT pg_has_role(current_user, ?, 'MEMBER')", (role,)).fetchone()[0]:
            return role
    return ""
