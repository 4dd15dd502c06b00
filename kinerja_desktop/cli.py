"""Headless commands on top of the services: `python main.py --db PATH <command> …`."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from datetime import date
from pathlib import Path
from typing import Sequence, TextIO

from kinerja_desktop import __version__
from kinerja_desktop.errors import KinerjaError, ValidationError
from kinerja_desktop.paths import default_database

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2

# argparse speaks English; its usage errors are rephrased so that every error is Indonesian.
_USAGE_MESSAGES = (
    (r"the following arguments are required: (.*)", "argumen wajib tidak ada: {0}"),
    (r"unrecognized arguments: (.*)", "argumen tidak dikenal: {0}"),
    (r"argument (\S+): invalid choice: '?([^' ]*)'? \(choose from (.*)\)",
     "pilihan '{1}' untuk {0} tidak dikenal; pilih salah satu: {2}"),
    (r"argument (\S+): expected one argument", "{0} memerlukan satu nilai"),
    (r"argument (\S+): ignored explicit argument (.*)", "{0} tidak menerima nilai ({1})"),
    (r"ambiguous option: (\S+) could match (.*)", "opsi {0} ambigu; maksudnya salah satu: {1}"),
    (r"argument (\S+): invalid int value: (.*)", "{0} harus bilangan bulat, bukan '{1}'"),
    # Our own type checks already speak Indonesian; only argparse's prefix is dropped.
    (r"argument \S+: (.* harus .*)", "{0}"),
)


class UsageError(Exception):
    """The command line itself is wrong (exit status 2)."""


class IndonesianHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout with its English headings in Indonesian."""

    def add_usage(self, usage, actions, groups, prefix=None):
        # argparse passes prefix="" when it builds a subcommand's prog: keep that one empty.
        super().add_usage(usage, actions, groups, "Pemakaian: " if prefix is None else prefix)


class IndonesianParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are raised, and whose help is written, in Indonesian."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", IndonesianHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumen"
        self._optionals.title = "opsi"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help="tampilkan bantuan ini lalu keluar")

    def error(self, message: str) -> None:  # type: ignore[override]
        for pattern, template in _USAGE_MESSAGES:
            m = re.fullmatch(pattern, message)
            if m:
                message = template.format(*(g.replace("'", "") for g in m.groups()))
                break
        raise UsageError(f"{message}. Lihat '{self.prog} --help'.")


def build_parser() -> IndonesianParser:
    parser = IndonesianParser(
        prog="main.py", description="Kinerja Desktop: tanpa perintah, jendela aplikasi dibuka.")
    parser.add_argument("--db", type=Path, default=None, metavar="PATH",
                        help=f"berkas basis data (bawaan: {default_database(create=False)})")
    parser.add_argument("--version", action="version", version=f"Kinerja Desktop {__version__}",
                        help="tampilkan versi lalu keluar")
    parser.add_argument("--lang", choices=("id", "en"), default=None,
                        help="bahasa antarmuka jendela (bawaan: id)")
    parser.add_argument("--self-test", action="store_true",
                        help="uji instalasi ini di folder sementara (data contoh, jendela, "
                             "cetak, cadangan) lalu keluar; status 0 bila semua OK")
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH",
                                     parser_class=IndonesianParser)
    commands.add_parser("demo", help="muat data contoh pelantikan 14 Juni 2019")
    roster = commands.add_parser("roster", help="daftar pejabat: impor, ekspor, tampilkan")
    roster_commands = roster.add_subparsers(dest="roster_command", metavar="AKSI",
                                            parser_class=IndonesianParser)
    roster_commands.required = True
    imp = roster_commands.add_parser("import", help="impor dari CSV atau XLSX")
    imp.add_argument("file", type=Path, metavar="BERKAS", help="berkas .csv atau .xlsx")
    imp.add_argument("--dry-run", action="store_true",
                     help="periksa dan laporkan saja, tanpa menulis")
    exp = roster_commands.add_parser("export", help="ekspor ke CSV atau XLSX (menurut akhiran)")
    exp.add_argument("file", type=Path, metavar="BERKAS",
                     help="berkas .csv atau .xlsx yang akan ditulis")
    exp.add_argument("--semua", action="store_true", help="termasuk pejabat yang diarsipkan")
    lst = roster_commands.add_parser("list", help="tampilkan daftar pejabat")
    lst.add_argument("--json", action="store_true", help="keluaran JSON")
    lst.add_argument("--semua", action="store_true", help="termasuk pejabat yang diarsipkan")
    _add_program_commands(commands)
    _add_evaluation_commands(commands)
    _add_print_commands(commands)
    _add_backup_commands(commands)
    _add_restore_command(commands)
    _add_merge_command(commands)
    return parser


def _add_program_commands(commands) -> None:
    from kinerja_desktop.domain.programs import DEFAULT_SCHEME, SCHEMES
    program = commands.add_parser("program", help="program target 100 hari dan rutin: "
                                                  "tampilkan, buat dari pelantikan")
    program_commands = program.add_subparsers(dest="program_command", metavar="AKSI",
                                              parser_class=IndonesianParser)
    program_commands.required = True
    lst = program_commands.add_parser(
        "list", help="tampilkan program beserta status, masa, skema dan targetnya")
    lst.add_argument("--nip", metavar="NIP",
                     help="hanya program pejabat ber-NIP ini (spasi dan titik boleh)")
    lst.add_argument("--json", action="store_true", help="keluaran JSON (tanggal ISO)")
    create = program_commands.add_parser(
        "create-for-inauguration",
        help="buat program 100 hari bagi setiap pejabat yang dilantik pada tanggal itu "
             "(yang sudah ada dibiarkan)")
    create.add_argument("date", metavar="TANGGAL",
                        help="tanggal pelantikan: 2019-06-14, 14/06/2019 atau 14 Juni 2019")
    schemes = "; ".join(f"{code} = {label}" for code, label in SCHEMES.items())
    create.add_argument("--skema", choices=tuple(SCHEMES), default=DEFAULT_SCHEME,
                        metavar="SKEMA",
                        help=f"skema penilaian program yang baru dibuat (bawaan: "
                             f"{DEFAULT_SCHEME}): {schemes}".replace("%", "%%"))


def _add_print_commands(commands) -> None:
    printing = commands.add_parser("print", help="cetak dokumen ke PDF: evaluasi, kesepakatan "
                                                 "target, berita acara serah terima, batch")
    kinds = printing.add_subparsers(dest="print_command", metavar="DOKUMEN",
                                    parser_class=IndonesianParser)
    kinds.required = True
    for name, metavar, help_text in (
            ("evaluation", "ID_EVALUASI", "lembar evaluasi kinerja"),
            ("agreement", "ID_PROGRAM", "lembar kesepakatan target kinerja"),
            ("handover", "ID_SERAH_TERIMA", "berita acara serah terima jabatan")):
        one = kinds.add_parser(name, help=help_text)
        one.add_argument("id", type=_positive_id(metavar), metavar=metavar)
        one.add_argument("-o", "--output", type=Path, required=True, metavar="BERKAS.pdf",
                         help="berkas PDF yang ditulis")
        one.add_argument("--tanda-tangan", action="store_true",
                         help="pasang gambar tanda tangan pindaian penandatangan")
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
    verify = commands.add_parser("verify-document", help="periksa kode verifikasi dokumen "
                                                         "tercetak")
    verify.add_argument("code", metavar="KODE", help="kode pada dokumen (mis. K7Q2-9XPM) atau "
                                                     "isi kode QR")


def _positive_id(name: str):
    def parse(text: str) -> int:
        if not text.isdigit() or int(text) < 1:
            raise argparse.ArgumentTypeError(f"{name} harus bilangan bulat positif, bukan "
                                             f"'{text}'")
        return int(text)
    return parse


def _cmd_print(args, out: TextIO) -> int:
    from kinerja_desktop.domain.dates import parse_date
    from kinerja_desktop.services.documents import DocumentService
    if args.print_command == "batch":
        day = parse_date(args.inauguration, "--inauguration") if args.inauguration else None
        db = _open(args)
        try:
            service = DocumentService(db)
            ids = service.final_evaluations(day)
            records = service.print_batch(ids, args.output, args.per_pejabat, args.tanda_tangan)
        finally:
            db.close()
        where = f"folder {args.output}" if args.per_pejabat else str(args.output)
        print(f"{len(records)} lembar evaluasi dicetak ke {where}.", file=out)
        return EXIT_OK
    kind = {"evaluation": "evaluasi", "agreement": "kesepakatan",
            "handover": "serah_terima"}[args.print_command]
    db = _open(args)
    try:
        record = DocumentService(db).print(kind, args.id, args.output, args.tanda_tangan)
    finally:
        db.close()
    print(f"{record.title} dicetak ke {args.output} (kode verifikasi {record.code}).", file=out)
    return EXIT_OK


def _cmd_verify(args, out: TextIO) -> int:
    from kinerja_desktop.services.documents import DocumentService
    db = _open(args)
    try:
        result = DocumentService(db).verify(args.code)
    finally:
        db.close()
    print(result.message, file=out)
    return EXIT_OK if result.found and result.matches and result.current else EXIT_INVALID


def _add_evaluation_commands(commands) -> None:
    evaluation = commands.add_parser("evaluation", help="evaluasi program: tampilkan, periksa "
                                                        "nilai dan segelnya")
    evaluation_commands = evaluation.add_subparsers(dest="evaluation_command", metavar="AKSI",
                                                    parser_class=IndonesianParser)
    evaluation_commands.required = True
    lst = evaluation_commands.add_parser(
        "list", help="tampilkan evaluasi beserta status, skema, capaian tiap target, nilai, "
                     "predikat, penilai dan segelnya")
    lst.add_argument("--nip", metavar="NIP",
                     help="hanya evaluasi pejabat ber-NIP ini (spasi dan titik boleh)")
    lst.add_argument("--json", action="store_true", help="keluaran JSON (tanggal ISO)")
    score = evaluation_commands.add_parser(
        "score", help="hitung ulang nilai dan predikat lalu bandingkan dengan yang tersimpan "
                      "dan dengan segel (SHA-256)")
    score.add_argument("evaluation_id", type=int, metavar="ID_EVALUASI",
                       help="id evaluasi (lihat 'evaluation list')")


PASSPHRASE_ENV = "KINERJA_PASSPHRASE"


def _add_backup_commands(commands) -> None:
    backup = commands.add_parser(
        "backup", help="cadangkan basis data ke sebuah folder (mis. flashdisk); salinannya "
                       "diperiksa sebelum diberi nama")
    backup.add_argument("folder", type=Path, metavar="FOLDER", help="folder tujuan")
    backup.add_argument("--encrypt", action="store_true",
                        help=f"enkripsi cadangan (AES-256); kata sandi dari {PASSPHRASE_ENV} "
                             f"atau ditanyakan di terminal")
    verify = commands.add_parser(
        "verify", help="periksa berkas cadangan (tanpa membuka basis data aplikasi)")
    verify.add_argument("file", type=Path, metavar="BERKAS",
                        help="berkas cadangan .kinerja atau .kinerja.enc")


def _passphrase(confirm: bool) -> str:
    """KINERJA_PASSPHRASE, or asked on the terminal (twice when `confirm`)."""
    import getpass
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not (sys.stdin and sys.stdin.isatty()):
        raise UsageError(f"kata sandi cadangan diperlukan, tetapi tidak ada terminal untuk "
                         f"menanyakannya. Setel variabel lingkungan {PASSPHRASE_ENV}.")
    value = getpass.getpass("Kata sandi cadangan: ")
    if not value:
        raise UsageError("kata sandi cadangan tidak boleh kosong.")
    if confirm and getpass.getpass("Ulangi kata sandi: ") != value:
        raise UsageError("kedua kata sandi tidak sama.")
    return value


def _cmd_backup(args, out: TextIO) -> int:
    from kinerja_desktop.services.backup import make_backup
    folder = args.folder.expanduser()
    if not folder.is_dir():  # checked before the database is opened (or created)
        raise KinerjaError(f"Folder tujuan '{folder}' tidak ada atau bukan folder.")
    passphrase = _passphrase(confirm=True) if args.encrypt else None
    db = _open(args)
    try:
        result = make_backup(db, folder, encrypt_passphrase=passphrase)
    finally:
        db.close()
    print(f"Cadangan ditulis: {result.path}", file=out)
    print(f"Diperiksa: {result.counts.get('official', 0)} pejabat, "
          f"{result.counts.get('program', 0)} program, {result.counts.get('evaluation', 0)} "
          f"evaluasi; SHA-256 {result.sha256} (di {result.path.name}.sha256); "
          f"{result.seconds:.1f} detik.", file=out)
    return EXIT_OK


def _cmd_verify_backup(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services.backup import verify_backup
    from kinerja_desktop.storage.backup_crypto import is_encrypted
    path = args.file.expanduser()
    passphrase = _passphrase(confirm=False) if is_encrypted(path) else None
    report = verify_backup(path, passphrase)
    if not report.ok:
        print(f"Berkas cadangan '{path.name}' TIDAK dapat dipakai:", file=err)
        for problem in report.problems:
            print(problem, file=err)
        return EXIT_INVALID
    kind = "terenkripsi" if report.encrypted else "tidak terenkripsi"
    print(f"Cadangan baik: {path} ({kind}, skema {report.schema_version}, "
          f"{report.counts.get('official', 0)} pejabat, {report.counts.get('program', 0)} "
          f"program, {report.counts.get('evaluation', 0)} evaluasi).", file=out)
    checksum = "cocok" if report.checksum_checked else "tidak diperiksa"
    print(f"SHA-256 {report.sha256} ({checksum}).", file=out)
    for note in report.notes:
        print(f"Catatan: {note}", file=out)
    return EXIT_OK


def _add_restore_command(commands) -> None:
    restore = commands.add_parser(
        "restore", help="pulihkan basis data dari berkas cadangan (diperiksa dulu; basis data "
                        "yang sekarang disimpan di folder cadangan/sebelum-pulih)")
    restore.add_argument("file", type=Path, metavar="BERKAS",
                         help="berkas cadangan .kinerja atau .kinerja.enc")


def _cmd_restore(args, out: TextIO) -> int:
    from kinerja_desktop.services.restore import needs_passphrase, restore
    backup_file = args.file.expanduser()
    if not backup_file.is_file():
        raise KinerjaError(f"Berkas cadangan '{backup_file}' tidak ditemukan.")
    passphrase = _passphrase(confirm=False) if needs_passphrase(backup_file) else None
    target = (args.db or default_database()).expanduser()
    result = restore(target, backup_file, passphrase)  # the CLI holds no connection open
    print(f"Basis data {target} dipulihkan dari {backup_file} (skema {result.schema_before}"
          + (f", dimutakhirkan ke {result.schema_after}" if result.schema_after !=
             result.schema_before else "") + ").", file=out)
    if result.pre_restore_copy is not None:
        print(f"Basis data sebelumnya disimpan di {result.pre_restore_copy}.", file=out)
    return EXIT_OK


def _add_merge_command(commands) -> None:
    merge = commands.add_parser(
        "merge", help="gabungkan cadangan dari PC lain ke basis data ini (tidak menggantinya; "
                      "basis data yang sekarang dicadangkan dulu ke cadangan/sebelum-gabung)")
    merge.add_argument("file", type=Path, metavar="BERKAS",
                       help="berkas cadangan .kinerja atau .kinerja.enc dari PC lain")
    merge.add_argument("--dry-run", action="store_true",
                       help="hanya tampilkan laporan (jumlah per tabel dan konflik) tanpa "
                            "mengubah apa pun")


def _cmd_merge(args, out: TextIO) -> int:
    from kinerja_desktop.services.merge import advice, apply_merge, plan_merge, report_lines
    from kinerja_desktop.services.restore import needs_passphrase
    other = args.file.expanduser()
    if not other.is_file():
        raise KinerjaError(f"Berkas cadangan '{other}' tidak ditemukan.")
    passphrase = _passphrase(confirm=False) if needs_passphrase(other) else None
    db = _open(args)
    try:
        if args.dry_run:
            plan = plan_merge(db, other, passphrase)
        else:
            plan = apply_merge(db, other, passphrase)
    finally:
        db.close()
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


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def _json_value(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def _open(args: argparse.Namespace):
    from kinerja_desktop.storage.database import open_database
    from kinerja_desktop.services.auto_backup import before_migration
    # An existing database of an older schema is copied to cadangan/sebelum-migrasi first.
    return open_database(args.db or default_database(), before_migration=before_migration)


def _cmd_demo(args, out: TextIO) -> int:
    from kinerja_desktop.services.demo import DEMO_NOTICE, load_demo
    db = _open(args)
    try:
        result = load_demo(db)
    finally:
        db.close()
    if not result.changed:
        print("Data contoh sudah ada; tidak ada yang diubah.", file=out)
        return EXIT_OK
    if result.officials_added or result.inauguration_added:
        lines = [f"Data contoh dimuat: {result.officials_added} pejabat, pelantikan 14 Juni 2019 "
                 f"di Pendopo Bupati Serang."]
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


def _cmd_roster(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services import roster_io
    db = _open(args)
    try:
        if args.roster_command == "import":
            report = roster_io.import_roster(db, args.file, dry_run=args.dry_run)
            for problem in report.problems:
                print(problem.describe(), file=err)
            if not report.ok:
                print(f"Impor ditolak: {len(report.errors)} kesalahan; tidak ada data yang "
                      f"diubah.", file=err)
                return EXIT_INVALID
            prefix = "Uji coba (--dry-run): " if args.dry_run else ""
            print(prefix + report.summary(), file=out)
            return EXIT_OK
        if args.roster_command == "export":
            count = roster_io.export_roster(db, args.file, include_archived=args.semua)
            print(f"{count} pejabat diekspor ke {args.file}.", file=out)
            return EXIT_OK
        records = roster_io.roster_records(db, include_archived=args.semua)
        if args.json:
            json.dump([{k: _json_value(v) for k, v in r.items()} for r in records], out,
                      ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            from kinerja_desktop.domain.nip import format_nip
            for r in records:
                print(f"{format_nip(r['nip'])}  {r['nama_lengkap']:<32}  {r['jabatan']}", file=out)
            print(f"{len(records)} pejabat.", file=out)
        return EXIT_OK
    finally:
        db.close()


def _program_line(record: dict) -> str:
    from kinerja_desktop.domain.dates import format_date
    from kinerja_desktop.domain.programs import format_number
    start, end = (format_date(date.fromisoformat(record[k]))
                  for k in ("tanggal_mulai", "tanggal_selesai"))
    return (f"{record['nama']}  {record['jabatan']}  {record['jenis_label']}  {start} – {end}  "
            f"{record['status_label']}  {len(record['target'])} target  "
            f"bobot {format_number(record['total_bobot'])}%")


def _cmd_program(args, out: TextIO) -> int:
    from kinerja_desktop.domain.dates import format_date, parse_date
    from kinerja_desktop.domain.nip import format_nip, parse_nip
    from kinerja_desktop.services.program_export import program_records
    from kinerja_desktop.services.programs import ProgramService
    from kinerja_desktop.services.roster import RosterService
    # The arguments are checked before the database is opened (or created).
    if args.program_command == "create-for-inauguration":
        day = parse_date(args.date, "TANGGAL")
        if day is None:
            raise ValidationError.single("TANGGAL", "Tanggal pelantikan wajib diisi.")
        db = _open(args)
        try:
            result = ProgramService(db).create_for_inauguration(day, args.skema)
        finally:
            db.close()
        print(f"Program 100 hari pelantikan {format_date(day)}: {len(result.created)} dibuat, "
              f"{len(result.existing)} sudah ada.", file=out)
        return EXIT_OK
    nip = parse_nip(args.nip, "--nip").nip if args.nip is not None else None
    db = _open(args)
    try:
        if nip is not None and RosterService(db).id_by_nip(nip) is None:
            raise KinerjaError(f"NIP {format_nip(nip)} tidak terdaftar pada daftar pejabat.")
        records = program_records(db, nip)
    finally:
        db.close()
    if args.json:
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for record in records:
            print(_program_line(record), file=out)
        print(f"{len(records)} program.", file=out)
    return EXIT_OK


_CORRUPT = (ValueError, KeyError, TypeError, ArithmeticError)


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


def _cmd_evaluation(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.domain.dates import format_date
    from kinerja_desktop.domain.nip import format_nip, parse_nip
    from kinerja_desktop.services.evaluation_export import evaluation_records
    from kinerja_desktop.services.evaluations import EvaluationService
    from kinerja_desktop.services.roster import RosterService
    if args.evaluation_command == "score":
        db = _open(args)
        try:
            service = EvaluationService(db)
            try:
                record = service.get(args.evaluation_id)
                check = service.rescore(args.evaluation_id)
            except _CORRUPT:
                print(f"Isi evaluasi {args.evaluation_id} di basis data rusak dan tidak dapat "
                      f"dibaca.", file=err)
                return EXIT_INVALID
        finally:
            db.close()
        status = "Final" if record.final else "Draft"
        seal = {True: "cocok", False: "TIDAK cocok", None: "belum ada (draft)"}[check.hash_matches]
        print(f"Evaluasi {record.id}: {record.official_name}, {format_date(record.date)}, "
              f"{status}.", file=out)
        print(f"Dihitung ulang: {_score_text(check.score, check.predicate)}", file=out)
        print(f"Tersimpan: {_score_text(check.stored_score, check.stored_predicate)}", file=out)
        print(f"Segel SHA-256: {seal}", file=out)
        if check.consistent:
            print("Konsisten.", file=out)
            return EXIT_OK
        if check.hash_matches is False:
            print(f"Segel evaluasi {record.id} tidak cocok: isinya berubah setelah "
                  f"difinalkan.", file=err)
        if (check.score, check.predicate) != (check.stored_score, check.stored_predicate):
            print(f"Nilai evaluasi {record.id} tidak konsisten: tersimpan "
                  f"{_score_text(check.stored_score, check.stored_predicate)}, dihitung ulang "
                  f"{_score_text(check.score, check.predicate)}.", file=err)
        return EXIT_INVALID
    nip = parse_nip(args.nip, "--nip").nip if args.nip is not None else None
    db = _open(args)
    try:
        if nip is not None and RosterService(db).id_by_nip(nip) is None:
            raise KinerjaError(f"NIP {format_nip(nip)} tidak terdaftar pada daftar pejabat.")
        try:
            records = evaluation_records(db, nip)
        except _CORRUPT:
            print("Isi salah satu evaluasi di basis data rusak dan tidak dapat dibaca.", file=err)
            return EXIT_INVALID
    finally:
        db.close()
    if args.json:
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for record in records:
            print(_evaluation_line(record), file=out)
        print(f"{len(records)} evaluasi.", file=out)
    return EXIT_OK


def run(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run one CLI command; return the exit status. Errors go to `err`, one line each."""
    try:
        args = parse_args(argv)
    except UsageError as exc:
        print(f"Kesalahan penggunaan: {exc}", file=err)
        return EXIT_USAGE
    from kinerja_desktop.services.audit import set_operator
    set_operator()  # the audit history's operator: KINERJA_USER or the login name
    try:
        if args.command == "demo":
            return _cmd_demo(args, out)
        if args.command == "roster":
            return _cmd_roster(args, out, err)
        if args.command == "program":
            return _cmd_program(args, out)
        if args.command == "print":
            return _cmd_print(args, out)
        if args.command == "verify-document":
            return _cmd_verify(args, out)
        if args.command == "evaluation":
            return _cmd_evaluation(args, out, err)
        if args.command == "backup":
            return _cmd_backup(args, out)
        if args.command == "verify":
            return _cmd_verify_backup(args, out, err)
        if args.command == "restore":
            return _cmd_restore(args, out)
        if args.command == "merge":
            return _cmd_merge(args, out)
        print("Kesalahan penggunaan: perintah tidak dikenal.", file=err)
        return EXIT_USAGE
    except UsageError as exc:  # found by a command itself (e.g. no passphrase, no terminal)
        print(f"Kesalahan penggunaan: {exc}", file=err)
        return EXIT_USAGE
    except ValidationError as exc:
        for problem in exc.problems:
            print(problem.describe(), file=err)
        return EXIT_INVALID
    except KinerjaError as exc:
        print(str(exc), file=err)
        return EXIT_INVALID
