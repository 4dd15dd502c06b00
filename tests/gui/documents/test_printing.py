"""Printing from the windows: options, Cetak and Simpan PDF, batch, Periksa Dokumen,
scanned signatures."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import QDialog, QFileDialog

from kinerja_desktop.gui.documents import printing
from kinerja_desktop.gui.documents.printing import PrintOptionsDialog
from kinerja_desktop.gui.documents.signature_dialog import SignatureDialog
from kinerja_desktop.gui.documents.verify_dialog import VerifyDialog
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.services import documents
from kinerja_desktop.services.documents import DocumentService
from kinerja_desktop.services.evaluations import EvaluationService
from tests.helpers.dialogs import record_dialogs
from tests.helpers.shadowing import hidden_methods


@pytest.fixture
def shown(monkeypatch):
    return record_dialogs(monkeypatch, operations)


@pytest.fixture
def accept_options(monkeypatch):
    chosen = {"paper": "A4"}

    def exec_(dialog):
        dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData(chosen["paper"]))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PrintOptionsDialog, "exec", exec_)
    return chosen


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def final_id(db) -> int:
    return next(r.id for r in EvaluationService(db).evaluations() if r.final)


def test_save_pdf_writes_the_sheet_and_tells_the_code(app, demo_db, shown, accept_options,
                                                      monkeypatch, tmp_path):
    target = tmp_path / "lembar evaluasi"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    accept_options["paper"] = "F4"
    written = printing.print_document(None, demo_db, "evaluasi", final_id(demo_db), save=True)
    assert written == target.with_suffix(".pdf") and written.exists()
    text = text_of(written)
    assert "Serang, 21 September 2019" in text and "19720315 199503 1 004" in text
    code = shown.information[-1].split("Kode verifikasi: ")[1]
    assert code in text
    width, height = PdfReader(str(written)).pages[0].mediabox.upper_right
    assert (round(float(width) / 72 * 25.4), round(float(height) / 72 * 25.4)) == (215, 330)
    assert DocumentService(demo_db).paper() == "F4"  # the choice is remembered


def test_print_opens_the_pdf_in_the_system_viewer(app, demo_db, shown, accept_options,
                                                  monkeypatch, private_data_dir):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(Path(url.toLocalFile())) or True))
    program_id = next(p.id for p in
                      __import__("kinerja_desktop.services.programs", fromlist=["x"])
                      .ProgramService(demo_db).all_programs() if p.status != "draft")
    path = printing.print_document(None, demo_db, "kesepakatan", program_id)
    assert opened == [path] and path.parent == private_data_dir / "cetak"
    assert "PERJANJIAN KINERJA 100 HARI" in text_of(path)


def test_batch_runs_off_the_ui_thread_and_writes_one_pdf(app, qtbot, demo_db, shown,
                                                         accept_options, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QWidget
    target = tmp_path / "batch.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    parent = QWidget()
    qtbot.addWidget(parent)
    printing.print_batch(parent, demo_db, None)
    qtbot.waitUntil(lambda: bool(shown.information), timeout=10000)
    assert "1 lembar evaluasi dicetak" in shown.information[-1]
    assert "EVALUASI KINERJA 100 HARI" in text_of(target)


def test_verify_dialog(app, qtbot, demo_db):
    _document, record = DocumentService(demo_db).prepare("evaluasi", final_id(demo_db))
    dialog = VerifyDialog(DocumentService(demo_db))
    qtbot.addWidget(dialog)
    assert not dialog.check_button.isEnabled()
    qtbot.keyClicks(dialog.code_edit, record.code.lower())
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert "versi terkini" in dialog.result_label.text()
    dialog.code_edit.setText("ZZZZ-ZZZZ")
    dialog.check()
    assert "tidak terdaftar" in dialog.result_label.text()
    # What was checked is kept as .verification: .result hid QDialog.result().
    assert not dialog.verification.found
    assert hidden_methods(dialog) == [] and dialog.result() == QDialog.DialogCode.Rejected


def test_scanned_signature_is_stored_shown_and_removed(app, qtbot, demo_db, shown, tmp_path):
    image = QImage(120, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    path = tmp_path / "ttd.png"
    assert image.save(str(path))
    dialog = SignatureDialog(demo_db)
    qtbot.addWidget(dialog)
    assert dialog.list.count() >= 1 and not dialog.remove_button.isEnabled()
    dialog.choose(str(path))
    signatory = dialog.current_id()
    assert documents.signature_image(demo_db, signatory) == path.read_bytes()
    assert dialog.remove_button.isEnabled()
    not_an_image = tmp_path / "ttd.png.txt"
    not_an_image.write_text("bukan gambar")
    dialog.choose(str(not_an_image))
    assert "bukan gambar PNG" in str(shown.errors[-1])
    dialog.remove()
    assert documents.signature_image(demo_db, signatory) is None


def test_the_editor_prints_the_agreement(app, qtbot, demo_db, shown, accept_options,
                                         monkeypatch):
    from kinerja_desktop.gui.programs.program_editor import ProgramEditor
    from kinerja_desktop.services.roster import RosterService
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(Path(url.toLocalFile())) or True))
    anas = RosterService(demo_db).id_by_nip("197203151995031004")
    editor = ProgramEditor(demo_db, anas)
    qtbot.addWidget(editor)
    assert editor.print_agreement_action.isEnabled()
    editor.print_agreement_action.trigger()
    editor.print_evaluation_action.trigger()
    assert len(opened) == 2
    assert "PERJANJIAN KINERJA" in text_of(opened[0])
    assert "EVALUASI KINERJA" in text_of(opened[1])


def test_save_pdf_signed_digitally(app, demo_db, shown, monkeypatch, tmp_path):
    from kinerja_desktop.services.pdf_signing import make_self_signed_pkcs12, validate_signature
    certificate = tmp_path / "setda.p12"
    make_self_signed_pkcs12(certificate, "rahasia", "Sekretariat Daerah Kabupaten Serang")

    def exec_(dialog):
        dialog.certificate_edit.setText(str(certificate))
        dialog.sign_check.setChecked(True)
        dialog.password_edit.setText("rahasia")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PrintOptionsDialog, "exec", exec_)
    target = tmp_path / "ditandatangani.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    assert printing.print_document(None, demo_db, "evaluasi", final_id(demo_db), save=True)
    check = validate_signature(target)
    assert check.intact and check.signatures == 1
    assert "Serang, 21 September 2019" in text_of(target)


def test_a_wrong_certificate_password_registers_no_code(app, demo_db, shown, monkeypatch,
                                                        tmp_path):
    from kinerja_desktop.services.pdf_signing import make_self_signed_pkcs12
    from kinerja_desktop.storage import document_repo
    certificate = tmp_path / "setda.p12"
    make_self_signed_pkcs12(certificate, "rahasia", "Sekretariat Daerah Kabupaten Serang")

    def exec_(dialog):
        dialog.certificate_edit.setText(str(certificate))
        dialog.sign_check.setChecked(True)
        dialog.password_edit.setText("keliru")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PrintOptionsDialog, "exec", exec_)
    target = tmp_path / "ditandatangani.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    evaluation_uuid = demo_db.execute_sql(
        "SELECT uuid FROM evaluation WHERE id = ?", [final_id(demo_db)]).fetchone()[0]
    assert not printing.print_document(None, demo_db, "evaluasi", final_id(demo_db), save=True)
    assert len(shown.errors) == 1 and "sandi" in str(shown.errors[0])
    assert not target.exists()
    assert document_repo.latest_for(demo_db, evaluation_uuid, "evaluasi") is None


def test_a_cancelled_batch_writes_nothing(demo_db, tmp_path):
    from kinerja_desktop.errors import OperationCancelled
    service = DocumentService(demo_db)
    folder = tmp_path / "keluaran"
    folder.mkdir()
    with pytest.raises(OperationCancelled):
        service.print_batch(service.final_evaluations(), folder / "batal.pdf", False,
                            cancelled=lambda: True)
    assert list(folder.iterdir()) == []


def _until_batal(cancelled) -> None:
    """A held batch's wait for the user's Batal (at most 15 s)."""
    import time
    deadline = time.monotonic() + 15
    while not cancelled() and time.monotonic() < deadline:
        time.sleep(0.005)


def _held_batch(qtbot, db, monkeypatch, target: Path, held):
    """Cetak batch from a shown window, saving to `target`, with the service replaced by
    `held`: the function giving its progress dialog while it is shown (else None)."""
    from PySide6.QtWidgets import QProgressDialog, QWidget
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    monkeypatch.setattr(DocumentService, "print_batch", held)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    printing.print_batch(parent, db, None)

    def dialog() -> QProgressDialog | None:
        found = [d for d in parent.findChildren(QProgressDialog, "operationProgress")
                 if d.isVisible()]
        return found[0] if found else None
    return dialog


def _click_batal(qtbot, dialog) -> None:
    """Batal clicked in the batch's dialog; back once the batch has ended and it is gone."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QPushButton
    qtbot.mouseClick(dialog().findChild(QPushButton, "cancelButton"), Qt.MouseButton.LeftButton)
    assert QThreadPool.globalInstance().waitForDone(20000)
    qtbot.waitUntil(lambda: dialog() is None, timeout=10000)


def test_a_batch_shows_its_progress_and_a_click_on_batal_leaves_no_file(
        app, qtbot, demo_db, shown, accept_options, monkeypatch, tmp_path):
    """Issue 15 item 6: batch printing shows real progress, and cancels from its dialog."""
    target = tmp_path / "batch.pdf"
    real = DocumentService.print_batch

    def held(self, ids, path, per_official, images=True, progress=None, cancelled=None,
             waiting=None):
        progress(1, 4)  # a quarter done, then waits for the user's Batal
        _until_batal(cancelled)
        return real(self, ids, path, per_official, images, progress, cancelled, waiting)

    dialog = _held_batch(qtbot, demo_db, monkeypatch, target, held)
    qtbot.waitUntil(lambda: dialog() is not None and dialog().value() > 0, timeout=10000)
    assert dialog().maximum() == 4 and "Mencetak 1 lembar evaluasi" in dialog().labelText()
    _click_batal(qtbot, dialog)
    assert not target.exists() and shown.errors == [] and shown.information == []


def test_a_batch_waiting_for_a_colleagues_save_says_whom_in_its_dialog(
        app, qtbot, demo_db, shown, accept_options, monkeypatch, tmp_path):
    """Issue 20: a batch that must wait for a colleague's save of one of its evaluations (on
    a server) says whom it waits for in its progress dialog; Batal then leaves no file. The
    wait itself is the service's (tests/services/test_batch_printing_server.py): here the
    service is held at the point where it tells `waiting`."""
    target = tmp_path / "batch.pdf"
    told = "Menunggu Budi (PC-SETDA-02) selesai menyimpan data di server…"

    def held(self, ids, path, per_official, images=True, progress=None, cancelled=None,
             waiting=None):
        waiting(told)
        _until_batal(cancelled)
        return []

    dialog = _held_batch(qtbot, demo_db, monkeypatch, target, held)
    qtbot.waitUntil(lambda: dialog() is not None and told in dialog().labelText(),
                    timeout=10000)
    _click_batal(qtbot, dialog)
    assert not target.exists() and shown.errors == []
