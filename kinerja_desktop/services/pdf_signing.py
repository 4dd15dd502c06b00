"""Digital signatures of printed PDFs (PAdES), offline, with a PKCS#12 file the user picks.

    sign_pdf(source, target, pkcs12_path, password)        # one invisible PAdES signature
    validate_signature(pdf, trust_roots=[certificate])    # SignatureCheck: valid, intact, …
    make_self_signed_pkcs12(path, password, common_name)  # an office's own certificate
    certificate_of(pkcs12_path, password)                 # its certificate (PEM), to share

Everything runs offline: no OCSP, CRL or timestamp server is ever asked (signing does not
validate the certificate; validation builds a `ValidationContext` with `allow_fetching=False`
and only the trust roots given, never the operating system's list). The signing time is the
computer's clock, recorded in the signature; without a timestamp server it proves nothing.

A **self-made certificate** (`make_self_signed_pkcs12`) proves *integrity*: any change to the
signed PDF breaks the signature. It does not prove *identity*: anyone can make a certificate
with any name. A recipient who wants identity must trust that certificate, i.e. receive it
(`certificate_of`) through a channel they trust and add it as a trust root (in a PDF reader:
"trusted certificates"; here: `validate_signature(..., trust_roots=[...])`). Until then a
reader shows the signature as intact but the signer as unknown. A certificate issued by a
certification authority (e.g. BSrE) in a PKCS#12 file is used the same way.

pyHanko and cryptography are imported inside the functions: the app's start pays nothing.
No Qt here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from collections.abc import Iterable

from kinerja_desktop.errors import InputFileError, KinerjaError, os_reason

SIGNATURE_FIELD = "Tanda tangan digital"
DEFAULT_REASON = "Dokumen ditandatangani secara elektronik"
DEFAULT_LOCATION = "Indonesia"
DEFAULT_ORGANISATION = "Pemerintah Kabupaten"
DEFAULT_DAYS = 3 * 365
MAX_PDF_BYTES = 200 * 1024 * 1024
MAX_PKCS12_BYTES = 1024 * 1024

PathLike = str | os.PathLike


class SigningError(KinerjaError):
    """The PDF could not be signed or checked; the message says why, in Indonesian."""


class NotPdfError(InputFileError):
    """The document to sign or check is not a PDF (or is damaged)."""


class CertificateError(KinerjaError):
    """The certificate file cannot be used to sign."""


class NotPkcs12Error(CertificateError):
    """The file chosen as the certificate is not a PKCS#12 (.p12/.pfx) file."""


class WrongPasswordError(CertificateError):
    """The PKCS#12 file is fine but the password does not open it."""


@dataclass(frozen=True)
class SignatureCheck:
    """What a signature check found, for the tests and the GUI.

    `intact`: the signed bytes are unchanged and nothing but allowed additions follow them.
    `valid`: intact, cryptographically correct, and the signer's certificate leads to one of
    the trust roots given (a self-made certificate only when it was given as a trust root).
    """

    valid: bool
    intact: bool
    signer: str  # the certificate's subject, readable ("Common Name: …, Organization: …")
    signed_at: dt.datetime | None  # the signer's clock, as recorded in the signature
    message: str  # one Indonesian sentence or two for the user
    trusted: bool = False
    signatures: int = 0  # how many signatures the PDF holds (the last one is checked)


# ---------------------------------------------------------------------------- reading input

def _read_file(path: PathLike, what: str, limit: int) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputFileError(f"{what} {path.name} terlalu besar ({size:,} bita).")
        return path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"{what} {path} tidak dapat dibaca: {os_reason(exc)}.") from exc


def _pdf_bytes(source: bytes | bytearray | PathLike | BinaryIO, what: str = "Berkas PDF"
               ) -> bytes:
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    elif hasattr(source, "read"):
        try:
            data = source.read()
        except OSError as exc:
            raise InputFileError(f"{what} tidak dapat dibaca: {os_reason(exc)}.") from exc
    else:
        data = _read_file(source, what, MAX_PDF_BYTES)
    if not data:
        raise NotPdfError(f"{what} kosong.")
    # The header may follow a little junk (allowed by readers); the trailer must be there.
    if b"%PDF-" not in data[:1024] or b"%%EOF" not in data[-2048:]:
        raise NotPdfError(f"{what} bukan berkas PDF (atau terpotong): tidak ada kepala "
                          "'%PDF-' dan akhir '%%EOF'.")
    return data


def _looks_like_pkcs12(data: bytes) -> bool:
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        return (pfx["version"].native == "v3"
                and pfx["auth_safe"]["content_type"].native in ("data", "signed_data"))
    except Exception:  # noqa: BLE001  (asn1crypto raises ValueError, TypeError, …)
        return False


def _load_signer(pkcs12_path: PathLike, password: str):
    """A pyHanko SimpleSigner from the file, or a typed error that says what is wrong."""
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.sign import signers

    name = Path(pkcs12_path).name
    data = _read_file(pkcs12_path, "Berkas sertifikat", MAX_PKCS12_BYTES)
    if not _looks_like_pkcs12(data):
        raise NotPkcs12Error(f"Berkas {name} bukan sertifikat PKCS#12 (.p12 atau .pfx).")
    passphrase = password.encode("utf-8") if password else None
    try:
        key, cert, _others = pkcs12.load_key_and_certificates(data, passphrase)
    except ValueError as exc:
        raise WrongPasswordError(f"Kata sandi sertifikat {name} salah.") from exc
    if key is None or cert is None:
        raise CertificateError(f"Berkas {name} tidak berisi kunci privat dan sertifikatnya; "
                               "pilih berkas .p12/.pfx milik penanda tangan.")
    now = dt.datetime.now(dt.UTC)
    if cert.not_valid_after_utc < now:
        raise CertificateError(f"Sertifikat {name} sudah kedaluwarsa sejak "
                               f"{cert.not_valid_after_utc:%d-%m-%Y}.")
    if cert.not_valid_before_utc > now:
        raise CertificateError(f"Sertifikat {name} baru berlaku mulai "
                               f"{cert.not_valid_before_utc:%d-%m-%Y}; periksa jam komputer.")
    try:
        return signers.SimpleSigner.load_pkcs12_data(data, (), passphrase=passphrase)
    except ValueError as exc:  # a key type pyHanko cannot sign with
        raise CertificateError(f"Sertifikat {name} tidak dapat dipakai untuk menandatangani: "
                               f"{exc}") from exc


# ---------------------------------------------------------------------------- signing

def sign_pdf(source: bytes | PathLike | BinaryIO, target: PathLike | BinaryIO,
             pkcs12_path: PathLike, password: str, reason: str = DEFAULT_REASON,
             location: str = DEFAULT_LOCATION, name: str | None = None) -> None:
    """Sign `source` (PDF bytes, a path or a binary file) with one invisible PAdES signature
    in the field "Tanda tangan digital" and write the result to `target` (a path, written
    whole or not at all, or a binary file). `name` defaults to the certificate's name."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import fields, signers

    data = _pdf_bytes(source)
    signer = _load_signer(pkcs12_path, password)
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD, md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES, reason=reason or None,
        location=location or None, name=name or None)
    out = io.BytesIO()
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        if writer.prev.encrypted:
            raise SigningError("PDF ini terenkripsi (berkata sandi); tanda tangani versi "
                               "yang tidak terenkripsi.")
        _check_field_free(writer)
        _producer_for_pdfa(writer)
        signers.PdfSigner(meta, signer).sign_pdf(writer, output=out)
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise NotPdfError(f"Berkas PDF rusak atau tidak dapat ditandatangani: {exc}") from exc
    _write(target, out.getvalue())


def _producer_for_pdfa(writer) -> None:
    """PDF/A wants the Info dictionary and the XMP packet to say the same. Signing, pyHanko
    writes its own name as the XMP pdf:Producer but appends it to the Info /Producer; naming
    pyHanko alone in both keeps the signed file PDF/A (the Creator still names this app)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.metadata.model import VENDOR

    info = writer._info  # the trailer's /Info of the file being signed (None if it has none)
    if info is None:
        return
    dictionary = info.get_object()
    if dictionary.get("/Producer") != VENDOR:
        dictionary["/Producer"] = generic.TextStringObject(VENDOR)
        writer.mark_update(info)


def _check_field_free(writer) -> None:
    from pyhanko.sign import fields

    for field_name, value, _ref in fields.enumerate_sig_fields(writer.prev):
        if field_name == SIGNATURE_FIELD and value is not None:
            raise SigningError("PDF ini sudah ditandatangani secara digital; cetak ulang "
                               "dokumennya untuk tanda tangan baru.")


def _write(target: PathLike | BinaryIO, data: bytes) -> None:
    if hasattr(target, "write"):
        try:
            target.write(data)
        except OSError as exc:
            raise SigningError(f"PDF bertanda tangan tidak dapat ditulis: "
                               f"{os_reason(exc)}.") from exc
        return
    path = Path(target)
    temp = None
    try:
        handle, temp = tempfile.mkstemp(prefix=".kinerja-", suffix=".pdf", dir=path.parent)
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temp, path)
    except OSError as exc:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        raise SigningError(f"PDF bertanda tangan tidak dapat ditulis ke {path}: "
                           f"{os_reason(exc)}.") from exc


# ---------------------------------------------------------------------------- checking

class _DropPathWarnings(logging.Filter):
    """pyHanko logs a traceback when a chain does not reach a trust root, which is the normal
    answer for a self-made certificate; the SignatureCheck's message says it instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.WARNING


@contextlib.contextmanager
def _quiet_path_warnings():
    logger = logging.getLogger("pyhanko.sign.validation.generic_cms")
    flt = _DropPathWarnings()
    logger.addFilter(flt)
    try:
        yield
    finally:
        logger.removeFilter(flt)


def _certificate_bytes(item) -> bytes:
    if isinstance(item, (bytes, bytearray)):
        return bytes(item)
    return _read_file(item, "Berkas sertifikat", MAX_PKCS12_BYTES)


def validate_signature(pdf: bytes | PathLike | BinaryIO,
                       trust_roots: Iterable[bytes | PathLike] = ()) -> SignatureCheck:
    """Check the last signature of a PDF, offline. `trust_roots`: certificates (DER or PEM
    bytes, or files) the user trusts; the operating system's list is never used."""
    from asn1crypto import pem, x509 as asn1_x509
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    data = _pdf_bytes(pdf)
    roots = []
    for item in trust_roots:
        der = _certificate_bytes(item)
        if pem.detect(der):
            _type, _headers, der = pem.unarmor(der)
        try:
            roots.append(asn1_x509.Certificate.load(der, strict=True))
        except ValueError as exc:
            raise CertificateError("Sertifikat tepercaya yang dipilih bukan sertifikat X.509 "
                                   "(DER atau PEM).") from exc
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = reader.embedded_regular_signatures
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise NotPdfError(f"Berkas PDF rusak: {exc}") from exc
    if not embedded:
        return SignatureCheck(False, False, "", None,
                              "Dokumen ini tidak bertanda tangan digital.")
    signature = embedded[-1]
    context = ValidationContext(trust_roots=roots, allow_fetching=False,
                                revocation_mode="soft-fail")
    try:
        with _quiet_path_warnings():
            status = validate_pdf_signature(signature, context)
    except (SignatureValidationError, PdfError, ValueError) as exc:
        return SignatureCheck(False, False, "", None,
                              f"Tanda tangan digital rusak dan tidak dapat diperiksa: {exc}",
                              signatures=len(embedded))
    signer = status.signing_cert.subject.human_friendly
    signed_at = status.signer_reported_dt
    unchanged = status.intact and status.valid
    level = status.modification_level
    appended_ok = (status.coverage == SignatureCoverageLevel.ENTIRE_FILE
                   or (level is not None and level <= ModificationLevel.FORM_FILLING
                       and status.docmdp_ok is not False))
    intact = unchanged and appended_ok
    valid = intact and status.bottom_line
    if not status.intact:
        message = ("Isi dokumen berubah setelah ditandatangani: tanda tangan tidak cocok lagi "
                   "dengan isinya.")
    elif not status.valid:
        message = "Tanda tangan digital tidak sah (tidak cocok dengan sertifikatnya)."
    elif not appended_ok:
        message = "Dokumen diubah setelah ditandatangani (ada tambahan di belakangnya)."
    elif not status.trusted:
        message = ("Isi dokumen utuh sejak ditandatangani, tetapi sertifikat penanda tangan "
                   "tidak termasuk sertifikat tepercaya, jadi identitasnya belum terbukti.")
    elif not status.bottom_line:
        message = "Tanda tangan utuh, tetapi tidak memenuhi syarat pemeriksaan."
    else:
        message = "Tanda tangan sah: dokumen utuh dan penanda tangan tepercaya."
    return SignatureCheck(valid, intact, signer, signed_at, message, trusted=status.trusted,
                          signatures=len(embedded))


# ---------------------------------------------------------------------------- certificates

def make_self_signed_pkcs12(path: PathLike, password: str, common_name: str,
                            organisation: str = DEFAULT_ORGANISATION,
                            days: int = DEFAULT_DAYS, unit: str = "",
                            email: str = "") -> None:
    """Write a new RSA-2048 key and its self-signed certificate to a PKCS#12 file (AES-256),
    entirely offline. Such a certificate proves that a signed PDF was not changed; it proves
    who signed only to a recipient who chose to trust it (see the module's description)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    common_name = " ".join(common_name.split())
    if not common_name:
        raise SigningError("Nama pada sertifikat wajib diisi.")
    if not password:
        raise SigningError("Kata sandi sertifikat wajib diisi.")
    if not 1 <= days <= 20 * 365:
        raise SigningError("Masa berlaku sertifikat harus 1 hari sampai 20 tahun.")
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name[:64])]
    if unit.strip():
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME,
                                             unit.strip()[:64]))
    if organisation.strip():
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME,
                                             organisation.strip()[:64]))
    attributes.append(x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"))
    if email.strip():
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email.strip()))
    subject = x509.Name(attributes)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))  # a neighbour PC's clock may lag
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False,
            crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256()))
    data = pkcs12.serialize_key_and_certificates(
        common_name.encode("utf-8"), key, certificate, None,
        serialization.BestAvailableEncryption(password.encode("utf-8")))
    _write_new(Path(path), data)


def _write_new(path: Path, data: bytes) -> None:
    try:
        with open(path, "xb") as file:  # never overwrite a key someone relies on
            file.write(data)
    except FileExistsError as exc:
        raise SigningError(f"Berkas {path.name} sudah ada; pilih nama lain agar sertifikat "
                           "lama tidak tertimpa.") from exc
    except OSError as exc:
        raise SigningError(f"Sertifikat tidak dapat disimpan ke {path}: "
                           f"{os_reason(exc)}.") from exc


def certificate_of(pkcs12_path: PathLike, password: str) -> bytes:
    """The certificate (PEM, without the key) of a PKCS#12 file: what an office gives the
    recipients of its signed PDFs so that they can trust it."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    signer = _load_signer(pkcs12_path, password)
    return x509.load_der_x509_certificate(signer.signing_cert.dump()).public_bytes(
        Encoding.PEM)
