"""A NIP that a spreadsheet stored as a number (issue 16), refused wherever the CLI takes one:
the --nip filters of the list commands and the NIP column of `roster import`."""

from __future__ import annotations

import pytest

from kinerja_desktop.cli import EXIT_INVALID, EXIT_OK
from tests.cli.test_cli import assert_indonesian
from tests.helpers.dump import dump_database
from tests.helpers.tables import HEADER, row, write_csv, write_xlsx

LOST = ("tersimpan sebagai angka oleh Excel sehingga digit terakhirnya hilang; "
        "format kolom NIP sebagai Teks lalu ketik ulang.")
NUMBERS = ["1.96608011988031E+17", "1,96608E+17", "1.97E17", "196608011988031001.0",
           "196608011988031000,00"]


@pytest.mark.parametrize("command", ["program", "evaluation", "handover"])
@pytest.mark.parametrize("nip", NUMBERS)
def test_nip_filter_refuses_a_spreadsheet_number(cli, dbfile, command, nip):
    result = cli("--db", dbfile, command, "list", "--nip", nip)
    assert (result.code, result.out) == (EXIT_INVALID, "")
    assert result.err_lines == [f"--nip: NIP '{nip}' {LOST}"]
    assert_indonesian(result)
    assert not dbfile.exists()  # refused before the database is opened


@pytest.mark.parametrize("nip", ["19720315 199503 1 004", "19720315.199503.1.004",
                                 "'197203151995031004"])
def test_nip_filter_still_takes_grouped_dotted_and_text_forms(cli, demo_file, nip):
    result = cli("--db", demo_file, "program", "list", "--nip", nip)
    assert (result.code, result.err) == (EXIT_OK, "")
    assert result.out.splitlines()[-1] == "1 program."


@pytest.mark.parametrize("nip", NUMBERS)
def test_roster_import_refuses_a_spreadsheet_number_with_its_row(cli, demo_file, tmp_path, nip):
    path = write_csv(tmp_path / "angka.csv", HEADER, [
        row("19700101 199003 1 002", "Budi", "Camat Petir", "Kecamatan Petir"),
        row(nip, "Siti", "Camat Cikande", "Kecamatan Cikande")], delimiter=";")
    before = dump_database(demo_file)
    result = cli("--db", demo_file, "roster", "import", path)
    assert (result.code, result.out) == (EXIT_INVALID, "")
    assert result.err_lines == [f"Baris 3, kolom nip: NIP '{nip}' {LOST}",
                                "Impor ditolak: 1 kesalahan; tidak ada data yang diubah."]
    assert_indonesian(result)
    assert dump_database(demo_file) == before


@pytest.mark.parametrize("number", [1.96608011988031E+17, 196608011988031001],
                         ids=["float", "int"])
def test_roster_import_refuses_a_numeric_xlsx_cell(cli, dbfile, tmp_path, number):
    path = write_xlsx(tmp_path / "angka.xlsx", HEADER, [
        row(number, "Siti", "Camat Cikande", "Kecamatan Cikande")])
    result = cli("--db", dbfile, "roster", "import", path)
    assert result.code == EXIT_INVALID
    assert result.err_lines[0].startswith("Baris 2, kolom nip: NIP '")
    assert result.err_lines[0].endswith(LOST)
