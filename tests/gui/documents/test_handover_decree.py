"""The decree's issuer and subject typed in the handover dialog and saved ("Keputusan Bupati
Serang Nomor … tentang …" on the Berita Acara), and the Memori printed from the handover list
through the menu's action, like a user does."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog

from kinerja_desktop.domain.handover import MAX_TEXT_SK
from kinerja_desktop.gui.documents.handover_list import HandoverListDialog
from kinerja_desktop.gui.documents.printing import PrintOptionsDialog
from kinerja_desktop.services import demo
from kinerja_desktop.services.handover import HandoverService
from tests.gui.documents.test_handover_dialog import open_dialog, suggested  # noqa: F401
from tests.helpers.gui_fixtures import window_action

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard)", extend=True)

SUBJECT = "Pengangkatan dalam Jabatan Pimpinan Tinggi Pratama di Lingkungan Pemerintah " \
          "Kabupaten Serang"


def type_into(qtbot, field, text: str) -> None:
    """Click into a line, select what it holds and type over it."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def test_the_decree_issuer_is_typed_and_saved(suggested, qtbot, demo_db):  # noqa: F811
    d = suggested
    assert d.decree_issuer_edit.text() == ""  # the appointment does not know it
    type_into(qtbot, d.decree_issuer_edit, "Bupati Serang")
    assert d.ok_button.isEnabled()
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.result() == d.DialogCode.Accepted
    record = HandoverService(demo_db).get(d.saved_id)
    assert record.decree_issuer == "Bupati Serang"
    assert record.decree_subject == ""


def test_the_decree_subject_is_typed_and_saved(suggested, qtbot, demo_db):  # noqa: F811
    d = suggested
    type_into(qtbot, d.decree_subject_edit, f"  {SUBJECT}  ")
    qtbot.keyClick(d, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert d.result() == d.DialogCode.Accepted
    record = HandoverService(demo_db).get(d.saved_id)
    assert record.decree_subject == SUBJECT  # spaces around it dropped


def test_the_demo_decree_is_shown_and_changed(app, qtbot, demo_db):
    service = HandoverService(demo_db)
    (summary,) = service.handovers()
    d = open_dialog(qtbot, demo_db, summary.id)
    assert d.decree_issuer_edit.text() == demo.HANDOVER_DECREE_ISSUER
    assert d.decree_subject_edit.text() == demo.HANDOVER_DECREE_SUBJECT
    type_into(qtbot, d.decree_issuer_edit, "Wakil Bupati Serang")
    qtbot.keyClick(d, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert d.result() == d.DialogCode.Accepted
    after = service.get(summary.id)
    assert (after.decree_issuer, after.decree_subject) == (
        "Wakil Bupati Serang", demo.HANDOVER_DECREE_SUBJECT)


def test_a_subject_too_long_is_refused_by_name(suggested, qtbot):  # noqa: F811
    d = suggested
    type_into(qtbot, d.decree_subject_edit, "a" * (MAX_TEXT_SK + 1))
    assert not d.ok_button.isEnabled()
    assert "Perihal SK terlalu panjang" in d.problems.text()
    qtbot.keyClick(d.decree_subject_edit, Qt.Key.Key_Backspace)
    assert d.ok_button.isEnabled()


def test_the_list_prints_the_memo_signed_by_the_outgoing_official(demo_window, qtbot,
                                                                  monkeypatch):
    opened: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(Path(url.toLocalFile())) or True))
    monkeypatch.setattr(PrintOptionsDialog, "exec",
                        lambda dialog: dialog.accept() or QDialog.DialogCode.Accepted)

    def run(dialog):
        assert dialog.memo_button.isEnabled()
        qtbot.mouseClick(dialog.memo_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        return 0

    monkeypatch.setattr(HandoverListDialog, "exec", run)
    window_action(demo_window, "handoverAction").trigger()
    assert len(opened) == 2
    memo, minutes = (" ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages)
                              .split()) for path in opened)
    assert "MEMORI SERAH TERIMA JABATAN" in memo and "Yang menyerahkan," in memo
    assert "PIHAK KEDUA," not in memo and "Mengetahui," not in memo
    assert "BERITA ACARA SERAH TERIMA JABATAN" in minutes and "Mengetahui," in minutes
