"""`demo`: load the demo data of the 14 June 2019 inauguration."""

from __future__ import annotations

from typing import TextIO

from kinerja_desktop.cli.parser import EXIT_OK
from kinerja_desktop.cli.session import opened_database


def register(commands) -> None:
    demo = commands.add_parser("demo", help="muat data contoh pelantikan 14 Juni 2019")
    demo.set_defaults(func=load_demo_data)


def load_demo_data(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services.demo import DEMO_NOTICE, load_demo
    with opened_database(args) as db:
        result = load_demo(db)
    if not result.changed:
        print("Data contoh sudah ada; tidak ada yang diubah.", file=out)
        return EXIT_OK
    if result.officials_added or result.inauguration_added:
        lines = [(f"Data contoh dimuat: {result.officials_added} pejabat, pelantikan 14 Juni "
                  f"2019 di Pendopo Bupati Serang.")]
    else:  # a database loaded by an earlier version, before programs existed
        lines = ["Data contoh dilengkapi."]
    added = [f"{result.programs_added} program 100 hari (Draft)"] if result.programs_added else []
    if result.targets_added:
        added.append(f"{result.targets_added} target Anas Dwisatya")
    if result.priorities_added:
        added.append(f"{result.priorities_added} prioritas pembangunan contoh")
    if result.evaluations_added:
        added.append("evaluasi 100 hari Anas Dwisatya 21 September 2019 (final, oleh Bupati "
                     "Serang; programnya kini Dievaluasi)")
    if result.handovers_added:
        added.append("serah terima jabatan Kepala Disdukcapil dari Jajang KH kepada Abdullah "
                     "14 Juni 2019")
    if added:
        lines.append("Ditambahkan: " + ", ".join(added) + ".")
    print(" ".join(lines + [DEMO_NOTICE]), file=out)
    return EXIT_OK
