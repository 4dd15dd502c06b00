"""Issue 17: evidence files stay documents. Hostile names and contents, as a USB stick or
another PC's backup may bring them: the name an evidence file is kept and written out under
(clean_evidence_name) and whether it is kept at all (evidence_problem)."""

from __future__ import annotations

from pathlib import PurePath

import pytest

from kinerja_desktop.domain.evidence import (ALLOWED_EXTENSIONS, EXECUTABLE_EXTENSIONS,
                                             HEAD_BYTES, MAX_FILE_BYTES, MAX_NAME_CHARS,
                                             RESERVED_NAMES, EvidenceFile, clean_evidence_name,
                                             content_extension, evidence_problem,
                                             evidence_problems)

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"
GIF = b"GIF89a\x01\x00\x01\x00"
TIFF = b"II*\x00\x08\x00\x00\x00"
BMP = b"BM6\x00\x00\x00\x00\x00"
DOCX = b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 22 + b"[Content_Types].xml" + b"word/doc"
ODT = (b"PK\x03\x04\x14\x00\x00\x08" + b"\x00" * 22
       + b"mimetypeapplication/vnd.oasis.opendocument.text")
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16
TEXT = "No;Nama;Desa\r\n1;Ani;Cibodas\r\n".encode("cp1252")
MZ = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"
ELF = b"\x7fELF\x02\x01\x01\x00"
SHEBANG = b"#!/bin/sh\nrm -rf ~\n"
LNK = b"L\x00\x00\x00\x01\x14\x02\x00\x00\x00"
HTA = b"<html><script>new ActiveXObject('WScript.Shell').Run('calc')</script>"

LONG = "Laporan kegiatan " + "sangat panjang " * 20  # 317 characters before the extension


def dangerous(name: str) -> bool:
    """Whether a name could make the system run something: a program's extension at the end,
    or inside (hidden extensions show 'a.exe.pdf' as 'a.exe')."""
    parts = [f".{p.lower()}" for p in name.split(".")[1:]]
    return any(p in EXECUTABLE_EXTENSIONS for p in parts) or \
        PurePath(name).suffix.lower() not in {*ALLOWED_EXTENSIONS, ".bin", ".txt"}


# name, content, the clean name, and a word of the refusal (None: kept) ---------------------------
HOSTILE = [
    ("..\\..\\evil.exe", MZ, "evil_exe.bin", "program atau skrip (.exe)"),
    ("../../evil.exe", MZ, "evil_exe.bin", "program atau skrip (.exe)"),
    ("C:\\Windows\\x.pdf", PDF, "x.pdf", None),
    ("C:x.pdf", PDF, "x.pdf", None),
    ("\\\\server\\share\\bukti\\foto.jpg", JPEG, "foto.jpg", None),
    ("CON.pdf", PDF, "_CON.pdf", None),
    ("nul.DOCX", DOCX, "_nul.DOCX", None),
    ("con", PDF, "_con.pdf", "tidak berakhiran jenis berkas"),
    ("Com3.xlsx", DOCX, "_Com3.xlsx", None),
    ("AUX .txt", TEXT, "_AUX.txt", None),
    ("prn.tar.pdf", PDF, "_prn.tar.pdf", None),
    ("LPT1", PDF, "_LPT1.pdf", "tidak berakhiran jenis berkas"),
    ("LPT1", MZ, "_LPT1.bin", "tidak berakhiran jenis berkas"),
    ("COM9.png", PNG, "_COM9.png", None),
    ("CONSOLE.pdf", PDF, "CONSOLE.pdf", None),  # not a device: only the exact names are
    ("laporan.pdf.exe", PDF, "laporan.pdf", "program atau skrip (.exe)"),
    ("laporan.pdf.exe", MZ, "laporan.pdf_exe.bin", "program atau skrip (.exe)"),
    ("laporan.exe", PDF, "laporan.pdf", "program atau skrip (.exe)"),
    ("laporan.pdf", MZ, "laporan.pdf", "isinya program atau skrip"),
    ("laporan.pdf", ELF, "laporan.pdf", "isinya program atau skrip"),
    ("catatan.txt", SHEBANG, "catatan.txt", "isinya program atau skrip"),
    ("pintasan.pdf", LNK, "pintasan.pdf", "isinya program atau skrip"),
    ("a/b/c.pdf", PDF, "c.pdf", None),
    ("lapor\x00an.pdf", PDF, "lapor_an.pdf", None),
    ("baris\nbaru\r.pdf", PDF, "baris_baru_.pdf", None),
    ("laporan\u202efdp.exe", MZ, "laporan_fdp_exe.bin", "program atau skrip (.exe)"),
    ("laporan\u202efdp.pdf", PDF, "laporan_fdp.pdf", None),
    (LONG + ".pdf", PDF, None, None),  # shortened, see below
    (LONG + ".exe", MZ, None, "program atau skrip (.exe)"),
    ("berkas.", PDF, "berkas.pdf", "tidak berakhiran jenis berkas"),
    ("berkas.pdf. . .", PDF, "berkas.pdf", None),
    ("berkas.pdf   ", PDF, "berkas.pdf", None),
    ("..", PDF, "berkas.pdf", "tidak berakhiran jenis berkas"),
    ("", PDF, "berkas.pdf", "tidak berakhiran jenis berkas"),
    ("a.exe.pdf", PDF, "a_exe.pdf", None),
    ("foto.js.jpg", JPEG, "foto_js.jpg", None),
    ("skrip.bat", b"@echo off\r\ndel *.*\r\n", "skrip_bat.txt", "program atau skrip (.bat)"),
    ("skrip.cmd", b"@echo off\r\n", "skrip_cmd.txt", "program atau skrip (.cmd)"),
    ("aplikasi.com", MZ, "aplikasi_com.bin", "program atau skrip (.com)"),
    ("layar.scr", MZ, "layar_scr.bin", "program atau skrip (.scr)"),
    ("halaman.hta", HTA, "halaman_hta.txt", "program atau skrip (.hta)"),
    ("skrip.js", b"WScript.Echo(1)", "skrip_js.txt", "program atau skrip (.js)"),
    ("skrip.vbs", b"MsgBox 1", "skrip_vbs.txt", "program atau skrip (.vbs)"),
    ("skrip.PS1", b"Remove-Item C:\\", "skrip_PS1.txt", "program atau skrip (.ps1)"),
    ("pasang.msi", OLE, "pasang_msi.bin", "program atau skrip (.msi)"),
    ("pintasan.lnk", LNK, "pintasan_lnk.bin", "program atau skrip (.lnk)"),
    ("aplikasi.jar", b"PK\x03\x04META-INF/", "aplikasi_jar.bin", "program atau skrip (.jar)"),
    ("makro.docm", DOCX, "makro.docx", "program atau skrip (.docm)"),
    ("video.mp4", b"\x00\x00\x00\x18ftypmp42", "video_mp4.bin", "hanya PDF, gambar"),
    ("foto.jpg", PDF, "foto.pdf", "isinya PDF, bukan gambar JPEG"),
    ("foto.png", JPEG, "foto.jpg", "isinya gambar JPEG, bukan gambar PNG"),
    ("rekap.xlsx", OLE, "rekap.xlsx", "isinya tidak dikenali, bukan dokumen Office/OpenDocument"),
    ("laporan.pdf", b"bukan pdf", "laporan.pdf", "isinya tidak dikenali, bukan PDF"),
    ("rekap.csv", b"BMW;Honda\r\n", "rekap.csv", None),  # text that begins like a bitmap
]


@pytest.mark.parametrize("name, head, clean, refusal", HOSTILE,
                         ids=[repr(row[0])[:40] + "-" + str(i) for i, row in enumerate(HOSTILE)])
def test_hostile_names(name, head, clean, refusal):
    cleaned = clean_evidence_name(name, head)
    if clean is not None:
        assert cleaned == clean
    assert not dangerous(cleaned), cleaned
    assert not {"/", "\\", "\x00", "\n", "\r", "\u202e"} & set(cleaned)
    assert cleaned.split(".")[0].rstrip().upper() not in RESERVED_NAMES
    assert not cleaned.endswith((".", " "))
    assert 0 < len(cleaned) <= MAX_NAME_CHARS
    problem = evidence_problem(name, head, len(head))
    if refusal is None:
        assert problem is None
    else:
        assert problem is not None and refusal in problem, problem
        assert problem.startswith("Berkas '") and "ditolak" in problem


@pytest.mark.parametrize("name, head, _clean, refusal", HOSTILE,
                         ids=[repr(row[0])[:40] + "-" + str(i) for i, row in enumerate(HOSTILE)])
def test_a_clean_name_is_kept_whenever_the_file_is(name, head, _clean, refusal):
    """What is accepted stays accepted under its clean name, and opening judges the clean name:
    a document with a program's name opens as the document it is, a program never."""
    cleaned = clean_evidence_name(name, head)
    assert clean_evidence_name(cleaned, head) == cleaned  # cleaning twice changes nothing
    if refusal is None:
        assert evidence_problem(cleaned, head, len(head)) is None
    if head.startswith((b"MZ", b"\x7fELF", b"#!", b"L\x00\x00\x00")):
        assert evidence_problem(cleaned, head, len(head)) is not None


def test_a_long_name_is_shortened_keeping_its_extension():
    cleaned = clean_evidence_name(LONG + ".pdf", PDF)
    assert len(cleaned) == MAX_NAME_CHARS and cleaned.endswith(".pdf")
    assert cleaned.startswith("Laporan kegiatan sangat panjang")
    assert evidence_problem(LONG + ".pdf", PDF, 100) is None
    long_program = clean_evidence_name(LONG + ".exe", MZ)
    assert len(long_program) <= MAX_NAME_CHARS and long_program.endswith("_exe.bin")


def test_a_refusal_names_the_file_as_the_user_knows_it():
    problem = evidence_problem(r"E:\Bukti dari USB\laporan.pdf.exe", PDF, len(PDF))
    assert problem is not None
    assert "'laporan.pdf.exe'" in problem and "USB" not in problem
    problem = evidence_problem(LONG + ".exe", MZ, len(MZ))
    assert problem is not None and len(problem) < 300 and "…" in problem


@pytest.mark.parametrize("name, head", [
    ("laporan.pdf", PDF), ("pindaian.PDF", b"\r\n\r\n%PDF-1.4"), ("foto.jpg", JPEG),
    ("foto.JPEG", JPEG), ("foto.png", PNG), ("animasi.gif", GIF), ("pindai.tif", TIFF),
    ("pindai.tiff", b"MM\x00*\x00\x00"), ("gambar.bmp", BMP), ("memo.docx", DOCX),
    ("rekap.xlsx", DOCX), ("slide.pptx", DOCX), ("memo.odt", ODT), ("rekap.ods", ODT),
    ("slide.odp", ODT), ("memo.doc", OLE), ("rekap.xls", OLE), ("slide.ppt", OLE),
    ("catatan.txt", TEXT), ("data.csv", TEXT), ("catatan.txt", "Catatan rapat é".encode()),
    ("utf16.txt", "\ufeffCatatan".encode("utf-16-le")),
])
def test_every_allowed_document_is_kept_under_its_own_name(name, head):
    assert evidence_problem(name, head, len(head)) is None
    assert clean_evidence_name(name, head) == name


def test_sizes_are_checked_with_the_content():
    assert evidence_problem("laporan.pdf", PDF, MAX_FILE_BYTES) is None
    too_big = evidence_problem("laporan.pdf", PDF, MAX_FILE_BYTES + 1)
    assert too_big is not None and "20,0 MB" in too_big
    empty = evidence_problem("laporan.pdf", b"", 0)
    assert empty is not None and "kosong (0 byte)" in empty
    # A program's name is said first, before its size.
    program = evidence_problem("setup.exe", MZ, MAX_FILE_BYTES * 2)
    assert program is not None and "program atau skrip" in program


def test_only_the_first_bytes_are_looked_at():
    assert HEAD_BYTES <= 64 * 1024
    content = PDF + b"\x00" * HEAD_BYTES + b"MZ\x90\x00"
    assert evidence_problem("laporan.pdf", content, len(content)) is None
    # A text whose first bytes are text, whatever follows them.
    text = b"a" * HEAD_BYTES + b"\x00\x01\x02"
    assert evidence_problem("catatan.txt", text, len(text)) is None
    assert evidence_problem("catatan.txt", b"a\x00b", 3) is not None


def test_content_extension():
    assert [content_extension(h) for h in (PDF, PNG, JPEG, GIF, TIFF, DOCX, ODT)] == [
        ".pdf", ".png", ".jpg", ".gif", ".tif", ".docx", ".odt"]
    for head in (MZ, ELF, SHEBANG, LNK, TEXT, OLE, b"", b"PK\x03\x04unknown"):
        assert content_extension(head) is None


def test_evidence_problems_of_a_file_in_memory():
    assert evidence_problems(EvidenceFile("laporan.pdf", PDF)) == []
    (problem,) = evidence_problems(EvidenceFile("laporan.pdf", MZ))
    assert problem.field == "bukti" and problem.is_error
    assert "'laporan.pdf'" in problem.message


def test_every_reserved_device_name():
    for device in ("CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
                   *(f"LPT{n}" for n in range(1, 10))):
        for name in (device, device.lower(), device.title()):
            cleaned = clean_evidence_name(f"{name}.pdf", PDF)
            assert cleaned == f"_{name}.pdf"
            assert evidence_problem(f"{name}.pdf", PDF, len(PDF)) is None
