"""Dates the Indonesian way: what spreadsheets hold, and '14 Juni 2019' / 'Jumat, ...'."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kinerja_desktop.domain.dates import (ACCEPTED_FORMATS, DAYS, MONTHS, day_before,
                                          format_date, format_day_date, parse_date)
from kinerja_desktop.errors import ValidationError

INAUGURATION = date(2019, 6, 14)


def test_month_and_day_names_are_indonesian():
    assert MONTHS == ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                      "Agustus", "September", "Oktober", "November", "Desember")
    assert set(DAYS) == {"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}


def test_format_date():
    assert format_date(INAUGURATION) == "14 Juni 2019"
    assert format_date(date(2019, 9, 21)) == "21 September 2019"
    assert format_date(date(2020, 1, 1)) == "1 Januari 2020"
    assert format_date(None) == ""
    assert [format_date(date(2019, m, 1)).split()[1] for m in range(1, 13)] == list(MONTHS)


def test_format_day_date_for_the_story():
    assert format_day_date(INAUGURATION) == "Jumat, 14 Juni 2019"
    # Day 100 of the program is inauguration + 99 calendar days.
    assert format_day_date(INAUGURATION + timedelta(days=99)) == "Sabtu, 21 September 2019"


def test_every_weekday_name():
    monday = date(2019, 6, 10)
    names = [format_day_date(monday + timedelta(days=n)).split(",")[0] for n in range(7)]
    assert names == ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


@pytest.mark.parametrize("text", [
    "2019-06-14", "14/06/2019", "14-06-2019", "14 Juni 2019",
    "14/6/2019", "14.06.2019", "2019-6-14", "2019-06-14 00:00:00", "2019-06-14T00:00",
    "14 juni 2019", "14 JUNI 2019", "14 Jun 2019", "14 Jun. 2019", "Jumat, 14 Juni 2019",
    "  14   Juni   2019 ",
])
def test_parse_date_accepts_the_usual_ways(text):
    assert parse_date(text) == INAUGURATION


@pytest.mark.parametrize("text, expected", [
    ("17 Agustus 1945", date(1945, 8, 17)), ("17 Agt 1945", date(1945, 8, 17)),
    ("1 Pebruari 2019", date(2019, 2, 1)), ("1 Peb 2019", date(2019, 2, 1)),
    ("1 Nopember 2019", date(2019, 11, 1)), ("1 Okt 2019", date(2019, 10, 1)),
    ("25 Des 2019", date(2019, 12, 25)), ("2 Mei 2019", date(2019, 5, 2)),
    ("29/02/2020", date(2020, 2, 29)),
])
def test_parse_date_month_spellings(text, expected):
    assert parse_date(text) == expected


def test_parse_date_passes_dates_through():
    assert parse_date(INAUGURATION) == INAUGURATION
    parsed = parse_date(datetime(2019, 6, 14, 0, 0))  # what openpyxl returns for a date cell
    assert parsed == INAUGURATION and type(parsed) is date


@pytest.mark.parametrize("blank", [None, "", "   ", "\t"])
def test_parse_date_blank_is_none(blank):
    assert parse_date(blank) is None


@pytest.mark.parametrize("text", ["31/02/2019", "29-02-2019", "2019-13-01", "32 Juni 2019",
                                  "06/14/2019"])
def test_parse_date_refuses_days_not_in_the_calendar(text):
    with pytest.raises(ValidationError) as caught:
        parse_date(text, "tanggal_pelantikan")
    (problem,) = caught.value.problems
    assert problem.field == "tanggal_pelantikan"
    assert problem.message == f"Tanggal '{text}' tidak ada di kalender."


@pytest.mark.parametrize("text", ["14 Juno 2019", "kemarin", "2019/06/14", "14 06 2019",
                                  "14/06/19", "June 14, 2019"])
def test_parse_date_refuses_unknown_forms_and_lists_the_accepted_ones(text):
    with pytest.raises(ValidationError) as caught:
        parse_date(text)
    (problem,) = caught.value.problems
    assert problem.field == "tanggal"
    assert "tidak dikenali" in problem.message
    assert ACCEPTED_FORMATS in problem.message
    assert ACCEPTED_FORMATS == "2019-06-14, 14/06/2019, 14-06-2019 atau 14 Juni 2019"


def test_day_before():
    assert day_before(INAUGURATION) == date(2019, 6, 13)
    assert day_before(date(2019, 3, 1)) == date(2019, 2, 28)
    assert day_before(date(2020, 1, 1)) == date(2019, 12, 31)
