"""Evidence files: allowed types, the 20 MB limit, empty files and safe file names."""

from __future__ import annotations

import pytest

from kinerja_desktop.domain.evidence import (ALLOWED_EXTENSIONS, FILE_DIALOG_FILTER,
                                             MAX_FILE_BYTES, check_file, format_size,
                                             mime_type, safe_filename)

MB = 1024 * 1024


def test_limit_is_20_mebibytes():
    assert MAX_FILE_BYTES == 20 * MB == 20_971_520


def test_exactly_20_mb_accepted():
    assert check_file("laporan.pdf", MAX_FILE_BYTES) == []


def test_one_byte_over_20_mb_refused():
    (problem,) = check_file("laporan.pdf", MAX_FILE_BYTES + 1)
    assert problem.field == "bukti" and problem.is_error
    assert "20,0 MB" in problem.message
    assert "'laporan.pdf'" in problem.message
    assert "melebihi batas 20,0 MB" in problem.message


def test_a_much_larger_file_names_its_size():
    (problem,) = check_file("pindaian.jpg", 35 * MB + 512 * 1024)
    assert "berukuran 35,5 MB" in problem.message


@pytest.mark.parametrize("name", ["video.mp4", "program.exe", "arsip.zip", "skrip.js",
                                  "laporan", "laporan.pdf.exe", "pdf", ".pdf.bat"])
def test_wrong_type_refused(name):
    (problem,) = check_file(name, 1000)
    assert problem.field == "bukti"
    assert "tidak dapat dilampirkan" in problem.message
    assert ".pdf" in problem.message  # says what is allowed


@pytest.mark.parametrize("name", ["LAPORAN.PDF", "Foto.JPG", "foto.jpeg", "rekap.xlsx",
                                  "memo.docx", "data.csv", "scan.TIFF", "slide.odp"])
def test_allowed_types_in_any_case(name):
    assert check_file(name, 1000) == []


def test_wrong_type_reported_before_size():
    (problem,) = check_file("film.mp4", MAX_FILE_BYTES * 3)
    assert "tidak dapat dilampirkan" in problem.message


def test_empty_file_refused():
    (problem,) = check_file("laporan.pdf", 0)
    assert problem.field == "bukti"
    assert "kosong (0 byte)" in problem.message


def test_one_byte_file_accepted():
    assert check_file("catatan.txt", 1) == []


def test_check_uses_the_safe_name_of_a_windows_path():
    assert check_file(r"C:\Users\Staf\Dokumen\laporan.pdf", 10) == []
    (problem,) = check_file(r"C:\Users\Staf\Dokumen\film.mp4", 10)
    assert "'film.mp4'" in problem.message
    assert "Users" not in problem.message


@pytest.mark.parametrize("size, text", [
    (0, "0 B"), (1023, "1023 B"), (1024, "1,0 KB"), (1536, "1,5 KB"), (MB, "1,0 MB"),
    (20 * MB, "20,0 MB"), (20 * MB + 1, "20,0 MB"), (3 * 1024 * MB, "3,0 GB"),
    (5000 * 1024 * MB, "5000,0 GB"),
])
def test_format_size(size, text):
    assert format_size(size) == text


@pytest.mark.parametrize("name, safe", [
    (r"C:\Users\Staf\Dokumen\laporan.pdf", "laporan.pdf"),
    (r"\\server\share\bukti\foto rapat.jpg", "foto rapat.jpg"),
    ("/home/staf/laporan.pdf", "laporan.pdf"),
    ("D:/campur\\aduk/berkas.docx", "berkas.docx"),
    ('a<b>c:d"e|f?g*h.pdf', "a_b_c_d_e_f_g_h.pdf"),
    ("baris\nbaru\t.pdf", "baris_baru_.pdf"),
    ("  spasi.pdf  ", "spasi.pdf"),
    ("", "berkas"),
    ("   ", "berkas"),
    ("C:\\folder\\", "folder"),  # a trailing separator names the folder
    ("laporan 100 hari (final).pdf", "laporan 100 hari (final).pdf"),
    ("Laporan_Ké-2_Diskominfosatik.pdf", "Laporan_Ké-2_Diskominfosatik.pdf"),
])
def test_safe_filename(name, safe):
    assert safe_filename(name) == safe


def test_safe_filename_has_no_forbidden_character():
    name = safe_filename("".join(chr(c) for c in range(1, 128)) + ".pdf")
    assert not set(name) & set('<>:"/\\|?*')
    assert all(ord(ch) >= 32 for ch in name)
    assert name.endswith(".pdf")


def test_a_long_name_is_shortened_keeping_its_extension():
    name = safe_filename("Laporan kegiatan " + "sangat panjang " * 20 + ".pdf")
    assert len(name) == 150
    assert name.endswith(".pdf")
    assert check_file("Laporan kegiatan " + "sangat panjang " * 20 + ".pdf", 100) == []


def test_mime_type():
    assert mime_type("laporan.PDF") == "application/pdf"
    assert mime_type("foto.jpeg") == "image/jpeg"
    assert mime_type("apa.xyz") == "application/octet-stream"


def test_dialog_filter_lists_every_extension():
    for extension in ALLOWED_EXTENSIONS:
        assert f"*{extension}" in FILE_DIALOG_FILTER
    assert all(e == e.lower() and e.startswith(".") for e in ALLOWED_EXTENSIONS)
