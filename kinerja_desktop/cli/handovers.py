"""`handover list`: the handovers with the ids `print handover` asks for."""

from __future__ import annotations

from datetime import date
from typing import TextIO

from kinerja_desktop.cli.console import write_records
from kinerja_desktop.cli.nip_filter import nip_of, require_on_roster
from kinerja_desktop.cli.parser import EXIT_OK, add_actions
from kinerja_desktop.cli.session import opened_database


def register(commands) -> None:
    actions = add_actions(commands, "handover", "serah terima jabatan: tampilkan",
                          dest="handover_command")
    lst = actions.add_parser(
        "list", help="tampilkan serah terima beserta ID-nya (untuk `print handover ID`), nomor "
                     "berita acara, tanggal, pihak pertama dan pihak kedua")
    lst.add_argument("--nip", metavar="NIP",
                     help="hanya serah terima yang menyertakan pejabat ber-NIP ini sebagai "
                          "pihak pertama atau kedua (spasi dan titik boleh)")
    lst.add_argument("--json", action="store_true", help="keluaran JSON (tanggal ISO)")
    lst.set_defaults(func=list_handovers)


def list_handovers(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services.handover_export import handover_records
    nip = nip_of(args.nip)
    with opened_database(args) as db:
        require_on_roster(db, nip)
        records = handover_records(db, nip)
    write_records(records, out, args.json, _handover_line, "serah terima")
    return EXIT_OK


def _party(party: dict) -> str:
    from kinerja_desktop.domain.nip import format_nip
    return f"{party['nama']} (NIP {format_nip(party['nip'])})"


def _handover_line(record: dict) -> str:
    from kinerja_desktop.domain.dates import format_date
    day = format_date(date.fromisoformat(record["tanggal"]))
    number = record["nomor"] or "(tanpa nomor)"
    # The arrow reads "hands over to"; a code page without it prints '->' (cli/console.py).
    return (f"{record['id']}  {number}  {day}  {_party(record['pihak_pertama'])} → "
            f"{_party(record['pihak_kedua'])}  {record['jabatan']}")
