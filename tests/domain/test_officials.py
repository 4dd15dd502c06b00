"""Officials, appointments and inaugurations as plain data: validation and derived facts."""

from __future__ import annotations

import errno
from datetime import date

import pytest

from kinerja_desktop.domain.officials import (AppointmentInput, AppointmentRecord,
                                              InaugurationInput, InaugurationItem,
                                              OfficialInput, OfficialRecord, clean, full_name,
                                              main_post_key, post_display, raise_if_errors,
                                              validate_appointment, validate_inauguration,
                                              validate_official)
from kinerja_desktop.errors import Problem, ValidationError, os_reason

NIP = "197001011990031002"
DAY = date(2019, 6, 14)


def fields(problems: list[Problem], severity: str = "error") -> list[str]:
    return [p.field for p in problems if p.severity == severity]


# Names ------------------------------------------------------------------------------------

@pytest.mark.parametrize("parts, expected", [
    (("Abdullah", "Dr. H.", "M.Si"), "Dr. H. Abdullah, M.Si"),
    (("Abdullah", "", "M.Si"), "Abdullah, M.Si"),
    (("Abdullah", "Dr.", ""), "Dr. Abdullah"),
    (("Abdullah", "", ""), "Abdullah"),
    ((" Abdullah ", "  Dr. ", "  M.Si "), "Dr. Abdullah, M.Si"),
    (("Anas Dwisatya", "", "S.Kom., M.Si"), "Anas Dwisatya, S.Kom., M.Si"),
])
def test_full_name(parts, expected):
    assert full_name(*parts) == expected


def test_clean_collapses_whitespace():
    assert clean("  Kepala \n Dinas\tKominfo ") == "Kepala Dinas Kominfo"
    assert clean(None) == ""
    assert clean(12) == "12"


# Officials --------------------------------------------------------------------------------

def test_valid_official_has_no_problems():
    assert validate_official(OfficialInput(NIP, "Anas Dwisatya", "Drs.", "M.Si", "IV/b")) == []


def test_every_problem_of_an_official_is_reported_at_once():
    problems = validate_official(OfficialInput("123", "", "x" * 61, "y" * 61, "IV/z"))
    assert fields(problems) == ["nip", "nama", "gelar_depan", "gelar_belakang",
                                "pangkat_golongan"]
    messages = " | ".join(p.message for p in problems)
    assert "18 angka" in messages and "Nama wajib diisi." in messages
    assert "Golongan 'IV/z' tidak dikenal." in messages
    assert "maksimal 60 huruf" in messages


def test_name_must_hold_letters_and_fit():
    assert fields(validate_official(OfficialInput(NIP, "12345"))) == ["nama"]
    assert fields(validate_official(OfficialInput(NIP, "   "))) == ["nama"]
    too_long = validate_official(OfficialInput(NIP, "A" * 201))
    assert [p.message for p in too_long] == ["Nama terlalu panjang (maksimal 200 huruf)."]
    assert validate_official(OfficialInput(NIP, "A" * 200)) == []


def test_nip_warning_passes_through_as_warning():
    problems = validate_official(OfficialInput("197203151990021004", "Muda Sekali"))
    assert fields(problems, "warning") == ["nip"] and fields(problems) == []


# Appointments -----------------------------------------------------------------------------

def test_valid_appointment():
    data = AppointmentInput("Kepala Dinas", "Dinas Kominfo", "II.b", "seleksi_terbuka",
                            "821/Kep.1-BKPSDM/2019", date(2019, 6, 13), DAY)
    assert validate_appointment(data, "IV/b") == []


def test_appointment_problems():
    data = AppointmentInput("", "  ", "II.c", "penunjukan", start_date=DAY,
                            end_date=date(2019, 6, 13))
    problems = validate_appointment(data)
    assert fields(problems) == ["jabatan", "unit_kerja", "eselon", "jenis_pengisian",
                                "tanggal_selesai"]


def test_appointment_may_end_on_its_first_day():
    assert validate_appointment(AppointmentInput("Plh. Kepala", "Dinas", start_date=DAY,
                                                 end_date=DAY)) == []


def test_decree_after_start_only_warns():
    data = AppointmentInput("Kepala Dinas", "Dinas Kominfo", decree_date=date(2019, 6, 20),
                            start_date=DAY)
    problems = validate_appointment(data)
    assert fields(problems) == [] and fields(problems, "warning") == ["tanggal_sk"]


def test_rank_outside_range_is_a_warning_of_the_appointment():
    problems = validate_appointment(AppointmentInput("Kepala Dinas", "Dinas", "II.b"), "IV/a")
    assert fields(problems) == [] and fields(problems, "warning") == ["pangkat_golongan"]
    assert validate_appointment(AppointmentInput("Kepala Dinas", "Dinas", "II.b"), "IV/b") == []


def test_long_post_title_refused():
    problems = validate_appointment(AppointmentInput("K" * 201, "Dinas"))
    assert [p.message for p in problems] == ["Jabatan terlalu panjang (maksimal 200 huruf)."]


# Inaugurations ----------------------------------------------------------------------------

def item(official_id: int, **kw) -> InaugurationItem:
    values = dict(post_title="Kepala Dinas", unit_name="Dinas Kominfo", eselon="II.b",
                  filling="seleksi_terbuka")
    values.update(kw)
    return InaugurationItem(official_id, **values)


def test_valid_inauguration():
    data = InaugurationInput(DAY, "Pendopo Bupati Serang", items=[item(1), item(2)])
    assert validate_inauguration(data) == []


def test_inauguration_needs_place_and_items():
    problems = validate_inauguration(InaugurationInput(DAY, "  "))
    assert fields(problems) == ["tempat", "pejabat"]


def test_inauguration_problems_carry_the_item_row():
    data = InaugurationInput(DAY, "Pendopo", items=[
        item(1), item(2, post_title=""), item(1), item(3, eselon="II.x")])
    problems = validate_inauguration(data)
    assert [(p.field, p.row) for p in problems] == [
        ("jabatan", 2), ("pejabat", 3), ("eselon", 4)]
    assert "baris 3 sudah ada di baris sebelumnya" in problems[1].message


def test_inauguration_decree_after_the_day_warns_with_row():
    data = InaugurationInput(DAY, "Pendopo", items=[item(1, decree_date=date(2019, 6, 20))])
    (problem,) = validate_inauguration(data)
    assert (problem.field, problem.severity, problem.row) == ("tanggal_sk", "warning", 1)


def test_raise_if_errors():
    warning = Problem("x", "periksa", "warning")
    assert raise_if_errors([warning]) == [warning]
    assert raise_if_errors([]) == []
    error = Problem("nip", "salah")
    with pytest.raises(ValidationError) as caught:
        raise_if_errors([warning, error])
    assert caught.value.problems == (warning, error)
    assert str(caught.value) == "nip: salah"


# Problems as the user reads them ------------------------------------------------------------

def test_problem_describe():
    assert Problem("nip", "NIP salah.", row=3).describe() == "Baris 3, kolom nip: NIP salah."
    assert Problem("nip", "NIP salah.").describe() == "nip: NIP salah."
    assert Problem("", "Berkas kosong.").describe() == "Berkas kosong."
    assert (Problem("eselon", "Cek.", "warning", 2).describe()
            == "Baris 2, kolom eselon: Peringatan: Cek.")
    assert Problem("", "Cek.", "warning").describe() == "Peringatan: Cek."


def test_problem_describe_is_one_line():
    # A spreadsheet cell may hold a line break (Alt+Enter); a report line must stay one line.
    problem = Problem("nama", "Nama 'Anas\nDwisatya' salah.\r\n", row=5)
    assert "\n" not in problem.describe() and "\r" not in problem.describe()
    assert problem.describe() == "Baris 5, kolom nama: Nama 'Anas Dwisatya' salah."


def test_validation_error_message_joins_errors_only():
    exc = ValidationError([Problem("a", "satu"), Problem("b", "dua", "warning"),
                           Problem("c", "tiga", row=4)])
    assert str(exc) == "a: satu; Baris 4, kolom c: tiga"
    assert str(ValidationError([])) == "Data tidak valid."
    single = ValidationError.single("nip", "salah", row=7)
    assert single.problems == (Problem("nip", "salah", "error", 7),)


@pytest.mark.parametrize("number, fragment", [
    (errno.ENOENT, "tidak ada"), (errno.EACCES, "Excel"), (errno.ENOSPC, "penuh"),
    (errno.EROFS, "hanya-baca"), (9999, "kesalahan sistem nomor 9999"),
])
def test_os_errors_explained_in_indonesian(number, fragment):
    assert fragment in os_reason(OSError(number, "English text from the system"))
    assert "English" not in os_reason(OSError(number, "English text from the system"))


def test_an_os_error_without_a_number_is_not_explained_as_number_none():
    assert os_reason(OSError("English text from Python")) == "kesalahan sistem yang tidak dikenal"
    assert os_reason(TimeoutError()) == "kesalahan sistem yang tidak dikenal"


def test_access_denied_on_a_folder_is_the_choice_of_a_folder(tmp_path):
    """Windows answers EACCES where Linux says EISDIR: opening a folder as a file, or
    replacing a folder by a file (the folder is the rename's second name)."""
    folder = tmp_path / "laporan.pdf"
    folder.mkdir()
    opened = PermissionError(errno.EACCES, "Permission denied", str(folder))
    replaced = PermissionError(errno.EACCES, "Access is denied", str(tmp_path / "x.tmp"),
                               None, str(folder))
    assert os_reason(opened) == os_reason(replaced) == "yang dipilih adalah folder"
    locked = PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "buka.xlsx"))
    assert "Excel" in os_reason(locked)  # a file: still a lock or a permission


def test_a_path_too_long_for_windows_is_named_so(tmp_path, monkeypatch):
    import sys
    deep = "C:\\" + "\\".join(["Folder Data Sekretariat Daerah"] * 9) + "\\kinerja.db"
    error = FileNotFoundError(errno.ENOENT, "The system cannot find the path specified", deep)
    monkeypatch.setattr(sys, "platform", "win32")
    reason = os_reason(error)
    assert reason.startswith("jalurnya terlalu panjang (") and "260" in reason
    short = FileNotFoundError(errno.ENOENT, "The system cannot find the file specified",
                              "C:\\Data\\kinerja.db")
    assert os_reason(short) == "folder atau berkas tidak ada"
    monkeypatch.setattr(sys, "platform", "linux")  # Linux allows 4096: a long path is no cause
    assert os_reason(error) == "folder atau berkas tidak ada"


# Posts held at once ---------------------------------------------------------------------------

def test_post_display_prefixes_acting_posts():
    assert post_display("Kepala Dinas", "plt") == "Plt. Kepala Dinas"
    assert post_display("Kepala Dinas", "plh") == "Plh. Kepala Dinas"
    assert post_display("Bupati", "pj") == "Pj. Bupati"
    assert post_display("Kepala Dinas", "rotasi") == "Kepala Dinas"
    assert post_display("Kepala Dinas", None) == "Kepala Dinas"


def appointment(id_: int, filling=None, eselon=None, start=None, end=None,
                title="Jabatan") -> AppointmentRecord:
    return AppointmentRecord(id_, 1, title, 1, "Dinas", eselon, filling, "", None, start, end,
                             "", None)


def official(*appointments: AppointmentRecord) -> OfficialRecord:
    return OfficialRecord(1, "u", NIP, "Jajang KH", "", "", "IV/a", "L", date(1970, 1, 1), True,
                          list(appointments))


def test_main_post_definitive_before_acting():
    sekretaris = appointment(1, None, "III.a", title="Sekretaris")
    plt = appointment(2, "plt", "II.b", title="Kepala")
    assert official(plt, sekretaris).main_appointment() is sekretaris
    assert main_post_key("plt", "II.b", None, 2) > main_post_key(None, "III.a", None, 1)


def test_main_post_higher_eselon_then_most_recent():
    low = appointment(1, "rotasi", "III.a", date(2019, 1, 1))
    high = appointment(2, "rotasi", "II.b", date(2018, 1, 1))
    assert official(low, high).main_appointment() is high
    old = appointment(3, None, "II.b", date(2015, 1, 1))
    new = appointment(4, None, "II.b", date(2019, 1, 1))
    assert official(old, new).main_appointment() is new
    undated_a, undated_b = appointment(5), appointment(6)
    assert official(undated_a, undated_b).main_appointment() is undated_b  # newer record


def test_ended_posts_are_not_current():
    ended = appointment(1, None, "II.a", end=date(2019, 6, 13))
    current = appointment(2, None, "III.b")
    record = official(ended, current)
    assert record.current_appointments() == [current]
    assert record.main_appointment() is current
    assert official(ended).main_appointment() is None
    assert ended.current is False and current.current is True


def test_records_give_back_their_inputs():
    a = AppointmentRecord(1, 1, "Kepala", 3, "Dinas", "II.b", "rotasi", "SK-1", DAY, DAY, None,
                          "Camat Petir", 9)
    assert a.as_input() == AppointmentInput("Kepala", "Dinas", "II.b", "rotasi", "SK-1", DAY,
                                            DAY, None, "Camat Petir")
    o = OfficialRecord(1, "u", NIP, "Abdullah", "Dr. H.", "M.Si", "IV/c", "L", date(1970, 1, 1),
                       False)
    assert o.full_name == "Dr. H. Abdullah, M.Si"
    assert o.as_input() == OfficialInput(NIP, "Abdullah", "Dr. H.", "M.Si", "IV/c", False)
