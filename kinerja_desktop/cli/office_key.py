"""`office-key export|import|list|remove`: this office's public key for other offices to check
its printouts' QR codes offline, and the other offices' keys this database trusts."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from kinerja_desktop.cli.console import write_records
from kinerja_desktop.cli.parser import EXIT_OK, add_actions
from kinerja_desktop.cli.session import opened_database


def register(commands) -> None:
    actions = add_actions(commands, "office-key", "kunci kantor untuk kode QR dokumen: ekspor "
                                                  "kunci publik kantor ini, impor kunci kantor "
                                                  "lain, tampilkan, hapus",
                          dest="office_key_command")
    export = actions.add_parser(
        "export", help="tulis kunci publik kantor ini (nama kantor, id, sidik jari) ke BERKAS "
                       "untuk diimpor kantor lain; kunci privatnya tidak ikut")
    export.add_argument("file", type=Path, metavar="BERKAS",
                        help="berkas yang ditulis, mis. kunci-setda.kinerja-kunci")
    export.set_defaults(func=export_key)
    imported = actions.add_parser(
        "import", help="percayai kunci publik kantor lain dari berkasnya, untuk memeriksa kode "
                       "QR dokumen cetakannya; cocokkan sidik jarinya lewat telepon dahulu")
    imported.add_argument("file", type=Path, metavar="BERKAS",
                          help="berkas .kinerja-kunci dari kantor lain")
    imported.set_defaults(func=import_key)
    listed = actions.add_parser("list", help="tampilkan kunci kantor ini dan kunci kantor lain "
                                             "yang dikenal, dengan sidik jarinya")
    listed.add_argument("--json", action="store_true", help="keluaran JSON")
    listed.set_defaults(func=list_keys)
    removed = actions.add_parser("remove", help="berhenti mempercayai kunci kantor lain")
    removed.add_argument("key_id", metavar="ID_KUNCI", help="id kunci, kolom pertama "
                                                            "`office-key list`")
    removed.set_defaults(func=remove_key)


def export_key(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services import office_key
    with opened_database(args) as db:
        key = office_key.export_public(db, args.file)
    print(f"Kunci publik {key.office} (id {key.key_id}) ditulis ke {args.file}.", file=out)
    print(f"Sidik jari: {key.fingerprint}", file=out)
    print("Kirim berkasnya ke kantor lain, lalu bacakan sidik jari ini lewat telepon sebelum "
          "mereka mengimpornya.", file=out)
    return EXIT_OK


def import_key(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services import office_key
    with opened_database(args) as db:
        key, added = office_key.import_public(db, args.file)
    if added:
        print(f"Kunci {key.office} (id {key.key_id}) diimpor: kode QR dokumen cetakannya kini "
              f"dapat diperiksa di sini.", file=out)
        print(f"Sidik jari: {key.fingerprint}", file=out)
        print("Pastikan sidik jari ini sama dengan yang dibacakan kantor tersebut; bila tidak, "
              f"hapus lagi dengan `office-key remove {key.key_id}`.", file=out)
    else:
        print(f"Kunci {key.office} (id {key.key_id}) sudah dikenal; tidak ada yang diubah.",
              file=out)
    return EXIT_OK


def list_keys(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services import office_key
    with opened_database(args) as db:
        keys = office_key.known_keys(db)
    records = [{"id": k.key_id, "kantor": k.office, "sidik_jari": k.fingerprint,
                "milik_sendiri": k.own, "diimpor": k.imported_on or None} for k in keys]
    write_records(records, out, args.json, _key_line, "kunci kantor")
    return EXIT_OK


def _key_line(record: dict) -> str:
    whose = "kantor ini" if record["milik_sendiri"] else f"diimpor {record['diimpor'] or '-'}"
    return f"{record['id']}  {record['kantor'] or '(nama instansi belum diisi)'}  ({whose})  " \
           f"sidik jari {record['sidik_jari']}"


def remove_key(args, out: TextIO, err: TextIO) -> int:
    from kinerja_desktop.services import office_key
    with opened_database(args) as db:
        key = office_key.remove_trusted(db, args.key_id)
    print(f"Kunci {key.office} (id {key.key_id}) dihapus: kode QR dokumennya tidak lagi "
          f"diperiksa di sini.", file=out)
    return EXIT_OK
