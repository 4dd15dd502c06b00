"""A database as schema version 8 left it, before a plain search table held the name's sort
key and the filters (migration 9): made by this app with its migrations cut at 8."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import migrations, server_schema

SEARCH_COLUMNS = [name for name, _declared in migrations.SEARCH_COLUMNS_9]
DUKCAPIL = "Dinas Kependudukan dan Catatan Sipil"


@contextlib.contextmanager
def as_version_8(monkeypatch) -> Iterator[None]:
    """Within: this app makes (files and servers) and knows schemas up to version 8 only."""
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:8])
        patch.setattr(migrations, "LATEST_VERSION", 8)
        server_schema.schema_statements.cache_clear()
        try:
            yield
        finally:
            server_schema.schema_statements.cache_clear()


def fill_as_version_8(db) -> dict[str, int]:
    """Officials saved on a version-8 database (open within as_version_8), their search rows
    as version 8 wrote them (id and text), and a search row left behind by a deleted
    official; the officials' ids by name."""
    # The roster rows are written by today's code, which fills the search table's new
    # columns: they are added for the saves, then dropped again as version 8 had none.
    for name, declared in migrations.SEARCH_COLUMNS_9:
        _add_column(db, name, declared)
    roster = RosterService(db)
    ids = {}
    for nip, name, rank, post, eselon, filling, active in (
            ("196611201989031007", "Yanto", "IV/c", "Kepala Dinas", "II.b", "promosi", True),
            ("197001011995031002", "Agus Hidayat", "IV/b", "Sekretaris", "III.a", "rotasi",
             True),
            ("198001012005012003", "Siti Hidayati", "IV/a", "Kepala Bidang", "III.b", "plt",
             False)):
        ids[name], _ = roster.create(OfficialInput(nip, name, rank=rank, active=active), [
            AppointmentInput(post, DUKCAPIL, eselon, filling)])
    for name in SEARCH_COLUMNS:
        db.execute_sql(f'ALTER TABLE roster_search DROP COLUMN "{name}"')
    db.execute_sql("INSERT INTO roster_search (rowid, search_text) VALUES (999, 'hidayat lama')")
    return ids


def _add_column(db, name: str, declared: str) -> None:
    if db.is_server:
        db.execute_sql(server_schema._added_column("roster_search", name, declared))
    else:
        db.execute_sql(f'ALTER TABLE roster_search ADD COLUMN "{name}" {declared}')
