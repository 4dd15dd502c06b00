"""The progress dialog: date limits, the realised value, evidence files refused or listed."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from kinerja_desktop.domain.evidence import FILE_DIALOG_FILTER, EvidenceFile
from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.programs import ProgramInput, ProgressInput, TargetInput
from kinerja_desktop.gui.programs import progress_dialog as module
from kinerja_desktop.gui.programs.progress_dialog import ProgressDialog
from kinerja_desktop.gui.shared.formatting import from_qdate, to_qdate
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.roster import RosterService

START = date(2019, 6, 14)
TODAY = date(2019, 7, 1)


@pytest.fixture
def setup(db):
    """A 100-day program from 14 June 2019 with a counted target and a done/not-done one."""
    roster = RosterService(db)
    official_id, _ = roster.create(
        OfficialInput("197505052000011001", "Dedi Kurniawan", rank="IV/c"),
        [AppointmentInput("Kepala Dinas Pendidikan", "Dinas Pendidikan", "II.b", "rotasi",
                          start_date=START)])
    programs = ProgramService(db, today=lambda: TODAY)
    appointment_id = roster.get(official_id).appointments[0].id
    program_id = programs.create_program(appointment_id, ProgramInput(start_date=START))
    counted = programs.add_target(program_id, TargetInput(
        "inovasi", "Sekolah terhubung internet", target_value=40, unit="sekolah"))
    done = programs.add_target(program_id, TargetInput(
        "target_kinerja", "Perbup wajib belajar terbit", measure="selesai"))
    return programs, programs.program(program_id), programs.target(counted), \
        programs.target(done)


def make(qtbot, target, program, today=TODAY) -> ProgressDialog:
    dialog = ProgressDialog(target, program, today)
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def files(tmp_path):
    """Small real files, a sparse 21 MB PDF and a program file."""
    folder = tmp_path / "bukti"
    folder.mkdir()
    (folder / "laporan.pdf").write_bytes(b"%PDF-1.4 laporan" + b"x" * 2032)  # 2 KB
    (folder / "foto kegiatan.png").write_bytes(b"\x89PNG" + b"y" * 1020)  # 1 KB
    with open(folder / "pindaian besar.pdf", "wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    (folder / "setup.exe").write_bytes(b"MZ" + b"z" * 100)
    return folder


def test_defaults_and_typed_value(app, qtbot, setup):
    _programs, program, counted, _done = setup
    dialog = make(qtbot, counted, program)
    assert "Sekolah terhubung internet" in dialog.heading.text()
    assert "Target: 40 sekolah" in dialog.heading.text()
    assert from_qdate(dialog.date_edit.date()) == TODAY
    assert from_qdate(dialog.date_edit.minimumDate()) == START
    assert from_qdate(dialog.date_edit.maximumDate()) == TODAY
    assert dialog.value_spin.suffix() == " sekolah"
    assert not dialog.value_spin.isHidden() and dialog.done_check.isHidden()
    assert dialog.ok_button.isEnabled()
    dialog.value_spin.clear()
    qtbot.keyClicks(dialog.value_spin, "12,5")
    qtbot.keyClicks(dialog.note_edit, "Tahap pertama")
    dialog.date_edit.setDate(to_qdate(date(2019, 6, 20)))
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.progress_input() == ProgressInput(date(2019, 6, 20), 12.5, "Tahap pertama")
    assert dialog.files() == []


def test_last_report_is_the_starting_value(app, qtbot, setup, db):
    programs, program, counted, _done = setup
    from kinerja_desktop.services.progress import ProgressService
    ProgressService(db, today=lambda: TODAY).add_report(
        counted.id, ProgressInput(date(2019, 6, 25), 10))
    dialog = make(qtbot, programs.target(counted.id), program)
    assert dialog.value_spin.value() == 10
    assert "Laporan terakhir: 10 sekolah (25 Juni 2019)" in dialog.heading.text()


def test_done_target_has_a_check_box(app, qtbot, setup):
    _programs, program, _counted, done = setup
    dialog = make(qtbot, done, program)
    assert dialog.value_spin.isHidden() and not dialog.done_check.isHidden()
    assert "Target: selesai" in dialog.heading.text()
    assert dialog.progress_input().realised == 0
    qtbot.mouseClick(dialog.done_check, Qt.MouseButton.LeftButton)
    assert dialog.done_check.isChecked()
    assert dialog.progress_input().realised == 1
    assert dialog.ok_button.isEnabled()


def test_program_not_started_or_closed_refuses_a_report(app, qtbot, setup):
    _programs, program, counted, _done = setup
    early = make(qtbot, counted, program, today=date(2019, 6, 10))
    assert not early.ok_button.isEnabled()
    assert "sebelum program dimulai (14 Juni 2019)" in early.problems.text()
    early.accept()
    assert early.result() != QDialog.DialogCode.Accepted
    evaluated = make(qtbot, counted, replace(program, status="dievaluasi"))
    assert not evaluated.ok_button.isEnabled()
    assert "Program berstatus Dievaluasi" in evaluated.problems.text()


def test_files_are_read_listed_and_removed(app, qtbot, setup, files):
    _programs, program, counted, _done = setup
    dialog = make(qtbot, counted, program)
    added = dialog.add_paths([str(files / "laporan.pdf"), str(files / "foto kegiatan.png")])
    assert [f.filename for f in added] == ["laporan.pdf", "foto kegiatan.png"]
    assert [dialog.files_list.item(i).text() for i in range(dialog.files_list.count())] \
        == ["laporan.pdf (2,0 KB)", "foto kegiatan.png (1,0 KB)"]
    assert dialog.total_label.text() == "2 berkas, jumlah 3,0 KB"
    assert dialog.files()[0] == EvidenceFile("laporan.pdf",
                                             (files / "laporan.pdf").read_bytes())
    assert dialog.file_problems.isHidden()
    # The same file again is not listed twice.
    dialog.add_paths([str(files / "laporan.pdf")])
    assert len(dialog.files()) == 2
    assert "sudah ada di daftar" in dialog.file_problems.text()
    dialog.files_list.setCurrentRow(0)
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    assert [f.filename for f in dialog.files()] == ["foto kegiatan.png"]
    assert dialog.total_label.text() == "1 berkas, jumlah 1,0 KB"
    dialog.files_list.setCurrentRow(0)
    qtbot.keyClick(dialog.files_list, Qt.Key.Key_Delete)
    assert dialog.files() == []
    assert not dialog.remove_button.isEnabled()
    assert "Belum ada berkas" in dialog.total_label.text()


def test_refused_files_are_named_and_the_dialog_stays(app, qtbot, setup, files):
    _programs, program, counted, _done = setup
    dialog = make(qtbot, counted, program)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.add_paths([str(files / "pindaian besar.pdf"), str(files / "laporan.pdf")])
    assert [f.filename for f in dialog.files()] == ["laporan.pdf"]
    text = dialog.file_problems.text()
    assert dialog.file_problems.isVisible()
    assert "pindaian besar.pdf" in text and re.search(r"20(,0)? MB", text)
    dialog.add_paths([str(files / "setup.exe")])
    assert [f.filename for f in dialog.files()] == ["laporan.pdf"]
    assert "setup.exe" in dialog.file_problems.text()
    assert "tidak dapat dilampirkan" in dialog.file_problems.text()
    assert "pindaian besar" not in dialog.file_problems.text()  # only the latest refusals
    dialog.add_paths([str(files / "hilang.pdf")])
    assert "hilang.pdf" in dialog.file_problems.text()
    assert "tidak dapat dibaca" in dialog.file_problems.text()
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [f.filename for f in dialog.files()] == ["laporan.pdf"]


def test_add_files_through_the_file_dialog(app, qtbot, setup, files, monkeypatch):
    _programs, program, counted, _done = setup
    dialog = make(qtbot, counted, program)
    asked = []

    def get_open_file_names(parent, caption, folder, file_filter, *args):
        asked.append(file_filter)
        return [str(files / "laporan.pdf"), str(files / "foto kegiatan.png")], file_filter
    monkeypatch.setattr(module.QFileDialog, "getOpenFileNames",
                        staticmethod(get_open_file_names))
    dialog.add_button.click()
    assert asked == [FILE_DIALOG_FILTER]
    assert [f.filename for f in dialog.files()] == ["laporan.pdf", "foto kegiatan.png"]
    monkeypatch.setattr(module.QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args: ([], "")))
    dialog.add_button.click()  # cancelled: nothing changes
    assert len(dialog.files()) == 2


def test_files_dropped_on_the_list_are_added(app, qtbot, setup, files):
    _programs, program, counted, _done = setup
    dialog = make(qtbot, counted, program)
    dialog.show()
    qtbot.waitExposed(dialog)
    viewport = dialog.files_list.viewport()
    text_only = QMimeData()
    text_only.setText("bukan berkas")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, text_only,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert not enter.isAccepted()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files / "laporan.pdf")),
                  QUrl.fromLocalFile(str(files / "setup.exe"))])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    assert [f.filename for f in dialog.files()] == ["laporan.pdf"]
    assert "setup.exe" in dialog.file_problems.text()


def test_report_date_is_typed_and_a_later_one_is_refused(app, qtbot, setup):
    # "20/06/2019" typed over the date was ignored; a date after today was clamped unseen.
    _programs, program, counted, _done = setup
    dialog = make(qtbot, counted, program)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    edit = dialog.date_edit

    def type_date(text: str) -> None:
        qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)

    type_date("2 Juli 2019")  # tomorrow
    assert not dialog.ok_button.isEnabled()
    assert "di luar batas" in dialog.problems.text() and "Tanggal laporan" in \
        dialog.problems.text()
    type_date("20/06/2019")
    assert dialog.ok_button.isEnabled()
    assert dialog.progress_input().date == date(2019, 6, 20)


@pytest.mark.parametrize(("polarity", "upper", "shown"), [
    ("turun", None, "Target: ≤ 40 sekolah"), ("rentang", 50.0, "Target: 40–50 sekolah")])
def test_the_heading_shows_the_target_with_its_polarity(app, qtbot, setup, polarity, upper,
                                                        shown):
    programs, program, counted, _done = setup
    programs.update_target(counted.id, replace(counted.data, polarity=polarity,
                                               target_max=upper))
    dialog = make(qtbot, programs.target(counted.id), program)
    assert shown in dialog.heading.text()
