"""`restore FILE`: replace the database by a checked backup, keeping the old one aside."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from kinerja_desktop.cli.parser import EXIT_OK
from kinerja_desktop.cli.passphrase import add_passphrase_file, passphrase_to_read
from kinerja_desktop.cli.session import database_file, database_path, opened_database
from kinerja_desktop.domain.server_address import ServerAddress
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
    location = database_path(args)
    if isinstance(location, ServerAddress):
        return _load_into_server(args, backup_file, secret, out)
    target = database_file(args, "Pemulihan dari cadangan").expanduser()
    # The command holds no connection open: restore swaps the file itself.
    result = restore(target, backup_file, secret)
    print(f"Basis data {target} dipulihkan dari {backup_file} (versi data {result.schema_before}"
          + (f", dimutakhirkan ke {result.schema_after}" if result.schema_after !=
             result.schema_before else "") + ").", file=out)
    if result.pre_restore_copy is not None:
        print(f"Basis data sebelumnya disimpan di {result.pre_restore_copy}.", file=out)
    return EXIT_OK


def _load_into_server(args, backup_file: Path, secret: str | None, out: TextIO) -> int:
    """On a server, restore fills a new, empty server from the backup (never replaces one
    that holds data: merge brings a stick's data into it)."""
    from kinerja_desktop.services.restore import load_into_server
    with opened_database(args) as db:
        counts = load_into_server(db, backup_file, secret)
        where = db.location
    print(f"Server {where} diisi dari {backup_file}: {counts.get('official', 0)} pejabat, "
          f"{counts.get('program', 0)} program, {counts.get('evaluation', 0)} evaluasi.",
          file=out)
    return EXIT_OK
