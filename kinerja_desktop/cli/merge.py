"""`merge FILE [--dry-run]`: merge another PC's backup into this database, or only report it."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from kinerja_desktop.cli.parser import EXIT_OK
from kinerja_desktop.cli.passphrase import add_passphrase_file, passphrase_to_read
from kinerja_desktop.cli.session import opened_database
from kinerja_desktop.errors import KinerjaError


def register(commands) -> None:
    merge = commands.add_parser(
        "merge", help="gabungkan cadangan dari PC lain ke basis data ini (tidak menggantinya; "
                      "basis data yang sekarang dicadangkan dulu ke cadangan/sebelum-gabung)")
    merge.add_argument("file", type=Path, metavar="BERKAS",
                       help="berkas cadangan .kinerja atau .kinerja.enc dari PC lain")
    merge.add_argument("--dry-run", action="store_true",
                       help="hanya tampilkan laporan (jumlah per tabel dan konflik) tanpa "
                            "mengubah apa pun")
    add_passphrase_file(merge)
    merge.set_defaults(func=merge_backup)


def merge_backup(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services.merge import advice, apply_merge, plan_merge, report_lines
    from kinerja_desktop.services.restore import backup_file_problem
    other = args.file.expanduser()
    problem = backup_file_problem(other)  # before the database is opened (or created)
    if problem:
        raise KinerjaError(problem)
    secret = passphrase_to_read(args, other)
    with opened_database(args) as db:
        if args.dry_run:
            plan = plan_merge(db, other, secret)
        else:
            plan = apply_merge(db, other, secret)
    heading = ("Uji coba penggabungan (tidak ada yang diubah)" if args.dry_run
               else "Penggabungan selesai")
    print(f"{heading}: {other.name}; {plan.changes} perubahan, {len(plan.conflicts)} konflik.",
          file=out)
    for line in report_lines(plan):
        print(line, file=out)
    if plan.conflicts:
        print("Pada konflik, data PC ini dipertahankan.", file=out)
    for sentence in advice(plan):
        print(sentence, file=out)
    if plan.backup is not None:
        print(f"Basis data sebelum penggabungan disimpan di {plan.backup}.", file=out)
    return EXIT_OK
