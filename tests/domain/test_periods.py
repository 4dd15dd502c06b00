"""Program periods: the 100 calendar days from the inauguration and the routine periods."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kinerja_desktop.domain.periods import (HUNDRED_DAYS, PROGRAM_KINDS, PeriodPosition,
                                            default_end, kind_label, position)

DAY_1 = date(2019, 6, 14)  # Friday, the inauguration at the Pendopo Bupati Serang
DAY_100 = date(2019, 9, 21)


# The 100 days ----------------------------------------------------------------------------------

def test_day_100_of_the_serang_inauguration_is_saturday_21_september_2019():
    end = default_end(HUNDRED_DAYS, DAY_1)
    assert end == DAY_100
    assert end.weekday() == 5  # Saturday: weekends are counted, not skipped
    assert DAY_1.weekday() == 4  # Friday
    assert (end - DAY_1).days == 99


def test_the_100_days_are_calendar_days_even_over_a_leap_day():
    assert default_end(HUNDRED_DAYS, date(2020, 1, 1)) == date(2020, 4, 9)  # 31+29+31+9 = 100
    assert default_end(HUNDRED_DAYS, date(2019, 1, 1)) == date(2019, 4, 10)  # no 29 February


def test_day_37_is_20_july_2019():
    pos = position(DAY_1, DAY_100, date(2019, 7, 20))
    assert pos == PeriodPosition(day=37, total=100)
    assert pos.days_left == 63
    assert pos.started and not pos.finished
    assert pos.describe() == "Hari ke-37 dari 100, sisa 63 hari"


def test_inauguration_day_is_day_1():
    pos = position(DAY_1, DAY_100, DAY_1)
    assert (pos.day, pos.total, pos.days_left) == (1, 100, 99)
    assert pos.describe() == "Hari ke-1 dari 100, sisa 99 hari"


def test_day_100_is_the_last_day():
    pos = position(DAY_1, DAY_100, DAY_100)
    assert (pos.day, pos.days_left) == (100, 0)
    assert pos.started and not pos.finished
    assert pos.describe() == "Hari ke-100 dari 100, hari terakhir"


def test_day_99_has_one_day_left():
    pos = position(DAY_1, DAY_100, DAY_100 - timedelta(days=1))
    assert pos.describe() == "Hari ke-99 dari 100, sisa 1 hari"


def test_the_day_after_day_100_is_finished():
    pos = position(DAY_1, DAY_100, date(2019, 9, 22))
    assert (pos.day, pos.days_left) == (101, 0)
    assert pos.finished and pos.started
    assert pos.describe() == "Selesai (100 hari)"
    assert position(DAY_1, DAY_100, date(2020, 6, 14)).describe() == "Selesai (100 hari)"


def test_the_day_before_the_inauguration_has_not_started():
    pos = position(DAY_1, DAY_100, date(2019, 6, 13))
    assert pos.day == 0
    assert not pos.started and not pos.finished
    assert pos.days_left == 100  # the whole program is still ahead
    assert pos.describe() == "Belum dimulai (mulai 1 hari lagi)"


def test_five_days_before_the_start():
    pos = position(DAY_1, DAY_100, date(2019, 6, 9))
    assert pos.day == -4
    assert pos.describe() == "Belum dimulai (mulai 5 hari lagi)"
    assert pos.days_left == 100


# Routine periods ---------------------------------------------------------------------------------

@pytest.mark.parametrize("kind, start, end", [
    ("triwulan", date(2019, 1, 1), date(2019, 3, 31)),
    ("triwulan", date(2019, 7, 1), date(2019, 9, 30)),
    ("triwulan", date(2019, 10, 1), date(2019, 12, 31)),  # into the next year's month count
    ("triwulan", date(2019, 11, 15), date(2020, 2, 14)),  # across a year end
    ("semester", date(2019, 1, 1), date(2019, 6, 30)),
    ("semester", date(2019, 7, 1), date(2019, 12, 31)),
    ("semester", date(2019, 6, 14), date(2019, 12, 13)),
    ("tahunan", date(2019, 1, 1), date(2019, 12, 31)),
    ("tahunan", date(2019, 6, 14), date(2020, 6, 13)),
])
def test_routine_period_ends_the_day_before_the_same_date_later(kind, start, end):
    assert default_end(kind, start) == end


@pytest.mark.parametrize("kind, start, end", [
    # 31 August + 6 months has no 31st: clamped to the month's last day, then the day before.
    ("semester", date(2019, 8, 31), date(2020, 2, 28)),  # 2020 is a leap year: 29 Feb - 1
    ("semester", date(2018, 8, 31), date(2019, 2, 27)),  # 28 Feb - 1
    ("triwulan", date(2019, 11, 30), date(2020, 2, 28)),  # 29 Feb 2020 - 1
    ("triwulan", date(2019, 5, 31), date(2019, 8, 30)),  # 31 August exists
    ("triwulan", date(2019, 3, 31), date(2019, 6, 29)),  # 30 June - 1
    ("tahunan", date(2020, 2, 29), date(2021, 2, 27)),  # 28 Feb 2021 - 1
])
def test_month_end_clamping(kind, start, end):
    assert default_end(kind, start) == end


def test_unknown_kind_raises():
    with pytest.raises(KeyError):
        default_end("bulanan", DAY_1)


def test_kinds_and_labels():
    assert list(PROGRAM_KINDS) == ["100_hari", "triwulan", "semester", "tahunan"]
    assert HUNDRED_DAYS == "100_hari"
    assert kind_label("100_hari") == "100 Hari"
    assert kind_label("semester") == "Semester"
    assert kind_label("bulanan") == "bulanan"  # unknown code shown as it is


def test_position_total_of_a_routine_period():
    end = default_end("triwulan", date(2019, 7, 1))
    pos = position(date(2019, 7, 1), end, date(2019, 8, 1))
    assert (pos.day, pos.total) == (32, 92)
    assert pos.describe() == "Hari ke-32 dari 92, sisa 60 hari"
