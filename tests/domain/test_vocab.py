"""How a post is filled, and the kinds of units."""

from __future__ import annotations

import pytest

from kinerja_desktop.domain.vocab import (FILLING_METHODS, TEMPORARY_FILLINGS, UNIT_KINDS,
                                          filling_label, guess_unit_kind, is_temporary,
                                          parse_filling)
from kinerja_desktop.errors import ValidationError


def test_filling_methods_from_the_domain():
    assert FILLING_METHODS == {
        "seleksi_terbuka": "Seleksi Terbuka", "rotasi": "Rotasi", "mutasi": "Mutasi",
        "promosi": "Promosi", "plt": "Plt", "plh": "Plh", "pj": "Pj"}
    assert TEMPORARY_FILLINGS == {"plt", "plh", "pj"}


@pytest.mark.parametrize("code, temporary", [
    ("plt", True), ("plh", True), ("pj", True), ("seleksi_terbuka", False), ("rotasi", False),
    ("mutasi", False), ("promosi", False), (None, False), ("", False)])
def test_is_temporary(code, temporary):
    assert is_temporary(code) is temporary


def test_filling_label():
    assert filling_label("seleksi_terbuka") == "Seleksi Terbuka"
    assert filling_label("plt") == "Plt"
    assert filling_label(None) == ""
    assert filling_label("unknown") == ""


@pytest.mark.parametrize("text, code", [
    ("Seleksi Terbuka", "seleksi_terbuka"), ("seleksi terbuka", "seleksi_terbuka"),
    ("seleksi_terbuka", "seleksi_terbuka"), ("Lelang Jabatan", "seleksi_terbuka"),
    ("lelang", "seleksi_terbuka"), ("Open Bidding", "seleksi_terbuka"),
    ("Seleksi Terbuka (Lelang Jabatan)", "seleksi_terbuka"),
    ("Rotasi", "rotasi"), ("MUTASI", "mutasi"), ("Promosi", "promosi"),
    ("Plt", "plt"), ("Plt.", "plt"), ("PLT", "plt"), ("Pelaksana Tugas", "plt"),
    ("Plh.", "plh"), ("Pelaksana  Harian", "plh"), ("Pj", "pj"), ("Pj.", "pj"),
    ("Penjabat", "pj"),
])
def test_parse_filling_accepts_labels_and_aliases(text, code):
    assert parse_filling(text) == code


@pytest.mark.parametrize("code", list(FILLING_METHODS))
def test_every_label_reads_back_as_its_code(code):
    # Exports write labels; imports must read them back.
    assert parse_filling(filling_label(code)) == code


@pytest.mark.parametrize("blank", [None, "", "  ", "."])
def test_parse_filling_blank(blank):
    assert parse_filling(blank) is None


def test_parse_filling_refuses_unknown_and_lists_the_choices():
    with pytest.raises(ValidationError) as caught:
        parse_filling("Penunjukan", field="cara")
    (problem,) = caught.value.problems
    assert problem.field == "cara"
    assert "'Penunjukan' tidak dikenal" in problem.message
    for label in FILLING_METHODS.values():
        assert label in problem.message


@pytest.mark.parametrize("name, kind", [
    ("Dinas Kependudukan dan Catatan Sipil", "dinas"),
    ("Badan Perencanaan Pembangunan Daerah", "badan"),
    ("Satuan Polisi Pamong Praja", "satuan"), ("Satpol PP", "satuan"),
    ("Sekretariat Daerah", "sekretariat"), ("Setda", "sekretariat"),
    ("Sekretariat DPRD", "sekretariat"), ("Setwan", "sekretariat"),
    ("Kecamatan Petir", "kecamatan"), ("Bagian Umum dan Perlengkapan", "bagian"),
    ("  badan   Kepegawaian", "badan"), ("Inspektorat", "dinas"), ("", "dinas"),
])
def test_guess_unit_kind(name, kind):
    assert guess_unit_kind(name) == kind
    assert kind in UNIT_KINDS
