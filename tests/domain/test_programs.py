"""Program rules: weights, agreement, due dates, target values, status steps and progress."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kinerja_desktop.domain.programs import (HUNDRED, ProgramInput, ProgressInput, TargetInput,
                                             TargetRecord, achievement, check_status_change,
                                             format_number, label, parse_weight,
                                             progress_allowed, shift_due_date, STATUSES,
                                             validate_agreement, validate_program,
                                             validate_progress, validate_target,
                                             weighted_progress)
from kinerja_desktop.errors import ValidationError

START = date(2019, 6, 14)
END = date(2019, 9, 21)  # day 100


def target(**kw) -> TargetInput:
    values = dict(kind="target_kinerja", title="Integrasi sistem TIK", measure="angka",
                  target_value=100.0, unit="%", weight=Decimal(50), due_date=None)
    values.update(kw)
    return TargetInput(**values)


def fields(problems) -> list[str]:
    return [p.field for p in problems]


# Weights ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("12,5", Decimal("12.50")),
    ("12.5", Decimal("12.50")),
    ("12.5%", Decimal("12.50")),
    (" 12,5 % ", Decimal("12.50")),
    ("100", Decimal("100.00")),
    ("33,333", Decimal("33.33")),
    ("33,335", Decimal("33.34")),  # half up, not banker's rounding
    ("0", Decimal("0.00")),
    ("", Decimal("0.00")),
    (None, Decimal("0.00")),
    (12.5, Decimal("12.50")),
    (Decimal("7.125"), Decimal("7.13")),
])
def test_parse_weight(text, expected):
    weight = parse_weight(text)
    assert weight == expected
    assert weight.as_tuple().exponent == -2  # always two decimals


@pytest.mark.parametrize("junk", ["abc", "12,5,5", "1.000,5", "dua puluh", "NaN", "Infinity",
                                  "%12"])
def test_parse_weight_refuses_junk_naming_the_field(junk):
    with pytest.raises(ValidationError) as caught:
        parse_weight(junk, "bobot_target")
    (problem,) = caught.value.problems
    assert problem.field == "bobot_target"
    assert f"'{junk}'" in problem.message


def test_parse_weight_refuses_a_huge_number_as_a_validation_error():
    # Two decimals of 1e30 exceed the decimal precision; the user still gets a plain message.
    with pytest.raises(ValidationError) as caught:
        parse_weight("1e30")
    assert "antara 0 dan 100" in str(caught.value)


@pytest.mark.parametrize("value, text", [
    (12.5, "12,5"), (80.0, "80"), (100, "100"), (Decimal("100.00"), "100"),
    (Decimal("33.30"), "33,3"), (0.25, "0,25"), (0, "0"), (None, ""), (1500.0, "1500"),
])
def test_format_number(value, text):
    assert format_number(value) == text


def test_agreement_needs_weights_totalling_exactly_100():
    targets = [target(kind="inovasi", weight=Decimal("49.99")), target(weight=Decimal(50))]
    problems = validate_agreement("100_hari", targets)
    assert fields(problems) == ["bobot"]
    assert "99,99%" in problems[0].message
    over = validate_agreement("100_hari", [target(kind="inovasi", weight=Decimal("50.01")),
                                          target(weight=Decimal(50))])
    assert fields(over) == ["bobot"] and "100,01%" in over[0].message


def test_thirds_summing_to_100_are_accepted():
    targets = [target(kind="inovasi", weight=Decimal("33.33")),
               target(weight=Decimal("33.33")), target(weight=Decimal("33.34"))]
    assert validate_agreement("100_hari", targets) == []
    assert sum(t.weight for t in targets) == HUNDRED


def test_every_weight_must_be_above_zero_to_agree():
    targets = [target(kind="inovasi", title="Smart village", weight=Decimal(100)),
               target(title="Kerja sama Facebook", weight=Decimal(0))]
    problems = validate_agreement("100_hari", targets)
    assert fields(problems) == ["bobot"]
    assert problems[0].row == 2
    assert "Kerja sama Facebook" in problems[0].message


def test_agreement_needs_targets():
    problems = validate_agreement("triwulan", [])
    assert fields(problems) == ["target"]
    assert "belum memiliki target" in problems[0].message


def test_100_day_program_needs_an_innovation():
    only_performance = [target(weight=Decimal(60)), target(weight=Decimal(40))]
    problems = validate_agreement("100_hari", only_performance)
    assert fields(problems) == ["jenis"]
    assert "minimal satu inovasi" in problems[0].message
    assert validate_agreement("triwulan", only_performance) == []
    assert validate_agreement("tahunan", only_performance) == []


def test_agreement_reports_every_problem_at_once():
    problems = validate_agreement("100_hari", [target(weight=Decimal(0)),
                                               target(weight=Decimal(10))])
    assert fields(problems) == ["bobot", "bobot", "jenis"]


# Targets ------------------------------------------------------------------------------------------

def test_a_good_target_has_no_problems():
    assert validate_target(target(due_date=date(2019, 8, 1)), START, END) == []


@pytest.mark.parametrize("due, ok", [
    (START, True), (END, True), (date(2019, 6, 13), False), (date(2019, 9, 22), False),
    (None, True),
])
def test_due_date_must_lie_within_the_program(due, ok):
    problems = validate_target(target(due_date=due), START, END)
    if ok:
        assert problems == []
    else:
        assert fields(problems) == ["tenggat"]
        assert "di luar masa program (14 Juni 2019 – 21 September 2019)" in problems[0].message


@pytest.mark.parametrize("value", [0.0, -1.0, -0.0001, float("nan"), float("inf"),
                                   float("-inf")])
def test_target_value_must_be_a_positive_number(value):
    problems = validate_target(target(target_value=value), START, END)
    assert fields(problems) == ["target"]
    assert problems[0].message == "Nilai target harus angka positif."


def test_target_value_required_for_a_number():
    problems = validate_target(target(target_value=None), START, END)
    assert fields(problems) == ["target"]
    assert problems[0].message == "Nilai target wajib diisi."


def test_small_positive_value_accepted():
    assert validate_target(target(target_value=0.5), START, END) == []


@pytest.mark.parametrize("unit", ["", "   "])
def test_unit_required_for_a_number(unit):
    problems = validate_target(target(unit=unit), START, END)
    assert fields(problems) == ["satuan"]


def test_unit_too_long():
    assert fields(validate_target(target(unit="x" * 31), START, END)) == ["satuan"]
    assert validate_target(target(unit="x" * 30), START, END) == []


def test_done_or_not_needs_no_value_nor_unit():
    done = target(measure="selesai", target_value=None, unit="")
    assert validate_target(done, START, END) == []


def test_unknown_measure_kind_and_priority():
    problems = validate_target(target(measure="persen", kind="kegiatan", priority="mendesak"),
                               START, END)
    assert fields(problems) == ["jenis", "target", "prioritas"]


@pytest.mark.parametrize("title", ["", "   "])
def test_title_required(title):
    assert fields(validate_target(target(title=title), START, END)) == ["judul"]


def test_long_texts_refused():
    problems = validate_target(target(title="x" * 201, description="x" * 4001,
                                      indicator="x" * 4001, evidence_expected="x" * 4001),
                               START, END)
    assert fields(problems) == ["judul", "uraian", "indikator", "bukti_dukung"]
    assert validate_target(target(title="x" * 200, description="x" * 4000), START, END) == []


@pytest.mark.parametrize("weight, ok", [
    (Decimal(0), True), (Decimal(100), True), (Decimal("12.25"), True),
    (Decimal("-0.01"), False), (Decimal("100.01"), False), (Decimal("12.345"), False),
])
def test_single_weight_range_and_decimals(weight, ok):
    problems = validate_target(target(weight=weight), START, END)
    assert (problems == []) == ok
    if not ok:
        assert fields(problems) == ["bobot"]


# Programs -----------------------------------------------------------------------------------------

def test_program_input_resolves_the_100th_day():
    data = ProgramInput("100_hari", START).resolved()
    assert data.end_date == END
    assert validate_program(data) == []
    explicit = ProgramInput("triwulan", START, date(2019, 7, 1)).resolved()
    assert explicit.end_date == date(2019, 7, 1)  # an end given is kept


def test_100_day_program_must_end_on_day_100():
    problems = validate_program(ProgramInput("100_hari", START, date(2019, 9, 20)))
    assert fields(problems) == ["tanggal_selesai"]
    assert "21 September 2019" in problems[0].message


def test_program_problems():
    problems = validate_program(ProgramInput("bulanan", None, scheme="bebas", title="x" * 201,
                                             note="x" * 4001))
    assert fields(problems) == ["jenis_program", "skema_penilaian", "tanggal_mulai", "judul",
                                "catatan"]
    backwards = validate_program(ProgramInput("triwulan", START, date(2019, 6, 13)))
    assert fields(backwards) == ["tanggal_selesai"]
    assert validate_program(ProgramInput("triwulan", START, START)) == []  # one day is fine


# Status -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("current, new", [("draft", "disepakati"),
                                          ("disepakati", "dievaluasi"),
                                          ("dievaluasi", "ditutup")])
def test_one_step_forward_is_free(current, new):
    assert check_status_change(current, new, "") == []


@pytest.mark.parametrize("current, new", [("disepakati", "draft"), ("dievaluasi", "disepakati"),
                                          ("ditutup", "dievaluasi")])
def test_one_step_back_needs_a_written_reason(current, new):
    for blank in ("", "   ", "\n\t"):
        problems = check_status_change(current, new, blank)
        assert fields(problems) == ["alasan"]
        assert "alasan tertulis" in problems[0].message
    assert check_status_change(current, new, "Bobot salah ketik") == []


def test_overlong_reason_refused():
    assert fields(check_status_change("disepakati", "draft", "x" * 4001)) == ["alasan"]


@pytest.mark.parametrize("current, new", [("draft", "dievaluasi"), ("draft", "ditutup"),
                                          ("ditutup", "draft"), ("dievaluasi", "draft")])
def test_skipping_a_step_is_refused_even_with_a_reason(current, new):
    problems = check_status_change(current, new, "alasan apa pun")
    assert fields(problems) == ["status"]
    assert "satu langkah" in problems[0].message


@pytest.mark.parametrize("status", list(STATUSES))
def test_same_status_refused(status):
    problems = check_status_change(status, status, "alasan")
    assert fields(problems) == ["status"]
    assert "sudah berstatus" in problems[0].message


def test_unknown_status_refused():
    assert fields(check_status_change("draft", "diarsipkan", "")) == ["status"]


def test_progress_allowed_until_evaluated():
    assert [s for s in STATUSES if progress_allowed(s)] == ["draft", "disepakati"]


def test_label():
    assert label(STATUSES, "disepakati") == "Disepakati"
    assert label(STATUSES, "lain") == "lain"
    assert label(STATUSES, None) == ""


# Copying ------------------------------------------------------------------------------------------

def test_shift_due_date_keeps_the_day_of_the_program():
    new_start, new_end = date(2020, 1, 1), date(2020, 4, 9)
    # 20 July 2019 is day 37 of the old program; day 37 of the new one is 6 February 2020.
    assert shift_due_date(date(2019, 7, 20), START, new_start, new_end) == date(2020, 2, 6)
    assert shift_due_date(START, START, new_start, new_end) == new_start
    assert shift_due_date(END, START, new_start, new_end) == new_end
    assert shift_due_date(None, START, new_start, new_end) is None


def test_shift_due_date_clamps_into_a_shorter_program():
    new_start, new_end = date(2019, 10, 1), date(2019, 10, 31)
    assert shift_due_date(date(2019, 9, 1), START, new_start, new_end) == new_end
    assert shift_due_date(date(2019, 6, 1), START, new_start, new_end) == new_start


# Achievement ---------------------------------------------------------------------------------

@pytest.mark.parametrize("realised, goal, measure, expected", [
    (50, 100, "angka", 0.5),
    (100, 100, "angka", 1.0),
    (110, 100, "angka", 1.1),
    (120, 100, "angka", 1.2),
    (300, 100, "angka", 1.2),  # capped at 120%
    (0, 100, "angka", 0.0),
    (3, 4, "angka", 0.75),
    (None, 100, "angka", None),  # not reported
    (5, None, "angka", None),
    (5, 0, "angka", None),
    (1, None, "selesai", 1.0),
    (0, None, "selesai", 0.0),
    (None, None, "selesai", None),
])
def test_achievement(realised, goal, measure, expected):
    assert achievement(realised, goal, measure) == expected


def test_achievement_other_cap():
    assert achievement(300, 100, "angka", cap=1.5) == 1.5


def record(weight, realised, goal=100.0, measure="angka", number=1) -> TargetRecord:
    return TargetRecord(number, f"u{number}", 1, number - 1,
                        target(weight=Decimal(weight), target_value=goal, measure=measure),
                        latest_realised=realised)


def test_weighted_progress_caps_each_target_at_100_percent():
    targets = [record(60, 50, number=1), record(40, 120, number=2)]
    assert weighted_progress(targets) == pytest.approx(60 * 0.5 + 40 * 1.0)


def test_weighted_progress_counts_only_reported_targets():
    targets = [record(50, 100, number=1), record(30, None, number=2),
               record(20, 1, None, "selesai", number=3)]
    assert weighted_progress(targets) == pytest.approx(70.0)
    assert record(50, 100).achievement == 1.0


def test_weighted_progress_none_when_nothing_reported():
    assert weighted_progress([record(100, None)]) is None
    assert weighted_progress([]) is None


def test_weighted_progress_full():
    targets = [record("33.33", 100, number=1), record("33.33", 200, number=2),
               record("33.34", 1, None, "selesai", number=3)]
    assert weighted_progress(targets) == pytest.approx(100.0)


# Progress reports ---------------------------------------------------------------------------

TODAY = date(2019, 7, 20)


def test_a_good_report():
    assert validate_progress(ProgressInput(TODAY, 40.0, "Rapat koordinasi"), "angka", START,
                             TODAY) == []
    assert validate_progress(ProgressInput(START, 0.0), "angka", START, TODAY) == []


def test_report_before_the_start_refused():
    problems = validate_progress(ProgressInput(date(2019, 6, 13), 1.0), "angka", START, TODAY)
    assert fields(problems) == ["tanggal"]
    assert "14 Juni 2019" in problems[0].message


def test_report_in_the_future_refused():
    problems = validate_progress(ProgressInput(date(2019, 7, 21), 1.0), "angka", START, TODAY)
    assert fields(problems) == ["tanggal"]
    assert "masa depan" in problems[0].message


@pytest.mark.parametrize("value", [-1.0, float("nan"), float("inf")])
def test_realised_must_be_zero_or_more(value):
    problems = validate_progress(ProgressInput(TODAY, value), "angka", START, TODAY)
    assert fields(problems) == ["realisasi"]


@pytest.mark.parametrize("value, ok", [(0, True), (1, True), (0.5, False), (2, False)])
def test_done_or_not_only_0_or_1(value, ok):
    problems = validate_progress(ProgressInput(TODAY, value), "selesai", START, TODAY)
    assert (problems == []) == ok
    if not ok:
        assert fields(problems) == ["realisasi"]
        assert "0 atau 1" in problems[0].message


def test_report_problems_together():
    problems = validate_progress(ProgressInput(date(2019, 6, 1), -5, "x" * 4001), "angka",
                                 START, TODAY)
    assert fields(problems) == ["tanggal", "realisasi", "catatan"]
