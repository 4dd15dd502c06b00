"""NIP (Perka BKN 22/2007): normalising what spreadsheets carry, then validating every part."""

from __future__ import annotations

from datetime import date

import pytest

from kinerja_desktop.domain.nip import (SEX_FEMALE, SEX_MALE, check_nip, format_nip,
                                        normalize_nip, parse_nip)
from kinerja_desktop.errors import ValidationError

VALID = "197001011990031002"


@pytest.mark.parametrize("raw", [
    "197001011990031002",
    "19700101 199003 1 002",
    "19700101.199003.1.002",
    "19700101-199003-1-002",
    "'197001011990031002",  # Excel's "store as text" apostrophe
    "  19700101 199003 1 002  ",
    "19700101\u00a0199003\u00a01\u00a0002",  # non-breaking spaces from a web page
    "19700101\t199003  1 . 002",
])
def test_normalize_strips_separators(raw):
    assert normalize_nip(raw) == VALID


def test_normalize_blank_and_numbers():
    assert normalize_nip(None) == ""
    assert normalize_nip("   ") == ""
    assert normalize_nip(123.0) == "123"
    assert normalize_nip(1970010119900310) == "1970010119900310"
    # Only separators are removed: letters survive so that validation can name them.
    assert normalize_nip("1970 01O1") == "197001O1"


def test_valid_nip_parts():
    info, problems = check_nip("19700101 199003 1 002")
    assert problems == []
    assert info is not None
    assert info.nip == VALID
    assert info.birth_date == date(1970, 1, 1)
    assert (info.tmt_cpns_year, info.tmt_cpns_month) == (1990, 3)
    assert info.sex == SEX_MALE
    assert info.serial == 2


def test_female_and_high_serial():
    info = parse_nip("19851231 201001 2 999")
    assert info.sex == SEX_FEMALE
    assert info.serial == 999
    assert info.birth_date == date(1985, 12, 31)
    assert (info.tmt_cpns_year, info.tmt_cpns_month) == (2010, 1)


def test_leap_day_birth_is_a_real_date():
    assert parse_nip("198402291990031001").birth_date == date(1984, 2, 29)


@pytest.mark.parametrize("raw, fragment", [
    ("", "wajib diisi"),
    (None, "wajib diisi"),
    (" . ", "wajib diisi"),
    ("1970010119900310AB", "hanya boleh berisi angka"),
    ("19700101199003100", "harus 18 angka, tertulis 17"),
    ("1970010119900310022", "harus 18 angka, tertulis 19"),
    ("197013011990031002", "tanggal lahir yang sah"),  # month 13
    ("197002301990031002", "tanggal lahir yang sah"),  # 30 February
    ("198502291990031002", "tanggal lahir yang sah"),  # 1985 is not a leap year
    ("197001011990001002", "bulan 00 tidak ada"),
    ("197001011990131002", "bulan 13 tidak ada"),
    ("197005011970041002", "harus sesudah tanggal lahir"),  # TMT before birth
    ("197005011970051002", "harus sesudah tanggal lahir"),  # TMT in the birth month
    ("197001011990030002", "jenis kelamin"),
    ("197001011990033002", "jenis kelamin"),
    ("197001011990031000", "dimulai dari 001"),
])
def test_invalid_nips_give_one_error_each(raw, fragment):
    info, problems = check_nip(raw)
    assert info is None
    assert len(problems) == 1
    problem = problems[0]
    assert problem.is_error and problem.field == "nip"
    assert fragment in problem.message


def test_invalid_nip_names_the_field_given():
    with pytest.raises(ValidationError) as caught:
        parse_nip("12345", field="nip_penilai")
    assert [p.field for p in caught.value.problems] == ["nip_penilai"]
    assert "18 angka" in str(caught.value)


def test_cpns_before_age_18_is_only_a_warning():
    # Born March 1972, TMT CPNS February 1990: 17 years old.
    info, problems = check_nip("197203151990021004")
    assert info is not None and info.nip == "197203151990021004"
    assert len(problems) == 1
    assert problems[0].severity == "warning"
    assert "usia 17 tahun" in problems[0].message
    assert parse_nip("197203151990021004").birth_date == date(1972, 3, 15)


def test_cpns_at_18_gives_no_warning():
    info, problems = check_nip("197203151990031004")
    assert info is not None and problems == []


@pytest.mark.parametrize("raw", [VALID, "19700101 199003 1 002", "19700101.199003.1.002"])
def test_format_groups_as_official_documents_print(raw):
    assert format_nip(raw) == "19700101 199003 1 002"


@pytest.mark.parametrize("raw", ["123", "abc", "", "1970010119900310AB"])
def test_format_leaves_what_is_not_a_nip(raw):
    assert format_nip(raw) == raw
