"""Migration 5: the database itself records every insert, change and delete of user data."""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from datetime import date, datetime

import pytest

from kinerja_desktop.domain.evidence import EvidenceFile
from kinerja_desktop.domain.officials import OfficialInput
from kinerja_desktop.domain.programs import ProgramInput, ProgressInput
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import migrations
from kinerja_desktop.storage import program_repo
from kinerja_desktop.storage.database import (open_database, register_functions,
                                              set_actor_provider)
from kinerja_desktop.storage.models import (AuditEntry, Official, Setting, Signatory, Unit,
                                            utc_now)
from tests.helpers.dump import dump_database, table_rows
from tests.helpers.programs import NIP, appointment, innovation
from tests.helpers import schema

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
AUDITED = {t[0] for t in migrations.AUDITED_5}


@pytest.fixture(autouse=True)
def operator():
    set_actor_provider(lambda: "Rina (BKPSDM)")
    yield
    set_actor_provider(None)


def entries(db, **where) -> list[tuple]:
    """(action, entity, entity_uuid, summary, details) of the triggers' entries, oldest first."""
    sql = "SELECT action, entity, entity_uuid, summary, details_json FROM audit_entry WHERE 1 = 1"
    params = []
    for column, value in where.items():
        sql += f' AND "{column}" = ?'
        params.append(value)
    rows = table_rows(db, sql + " ORDER BY id", tuple(params))
    return [(a, e, u, s, details) for a, e, u, s, d in rows
            if "tabel" in (details := json.loads(d))]


def new_unit(db, **values) -> Unit:
    unit_id = db.insert(Unit, **values)
    return db.select(Unit).where(Unit.id == unit_id).get()


def save_unit(db, unit: Unit, **values) -> None:
    """What saving a record does: every field written again, modified_at set to now."""
    fields = dict(name=unit.name, short_name=unit.short_name, kind=unit.kind)
    fields.update(values)
    db.update(Unit, modified_at=utc_now(), **fields).where(Unit.id == unit.id).execute()


def test_insert_update_delete_of_a_unit(db):
    unit = new_unit(db, name="Dinas Pariwisata", short_name="Dispar")
    save_unit(db, unit, short_name="DISPARPORA")
    db.delete(Unit).where(Unit.id == unit.id).execute()
    rows = entries(db)
    assert [(a, e, u, s) for a, e, u, s, _ in rows] == [
        ("buat", "unit", unit.uuid, "Dinas Pariwisata"),
        ("ubah", "unit", unit.uuid, "Dinas Pariwisata"),
        ("hapus", "unit", unit.uuid, "Dinas Pariwisata")]
    created, changed, deleted = (r[4] for r in rows)
    assert created == {"tabel": "unit", "sebelum": None, "sesudah": {
        "name": "Dinas Pariwisata", "short_name": "Dispar", "kind": "dinas"}}
    assert changed["sebelum"]["short_name"] == "Dispar"
    assert changed["sesudah"]["short_name"] == "DISPARPORA"
    assert deleted == {"tabel": "unit", "sebelum": changed["sesudah"], "sesudah": None}


def test_entries_carry_operator_time_and_a_proper_uuid(db):
    before = datetime.utcnow()
    unit = new_unit(db, name="Dinas Kesehatan")
    entry = db.select(AuditEntry).get()
    assert entry.actor == "Rina (BKPSDM)"
    assert UUID.match(entry.uuid)
    assert isinstance(entry.created_at, datetime) and entry.created_at == entry.modified_at
    assert abs((entry.created_at - before).total_seconds()) < 5
    # Written as peewee writes datetimes, so both sort together.
    (text,) = table_rows(db, "SELECT created_at FROM audit_entry")[0]
    assert re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$", text)
    set_actor_provider(lambda: "Dedi")
    save_unit(db, unit, name="Dinas Kesehatan Kab.")
    assert [a.actor for a in db.select(AuditEntry).order_by(AuditEntry.id)] == [
        "Rina (BKPSDM)", "Dedi"]
    assert len({a.uuid for a in db.select(AuditEntry)}) == 2


def test_a_failing_or_empty_provider_still_writes(db):
    set_actor_provider(lambda: 1 / 0)
    db.insert(Unit, name="A")
    set_actor_provider(lambda: "   ")
    db.insert(Unit, name="B")
    assert [a.actor for a in db.select(AuditEntry)] == ["pengguna", "pengguna"]


def test_a_save_that_changes_nothing_writes_nothing(db):
    unit = new_unit(db, name="Inspektorat")
    save_unit(db, unit)  # only modified_at changes
    db.update(Unit, name="Inspektorat").where(Unit.id == unit.id).execute()
    assert [r[0] for r in entries(db)] == ["buat"]


def test_official_and_settings(db):
    roster = RosterService(db)
    official_id, _ = roster.create(OfficialInput(NIP, "Anas Dwisatya", rank="IV/b"), [])
    official = db.select(Official).where(Official.id == official_id).get()
    (created,) = entries(db, entity="official")
    assert created[2] == official.uuid
    assert created[3] == f"Anas Dwisatya ({NIP})"
    assert created[4]["sesudah"]["nip"] == NIP and created[4]["sesudah"]["rank"] == "IV/b"
    db.insert(Setting, key="nama_instansi", value="Pemkab Serang")
    db.update(Setting, value="Pemerintah Kabupaten Serang").execute()
    db.delete(Setting).execute()
    assert [(a, u, d["sebelum"], d["sesudah"]) for a, _, u, _, d in entries(db, entity="setting")] \
        == [("buat", "nama_instansi", None, {"key": "nama_instansi", "value": "Pemkab Serang"}),
            ("ubah", "nama_instansi", {"key": "nama_instansi", "value": "Pemkab Serang"},
             {"key": "nama_instansi", "value": "Pemerintah Kabupaten Serang"}),
            ("hapus", "nama_instansi",
             {"key": "nama_instansi", "value": "Pemerintah Kabupaten Serang"}, None)]


def test_targets_progress_and_files_without_their_bytes(db):
    _, post = appointment(db)
    program = program_repo.insert_program(db, post, ProgramInput("100_hari", date(2019, 6, 14))
                                          .resolved())
    target_id = program_repo.insert_target(db, program, innovation("Smart village"))
    progress = program_repo.insert_progress(db, target_id, ProgressInput(date(2019, 7, 1), 5.0))
    program_repo.insert_attachment(db, progress, EvidenceFile("laporan.pdf", b"%PDF-1.4 isi"))
    (target_entry,) = entries(db, entity="target")
    assert target_entry[3] == "Smart village"
    assert target_entry[4]["sesudah"]["weight_bp"] == 5000
    (file_entry,) = entries(db, entity="attachment")
    assert set(file_entry[4]["sesudah"]) == {"progress_id", "filename", "mime_type", "size",
                                              "sha256"}
    assert file_entry[4]["sesudah"]["size"] == len(b"%PDF-1.4 isi")
    # Deleting the program's target cascades: each row removed is recorded.
    program_repo.delete_target(db, target_id)
    assert {(a, e) for a, e, *_ in entries(db) if a == "hapus"} == {
        ("hapus", "target"), ("hapus", "progress_update"), ("hapus", "attachment")}


def test_a_signature_image_is_recorded_by_its_size(db):
    signatory_id = db.insert(Signatory, name="Ratu Tatu Chasanah", title="Bupati Serang",
                             signature_png=b"\x89PNG....")
    signatory = db.select(Signatory).where(Signatory.id == signatory_id).get()
    (entry,) = entries(db, entity="signatory")
    assert entry[2] == signatory.uuid
    assert entry[4]["sesudah"]["signature_png"] == len(b"\x89PNG....")


def test_derived_roster_tables_and_the_history_itself_are_not_audited(db):
    appointment(db)
    entities = {e for _, e, *_ in entries(db)}
    assert entities == {"unit", "official", "appointment"}
    triggers = schema.triggers(db, "audit")
    assert {t for _, t in triggers} == AUDITED
    assert len(triggers) == 3 * len(AUDITED)
    assert not {t for _, t in triggers} & {"roster_entry", "roster_search", "roster_words",
                                            "audit_entry"}
    # Every user-data table is audited: all but the derived ones and the history.
    tables = schema.tables(db)
    # Migration 6's merge bookkeeping is not user data either.
    assert {t for t in tables - AUDITED if not t.startswith("roster_")} == {
        "audit_entry", "tombstone", "merge_peer", "dataset"}


def test_every_column_of_an_audited_table_is_recorded_or_known(db):
    """A column added later without new triggers would go unrecorded: this test says so."""
    unrecorded = {("attachment", "content")}
    for table, key, _label, columns in migrations.AUDITED:
        names = {c[0] if isinstance(c, tuple) else c for c in columns}
        on_disk = set(schema.columns(db, table))
        missing = on_disk - names - {"id", "uuid", "created_at", "modified_at"}
        assert {(table, m) for m in missing} <= unrecorded, table
        assert key in on_disk


@pytest.mark.sqlite_only
def test_a_plain_connection_needs_the_function(db):
    db.insert(Unit, name="Dinas A")
    with contextlib.closing(sqlite3.connect(db.path)) as con:
        with pytest.raises(sqlite3.OperationalError, match="kinerja_actor"):
            con.execute("UPDATE unit SET name = 'Dinas B'")
        register_functions(con)
        con.execute("UPDATE unit SET name = 'Dinas B'")
        con.commit()
    assert [(a, s) for a, _, _, s, _ in entries(db)] == [("buat", "Dinas A"),
                                                         ("ubah", "Dinas B")]


def test_version_4_database_upgrades_keeping_data_and_then_audits(tmp_path, monkeypatch):
    path = tmp_path / "v4.db"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:4])
        old = open_database(path)
        try:
            assert old.schema_version() == 4
            official_id, _ = appointment(old)
        finally:
            old.close()
    before = dump_database(path)
    assert before["audit_entry"] == []
    db = open_database(path)
    try:
        assert db.schema_version() == migrations.LATEST_VERSION >= 5
        after = dump_database(path)
        new_tables = {"tombstone", "merge_peer", "dataset"}  # migration 6's, empty but one id
        assert {k: v for k, v in after.items()
                if not k.startswith("pragma:") and k not in new_tables} == \
            {k: v for k, v in before.items() if not k.startswith("pragma:")}
        RosterService(db).set_active(official_id, False)
        changed = entries(db, entity="official")
        assert [a for a, *_ in changed] == ["ubah"]
        assert changed[0][4]["sebelum"]["active"] == 1 and changed[0][4]["sesudah"]["active"] == 0
    finally:
        db.close()


def test_migration_sql_is_frozen():
    """The triggers' SQL is a pure function of the frozen list (what migration 5 ran)."""
    table, key, label, columns = migrations.AUDITED_5[1]
    first = migrations.audit_trigger_sql(table, key, label, columns)
    assert first == migrations.audit_trigger_sql(table, key, label, columns)
    assert first[1].startswith('CREATE TRIGGER "audit_unit_update" AFTER UPDATE ON "unit" '
                               'WHEN OLD."name" IS NOT NEW."name" OR OLD."short_name" IS NOT '
                               'NEW."short_name" OR OLD."kind" IS NOT NEW."kind" BEGIN')
