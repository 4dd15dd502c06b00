"""Program use cases: creating, the inauguration's 100-day programs, agreeing, copies, templates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kinerja_desktop.domain.evidence import EvidenceFile
from kinerja_desktop.domain.programs import ProgramInput, ProgressInput
from kinerja_desktop.errors import KinerjaError, NotFoundError, ValidationError
from kinerja_desktop.services.demo import INAUGURATION_DATE
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.progress import ProgressService
from kinerja_desktop.storage import program_repo
from tests.helpers.dump import dump_database, table_rows
from tests.helpers.programs import (DAY_100, START, appointment, innovation, target)

TODAY = date(2019, 7, 20)  # day 37


@pytest.fixture
def service(db) -> ProgramService:
    return ProgramService(db, today=lambda: TODAY)


@pytest.fixture
def post(db) -> int:
    return appointment(db)[1]


@pytest.fixture
def program(service, post) -> int:
    return service.create_program(post, ProgramInput("100_hari", START))


def agreeable(service, program_id) -> list[int]:
    """Two targets that satisfy the agreement rules (an innovation, weights 60 + 40)."""
    return [service.add_target(program_id, innovation(weight=60, due_date=date(2019, 8, 1))),
            service.add_target(program_id, target(weight=40))]


def titles(service, program_id) -> list[str]:
    return [t.data.title for t in service.targets(program_id)]


# Creating programs ----------------------------------------------------------------------------

def test_create_100_day_program_computes_day_100(service, post):
    program_id = service.create_program(post, ProgramInput("100_hari", START))
    p = service.program(program_id)
    assert (p.kind, p.start_date, p.end_date, p.status, p.scheme) == (
        "100_hari", START, DAY_100, "draft", "capaian_berbobot")
    assert p.appointment_id == post
    assert p.display_title == ("Program 100 Hari – Kepala Dinas Komunikasi Informatika "
                               "Persandian dan Statistik")
    assert p.editable
    assert service.status_history(program_id) == []


def test_create_routine_program_computes_its_end(service, post):
    program_id = service.create_program(post, ProgramInput("semester", date(2019, 7, 1),
                                                           scheme="pp46_2011", title="S2"))
    p = service.program(program_id)
    assert (p.end_date, p.scheme, p.display_title) == (date(2019, 12, 31), "pp46_2011", "S2")


def test_create_refused_writes_nothing(service, post, db):
    before = dump_database(db)
    with pytest.raises(ValidationError) as caught:
        service.create_program(post, ProgramInput("100_hari", START, date(2019, 9, 30)))
    assert [p.field for p in caught.value.problems] == ["tanggal_selesai"]
    with pytest.raises(ValidationError) as caught:
        service.create_program(post, ProgramInput("bulanan", None, scheme="x"))
    assert [p.field for p in caught.value.problems] == ["jenis_program", "skema_penilaian",
                                                        "tanggal_mulai"]
    service.create_program(post, ProgramInput("100_hari", START))
    middle = dump_database(db)
    with pytest.raises(ValidationError):  # the same post, kind and start day again
        service.create_program(post, ProgramInput("100_hari", START))
    assert dump_database(db) == middle != before


def test_create_without_a_post_is_refused_as_input(service, db):
    # The program dialog hands None when no post is chosen: a missing field, not the id None.
    before = dump_database(db)
    with pytest.raises(ValidationError) as caught:
        service.create_program(None, ProgramInput("100_hari", START))
    assert [p.field for p in caught.value.problems] == ["jabatan"]
    assert dump_database(db) == before


def test_create_for_an_unknown_post(service, db):
    before = dump_database(db)
    with pytest.raises(NotFoundError):
        service.create_program(4242, ProgramInput("100_hari", START))
    assert dump_database(db) == before


def test_create_with_copied_targets(service, post, program):
    agreeable(service, program)
    copy = service.create_program(post, ProgramInput("triwulan", date(2019, 10, 1)),
                                  copy_from=program)
    assert titles(service, copy) == titles(service, program)
    # 1 August was day 49 of the 100 days; day 49 of the quarter from 1 October is 18 November.
    assert [t.data.due_date for t in service.targets(copy)] == [date(2019, 11, 18), None]


# The inauguration's 100-day programs (demo) ------------------------------------------------------

def test_create_for_inauguration_gives_each_of_the_five_a_program(demo_db):
    service = ProgramService(demo_db)
    posts = program_repo.inauguration_appointments(demo_db, INAUGURATION_DATE)
    assert len(posts) == 5
    first = service.create_for_inauguration(INAUGURATION_DATE)
    # The demo may already create some of these itself: together they are the five.
    assert len(first.created) + len(first.existing) == 5
    assert len(set(first.created) | set(first.existing)) == 5
    programs = [service.program(pid) for pid in first.created + first.existing]
    assert sorted(p.appointment_id for p in programs) == sorted(a for a, _ in posts)
    assert {(p.kind, p.start_date, p.end_date) for p in programs} == {
        ("100_hari", INAUGURATION_DATE, date(2019, 9, 21))}
    # The demo evaluated Anas Dwisatya's program; the other four are drafts.
    assert sorted(p.status for p in programs) == ["dievaluasi"] + ["draft"] * 4
    assert {p.official_name for p in programs} == {
        "Anas Dwisatya", "Rachmat Maulana", "Ajat", "Mohamad Ishak Abdul Raup", "Abdullah"}

    before = dump_database(demo_db)
    second = service.create_for_inauguration(INAUGURATION_DATE)
    assert second.created == []
    assert sorted(second.existing) == sorted(first.created + first.existing)
    assert dump_database(demo_db) == before
    count = table_rows(demo_db, "SELECT count(*) FROM program WHERE kind = '100_hari' "
                                     "AND start_date = '2019-06-14'")
    assert count == [(5,)]


def test_create_for_inauguration_keeps_a_program_made_by_hand(demo_db):
    service = ProgramService(demo_db)
    posts = program_repo.inauguration_appointments(demo_db, INAUGURATION_DATE)
    existing = program_repo.find_program(demo_db, posts[0][0], "100_hari", INAUGURATION_DATE)
    mine = existing or service.create_program(posts[0][0], ProgramInput("100_hari",
                                                                        INAUGURATION_DATE))
    result = service.create_for_inauguration(INAUGURATION_DATE, scheme="pp46_2011")
    assert mine in result.existing and mine not in result.created
    assert len(result.created) + len(result.existing) == 5


def test_create_for_a_day_without_inauguration(demo_db):
    service = ProgramService(demo_db)
    before = dump_database(demo_db)
    with pytest.raises(NotFoundError) as caught:
        service.create_for_inauguration(date(2019, 6, 15))
    assert "15 Juni 2019" in str(caught.value)
    assert dump_database(demo_db) == before


# Targets while drafting --------------------------------------------------------------------------

def test_add_update_move_delete_targets(service, program):
    a, b = agreeable(service, program)
    c = service.add_target(program, target("Kerja sama Facebook", 0), position=0)
    assert titles(service, program) == ["Kerja sama Facebook", "Smart village",
                                        "Integrasi sistem TIK"]
    old = service.update_target(c, target("Kerja sama perguruan tinggi", "0"))
    assert old.title == "Kerja sama Facebook"
    assert service.target(c).data.title == "Kerja sama perguruan tinggi"
    assert service.move_target(c, 2) == 0
    assert titles(service, program) == ["Smart village", "Integrasi sistem TIK",
                                        "Kerja sama perguruan tinggi"]
    snapshot = service.delete_target(a)
    assert titles(service, program) == ["Integrasi sistem TIK", "Kerja sama perguruan tinggi"]
    service.restore_targets([snapshot])
    assert [t.id for t in service.targets(program)] == [a, b, c]


def test_a_bad_target_is_refused_with_every_problem(service, program, db):
    before = dump_database(db)
    with pytest.raises(ValidationError) as caught:
        service.add_target(program, target("", "120", target_value=0.0, unit="",
                                           due_date=date(2019, 9, 22)))
    assert [p.field for p in caught.value.problems] == ["judul", "target", "satuan", "bobot",
                                                        "tenggat"]
    with pytest.raises(ValidationError) as caught:
        service.add_target(program, target(priority_link_id=999))
    assert [p.field for p in caught.value.problems] == ["prioritas_pembangunan"]
    assert dump_database(db) == before


def test_delete_several_targets_and_undo(service, program, db):
    ids = agreeable(service, program) + [service.add_target(program, target("C", 0))]
    before = dump_database(db, include_audit=False)
    snapshots = service.delete_targets(ids[:2])
    assert titles(service, program) == ["C"]
    service.restore_targets(snapshots)
    assert dump_database(db, include_audit=False) == before


def test_undo_and_redo_of_a_copy_keep_the_order(service, post, program, db):
    # The editor undoes a copy with delete_targets and redoes it with restore_targets.
    service.add_target(program, target("Sudah ada", 0))
    source = service.create_program(post, ProgramInput("triwulan", date(2019, 10, 1)))
    for name in ("A", "B", "C"):
        service.add_target(source, target(name, 0))
    copied = service.copy_targets(source, program)
    after_copy = dump_database(db, include_audit=False)
    snapshots = service.delete_targets(copied)
    assert titles(service, program) == ["Sudah ada"]
    service.restore_targets(snapshots)
    assert titles(service, program) == ["Sudah ada", "A", "B", "C"]
    assert dump_database(db, include_audit=False) == after_copy


def test_update_target_of_an_unknown_id(service, program):
    with pytest.raises(NotFoundError):
        service.update_target(999, target())


# Agreeing and the lock ---------------------------------------------------------------------------

def test_agreeing_needs_complete_weights(service, program, db):
    a, _ = agreeable(service, program)
    service.update_target(a, innovation(weight="59.99"))
    before = dump_database(db)
    with pytest.raises(ValidationError) as caught:
        service.change_status(program, "disepakati")
    assert "Jumlah bobot harus tepat 100%, sekarang 99,99%" in str(caught.value)
    assert dump_database(db) == before
    assert service.program(program).status == "draft"


def test_agreeing_a_100_day_program_needs_an_innovation(service, program):
    service.add_target(program, target(weight=100))
    with pytest.raises(ValidationError) as caught:
        service.change_status(program, "disepakati")
    assert "minimal satu inovasi" in str(caught.value)


def test_agreeing_an_empty_program_is_refused(service, program):
    with pytest.raises(ValidationError) as caught:
        service.change_status(program, "disepakati")
    assert "belum memiliki target" in str(caught.value)


def test_skipping_a_status_is_refused(service, program):
    agreeable(service, program)
    with pytest.raises(ValidationError) as caught:
        service.change_status(program, "dievaluasi", "alasan")
    assert "satu langkah" in str(caught.value)


@pytest.fixture
def agreed(service, program) -> tuple[int, list[int]]:
    targets = agreeable(service, program)
    service.change_status(program, "disepakati")
    return program, targets


def test_an_agreed_program_locks_its_targets(service, agreed, db):
    program, (a, b) = agreed
    p = service.program(program)
    assert (p.status, p.editable, p.weight_total, p.target_count) == (
        "disepakati", False, Decimal("100.00"), 2)
    before = dump_database(db)
    calls = [
        lambda: service.update_target(a, innovation(weight=60, title="Diubah")),
        lambda: service.add_target(program, target(weight=0)),
        lambda: service.delete_target(b),
        lambda: service.delete_targets([a]),
        lambda: service.move_target(b, 0),
        lambda: service.update_program(program, ProgramInput("100_hari", START, title="Baru")),
        lambda: service.copy_targets(program, service.create_program(
            appointment(db, "197008231993031006", "Rachmat", "Bappeda")[1],
            ProgramInput("triwulan", START))) and None,
    ]
    for call in calls[:-1]:
        with pytest.raises(KinerjaError) as caught:
            call()
        assert "terkunci" in str(caught.value)
        assert "Disepakati" in str(caught.value)
    assert dump_database(db) == before
    with pytest.raises(KinerjaError) as caught:
        service.delete_program(program)
    assert "tidak dapat dihapus" in str(caught.value)
    assert dump_database(db) == before


def test_copy_or_template_into_an_agreed_program_is_refused(service, agreed, post, db):
    program, _ = agreed
    source = service.create_program(post, ProgramInput("triwulan", date(2019, 10, 1)))
    service.add_target(source, target("Sumber", 100))
    template = service.save_template("Dari sumber", source)
    before = dump_database(db)
    with pytest.raises(KinerjaError) as caught:
        service.copy_targets(source, program)
    assert "terkunci" in str(caught.value)
    with pytest.raises(KinerjaError) as caught:
        service.apply_template(template, program)
    assert "terkunci" in str(caught.value)
    assert dump_database(db) == before


def test_undo_of_a_delete_is_refused_once_the_program_is_agreed(service, program, db):
    a, b = agreeable(service, program)
    extra = service.add_target(program, target("Lain", 0))
    snapshot = service.delete_target(extra)
    service.change_status(program, "disepakati")
    before = dump_database(db)
    with pytest.raises(KinerjaError) as caught:
        service.restore_targets([snapshot])
    assert "terkunci" in str(caught.value)
    assert dump_database(db) == before


def test_progress_is_allowed_when_agreed_but_not_once_evaluated(service, agreed, db):
    program, (a, _) = agreed
    progress = ProgressService(db, today=lambda: TODAY)
    report = progress.add_report(a, ProgressInput(date(2019, 7, 1), 30.0, "Tahap awal"),
                                 [EvidenceFile("notulen.pdf", b"%PDF-1.4 notulen")])
    assert [r.id for r in progress.reports(a)] == [report]
    assert service.program(program).weighted_progress == pytest.approx(60 * 0.3)
    service.change_status(program, "dievaluasi")
    before = dump_database(db)
    with pytest.raises(KinerjaError) as caught:
        progress.add_report(a, ProgressInput(date(2019, 7, 2), 50.0))
    assert "Dievaluasi" in str(caught.value) and "progres tidak dapat diubah" in str(caught.value)
    with pytest.raises(KinerjaError):
        progress.delete_report(report)
    (attachment,) = progress.reports(a)[0].attachments
    with pytest.raises(KinerjaError):
        progress.delete_file(attachment.id)
    with pytest.raises(KinerjaError):
        progress.add_files(report, [EvidenceFile("lagi.pdf", b"x")])
    assert dump_database(db) == before
    assert progress.evidence(attachment.id).content == b"%PDF-1.4 notulen"  # still readable


def test_stepping_back_needs_a_reason_and_history_keeps_it(service, agreed, db):
    program, (a, _) = agreed
    before = dump_database(db)
    with pytest.raises(ValidationError) as caught:
        service.change_status(program, "draft", "   ")
    assert [p.field for p in caught.value.problems] == ["alasan"]
    assert dump_database(db) == before
    service.change_status(program, "draft", "  Bobot inovasi salah ketik  ")
    history = service.status_history(program)
    assert [(h.from_status, h.to_status, h.reason) for h in history] == [
        ("draft", "disepakati", ""), ("disepakati", "draft", "Bobot inovasi salah ketik")]
    assert all(h.changed_at is not None for h in history)
    # Draft again: editable.
    service.update_target(a, innovation(weight=60, title="Smart village (revisi)"))
    assert service.target(a).data.title == "Smart village (revisi)"


def test_full_status_cycle(service, agreed):
    program, _ = agreed
    service.change_status(program, "dievaluasi")
    service.change_status(program, "ditutup")
    with pytest.raises(ValidationError):
        service.change_status(program, "ditutup")
    service.change_status(program, "dievaluasi", "Nilai perlu dikoreksi")
    assert [h.to_status for h in service.status_history(program)] == [
        "disepakati", "dievaluasi", "ditutup", "dievaluasi"]


def test_a_draft_program_is_deleted_with_everything(service, program, db):
    a, _ = agreeable(service, program)
    ProgressService(db, today=lambda: TODAY).add_report(
        a, ProgressInput(TODAY, 1.0), [EvidenceFile("a.pdf", b"%PDF-1.4 a")])
    service.delete_program(program)
    for table in ("program", "target", "progress_update", "attachment"):
        assert table_rows(db, f"SELECT count(*) FROM {table}") == [(0,)], table


# Editing a program ---------------------------------------------------------------------------

def test_update_program_returns_the_old_fields(service, program):
    old = service.update_program(program, ProgramInput("100_hari", START, title="Gebrakan"))
    assert old == ProgramInput("100_hari", START, DAY_100, "capaian_berbobot", "", "")
    p = service.program(program)
    assert (p.title, p.end_date) == ("Gebrakan", DAY_100)


def test_update_program_refused_when_a_due_date_would_fall_outside(service, program, db):
    service.add_target(program, target("Awal", 50, due_date=date(2019, 6, 20)))
    service.add_target(program, innovation("Akhir", 50, due_date=DAY_100))
    before = dump_database(db)
    with pytest.raises(ValidationError) as caught:
        service.update_program(program, ProgramInput("100_hari", date(2019, 7, 1)))
    (problem,) = caught.value.problems
    assert (problem.field, problem.row) == ("tanggal_mulai", 1)
    assert "'Awal'" in problem.message
    with pytest.raises(ValidationError) as caught:
        service.update_program(program, ProgramInput("triwulan", START))  # ends 13 September
    assert [(p.row, "'Akhir'" in p.message) for p in caught.value.problems] == [(2, True)]
    assert dump_database(db) == before
    # A period that still holds both due dates is fine.
    service.update_program(program, ProgramInput("tahunan", date(2019, 6, 1)))
    assert service.program(program).end_date == date(2020, 5, 31)


# Copies and templates -----------------------------------------------------------------------------

def test_copy_targets_shifts_due_dates(service, post, program):
    service.add_target(program, innovation("Pertama", 50, due_date=START))
    service.add_target(program, target("Ke-37", 30, due_date=date(2019, 7, 20)))
    service.add_target(program, target("Terakhir", 20, due_date=DAY_100))
    service.add_target(program, target("Tanpa tenggat", 0))
    next_year = service.create_program(post, ProgramInput("100_hari", date(2020, 1, 1)))
    service.add_target(next_year, target("Sudah ada", 0))
    ids = service.copy_targets(program, next_year)
    assert len(ids) == 4
    copied = service.targets(next_year)
    assert [(t.data.title, t.data.due_date) for t in copied] == [
        ("Sudah ada", None),
        ("Pertama", date(2020, 1, 1)),
        ("Ke-37", date(2020, 2, 6)),  # still day 37
        ("Terakhir", date(2020, 4, 9)),  # still day 100
        ("Tanpa tenggat", None)]
    assert [t.id for t in copied[1:]] == ids
    assert [t.data.weight for t in copied[1:]] == [Decimal(50), Decimal(30), Decimal(20),
                                                   Decimal(0)]
    assert all(t.progress_count == 0 for t in copied)
    # The source is unchanged.
    assert [t.data.due_date for t in service.targets(program)][:2] == [START, date(2019, 7, 20)]


def test_copy_clamps_into_a_shorter_program(service, post, program):
    service.add_target(program, target("Akhir", 100, due_date=DAY_100))
    month = service.create_program(post, ProgramInput("triwulan", date(2019, 10, 1),
                                                      date(2019, 10, 31)))
    service.copy_targets(program, month)
    assert [t.data.due_date for t in service.targets(month)] == [date(2019, 10, 31)]


def test_copy_into_itself_refused(service, program):
    agreeable(service, program)
    with pytest.raises(KinerjaError) as caught:
        service.copy_targets(program, program)
    assert "program lain" in str(caught.value)
    assert len(service.targets(program)) == 2


def test_save_and_apply_a_template(service, post, program):
    priority = service.add_priority(" M1 ", "  Tata   kelola  ")
    service.add_target(program, innovation(weight=60, due_date=date(2019, 8, 1),
                                           priority_link_id=priority, description="Desa"))
    service.add_target(program, target("Selesai", 40, measure="selesai", target_value=None,
                                       unit=""))
    template_id = service.save_template("  Kominfo   100 hari ", program)
    (template,) = service.templates()
    assert (template.id, template.name) == (template_id, "Kominfo 100 hari")
    assert [(t.title, t.weight, t.due_date, t.priority_link_id, t.measure) for t in
            template.targets] == [("Smart village", Decimal("60.00"), None, priority, "angka"),
                                  ("Selesai", Decimal("40.00"), None, None, "selesai")]

    fresh = service.create_program(post, ProgramInput("100_hari", date(2020, 6, 14)))
    ids = service.apply_template(template_id, fresh)
    applied = service.targets(fresh)
    assert [t.id for t in applied] == ids
    assert [(t.data.title, t.data.weight, t.data.due_date, t.data.description) for t in
            applied] == [("Smart village", Decimal("60.00"), None, "Desa"),
                         ("Selesai", Decimal("40.00"), None, "")]
    assert applied[0].priority_link_title == "M1. Tata kelola"
    service.change_status(fresh, "disepakati")  # a template's targets can be agreed as they are


def test_template_keeps_no_link_to_a_deleted_priority(service, post, program):
    priority = service.add_priority("M9", "Sementara")
    service.add_target(program, innovation(weight=100, priority_link_id=priority))
    template_id = service.save_template("Sementara", program)
    service.delete_program(program)
    service.delete_priority(priority)
    fresh = service.create_program(post, ProgramInput("triwulan", START))
    service.apply_template(template_id, fresh)
    assert [t.data.priority_link_id for t in service.targets(fresh)] == [None]


def test_template_names_and_empty_programs(service, program):
    with pytest.raises(ValidationError) as caught:
        service.save_template("   ", program)
    assert "wajib diisi" in str(caught.value)
    with pytest.raises(ValidationError):
        service.save_template("x" * 201, program)
    with pytest.raises(KinerjaError) as caught:
        service.save_template("Kosong", program)
    assert "belum memiliki target" in str(caught.value)
    service.add_target(program, innovation(weight=100))
    service.save_template("Satu", program)
    with pytest.raises(ValidationError) as caught:
        service.save_template("SATU", program)
    assert "sudah ada" in str(caught.value)
    (only,) = service.templates()
    service.delete_template(only.id)
    assert service.templates() == []
    with pytest.raises(NotFoundError):
        service.apply_template(only.id, program)


# Development priorities -----------------------------------------------------------------------

def test_priorities_are_checked(service):
    with pytest.raises(ValidationError) as caught:
        service.add_priority("x" * 21, "  ")
    assert [p.field for p in caught.value.problems] == ["uraian", "kode"]
    pid = service.add_priority("M1", "Satu")
    service.update_priority(pid, "M1", "Satu", active=False)
    assert service.priorities() == []
    assert [p.title for p in service.priorities(include_inactive=True)] == ["Satu"]


def test_programs_of_official(service, db):
    official, post_id = appointment(db)
    first = service.create_program(post_id, ProgramInput("100_hari", START))
    second = service.create_program(post_id, ProgramInput("tahunan", date(2020, 1, 1)))
    assert [p.id for p in service.programs_of_official(official)] == [second, first]
    assert service.program_ids() == [first, second]
