"""Program storage: migration 2, evidence bytes, cascades, restrictions, undo and order."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import peewee
import pytest

from kinerja_desktop.domain.evidence import EvidenceFile
from kinerja_desktop.domain.officials import OfficialInput
from kinerja_desktop.domain.programs import ProgramInput, ProgressInput
from kinerja_desktop.errors import KinerjaError, NotFoundError, ValidationError
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.roster import AppointmentChanges, RosterService
from kinerja_desktop.storage import migrations
from kinerja_desktop.storage import program_repo as repo
from kinerja_desktop.storage.database import open_database
from kinerja_desktop.storage.models import Appointment, Program, Target
from tests.helpers.dump import dump_database, table_rows
from tests.helpers.programs import (DAY_100, OTHER_NIP, START, appointment, innovation,
                                    target)

PROGRAM_TABLES = ("development_priority", "program", "program_status_change", "target",
                  "progress_update", "attachment", "target_template")


def hundred_days(start: date = START) -> ProgramInput:
    return ProgramInput("100_hari", start).resolved()


def count(path: Path, table: str) -> int:
    return table_rows(path, f'SELECT count(*) FROM "{table}"')[0][0]


@pytest.fixture
def post(db) -> int:
    return appointment(db)[1]


@pytest.fixture
def program(db, post) -> int:
    return repo.insert_program(db, post, hundred_days())


# Migration from version 1 -------------------------------------------------------------------

def _version_1_database(path: Path, monkeypatch) -> int:
    """A database as the previous release left it, with one official and a post."""
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
        old = open_database(path)
        try:
            assert old.schema_version() == 1
            _, post_id = appointment(old)
        finally:
            old.close()
    return post_id


def test_version_1_database_upgrades_to_the_latest_keeping_its_data(tmp_path, monkeypatch):
    path = tmp_path / "lama.db"
    post_id = _version_1_database(path, monkeypatch)
    tables = {n for (n,) in table_rows(path, "SELECT name FROM sqlite_master")}
    assert not tables & set(PROGRAM_TABLES)
    before = dump_database(path)
    assert before["pragma:user_version"] == [(1,)]
    assert len(before["official"]) == 1 and len(before["appointment"]) == 1

    db = open_database(path)
    try:
        assert db.schema_version() == migrations.LATEST_VERSION
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        program_id = repo.insert_program(db, post_id, hundred_days())
        assert repo.get_program(db, program_id).end_date == DAY_100
    finally:
        db.close()

    after = dump_database(path)
    assert after["pragma:user_version"] == [(migrations.LATEST_VERSION,)]
    for table, rows in before.items():
        if not table.startswith("pragma:"):
            assert after[table] == rows, table
    assert len(after["program"]) == 1
    assert all(after[t] == [] for t in PROGRAM_TABLES if t != "program")


def test_upgraded_schema_equals_a_new_one(tmp_path, monkeypatch):
    old = tmp_path / "lama.db"
    _version_1_database(old, monkeypatch)
    open_database(old).close()
    new = tmp_path / "baru.db"
    open_database(new).close()
    query = "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
    assert table_rows(old, query) == table_rows(new, query)


def test_migrations_after_1_on_a_raw_version_1_file(tmp_path):
    handle = peewee.SqliteDatabase(str(tmp_path / "mentah.db"), pragmas={"foreign_keys": 1})
    handle.connect()
    try:
        migrations.MIGRATIONS[0][2](handle, None)
        handle.execute_sql("PRAGMA user_version = 1")
        latest = migrations.LATEST_VERSION
        assert migrations.run_migrations(handle, 1) == latest
        assert handle.execute_sql("PRAGMA user_version").fetchone()[0] == latest
        names = {r[0] for r in handle.execute_sql("SELECT name FROM sqlite_master")}
        assert set(PROGRAM_TABLES) <= names
    finally:
        handle.close()


# Evidence bytes -------------------------------------------------------------------------------

def test_attachment_bytes_round_trip_exactly(db, program):
    target_id = repo.insert_target(db, program, innovation())
    progress_id = repo.insert_progress(db, target_id, ProgressInput(date(2019, 7, 1), 40.0, "x"))
    blob = os.urandom(1024 * 1024 + 7)
    every_byte = bytes(range(256)) * 4 + b"\x00\x00"
    big = repo.insert_attachment(db, progress_id, EvidenceFile("pindaian.pdf", blob))
    small = repo.insert_attachment(db, progress_id, EvidenceFile(r"C:\Dok\semua byte.png",
                                                             every_byte))

    assert repo.attachment_content(db, big) == EvidenceFile("pindaian.pdf", blob)
    assert repo.attachment_content(db, small) == EvidenceFile("semua byte.png", every_byte)
    kind, blob_type = ("pg_typeof(content)::text", "bytea") if db.is_server else (
        "typeof(content)", "blob")
    rows = table_rows(db, f"SELECT id, filename, mime_type, size, sha256, {kind}, "
                          f"length(content) FROM attachment ORDER BY id")
    assert rows == [
        (big, "pindaian.pdf", "application/pdf", len(blob), hashlib.sha256(blob).hexdigest(),
         blob_type, len(blob)),
        (small, "semua byte.png", "image/png", 1026, hashlib.sha256(every_byte).hexdigest(),
         blob_type, 1026),
    ]
    (raw_blob,) = table_rows(db, "SELECT content FROM attachment WHERE id = ?", (big,))[0]
    assert hashlib.sha256(raw_blob).digest() == hashlib.sha256(blob).digest()

    (report,) = repo.list_progress(db, target_id)
    assert [(a.id, a.filename, a.size, a.sha256) for a in report.attachments] == [
        (big, "pindaian.pdf", len(blob), hashlib.sha256(blob).hexdigest()),
        (small, "semua byte.png", 1026, hashlib.sha256(every_byte).hexdigest())]


def test_missing_attachment(db):
    with pytest.raises(NotFoundError):
        repo.attachment_content(db, 404)
    with pytest.raises(NotFoundError):
        repo.attachment_owner(db, 404)


# Cascades and restrictions ----------------------------------------------------------------------

def _full_program(db, post_id: int, start: date = START) -> tuple[int, list[int]]:
    """A program with two targets, a report each with a file, and a status step."""
    program_id = repo.insert_program(db, post_id, hundred_days(start))
    targets = [repo.insert_target(db, program_id, innovation(weight=60)),
               repo.insert_target(db, program_id, target(weight=40))]
    for number, target_id in enumerate(targets):
        progress = repo.insert_progress(db, target_id, ProgressInput(start, 10.0 * number))
        repo.insert_attachment(db, progress, EvidenceFile(f"bukti{number}.pdf", b"%PDF" * 10))
    repo.set_status(db, program_id, "draft", "disepakati", "")
    return program_id, targets


def test_deleting_a_program_deletes_everything_under_it(db, post):
    program_id, _ = _full_program(db, post)
    kept, kept_targets = _full_program(db, post, date(2020, 1, 1))
    counts = {t: count(db, t) for t in ("program", "target", "progress_update",
                                             "attachment", "program_status_change")}
    assert counts == {"program": 2, "target": 4, "progress_update": 4, "attachment": 4,
                      "program_status_change": 2}
    repo.delete_program(db, program_id)
    assert {t: count(db, t) for t in counts} == {
        "program": 1, "target": 2, "progress_update": 2, "attachment": 2,
        "program_status_change": 1}
    assert table_rows(db, "SELECT DISTINCT program_id FROM target") == [(kept,)]
    assert [t.id for t in repo.list_targets(db, kept)] == kept_targets
    assert len(repo.status_history(db, kept)) == 1


def test_roster_refuses_to_delete_a_post_with_a_program(db, post):
    _full_program(db, post)
    roster = RosterService(db)
    before = dump_database(db)
    with pytest.raises(KinerjaError) as caught:
        roster.delete_appointment(post)
    message = str(caught.value)
    assert "memiliki 1 program kinerja" in message
    assert "Kepala Dinas Komunikasi" in message
    assert "tidak dapat dihapus" in message
    assert dump_database(db) == before


def test_official_dialog_deleting_a_post_with_a_program_writes_nothing(db):
    official_id, post_id = appointment(db)
    repo.insert_program(db, post_id, hundred_days())
    roster = RosterService(db)
    data = roster.get(official_id)
    before = dump_database(db)
    with pytest.raises(KinerjaError) as caught:
        roster.save(official_id, OfficialInput(data.nip, "Nama Baru", rank="IV/b"),
                    AppointmentChanges(deleted=[post_id]))
    assert "program kinerja" in str(caught.value)
    assert dump_database(db) == before  # the new name was rolled back too


def test_roster_refuses_to_delete_an_official_with_a_program(db):
    official_id, post_id = appointment(db)
    repo.insert_program(db, post_id, hundred_days())
    before = dump_database(db)
    with pytest.raises(KinerjaError) as caught:
        RosterService(db).delete(official_id)
    assert "riwayat jabatan" in str(caught.value)  # any post stops it, a program or not
    assert dump_database(db) == before


def test_sqlite_itself_restricts_deleting_a_post_or_official_with_a_program(db, post):
    repo.insert_program(db, post, hundred_days())
    before = dump_database(db)
    with pytest.raises(peewee.IntegrityError):
        db.delete(Appointment).where(Appointment.id == post).execute()
    with pytest.raises(peewee.IntegrityError):  # the post's ON DELETE CASCADE meets RESTRICT
        db.execute_sql("DELETE FROM official")
    assert dump_database(db) == before


def test_a_post_without_a_program_can_still_be_deleted(db):
    official_id, post_id = appointment(db)
    RosterService(db).delete_appointment(post_id)
    assert RosterService(db).get(official_id).appointments == []


def test_priority_in_use_is_refused_by_the_service(db, program):
    service = ProgramService(db)
    used = service.add_priority("M1", "Mewujudkan tata kelola pemerintahan yang baik")
    unused = service.add_priority("M2", "Meningkatkan kualitas SDM")
    repo.insert_target(db, program, innovation(priority_link_id=used))
    repo.insert_target(db, program, target(priority_link_id=used))
    before = dump_database(db)
    with pytest.raises(KinerjaError) as caught:
        service.delete_priority(used)
    assert "dipakai oleh 2 target" in str(caught.value)
    assert dump_database(db) == before
    service.delete_priority(unused)
    assert [p.code for p in service.priorities(include_inactive=True)] == ["M1"]


def test_deleting_a_priority_row_directly_sets_links_to_null(db, program):
    priority = repo.insert_priority(db, "M1", "Tata kelola")
    target_id = repo.insert_target(db, program, innovation(priority_link_id=priority))
    assert repo.get_target(db, target_id).priority_link_title == "M1. Tata kelola"
    repo.delete_priority(db, priority)
    assert table_rows(db, "SELECT priority_link_id FROM target") == [(None,)]
    record = repo.get_target(db, target_id)
    assert record.data.priority_link_id is None and record.priority_link_title == ""


def test_priorities_order_and_inactive(db):
    first = repo.insert_priority(db, "M1", "Satu")
    second = repo.insert_priority(db, "", "Dua")
    repo.update_priority(db, first, "M1", "Satu", active=False)
    assert [p.id for p in repo.list_priorities(db)] == [second]
    assert [(p.id, p.active) for p in repo.list_priorities(db, True)] == [(first, False),
                                                                     (second, True)]
    assert [p.display for p in repo.list_priorities(db, True)] == ["M1. Satu", "Dua"]
    with pytest.raises(NotFoundError):
        repo.update_priority(db, 999, "X", "Y", True)


# Snapshot and restore (undo) ------------------------------------------------------------------

def test_deleted_target_comes_back_exactly(db, program):
    priority = repo.insert_priority(db, "M1", "Tata kelola")
    ids = [repo.insert_target(db, program, target(f"Target {n}", 25, priority_link_id=priority))
           for n in range(4)]
    middle = ids[1]
    for day, value in ((date(2019, 7, 1), 20.0), (date(2019, 8, 1), 60.0)):
        progress = repo.insert_progress(db, middle, ProgressInput(day, value, f"per {day}"))
        repo.insert_attachment(db, progress, EvidenceFile(f"{day}.pdf", os.urandom(5000)))
    before = dump_database(db, include_audit=False)
    original = repo.get_target(db, middle)

    snapshot = repo.snapshot_target(db, middle)
    repo.delete_target(db, middle)
    assert [(t.id, t.position) for t in repo.list_targets(db, program)] == [
        (ids[0], 0), (ids[2], 1), (ids[3], 2)]
    assert count(db, "progress_update") == 0 and count(db, "attachment") == 0

    repo.restore(db, snapshot)
    # ids, uuids, positions, bytes, timestamps
    assert dump_database(db, include_audit=False) == before
    restored = repo.get_target(db, middle)
    assert (restored.uuid, restored.position, restored.data) == (
        original.uuid, 1, original.data)
    assert (restored.latest_realised, restored.latest_date, restored.progress_count) == (
        60.0, date(2019, 8, 1), 2)
    assert [len(r.attachments) for r in repo.list_progress(db, middle)] == [1, 1]


def test_restore_drops_a_link_to_a_priority_deleted_meanwhile(db, program):
    priority = repo.insert_priority(db, "M1", "Tata kelola")
    target_id = repo.insert_target(db, program, innovation(priority_link_id=priority))
    snapshot = repo.snapshot_target(db, target_id)
    repo.delete_target(db, target_id)
    repo.delete_priority(db, priority)
    repo.restore(db, snapshot)
    assert repo.get_target(db, target_id).data.priority_link_id is None


def test_deleted_report_and_file_come_back(db, program):
    target_id = repo.insert_target(db, program, innovation())
    progress = repo.insert_progress(db, target_id, ProgressInput(date(2019, 7, 1), 5.0))
    first = repo.insert_attachment(db, progress, EvidenceFile("a.pdf", b"aaa"))
    repo.insert_attachment(db, progress, EvidenceFile("b.pdf", b"bbb"))
    before = dump_database(db, include_audit=False)

    snapshot = repo.snapshot_attachment(db, first)
    repo.delete_attachment(db, first)
    assert count(db, "attachment") == 1
    repo.restore(db, snapshot)
    assert dump_database(db, include_audit=False) == before

    snapshot = repo.snapshot_progress(db, progress)
    repo.delete_progress(db, progress)
    assert count(db, "attachment") == 0
    repo.restore(db, snapshot)
    assert dump_database(db, include_audit=False) == before


# Order of targets ---------------------------------------------------------------------------------

def titles(db, program_id: int) -> list[str]:
    return [t.data.title for t in repo.list_targets(db, program_id)]


def positions(db, program_id: int) -> list[int]:
    return [t.position for t in repo.list_targets(db, program_id)]


def test_move_target(db, program):
    ids = {name: repo.insert_target(db, program, target(name)) for name in "ABCD"}
    assert titles(db, program) == list("ABCD")
    assert repo.move_target(db, ids["D"], 0) == 3
    assert titles(db, program) == list("DABC")
    assert repo.move_target(db, ids["D"], 2) == 0
    assert titles(db, program) == list("ABDC")
    assert repo.move_target(db, ids["A"], 99) == 0  # past the end: last
    assert titles(db, program) == list("BDCA")
    assert repo.move_target(db, ids["A"], -5) == 3  # before the start: first
    assert titles(db, program) == list("ABDC")
    assert repo.move_target(db, ids["B"], 1) == 1  # in place: nothing moves
    assert titles(db, program) == list("ABDC")
    assert positions(db, program) == [0, 1, 2, 3]


def test_insert_at_a_position_and_delete_compact(db, program):
    ids = {name: repo.insert_target(db, program, target(name)) for name in "AC"}
    ids["B"] = repo.insert_target(db, program, target("B"), position=1)
    ids["Z"] = repo.insert_target(db, program, target("Z"), position=0)
    ids["E"] = repo.insert_target(db, program, target("E"), position=50)
    assert titles(db, program) == list("ZABCE")
    repo.delete_target(db, ids["A"])
    assert titles(db, program) == list("ZBCE")
    assert positions(db, program) == [0, 1, 2, 3]


def test_order_is_per_program(db, post):
    first = repo.insert_program(db, post, hundred_days())
    second = repo.insert_program(db, post, ProgramInput("triwulan", date(2019, 10, 1)).resolved())
    a = repo.insert_target(db, first, target("A"))
    repo.insert_target(db, second, target("X"))
    repo.insert_target(db, first, target("B"))
    repo.move_target(db, a, 1)
    assert titles(db, first) == ["B", "A"]
    assert titles(db, second) == ["X"]
    assert positions(db, second) == [0]


# Programs -----------------------------------------------------------------------------------------

def test_one_program_per_post_kind_and_start(db, post):
    repo.insert_program(db, post, hundred_days())
    before = dump_database(db)
    with pytest.raises(ValidationError) as caught:
        repo.insert_program(db, post, hundred_days())
    assert caught.value.problems[0].field == "tanggal_mulai"
    assert "sudah memiliki program" in str(caught.value)
    assert dump_database(db) == before
    # Another kind on the same day, or the same kind on another day, is a different program.
    repo.insert_program(db, post, ProgramInput("triwulan", START).resolved())
    later = repo.insert_program(db, post, hundred_days(date(2020, 6, 14)))
    _, other_post = appointment(db, OTHER_NIP, "Rachmat Maulana", "Bappeda")
    repo.insert_program(db, other_post, hundred_days())
    assert count(db, "program") == 4
    with pytest.raises(ValidationError):
        repo.update_program(db, later, hundred_days())
    assert repo.find_program(db, post, "100_hari", START) is not None
    assert repo.find_program(db, post, "100_hari", date(2019, 6, 15)) is None


def test_program_record_and_statistics(db, post):
    program_id = repo.insert_program(db, post, ProgramInput("100_hari", START, DAY_100,
                                                        title="  Program Anas  "))
    repo.insert_target(db, program_id, innovation(weight="33.33"))
    measured = repo.insert_target(db, program_id, target(weight="33.33"))
    done = repo.insert_target(db, program_id, target("Selesai", "33.34", measure="selesai",
                                                 target_value=None, unit=""))
    repo.insert_progress(db, measured, ProgressInput(date(2019, 7, 2), 80.0))
    repo.insert_progress(db, measured, ProgressInput(date(2019, 7, 1), 10.0))  # older, later typed
    repo.insert_progress(db, done, ProgressInput(date(2019, 7, 1), 1.0))
    record = repo.get_program(db, program_id)
    assert (record.official_name, record.nip, record.unit_name) == (
        "Anas Dwisatya", "197203151995031004",
        "Dinas Komunikasi Informatika Persandian dan Statistik")
    assert record.title == "Program Anas"  # stripped
    assert (record.status, record.scheme, record.end_date) == ("draft", "capaian_berbobot",
                                                               DAY_100)
    assert record.target_count == 3
    assert record.weight_total == Decimal("100.00")
    assert record.weighted_progress == pytest.approx(33.33 * 0.8 + 33.34)
    latest = repo.get_target(db, measured)
    assert (latest.latest_realised, latest.latest_date, latest.progress_count) == (
        80.0, date(2019, 7, 2), 2)
    assert [r.data.realised for r in repo.list_progress(db, measured)] == [80.0, 10.0]
    bare = repo.get_program(db, program_id, with_stats=False)
    assert (bare.target_count, bare.weighted_progress) == (0, None)


def test_target_fields_round_trip(db, program):
    data = target("  Integrasi   sistem  TIK ", "12.5", description=" uraian ", indicator=" ind ",
                  unit=" desa ", due_date=date(2019, 8, 17), priority="tinggi",
                  evidence_expected=" SK ")
    target_id = repo.insert_target(db, program, data)
    stored = repo.get_target(db, target_id).data
    assert stored.title == "Integrasi sistem TIK"
    assert (stored.description, stored.indicator, stored.unit, stored.evidence_expected) == (
        "uraian", "ind", "desa", "SK")
    assert stored.weight == Decimal("12.50")
    assert (stored.due_date, stored.priority, stored.target_value) == (
        date(2019, 8, 17), "tinggi", 100.0)
    assert table_rows(db, "SELECT weight_bp FROM target") == [(1250,)]
    done = repo.insert_target(db, program, target(measure="selesai", target_value=5.0, unit="%"))
    assert (repo.get_target(db, done).data.target_value, repo.get_target(db, done).data.unit) == (
        None, "")


@pytest.mark.parametrize("weight, bp", [("0", 0), ("0.01", 1), ("33.33", 3333), ("100", 10000)])
def test_weight_basis_points(weight, bp):
    assert repo.weight_to_bp(Decimal(weight)) == bp
    assert repo.bp_to_weight(bp) == Decimal(weight).quantize(Decimal("0.01"))


def test_checks_in_the_schema(db, program):
    with pytest.raises(peewee.IntegrityError):
        db.insert(Target, program=program, position=0, kind="inovasi", title="x",
                  weight_bp=10001)
    with pytest.raises(peewee.IntegrityError):
        db.update(Program, status="hilang").where(Program.id == program).execute()
    with pytest.raises(peewee.IntegrityError):
        db.update(Program, end_date=date(2019, 6, 13)).where(Program.id == program).execute()
    assert repo.program_status(db, program) == "draft"


def test_status_history_in_order(db, program):
    repo.set_status(db, program, "draft", "disepakati", "")
    repo.set_status(db, program, "disepakati", "draft", "  Bobot salah  ")
    history = repo.status_history(db, program)
    assert [(h.from_status, h.to_status, h.reason) for h in history] == [
        ("draft", "disepakati", ""), ("disepakati", "draft", "Bobot salah")]
    assert repo.program_status(db, program) == "draft"
    with pytest.raises(NotFoundError):
        repo.program_status(db, 999)


def test_templates_unique_by_name_in_any_case(db, program):
    repo.insert_template(db, "Kominfo 100 hari", [innovation(due_date=date(2019, 7, 1))])
    with pytest.raises(ValidationError) as caught:
        repo.insert_template(db, "KOMINFO 100 HARI", [target()])
    assert "sudah ada" in str(caught.value)
    (template,) = repo.list_templates(db)
    assert template.name == "Kominfo 100 hari"
    assert template.targets == [innovation()]  # due dates are not kept in a template


def test_programs_by_official_and_nip(db):
    anas, anas_post = appointment(db)
    _, other_post = appointment(db, OTHER_NIP, "Rachmat Maulana", "Bappeda")
    old = repo.insert_program(db, anas_post, hundred_days())
    new = repo.insert_program(db, anas_post, ProgramInput("tahunan", date(2020, 1, 1)).resolved())
    rachmat = repo.insert_program(db, other_post, hundred_days())
    assert [p.id for p in repo.programs_of_official(db, anas)] == [new, old]  # newest first
    assert repo.program_ids(db) == [old, new, rachmat]  # by name: Anas before Rachmat
    assert repo.program_ids(db, OTHER_NIP) == [rachmat]
    assert repo.program_ids(db, "199901012020011001") == []


def test_foreign_keys_clean_after_everything(db, post):
    program_id, targets = _full_program(db, post)
    repo.delete_target(db, targets[0])
    if not db.is_server:  # a server checks every foreign key as it is written
        with contextlib.closing(sqlite3.connect(db.path)) as con:
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert count(db, "attachment") == 1


def test_an_officials_programs_with_figures_in_one_read_of_their_targets(db):
    """Each program's figures as get_program counts them, from one statement for the
    targets of all the official's programs (not one per program)."""
    official_id, post = appointment(db)
    programs = []
    for months in range(4):
        program_id = repo.insert_program(db, post, ProgramInput(
            "triwulan", date(2020 + months, 1, 1)).resolved())
        for n in range(months + 1):
            target_id = repo.insert_target(db, program_id, target(f"Target {n}", 10 * (n + 1)))
            if n % 2 == 0:
                repo.insert_progress(db, target_id, ProgressInput(date(2020 + months, 1, 2),
                                                                  40.0 + n))
        programs.append(program_id)
    seen: list[str] = []
    db.execute_sql("SELECT 1")  # a server's connection names its operator once, first
    hook = (lambda event: seen.append(event.sql))  # noqa: E731 - peewee's query hook
    db.handle.query_hooks.append(hook)
    try:
        listed = repo.programs_of_official(db, official_id)
    finally:
        db.handle.query_hooks.remove(hook)
    assert [p.id for p in listed] == programs[::-1]  # newest first
    assert listed == [repo.get_program(db, p.id) for p in listed]
    assert [p.target_count for p in listed] == [4, 3, 2, 1]
    assert len(seen) == 2, seen  # the programs, then all their targets
    assert repo.programs_of_official(db, official_id, with_stats=False)[0].target_count == 0
