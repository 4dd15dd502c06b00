"""What the window and the commands need of a shared server beyond its data: hearing what
other PCs change (storage/server_changes) and who may do what (storage/server_roles)."""

from __future__ import annotations

from kinerja_desktop.storage.database import Database
from kinerja_desktop.storage.server_changes import ChangeListener
from kinerja_desktop.storage.server_roles import (ADMIN, EVALUATOR, LABELS, OPERATOR, ROLES,
                                                  role_of, setup_statements)

__all__ = ["ADMIN", "EVALUATOR", "LABELS", "OPERATOR", "ROLES", "ChangeListener",
           "may_administer", "role_of", "set_up_roles"]


def may_administer(db: Database) -> bool:
    """Whether this account may change the office's settings, keys and restore or merge: on a
    file always; on a server its administrator, or anyone where the roles are not set up."""
    return not db.is_server or db.role in ("", ADMIN)


def set_up_roles(db: Database) -> str:
    """Create the roles where missing and grant them on this database's schema (one
    transaction); the schema's name."""
    from kinerja_desktop.domain.options import office_keys
    from kinerja_desktop.services.settings import MADE_BY_ANYONE
    schema = str(db.execute_sql("SELECT current_schema()").fetchone()[0])
    with db.atomic():
        for statement in setup_statements(schema, office_keys(), MADE_BY_ANYONE):
            db.execute_sql(statement)
    return schema
