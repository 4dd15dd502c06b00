"""Typed date text: every way staff type a date, and the ones that must be refused."""

from datetime import date

import pytest

from kinerja_desktop.domain.date_text import (DateTextError, full_year, parse_date_text,
                                              read_date_text)

JUNE_14 = date(2019, 6, 14)


@pytest.mark.parametrize("text", [
    "14 Juni 2019", "14 juni 2019", "14 JUNI 2019", "14 Jun 2019", "14 jun. 2019",
    "14/06/2019", "14-06-2019", "14.06.2019", "14062019", "2019-06-14", "14/6/2019",
    "  14 Juni 2019  ", "Jumat, 14 Juni 2019", "jumat 14 juni 2019", "Jum'at, 14 Juni 2019",
    "14 / 06 / 2019", "14-Jun-2019", "14 juni 19", "14/06/19", "140619"])
def test_reads_every_way_of_typing_14_june_2019(text):
    assert parse_date_text(text) == JUNE_14


def test_day_comes_before_month():
    assert parse_date_text("2/1/2018") == date(2018, 1, 2)
    assert parse_date_text("02/01/2018") == date(2018, 1, 2)


@pytest.mark.parametrize("name, month", [
    ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Mei", 5), ("Jun", 6), ("Jul", 7),
    ("Agu", 8), ("Agt", 8), ("Ags", 8), ("Sep", 9), ("Okt", 10), ("Nov", 11), ("Des", 12),
    ("Januari", 1), ("Februari", 2), ("Pebruari", 2), ("Maret", 3), ("April", 4),
    ("Agustus", 8), ("Oktober", 10), ("November", 11), ("Nopember", 11), ("Desember", 12)])
def test_indonesian_month_names_and_abbreviations(name, month):
    assert parse_date_text(f"3 {name} 2020") == date(2020, month, 3)


def test_two_digit_years_follow_the_wall_calendar():
    assert full_year("19") == 2019
    assert full_year("69") == 2069
    assert full_year("70") == 1970
    assert parse_date_text("17 Agustus 45") == date(2045, 8, 17)
    assert parse_date_text("12/03/85") == date(1985, 3, 12)


@pytest.mark.parametrize("text", [
    "", "   ", "besok", "14", "14 juni", "juni 2019", "14 jnui 2019", "14/06", "1406",
    "32/01/2019", "31/02/2019", "29/02/2019", "00/01/2019", "14/13/2019", "2019-13-01",
    "14-06-19-1", "abc 14 Juni 2019", "1/1/1800"])
def test_refuses_what_is_not_a_date(text):
    with pytest.raises(DateTextError):
        parse_date_text(text)
    assert read_date_text(text) is None


def test_messages_say_what_to_type():
    with pytest.raises(DateTextError, match="Tanggal tidak dikenali; ketik misalnya 14 Juni"):
        parse_date_text("besok")
    with pytest.raises(DateTextError, match="Februari 2019 hanya sampai tanggal 28"):
        parse_date_text("31/02/2019")
    with pytest.raises(DateTextError, match="Bulan 'jnui' tidak dikenali"):
        parse_date_text("14 jnui 2019")


def test_leap_day_is_a_date_in_a_leap_year():
    assert parse_date_text("29 Pebruari 2020") == date(2020, 2, 29)
