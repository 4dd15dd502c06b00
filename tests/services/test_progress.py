"""Progress reports with evidence: all-or-nothing saving, reading and writing evidence files."""

from __future__ import annotations

import hashlib
import os
from datetime import date

import pytest

from kinerja_desktop.domain.evidence import MAX_FILE_BYTES, EvidenceFile
from kinerja_desktop.domain.programs import ProgramInput, ProgressInput
from kinerja_desktop.errors import InputFileError, KinerjaError, NotFoundError, ValidationError
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.progress import ProgressService, read_evidence, write_evidence
from tests.helpers.dump import dump_database, table_rows
from tests.helpers.programs import START, appointment, innovation, target

TODAY = date(2019, 7, 20)


@pytest.fixture
def programs(db) -> ProgramService:
    return ProgramService(db)


@pytest.fixture
def service(db) -> ProgressService:
    return ProgressService(db, today=lambda: TODAY)


@pytest.fixture
def program(db, programs) -> int:
    return programs.create_program(appointment(db)[1], ProgramInput("100_hari", START))


@pytest.fixture
def measured(programs, program) -> int:
    return programs.add_target(program, innovation(weight=60, target_value=10.0, unit="desa"))


@pytest.fixture
def done(programs, program) -> int:
    return programs.add_target(program, target("Peluncuran SPBE", 40, measure="selesai",
                                               target_value=None, unit=""))


def pdf(name: str = "laporan.pdf", size: int = 100) -> EvidenceFile:
    return EvidenceFile(name, b"%PDF" + os.urandom(size - 4))


# Adding reports ----------------------------------------------------------------------------------

def test_add_report_with_files(service, programs, program, measured, db):
    files = [pdf("notulen rapat.pdf", 3000), EvidenceFile(r"C:\Foto\kegiatan.JPG", b"\xff\xd8x")]
    report_id = service.add_report(measured, ProgressInput(date(2019, 7, 1), 4.0, " 4 desa "),
                                   files)
    (report,) = service.reports(measured)
    assert (report.id, report.target_id, report.date) == (report_id, measured, date(2019, 7, 1))
    assert (report.data.realised, report.data.note) == (4.0, "4 desa")
    assert [(a.filename, a.size) for a in report.attachments] == [
        ("notulen rapat.pdf", 3000), ("kegiatan.JPG", 3)]
    assert [service.evidence(a.id) for a in report.attachments] == [
        EvidenceFile("notulen rapat.pdf", files[0].content),
        EvidenceFile("kegiatan.JPG", b"\xff\xd8x")]
    assert table_rows(db, "SELECT mime_type FROM attachment ORDER BY id") == [
        ("application/pdf",), ("image/jpeg",)]
    t = programs.target(measured)
    assert (t.latest_realised, t.achievement, t.progress_count) == (4.0, 0.4, 1)
    assert programs.program(program).weighted_progress == pytest.approx(60 * 0.4)


def test_reports_newest_first_and_latest_counts(service, programs, measured):
    service.add_report(measured, ProgressInput(date(2019, 7, 10), 6.0))
    service.add_report(measured, ProgressInput(date(2019, 6, 20), 2.0))  # entered late
    service.add_report(measured, ProgressInput(TODAY, 12.0))
    assert [r.date for r in service.reports(measured)] == [TODAY, date(2019, 7, 10),
                                                           date(2019, 6, 20)]
    t = programs.target(measured)
    assert (t.latest_realised, t.latest_date, t.progress_count) == (12.0, TODAY, 3)
    assert t.achievement == pytest.approx(1.2)  # 12 of 10 desa, capped at 120%


def test_done_or_not_target(service, programs, done):
    with pytest.raises(ValidationError) as caught:
        service.add_report(done, ProgressInput(TODAY, 0.5))
    assert "0 atau 1" in str(caught.value)
    service.add_report(done, ProgressInput(TODAY, 1))
    assert programs.target(done).achievement == 1.0


def test_one_file_too_big_writes_nothing(service, measured, db):
    before = dump_database(db)
    files = [pdf("kecil.pdf"), EvidenceFile("besar.pdf", b"x" * (MAX_FILE_BYTES + 1))]
    with pytest.raises(ValidationError) as caught:
        service.add_report(measured, ProgressInput(TODAY, 3.0, "dengan berkas besar"), files)
    (problem,) = caught.value.problems
    assert "'besar.pdf'" in problem.message and "20,0 MB" in problem.message
    assert dump_database(db) == before


def test_every_problem_of_a_report_at_once_and_nothing_written(service, measured, db):
    before = dump_database(db)
    with pytest.raises(ValidationError) as caught:
        service.add_report(measured, ProgressInput(date(2019, 7, 21), -1.0),
                           [EvidenceFile("film.mp4", b"x"), EvidenceFile("kosong.pdf", b"")])
    assert [p.field for p in caught.value.problems] == ["tanggal", "realisasi", "bukti",
                                                        "bukti"]
    assert "masa depan" in caught.value.problems[0].message
    assert dump_database(db) == before


def test_report_before_the_program_started(service, measured):
    with pytest.raises(ValidationError) as caught:
        service.add_report(measured, ProgressInput(date(2019, 6, 13), 1.0))
    assert "sebelum program dimulai (14 Juni 2019)" in str(caught.value)


def test_exactly_20_mb_is_stored(service, measured, db):
    content = b"%PDF" + b"\x00" * (MAX_FILE_BYTES - 4)
    report_id = service.add_report(measured, ProgressInput(TODAY, 1.0),
                                   [EvidenceFile("pas.pdf", content)])
    (attachment,) = service.reports(measured)[0].attachments
    assert (attachment.progress_id, attachment.size) == (report_id, MAX_FILE_BYTES)
    assert attachment.sha256 == hashlib.sha256(content).hexdigest()
    assert service.evidence(attachment.id).content == content


def test_report_on_an_unknown_target(service):
    with pytest.raises(NotFoundError):
        service.add_report(999, ProgressInput(TODAY, 1.0))


# Files, deleting and undo ------------------------------------------------------------------------

def test_add_files_later(service, measured, db):
    report_id = service.add_report(measured, ProgressInput(TODAY, 1.0))
    ids = service.add_files(report_id, [pdf("a.pdf"), pdf("b.pdf")])
    assert [a.id for a in service.reports(measured)[0].attachments] == ids
    before = dump_database(db)
    with pytest.raises(ValidationError) as caught:
        service.add_files(report_id, [])
    assert "Tidak ada berkas" in str(caught.value)
    with pytest.raises(ValidationError):
        service.add_files(report_id, [pdf("c.pdf"), EvidenceFile("d.exe", b"MZ")])
    assert dump_database(db) == before


def test_delete_report_and_file_with_undo(service, measured, db):
    report_id = service.add_report(measured, ProgressInput(TODAY, 1.0), [pdf("a.pdf"),
                                                                        pdf("b.pdf")])
    first, second = service.reports(measured)[0].attachments
    before = dump_database(db, include_audit=False)
    snapshot = service.delete_file(first.id)
    assert [a.id for a in service.reports(measured)[0].attachments] == [second.id]
    service.restore(snapshot)
    assert dump_database(db, include_audit=False) == before
    snapshot = service.delete_report(report_id)
    assert service.reports(measured) == []
    assert table_rows(db, "SELECT count(*) FROM attachment") == [(0,)]
    service.restore(snapshot)
    assert dump_database(db, include_audit=False) == before


def test_undo_refused_once_evaluated(service, programs, program, measured, done, db):
    report_id = service.add_report(measured, ProgressInput(TODAY, 1.0), [pdf()])
    snapshot = service.delete_report(report_id)
    programs.change_status(program, "disepakati")
    programs.change_status(program, "dievaluasi")
    before = dump_database(db)
    with pytest.raises(KinerjaError) as caught:
        service.restore(snapshot)
    assert "Dievaluasi" in str(caught.value)
    assert dump_database(db) == before


def test_missing_attachment(service):
    with pytest.raises(NotFoundError):
        service.evidence(404)
    with pytest.raises(NotFoundError):
        service.delete_file(404)


# Reading a chosen file ---------------------------------------------------------------------------

def test_read_evidence(tmp_path):
    path = tmp_path / "Laporan Kegiatan.pdf"
    content = b"%PDF-1.4\n" + os.urandom(5000)
    path.write_bytes(content)
    assert read_evidence(path) == EvidenceFile("Laporan Kegiatan.pdf", content)
    assert read_evidence(str(path)).content == content


def test_read_missing_file(tmp_path):
    with pytest.raises(InputFileError) as caught:
        read_evidence(tmp_path / "hilang.pdf")
    assert "'hilang.pdf'" in str(caught.value)
    assert "tidak ada" in str(caught.value)


def test_read_a_too_large_file_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "pindaian.pdf"
    with path.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: quick to make
    monkeypatch.setattr(type(path), "read_bytes", lambda self: pytest.fail("file was read"))
    with pytest.raises(ValidationError) as caught:
        read_evidence(path)
    assert "21,0 MB" in str(caught.value) and "20,0 MB" in str(caught.value)


def test_read_wrong_type_and_empty(tmp_path):
    video = tmp_path / "rekaman.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42")
    with pytest.raises(ValidationError) as caught:
        read_evidence(video)
    assert "tidak dapat dilampirkan" in str(caught.value)
    empty = tmp_path / "kosong.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError) as caught:
        read_evidence(empty)
    assert "kosong" in str(caught.value)


def test_read_a_folder_named_like_a_pdf(tmp_path):
    folder = tmp_path / "arsip.pdf"
    folder.mkdir()
    with pytest.raises(KinerjaError):  # the type check passes, reading says it is a folder
        read_evidence(folder)


# Writing a stored file out -------------------------------------------------------------------

def test_write_evidence_never_overwrites(tmp_path):
    folder = tmp_path / "unduhan"  # created when missing
    first = write_evidence(EvidenceFile("laporan.pdf", b"satu"), folder)
    second = write_evidence(EvidenceFile("laporan.pdf", b"dua"), folder)
    third = write_evidence(EvidenceFile("laporan.pdf", b"tiga"), folder)
    assert [p.name for p in (first, second, third)] == ["laporan.pdf", "laporan (2).pdf",
                                                        "laporan (3).pdf"]
    assert [p.read_bytes() for p in (first, second, third)] == [b"satu", b"dua", b"tiga"]
    assert sorted(p.name for p in folder.iterdir()) == ["laporan (2).pdf", "laporan (3).pdf",
                                                        "laporan.pdf"]


def test_write_evidence_keeps_an_unrelated_file(tmp_path):
    mine = tmp_path / "rekap.xlsx"
    mine.write_bytes(b"punya saya")
    out = write_evidence(EvidenceFile("rekap.xlsx", b"dari basis data"), tmp_path)
    assert out == tmp_path / "rekap (2).xlsx"
    assert mine.read_bytes() == b"punya saya"


def test_write_evidence_uses_a_safe_name(tmp_path):
    out = write_evidence(EvidenceFile(r"..\..\Windows\sys:tem?.pdf", b"x"), tmp_path)
    assert out.parent == tmp_path
    assert out.name == "sys_tem_.pdf"


def test_write_evidence_into_an_unwritable_place(tmp_path):
    blocker = tmp_path / "bukan-folder"
    blocker.write_bytes(b"")
    with pytest.raises(InputFileError) as caught:
        write_evidence(EvidenceFile("a.pdf", b"x"), blocker)
    assert "tidak dapat ditulis" in str(caught.value)


def test_stored_evidence_round_trips_through_files(service, measured, tmp_path):
    source = tmp_path / "asli.png"
    source.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200_000))  # a PNG's signature
    service.add_report(measured, ProgressInput(TODAY, 2.0), [read_evidence(source)])
    (attachment,) = service.reports(measured)[0].attachments
    out = write_evidence(service.evidence(attachment.id), tmp_path / "keluar")
    assert out.name == "asli.png"
    assert out.read_bytes() == source.read_bytes()
