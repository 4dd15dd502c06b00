"""The three-way merge of two evaluators' drafts, item by item (domain/evaluation_merge)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from kinerja_desktop.domain.evaluation_merge import merge_drafts
from kinerja_desktop.domain.evaluations import EvaluationContent, TargetAssessment

D = Decimal


def draft(**values) -> EvaluationContent:
    targets = [TargetAssessment(1, "Smart village", "inovasi", D(60), "angka", D(10), "desa"),
               TargetAssessment(2, "Integrasi TIK", "target_kinerja", D(40), "selesai", None, "")]
    return replace(EvaluationContent(date(2019, 9, 22), "pp30_2019", targets), **values)


def test_each_behaviour_item_is_merged_on_its_own():
    seen = draft(behaviour={"komitmen": "80", "kerja_sama": "70"})
    mine = draft(behaviour={"komitmen": "85", "kerja_sama": "70", "inisiatif_kerja": "90"})
    stored = draft(behaviour={"komitmen": "80"})  # the colleague removed kerja_sama
    merged, clashes = merge_drafts(seen, mine, stored)
    assert merged.behaviour == {"komitmen": "85", "inisiatif_kerja": "90"} and clashes == []


def test_a_clash_names_the_item_and_keeps_the_stored_value_unless_mine_is_preferred():
    seen = draft(behaviour={"komitmen": "80"}, recommendation=None)
    mine = draft(behaviour={"komitmen": "85"}, recommendation="lanjutkan")
    stored = draft(behaviour={"komitmen": "75"}, recommendation="lanjutkan")
    merged, clashes = merge_drafts(seen, mine, stored)
    assert clashes == [("Perilaku kerja: Komitmen", "85", "75")]  # the same answer: no clash
    assert merged.behaviour == {"komitmen": "75"} and merged.recommendation == "lanjutkan"
    merged, _ = merge_drafts(seen, mine, stored, prefer_mine=True)
    assert merged.behaviour == {"komitmen": "85"}


def test_targets_are_merged_field_by_field_and_the_evaluators_as_one_item():
    seen = draft()
    mine = replace(seen, targets=[replace(seen.targets[0], realised=D(8), note="cek"),
                                  seen.targets[1]])
    stored = replace(seen, targets=[replace(seen.targets[0], feedback="bagus"),
                                    replace(seen.targets[1], realised=D(1))])
    merged, clashes = merge_drafts(seen, mine, stored)
    assert clashes == []
    first, second = merged.targets
    assert (first.realised, first.note, first.feedback) == (D(8), "cek", "bagus")
    assert second.realised == D(1)


def test_numbers_in_a_clash_read_as_staff_write_them():
    seen = draft()
    mine = replace(seen, targets=[replace(seen.targets[0], realised=D("45.0")), seen.targets[1]])
    stored = replace(seen, targets=[replace(seen.targets[0], realised=D("12.50")),
                                    seen.targets[1]])
    _merged, clashes = merge_drafts(seen, mine, stored)
    assert clashes == [("Target 'Smart village': realisasi", "45", "12,5")]
