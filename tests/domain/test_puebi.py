"""PUEBI / EYD V spelling on printed documents, with the guideline's own examples where it has
them (80%, Rp150.000.000, 2010–2013, the italic foreign term, titles in full)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kinerja_desktop.domain import puebi


@pytest.mark.parametrize("value, decimals, expected", [
    (80, 0, "80%"), (90.5, 1, "90,5%"), ("107,14", 1, "107,1%"), (Decimal("12.345"), 2, "12,35%"),
    (0.125, 2, "0,13%"),  # half up, as people round, not banker's rounding
])
def test_percent_has_no_space_and_a_decimal_comma(value, decimals, expected):
    assert puebi.percent(value, decimals) == expected


@pytest.mark.parametrize("value, expected", [
    (150_000_000, "Rp150.000.000"), (1_250_000.5, "Rp1.250.000,50"), ("1.250.000,50",
                                                                       "Rp1.250.000,50"),
    (999, "Rp999"), (1000, "Rp1.000"), (0, "Rp0"), (-5000, "-Rp5.000"),
])
def test_rupiah_is_written_close_to_the_amount(value, expected):
    assert puebi.rupiah(value) == expected


def test_rupiah_with_fixed_decimals():
    assert puebi.rupiah(150, decimals=2) == "Rp150,00"


def test_numbers_group_thousands_with_full_stops():
    assert puebi.number(1234567) == "1.234.567"
    assert puebi.number(-1234.5, 1) == "-1.234,5"
    with pytest.raises(ValueError, match="Bukan bilangan"):
        puebi.number("sepuluh")
    with pytest.raises(ValueError):
        puebi.number(float("nan"))


def test_ranges_use_an_en_dash_without_spaces():
    assert puebi.number_range(10, 20) == "10–20"
    assert puebi.number_range("2010", "2013") == "2010–2013"
    assert puebi.number_range("Jakarta", "Bandung") == "Jakarta–Bandung"
    # Parts with spaces of their own are set apart, or the dash would join only "Juni–21".
    assert puebi.number_range("14 Juni", "21 September 2019") == "14 Juni – 21 September 2019"
    # EYD V's own glyph, the em dash, when an office asks for it.
    assert puebi.number_range(1910, 1945, dash=puebi.EM_DASH) == "1910—1945"
    assert puebi.tidy("1910 - 1945", dash=puebi.EM_DASH) == "1910—1945"


@pytest.mark.parametrize("typed, expected", [
    ("Capaian 80 % dari target", "Capaian 80% dari target"),
    ("Pagu Rp 150.000.000 dan Rp. 2.000", "Pagu Rp150.000.000 dan Rp2.000"),
    ("target 10 - 20 desa, periode 2019-2024", "target 10–20 desa, periode 2019–2024"),
    ("1,5-2,5 jam", "1,5–2,5 jam"),
    # Not ranges: a date, a phone number, a decree number, a verification code.
    ("tanggal 14-06-2019", "tanggal 14-06-2019"),
    ("HP 0812-3456-7890", "HP 0812-3456-7890"),
    ("Nomor 800/001-2019", "Nomor 800/001-2019"),
    ("kode K7Q2-9XPM", "kode K7Q2-9XPM"),
    ("Rpm dan Rp", "Rpm dan Rp"),
])
def test_tidy_fixes_typed_text_without_changing_its_meaning(typed, expected):
    assert puebi.tidy(typed) == expected


def _italic(text: str, terms=None) -> list[str]:
    return [text[a:b] for a, b in puebi.foreign_spans(text, terms)]


def test_foreign_terms_are_found_as_whole_words_case_insensitively():
    text = ("Konsep Smart Village, website-nya, layanan e-Government dan ONLINE; "
            "websites dan smartvillage bukan istilah daftar.")
    assert _italic(text) == ["Smart Village", "website", "e-Government", "ONLINE"]


def test_the_longest_term_wins_and_spans_do_not_overlap():
    assert _italic("monitoring and evaluation triwulan") == ["monitoring and evaluation"]
    assert _italic("smart   village") == ["smart   village"]  # spaces as typed


def test_foreign_terms_can_be_given():
    assert _italic("rapat zoom dan stunting", terms=["zoom"]) == ["zoom"]
    assert puebi.foreign_spans("") == []


def test_default_terms_include_the_issue_examples():
    for term in ("smart village", "e-government", "online", "website", "dashboard",
                 "stunting", "roadmap", "monitoring"):
        assert term in puebi.FOREIGN_TERMS
        assert _italic(f"tentang {term}.") == [term]


@pytest.mark.parametrize("title, expected", [
    ("Kadis Kesehatan Kab. Serang", "Kepala Dinas Kesehatan Kabupaten Serang"),
    ("Kepala Disdukcapil Kab. Serang",
     "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Serang"),
    ("Sekda Kab. Serang", "Sekretaris Daerah Kabupaten Serang"),
    ("Kabag Organisasi Setda", "Kepala Bagian Organisasi Sekretariat Daerah"),
    ("Kepala Bappeda", "Kepala Badan Perencanaan Pembangunan Daerah"),
    ("Kepala DPMPTSP", "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
    ("Kepala BKPSDM", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
    ("Kepala Disdik", "Kepala Dinas Pendidikan"),
    ("Camat Cikande Kec. Cikande", "Camat Cikande Kecamatan Cikande"),
    ("Kadis Dinkes", "Kepala Dinas Kesehatan"),  # not "Kepala Dinas Dinas Kesehatan"
    ("KADIS DINKES KAB. SERANG", "KEPALA DINAS KESEHATAN KABUPATEN SERANG"),
    ("Bupati  Serang", "Bupati Serang"),
])
def test_full_title_writes_abbreviations_out(title, expected):
    assert puebi.full_title(title) == expected


def test_delegation_marks_stay():
    assert puebi.full_title("a.n. Bupati Serang Sekda") == "a.n. Bupati Serang Sekretaris Daerah"
    for mark in puebi.KEPT:
        assert puebi.full_title(f"{mark} Kadis Dinkes") == f"{mark} Kepala Dinas Kesehatan"


def test_address_line_in_the_kop_words():
    assert puebi.address_line("Jl. Veteran No. 1", "(0254) 200001", "serangkab.go.id",
                              "setda@serangkab.go.id", "Serang", "42111") == (
        "Jalan Veteran Nomor 1 Telepon (0254) 200001 Laman serangkab.go.id "
        "Pos-el setda@serangkab.go.id Serang 42111")
    # The place and the post code are not repeated; empty parts are left out.
    assert puebi.address_line("Jl. Veteran No. 1 Serang 42111", place="Serang",
                              postal_code="42111") == "Jalan Veteran Nomor 1 Serang 42111"
    assert puebi.address_line("", telephone="(0254) 1") == "Telepon (0254) 1"


def test_a_post_code_stays_beside_the_place_the_address_names():
    """The demo's address names its town ('…, Serang'): the post code was printed alone at the
    end of the kop's line, after the e-mail address."""
    assert puebi.address_line("Jl. Veteran No. 1, Serang", "(0254) 200001", "serangkab.go.id",
                              "setda@serangkab.go.id", "Serang", "42111") == (
        "Jalan Veteran Nomor 1, Serang 42111 Telepon (0254) 200001 Laman serangkab.go.id "
        "Pos-el setda@serangkab.go.id")
    # Without a post code nothing is added; a post code alone still ends the line.
    assert puebi.address_line("Jl. Veteran No. 1, Serang", place="Serang") == (
        "Jalan Veteran Nomor 1, Serang")
    assert puebi.address_line("Jl. Veteran No. 1", "(0254) 1", postal_code="42111") == (
        "Jalan Veteran Nomor 1 Telepon (0254) 1 42111")
    assert puebi.full_address("Jln. Raya Telp. 1") == "Jalan Raya Telepon 1"
