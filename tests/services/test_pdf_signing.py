"""PAdES signatures of printed PDFs, offline, with a self-made PKCS#12 certificate."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from reportlab.pdfgen import canvas

from kinerja_desktop.errors import InputFileError, KinerjaError
from kinerja_desktop.services.pdf_signing import (
    SIGNATURE_FIELD, CertificateError, NotPdfError, NotPkcs12Error, SigningError,
    WrongPasswordError, certificate_of, make_self_signed_pkcs12, sign_pdf, validate_signature)

PASSWORD = "Rahasia-2019!"
TEXT = b"Lembar Evaluasi Kinerja 100 Hari"


@pytest.fixture(scope="module")
def pkcs12_file(tmp_path_factory):
    """One certificate for the module: making an RSA key is the slowest step."""
    path = tmp_path_factory.mktemp("cert") / "sekda.p12"
    make_self_signed_pkcs12(path, PASSWORD, "Sekretaris Daerah Kabupaten Serang",
                            organisation="Pemerintah Kabupaten Serang", days=30)
    return path


@pytest.fixture(scope="module")
def certificate(pkcs12_file) -> bytes:
    return certificate_of(pkcs12_file, PASSWORD)


@pytest.fixture(scope="module")
def source_pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pageCompression=0)  # uncompressed: the text is in the bytes
    page.drawString(72, 720, TEXT.decode())
    page.showPage()
    page.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def signed_pdf(pkcs12_file, source_pdf) -> bytes:
    out = io.BytesIO()
    sign_pdf(source_pdf, out, pkcs12_file, PASSWORD, reason="Evaluasi kinerja 100 hari",
             location="Serang")
    return out.getvalue()


def test_signed_pdf_is_valid_and_intact_with_the_certificate_trusted(signed_pdf, certificate):
    check = validate_signature(signed_pdf, trust_roots=[certificate])
    assert check.valid and check.intact and check.trusted
    assert "Sekretaris Daerah Kabupaten Serang" in check.signer
    assert "Pemerintah Kabupaten Serang" in check.signer
    assert check.signed_at is not None
    assert abs(check.signed_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
    assert check.message.startswith("Tanda tangan sah")
    assert check.signatures == 1


def test_signature_is_pades_in_the_named_field(signed_pdf):
    from pyhanko.pdf_utils.reader import PdfFileReader

    signature = PdfFileReader(io.BytesIO(signed_pdf)).embedded_signatures[0]
    assert signature.field_name == SIGNATURE_FIELD
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert signature.sig_object["/Reason"] == "Evaluasi kinerja 100 hari"
    assert signature.sig_object["/Location"] == "Serang"
    assert signed_pdf.startswith(b"%PDF-")


def test_self_made_certificate_not_trusted_proves_integrity_only(signed_pdf):
    check = validate_signature(signed_pdf)  # no trust roots; the system's list is never used
    assert check.intact and not check.trusted and not check.valid
    assert "identitas" in check.message


def test_one_changed_byte_breaks_the_signature(signed_pdf, certificate):
    assert signed_pdf.count(TEXT) == 1
    tampered = signed_pdf.replace(TEXT, TEXT.replace(b"100", b"900"))
    check = validate_signature(tampered, trust_roots=[certificate])
    assert not check.intact and not check.valid
    assert "berubah" in check.message


def test_sign_from_and_to_paths_and_check_from_a_path(tmp_path, pkcs12_file, source_pdf,
                                                       certificate):
    source = tmp_path / "lembar.pdf"
    source.write_bytes(source_pdf)
    target = tmp_path / "lembar-ttd.pdf"
    cert_file = tmp_path / "sekda.pem"
    cert_file.write_bytes(certificate)
    sign_pdf(source, target, pkcs12_file, PASSWORD)
    assert validate_signature(target, trust_roots=[cert_file]).valid
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".kinerja-")] == []


def test_unsigned_pdf_is_reported_not_raised(source_pdf):
    check = validate_signature(source_pdf)
    assert not check.valid and not check.intact and check.signatures == 0
    assert "tidak bertanda tangan" in check.message


def test_wrong_password_is_a_clear_error(pkcs12_file, source_pdf):
    with pytest.raises(WrongPasswordError, match="Kata sandi sertifikat sekda.p12 salah"):
        sign_pdf(source_pdf, io.BytesIO(), pkcs12_file, "salah")
    with pytest.raises(KinerjaError):
        sign_pdf(source_pdf, io.BytesIO(), pkcs12_file, "")


def test_file_that_is_not_pkcs12_is_a_clear_error(tmp_path, source_pdf, certificate):
    for name, content in (("bukan.p12", b"ini bukan sertifikat"),
                          ("sertifikat.pem", certificate), ("kosong.pfx", b"")):
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(NotPkcs12Error, match=f"{name} bukan sertifikat PKCS#12"):
            sign_pdf(source_pdf, io.BytesIO(), path, PASSWORD)
    assert issubclass(NotPkcs12Error, CertificateError)
    assert issubclass(CertificateError, KinerjaError)


def test_unreadable_certificate_file_is_an_input_file_error(tmp_path, source_pdf):
    with pytest.raises(InputFileError, match="folder atau berkas tidak ada"):
        sign_pdf(source_pdf, io.BytesIO(), tmp_path / "tidak-ada.p12", PASSWORD)


def test_source_that_is_not_a_pdf_is_a_clear_error(tmp_path, pkcs12_file):
    for content in (b"PK\x03\x04 bukan pdf", b""):
        with pytest.raises(NotPdfError, match="PDF"):
            sign_pdf(content, io.BytesIO(), pkcs12_file, PASSWORD)
    text = tmp_path / "surat.docx"
    text.write_bytes(b"bukan pdf")
    with pytest.raises(NotPdfError, match="bukan berkas PDF"):
        sign_pdf(text, tmp_path / "out.pdf", pkcs12_file, PASSWORD)
    assert not (tmp_path / "out.pdf").exists()
    with pytest.raises(InputFileError, match="tidak dapat dibaca"):
        sign_pdf(tmp_path / "tidak-ada.pdf", io.BytesIO(), pkcs12_file, PASSWORD)
    with pytest.raises(NotPdfError):
        validate_signature(b"bukan pdf")
    assert issubclass(NotPdfError, InputFileError)


def test_signed_pdf_cannot_be_signed_again_in_the_same_field(signed_pdf, pkcs12_file):
    with pytest.raises(SigningError, match="sudah ditandatangani"):
        sign_pdf(signed_pdf, io.BytesIO(), pkcs12_file, PASSWORD)


def test_certificate_file_is_never_overwritten(pkcs12_file):
    before = pkcs12_file.read_bytes()
    with pytest.raises(SigningError, match="sudah ada"):
        make_self_signed_pkcs12(pkcs12_file, PASSWORD, "Orang Lain")
    assert pkcs12_file.read_bytes() == before


def test_self_made_certificate_needs_a_name_and_a_password(tmp_path):
    with pytest.raises(SigningError, match="Nama"):
        make_self_signed_pkcs12(tmp_path / "a.p12", PASSWORD, "  ")
    with pytest.raises(SigningError, match="Kata sandi"):
        make_self_signed_pkcs12(tmp_path / "b.p12", "", "Sekda")
    assert list(tmp_path.iterdir()) == []
