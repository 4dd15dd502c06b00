"""`print …` and `verify-document`: PDFs written, codes that check, refusals that say why."""

from __future__ import annotations

import re

from pypdf import PdfReader

from kinerja_desktop.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def code_of(result) -> str:
    return re.search(r"kode verifikasi ([A-Z0-9]{4}-[A-Z0-9]{4})", result.out).group(1)


def test_print_each_document_and_verify_its_code(cli, demo_file, tmp_path):
    for command, name, expected in (("evaluation", "ev.pdf", "EVALUASI KINERJA 100 HARI"),
                                    ("agreement", "ag.pdf", "PERJANJIAN KINERJA 100 HARI"),
                                    ("handover", "ba.pdf", "BERITA ACARA SERAH TERIMA"),
                                    ("memori", "memo.pdf", "MEMORI SERAH TERIMA JABATAN")):
        result = cli("--db", demo_file, "print", command, 1, "-o", tmp_path / name)
        assert result.code == EXIT_OK, result.err
        text = pdf_text(tmp_path / name)
        assert expected in text and code_of(result) in text
        assert "Dokumen ini terdiri atas" in text  # the footer's page count
        check = cli("--db", demo_file, "verify-document", code_of(result).lower())
        assert check.code == EXIT_OK and "versi terkini" in check.out
    handover = pdf_text(tmp_path / "ba.pdf")
    assert "Jajang KH" in handover and "Abdullah" in handover
    assert "Plt. KEPALA DINAS KEPENDUDUKAN" in handover.replace("\n", " ")


def test_batch_of_an_inauguration(cli, demo_file, tmp_path):
    result = cli("--db", demo_file, "print", "batch", "--inauguration", "14/06/2019",
                 "-o", tmp_path / "semua.pdf")
    assert result.code == EXIT_OK and result.out.startswith("1 lembar evaluasi")
    assert "Anas Dwisatya" in pdf_text(tmp_path / "semua.pdf")
    folder = tmp_path / "per-pejabat"
    result = cli("--db", demo_file, "print", "batch", "-o", folder, "--per-pejabat")
    assert result.code == EXIT_OK
    assert [p.name for p in folder.iterdir()] == ["Evaluasi - Anas Dwisatya.pdf"]
    empty = cli("--db", demo_file, "print", "batch", "--inauguration", "2020-01-01",
                "-o", tmp_path / "kosong.pdf")
    assert empty.code == EXIT_INVALID and "Tidak ada evaluasi final" in empty.err
    assert not (tmp_path / "kosong.pdf").exists()


def test_refusals(cli, demo_file, tmp_path):
    assert cli("--db", demo_file, "print", "evaluation", 99, "-o", tmp_path / "x.pdf").code \
        == EXIT_INVALID
    usage = cli("--db", demo_file, "print", "evaluation", "abc", "-o", tmp_path / "x.pdf")
    assert usage.code == EXIT_USAGE and "bilangan bulat positif" in usage.err
    draft = cli("--db", demo_file, "print", "agreement", 2, "-o", tmp_path / "d.pdf")
    assert draft.code == EXIT_INVALID and "Draft" in draft.err
    unknown = cli("--db", demo_file, "verify-document", "ZZZZ-ZZZZ")
    assert unknown.code == EXIT_INVALID and "tidak terdaftar" in unknown.out
    assert not (tmp_path / "x.pdf").exists()
