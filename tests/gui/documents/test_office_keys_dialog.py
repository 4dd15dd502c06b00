"""'Kunci kantor' driven by clicks (export ours, import another office's, remove it), 'Periksa
Dokumen' with a QR text typed in, and printing's word on missing scanned signatures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog

from kinerja_desktop.gui.documents import printing
from kinerja_desktop.gui.documents.office_keys_dialog import OfficeKeysDialog
from kinerja_desktop.gui.documents.printing import PrintOptionsDialog
from kinerja_desktop.gui.documents.verify_dialog import VerifyDialog
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.services import office_key
from kinerja_desktop.services.documents import DocumentService
from kinerja_desktop.storage.database import open_database
from tests.helpers.dialogs import record_dialogs
from tests.helpers.qr_reader import qr_texts_of_pdf


@pytest.fixture
def shown(monkeypatch):
    return record_dialogs(monkeypatch, operations)


@pytest.fixture
def other_db(tmp_path):
    database = open_database(tmp_path / "dinas-lain.db")
    yield database
    database.close()


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def save_as(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


def open_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


def test_export_import_and_remove_by_clicks(app, qtbot, demo_db, other_db, shown, monkeypatch,
                                            tmp_path):
    ours = OfficeKeysDialog(demo_db)
    qtbot.addWidget(ours)
    own = office_key.own_key(demo_db)
    assert cells(ours.table) == [[own.key_id, own.office, own.fingerprint, "Kantor ini"]]
    assert not ours.remove_button.isEnabled()
    click_row(qtbot, ours.table, 0)
    assert not ours.remove_button.isEnabled()  # our own key cannot be removed
    save_as(monkeypatch, tmp_path / "kunci-setda")  # the suffix is added
    click(qtbot, ours.export_button)
    key_file = tmp_path / "kunci-setda.kinerja-kunci"
    assert key_file.exists() and own.fingerprint in shown.information[-1]

    theirs = OfficeKeysDialog(other_db)
    qtbot.addWidget(theirs)
    assert [row[3] for row in cells(theirs.table)] == ["Kantor ini"]
    open_file(monkeypatch, key_file)
    # The fingerprint is asked about before anything is trusted; "Tidak" imports nothing.
    from PySide6.QtWidgets import QMessageBox
    shown.answer = QMessageBox.StandardButton.No
    click(qtbot, theirs.import_button)
    assert own.fingerprint in shown.questions[-1] and theirs.table.rowCount() == 1
    shown.answer = QMessageBox.StandardButton.Yes
    click(qtbot, theirs.import_button)
    assert theirs.table.rowCount() == 2
    row = cells(theirs.table)[1]
    assert row[:3] == [own.key_id, own.office, own.fingerprint]
    assert row[3].startswith("Diimpor ") and "diimpor" in shown.information[-1]
    click_row(qtbot, theirs.table, 1)
    click(qtbot, theirs.remove_button)
    assert "Hapus kunci" in shown.questions[-1] and theirs.table.rowCount() == 1
    assert office_key.trusted_keys(other_db) == []


def test_a_hostile_file_is_shown_as_an_error_and_nothing_changes(app, qtbot, other_db, shown,
                                                                 monkeypatch, tmp_path):
    dialog = OfficeKeysDialog(other_db)
    qtbot.addWidget(dialog)
    hostile = tmp_path / "kunci.kinerja-kunci"
    hostile.write_text("{bukan json")
    open_file(monkeypatch, hostile)
    click(qtbot, dialog.import_button)
    assert "bukan JSON" in str(shown.errors[-1]) and not shown.questions
    assert dialog.table.rowCount() == 1


def test_verify_a_typed_qr_text_of_another_office(app, qtbot, demo_db, other_db, shown,
                                                  monkeypatch, tmp_path):
    target = tmp_path / "ba.pdf"
    DocumentService(demo_db).print("serah_terima", 1, target)
    qr = qr_texts_of_pdf(target)[0]
    dialog = VerifyDialog(DocumentService(other_db))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code_edit, qr)
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    # Not known yet: said, with a button to import the key there and then.
    assert "Penerbit tidak dikenal" in dialog.issuer_label.text()
    assert "belum dikenal" in dialog.result_label.text()
    assert not dialog.verification.accepted and not dialog.keys_button.isHidden()
    key_file = tmp_path / "setda.kinerja-kunci"
    office_key.export_public(demo_db, key_file)

    def import_there(keys_dialog):
        keys_dialog.import_key(str(key_file))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(OfficeKeysDialog, "exec", import_there)
    click(qtbot, dialog.keys_button)
    office = office_key.office_name(demo_db)
    assert dialog.issuer_label.text() == f"<b>Diterbitkan oleh:</b> {office}"
    assert dialog.verification.accepted and dialog.keys_button.isHidden()
    assert "Jajang KH ke Abdullah" in dialog.result_label.text()
    # One letter changed in what was typed: refused.
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, qr.replace("Abdullah", "Abdulah"))
    click(qtbot, dialog.check_button)
    assert not dialog.verification.accepted and "PERINGATAN" in dialog.result_label.text()
    assert dialog.issuer_label.isHidden()


def test_printing_with_scans_asked_names_who_has_none(app, demo_db, shown, monkeypatch,
                                                      tmp_path):
    def accept_with_scans(dialog):
        dialog.images_check.setChecked(True)
        dialog.accept()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(PrintOptionsDialog, "exec", accept_with_scans)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url) or True))
    path = printing.print_document(None, demo_db, "serah_terima", 1)
    assert path.exists() and opened  # printed and opened all the same
    notice = shown.information[-1]
    assert notice.startswith("Tanda tangan pindaian belum tersimpan untuk: ")
    assert "Jajang KH (PIHAK PERTAMA)" in notice and "Abdullah (PIHAK KEDUA)" in notice
    save_as(monkeypatch, tmp_path / "ba.pdf")
    printing.print_document(None, demo_db, "serah_terima", 1, save=True)
    assert "Kode verifikasi" in shown.information[-1]
    assert "Tanda tangan pindaian belum tersimpan" in shown.information[-1]


def test_the_menu_opens_the_keys_dialog(demo_window, monkeypatch):
    from tests.helpers.gui_fixtures import window_action
    opened = []
    monkeypatch.setattr(OfficeKeysDialog, "exec", lambda d: opened.append(d.table.rowCount()))
    window_action(demo_window, "officeKeysAction").trigger()
    assert opened == [1]
