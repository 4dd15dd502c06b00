"""`server-roles`: set up who may do what on a shared PostgreSQL server (services/shared_server)
and say which role this account has; `bawa-pulang BERKAS`: the server's data as a laptop's
working file (services/take_home), merged back later with `merge`."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from kinerja_desktop.cli.parser import EXIT_OK, EXIT_USAGE
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
