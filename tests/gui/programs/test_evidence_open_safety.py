"""Issue 17 in the target editor: evidence that arrived by a merge under a program's name is
never handed to the system. Clicked as a user does: the target, the report, the file, Buka
(or a double click) and Simpan…; QDesktopServices.openUrl only records what it is given."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from kinerja_desktop.domain.evidence import ALLOWED_EXTENSIONS, EXECUTABLE_EXTENSIONS
from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.programs import ProgramInput, ProgressInput, TargetInput
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.gui.programs.program_editor import ProgramEditor
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.progress import ProgressService
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage.models import Attachment
from tests.helpers.dialogs import record_dialogs

TODAY = date(2019, 7, 20)
START = date(2019, 6, 14)
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\nisi laporan"
MZ = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 40


def dangerous(path: Path) -> bool:
    parts = [f".{part.lower()}" for part in path.name.split(".")[1:]]
    return (any(part in EXECUTABLE_EXTENSIONS for part in parts)
            or path.suffix.lower() not in ALLOWED_EXTENSIONS)


@pytest.fixture
def shown(monkeypatch):
    return record_dialogs(monkeypatch, operations)


@pytest.fixture
def opened(monkeypatch):
    """Every URL the editor hands to the system, as local paths (nothing is really opened)."""
    calls: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: calls.append(Path(url.toLocalFile())) or True))
    return calls


@pytest.fixture
def report(db):
    """A 100-day program with one target and one progress report (no files yet)."""
    roster = RosterService(db)
    official_id, _ = roster.create(
        OfficialInput("197203151995031004", "Anas Dwisatya", rank="IV/b"),
        [AppointmentInput("Kepala Dinas Kominfo", "Dinas Kominfo", "II.b", "seleksi_terbuka",
                          start_date=START)])
    service = ProgramService(db, lambda: TODAY)
    program_id = service.create_program(roster.get(official_id).appointments[0].id,
                                        ProgramInput("100_hari", START))
    target_id = service.add_target(program_id, TargetInput(
        "inovasi", "Optimalisasi SPBE", target_value=80, unit="%", weight=Decimal(60)))
    report_id = ProgressService(db, lambda: TODAY).add_report(target_id,
                                                              ProgressInput(TODAY, 40))
    return official_id, report_id


def merged(db, report_id: int, name: str, content: bytes) -> int:
    """An attachment row put straight into the database, as a merge from another PC does."""
    return db.insert(Attachment, progress=report_id, filename=name,
                     mime_type="application/octet-stream", size=len(content),
                     sha256=hashlib.sha256(content).hexdigest(), content=content)


def open_editor(qtbot, db, official_id) -> ProgramEditor:
    window = ProgramEditor(db, official_id, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def click_row(qtbot, table, row: int, double: bool = False) -> None:
    index = table.model().index(row, 0)
    table.scrollTo(index)
    point = table.visualRect(index).center()
    if double:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    else:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def show_files(qtbot, editor) -> None:
    """Click the target, then its progress report: the report's files are listed."""
    click_row(qtbot, editor.table, 0)
    detail = editor.detail
    qtbot.waitUntil(lambda: detail.progress_model.rowCount() == 1)
    click_row(qtbot, detail.progress_table, 0)
    qtbot.waitUntil(lambda: detail.file_model.rowCount() > 0)


def file_names(editor) -> list[str]:
    model = editor.detail.file_model
    return [model.item(model.index(row, 0)).filename for row in range(model.rowCount())]


def test_a_merged_program_is_never_opened(app, qtbot, db, report, opened, shown,
                                          private_data_dir):
    official_id, report_id = report
    for name in ("setup.exe", "laporan.pdf.exe", "skrip.hta", "jalankan.bat", "laporan.pdf",
                 r"..\..\Windows\evil.scr"):
        merged(db, report_id, name, MZ)
    editor = open_editor(qtbot, db, official_id)
    show_files(qtbot, editor)
    detail = editor.detail
    assert len(file_names(editor)) == 6
    for row in range(6):
        click_row(qtbot, detail.file_table, row)
        assert detail.open_file_button.isEnabled()
        qtbot.mouseClick(detail.open_file_button, Qt.MouseButton.LeftButton)
        click_row(qtbot, detail.file_table, row, double=True)
    assert opened == []
    assert len(shown.errors) == 12
    assert all(isinstance(e, KinerjaError) and "ditolak" in str(e) for e in shown.errors)
    assert "'setup.exe'" in str(shown.errors[0])
    folder = private_data_dir / "bukti-dibuka"
    assert not folder.exists() or list(folder.iterdir()) == []


def test_a_merged_document_under_a_program_name_opens_as_a_document(
        app, qtbot, db, report, opened, shown, private_data_dir):
    official_id, report_id = report
    for name in ("laporan.exe", "berkas.pdf.bat", "CON.pdf", "x.hta.pdf"):
        merged(db, report_id, name, PDF)
    editor = open_editor(qtbot, db, official_id)
    show_files(qtbot, editor)
    for row in range(4):
        click_row(qtbot, editor.detail.file_table, row)
        qtbot.mouseClick(editor.detail.open_file_button, Qt.MouseButton.LeftButton)
    assert shown.errors == []
    assert [p.name for p in opened] == ["laporan.pdf", "berkas.pdf", "_CON.pdf", "x_hta.pdf"]
    assert not any(dangerous(p) for p in opened)
    assert all(p.parent == private_data_dir / "bukti-dibuka" and p.read_bytes() == PDF
               for p in opened)


def test_save_a_copy_of_a_merged_program_is_refused(app, qtbot, db, report, opened, shown,
                                                    monkeypatch, tmp_path):
    official_id, report_id = report
    merged(db, report_id, "setup.exe", MZ)
    merged(db, report_id, "laporan.exe", PDF)
    asked: list[str] = []
    target = tmp_path / "salinan.exe"

    def save_name(_parent, _title, name, *args, **kwargs):
        asked.append(name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    editor = open_editor(qtbot, db, official_id)
    show_files(qtbot, editor)
    detail = editor.detail
    click_row(qtbot, detail.file_table, 0)
    qtbot.mouseClick(detail.save_file_button, Qt.MouseButton.LeftButton)
    assert asked == []  # refused before a name is even asked for
    (error,) = shown.errors
    assert "'setup.exe'" in str(error) and "ditolak" in str(error)
    click_row(qtbot, detail.file_table, 1)
    qtbot.mouseClick(detail.save_file_button, Qt.MouseButton.LeftButton)
    assert asked == ["laporan.pdf"]  # offered under its clean name
    assert not target.exists()
    assert (tmp_path / "salinan.exe.pdf").read_bytes() == PDF  # the document's type kept
    assert opened == []
