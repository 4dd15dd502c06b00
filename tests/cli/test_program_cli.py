"""`program list` and `program create-for-inauguration`: JSON and text, NIP filter, errors."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kinerja_desktop.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from kinerja_desktop.domain.programs import SCHEMES
from kinerja_desktop.services.demo import INAUGURATED
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.storage.database import open_database
from tests.cli.test_cli import ANAS, ENGLISH, assert_indonesian, main_py
from tests.cli.test_print_cli import pdf_text
from tests.helpers.dump import dump_database, table_rows

PROGRAM_FIELDS = ["id", "uuid", "nip", "nama", "jabatan", "unit_kerja", "jenis", "jenis_label",
                  "judul", "tanggal_mulai", "tanggal_selesai", "skema", "skema_label", "status",
                  "status_label", "total_bobot", "target"]
TARGET_FIELDS = ["uuid", "urutan", "jenis", "jenis_label", "judul", "uraian",
                 "indikator_kinerja", "cara_ukur", "arah", "arah_label", "target",
                 "target_maks", "satuan", "bobot", "prioritas",
                 "prioritas_label", "tenggat", "prioritas_pembangunan", "bukti_dukung",
                 "anggaran", "program_anggaran", "realisasi_terakhir",
                 "tanggal_realisasi_terakhir", "jumlah_laporan"]


def listed(cli, path, *extra) -> list[dict]:
    result = cli("--db", path, "program", "list", "--json", *extra)
    assert (result.code, result.err) == (EXIT_OK, "")
    return json.loads(result.out)


def clear_programs(path) -> None:
    """Back to what the demo of an earlier version left: roster and inauguration only."""
    db = open_database(path)
    try:
        for table in ("audit_entry", "evaluation", "attachment", "progress_update", "target",
                      "program_status_change", "program", "development_priority"):
            db.handle.execute_sql(f'DELETE FROM "{table}"')
    finally:
        db.close()


# program list --json -----------------------------------------------------------------------

def test_list_json_after_demo(cli, demo_file):
    records = listed(cli, demo_file)
    assert len(records) == 5
    assert {r["nip"] for r in records} == {nip for nip, *_ in INAUGURATED}
    assert [r["nama"] for r in records] == sorted(r["nama"] for r in records)
    for r in records:
        assert list(r) == PROGRAM_FIELDS
        # Anas Dwisatya's program was agreed and evaluated by the demo; the others are drafts.
        status = ("dievaluasi", "Dievaluasi") if r["nip"] == ANAS else ("draft", "Draft")
        assert (r["jenis"], r["jenis_label"], r["status"], r["status_label"]) == (
            "100_hari", "100 Hari", *status)
        assert (r["tanggal_mulai"], r["tanggal_selesai"]) == ("2019-06-14", "2019-09-21")
        assert r["skema"] == "capaian_berbobot" and r["skema_label"] == SCHEMES["capaian_berbobot"]
    anas = next(r for r in records if r["nip"] == ANAS)
    assert anas["nama"] == "Anas Dwisatya"
    assert anas["total_bobot"] == 100.0
    assert len(anas["target"]) == 4
    assert sum(t["bobot"] for t in anas["target"]) == 100
    assert [t["urutan"] for t in anas["target"]] == [1, 2, 3, 4]
    for t in anas["target"]:
        assert list(t) == TARGET_FIELDS
        due = date.fromisoformat(t["tenggat"])  # ISO
        assert date(2019, 6, 14) <= due <= date(2019, 9, 21)
        assert t["prioritas_pembangunan"].startswith("Misi ")
        assert t["indikator_kinerja"] and t["bukti_dukung"]
        assert (t["realisasi_terakhir"], t["jumlah_laporan"]) == (None, 0)
    assert {t["jenis"] for t in anas["target"]} == {"inovasi", "target_kinerja"}
    others = [r for r in records if r["nip"] != ANAS]
    assert all(r["target"] == [] and r["total_bobot"] == 0 for r in others)


def test_list_json_of_an_empty_database(cli, dbfile):
    assert listed(cli, dbfile) == []


def test_list_writes_nothing(cli, demo_file):
    before = dump_database(demo_file)
    listed(cli, demo_file)
    assert cli("--db", demo_file, "program", "list").code == EXIT_OK
    assert dump_database(demo_file) == before


# program list (text) -----------------------------------------------------------------------

def test_list_text(cli, demo_file):
    result = cli("--db", demo_file, "program", "list")
    assert (result.code, result.err) == (EXIT_OK, "")
    lines = result.out.splitlines()
    assert len(lines) == 6 and lines[-1] == "5 program."
    (anas,) = [line for line in lines if "  Anas Dwisatya  " in line]
    for part in ("Kepala Dinas Komunikasi Informatika Persandian dan Statistik", "100 Hari",
                 "14 Juni 2019 – 21 September 2019", "Dievaluasi", "4 target",
                 "bobot 100%"):
        assert part in anas, part
    assert all("0 target" in line and "bobot 0%" in line
               for line in lines[:-1] if "Anas" not in line)


def test_list_shows_the_id_print_agreement_takes(cli, demo_file, tmp_path, capsys):
    """Issue 15: `program list` showed UUIDs while `print agreement` asks for a number."""
    (anas,) = [r for r in listed(cli, demo_file) if r["nama"] == "Anas Dwisatya"]
    lines = cli("--db", demo_file, "program", "list").out.splitlines()
    assert any(line.startswith(f"{anas['id']}  Anas Dwisatya  ") for line in lines)
    result = cli("--db", demo_file, "print", "agreement", anas["id"], "-o", tmp_path / "k.pdf")
    assert result.code == EXIT_OK, result.err
    assert "Anas Dwisatya" in pdf_text(tmp_path / "k.pdf")
    from kinerja_desktop.cli import build_parser
    with pytest.raises(SystemExit):
        build_parser().parse_args(["print", "agreement", "--help"])
    assert "program list" in capsys.readouterr().out


def test_list_text_of_an_empty_database(cli, dbfile):
    result = cli("--db", dbfile, "program", "list")
    assert (result.code, result.out, result.err) == (EXIT_OK, "0 program.\n", "")


# --nip -------------------------------------------------------------------------------------

@pytest.mark.parametrize("written", [ANAS, "19720315 199503 1 004", "19720315.199503.1.004",
                                     " 19720315 199503 1 004 "])
def test_list_by_nip(cli, demo_file, written):
    records = listed(cli, demo_file, "--nip", written)
    assert [r["nama"] for r in records] == ["Anas Dwisatya"]
    text = cli("--db", demo_file, "program", "list", "--nip", written)
    assert text.code == EXIT_OK and text.out.splitlines()[-1] == "1 program."


def test_list_by_nip_of_an_official_without_programs(cli, demo_file):
    # Jajang KH is on the roster but was not inaugurated on 14 June 2019.
    assert listed(cli, demo_file, "--nip", "19710210 199603 1 002") == []


@pytest.mark.parametrize("nip", ["12345", "1972031519950310AB", "19721315 199503 1 004", ""])
def test_list_by_invalid_nip(cli, demo_file, nip):
    result = cli("--db", demo_file, "program", "list", "--nip", nip)
    assert (result.code, result.out) == (EXIT_INVALID, "")
    (line,) = result.err_lines
    assert line.startswith("--nip: ") and "NIP" in line
    assert_indonesian(result)


def test_invalid_nip_does_not_create_the_database(cli, dbfile):
    result = cli("--db", dbfile, "program", "list", "--nip", "123")
    assert result.code == EXIT_INVALID
    assert not dbfile.exists()


def test_list_by_unknown_nip(cli, demo_file):
    result = cli("--db", demo_file, "program", "list", "--json", "--nip", "19700101.199003.1.002")
    assert (result.code, result.out) == (EXIT_INVALID, "")
    assert result.err_lines == ["NIP 19700101 199003 1 002 tidak terdaftar pada daftar pejabat."]
    assert_indonesian(result)


# program create-for-inauguration -------------------------------------------------------------

@pytest.mark.parametrize("written", ["2019-06-14", "14/06/2019", "14 Juni 2019"])
def test_create_for_inauguration(cli, demo_file, written):
    clear_programs(demo_file)
    result = cli("--db", demo_file, "program", "create-for-inauguration", written)
    assert (result.code, result.err) == (EXIT_OK, "")
    assert result.out == "Program 100 hari pelantikan 14 Juni 2019: 5 dibuat, 0 sudah ada.\n"
    records = listed(cli, demo_file)
    assert len(records) == 5
    assert all(r["target"] == [] and r["skema"] == "capaian_berbobot" for r in records)


def test_create_for_inauguration_is_idempotent(cli, demo_file):
    before = dump_database(demo_file)
    result = cli("--db", demo_file, "program", "create-for-inauguration", "2019-06-14")
    assert (result.code, result.err) == (EXIT_OK, "")
    assert result.out == "Program 100 hari pelantikan 14 Juni 2019: 0 dibuat, 5 sudah ada.\n"
    assert dump_database(demo_file) == before


def test_create_for_inauguration_with_a_scheme(cli, demo_file):
    clear_programs(demo_file)
    result = cli("--db", demo_file, "program", "create-for-inauguration", "14-06-2019",
                 "--skema", "permenpanrb_6_2022")
    assert result.code == EXIT_OK and "5 dibuat" in result.out
    assert {r["skema"] for r in listed(cli, demo_file)} == {"permenpanrb_6_2022"}
    # A second run with another scheme keeps the programs (and schemes) already there.
    again = cli("--db", demo_file, "program", "create-for-inauguration", "2019-06-14",
                "--skema", "pp46_2011")
    assert again.code == EXIT_OK and "0 dibuat, 5 sudah ada" in again.out
    assert {r["skema"] for r in listed(cli, demo_file)} == {"permenpanrb_6_2022"}


def test_list_json_carries_polarity_and_upper_end(cli, demo_file):
    """Issue 16: each target's "arah" (naik, turun, rentang) and "target_maks"."""
    from dataclasses import replace
    db = open_database(demo_file)
    try:
        programs = ProgramService(db)
        (program_id,) = programs.program_ids(ANAS)
        programs.change_status(program_id, "disepakati", "arah capaian")
        programs.change_status(program_id, "draft", "arah capaian")
        first, second = programs.targets(program_id)[:2]
        programs.update_target(first.id, replace(first.data, polarity="turun"))
        low = first.data.target_value
        programs.update_target(second.id, replace(second.data, polarity="rentang",
                                                  target_max=second.data.target_value + 10))
    finally:
        db.close()
    (anas,) = listed(cli, demo_file, "--nip", ANAS)
    one, two, *rest = anas["target"]
    assert (one["arah"], one["arah_label"], one["target"], one["target_maks"]) == (
        "turun", "Makin rendah makin baik", low, None)
    assert (two["arah"], two["arah_label"], two["target_maks"]) == (
        "rentang", "Dalam rentang", two["target"] + 10)
    assert all((t["arah"], t["target_maks"]) == ("naik", None) for t in rest)


def test_scheme_help_lists_each_scheme_with_its_status(capsys):
    from kinerja_desktop.cli import build_parser
    from kinerja_desktop.domain.scheme_catalog import CATALOG
    with pytest.raises(SystemExit):
        build_parser().parse_args(["program", "create-for-inauguration", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "pp30_2019 = PP 30/2019 jo. PermenPANRB 8/2021 (nilai capaian 0–120) [" \
           "PermenPANRB 8/2021 dicabut oleh PermenPANRB No. 6 Tahun 2022; untuk penilaian " \
           "2019–2022]" in text
    for code, scheme in CATALOG.items():
        assert f"{code} = {' '.join(scheme.label.split())} [" in text


def test_create_for_inauguration_with_the_2019_scheme(cli, demo_file):
    clear_programs(demo_file)
    result = cli("--db", demo_file, "program", "create-for-inauguration", "2019-06-14",
                 "--skema", "pp30_2019")
    assert result.code == EXIT_OK and "5 dibuat" in result.out
    assert {(r["skema"], r["skema_label"]) for r in listed(cli, demo_file)} == {
        ("pp30_2019", SCHEMES["pp30_2019"])}


def test_create_keeps_the_targets_already_there(cli, demo_file):
    db = open_database(demo_file)
    try:
        ProgramService(db).delete_program(ProgramService(db).program_ids(
            "196805041990021003")[0])  # Ajat's (empty) program
    finally:
        db.close()
    result = cli("--db", demo_file, "program", "create-for-inauguration", "14 Juni 2019")
    assert result.out == "Program 100 hari pelantikan 14 Juni 2019: 1 dibuat, 4 sudah ada.\n"
    anas = listed(cli, demo_file, "--nip", ANAS)[0]
    assert len(anas["target"]) == 4


@pytest.mark.parametrize("written, expected", [
    ("kemarin", "tidak dikenali"), ("31/02/2019", "tidak ada di kalender"),
    ("2019-13-01", "tidak ada di kalender"), ("", "wajib diisi")])
def test_create_with_a_bad_date(cli, demo_file, written, expected):
    before = dump_database(demo_file)
    result = cli("--db", demo_file, "program", "create-for-inauguration", written)
    assert (result.code, result.out) == (EXIT_INVALID, "")
    (line,) = result.err_lines
    assert line.startswith("TANGGAL: ") and expected in line
    assert_indonesian(result)
    assert dump_database(demo_file) == before


def test_bad_date_does_not_create_the_database(cli, dbfile):
    assert cli("--db", dbfile, "program", "create-for-inauguration", "besok").code == (
        EXIT_INVALID)
    assert not dbfile.exists()


def test_create_without_an_inauguration_that_day(cli, demo_file):
    before = dump_database(demo_file)
    result = cli("--db", demo_file, "program", "create-for-inauguration", "15 Juni 2019")
    assert (result.code, result.out) == (EXIT_INVALID, "")
    (line,) = result.err_lines
    assert line.startswith("Tidak ada pelantikan pada tanggal")
    assert_indonesian(result)
    assert dump_database(demo_file) == before


def test_create_on_an_empty_database(cli, dbfile):
    result = cli("--db", dbfile, "program", "create-for-inauguration", "2019-06-14")
    assert result.code == EXIT_INVALID and "Tidak ada pelantikan" in result.err


# demo: programs added, also to a database the previous version filled ------------------------

def test_demo_reports_the_programs(cli, dbfile):
    result = cli("--db", dbfile, "demo")
    assert result.code == EXIT_OK
    assert ("Ditambahkan: 5 program 100 hari (Draft), 4 target Anas Dwisatya, 4 prioritas "
            "pembangunan contoh, evaluasi 100 hari Anas Dwisatya 21 September 2019 (final, "
            "oleh Bupati Serang; programnya kini Dievaluasi), serah terima jabatan Kepala "
            "Disdukcapil dari Jajang KH kepada Abdullah 14 Juni 2019.") in result.out


def test_demo_completes_a_database_of_the_previous_version(cli, demo_file):
    clear_programs(demo_file)
    result = cli("--db", demo_file, "demo")
    assert result.code == EXIT_OK
    assert result.out.startswith("Data contoh dilengkapi. Ditambahkan: 5 program 100 hari "
                                 "(Draft), 4 target Anas Dwisatya, 4 prioritas pembangunan "
                                 "contoh, evaluasi 100 hari Anas Dwisatya")
    assert table_rows(demo_file, "SELECT count(*) FROM official") == [(7,)]
    assert len(listed(cli, demo_file)) == 5
    again = cli("--db", demo_file, "demo")
    assert again.out == "Data contoh sudah ada; tidak ada yang diubah.\n"


# Usage errors and help ----------------------------------------------------------------------

@pytest.mark.parametrize("argv", [
    ["program"], ["program", "lihat"], ["program", "list", "--nip"],
    ["program", "list", "--json=ya"], ["program", "list", "extra"],
    ["program", "create-for-inauguration"],
    ["program", "create-for-inauguration", "2019-06-14", "2019-06-15"],
    ["program", "create-for-inauguration", "2019-06-14", "--skema", "bebas"],
    ["program", "create-for-inauguration", "2019-06-14", "--skema"],
    ["program", "create", "2019-06-14"],
])
def test_usage_errors_exit_2_in_indonesian(cli, argv, private_data_dir):
    result = cli(*argv)
    assert (result.code, result.out) == (EXIT_USAGE, "")
    (line,) = result.err_lines
    assert line.startswith("Kesalahan penggunaan: ") and "--help" in line
    assert_indonesian(result)
    assert not (private_data_dir / "kinerja.db").exists()  # nothing was opened


def test_main_py_program_commands(tmp_path):
    db = tmp_path / "kinerja.db"
    assert main_py(tmp_path, "--db", db, "demo").returncode == 0
    listed_ = main_py(tmp_path, "--db", db, "program", "list", "--json", "--nip",
                      "19720315 199503 1 004")
    assert (listed_.returncode, listed_.stderr) == (0, "")
    (anas,) = json.loads(listed_.stdout)
    assert anas["total_bobot"] == 100.0
    created = main_py(tmp_path, "--db", db, "program", "create-for-inauguration",
                      "14 Juni 2019")
    assert (created.returncode, created.stdout.strip()) == (
        0, "Program 100 hari pelantikan 14 Juni 2019: 0 dibuat, 5 sudah ada.")
    bad = main_py(tmp_path, "--db", db, "program", "create-for-inauguration", "15/06/2019")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert not ENGLISH.search(bad.stderr) and len(bad.stderr.splitlines()) == 1
