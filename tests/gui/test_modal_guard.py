"""The guard against modal dialogs a test did not patch (tests/helpers/gui_fixtures.py): they
answer "cancel" at once and fail their test; what a test patched itself is left alone."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWizard


def test_an_unpatched_question_is_answered_no_at_once_and_recorded(app, no_unpatched_modal):
    answer = QMessageBox.question(None, "Hapus target", "Hapus target ini beserta laporannya?")
    assert answer == QMessageBox.StandardButton.No  # the user closed it: not Yes
    assert no_unpatched_modal.calls == [
        "QMessageBox.question 'Hapus target' 'Hapus target ini beserta laporannya?'"]
    no_unpatched_modal.calls.clear()  # reported: this test only checks the record


def test_every_blocking_entry_point_answers_cancel(app, no_unpatched_modal):
    buttons = QMessageBox.StandardButton
    assert QMessageBox.question(None, "T", "?", buttons.Yes | buttons.Cancel) == buttons.Cancel
    assert QMessageBox.warning(None, "T", "!") == buttons.Ok
    assert QMessageBox.critical(None, "T", "!", buttons.Retry | buttons.Abort) == buttons.Abort
    box = QMessageBox(QMessageBox.Icon.Information, "Info", "Isi kotak")
    assert box.exec() == QDialog.DialogCode.Rejected
    wizard = QWizard()
    wizard.setWindowTitle("Wizard")
    assert wizard.exec() == QDialog.DialogCode.Rejected
    assert QFileDialog.getOpenFileName(None, "Pilih berkas") == ("", "")
    assert QFileDialog.getExistingDirectory(None, "Pilih folder") == ""
    assert QInputDialog.getMultiLineText(None, "Alasan", "Alasan:") == ("", False)
    assert no_unpatched_modal.calls == [
        "QMessageBox.question 'T' '?'", "QMessageBox.warning 'T' '!'",
        "QMessageBox.critical 'T' '!'", "QMessageBox.exec 'Info' 'Isi kotak'",
        "QWizard.exec 'Wizard'", "QFileDialog.getOpenFileName 'Pilih berkas'",
        "QFileDialog.getExistingDirectory 'Pilih folder'",
        "QInputDialog.getMultiLineText 'Alasan'"]
    no_unpatched_modal.calls.clear()


INNER = '''
    import pytest
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox


    def test_unpatched_question(qapp):
        QMessageBox.question(None, "Simpan?", "Simpan perubahan?")


    def test_unpatched_dialog_and_file_dialog(qapp):
        dialog = QDialog()
        dialog.setWindowTitle("Pengaturan")
        dialog.exec()
        QFileDialog.getSaveFileName(None, "Simpan PDF")


    def test_patched_question(qapp, monkeypatch):
        monkeypatch.setattr(QMessageBox, "question",
                            staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
        assert QMessageBox.question(None, "Simpan?", "?") == QMessageBox.StandardButton.Yes


    class Options(QDialog):
        pass


    def test_patched_subclass_exec(qapp, monkeypatch):
        monkeypatch.setattr(Options, "exec", lambda self: QDialog.DialogCode.Accepted)
        assert Options().exec() == QDialog.DialogCode.Accepted


    @pytest.mark.modal_allowed
    def test_a_real_modal_loop_closed_by_a_timer(qapp):
        dialog = QDialog()
        seen = []
        QTimer.singleShot(50, lambda: (seen.append(dialog.isVisible()), dialog.accept()))
        assert dialog.exec() == QDialog.DialogCode.Accepted
        assert seen == [True]
'''


@pytest.mark.slow
def test_an_unpatched_dialog_fails_its_test_at_teardown(run_pytest):
    result, _ = run_pytest(INNER, "-p", "tests.helpers.gui_fixtures", "-o", "timeout=60")
    output = result.stdout
    assert result.returncode == 1, output + result.stderr
    assert re.search(r"\b5 passed, 2 errors\b", output), output
    errors = re.findall(r"_+ ERROR at teardown of (\w+) _+\n(.*?)\n(?=_|=)", output, re.S)
    assert {name: text.splitlines()[1:-1] for name, text in errors} == {
        "test_unpatched_question": ["  QMessageBox.question 'Simpan?' 'Simpan perubahan?'"],
        "test_unpatched_dialog_and_file_dialog": [
            "  QDialog.exec 'Pengaturan'", "  QFileDialog.getSaveFileName 'Simpan PDF'"]}
