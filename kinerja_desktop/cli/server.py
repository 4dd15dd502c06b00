"""`server-roles`: set up who may do what on a shared PostgreSQL server (services/shared_server)
and say which role this account has; `bawa-pulang BERKAS`: the server's data as a laptop's
working file (services/take_home), merged back later with `merge`; `ekspor-server FOLDER`: the
server's one scheduled export a day (services/server_export)."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from kinerja_desktop.cli.parser import EXIT_OK, EXIT_USAGE, UsageError
from kinerja_desktop.cli.passphrase import (FILE_OPTION, PASSPHRASE_ENV, add_passphrase_file,
                                            passphrase)
from kinerja_desktop.cli.session import opened_database


def register(commands) -> None:
    roles = commands.add_parser(
        "server-roles", help="server kantor: buat peran kinerja_admin, kinerja_operator dan "
                             "kinerja_penilai dan beri haknya (dijalankan oleh pemilik basis "
                             "data); tanpa --siapkan: tampilkan peran akun ini")
    roles.add_argument("--siapkan", action="store_true",
                       help="buat peran yang belum ada dan beri haknya pada skema ini")
    roles.set_defaults(func=server_roles)
    home = commands.add_parser(
        "bawa-pulang", help="server kantor: salin data server ke berkas basis data untuk "
                            "dikerjakan di laptop di luar kantor; gabungkan kembali nanti "
                            "dengan perintah merge")
    home.add_argument("file", type=Path, metavar="BERKAS",
                      help="berkas basis data baru (.db) yang akan ditulis, mis. di flashdisk")
    home.set_defaults(func=take_home)
    export = commands.add_parser(
        "ekspor-server", help="server kantor: ekspor terjadwal (satu kali sehari, dari PC mana "
                              "pun tugas terjadwalnya dijalankan lebih dulu) ke folder "
                              "cadangan kantor; ekspor lama dihapus")
    export.add_argument("folder", type=Path, metavar="FOLDER",
                        help="folder cadangan kantor (disk lain, NAS, \\\\server\\cadangan)")
    export.add_argument("--simpan", type=int, default=None, metavar="N",
                        help="jumlah ekspor terbaru yang disimpan di folder (bawaan 14)")
    export.add_argument("--paksa", action="store_true",
                        help="tulis juga bila ekspor hari ini sudah dibuat")
    export.add_argument("--encrypt", action="store_true",
                        help=f"enkripsi ekspor dengan kata sandi; kata sandi dari {FILE_OPTION} "
                             f"atau {PASSPHRASE_ENV}")
    add_passphrase_file(export, encrypting=True)
    export.set_defaults(func=server_export)


def server_roles(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services import shared_server as roles
    with opened_database(args) as db:
        if not db.is_server:
            print("Peran hanya ada di server kantor: sebutkan --db postgresql://…", file=err)
            return EXIT_USAGE
        if args.siapkan:
            schema = roles.set_up_roles(db)
            print(f"Peran {', '.join(roles.ROLES)} siap di skema {schema} "
                  f"({db.location}). Beri tiap staf akun sendiri, mis.: CREATE ROLE budi LOGIN "
                  f"PASSWORD '…' IN ROLE {roles.OPERATOR};", file=out)
        role = roles.role_of(db)
        label = roles.LABELS.get(role, "belum diatur: hak akun ditentukan izin server")
        print(f"Akun ini: {role or '-'} ({label}).", file=out)
    return EXIT_OK


def take_home(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services.take_home import take_home as write_copy
    with opened_database(args) as db:
        if not db.is_server:
            print("Bawa pulang menyalin data server kantor: sebutkan --db postgresql://…",
                  file=err)
            return EXIT_USAGE
        taken = write_copy(db, args.file)
        where = db.location
    print(f"Data server disalin ke {taken.path} ({taken.counts.get('official', 0)} pejabat, "
          f"{taken.counts.get('program', 0)} program, {taken.counts.get('evaluation', 0)} "
          f"evaluasi).", file=out)
    print(f"Di laptop: buka berkas itu (--db {taken.path}). Setelah kembali ke kantor, "
          f"administrator server menggabungkannya: --db {where} merge {taken.path}", file=out)
    return EXIT_OK


def server_export(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services import server_export as exports
    if args.passphrase_file is not None and not args.encrypt:
        raise UsageError(f"{FILE_OPTION} hanya dipakai bersama --encrypt.")
    keep = exports.DEFAULT_KEEP if args.simpan is None else args.simpan
    if keep < 1:
        raise UsageError("--simpan paling sedikit 1.")
    folder = args.folder.expanduser()
    if not folder.is_dir():  # before the server is asked anything
        print(f"Folder ekspor '{folder}' tidak ada atau bukan folder.", file=err)
        return EXIT_USAGE
    secret = passphrase(confirm=True, file=args.passphrase_file) if args.encrypt else None
    with opened_database(args) as db:
        if not db.is_server:
            print("Ekspor terjadwal untuk server kantor: sebutkan --db postgresql://…. "
                  "Basis data berkas dicadangkan otomatis saat aplikasi ditutup.", file=err)
            return EXIT_USAGE
        outcome = exports.scheduled_export(db, folder, keep, secret, force=args.paksa)
    if outcome.result is None:
        print(outcome.skipped, file=out)
        return EXIT_OK
    result = outcome.result
    print(f"Ekspor server ditulis dan diperiksa: {result.path} "
          f"({result.counts.get('official', 0)} pejabat, {result.counts.get('program', 0)} "
          f"program, {result.counts.get('evaluation', 0)} evaluasi; {result.seconds:.1f} "
          f"detik).", file=out)
    for path in outcome.removed:
        print(f"Ekspor lama dihapus: {path.name}", file=out)
    if result.warning:
        print(f"Peringatan: {result.warning[0].lower()}{result.warning[1:]}", file=err)
    return EXIT_OK
