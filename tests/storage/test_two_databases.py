"""Two databases open at once, used from two threads at the same time: each call goes to the
database it was given, because no model is ever bound to a database (peewee binds globally)."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from datetime import date
from pathlib import Path

import peewee
import pytest

from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.programs import ProgramInput
from kinerja_desktop.domain.roster import RosterFilter
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import official_repo, program_repo, settings_repo
from kinerja_desktop.storage.database import Database, open_database
from kinerja_desktop.storage.models import ALL_MODELS, Appointment, Official, Setting, Unit
from tests.helpers.nips import make_nip
from tests.helpers.programs import innovation

START = date(2019, 6, 14)
ROUNDS = 40  # each round: about ten service and repository calls, reads and writes
BIRTHS = {"A": "19750505", "B": "19800808"}  # NIPs differ, so a leak is never a clash


def nip(tag: str, n: int) -> str:
    return make_nip(BIRTHS[tag], "200001", 1 + n % 2, n)


def rows(path: Path, sql: str) -> list[tuple]:
    """Read a file with plain sqlite3, past peewee and the app."""
    with contextlib.closing(sqlite3.connect(path)) as con:
        return con.execute(sql).fetchall()


def work(db: Database, tag: str, barrier: threading.Barrier) -> None:
    """ROUNDS rounds of writes and reads on `db`, each round started with the other thread."""
    roster = RosterService(db)
    programs = ProgramService(db, lambda: START)
    unit = f"Dinas {tag}"
    try:
        barrier.wait(timeout=30)
        for n in range(1, ROUNDS + 1):
            barrier.wait(timeout=30)  # both threads in the same round: interleaved calls
            name = f"Pejabat {tag}-{n}"
            official_id, _ = roster.create(OfficialInput(nip(tag, n), name, rank="IV/b"), [
                AppointmentInput(f"Kepala {unit}", unit, "II.b", "seleksi_terbuka",
                                 start_date=START)])
            (post,) = roster.get(official_id).appointments
            assert post.unit_name == unit
            program_id = programs.create_program(post.id, ProgramInput("100_hari", START))
            target_id = programs.add_target(program_id, innovation(f"Inovasi {tag}-{n}"))
            settings_repo.set(db, "langkah", f"{tag}-{n}")
            with db.atomic():
                official_repo.ensure_unit(db, f"Bagian {tag}-{n}")
            # Reads see this database's writes, and only them.
            assert settings_repo.get(db, "langkah") == f"{tag}-{n}"
            assert [t.id for t in programs.targets(program_id)] == [target_id]
            assert program_repo.get_target(db, target_id).data.title == f"Inovasi {tag}-{n}"
            assert roster.search(RosterFilter(text=name)) == [official_id]
            assert roster.id_by_nip(nip(tag, n)) == official_id
            assert roster.count() == n
            assert {u.name for u in roster.units()} == (
                {unit} | {f"Bagian {tag}-{k}" for k in range(1, n + 1)})
    except BaseException:
        barrier.abort()  # the other thread stops waiting instead of hanging
        raise
    finally:
        db.close()  # this thread's connection


def run_in_threads(jobs: dict[str, tuple[Database, threading.Barrier]]) -> None:
    errors: dict[str, BaseException] = {}

    def run(tag: str) -> None:
        db, barrier = jobs[tag]
        try:
            work(db, tag, barrier)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread below
            errors[tag] = exc

    threads = [threading.Thread(target=run, args=(tag,), name=f"db-{tag}") for tag in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
        assert not thread.is_alive(), f"{thread.name} is stuck"
    if errors:
        tag, error = sorted(errors.items())[0]
        raise AssertionError(f"thread {tag} failed: {error!r}") from error


def test_two_databases_used_at_once_from_two_threads(tmp_path):
    paths = {"A": tmp_path / "a.kinerja", "B": tmp_path / "b.kinerja"}
    databases = {tag: open_database(path) for tag, path in paths.items()}
    barrier = threading.Barrier(2)
    try:
        run_in_threads({tag: (db, barrier) for tag, db in databases.items()})
    finally:
        for db in databases.values():
            db.close()
    for tag, other in (("A", "B"), ("B", "A")):
        path = paths[tag]
        expected = [f"Pejabat {tag}-{n}" for n in range(1, ROUNDS + 1)]
        assert sorted(r[0] for r in rows(path, "SELECT name FROM official")) == sorted(expected)
        assert sorted(r[0] for r in rows(path, "SELECT nip FROM official")) == sorted(
            nip(tag, n) for n in range(1, ROUNDS + 1))
        assert {r[0] for r in rows(path, "SELECT name FROM unit")} == (
            {f"Dinas {tag}"} | {f"Bagian {tag}-{n}" for n in range(1, ROUNDS + 1)})
        assert sorted(r[0] for r in rows(path, "SELECT title FROM target")) == sorted(
            f"Inovasi {tag}-{n}" for n in range(1, ROUNDS + 1))
        assert rows(path, "SELECT count(*) FROM program") == [(ROUNDS,)]
        assert rows(path, "SELECT count(*) FROM appointment") == [(ROUNDS,)]
        assert rows(path, "SELECT count(*) FROM roster_entry") == [(ROUNDS,)]
        assert rows(path, "SELECT value FROM setting WHERE key = 'langkah'") == [
            (f"{tag}-{ROUNDS}",)]
        # Nothing of the other database, in any table or in the audit history.
        everything = repr(rows(path, "SELECT * FROM official") + rows(path, "SELECT * FROM unit")
                          + rows(path, "SELECT * FROM target")
                          + rows(path, "SELECT * FROM setting")
                          + rows(path, "SELECT * FROM audit_entry"))
        assert f"{other}-" not in everything and f"Dinas {other}" not in everything
        assert BIRTHS[other] not in everything


def test_models_stay_unbound_and_a_query_without_a_database_fails(tmp_path):
    first = open_database(tmp_path / "a.kinerja")
    second = open_database(tmp_path / "b.kinerja")
    try:
        assert [m.__name__ for m in ALL_MODELS if m._meta.database is not None] == []
        unit_id = first.insert(Unit, name="Dinas Kominfo")
        official_id = first.insert(Official, nip=nip("A", 1), name="Anas", sex="L",
                                   birth_date=date(1975, 5, 5))
        first.insert(Appointment, official=official_id, unit=unit_id, post_title="Kepala")
        with pytest.raises(peewee.InterfaceError, match="must be bound to a database"):
            Official.select().count()
        with pytest.raises(peewee.InterfaceError, match="must be bound to a database"):
            Unit.create(name="Dinas Lain")
        with pytest.raises(peewee.InterfaceError, match="must be bound to a database"):
            Setting.insert(key="k", value="v").execute()
        appointment = first.select(Appointment).get()
        with pytest.raises(peewee.InterfaceError, match="must be bound to a database"):
            appointment.unit  # noqa: B018 - a lazy foreign-key load, without a database
        with pytest.raises(peewee.InterfaceError, match="must be bound to a database"):
            appointment.save()
        # The same query made on each database reads that database.
        assert first.select(Unit).count() == 1 and second.select(Unit).count() == 0
        assert [m.__name__ for m in ALL_MODELS if m._meta.database is not None] == []
    finally:
        first.close()
        second.close()


def test_a_service_keeps_its_database_when_another_opens_and_closes(tmp_path):
    """Why services.uses_database existed: a service on db1 used after db2 was opened (which
    bound the models to db2), and after db2 was closed."""
    first = open_database(tmp_path / "a.kinerja")
    roster = RosterService(first)
    anas, _ = roster.create(OfficialInput(nip("A", 1), "Anas Dwisatya", rank="IV/b"), [
        AppointmentInput("Kepala Dinas Kominfo", "Dinas Kominfo", "II.b", "seleksi_terbuka",
                         start_date=START)])
    second = open_database(tmp_path / "b.kinerja")
    try:
        RosterService(second).create(OfficialInput(nip("B", 1), "Budi Santoso"))
        roster.create(OfficialInput(nip("A", 2), "Rachmat Maulana"))
        assert roster.get(anas).appointments[0].unit_name == "Dinas Kominfo"
        settings_repo.set(first, "instansi", "Pemerintah Kabupaten Serang")
        second.close()
        budi_id = roster.id_by_nip(nip("B", 1))
        roster.create(OfficialInput(nip("A", 3), "Siti Aminah"))
        assert budi_id is None
        assert {roster.get(i).name for i in roster.search(RosterFilter(status="semua"))} == {
            "Anas Dwisatya", "Rachmat Maulana", "Siti Aminah"}
        program_id = ProgramService(first).create_program(
            roster.get(anas).appointments[0].id, ProgramInput("100_hari", START))
        assert ProgramService(first).program(program_id).official_name == "Anas Dwisatya"
        assert settings_repo.get(first, "instansi") == "Pemerintah Kabupaten Serang"
    finally:
        first.close()
        second.close()
    assert sorted(r[0] for r in rows(tmp_path / "a.kinerja", "SELECT name FROM official")) == [
        "Anas Dwisatya", "Rachmat Maulana", "Siti Aminah"]
    assert rows(tmp_path / "b.kinerja", "SELECT name FROM official") == [("Budi Santoso",)]
    assert rows(tmp_path / "b.kinerja", "SELECT count(*) FROM program") == [(0,)]
    assert rows(tmp_path / "b.kinerja", "SELECT count(*) FROM setting") == [(0,)]
