"""`roster import|export|list`: the officials roster as CSV/XLSX files and on the terminal."""

from __future__ import annotations

import json
from datetime import date
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from kinerja_desktop.cli.console import json_ascii
from kinerja_desktop.cli.parser import EXIT_INVALID, EXIT_OK, add_actions
from kinerja_desktop.cli.session import opened_database


def register(commands) -> None:
    actions = add_actions(commands, "roster", "daftar pejabat: impor, ekspor, tampilkan",
                          dest="roster_command")
    imp = actions.add_parser("import", help="impor dari CSV atau XLSX")
    imp.add_argument("file", type=Path, metavar="BERKAS", help="berkas .csv atau .xlsx")
    imp.add_argument("--dry-run", action="store_true",
                     help="periksa dan laporkan saja, tanpa menulis")
    imp.set_defaults(func=import_roster)
    exp = actions.add_parser("export", help="ekspor ke CSV atau XLSX (menurut akhiran)")
    exp.add_argument("file", type=Path, metavar="BERKAS",
                     help="berkas .csv atau .xlsx yang akan ditulis")
    exp.add_argument("--semua", action="store_true", help="termasuk pejabat yang diarsipkan")
    exp.set_defaults(func=export_roster)
    lst = actions.add_parser("list", help="tampilkan daftar pejabat")
    lst.add_argument("--json", action="store_true", help="keluaran JSON")
    lst.add_argument("--semua", action="store_true", help="termasuk pejabat yang diarsipkan")
    lst.set_defaults(func=list_roster)


def import_roster(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services import roster_io
    with opened_database(args) as db:
        try:
            # On a shared server the import may wait for a colleague's save: said at once.
            report = roster_io.import_roster(
                db, args.file, dry_run=args.dry_run,
                waiting=lambda text: print(text, file=err, flush=True))
        except (MemoryError, RecursionError):
            # The reader's bounds should make this impossible; if a file still finds a way,
            # it is refused in words, not with a traceback.
            print(f"Berkas '{args.file}' terlalu besar atau terlalu rumit untuk dibaca; tidak "
                  f"ada data yang diubah.", file=err)
            return EXIT_INVALID
    # At most roster_io.MAX_PROBLEMS lines, then one counting the rest.
    for problem in report.problems:
        print(problem.describe(), file=err)
    if not report.ok:
        print(f"Impor ditolak: {report.error_count} kesalahan; tidak ada data yang diubah.",
              file=err)
        return EXIT_INVALID
    prefix = "Uji coba (--dry-run): " if args.dry_run else ""
    print(prefix + report.summary(), file=out)
    return EXIT_OK


def export_roster(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services import roster_io
    with opened_database(args) as db:
        count = roster_io.export_roster(db, args.file, include_archived=args.semua)
    print(f"{count} pejabat diekspor ke {args.file}.", file=out)
    return EXIT_OK


def list_roster(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services import roster_io
    # Written as read, in batches (100,000 officials are never held at once), in one read
    # transaction: one snapshot of the roster from the first line to the last.
    with opened_database(args) as db, db.atomic():
        records = roster_io.roster_records(db, include_archived=args.semua)
        if args.json:
            write_json_list(records, out)
        else:
            from kinerja_desktop.domain.nip import format_nip
            count = 0
            for r in records:
                print(f"{format_nip(str(r['nip']))}  {r['nama_lengkap']:<32}  {r['jabatan']}",
                      file=out)
                count += 1
            print(f"{count} pejabat.", file=out)
    return EXIT_OK


def write_json_list(records: Iterable[dict[str, object]], out: TextIO) -> None:
    """The records as json.dump(list(records), out, indent=2) writes them, and a newline,
    one record at a time."""
    ascii_only = json_ascii(out)
    first = True
    for record in records:
        text = json.dumps({k: _json_value(v) for k, v in record.items()},
                          ensure_ascii=ascii_only, indent=2)
        # Each item one level deeper; JSON text has no raw line break inside a string.
        out.write(("[\n  " if first else ",\n  ") + text.replace("\n", "\n  "))
        first = False
    out.write("[]\n" if first else "\n]\n")


def _json_value(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value
