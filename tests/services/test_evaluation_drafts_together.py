"""Two evaluators saving one evaluation draft (issue 20): what each entered is kept, item by
item (a target's realisation, a behaviour score); the same item entered differently by both is
asked, never overwritten unasked; finalising seals in what the other saved. Runs on a file
(two connections) and on the test server (two colleagues)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from kinerja_desktop.errors import StaleSaveError
from kinerja_desktop.services.evaluations import EvaluationService
from tests.helpers.actors import acting_as
from tests.helpers.dump import dump_database
from tests.helpers.programs import DAY_100
from tests.services.test_evaluations import make_program, programs, signatories  # noqa: F401

BUDI = "Budi (Sekda)"  # the colleague, as the history names him

D = Decimal


def realised(content, first=None, second=None):
    values = (first, second)
    return replace(content, targets=[
        replace(t, realised=D(str(v))) if v is not None else t
        for t, v in zip(content.targets, values, strict=True)])


@pytest.fixture
def two(db, colleague, programs, signatories):  # noqa: F811 - the fixtures imported above
    """(mine, theirs, evaluation id, the draft as both opened it)."""
    program_id = make_program(db, programs)
    mine = EvaluationService(db, today=lambda: DAY_100)
    theirs = EvaluationService(colleague, today=lambda: DAY_100, actor=lambda: "Budi (Sekda)")
    evaluation_id = mine.start(program_id)
    return mine, theirs, evaluation_id, mine.get(evaluation_id).content


def test_two_evaluators_entering_different_targets_both_keep_theirs(two):
    mine, theirs, evaluation_id, seen = two
    acting_as(BUDI, lambda: theirs.save_draft(evaluation_id, realised(seen, second=1),
                                              seen=seen))
    mine.save_draft(evaluation_id, replace(realised(seen, first=8), notes="catatan Ani"),
                    seen=seen)
    stored = mine.get(evaluation_id).content
    assert [t.realised for t in stored.targets] == [D(8), D(1)]
    assert stored.notes == "catatan Ani"
    assert mine.saved_content == stored  # what the wizard shows next


def test_the_same_target_entered_differently_is_asked_not_overwritten(db, two):
    mine, theirs, evaluation_id, seen = two
    acting_as(BUDI, lambda: theirs.save_draft(
        evaluation_id, replace(realised(seen, first=9), recommendation="lanjutkan"), seen=seen))
    before = dump_database(db)
    mine_now = replace(realised(seen, first=7, second=1), notes="dari Ani")
    with pytest.raises(StaleSaveError) as caught:
        mine.save_draft(evaluation_id, mine_now, seen=seen)
    message = str(caught.value)
    assert message.startswith("KONFLIK evaluasi ") and "diubah oleh Budi (Sekda) pada" in message
    title = seen.targets[0].title
    assert caught.value.differences == ((f"Target '{title}': realisasi", "7", "9"),)
    assert dump_database(db) == before  # nothing written
    mine.save_draft(evaluation_id, mine_now, seen=seen, overwrite=True)  # Simpan
    stored = mine.get(evaluation_id).content
    assert [t.realised for t in stored.targets] == [D(7), D(1)]
    assert (stored.recommendation, stored.notes) == ("lanjutkan", "dari Ani")  # theirs kept


def test_finalising_seals_in_what_the_other_evaluator_saved(two):
    mine, theirs, evaluation_id, seen = two
    entered = replace(realised(seen, 8, 1), recommendation="lanjutkan")
    saved = mine.save_draft(evaluation_id, entered, seen=seen)
    assert saved is not None
    seen = mine.saved_content
    acting_as(BUDI, lambda: theirs.save_draft(evaluation_id, replace(seen, notes="dari Sekda"),
                                              seen=seen))
    with pytest.raises(StaleSaveError):
        mine.finalise(evaluation_id, replace(seen, notes="dari Ani"), seen=seen)
    assert not mine.get(evaluation_id).final
    record = mine.finalise(evaluation_id, seen, seen=seen)
    assert record.final and record.content.notes == "dari Sekda"
