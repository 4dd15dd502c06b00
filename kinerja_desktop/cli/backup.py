"""`backup FOLDER` (verified before it is named, optionally encrypted) and `verify FILE`."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from kinerja_desktop.cli.parser import EXIT_INVALID, EXIT_OK, EXIT_WRONG_PASSPHRASE, UsageError
from kinerja_desktop.cli.passphrase import (FILE_OPTION, PASSPHRASE_ENV, add_passphrase_file,
                                            passphrase, passphrase_to_read)
from kinerja_desktop.cli.session import opened_database
from kinerja_desktop.errors import KinerjaError


def register(commands) -> None:
    backup = commands.add_parser(
        "backup", help="cadangkan basis data ke sebuah folder (mis. flashdisk); salinannya "
                       "diperiksa sebelum diberi nama")
    backup.add_argument("folder", type=Path, metavar="FOLDER", help="folder tujuan")
    backup.add_argument("--encrypt", action="store_true",
                        help=f"enkripsi cadangan dengan kata sandi; kata sandi dari {FILE_OPTION}, "
                             f"{PASSPHRASE_ENV} atau ditanyakan di terminal")
    add_passphrase_file(backup, encrypting=True)
    backup.set_defaults(func=backup_database)
    check = commands.add_parser(
        "verify", help="periksa berkas cadangan (tanpa membuka basis data aplikasi)")
    check.add_argument("file", type=Path, metavar="BERKAS",
                       help="berkas cadangan .kinerja atau .kinerja.enc")
    add_passphrase_file(check)
    check.set_defaults(func=verify_file)


def backup_database(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services.backup import make_backup
    if args.passphrase_file is not None and not args.encrypt:
        # Named but unused, the file would let a plain backup pass for an encrypted one.
        raise UsageError(f"{FILE_OPTION} hanya dipakai bersama --encrypt.")
    folder = args.folder.expanduser()
    if not folder.is_dir():  # checked before the database is opened (or created)
        raise KinerjaError(f"Folder tujuan '{folder}' tidak ada atau bukan folder.")
    secret = passphrase(confirm=True, file=args.passphrase_file) if args.encrypt else None
    with opened_database(args) as db:
        result = make_backup(db, folder, encrypt_passphrase=secret)
    if result.warning:  # the backup is complete: a warning, and exit 0
        print(f"Cadangan ditulis dan diperiksa: {result.path}", file=out)
        print(f"Peringatan: {result.warning[0].lower()}{result.warning[1:]}", file=err)
        return EXIT_OK
    print(f"Cadangan ditulis: {result.path}", file=out)
    print(f"Diperiksa: {result.counts.get('official', 0)} pejabat, "
          f"{result.counts.get('program', 0)} program, {result.counts.get('evaluation', 0)} "
          f"evaluasi; kode pemeriksa {result.sha256} (di {result.path.name}.sha256); "
          f"{result.seconds:.1f} detik.", file=out)
    return EXIT_OK


def verify_file(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services.backup import verify_backup
    path = args.file.expanduser()
    secret = passphrase_to_read(args, path)
    # An encrypted backup is decrypted into a temporary file beside the database, where the
    # plain data already is (the database itself is not opened).
    from kinerja_desktop.paths import default_database
    database = args.db if isinstance(args.db, Path) else default_database(create=False)
    folder = database.expanduser().parent
    report = verify_backup(path, secret, work_dir=folder if folder.is_dir() else None)
    if not report.ok:
        print(f"Berkas cadangan '{path.name}' tidak dapat dibuka dengan kata sandi ini:"
              if report.wrong_passphrase else
              f"Berkas cadangan '{path.name}' TIDAK dapat dipakai:", file=err)
        for problem in report.problems:
            print(problem, file=err)
        return EXIT_WRONG_PASSPHRASE if report.wrong_passphrase else EXIT_INVALID
    kind = "terenkripsi" if report.encrypted else "tidak terenkripsi"
    print(f"Cadangan baik: {path} ({kind}, versi data {report.schema_version}, "
          f"{report.counts.get('official', 0)} pejabat, {report.counts.get('program', 0)} "
          f"program, {report.counts.get('evaluation', 0)} evaluasi).", file=out)
    checksum = "cocok" if report.checksum_checked else "tidak diperiksa"
    print(f"Kode pemeriksa {report.sha256} ({checksum}).", file=out)
    for note in report.notes:
        print(f"Catatan: {note}", file=out)
    return EXIT_OK
