"""`print evaluation|agreement|handover|batch` to PDF, and `verify-document` of a printed code."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from kinerja_desktop.cli.parser import EXIT_INVALID, EXIT_OK, add_actions, positive_id
from kinerja_desktop.cli.session import opened_database

# Command name → the document kind DocumentService prints, its id's name, its help.
_ONE_DOCUMENT = {
    "evaluation": ("evaluasi", "ID_EVALUASI", "lembar evaluasi kinerja",
                   "ID evaluasi, kolom pertama `evaluation list`"),
    "agreement": ("kesepakatan", "ID_PROGRAM", "lembar kesepakatan target kinerja",
                  "ID program, kolom pertama `program list` (kunci \"id\" pada --json)"),
    "handover": ("serah_terima", "ID_SERAH_TERIMA", "berita acara serah terima jabatan",
                 "ID serah terima, kolom pertama `handover list` (kunci \"id\" pada --json)"),
}


def register(commands) -> None:
    kinds = add_actions(commands, "print", "cetak dokumen ke PDF: evaluasi, kesepakatan target, "
                                           "berita acara serah terima, batch",
                        dest="print_command", metavar="DOKUMEN")
    for name, (kind, metavar, help_text, id_help) in _ONE_DOCUMENT.items():
        one = kinds.add_parser(name, help=help_text)
        one.add_argument("id", type=positive_id(metavar), metavar=metavar, help=id_help)
        one.add_argument("-o", "--output", type=Path, required=True, metavar="BERKAS.pdf",
                         help="berkas PDF yang ditulis")
        one.add_argument("--tanda-tangan", action="store_true",
                         help="pasang gambar tanda tangan pindaian penandatangan")
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
                       help="pasang gambar tanda tangan pindaian penandatangan")
    batch.set_defaults(func=print_batch)
    verify = commands.add_parser("verify-document", help="periksa kode verifikasi dokumen "
                                                         "tercetak")
    verify.add_argument("code", metavar="KODE", help="kode pada dokumen (mis. K7Q2-9XPM) atau "
                                                     "isi kode QR")
    verify.set_defaults(func=verify_document)


def print_one(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services.documents import DocumentService
    with opened_database(args) as db:
        record = DocumentService(db).print(args.kind, args.id, args.output, args.tanda_tangan)
    print(f"{record.title} dicetak ke {args.output} (kode verifikasi {record.code}).", file=out)
    return EXIT_OK


def print_batch(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.domain.dates import parse_date
    from kinerja_desktop.services.documents import DocumentService
    day = parse_date(args.inauguration, "--inauguration") if args.inauguration else None
    with opened_database(args) as db:
        service = DocumentService(db)
        ids = service.final_evaluations(day)
        records = service.print_batch(ids, args.output, args.per_pejabat, args.tanda_tangan)
    where = f"folder {args.output}" if args.per_pejabat else str(args.output)
    print(f"{len(records)} lembar evaluasi dicetak ke {where}.", file=out)
    return EXIT_OK


def verify_document(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services.documents import DocumentService
    with opened_database(args) as db:
        result = DocumentService(db).verify(args.code)
    print(result.message, file=out)
    return EXIT_OK if result.found and result.matches and result.current else EXIT_INVALID
