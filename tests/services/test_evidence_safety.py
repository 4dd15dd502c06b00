"""Issue 17: evidence files stay documents when they are added (typed), stored, written out
and opened. A refused file writes nothing; a mended name is what is stored."""

from __future__ import annotations

import sys

from datetime import date

import pytest

from kinerja_desktop.domain.evidence import (ALLOWED_EXTENSIONS, EXECUTABLE_EXTENSIONS,
                                             EvidenceFile)
from kinerja_desktop.domain.programs import ProgramInput, ProgressInput
from kinerja_desktop.errors import KinerjaError, ValidationError
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.progress import (ProgressService, copy_path, openable_evidence,
                                               read_evidence, write_evidence,
                                               write_for_opening)
from kinerja_desktop.storage.models import Attachment
from tests.helpers.dump import dump_database, table_rows
from tests.helpers.programs import START, appointment, innovation

TODAY = date(2019, 7, 20)
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + b"isi laporan " * 20
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
MZ = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 40


@pytest.fixture
def service(db) -> ProgressService:
    return ProgressService(db, today=lambda: TODAY)


@pytest.fixture
def measured(db) -> int:
    programs = ProgramService(db)
    program = programs.create_program(appointment(db)[1], ProgramInput("100_hari", START))
    return programs.add_target(program, innovation(weight=60, target_value=10.0, unit="desa"))


@pytest.fixture
def report(service, measured) -> int:
    return service.add_report(measured, ProgressInput(TODAY, 1.0))


REFUSED = [
    EvidenceFile(r"..\..\evil.exe", MZ),
    EvidenceFile("laporan.pdf.exe", PDF),
    EvidenceFile("laporan.exe", PDF),
    EvidenceFile("laporan.pdf", MZ),
    EvidenceFile("foto.png", PDF),
    EvidenceFile("halaman.hta", b"<html><script>x()</script>"),
    EvidenceFile("skrip.bat", b"@echo off\r\n"),
    EvidenceFile("skrip.ps1", b"Remove-Item C:\\"),
    EvidenceFile("berkas.", PDF),
    EvidenceFile("LPT1", PDF),
    EvidenceFile("catatan.txt", b"#!/bin/sh\nrm -rf ~\n"),
]


@pytest.mark.parametrize("evidence", REFUSED, ids=[e.filename for e in REFUSED])
def test_a_refused_file_writes_nothing(service, measured, report, db, evidence):
    before = dump_database(db)
    with pytest.raises(ValidationError) as caught:
        service.add_files(report, [EvidenceFile("baik.pdf", PDF), evidence])
    (problem,) = caught.value.problems
    assert problem.field == "bukti" and "ditolak" in problem.message
    with pytest.raises(ValidationError):
        service.add_report(measured, ProgressInput(TODAY, 2.0), [evidence])
    assert dump_database(db) == before


RENAMED = [
    (r"C:\Windows\x.pdf", PDF, "x.pdf"),
    ("../../a/b/c.pdf", PDF, "c.pdf"),
    ("CON.pdf", PDF, "_CON.pdf"),
    ("nul.PNG", PNG, "_nul.PNG"),
    ("lapor\x00an\n.pdf", PDF, "lapor_an_.pdf"),
    ("laporan\u202efdp.pdf", PDF, "laporan_fdp.pdf"),
    ("a.exe.pdf", PDF, "a_exe.pdf"),
    ("berkas.pdf. . .", PDF, "berkas.pdf"),
    ("Laporan " + "panjang " * 40 + ".pdf", PDF, None),
]


@pytest.mark.parametrize("name, content, stored", RENAMED, ids=[r[2] or "panjang" for r in RENAMED])
def test_a_mended_name_is_what_is_stored(service, measured, db, name, content, stored):
    service.add_report(measured, ProgressInput(TODAY, 1.0), [EvidenceFile(name, content)])
    ((filename, mime),) = table_rows(db, "SELECT filename, mime_type FROM attachment")
    if stored is not None:
        assert filename == stored
    assert len(filename) <= 150 and filename.lower().endswith((".pdf", ".png"))
    assert mime in ("application/pdf", "image/png")


def test_read_evidence_refuses_a_program_named_as_a_document(tmp_path):
    disguised = tmp_path / "laporan.pdf"
    disguised.write_bytes(MZ)
    with pytest.raises(ValidationError) as caught:
        read_evidence(disguised)
    assert "'laporan.pdf'" in str(caught.value) and "program atau skrip" in str(caught.value)
    if sys.platform != "win32":  # Windows cannot even make the file: CON is its console
        device = tmp_path / "CON.pdf"  # a legal name on Linux: the Windows device is renamed
        device.write_bytes(PDF)
        assert read_evidence(device) == EvidenceFile("_CON.pdf", PDF)


def stored_as_a_merge_would(db, report: int, name: str, content: bytes) -> int:
    """A row put straight into the attachment table, as merging another PC's data does."""
    import hashlib
    return db.insert(Attachment, progress=report, filename=name, mime_type="application/pdf",
                     size=len(content), sha256=hashlib.sha256(content).hexdigest(),
                     content=content)


def test_a_stored_program_is_never_written_out_to_be_opened(service, report, db, tmp_path):
    folder = tmp_path / "bukti-dibuka"
    for name in ("setup.exe", "laporan.pdf", "laporan.pdf.exe", "skrip.hta", "CON.bat"):
        attachment = stored_as_a_merge_would(db, report, name, MZ)
        with pytest.raises(KinerjaError) as caught:
            write_for_opening(service.evidence(attachment), folder)
        assert "ditolak" in str(caught.value) and "tidak dibuka" in str(caught.value)
    assert not folder.exists() or list(folder.iterdir()) == []


def test_a_stored_document_with_a_program_name_opens_as_the_document(service, report, db,
                                                                     tmp_path):
    folder = tmp_path / "bukti-dibuka"
    written = []
    for name in ("laporan.exe", "..\\..\\laporan.pdf.exe", "CON.pdf", "berkas.hta", "x.exe.pdf"):
        attachment = stored_as_a_merge_would(db, report, name, PDF)
        written.append(write_for_opening(service.evidence(attachment), folder))
    assert [p.name for p in written] == ["laporan.pdf", "laporan (2).pdf", "_CON.pdf",
                                         "berkas.pdf", "x_exe.pdf"]
    assert all(p.parent == folder and p.read_bytes() == PDF for p in written)


def test_write_evidence_never_writes_a_program_name(tmp_path):
    for name in EXECUTABLE_EXTENSIONS:
        for content in (MZ, PDF, b"teks biasa"):
            out = write_evidence(EvidenceFile("berkas" + name, content), tmp_path)
            assert out.parent == tmp_path
            assert out.suffix.lower() in {*ALLOWED_EXTENSIONS, ".bin"}
            assert not any(f".{part.lower()}" in EXECUTABLE_EXTENSIONS
                           for part in out.name.split(".")[1:])


def test_openable_evidence_gives_the_clean_name():
    assert openable_evidence(EvidenceFile("C:\\x\\laporan.exe", PDF)) == \
        EvidenceFile("laporan.pdf", PDF)
    with pytest.raises(KinerjaError):
        openable_evidence(EvidenceFile("laporan.pdf", b"bukan pdf"))


@pytest.mark.parametrize("chosen, saved", [
    ("salinan.pdf", "salinan.pdf"),
    ("salinan.PDF", "salinan.PDF"),
    ("salinan", "salinan.pdf"),
    ("salinan.exe", "salinan.exe.pdf"),
    ("salinan.", "salinan.pdf"),
])
def test_save_a_copy_keeps_the_documents_extension(tmp_path, chosen, saved):
    evidence = openable_evidence(EvidenceFile("laporan.exe", PDF))
    assert copy_path(tmp_path / chosen, evidence) == tmp_path / saved


def test_a_copy_of_a_jpeg_may_be_named_jpeg(tmp_path):
    jpeg = EvidenceFile("foto.jpg", b"\xff\xd8\xff\xe0")
    assert copy_path(tmp_path / "foto.jpeg", jpeg) == tmp_path / "foto.jpeg"
