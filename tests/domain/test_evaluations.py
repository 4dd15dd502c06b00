"""Evaluation content: consolidating evaluators, validating drafts and finals, the JSON form and
the hash that seals it."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date
from decimal import Decimal

import pytest

from kinerja_desktop.domain import evaluations as rules
from kinerja_desktop.domain.evaluations import (EvaluationContent, EvaluatorAssessment,
                                                PersonSnapshot, TargetAssessment, compute,
                                                content_hash, from_json, to_json, validate,
                                                without_snapshots)
from kinerja_desktop.domain.behaviour_aspects import BERAKHLAK, PP46_ASPECTS
from kinerja_desktop.domain.scoring import PerkaFigures, ScoringSettings
from kinerja_desktop.errors import ValidationError

D = Decimal
START = date(2019, 6, 14)
DAY_100 = date(2019, 9, 21)
PROGRAM = "9c0b0d89-45ce-418e-9d25-3efcc575e003"


def targets(*realised) -> list[TargetAssessment]:
    """Two targets, weights 60 (of 100 %) and 40 (done or not)."""
    first, second = (realised + (None, None))[:2]
    return [TargetAssessment(1, "SPBE", "inovasi", D(60), "angka", D(100), "%",
                             None if first is None else D(str(first))),
            TargetAssessment(2, "Desa cerdas", "inovasi", D(40), "selesai", None, "",
                             None if second is None else D(str(second)))]


def perka_targets() -> list[TargetAssessment]:
    """The Perka BKN 1/2013 meeting report (85,50) and the teacher's target (88,67)."""
    year = PerkaFigures(D(100), D(90), D(12), D(12))
    return [TargetAssessment(1, "Laporan rapat", "target_kinerja", D(50), "angka", D(1),
                             "laporan", D(1), perka=replace(year, cost_target=D(170395000),
                                                            cost_realised=D(170395000))),
            TargetAssessment(2, "Target guru", "target_kinerja", D(50), "angka", D(2),
                             "dokumen", D(2), perka=year)]


def evaluators(*own_scores, chair: int | None = 0) -> list[EvaluatorAssessment]:
    return [EvaluatorAssessment(n + 1, "pejabat_penilai" if n == chair else "anggota",
                                n == chair, None if s is None else D(str(s)))
            for n, s in enumerate(own_scores)]


def content(**changes) -> EvaluationContent:
    values = dict(date=DAY_100, scheme="capaian_berbobot", targets=targets(80, 1),
                  evaluators=evaluators(None), recommendation="lanjutkan")
    values.update(changes)
    return EvaluationContent(**values)


def fields_of(problems) -> list[str]:
    return [p.field for p in problems]


# compute --------------------------------------------------------------------------------------

def test_compute_without_own_scores():
    result = compute(content(evaluators=evaluators(None, None, None)))
    # 60 × 0.8 + 40 = 88: Cukup on the 100-day bands (Baik needs 90, every target met is 100)
    assert (result.score, result.predicate) == (D("88.00"), "Cukup")
    assert [(r.signatory_id, r.score, r.predicate) for r in result.evaluators] == [
        (1, D("88.00"), "Cukup"), (2, D("88.00"), "Cukup"), (3, D("88.00"), "Cukup")]
    assert result.computed.score == D("88.00")


def test_chair_rule_takes_the_chairs_own_score():
    c = content(evaluators=evaluators(None, 95, 70, chair=1), consolidation="ketua")
    result = compute(c)
    assert [r.score for r in result.evaluators] == [D("88.00"), D("95.00"), D("70.00")]
    assert (result.score, result.predicate) == (D("95.00"), "Baik")
    assert result.computed.score == D("88.00")  # the computed score is kept beside it


def test_chair_rule_with_the_chair_agreeing():
    result = compute(content(evaluators=evaluators(None, 95, chair=0)))
    assert (result.score, result.predicate) == (D("88.00"), "Cukup")


def test_chair_rule_without_a_chair_takes_the_first():
    result = compute(content(evaluators=evaluators(70, 95, chair=None)))
    assert result.score == D("70.00")


def test_average_rule_rounds_half_up():
    # 88 + 90 + 90.85 = 268.85 / 3 = 89.61666… -> 89.62, still Cukup
    c = content(evaluators=evaluators(None, 90, "90.85"), consolidation="rata_rata")
    assert (compute(c).score, compute(c).predicate) == (D("89.62"), "Cukup")
    # 88 + 91.99 = 179.99 / 2 = 89.995 -> 90.00: Baik (two decimals, half up)
    c = content(evaluators=evaluators(None, "91.99"), consolidation="rata_rata")
    result = compute(c)
    assert (result.score, result.predicate) == (D("90.00"), "Baik")
    # 88 + 91.984 -> the evaluator's own score is rounded first (91.98), then the mean (89.99)
    c = content(evaluators=evaluators(None, "91.984"), consolidation="rata_rata")
    assert compute(c).evaluators[1].score == D("91.98")
    assert (compute(c).score, compute(c).predicate) == (D("89.99"), "Cukup")


def test_own_score_only_where_they_differ():
    result = compute(content(evaluators=evaluators(None, 88, None)))
    assert [r.score for r in result.evaluators] == [D("88.00")] * 3


def test_no_evaluators_gives_the_computed_result():
    result = compute(content(evaluators=[]))
    assert (result.evaluators, result.score, result.predicate) == ((), D("88.00"), "Cukup")


def test_compute_with_changed_settings():
    c = content(targets=targets(150, 1))
    assert compute(c).score == D("112.00")  # 60 × 1.2 + 40
    assert compute(c, ScoringSettings(cap=D("1.5"))).score == D("130.00")


def test_pp46_compute():
    """Perka BKN 1/2013: SKP = mean of the activities (85,50 and 88,666…) = 87,08; six
    aspects of 90; prestasi kerja 0,6 × 87,08 + 0,4 × 90 = 88,25, Baik."""
    behaviour = {k: "90" for k in PP46_ASPECTS}
    result = compute(content(scheme="pp46_2011", targets=perka_targets(), behaviour=behaviour))
    assert (result.computed.target_score, result.computed.behaviour_score, result.score,
            result.predicate) == (D("87.08"), D("90.00"), D("88.25"), "Baik")


def test_pp46_compute_ignores_empty_behaviour_values_then_refuses():
    behaviour = {k: "90" for k in PP46_ASPECTS}
    behaviour["disiplin"] = ""
    with pytest.raises(ValidationError):
        compute(content(scheme="pp46_2011", targets=perka_targets(), behaviour=behaviour))


def test_permenpanrb_ratings_chair_decides():
    ratings = dict.fromkeys(BERAKHLAK, "sesuai")
    chair = EvaluatorAssessment(1, "pejabat_penilai", True, own_results_rating="di_atas",
                                own_behaviour_rating="di_atas")
    member = EvaluatorAssessment(2, "anggota", False, own_results_rating="di_bawah")
    plain = EvaluatorAssessment(3)
    c = content(scheme="permenpanrb_6_2022", behaviour=ratings, results_rating="sesuai",
                behaviour_rating="sesuai", evaluators=[member, chair, plain])
    result = compute(c)
    assert result.computed.predicate == "Baik"
    assert [(r.signatory_id, r.score, r.predicate) for r in result.evaluators] == [
        (2, None, "Butuh Perbaikan"), (1, None, "Sangat Baik"), (3, None, "Baik")]
    assert (result.score, result.predicate) == (None, "Sangat Baik")
    # Ratings cannot be averaged: the chair decides under the average rule too.
    assert compute(replace(c, consolidation="rata_rata")).predicate == "Sangat Baik"


def test_permenpanrb_own_behaviour_rating_only():
    chair = EvaluatorAssessment(1, "pejabat_penilai", True, own_behaviour_rating="di_bawah")
    c = content(scheme="permenpanrb_6_2022", results_rating="di_atas",
                behaviour_rating="di_atas", evaluators=[chair])
    assert compute(c).predicate == "Kurang/Misconduct"


# validate -------------------------------------------------------------------------------------

def test_a_complete_final_is_valid():
    assert validate(content(), START, final=True) == []


def test_an_empty_draft_is_valid_but_not_final():
    empty = EvaluationContent(DAY_100, "capaian_berbobot", targets(), evaluators=[])
    assert validate(empty, START, final=False) == []
    assert fields_of(validate(empty, START, final=True)) == [
        "realisasi", "realisasi", "penilai", "rekomendasi"]


def test_missing_realisation_only_refuses_a_final():
    c = content(targets=targets(80, None))
    assert validate(c, START, final=False) == []
    problems = validate(c, START, final=True)
    assert fields_of(problems) == ["realisasi"]
    assert problems[0].row == 2 and "Desa cerdas" in problems[0].message


def test_missing_chair():
    c = content(evaluators=evaluators(None, None, chair=None))
    assert validate(c, START, final=False) == []
    problems = validate(c, START, final=True)
    assert fields_of(problems) == ["penilai"] and "ketua" in problems[0].message


def test_two_chairs_refused_even_in_a_draft():
    two = [EvaluatorAssessment(1, chair=True), EvaluatorAssessment(2, chair=True)]
    for final in (False, True):
        problems = validate(content(evaluators=two), START, final)
        assert fields_of(problems) == ["penilai"] and "satu" in problems[0].message


def test_duplicate_evaluator_refused():
    twice = [EvaluatorAssessment(1, chair=True), EvaluatorAssessment(1)]
    problems = validate(content(evaluators=twice), START, final=False)
    assert fields_of(problems) == ["penilai"] and "dua kali" in problems[0].message


def test_missing_recommendation_only_refuses_a_final():
    c = content(recommendation=None)
    assert validate(c, START, final=False) == []
    assert fields_of(validate(c, START, final=True)) == ["rekomendasi"]


def test_unknown_recommendation_refused_always():
    problems = validate(content(recommendation="pecat"), START, final=False)
    assert fields_of(problems) == ["rekomendasi"]


def test_behaviour_required_for_a_pp46_final():
    partial = {"integritas": "80", "disiplin": ""}
    c = content(scheme="pp46_2011", targets=perka_targets(), behaviour=partial)
    assert validate(c, START, final=False) == []
    problems = validate(c, START, final=True)
    assert fields_of(problems) == ["perilaku"]
    assert "Orientasi Pelayanan" in problems[0].message and "Disiplin" in problems[0].message
    assert "Integritas" not in problems[0].message
    full = replace(c, behaviour={k: "80" for k in PP46_ASPECTS})
    assert validate(full, START, final=True) == []
    # The weighted scheme needs no behaviour.
    assert validate(content(), START, final=True) == []


@pytest.mark.parametrize("value", ["-1", "100.5", "abc", "1e3"])
def test_behaviour_scores_out_of_range(value):
    c = content(scheme="pp46_2011", targets=perka_targets(), behaviour={"komitmen": value})
    problems = validate(c, START, final=False)
    assert fields_of(problems) == ["perilaku"] and "Komitmen" in problems[0].message


def test_behaviour_unknown_value_and_rating():
    assert fields_of(validate(content(behaviour={"jujur": "80"}), START, False)) == ["perilaku"]
    c = content(scheme="permenpanrb_6_2022", behaviour={"loyal": "bagus"})
    assert fields_of(validate(c, START, False)) == ["perilaku"]
    c = content(scheme="permenpanrb_6_2022", behaviour={"loyal": "di_atas"},
                results_rating="luar_biasa")
    assert fields_of(validate(c, START, False)) == ["rating"]


def test_realisation_checks():
    c = content(targets=targets(-1, 2))
    problems = validate(c, START, final=False)
    assert fields_of(problems) == ["realisasi", "realisasi"]
    assert [p.row for p in problems] == [1, 2]


def test_date_before_the_program_and_long_notes():
    c = content(date=date(2019, 6, 13), notes="x" * (rules.MAX_NOTE + 1))
    assert fields_of(validate(c, START, final=False)) == ["tanggal", "catatan"]


def test_own_score_out_of_range_and_unknown_consolidation():
    c = content(evaluators=evaluators("120.1"), consolidation="undian")
    assert sorted(fields_of(validate(c, START, final=False))) == ["konsolidasi", "penilai"]


# JSON and hash --------------------------------------------------------------------------------

def full_content() -> EvaluationContent:
    return EvaluationContent(
        date=DAY_100, scheme="pp46_2011",
        targets=[TargetAssessment(7, "SPBE", "inovasi", D("33.33"), "angka", D("80.5"), "%",
                                  D("72.25"), True, "Laporan ada", "turun", D("90.5"),
                                  "Umpan balik", PerkaFigures(D(100), D(90), D(12), D(11),
                                                              D(1000), D(900))),
                 TargetAssessment(None, "Desa", "inovasi", D("66.67"), "selesai", None, "",
                                  D(1), perka=PerkaFigures(D(100), D(80), D(100), D(90)))],
        behaviour={k: "85" for k in PP46_ASPECTS}, results_rating="sesuai",
        behaviour_rating="di_atas",
        evaluators=[EvaluatorAssessment(1, "pejabat_penilai", True, D("90.5"), "di_atas",
                                        "sesuai", "Catatan Bupati",
                                        PersonSnapshot("Ratu Tatu Chasanah", "Bupati Serang")),
                    EvaluatorAssessment(2, snapshot=PersonSnapshot("Sekda", "Sekretaris Daerah",
                                                                   "Pembina Utama Muda (IV/c)",
                                                                   "196501011990031001"))],
        consolidation="rata_rata", recommendation="pembinaan", notes="Catatan «umum» é",
        official=PersonSnapshot("Anas Dwisatya", "Kepala Dinas", "Pembina Tingkat I (IV/b)",
                                "197203151995031004"),
        settings=ScoringSettings().to_json(), organisation_result="baik",
        expectations={"loyal": "Menjaga rahasia"}, new_idea=True, additional_tasks=2,
        creativity="unit_kerja")


def test_json_round_trip():
    c = full_content()
    text = to_json(c)
    assert from_json(text) == c
    assert to_json(from_json(text)) == text
    assert "«umum»" in text  # not escaped
    empty = EvaluationContent(DAY_100, "capaian_berbobot")
    assert from_json(to_json(empty)) == empty


def test_json_keeps_decimals_exact():
    c = full_content()
    back = from_json(to_json(c))
    assert back.targets[0].weight == D("33.33") and back.targets[0].realised == D("72.25")
    assert isinstance(back.targets[0].weight, Decimal)


def test_json_without_settings_key():
    import json
    data = json.loads(to_json(content()))
    del data["settings"]
    assert from_json(json.dumps(data)).settings == ""


def test_hash_is_stable():
    c = full_content()
    result = compute(c, c.scoring_settings(ScoringSettings()))
    digest = content_hash(c, result, PROGRAM)
    assert len(digest) == 64 and int(digest, 16) >= 0
    again = from_json(to_json(c))
    assert content_hash(again, compute(again, again.scoring_settings(ScoringSettings())),
                        PROGRAM) == digest
    # Integral decimals hash alike however they are written.
    thirty = replace(c, targets=[replace(c.targets[0], weight=D("30"))] + c.targets[1:])
    thirty_00 = replace(c, targets=[replace(c.targets[0], weight=D("30.00"))] + c.targets[1:])
    assert content_hash(thirty, result, PROGRAM) == content_hash(thirty_00, result, PROGRAM)


def _changes(c: EvaluationContent) -> dict[str, EvaluationContent]:
    t, e = c.targets[0], c.evaluators[0]
    other = PersonSnapshot("Lain", "Lain")
    return {
        "date": replace(c, date=date(2019, 9, 20)),
        "scheme": replace(c, scheme="capaian_berbobot"),
        "behaviour": replace(c, behaviour={**c.behaviour, "loyal": "86"}),
        "results_rating": replace(c, results_rating="di_atas"),
        "behaviour_rating": replace(c, behaviour_rating=None),
        "consolidation": replace(c, consolidation="ketua"),
        "recommendation": replace(c, recommendation="lanjutkan"),
        "notes": replace(c, notes="Catatan lain"),
        "official": replace(c, official=replace(c.official, nip="197203151995031005")),
        "settings": replace(c, settings=ScoringSettings(cap=D("1.3")).to_json()),
        "scheme_version": replace(c, scheme_version=3),
        "organisation_result": replace(c, organisation_result="istimewa"),
        "expectations": replace(c, expectations={"loyal": "Lain"}),
        "new_idea": replace(c, new_idea=False),
        "additional_tasks": replace(c, additional_tasks=3),
        "creativity": replace(c, creativity="negara"),
        "targets": replace(c, targets=c.targets[:1]),
        "evaluators": replace(c, evaluators=c.evaluators[:1]),
        **{f"target.{f.name}": replace(c, targets=[replace(t, **{f.name: value})]
                                       + c.targets[1:])
           for f, value in zip(fields(TargetAssessment),
                               (8, "SPBE!", "target_kinerja", D("33.34"), "selesai", D("80.6"),
                                "persen", D("72.26"), False, "Laporan", "naik", D("90.6"),
                                "Lain", PerkaFigures(D(100), D(91), D(12), D(11), D(1000),
                                                     D(900))), strict=True)},
        **{f"evaluator.{f.name}": replace(c, evaluators=[replace(e, **{f.name: value})]
                                          + c.evaluators[1:])
           for f, value in zip(fields(EvaluatorAssessment),
                               (9, "anggota", False, D("90.6"), "sesuai", "di_bawah", "", other),
                               strict=True)},
    }


def test_hash_changes_when_any_field_changes():
    c = full_content()
    result = compute(c, ScoringSettings())
    digest = content_hash(c, result, PROGRAM)
    changes = _changes(c)
    # Every field of the content, of a target and of an evaluator is covered.
    assert {k for k in changes if "." not in k} == {f.name for f in fields(EvaluationContent)}
    assert len([k for k in changes if k.startswith("target.")]) == len(
        fields(TargetAssessment))
    assert len([k for k in changes if k.startswith("evaluator.")]) == len(
        fields(EvaluatorAssessment))
    digests = {name: content_hash(changed, result, PROGRAM) for name, changed in
               changes.items()}
    for name, other in digests.items():
        assert other != digest, name
    assert len(set(digests.values())) == len(digests)
    # The result and the program are sealed too.
    assert content_hash(c, replace(result, score=D("90.1")), PROGRAM) != digest
    assert content_hash(c, replace(result, predicate="Cukup"), PROGRAM) != digest
    assert content_hash(c, result, PROGRAM.replace("9", "8")) != digest


def test_hash_does_not_change_otherwise():
    c = full_content()
    result = compute(c, ScoringSettings())
    digest = content_hash(c, result, PROGRAM)
    copy = from_json(to_json(c))
    assert copy is not c and content_hash(copy, result, PROGRAM) == digest
    # Key order of the behaviour dictionary does not matter (keys are sorted).
    reordered = replace(c, behaviour=dict(reversed(list(c.behaviour.items()))))
    assert content_hash(reordered, result, PROGRAM) == digest
    assert rules.canonical(c, result, PROGRAM) == rules.canonical(copy, result, PROGRAM)


def test_without_snapshots():
    c = full_content()
    bare = without_snapshots(c)
    assert bare.official is None and bare.settings == ""
    assert all(e.snapshot is None for e in bare.evaluators)
    assert [replace(e, snapshot=None) for e in c.evaluators] == bare.evaluators
    assert (bare.targets, bare.behaviour, bare.notes, bare.recommendation) == (
        c.targets, c.behaviour, c.notes, c.recommendation)
    # The original is untouched.
    assert c.official is not None and c.evaluators[0].snapshot is not None and c.settings


def test_scoring_settings_of_content():
    current = ScoringSettings(cap=D("1.5"))
    assert content().scoring_settings(current) == current
    sealed = content(settings=ScoringSettings().to_json())
    assert sealed.scoring_settings(current) == ScoringSettings()


@pytest.mark.parametrize("value", ["NaN", "sNaN"])
def test_behaviour_not_a_number(value):
    c = content(scheme="pp46_2011", behaviour={"harmonis": value})
    assert [p.field for p in validate(c, START, final=False)] == ["perilaku"]


# Scheme versions ------------------------------------------------------------------------------

# A final evaluation as version 1 stored it (no scheme_version, no polarity): PP 46 with the
# seven BerAKHLAK values, scored 0.6 × 88 + 0.4 × 90 = 88.8 under its sealed settings.
V1_TEXT = (
    '{"behaviour": {"adaptif": "90", "akuntabel": "90", "berorientasi_pelayanan": "90", '
    '"harmonis": "90", "kolaboratif": "90", "kompeten": "90", "loyal": "90"}, '
    '"behaviour_rating": null, "consolidation": "ketua", "date": "2019-09-21", '
    '"evaluators": [{"capacity": "pejabat_penilai", "chair": true, "note": "", '
    '"own_behaviour_rating": null, "own_results_rating": null, "own_score": null, '
    '"signatory_id": 1, "snapshot": null}], "notes": "", "official": null, '
    '"recommendation": "lanjutkan", "results_rating": null, "scheme": "pp46_2011", '
    '"settings": "", "targets": [{"evidence_seen": false, "kind": "inovasi", "measure": '
    '"angka", "note": "", "realised": "80", "target_id": 1, "target_value": "100", "title": '
    '"SPBE", "unit": "%", "weight": "60"}, {"evidence_seen": false, "kind": "inovasi", '
    '"measure": "selesai", "note": "", "realised": "1", "target_id": 2, "target_value": null, '
    '"title": "Desa cerdas", "unit": "", "weight": "40"}]}')


def test_version_1_content_is_kept_and_scored_as_sealed():
    """An evaluation sealed before scoring version 2 reads back to the very same text (so its
    hash still matches) and is scored by the frozen version 1 rules."""
    old = from_json(V1_TEXT)
    assert old.scheme_version == 1
    assert to_json(old) == V1_TEXT
    result = compute(old)
    assert (result.score, result.predicate) == (D("88.8"), "Baik")
    assert rules.behaviour_items(old)["loyal"] == "Loyal"


def test_a_version_1_draft_is_brought_to_version_2():
    """A draft is not sealed: it is scored by today's rules, and behaviour items its scheme no
    longer asks for (BerAKHLAK under PP 46) are dropped."""
    draft = rules.current_draft(from_json(V1_TEXT))
    assert draft.scheme_version == 2 and draft.behaviour == {}
    assert '"scheme_version": 2' in to_json(draft)
    assert rules.without_snapshots(from_json(V1_TEXT)).scheme_version == 2
