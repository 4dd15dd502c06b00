"""`print evaluation|agreement|handover|memori|batch` to PDF; `verify-document` of a code."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from kinerja_desktop.cli.parser import (EXIT_INVALID, EXIT_OK, UsageError, add_actions,
                                        positive_id)
from kinerja_desktop.cli.session import opened_database

# Command name → the document kind DocumentService prints, its id's name, its help.
_ONE_DOCUMENT = {
    "evaluation": ("evaluasi", "ID_EVALUASI", "lembar evaluasi kinerja",
                   "ID evaluasi, kolom pertama `evaluation list`"),
    "agreement": ("kesepakatan", "ID_PROGRAM", "perjanjian kinerja dengan lampirannya",
                  "ID program, kolom pertama `program list` (kunci \"id\" pada --json)"),
    "handover": ("serah_terima", "ID_SERAH_TERIMA", "berita acara serah terima jabatan",
                 "ID serah terima, kolom pertama `handover list` (kunci \"id\" pada --json)"),
    "memori": ("memori", "ID_SERAH_TERIMA", "memori serah terima jabatan (pejabat yang "
                                            "menyerahkan)",
               "ID serah terima, kolom pertama `handover list` (kunci \"id\" pada --json)"),
}


def register(commands) -> None:
    kinds = add_actions(commands, "print", "cetak dokumen ke PDF: evaluasi, perjanjian kinerja, "
                                           "berita acara dan memori serah terima, batch",
                        dest="print_command", metavar="DOKUMEN")
    for name, (kind, metavar, help_text, id_help) in _ONE_DOCUMENT.items():
        one = kinds.add_parser(name, help=help_text)
        one.add_argument("id", type=positive_id(metavar), metavar=metavar, help=id_help)
        one.add_argument("-o", "--output", type=Path, required=True, metavar="BERKAS.pdf",
                         help="berkas PDF yang ditulis")
        one.add_argument("--tanda-tangan", action="store_true",
                         help="pasang gambar tanda tangan pindaian penandatangan (yang belum "
                              "punya pindaian disebut di stderr)")
        _add_sign_option(one)
        one.set_defaults(func=print_one, kind=kind)
    batch = kinds.add_parser("batch", help="semua evaluasi final (sebuah pelantikan) dalam satu "
                                           "PDF, atau satu PDF per pejabat ke sebuah folder")
    batch.add_argument("--inauguration", metavar="TANGGAL",
                       help="hanya program 100 hari pelantikan tanggal ini")
    batch.add_argument("-o", "--output", type=Path, required=True, metavar="BERKAS.pdf|FOLDER",
                       help="berkas PDF, atau folder dengan --per-pejabat")
    batch.add_argument("--per-pejabat", action="store_true",
                       help="satu PDF per pejabat ke folder --output")
    batch.add_argument("--tanda-tangan", action="store_true",
                       help="pasang gambar tanda tangan pindaian penandatangan (yang belum "
                            "punya pindaian disebut di stderr)")
    _add_sign_option(batch, " (satu PDF saja, tidak dengan --per-pejabat)")
    batch.set_defaults(func=print_batch)
    verify = commands.add_parser("verify-document", help="periksa kode verifikasi dokumen "
                                                         "tercetak")
    verify.add_argument("code", metavar="KODE", help="kode pada dokumen (mis. K7Q2-9XPM) atau "
                                                     "isi kode QR; QR kantor lain diperiksa "
                                                     "tanpa basis datanya setelah kunci "
                                                     "publiknya diimpor (`office-key import`)")
    verify.set_defaults(func=verify_document)


def print_one(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services.documents import DocumentService
    signing = _signing(args)  # the certificate opened before anything is registered
    with opened_database(args) as db:
        service = DocumentService(db)
        if signing is None:
            record = service.print(args.kind, args.id, args.output, args.tanda_tangan)
        else:
            from io import BytesIO

            from kinerja_desktop.services.pdf_signing import sign_pdf
            unsigned = BytesIO()
            record = service.print(args.kind, args.id, unsigned, args.tanda_tangan)
            # Written whole or not at all (a temporary file renamed): no half-signed PDF.
            sign_pdf(unsigned.getvalue(), args.output, *signing, reason=record.title)
    _warn_unscanned(service, err)
    signed = ", ditandatangani secara digital" if signing else ""
    print(f"{record.title} dicetak ke {args.output} (kode verifikasi {record.code}{signed}).",
          file=out)
    return EXIT_OK


def print_batch(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.domain.dates import parse_date
    from kinerja_desktop.services.documents import DocumentService
    if args.sign and args.per_pejabat:
        raise UsageError("--sign menandatangani satu PDF; tidak dapat dipakai dengan "
                         "--per-pejabat.")
    day = parse_date(args.inauguration, "--inauguration") if args.inauguration else None
    signing = _signing(args)
    with opened_database(args) as db:
        service = DocumentService(db)
        ids = service.final_evaluations(day)
        if signing is None:
            records = service.print_batch(
                ids, args.output, args.per_pejabat, args.tanda_tangan,
                waiting=lambda text: print(text, file=err, flush=True))
        else:
            records = _print_batch_signed(service, ids, args.output, args.tanda_tangan,
                                          signing)
    _warn_unscanned(service, err)
    where = f"folder {args.output}" if args.per_pejabat else str(args.output)
    signed = " (ditandatangani secara digital)" if signing else ""
    print(f"{len(records)} lembar evaluasi dicetak ke {where}{signed}.", file=out)
    return EXIT_OK


def verify_document(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services.documents import DocumentService
    with opened_database(args) as db:
        result = DocumentService(db).verify(args.code)
    print(result.message, file=out)
    return EXIT_OK if result.accepted else EXIT_INVALID


# Scanned and digital signatures ------------------------------------------------------------------
P12_PASSWORD_ENV = "KINERJA_P12_PASSWORD"


def _add_sign_option(parser, note: str = "") -> None:
    parser.add_argument("--sign", type=Path, metavar="BERKAS.p12",
                        help=f"tandatangani PDF secara digital (PAdES) dengan sertifikat "
                             f"PKCS#12 ini{note}; kata sandinya dari {P12_PASSWORD_ENV}, atau "
                             f"ditanyakan di terminal")


def _signing(args) -> tuple[Path, str] | None:
    """(certificate, password) of --sign, the certificate opened with the password now, so
    that a wrong password or file is said before anything is registered or written."""
    if args.sign is None:
        return None
    from kinerja_desktop.errors import InputFileError, KinerjaError
    from kinerja_desktop.services.pdf_signing import CertificateError, certificate_of
    if Path(args.output).is_dir() and not getattr(args, "per_pejabat", False):
        raise InputFileError(f"Berkas '{args.output}' adalah folder; beri nama berkas PDF.")
    if not Path(args.sign).is_file():  # before asking a password for a file not there
        raise InputFileError(f"Berkas sertifikat '{args.sign}' tidak ditemukan. Tidak ada PDF "
                             f"yang dicetak.")
    password = _certificate_password(args.sign)
    try:
        certificate_of(args.sign, password)
    except (CertificateError, InputFileError) as exc:
        raise KinerjaError(f"{exc} Tidak ada PDF yang dicetak.") from exc
    return args.sign, password


def _certificate_password(certificate: Path) -> str:
    """From KINERJA_P12_PASSWORD, else asked on a console someone sits at; UsageError when
    there is neither (a scheduled job never waits for an answer no one can give)."""
    import os

    from kinerja_desktop.cli.passphrase import interactive_console
    value = os.environ.get(P12_PASSWORD_ENV)
    if value:
        return value
    if not interactive_console():
        raise UsageError(f"kata sandi sertifikat {certificate.name} diperlukan, tetapi tidak "
                         f"ada terminal untuk menanyakannya. Setel variabel lingkungan "
                         f"{P12_PASSWORD_ENV}.")
    import getpass
    value = getpass.getpass(f"Kata sandi sertifikat {certificate.name}: ")
    if not value:
        raise UsageError("kata sandi sertifikat tidak boleh kosong.")
    return value


def _print_batch_signed(service, ids: list[int], target: Path, with_images: bool,
                        signing: tuple[Path, str]):
    """The batch into a temporary PDF beside the target, signed into the target; the
    temporary file is removed whatever happens."""
    import os
    import tempfile

    from kinerja_desktop.errors import InputFileError, os_reason
    from kinerja_desktop.services.pdf_signing import sign_pdf
    try:
        handle, name = tempfile.mkstemp(prefix=".kinerja-", suffix=".pdf",
                                        dir=target.parent if str(target.parent) else ".")
    except OSError as exc:
        raise InputFileError(f"Berkas '{target}' tidak dapat ditulis: {os_reason(exc)}.") \
            from exc
    os.close(handle)
    unsigned = Path(name)
    try:
        records = service.print_batch(ids, unsigned, False, with_images)
        sign_pdf(unsigned, target, *signing,
                 reason=f"{len(records)} lembar evaluasi kinerja")
    finally:
        unsigned.unlink(missing_ok=True)
    return records


def _warn_unscanned(service, err: TextIO) -> None:
    """`--tanda-tangan`: name each signer printed without a stored scan (the PDF is made)."""
    if service.unscanned:
        print(f"Peringatan: tanda tangan pindaian belum tersimpan untuk "
              f"{', '.join(service.unscanned)}; tempat tanda tangannya dibiarkan kosong untuk "
              f"ditandatangani dengan tangan. Simpan pindaiannya lewat menu Evaluasi → Tanda "
              f"tangan pindaian.", file=err)
