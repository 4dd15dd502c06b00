"""Roster import (all or nothing, upsert by NIP) and export, with the files staff really send."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.roster import RosterFilter
from kinerja_desktop.errors import InputFileError, ValidationError
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.services.roster_io import (COLUMNS, ImportCancelled, apply_import,
                                                export_roster, import_roster, plan_import,
                                                roster_records)
from tests.helpers.tables import read_table
from kinerja_desktop.storage.database import open_database
from tests.helpers.dump import dump_database
from tests.helpers.tables import HEADER, read_xlsx, row, write_csv, write_xlsx

BUDI = "197001011990031002"
SITI = "198512312010012003"
PARIWISATA = "Dinas Pariwisata Pemuda dan Olahraga"
ANAS = "197203151995031004"


def good_rows() -> list[list[object]]:
    return [
        row("19700101 199003 1 002", "Budi Santoso", f"Kepala {PARIWISATA}", PARIWISATA,
            gelar_belakang="S.Sos., M.Si", pangkat_golongan="IV/c", eselon="II.b",
            jenis_pengisian="Seleksi Terbuka", jabatan_sebelumnya="Camat Cikande",
            tanggal_pelantikan="2019-06-14", nomor_sk="821.2/Kep.77-Huk/2019"),
        row(SITI, "Siti Aminah", f"Sekretaris {PARIWISATA}", PARIWISATA, gelar_depan="Dra.",
            pangkat_golongan="Pembina (IV/a)", eselon="III.a", jenis_pengisian="promosi",
            tanggal_pelantikan="14/06/2019"),
    ]


def problems_of(report) -> list[tuple[int | None, str, str]]:
    return [(p.row, p.field, p.severity) for p in report.problems]


def officials(db) -> dict[str, object]:
    roster = RosterService(db)
    return {roster.get(i).nip: roster.get(i) for i in
            [r[0] for r in db.execute_sql("SELECT id FROM official")]}


# Good files ---------------------------------------------------------------------------------

def test_good_csv_is_imported(db, tmp_path):
    path = write_csv(tmp_path / "pejabat.csv", HEADER, good_rows())
    report = import_roster(db, path)
    assert report.ok and report.applied and report.problems == []
    assert (report.rows, report.new, report.updated, report.unchanged) == (2, 2, 0, 0)
    assert report.units_created == [PARIWISATA]
    assert report.summary() == (f"2 baris: 2 pejabat baru, 0 diubah, 0 tetap; ditulis. "
                                f"Unit kerja baru: {PARIWISATA}.")
    people = officials(db)
    budi, siti = people[BUDI], people[SITI]
    assert (budi.name, budi.back_title, budi.rank, budi.sex) == ("Budi Santoso", "S.Sos., M.Si",
                                                                 "IV/c", "L")
    assert (siti.front_title, siti.rank, siti.sex, siti.birth_date) == (
        "Dra.", "IV/a", "P", date(1985, 12, 31))
    (post,) = budi.appointments
    assert (post.post_title, post.unit_name, post.eselon, post.filling, post.start_date,
            post.end_date, post.previous_post, post.decree_number) == (
        f"Kepala {PARIWISATA}", PARIWISATA, "II.b", "seleksi_terbuka", date(2019, 6, 14), None,
        "Camat Cikande", "821.2/Kep.77-Huk/2019")
    assert siti.appointments[0].filling == "promosi"
    roster = RosterService(db)
    assert roster.count() == 2
    assert [u.name for u in roster.units()] == [PARIWISATA]
    shown = roster.rows(roster.search(RosterFilter()))
    assert {r.full_name for r in shown.values()} == {"Budi Santoso, S.Sos., M.Si",
                                                     "Dra. Siti Aminah"}


@pytest.mark.parametrize("dialect", ["semicolon", "bom", "bom-semicolon", "tab", "lf",
                                     "sep-line"])
def test_csv_dialects(db, tmp_path, dialect):
    path = tmp_path / "pejabat.csv"
    if dialect == "sep-line":
        write_csv(path, HEADER, good_rows(), delimiter=";")
        path.write_bytes(b"sep=;\r\n" + path.read_bytes())
    else:
        write_csv(path, HEADER, good_rows(),
                  delimiter={"semicolon": ";", "bom-semicolon": ";", "tab": "\t"}.get(dialect,
                                                                                    ","),
                  bom=dialect.startswith("bom"), newline="\n" if dialect == "lf" else "\r\n")
    report = import_roster(db, path)
    assert report.problems == []
    assert (report.new, report.applied) == (2, True)
    assert set(officials(db)) == {BUDI, SITI}
    assert officials(db)[BUDI].back_title == "S.Sos., M.Si"


def test_utf16_csv_from_excel_unicode_text(db, tmp_path):
    path = tmp_path / "pejabat.csv"
    write_csv(path, HEADER, good_rows(), delimiter="\t", encoding="utf-16")
    report = import_roster(db, path)
    assert report.problems == [] and report.new == 2


def test_cp1252_csv_is_read_with_a_warning(db, tmp_path):
    rows = good_rows()
    rows[0][1] = "Budi Sétiawan"
    path = write_csv(tmp_path / "lama.csv", HEADER, rows, delimiter=";", encoding="cp1252")
    report = import_roster(db, path)
    assert report.ok and report.applied
    assert problems_of(report) == [(None, "", "warning")]
    assert "Windows-1252" in report.problems[0].message
    assert officials(db)[BUDI].name == "Budi Sétiawan"


def test_quoted_fields_with_commas_and_line_breaks(db, tmp_path):
    rows = good_rows()
    rows[0][1] = "Dr. H. Abdullah, M.Si"
    rows[0][9] = "Kepala Bagian Umum, Perlengkapan"
    rows[1][1] = "Siti\nAminah"  # Alt+Enter in a cell
    path = write_csv(tmp_path / "koma.csv", HEADER, rows)
    assert b'"Dr. H. Abdullah, M.Si"' in path.read_bytes()
    report = import_roster(db, path)
    assert report.problems == [] and report.new == 2
    people = officials(db)
    assert people[BUDI].name == "Dr. H. Abdullah, M.Si"
    assert people[BUDI].appointments[0].previous_post == "Kepala Bagian Umum, Perlengkapan"
    assert people[SITI].name == "Siti Aminah"


@pytest.mark.parametrize("text", ["2019-06-14", "14/06/2019", "14-06-2019", "14 Juni 2019"])
def test_dates_in_the_four_formats(db, tmp_path, text):
    rows = good_rows()[:1]
    rows[0][10] = text
    report = import_roster(db, write_csv(tmp_path / "t.csv", HEADER, rows))
    assert report.problems == []
    assert officials(db)[BUDI].appointments[0].start_date == date(2019, 6, 14)


@pytest.mark.parametrize("text", ["IV/c", "Pembina Utama Muda (IV/c)", "iv-c",
                                  "Pembina Utama Muda"])
def test_rank_as_code_or_name(db, tmp_path, text):
    rows = good_rows()[:1]
    rows[0][4] = text
    report = import_roster(db, write_csv(tmp_path / "t.csv", HEADER, rows))
    assert report.problems == []
    assert officials(db)[BUDI].rank == "IV/c"


def test_headers_in_any_case_and_order(db, tmp_path):
    header = ["Unit Kerja", "TANGGAL PELANTIKAN", "Nama", "NIP", "Jabatan", "pangkat-golongan",
              " Eselon ", "Jenis Pengisian"]
    rows = [[PARIWISATA, "14 Juni 2019", "Budi Santoso", BUDI, f"Kepala {PARIWISATA}", "IV/c",
             "II.b", "Rotasi"]]
    report = import_roster(db, write_csv(tmp_path / "acak.csv", header, rows))
    assert report.problems == []
    (post,) = officials(db)[BUDI].appointments
    assert (post.unit_name, post.start_date, post.eselon, post.filling) == (
        PARIWISATA, date(2019, 6, 14), "II.b", "rotasi")
    assert officials(db)[BUDI].rank == "IV/c"


def test_only_required_columns(db, tmp_path):
    path = write_csv(tmp_path / "min.csv", ["nip", "nama", "jabatan", "unit_kerja"],
                     [[BUDI, "Budi", "Camat Petir", "Kecamatan Petir"]])
    report = import_roster(db, path)
    assert report.problems == [] and report.new == 1
    assert RosterService(db).units()[0].kind == "kecamatan"


def test_unknown_column_only_warns(db, tmp_path):
    header = HEADER + ["Keterangan"]
    rows = [r + ["catatan"] for r in good_rows()]
    report = import_roster(db, write_csv(tmp_path / "extra.csv", header, rows))
    assert problems_of(report) == [(1, "Keterangan", "warning")]
    assert "tidak dikenal dan diabaikan" in report.problems[0].message
    assert report.applied and report.new == 2


def test_good_xlsx(db, tmp_path):
    rows = good_rows()
    rows[0][10] = datetime(2019, 6, 14)  # a real date cell
    rows[1][10] = "14 Juni 2019"
    rows[1][0] = "19851231.201001.2.003"
    path = write_xlsx(tmp_path / "pejabat.xlsx", HEADER, rows)
    report = import_roster(db, path)
    assert report.problems == []
    assert (report.new, report.applied) == (2, True)
    people = officials(db)
    assert people[BUDI].appointments[0].start_date == date(2019, 6, 14)
    assert people[SITI].appointments[0].start_date == date(2019, 6, 14)


@pytest.mark.parametrize("number", [float(SITI), int(SITI)], ids=["float", "int"])
def test_xlsx_nip_stored_as_a_number_refused(db, tmp_path, number):
    rows = good_rows()
    rows[1][0] = number  # an unformatted NIP cell: a double, 15 significant digits
    path = write_xlsx(tmp_path / "float.xlsx", HEADER, rows)
    before = dump_database(db)
    report = import_roster(db, path)
    assert not report.ok and not report.applied
    assert problems_of(report) == [(3, "nip", "error")]
    message = report.problems[0].describe()
    assert message.startswith("Baris 3, kolom nip: ") and "Excel" in message
    assert "Teks" in message
    assert dump_database(db) == before


@pytest.mark.parametrize("text", ["1.97001E+17", "1,97001E+17", "1.970010119900E+17"])
def test_csv_nip_in_scientific_notation_refused(db, tmp_path, text):
    rows = good_rows()[:1]
    rows[0][0] = text
    report = import_roster(db, write_csv(tmp_path / "sci.csv", HEADER, rows, delimiter=";"))
    assert problems_of(report) == [(2, "nip", "error")]
    assert "Excel" in report.problems[0].message


@pytest.mark.parametrize("text", ["1.96608011988031E+17", "1,96608E+17", "1.97E17",
                                  "196608011988031001.0", "196608011988031000,00",
                                  "'1.96608011988031E+17"])
def test_csv_nip_as_an_excel_number_refused_with_its_row(db, tmp_path, text):
    # Issue 16: 1.96608011988031E+17 must not become NIP 196608011988031008 (serial 008).
    rows = good_rows()
    rows[1][0] = text
    before = dump_database(db)
    report = import_roster(db, write_csv(tmp_path / "sci.csv", HEADER, rows, delimiter=";"))
    assert not report.ok and not report.applied
    assert problems_of(report) == [(3, "nip", "error")]
    assert report.problems[0].describe() == (
        f"Baris 3, kolom nip: NIP '{text}' tersimpan sebagai angka oleh Excel sehingga digit "
        f"terakhirnya hilang; format kolom NIP sebagai Teks lalu ketik ulang.")
    assert dump_database(db) == before


@pytest.mark.parametrize("text", ["1.96608011988031E+17", "196608011988031001.0"])
def test_xlsx_text_cell_with_an_excel_number_refused(db, tmp_path, text):
    rows = good_rows()
    rows[0][0] = text
    report = import_roster(db, write_xlsx(tmp_path / "sci.xlsx", HEADER, rows))
    assert problems_of(report) == [(2, "nip", "error")]
    assert "tersimpan sebagai angka oleh Excel" in report.problems[0].message


@pytest.mark.parametrize("text", ["19660801 198803 1 001", "19660801.198803.1.001",
                                  "'196608011988031001"])
def test_csv_nip_grouped_dotted_or_as_text_accepted(db, tmp_path, text):
    rows = good_rows()[:1]
    rows[0][0] = text
    report = import_roster(db, write_csv(tmp_path / "teks.csv", HEADER, rows, delimiter=";"))
    assert report.problems == [] and report.applied
    assert list(officials(db)) == ["196608011988031001"]


def test_blank_lines_are_skipped_but_counted(db, tmp_path):
    rows = good_rows()
    rows.insert(1, [""] * len(HEADER))
    rows[2][0] = "123"  # the spreadsheet shows it on row 4
    report = import_roster(db, write_csv(tmp_path / "kosong.csv", HEADER, rows))
    assert report.rows == 2
    assert problems_of(report) == [(4, "nip", "error")]


# Bad files ----------------------------------------------------------------------------------

@pytest.mark.parametrize("content", [b"", b"   \r\n  \n", b"\xef\xbb\xbf"])
def test_empty_csv_refused(db, tmp_path, content):
    path = tmp_path / "kosong.csv"
    path.write_bytes(content)
    with pytest.raises(InputFileError) as caught:
        import_roster(db, path)
    message = str(caught.value)
    assert "kosong" in message or "judul kolom" in message


def test_empty_xlsx_refused(db, tmp_path):
    with pytest.raises(InputFileError) as caught:
        import_roster(db, write_xlsx(tmp_path / "kosong.xlsx", [], []))
    assert "kosong" in str(caught.value) or "judul kolom" in str(caught.value)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_header_only_refused(db, tmp_path, suffix):
    path = tmp_path / f"judul{suffix}"
    if suffix == ".csv":
        write_csv(path, HEADER, [])
    else:
        write_xlsx(path, HEADER, [])
    before = dump_database(db)
    report = import_roster(db, path)
    assert not report.ok and not report.applied
    assert [(p.row, p.severity) for p in report.problems] == [(None, "error")]
    assert "tidak berisi data pejabat" in report.problems[0].describe()
    assert dump_database(db) == before


def test_missing_required_columns(db, tmp_path):
    path = write_csv(tmp_path / "kurang.csv", ["NIP", "Nama", "Eselon"],
                     [[BUDI, "Budi", "II.b"]])
    before = dump_database(db)
    report = import_roster(db, path)
    assert not report.ok and report.rows == 0
    (problem,) = report.problems
    assert (problem.row, problem.field) == (1, "jabatan, unit_kerja")
    assert problem.describe() == ("Baris 1, kolom jabatan, unit_kerja: "
                                  "Kolom wajib tidak ada: jabatan, unit_kerja.")
    assert dump_database(db) == before


def test_duplicate_column_refused(db, tmp_path):
    header = HEADER + ["NIP"]
    rows = [r + [r[0]] for r in good_rows()]
    report = import_roster(db, write_csv(tmp_path / "dobel.csv", header, rows))
    assert problems_of(report) == [(1, "nip", "error")]
    assert "muncul dua kali" in report.problems[0].message


def test_every_problem_reported_with_row_and_column(demo_db, tmp_path):
    rows = good_rows() + [
        row("12345", "Salah Satu", "Kepala Bidang", "Dinas A"),
        row(SITI[:-3] + "000", "Salah Dua", "Kepala Bidang",
            "Dinas A", tanggal_pelantikan="31/02/2019", eselon="II.z"),
        row("197013011990031002", "", "", "Dinas A", pangkat_golongan="V/z",
            jenis_pengisian="penunjukan"),
    ]
    rows[1][0] = "19851231 201001 2 00X"
    path = write_csv(tmp_path / "salah.csv", HEADER, rows, delimiter=";")
    before = dump_database(demo_db)
    report = import_roster(demo_db, path)
    assert not report.ok and not report.applied
    assert report.rows == 5
    assert sorted(problems_of(report)) == sorted([
        (3, "nip", "error"),
        (4, "nip", "error"),
        (5, "nip", "error"), (5, "eselon", "error"), (5, "tanggal_pelantikan", "error"),
        (6, "nip", "error"), (6, "nama", "error"), (6, "jabatan", "error"),
        (6, "pangkat_golongan", "error"), (6, "jenis_pengisian", "error"),
    ])
    lines = [p.describe() for p in report.errors]
    assert "Baris 4, kolom nip: NIP harus 18 angka, tertulis 5 angka." in lines
    assert any(line.startswith("Baris 5, kolom tanggal_pelantikan: Tanggal '31/02/2019'")
               for line in lines)
    assert all("\n" not in line for line in lines)
    assert dump_database(demo_db) == before
    assert "; tidak ada yang ditulis." in report.summary()


def test_duplicate_nip_in_file(db, tmp_path):
    rows = good_rows() + [row("19700101.199003.1.002", "Budi Lagi", "Camat Petir",
                              "Kecamatan Petir")]
    before = dump_database(db)
    report = import_roster(db, write_csv(tmp_path / "dobel.csv", HEADER, rows))
    assert problems_of(report) == [(4, "nip", "error")]
    assert report.problems[0].message == f"NIP {BUDI} sudah ada di baris 2."
    assert dump_database(db) == before


@pytest.mark.parametrize("name, content, fragment", [
    ("pejabat.txt", b"nip,nama\n", "tidak didukung"),
    ("pejabat", b"nip,nama\n", "tidak didukung"),
    ("rusak.xlsx", b"PK\x03\x04 bukan zip yang utuh", "bukan berkas Excel"),
    ("csv-sebagai.xlsx", b"nip,nama,jabatan,unit_kerja\n", "bukan berkas Excel"),
])
def test_unreadable_files(db, tmp_path, name, content, fragment):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputFileError) as caught:
        plan_import(db, path)
    assert fragment in str(caught.value)


def test_missing_file(db, tmp_path):
    with pytest.raises(InputFileError) as caught:
        import_roster(db, tmp_path / "tidak-ada.csv")
    assert "tidak ditemukan" in str(caught.value)


# Dry run and upsert -------------------------------------------------------------------------

def test_dry_run_writes_nothing(demo_db, tmp_path):
    path = write_csv(tmp_path / "uji.csv", HEADER, good_rows())
    before = dump_database(demo_db)
    report = import_roster(demo_db, path, dry_run=True)
    assert report.ok and not report.applied
    assert (report.new, report.updated, report.unchanged) == (2, 0, 0)
    assert report.units_created == [PARIWISATA]
    assert report.summary().endswith("tidak ada yang ditulis. Unit kerja baru: "
                                     f"{PARIWISATA}.")
    assert dump_database(demo_db) == before


def test_upsert_counts(demo_db, tmp_path):
    records = {r["nip"]: r for r in roster_records(demo_db)}
    anas = dict(records[ANAS])  # unchanged
    ajat = dict(records["196805041990021003"], pangkat_golongan="IV/c",
                gelar_depan="Drs.")  # changed
    rows = [[anas[c] or "" for c in COLUMNS], [ajat[c] or "" for c in COLUMNS]] + good_rows()
    rows[0][10] = rows[1][10] = "2019-06-14"
    path = write_csv(tmp_path / "upsert.csv", HEADER, rows)
    checked = plan_import(demo_db, path)
    assert [p.action for p in checked.plans] == ["tetap", "diubah", "baru", "baru"]
    report = import_roster(demo_db, path)
    assert report.problems == []
    assert (report.rows, report.new, report.updated, report.unchanged) == (4, 2, 1, 1)
    roster = RosterService(demo_db)
    ajat_now = roster.get(roster.id_by_nip("196805041990021003"))
    assert (ajat_now.rank, ajat_now.front_title) == ("IV/c", "Drs.")
    assert len(ajat_now.current_appointments()) == 1  # same post: updated, not duplicated
    assert roster.count() == 9
    again = import_roster(demo_db, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 4)


def test_reimporting_an_export_changes_nothing(demo_db, tmp_path):
    roster = RosterService(demo_db)
    # A post whose previous post comes from the history, not from the record.
    roster.create(OfficialInput(BUDI, "Budi"), [
        AppointmentInput("Camat Petir", "Kecamatan Petir", "III.a", start_date=date(2016, 1, 4),
                         end_date=date(2019, 6, 13)),
        AppointmentInput(f"Kepala {PARIWISATA}", PARIWISATA, "II.b", "promosi",
                         start_date=date(2019, 6, 14))])
    for suffix in (".csv", ".xlsx"):
        path = tmp_path / f"ekspor{suffix}"
        export_roster(demo_db, path)
        before = dump_database(demo_db)
        report = import_roster(demo_db, path)
        assert report.problems == []
        assert (report.new, report.updated, report.unchanged) == (0, 0, 8)
        assert dump_database(demo_db) == before


def test_blank_cells_never_erase(demo_db, tmp_path):
    roster = RosterService(demo_db)
    abdullah = roster.get(roster.id_by_nip("196611201989031007"))
    path = write_csv(tmp_path / "sebagian.csv", ["nip", "nama", "jabatan", "unit_kerja",
                                                 "pangkat_golongan", "eselon"],
                     [["196611201989031007", "Abdullah", abdullah.main_appointment().post_title,
                       abdullah.main_appointment().unit_name, "", ""]])
    report = import_roster(demo_db, path)
    assert (report.updated, report.unchanged) == (0, 1)
    after = roster.get(abdullah.id)
    assert after.rank == "IV/c" and after.main_appointment().eselon == "II.b"
    assert after.main_appointment().filling == "rotasi"


def test_a_new_post_ends_the_old_one(demo_db, tmp_path):
    path = write_csv(tmp_path / "pindah.csv", HEADER, [
        row(ANAS, "Anas Dwisatya", "Asisten Daerah III", "Sekretariat Daerah", eselon="II.b",
            jenis_pengisian="Mutasi", tanggal_pelantikan="1 Oktober 2019")])
    report = import_roster(demo_db, path)
    assert (report.updated, report.units_created) == (1, [])
    roster = RosterService(demo_db)
    anas = roster.get(roster.id_by_nip(ANAS))
    (current,) = anas.current_appointments()
    assert (current.post_title, current.start_date, current.filling) == (
        "Asisten Daerah III", date(2019, 10, 1), "mutasi")
    kominfo = [a for a in anas.appointments if a.start_date == date(2019, 6, 14)]
    assert [a.end_date for a in kominfo] == [date(2019, 9, 30)]
    assert roster.rows([anas.id])[anas.id].post == "Asisten Daerah III"


def test_new_post_on_an_inauguration_day_is_linked_to_it(demo_db, tmp_path):
    path = write_csv(tmp_path / "lantik.csv", HEADER, good_rows()[:1])
    import_roster(demo_db, path)
    roster = RosterService(demo_db)
    (post,) = roster.get(roster.id_by_nip(BUDI)).appointments
    assert post.inauguration_id is not None


def test_a_unit_that_does_not_exist_is_created(demo_db, tmp_path):
    rows = [row(BUDI, "Budi", "Kepala Badan Pendapatan Daerah", "Badan Pendapatan Daerah"),
            row(SITI, "Siti", "Sekretaris", "dinas kependudukan dan catatan sipil")]
    report = import_roster(demo_db, write_csv(tmp_path / "unit.csv", HEADER, rows))
    assert report.units_created == ["Badan Pendapatan Daerah"]  # the other exists (any case)
    units = {u.name: u.kind for u in RosterService(demo_db).units()}
    assert units["Badan Pendapatan Daerah"] == "badan"
    assert "dinas kependudukan dan catatan sipil" not in units
    assert len(units) == 10


def test_archived_column(db, tmp_path):
    header = HEADER + ["aktif"]
    rows = [good_rows()[0] + ["tidak"], good_rows()[1] + ["ya"]]
    report = import_roster(db, write_csv(tmp_path / "arsip.csv", header, rows))
    assert report.problems == []
    people = officials(db)
    assert people[BUDI].active is False and people[SITI].active is True
    bad = import_roster(db, write_csv(tmp_path / "x.csv", header, [good_rows()[0] + ["mungkin"]]))
    assert problems_of(bad) == [(2, "aktif", "error")]


# apply_import ------------------------------------------------------------------------------

def test_apply_refuses_a_report_with_errors(db, tmp_path):
    rows = good_rows()
    rows[0][0] = "1"
    report = plan_import(db, write_csv(tmp_path / "x.csv", HEADER, rows))
    with pytest.raises(ValidationError) as caught:
        apply_import(db, report)
    assert [(p.row, p.field) for p in caught.value.problems] == [(2, "nip")]
    assert RosterService(db).count() == 0


def test_cancelled_import_writes_nothing(db, tmp_path):
    rows = [row(f"1975050520000110{n:02d}", f"Pegawai {n}", "Staf", "Dinas A")
            for n in range(1, 6)]
    report = plan_import(db, write_csv(tmp_path / "batal.csv", HEADER, rows))
    assert report.ok and report.new == 5
    before = dump_database(db)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(ImportCancelled) as caught:
        apply_import(db, report, cancelled=cancelled)
    assert "tidak ada data yang diubah" in str(caught.value)
    assert dump_database(db) == before


def test_progress_is_reported(db, tmp_path):
    rows = [row(f"1975050520000110{n:02d}", f"Pegawai {n}", "Staf", "Dinas A")
            for n in range(1, 6)]
    seen = []
    report = import_roster(db, write_csv(tmp_path / "p.csv", HEADER, rows),
                           progress=lambda done, total: seen.append((done, total)))
    assert report.applied and seen == [(5, 5)]


# Export ------------------------------------------------------------------------------------------

def test_records_have_the_import_columns(demo_db):
    records = list(roster_records(demo_db))
    assert len(records) == 7
    assert all(list(r) == list(COLUMNS) + ["nama_lengkap"] for r in records)
    anas = next(r for r in records if r["nip"] == ANAS)
    assert anas["tanggal_pelantikan"] == date(2019, 6, 14)
    assert anas["jenis_pengisian"] == "Seleksi Terbuka"
    assert anas["jabatan_sebelumnya"].startswith("Sekretaris Dinas Komunikasi")


def test_archived_officials_exported_only_when_asked(demo_db, tmp_path):
    roster = RosterService(demo_db)
    roster.set_active(roster.id_by_nip(ANAS), False)
    assert ANAS not in {r["nip"] for r in roster_records(demo_db)}
    everyone = list(roster_records(demo_db, include_archived=True))
    assert {r["nip"]: r["aktif"] for r in everyone}[ANAS] is False
    assert export_roster(demo_db, tmp_path / "semua.csv", include_archived=True) == 7
    table = read_table(tmp_path / "semua.csv")
    assert table.header == list(COLUMNS) + ["aktif"]
    assert sorted(r[1][-1] for r in table.rows) == ["tidak"] + ["ya"] * 6


def test_exported_csv_is_what_indonesian_excel_expects(demo_db, tmp_path):
    path = tmp_path / "ekspor.csv"
    assert export_roster(demo_db, path) == 7
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + b";".join(c.encode() for c in COLUMNS) + b"\r\n")
    assert f"{ANAS};Anas Dwisatya;".encode() in data
    assert b"2019-06-14" in data
    assert not (tmp_path / "ekspor.csv.tmp").exists()


def test_exported_xlsx_keeps_nip_as_text(demo_db, tmp_path):
    path = tmp_path / "ekspor.xlsx"
    export_roster(demo_db, path)
    rows = read_xlsx(path)
    assert rows[0] == list(COLUMNS)
    assert all(isinstance(r[0], str) and len(r[0]) == 18 for r in rows[1:])
    book = load_workbook(path)
    assert book.active["A2"].number_format == "@"
    assert book.active["K2"].number_format == "yyyy-mm-dd"


def test_export_to_an_unwritable_place(demo_db, tmp_path):
    with pytest.raises(InputFileError):
        export_roster(demo_db, tmp_path / "tidak" / "ada" / "ekspor.csv")
    with pytest.raises(InputFileError):
        export_roster(demo_db, tmp_path / "ekspor.ods")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_import_export_round_trip(demo_db, tmp_path, suffix):
    first = tmp_path / f"pertama{suffix}"
    export_roster(demo_db, first)
    fresh = open_database(tmp_path / "baru.db")
    try:
        report = import_roster(fresh, first)
        assert report.problems == [] and report.new == 7
        second = tmp_path / f"kedua{suffix}"
        export_roster(fresh, second)
        assert list(roster_records(fresh)) == list(roster_records(demo_db))
    finally:
        fresh.close()
    if suffix == ".csv":
        assert second.read_bytes() == first.read_bytes()
    else:
        assert read_xlsx(second) == read_xlsx(first)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_with_an_official_without_a_post(demo_db, tmp_path, suffix):
    # Created without a post (or every post ended): the export has blank jabatan/unit_kerja.
    RosterService(demo_db).create(OfficialInput(BUDI, "Budi Tanpa Jabatan", rank="III/d"))
    first = tmp_path / f"pertama{suffix}"
    export_roster(demo_db, first)
    fresh = open_database(tmp_path / "baru.db")
    try:
        report = import_roster(fresh, first)
        assert report.problems == [] and report.new == 8
        assert list(roster_records(fresh)) == list(roster_records(demo_db))
        budi = RosterService(fresh).get(RosterService(fresh).id_by_nip(BUDI))
        assert (budi.name, budi.rank, budi.appointments) == ("Budi Tanpa Jabatan", "III/d", [])
        again = import_roster(fresh, first)
        assert (again.new, again.updated, again.unchanged) == (0, 0, 8)
    finally:
        fresh.close()


def test_blank_post_keeps_the_posts_of_an_existing_official(demo_db, tmp_path):
    path = write_csv(tmp_path / "tanpa-jabatan.csv", HEADER, [
        row(ANAS, "Anas Dwisatya", "", "", gelar_depan="Ir.")])
    report = import_roster(demo_db, path)
    assert report.problems == [] and report.updated == 1
    roster = RosterService(demo_db)
    anas = roster.get(roster.id_by_nip(ANAS))
    assert anas.front_title == "Ir."
    assert [a.post_title for a in anas.current_appointments()] == [
        "Kepala Dinas Komunikasi Informatika Persandian dan Statistik"]


def test_half_a_post_is_still_refused(db, tmp_path):
    rows = [row(BUDI, "Budi", "Kepala Dinas", ""), row(SITI, "Siti", "", "Dinas Sosial"),
            row("198001012005011003", "Citra", "", "", eselon="II.b")]
    report = import_roster(db, write_csv(tmp_path / "separuh.csv", HEADER, rows))
    assert problems_of(report) == [(2, "unit_kerja", "error"), (3, "jabatan", "error"),
                                   (4, "jabatan", "error"), (4, "unit_kerja", "error")]


def test_unit_given_by_its_short_name_is_the_existing_unit(tmp_path, demo_db):
    """Staff write "Disdukcapil" for Dinas Kependudukan dan Catatan Sipil: no new unit, and
    Abdullah's row with it is his current post, not a move."""
    from kinerja_desktop.services import roster_io
    from kinerja_desktop.storage import official_repo
    source = tmp_path / "pendek.csv"
    source.write_text("nip;nama;jabatan;unit_kerja;eselon\n"
                      "196611201989031007;Abdullah;Kepala Dinas Kependudukan dan Catatan Sipil;"
                      "disdukcapil;II.b\n"
                      "198002142005012003;Siti Rahmawati;Kepala Bidang Pelayanan;Disdukcapil;"
                      "III.b\n", encoding="utf-8")
    units_before = len(official_repo.list_units(demo_db))
    report = roster_io.import_roster(demo_db, source)
    assert report.ok, report.problems
    assert report.units_created == []
    assert (report.new, report.updated, report.unchanged) == (1, 0, 1)
    assert len(official_repo.list_units(demo_db)) == units_before
    siti = RosterService(demo_db).get(RosterService(demo_db).id_by_nip("198002142005012003"))
    assert siti.appointments[0].unit_name == "Dinas Kependudukan dan Catatan Sipil"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_cancelled_export_leaves_no_file(tmp_path, db, suffix):
    from kinerja_desktop.errors import OperationCancelled
    from kinerja_desktop.services.roster_io import export_roster
    from tests.helpers.nips import many_nips
    roster = RosterService(db)
    for number, nip in enumerate(many_nips(600)):
        roster.create(OfficialInput(nip, f"Pegawai {number}"),
                      [AppointmentInput("Staf", "Dinas Sosial")])
    folder = tmp_path / "usb"
    folder.mkdir()
    target = folder / f"daftar{suffix}"
    seen: list[tuple[int, int]] = []
    export_roster(db, target, progress=lambda d, t: seen.append((d, t)), cancelled=lambda: False)
    assert seen == [(500, 600), (600, 600)]
    target.unlink()
    with pytest.raises(OperationCancelled, match="dibatalkan"):
        export_roster(db, target, cancelled=lambda: True)  # asked at row 500
    assert list(folder.iterdir()) == []
