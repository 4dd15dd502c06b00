"""The demo beside what the user entered: one Bupati, the user's; history dated as it happened."""

from __future__ import annotations

from datetime import date

from kinerja_desktop.services import demo
from kinerja_desktop.services.demo import load_demo
from kinerja_desktop.services.evaluations import EvaluationService
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.setup import SignatoryInput, save_signatories
from kinerja_desktop.storage import official_repo
from tests.helpers.dump import table_rows


def _user_bupati(db) -> int:
    return save_signatories(db, [SignatoryInput("bupati", "Ratu Tatu Chasanah, S.E.",
                                                "Bupati Serang")])["bupati"]


def test_demo_reuses_the_bupati_the_user_entered(db):
    own = _user_bupati(db)
    load_demo(db)
    bupatis = [s for s in official_repo.list_signatories(db) if s.role == "bupati"]
    assert [(s.id, s.name) for s in bupatis] == [(own, "Ratu Tatu Chasanah, S.E.")]
    (signatory_id,) = table_rows(db, "SELECT inaugurating_signatory_id FROM inauguration")
    assert signatory_id == (own,)


def test_default_chair_of_a_new_evaluation_is_the_users_bupati(db):
    own = _user_bupati(db)
    load_demo(db)
    programs = ProgramService(db)
    rachmat = next(i for i in programs.program_ids("197008231993031006"))
    for target in demo.ANAS_TARGETS:
        programs.add_target(rachmat, target.data)
    programs.change_status(rachmat, "disepakati")
    service = EvaluationService(db, today=lambda: date(2019, 9, 21))
    content = service.get(service.start(rachmat)).content
    chairs = [e.signatory_id for e in content.evaluators if e.chair]
    assert chairs == [own]


def test_demo_without_a_user_bupati_adds_the_reports(db):
    load_demo(db)
    assert [s.name for s in official_repo.list_signatories(db) if s.role == "bupati"] == [
        "Ratu Tatu Chasanah"]


def test_status_history_is_dated_as_the_demo_tells_it(demo_db):
    rows = table_rows(demo_db, "SELECT to_status, substr(created_at, 1, 10) "
                                    "FROM program_status_change ORDER BY id")
    assert ("dievaluasi", demo.EVALUATION_DATE.isoformat()) in rows
    assert all(day.startswith("2019-") for _, day in rows)


def test_the_demo_evaluation_was_finalised_on_its_own_day(demo_db):
    """The read-only view said 'difinalkan <the day the demo was loaded>' beside 21 Sept 2019."""
    from kinerja_desktop.services.evaluations import EvaluationService
    service = EvaluationService(demo_db)
    final = [r for r in service.evaluations() if r.final]
    assert [(r.date, r.finalised_at.date()) for r in final] == [
        (demo.EVALUATION_DATE, demo.EVALUATION_DATE)]
    assert service.rescore(final[0].id).hash_matches  # the seal does not hold that moment
