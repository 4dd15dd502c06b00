"""Pangkat/golongan (PP 99/2000) and eselon ranges (PP 100/2000 as amended by PP 13/2002):
the tables, parsing as typed, range warnings."""

from __future__ import annotations

import pytest

from kinerja_desktop.domain.ranks import (ESELONS, RANK_CODES, RANKS, USUAL_RANK_RANGE,
                                          parse_eselon, parse_rank, rank_label, rank_warnings)
from kinerja_desktop.errors import ValidationError


def test_rank_table_matches_the_regulation():
    assert dict(RANKS) == {
        "I/a": "Juru Muda", "I/b": "Juru Muda Tingkat I", "I/c": "Juru",
        "I/d": "Juru Tingkat I",
        "II/a": "Pengatur Muda", "II/b": "Pengatur Muda Tingkat I", "II/c": "Pengatur",
        "II/d": "Pengatur Tingkat I",
        "III/a": "Penata Muda", "III/b": "Penata Muda Tingkat I", "III/c": "Penata",
        "III/d": "Penata Tingkat I",
        "IV/a": "Pembina", "IV/b": "Pembina Tingkat I", "IV/c": "Pembina Utama Muda",
        "IV/d": "Pembina Utama Madya", "IV/e": "Pembina Utama",
    }
    # Ascending order is what the range check relies on.
    assert RANK_CODES == tuple(code for code, _ in RANKS)
    assert RANK_CODES.index("III/d") < RANK_CODES.index("IV/a") < RANK_CODES.index("IV/e")


def test_usual_ranges_for_echelon_ii():
    assert USUAL_RANK_RANGE["II.a"] == ("IV/c", "IV/d")
    assert USUAL_RANK_RANGE["II.b"] == ("IV/b", "IV/c")
    assert set(USUAL_RANK_RANGE) == set(ESELONS)


def test_labels():
    assert rank_label("IV/c") == "Pembina Utama Muda (IV/c)"
    assert rank_label("III/a") == "Penata Muda (III/a)"
    assert rank_label(None) == ""
    assert rank_label("") == ""
    assert rank_label("X/y") == "X/y"


@pytest.mark.parametrize("text, code", [
    ("IV/c", "IV/c"), ("iv/c", "IV/c"), ("IV/C", "IV/c"), ("IV-c", "IV/c"), ("IV.c", "IV/c"),
    ("IVc", "IV/c"), ("IV c", "IV/c"), (" IV / c ", "IV/c"), ("4c", "IV/c"), ("4/c", "IV/c"),
    ("III/a", "III/a"), ("3/d", "III/d"), ("II/b", "II/b"), ("I/a", "I/a"), ("IV/e", "IV/e"),
    ("Pembina Utama Muda", "IV/c"), ("pembina utama muda", "IV/c"),
    ("  Pembina   Utama  Muda ", "IV/c"),
    ("Pembina Utama Muda (IV/c)", "IV/c"), ("Pembina Utama Muda, IV/c", "IV/c"),
    ("Pembina Utama Muda(IV/c)", "IV/c"), ("(IV/c)", "IV/c"),
    ("Penata Tingkat I (III/d)", "III/d"), ("Pembina", "IV/a"),
    ("Pembina Tingkat I", "IV/b"), ("Pembina Tingkat I (IV/b)", "IV/b"),
    # "Tk." is how personnel documents abbreviate "Tingkat".
    ("Pembina Tk. I (IV/b)", "IV/b"), ("Penata Tk.I", "III/d"), ("pembina tk i", "IV/b"),
])
def test_parse_rank_accepts_what_staff_type(text, code):
    assert parse_rank(text) == code


@pytest.mark.parametrize("blank", [None, "", "   "])
def test_parse_rank_blank_is_none(blank):
    assert parse_rank(blank) is None


@pytest.mark.parametrize("text", ["V/a", "IV/f", "I/e", "Pembina Super", "IV", "golongan 4",
                                  "Pembina Utama Muda IV/c", "Foo (IV/c)"])
def test_parse_rank_refuses_unknown(text):
    with pytest.raises(ValidationError) as caught:
        parse_rank(text)
    (problem,) = caught.value.problems
    assert problem.field == "pangkat_golongan" and problem.is_error
    assert "tidak dikenal" in problem.message
    assert "IV/c" in problem.message  # the message shows an example


@pytest.mark.parametrize("text, named, code", [
    ("Pembina (IV/c)", "Pembina", "IV/c"),
    ("Pembina Utama Muda (IV/d)", "Pembina Utama Muda", "IV/d"),
    ("Penata, III/d", "Penata", "III/d"),
])
def test_parse_rank_refuses_a_name_that_contradicts_the_code(text, named, code):
    with pytest.raises(ValidationError) as caught:
        parse_rank(text, field="pangkat")
    (problem,) = caught.value.problems
    assert problem.field == "pangkat"
    assert problem.message == f"Nama pangkat '{named}' tidak sesuai dengan golongan {code}."


@pytest.mark.parametrize("text, code", [
    ("II.a", "II.a"), ("II.b", "II.b"), ("IIa", "II.a"), ("II/b", "II.b"), ("ii-a", "II.a"),
    ("2a", "II.a"), ("2.b", "II.b"), ("III.a", "III.a"), ("3b", "III.b"), ("IV.a", "IV.a"),
    ("4b", "IV.b"), (" II.b ", "II.b"),
])
def test_parse_eselon(text, code):
    assert parse_eselon(text) == code


@pytest.mark.parametrize("blank", [None, "", "  "])
def test_parse_eselon_blank_is_none(blank):
    assert parse_eselon(blank) is None


@pytest.mark.parametrize("text", ["II.c", "I.a", "V.a", "2", "eselon dua", "JPT"])
def test_parse_eselon_refuses_unknown(text):
    with pytest.raises(ValidationError) as caught:
        parse_eselon(text, field="eselon_jabatan")
    (problem,) = caught.value.problems
    assert problem.field == "eselon_jabatan"
    assert "II.a, II.b, III.a, III.b, IV.a, IV.b" in problem.message


@pytest.mark.parametrize("rank, eselon", [
    ("IV/c", "II.a"), ("IV/d", "II.a"), ("IV/b", "II.b"), ("IV/c", "II.b"),
])
def test_no_warning_inside_the_usual_range(rank, eselon):
    assert rank_warnings(rank, eselon) == []


@pytest.mark.parametrize("rank, eselon, bounds", [
    ("IV/b", "II.a", "IV/c s.d. IV/d"), ("IV/e", "II.a", "IV/c s.d. IV/d"),
    ("IV/a", "II.b", "IV/b s.d. IV/c"), ("IV/d", "II.b", "IV/b s.d. IV/c"),
    ("III/d", "II.b", "IV/b s.d. IV/c"),
])
def test_warning_outside_the_usual_range(rank, eselon, bounds):
    (problem,) = rank_warnings(rank, eselon)
    assert problem.severity == "warning" and not problem.is_error
    assert problem.field == "pangkat_golongan"
    assert f"Golongan {rank}" in problem.message and f"eselon {eselon}" in problem.message
    assert bounds in problem.message


@pytest.mark.parametrize("rank, eselon", [
    (None, "II.a"), ("IV/a", None), ("", ""), ("IV/a", "X.y"), ("X/y", "II.a"),
])
def test_no_warning_without_both_known(rank, eselon):
    assert rank_warnings(rank, eselon) == []
