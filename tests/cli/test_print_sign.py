"""`print … --tanda-tangan` names the signers without a stored scan; `print … --sign FILE.p12`
signs the PDF (PAdES), the password from KINERJA_P12_PASSWORD or the terminal."""

from __future__ import annotations

import sqlite3

import pytest
from PIL import Image
from pypdf import PdfReader

from kinerja_desktop.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from kinerja_desktop.services import documents
from kinerja_desktop.services.pdf_signing import (certificate_of, make_self_signed_pkcs12,
                                                  validate_signature)
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage.database import open_database
from tests.helpers.qr_reader import qr_texts_of_pdf

PASSWORD = "Rahasia-2019!"

@pytest.fixture(scope="module")
def p12(tmp_path_factory):
    path = tmp_path_factory.mktemp("sertifikat") / "sekda.p12"
    make_self_signed_pkcs12(path, PASSWORD, "Sekretaris Daerah Kabupaten Serang", days=30)
    return path


@pytest.fixture
def password(monkeypatch):
    monkeypatch.setenv("KINERJA_P12_PASSWORD", PASSWORD)


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def registered(db_file) -> int:
    with sqlite3.connect(db_file) as con:
        return con.execute("SELECT count(*) FROM printed_document").fetchone()[0]


def test_tanda_tangan_names_each_signer_without_a_scan(cli, demo_file, tmp_path):
    plain = cli("--db", demo_file, "print", "agreement", 1, "-o", tmp_path / "a.pdf")
    assert plain.code == EXIT_OK and plain.err == ""
    asked = cli("--db", demo_file, "print", "agreement", 1, "-o", tmp_path / "b.pdf",
                "--tanda-tangan")
    assert asked.code == EXIT_OK and (tmp_path / "b.pdf").exists()  # printed all the same
    assert len(asked.err_lines) == 1 and asked.err.startswith("Peringatan:")
    assert "Ratu Tatu Chasanah" in asked.err and "Anas Dwisatya" in asked.err
    assert "Anas Dwisatya" in text_of(tmp_path / "b.pdf")
    # The Bupati's scan stored: only the one still without a scan is named.
    db = open_database(demo_file)
    try:
        bupati = next(s.id for s in RosterService(db).signatories() if s.role == "bupati")
        image = tmp_path / "ttd.png"
        Image.new("RGB", (120, 40), "white").save(image)
        documents.set_signature_image(db, bupati, image)
    finally:
        db.close()
    again = cli("--db", demo_file, "print", "agreement", 1, "-o", tmp_path / "c.pdf",
                "--tanda-tangan")
    assert again.code == EXIT_OK and "Anas Dwisatya" in again.err
    assert "Ratu Tatu Chasanah" not in again.err


def test_sign_with_a_self_made_certificate(cli, demo_file, tmp_path, p12, password):
    target = tmp_path / "evaluasi.pdf"
    result = cli("--db", demo_file, "print", "evaluation", 1, "-o", target, "--sign", p12)
    assert result.code == EXIT_OK, result.err
    assert "ditandatangani secara digital" in result.out
    check = validate_signature(target, trust_roots=[certificate_of(p12, PASSWORD)])
    assert check.valid and check.intact and check.trusted and check.signatures == 1
    assert "Sekretaris Daerah Kabupaten Serang" in check.signer
    assert "EVALUASI KINERJA" in text_of(target)
    # The printed QR is still the office's signed one, checked by the database.
    qr = qr_texts_of_pdf(target)[0]
    assert cli("--db", demo_file, "verify-document", qr).code == EXIT_OK


def test_a_signed_batch(cli, demo_file, tmp_path, p12, password):
    target = tmp_path / "semua.pdf"
    result = cli("--db", demo_file, "print", "batch", "-o", target, "--sign", p12)
    assert result.code == EXIT_OK, result.err
    assert validate_signature(target, trust_roots=[certificate_of(p12, PASSWORD)]).valid
    assert [p.name for p in tmp_path.glob("*.pdf*")] == ["semua.pdf"]  # no temporary file
    folder = cli("--db", demo_file, "print", "batch", "-o", tmp_path / "map", "--per-pejabat",
                 "--sign", p12)
    assert folder.code == EXIT_USAGE and "--per-pejabat" in folder.err


def test_a_wrong_password_prints_nothing(cli, demo_file, tmp_path, p12, monkeypatch):
    monkeypatch.setenv("KINERJA_P12_PASSWORD", "salah")
    before = registered(demo_file)
    target = tmp_path / "evaluasi.pdf"
    result = cli("--db", demo_file, "print", "evaluation", 1, "-o", target, "--sign", p12)
    assert result.code == EXIT_INVALID and result.out == ""
    assert result.err_lines == ["Kata sandi sertifikat sekda.p12 salah. Tidak ada PDF yang "
                                "dicetak."]
    assert not target.exists() and list(tmp_path.glob("*.pdf")) == []
    assert registered(demo_file) == before  # no code registered for a paper never printed


def test_a_file_that_is_not_pkcs12_prints_nothing(cli, demo_file, tmp_path, password):
    not_p12 = tmp_path / "sertifikat.p12"
    not_p12.write_text("bukan sertifikat")
    target = tmp_path / "perjanjian.pdf"
    result = cli("--db", demo_file, "print", "agreement", 1, "-o", target, "--sign", not_p12)
    assert result.code == EXIT_INVALID and len(result.err_lines) == 1
    assert "bukan sertifikat PKCS#12" in result.err and not target.exists()


def test_the_password_is_asked_on_a_terminal_or_refused_without_one(
        cli, demo_file, tmp_path, p12, monkeypatch):
    monkeypatch.delenv("KINERJA_P12_PASSWORD", raising=False)
    target = tmp_path / "evaluasi.pdf"
    # No terminal (a scheduled job): refused at once, naming the variable.
    refused = cli("--db", demo_file, "print", "evaluation", 1, "-o", target, "--sign", p12)
    assert refused.code == EXIT_USAGE and "KINERJA_P12_PASSWORD" in refused.err
    assert not target.exists()
    from kinerja_desktop.cli import passphrase
    asked = []
    monkeypatch.setattr(passphrase, "interactive_console", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PASSWORD)
    result = cli("--db", demo_file, "print", "evaluation", 1, "-o", target, "--sign", p12)
    assert result.code == EXIT_OK, result.err
    assert asked == ["Kata sandi sertifikat sekda.p12: "]
    assert validate_signature(target, trust_roots=[certificate_of(p12, PASSWORD)]).valid


def test_a_missing_certificate_is_said_before_any_password_is_asked(cli, demo_file, tmp_path,
                                                                     monkeypatch):
    monkeypatch.delenv("KINERJA_P12_PASSWORD", raising=False)
    target = tmp_path / "tidak.pdf"
    result = cli("--db", demo_file, "print", "evaluation", 1, "-o", target, "--sign",
                 tmp_path / "tidak-ada.p12")
    assert result.code == EXIT_INVALID
    assert "tidak-ada.p12' tidak ditemukan" in result.err and "kata sandi" not in result.err
    assert not target.exists() and registered(demo_file) == 0
