"""`office-key export|import|list|remove` and `verify-document` of a signed QR text on another
office's database."""

from __future__ import annotations

import json

from kinerja_desktop.cli import EXIT_INVALID, EXIT_OK
from tests.helpers.qr_reader import qr_texts_of_pdf


def test_another_office_checks_a_printout_after_importing_the_key(cli, demo_file, tmp_path):
    other = tmp_path / "dinas-lain.db"
    printed = cli("--db", demo_file, "print", "handover", 1, "-o", tmp_path / "ba.pdf")
    assert printed.code == EXIT_OK, printed.err
    qr = qr_texts_of_pdf(tmp_path / "ba.pdf")[0]
    # Before the import: the office is not known, and the user is told what to do.
    unknown = cli("--db", other, "verify-document", qr)
    assert unknown.code == EXIT_INVALID and "belum dikenal" in unknown.out
    assert "office-key import" in unknown.out
    key_file = tmp_path / "setda.kinerja-kunci"
    exported = cli("--db", demo_file, "office-key", "export", key_file)
    assert exported.code == EXIT_OK, exported.err
    fingerprint = exported.out.split("Sidik jari: ")[1].splitlines()[0]
    assert len(fingerprint.split()) == 8 and "Pemerintah Kabupaten Serang" in exported.out
    imported = cli("--db", other, "office-key", "import", key_file)
    assert imported.code == EXIT_OK and "diimpor" in imported.out
    assert fingerprint in imported.out  # the same fingerprint, to compare over the phone
    checked = cli("--db", other, "verify-document", qr)
    assert checked.code == EXIT_OK, checked.out
    assert "Tanda tangan kantor sah: diterbitkan oleh Sekretariat Daerah, Pemerintah Kabupaten " \
           "Serang" in checked.out
    assert "Jajang KH ke Abdullah" in checked.out
    changed = qr.replace("Jajang", "Jajank")
    refused = cli("--db", other, "verify-document", changed)
    assert refused.code == EXIT_INVALID and "PERINGATAN" in refused.out
    again = cli("--db", other, "office-key", "import", key_file)
    assert again.code == EXIT_OK and "sudah dikenal" in again.out


def test_list_and_remove(cli, demo_file, tmp_path):
    other = tmp_path / "dinas-lain.db"
    key_file = tmp_path / "setda.kinerja-kunci"
    assert cli("--db", demo_file, "office-key", "export", key_file).code == EXIT_OK
    assert cli("--db", other, "office-key", "import", key_file).code == EXIT_OK
    own = json.loads(cli("--db", demo_file, "office-key", "list", "--json").out)
    assert [k["milik_sendiri"] for k in own] == [True]
    listed = json.loads(cli("--db", other, "office-key", "list", "--json").out)
    assert [(k["id"], k["sidik_jari"], k["milik_sendiri"]) for k in listed] == [
        (own[0]["id"], own[0]["sidik_jari"], False)]
    plain = cli("--db", other, "office-key", "list")
    assert own[0]["id"] in plain.out and plain.out.rstrip().endswith("1 kunci kantor.")
    removed = cli("--db", other, "office-key", "remove", own[0]["id"])
    assert removed.code == EXIT_OK and "dihapus" in removed.out
    assert json.loads(cli("--db", other, "office-key", "list", "--json").out) == []
    missing = cli("--db", other, "office-key", "remove", own[0]["id"])
    assert missing.code == EXIT_INVALID and "Tidak ada kunci kantor lain" in missing.err


def test_a_hostile_key_file_is_one_plain_line(cli, demo_file, tmp_path):
    hostile = tmp_path / "kunci.kinerja-kunci"
    hostile.write_bytes(b"\x00\xff" * 100)
    result = cli("--db", demo_file, "office-key", "import", hostile)
    assert result.code == EXIT_INVALID and result.out == ""
    assert result.err_lines == ["Berkas 'kunci.kinerja-kunci' bukan berkas kunci kantor "
                                "Kinerja Desktop (bukan teks UTF-8)."]
    folder = cli("--db", demo_file, "office-key", "export", tmp_path)
    assert folder.code == EXIT_INVALID and "folder" in folder.err
