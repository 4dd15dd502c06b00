"""`handover list`: the ids `print handover` asks for, as text (NIPs grouped) and as JSON."""

from __future__ import annotations

import json

import pytest

from kinerja_desktop.cli import EXIT_INVALID, EXIT_OK
from kinerja_desktop.services.demo import (ABDULLAH_NIP, HANDOVER_NUMBER, JAJANG_NIP,
                                           INAUGURATED)
from tests.cli.test_cli import assert_indonesian
from tests.cli.test_print_cli import pdf_text
from tests.helpers.dump import dump_database

HANDOVER_FIELDS = ["id", "uuid", "nomor", "tanggal", "jabatan", "unit_kerja", "pihak_pertama",
                   "pihak_kedua", "jumlah_barang"]


def listed(cli, path, *extra) -> list[dict]:
    result = cli("--db", path, "handover", "list", "--json", *extra)
    assert (result.code, result.err) == (EXIT_OK, "")
    return json.loads(result.out)


def test_list_json_after_demo(cli, demo_file):
    (record,) = listed(cli, demo_file)
    assert list(record) == HANDOVER_FIELDS
    assert (record["nomor"], record["tanggal"]) == (HANDOVER_NUMBER, "2019-06-14")
    assert record["pihak_pertama"] == {"nama": "Jajang KH", "nip": JAJANG_NIP}
    assert record["pihak_kedua"] == {"nama": "Abdullah", "nip": ABDULLAH_NIP}
    assert record["jabatan"] == "Kepala Dinas Kependudukan dan Catatan Sipil"
    assert record["jumlah_barang"] > 0 and len(record["uuid"]) == 36


def test_list_text_shows_the_id_print_handover_takes(cli, demo_file, tmp_path, capsys):
    """Issue 15: `print handover` asked for an id that no command showed."""
    result = cli("--db", demo_file, "handover", "list")
    assert (result.code, result.err) == (EXIT_OK, "")
    first, last = result.out.splitlines()
    (record,) = listed(cli, demo_file)
    assert first == (f"{record['id']}  {HANDOVER_NUMBER}  14 Juni 2019  "
                     "Jajang KH (NIP 19710210 199603 1 002) → "
                     "Abdullah (NIP 19661120 198903 1 007)  "
                     "Kepala Dinas Kependudukan dan Catatan Sipil")
    assert last == "1 serah terima."
    printed = cli("--db", demo_file, "print", "handover", record["id"], "-o", tmp_path / "b.pdf")
    assert printed.code == EXIT_OK, printed.err
    assert "Jajang KH" in pdf_text(tmp_path / "b.pdf")
    from kinerja_desktop.cli import build_parser
    with pytest.raises(SystemExit):
        build_parser().parse_args(["print", "handover", "--help"])
    assert "handover list" in capsys.readouterr().out


def test_list_writes_nothing(cli, demo_file):
    before = dump_database(demo_file)
    listed(cli, demo_file)
    assert cli("--db", demo_file, "handover", "list").code == EXIT_OK
    assert dump_database(demo_file) == before


def test_list_of_an_empty_database(cli, dbfile):
    result = cli("--db", dbfile, "handover", "list")
    assert (result.code, result.out, result.err) == (EXIT_OK, "0 serah terima.\n", "")
    assert listed(cli, dbfile) == []


@pytest.mark.parametrize("nip", [JAJANG_NIP, "19661120 198903 1 007"])
def test_list_by_nip_of_either_side(cli, demo_file, nip):
    assert [r["nomor"] for r in listed(cli, demo_file, "--nip", nip)] == [HANDOVER_NUMBER]


def test_list_by_nip_of_an_official_without_handovers(cli, demo_file):
    anas = next(nip for nip, *_ in INAUGURATED if nip != ABDULLAH_NIP)
    assert listed(cli, demo_file, "--nip", anas) == []
    text = cli("--db", demo_file, "handover", "list", "--nip", anas)
    assert (text.code, text.out) == (EXIT_OK, "0 serah terima.\n")


def test_list_by_unknown_or_invalid_nip(cli, demo_file):
    unknown = cli("--db", demo_file, "handover", "list", "--nip", "19700101.199003.1.002")
    assert (unknown.code, unknown.out) == (EXIT_INVALID, "")
    assert unknown.err_lines == ["NIP 19700101 199003 1 002 tidak terdaftar pada daftar pejabat."]
    invalid = cli("--db", demo_file, "handover", "list", "--nip", "123")
    assert (invalid.code, invalid.out) == (EXIT_INVALID, "")
    assert_indonesian(invalid)
