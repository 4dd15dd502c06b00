"""gui/errors.py shows each error as the user sees it: a user's mistake as a plain warning, a
bug as a critical box with its traceback, logged in the data folder; the excepthook sends
unhandled exceptions there too. The real boxes are shown and read, then closed with Ok."""

from __future__ import annotations

import logging
import re
import sys
from datetime import datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kinerja_desktop.errors import KinerjaError, Problem, ValidationError
from kinerja_desktop.gui.shared import errors

# The boxes are real modal dialogs, closed by the timer in boxes_shown().
pytestmark = pytest.mark.modal_allowed

Icon = QMessageBox.Icon


def boxes_shown(action) -> list[dict]:
    """Run `action`; each message box it shows is read and closed with Ok (from inside its
    modal loop, by a timer looking for the active modal widget)."""
    seen: list[dict] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append({"icon": box.icon(), "title": box.windowTitle(), "text": box.text(),
                         "details": box.detailedText(), "parent": box.parentWidget(),
                         "buttons": box.standardButtons()})
            box.button(QMessageBox.StandardButton.Ok).click()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(look)
    timer.start()
    try:
        action()
    finally:
        timer.stop()
    return seen


@pytest.fixture
def log_file(private_data_dir, monkeypatch):
    """kinerja.log in this test's data folder, as the app sets it up at start."""
    monkeypatch.setattr(errors.log, "handlers", [])
    monkeypatch.setattr(errors.log, "level", errors.log.level)
    errors.setup_logging()
    yield private_data_dir / "kinerja.log"
    for handler in errors.log.handlers:
        handler.close()


def broken_step():
    raise ValueError("nilai rusak di langkah 3")


def caught(function) -> BaseException:
    try:
        function()
    except BaseException as exc:  # noqa: BLE001 - any exception is what show_error takes
        return exc
    raise AssertionError("no exception")


def test_a_validation_error_lists_its_errors_one_per_line_without_warnings(app, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    exc = ValidationError([Problem("nip", "NIP harus 18 angka.", row=3),
                           Problem("pangkat", "Pangkat di luar kebiasaan eselon II.", "warning"),
                           Problem("nama", "Nama wajib diisi.")])
    (box,) = boxes_shown(lambda: errors.show_error(parent, exc))
    assert box["icon"] == Icon.Warning
    assert box["title"] == "Data belum benar"
    assert box["text"] == "Baris 3, kolom nip: NIP harus 18 angka.\nnama: Nama wajib diisi."
    assert "Pangkat" not in box["text"] and box["details"] == ""
    assert box["parent"] is parent


def test_a_known_error_is_a_warning_with_its_message(app, log_file):
    exc = KinerjaError("Berkas cadangan tidak dapat dibaca: akses ditolak.")
    (box,) = boxes_shown(lambda: errors.show_error(None, exc))
    assert (box["icon"], box["title"], box["text"], box["details"]) == (
        Icon.Warning, "Tidak dapat dilanjutkan",
        "Berkas cadangan tidak dapat dibaca: akses ditolak.", "")
    (box,) = boxes_shown(lambda: errors.show_error(None, exc, "Cadangan"))
    assert (box["title"], box["text"]) == ("Cadangan", str(exc))
    assert not log_file.exists() or "Berkas cadangan" not in log_file.read_text("utf-8")


def test_an_unexpected_error_is_a_critical_box_with_the_traceback_and_a_log(app, log_file):
    exc = caught(broken_step)
    references = []
    (box,) = boxes_shown(lambda: references.append(errors.show_error(None, exc)))
    (reference,) = references
    assert re.fullmatch(r"KD-\d{8}-\d{4}-[0-9A-F]{4}", reference)
    assert box["icon"] == Icon.Critical
    assert box["title"] == "Kesalahan tak terduga"
    assert box["text"].startswith("Terjadi kesalahan yang tidak terduga. Data yang sudah "
                                  "disimpan tetap aman.")
    assert box["text"].endswith(f"Rincian dicatat di {log_file} dengan rujukan {reference}.")
    assert box["buttons"] == QMessageBox.StandardButton.Ok
    details = box["details"]
    assert details.startswith("Traceback (most recent call last):")
    assert "in broken_step" in details and details.rstrip().endswith(
        "ValueError: nilai rusak di langkah 3")
    logged = log_file.read_text(encoding="utf-8")
    assert f"ERROR Kesalahan tak terduga, rujukan {reference}:\n{details.rstrip()}" in logged


def test_each_unexpected_error_gets_its_own_reference_of_its_minute(app):
    at = datetime(2026, 12, 5, 9, 31, 42)
    references = {errors.error_reference(at) for _ in range(50)}
    assert all(re.fullmatch(r"KD-20261205-0931-[0-9A-F]{4}", r) for r in references)
    assert len(references) > 40  # four random hex digits: two bugs in a minute stay apart


def test_a_known_error_has_no_reference(app, log_file):
    references = []
    boxes_shown(lambda: references.append(errors.show_error(None, KinerjaError("Salah."))))
    assert references == [None]


def test_the_excepthook_shows_exceptions_as_show_error_does(app, log_file):
    previous = sys.excepthook
    try:
        errors.install_excepthook()
        assert sys.excepthook is not previous
        exc = caught(broken_step)
        (box,) = boxes_shown(lambda: sys.excepthook(type(exc), exc, exc.__traceback__))
        assert box["icon"] == Icon.Critical and "in broken_step" in box["details"]
        assert "ValueError: nilai rusak di langkah 3" in log_file.read_text(encoding="utf-8")
        known = KinerjaError("Basis data sedang dipakai program lain.")
        (box,) = boxes_shown(lambda: sys.excepthook(KinerjaError, known, None))
        assert (box["icon"], box["text"]) == (Icon.Warning, str(known))
    finally:
        sys.excepthook = previous


def test_the_excepthook_leaves_ctrl_c_to_python(app, monkeypatch, caplog):
    passed_on = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: passed_on.append(args))
    previous = sys.excepthook
    try:
        errors.install_excepthook()
        interrupt = KeyboardInterrupt()
        with caplog.at_level(logging.ERROR, logger="kinerja"):
            assert boxes_shown(lambda: sys.excepthook(KeyboardInterrupt, interrupt, None)) == []
    finally:
        sys.excepthook = previous
    assert passed_on == [(KeyboardInterrupt, interrupt, None)]
    assert caplog.records == []
