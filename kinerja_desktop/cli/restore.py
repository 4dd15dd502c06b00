"""`restore FILE`: replace the database by a checked backup, keeping the old one aside."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from kinerja_desktop.cli.parser import EXIT_OK
from kinerja_desktop.cli.passphrase import add_passphrase_file, passphrase_to_read
from kinerja_desktop.cli.session import database_path
from kinerja_desktop.errors import KinerjaError


def register(commands) -> None:
    restore = commands.add_parser(
        "restore", help="pulihkan basis data dari berkas cadangan (diperiksa dulu; basis data "
                        "yang sekarang disimpan di folder cadangan/sebelum-pulih)")
    restore.add_argument("file", type=Path, metavar="BERKAS",
                         help="berkas cadangan .kinerja atau .kinerja.enc")
    add_passphrase_file(restore)
    restore.set_defaults(func=restore_database)


def restore_database(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services.restore import backup_file_problem, restore
    backup_file = args.file.expanduser()
    problem = backup_file_problem(backup_file)  # before the database is opened (or created)
    if problem:
        raise KinerjaError(problem)
    secret = passphrase_to_read(args, backup_file)
    target = database_path(args).expanduser()
    # The command holds no connection open: restore swaps the file itself.
    result = restore(target, backup_file, secret)
    print(f"Basis data {target} dipulihkan dari {backup_file} (versi data {result.schema_before}"
          + (f", dimutakhirkan ke {result.schema_after}" if result.schema_after !=
             result.schema_before else "") + ").", file=out)
    if result.pre_restore_copy is not None:
        print(f"Basis data sebelumnya disimpan di {result.pre_restore_copy}.", file=out)
    return EXIT_OK
