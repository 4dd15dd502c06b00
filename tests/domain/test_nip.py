"""NIP (Perka BKN 22/2007): normalising what spreadsheets carry, then validating every part."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kinerja_desktop.domain.nip import (SEX_FEMALE, SEX_MALE, check_nip, format_nip,
                                        is_spreadsheet_number, normalize_nip, parse_nip)
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
    assert normalize_nip(1970010119900310) == "1970010119900310"
    # A float is never turned into digits (its last digits are lost): it stays as written.
    assert normalize_nip(123.0) == "123.0"
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


# A NIP that a spreadsheet stored as a number (issue 16) ---------------------------------------

EXCEL = "19660801 198803 1 001"  # its serial is 001; as an Excel number it reads ...008
LOST = ("tersimpan sebagai angka oleh Excel sehingga digit terakhirnya hilang; "
        "format kolom NIP sebagai Teks lalu ketik ulang.")


@pytest.mark.parametrize("raw", [
    1.96608011988031E+17,  # the float an unformatted XLSX cell holds
    196608011988031001,  # an int from a numeric cell: Excel cannot keep 18 digits either
    196608011988031001.0,
    Decimal("196608011988031001"),
    "1.96608011988031E+17",
    "1,96608E+17",
    "1.97E17",
    "1.96608011988031e+17",
    " 1.96608011988031 E+17 ",
    "-1.96608E+17",
    "1,96608011988031E+017",
    "'1.96608011988031E+17",  # an apostrophe makes it text, but the digits are already lost
    "196608011988031001.0",
    "196608011988031000.0",
    "196608011988031000,00",
    "19660801198803100.1",  # 18 digits, but the last one is behind a decimal mark
    "196.608.011.988.031.000",  # thousands grouped by an Indonesian Excel
    "196,608,011,988,031,000.00",
])
def test_spreadsheet_number_refused_with_one_message(raw):
    info, problems = check_nip(raw)
    assert info is None
    assert len(problems) == 1
    problem = problems[0]
    assert problem.is_error and problem.field == "nip"
    assert problem.message.startswith("NIP '") and problem.message.endswith(LOST)
    assert "hanya boleh berisi angka" not in problem.message
    with pytest.raises(ValidationError) as caught:
        parse_nip(raw, "--nip")
    assert [p.field for p in caught.value.problems] == ["--nip"]
    assert LOST in str(caught.value)


def test_excel_float_is_not_taken_for_a_different_nip():
    # str(int(1.96608011988031E+17)) is 196608011988031008: a valid NIP of someone else.
    assert check_nip("196608011988031008")[0] is not None
    assert check_nip(1.96608011988031E+17)[0] is None
    assert normalize_nip(1.96608011988031E+17) != "196608011988031008"


def test_message_quotes_what_was_written():
    _, problems = check_nip("  1.96608011988031E+17 ")
    assert problems[0].message.startswith("NIP '1.96608011988031E+17' tersimpan")
    _, problems = check_nip(1.96608011988031E+17)
    assert problems[0].message.startswith("NIP '1.96608011988031e+17' tersimpan")


@pytest.mark.parametrize("raw", [
    "196608011988031001",
    EXCEL,
    "19660801.198803.1.001",
    "19660801-198803-1-001",
    "'196608011988031001",
    "'19660801 198803 1 001",
    "19660801.198803.1001",
    "19660801198803.1.001",
])
def test_grouped_dotted_and_text_forms_still_accepted(raw):
    assert not is_spreadsheet_number(raw)
    info, problems = check_nip(raw)
    assert problems == []
    assert info is not None and info.nip == "196608011988031001" and info.serial == 1


@pytest.mark.parametrize("raw, fragment", [
    ("19660801.198803", "harus 18 angka, tertulis 14"),  # half a dotted NIP, not a decimal
    ("19660801,198803,1,001", "hanya boleh berisi angka"),
    ("1966080119880310E1", "hanya boleh berisi angka"),  # a letter, not an exponent
    ("True", "hanya boleh berisi angka"),
])
def test_other_wrong_text_keeps_its_own_message(raw, fragment):
    info, problems = check_nip(raw)
    assert info is None and len(problems) == 1
    assert fragment in problems[0].message


def test_bool_is_not_a_spreadsheet_number():
    assert not is_spreadsheet_number(True)
    _, problems = check_nip(True)
    assert "hanya boleh berisi angka" in problems[0].message


@pytest.mark.parametrize("raw", ["1.96608011988031E+17", "196608011988031001.0",
                                 "19660801198803100.1", 1.96608011988031E+17])
def test_normalize_keeps_a_spreadsheet_number_recognisable(raw):
    # Callers that store normalize_nip's result (handover witnesses) check it afterwards:
    # it must still be refused then, and it must not become an 18-digit NIP on the way.
    normalized = normalize_nip(raw)
    assert not (normalized.isdigit() and len(normalized) == 18)
    assert check_nip(normalized)[1][0].message.endswith(LOST)
    assert format_nip(normalized) == normalized


@pytest.mark.parametrize("raw", ["1.96608011988031E+17", "196608011988031001.0"])
def test_other_entry_points_refuse_a_spreadsheet_number(raw):
    # The official form (validate_official) and the handover witnesses, which the dialog
    # stores as normalize_nip gives them, both reach check_nip.
    from kinerja_desktop.domain.handover import Witness, _validate_witnesses
    from kinerja_desktop.domain.officials import OfficialInput, validate_official
    official = [p for p in validate_official(OfficialInput(raw, "Budi")) if p.field == "nip"]
    assert [p.message.endswith(LOST) for p in official] == [True]
    witness = [p for p in _validate_witnesses([Witness("Budi", "Camat", normalize_nip(raw))])
               if p.field == "saksi_nip"]
    assert [p.message.endswith(LOST) for p in witness] == [True]
