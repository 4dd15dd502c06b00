"""`evaluation list|score`: the evaluations, and a recomputation of a score and its seal."""

from __future__ import annotations

from datetime import date
from typing import TextIO

from kinerja_desktop.cli.console import write_records
from kinerja_desktop.cli.parser import EXIT_INVALID, EXIT_OK, add_actions
from kinerja_desktop.cli.nip_filter import nip_of, require_on_roster
from kinerja_desktop.cli.session import opened_database

# What reading a damaged evaluation's stored JSON can raise: reported, not shown as a bug.
_CORRUPT = (ValueError, KeyError, TypeError, ArithmeticError)


def register(commands) -> None:
    actions = add_actions(commands, "evaluation", "evaluasi program: tampilkan, periksa nilai "
                                                  "dan segelnya", dest="evaluation_command")
    lst = actions.add_parser(
        "list", help="tampilkan evaluasi beserta status, skema, capaian tiap target, nilai, "
                     "predikat, penilai dan segelnya")
    lst.add_argument("--nip", metavar="NIP",
                     help="hanya evaluasi pejabat ber-NIP ini (spasi dan titik boleh)")
    lst.add_argument("--json", action="store_true", help="keluaran JSON (tanggal ISO)")
    lst.set_defaults(func=list_evaluations)
    score = actions.add_parser(
        "score", help="hitung ulang nilai dan predikat lalu bandingkan dengan yang tersimpan "
                      "dan dengan segel (SHA-256)")
    score.add_argument("evaluation_id", type=int, metavar="ID_EVALUASI",
                       help="id evaluasi (lihat 'evaluation list')")
    score.set_defaults(func=score_evaluation)


# What each scoring version is; a sealed evaluation keeps the version it was scored with.
_VERSION_TEXT = {1: "aturan awal, sebelum skema mengikuti rumus peraturannya",
                 2: "rumus peraturan masing-masing skema"}


def score_evaluation(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.domain.dates import format_date
    from kinerja_desktop.services.evaluations import EvaluationService
    with opened_database(args) as db:
        service = EvaluationService(db)
        try:
            record = service.get(args.evaluation_id)
            check = service.rescore(args.evaluation_id)
        except _CORRUPT:
            print(f"Isi evaluasi {args.evaluation_id} di basis data rusak dan tidak dapat "
                  f"dibaca.", file=err)
            return EXIT_INVALID
    status = "Final" if record.final else "Draft"
    seal = {True: "cocok", False: "TIDAK cocok", None: "belum ada (draft)"}[check.hash_matches]
    print(f"Evaluasi {record.id}: {record.official_name}, {format_date(record.date)}, "
          f"{status}.", file=out)
    print(f"Aturan hitung: versi {check.scheme_version} "
          f"({_VERSION_TEXT.get(check.scheme_version, 'tidak dikenal')})", file=out)
    print(f"Dihitung ulang: {_score_text(check.score, check.predicate)}", file=out)
    print(f"Tersimpan: {_score_text(check.stored_score, check.stored_predicate)}", file=out)
    print(f"Segel SHA-256: {seal}", file=out)
    if check.consistent:
        print("Konsisten.", file=out)
        return EXIT_OK
    if check.hash_matches is False:
        print(f"Segel evaluasi {record.id} tidak cocok: isinya berubah setelah difinalkan.",
              file=err)
    if (check.score, check.predicate) != (check.stored_score, check.stored_predicate):
        print(f"Nilai evaluasi {record.id} tidak konsisten: tersimpan "
              f"{_score_text(check.stored_score, check.stored_predicate)}, dihitung ulang "
              f"{_score_text(check.score, check.predicate)}.", file=err)
    return EXIT_INVALID


def list_evaluations(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services.evaluation_export import evaluation_records
    nip = nip_of(args.nip)
    with opened_database(args) as db:
        require_on_roster(db, nip)
        try:
            records = evaluation_records(db, nip)
        except _CORRUPT:
            print("Isi salah satu evaluasi di basis data rusak dan tidak dapat dibaca.", file=err)
            return EXIT_INVALID
    write_records(records, out, args.json, _evaluation_line, "evaluasi")
    return EXIT_OK


def _score_text(score, predicate: str) -> str:
    from kinerja_desktop.domain.programs import format_number
    if score is None:
        return predicate or "–"
    return f"{format_number(score)} {predicate}".strip()


def _evaluation_line(record: dict) -> str:
    from kinerja_desktop.domain.dates import format_date
    day = format_date(date.fromisoformat(record["tanggal"]))
    revision = f"  revisi dari {record['revisi_dari']}" if record["revisi_dari"] else ""
    return (f"{record['id']}  {record['nama']}  {record['jabatan']}  {day}  "
            f"{record['skema_label']}  {record['status_label']}  "
            f"{_score_text(record['nilai'], record['predikat'] or '')}{revision}")
