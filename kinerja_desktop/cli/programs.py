"""`program list|create-for-inauguration`: the 100-day and routine programs."""

from __future__ import annotations

from datetime import date
from typing import TextIO

from kinerja_desktop.cli.console import write_records
from kinerja_desktop.cli.parser import EXIT_OK, add_actions
from kinerja_desktop.cli.nip_filter import nip_of, require_on_roster
from kinerja_desktop.cli.session import opened_database
from kinerja_desktop.errors import ValidationError


def register(commands) -> None:
    from kinerja_desktop.domain.programs import DEFAULT_SCHEME, SCHEMES
    from kinerja_desktop.domain.scheme_catalog import CATALOG
    actions = add_actions(commands, "program", "program target 100 hari dan rutin: tampilkan, "
                                               "buat dari pelantikan", dest="program_command")
    lst = actions.add_parser(
        "list", help="tampilkan program beserta ID-nya (untuk `print agreement ID`), status, "
                     "masa, skema dan targetnya")
    lst.add_argument("--nip", metavar="NIP",
                     help="hanya program pejabat ber-NIP ini (spasi dan titik boleh)")
    lst.add_argument("--json", action="store_true", help="keluaran JSON (tanggal ISO)")
    lst.set_defaults(func=list_programs)
    create = actions.add_parser(
        "create-for-inauguration",
        help="buat program 100 hari bagi setiap pejabat yang dilantik pada tanggal itu "
             "(yang sudah ada dibiarkan)")
    create.add_argument("date", metavar="TANGGAL",
                        help="tanggal pelantikan: 2019-06-14, 14/06/2019 atau 14 Juni 2019")
    # Each scheme with its status: the revoked ones stay for evaluations of their years.
    schemes = "; ".join(f"{code} = {label} [{_status(CATALOG[code].status)}]"
                        if code in CATALOG else f"{code} = {label}"
                        for code, label in SCHEMES.items())
    create.add_argument("--skema", choices=tuple(SCHEMES), default=DEFAULT_SCHEME,
                        metavar="SKEMA",
                        help=f"skema penilaian program yang baru dibuat (bawaan: "
                             f"{DEFAULT_SCHEME}): {schemes}".replace("%", "%%"))
    create.set_defaults(func=create_for_inauguration)


def _status(text: str) -> str:
    return text.rstrip(".")


def create_for_inauguration(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.domain.dates import format_date, parse_date
    from kinerja_desktop.services.programs import ProgramService
    # The arguments are checked before the database is opened (or created).
    day = parse_date(args.date, "TANGGAL")
    if day is None:
        raise ValidationError.single("TANGGAL", "Tanggal pelantikan wajib diisi.")
    with opened_database(args) as db:
        result = ProgramService(db).create_for_inauguration(day, args.skema)
    print(f"Program 100 hari pelantikan {format_date(day)}: {len(result.created)} dibuat, "
          f"{len(result.existing)} sudah ada.", file=out)
    return EXIT_OK


def list_programs(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services.program_export import program_records
    nip = nip_of(args.nip)
    with opened_database(args) as db:
        require_on_roster(db, nip)
        records = program_records(db, nip)
    write_records(records, out, args.json, _program_line, "program")
    return EXIT_OK


def _program_line(record: dict) -> str:
    from kinerja_desktop.domain.dates import format_date
    from kinerja_desktop.domain.programs import format_number
    start, end = (format_date(date.fromisoformat(record[k]))
                  for k in ("tanggal_mulai", "tanggal_selesai"))
    return (f"{record['id']}  {record['nama']}  {record['jabatan']}  {record['jenis_label']}  "
            f"{start} – {end}  "
            f"{record['status_label']}  {len(record['target'])} target  "
            f"bobot {format_number(record['total_bobot'])}%")
