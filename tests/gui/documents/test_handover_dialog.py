"""The handover dialog and list, typed and clicked through like a user, on the demo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kinerja_desktop.gui.documents.handover_dialog import HandoverDialog
from kinerja_desktop.gui.documents.handover_list import HandoverListDialog
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.gui.shared.formatting import from_qdate
from kinerja_desktop.services import demo
from kinerja_desktop.services.handover import HandoverService
from kinerja_desktop.services.roster import RosterService
from tests.helpers.dialogs import record_dialogs
from tests.helpers.gui_fixtures import window_action

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard)", extend=True)

POST = "Kepala Dinas Kependudukan dan Catatan Sipil"


def official(db, nip: str) -> int:
    return RosterService(db).id_by_nip(nip)


def abdullah_post(db) -> int:
    (post,) = RosterService(db).get(official(db, demo.ABDULLAH_NIP)).current_appointments()
    return post.id


def open_dialog(qtbot, db, handover_id=None, suggestion=None) -> HandoverDialog:
    dialog = HandoverDialog(db, handover_id, suggestion=suggestion)
    # Closed by done(), not close(): close() would ask about discarding the input and wait.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def confirm(qtbot, editor) -> None:
    """Enter in a cell editor; the delegate commits on the next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def type_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Go to a cell, open its editor with F2, type and confirm with Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    confirm(qtbot, editor)


def add_row(qtbot, dialog, section: str, *texts: str) -> int:
    """Insert a row in a list with the Insert key and type its cells."""
    dialog.tabs.setCurrentWidget(dialog.sections[section])
    table = dialog.sections[section].table
    table.setFocus()
    before = table.rowCount()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert table.rowCount() == before + 1
    row = table.currentRow()
    # Insert opened the first cell's editor already.
    editor = QApplication.focusWidget()
    assert editor is not table
    qtbot.keyClicks(editor, texts[0])
    confirm(qtbot, editor)
    for column, text in enumerate(texts[1:], start=1):
        type_cell(qtbot, table, row, column, text)
    return row


@pytest.fixture
def suggested(app, qtbot, demo_db):
    return open_dialog(qtbot, demo_db,
                       suggestion=HandoverService(demo_db).suggest(abdullah_post(demo_db)))


def test_suggestion_prefills_the_minutes(suggested, demo_db):
    d = suggested
    assert from_qdate(d.date_edit.date()) == date(2019, 6, 14)
    assert (d.post_edit.text(), d.unit_combo.currentText(), d.place_edit.text()) == (
        POST, "Dinas Kependudukan dan Catatan Sipil", "Pendopo Bupati Serang")
    assert d.outgoing.official_id == official(demo_db, demo.JAJANG_NIP)
    assert d.outgoing.post_combo.currentText().startswith(f"Plt. {POST}")
    assert d.incoming.official_id == official(demo_db, demo.ABDULLAH_NIP)
    assert d.incoming.appointment_id == abdullah_post(demo_db)
    assert d.ok_button.isEnabled()
    assert d.missing_label.isHidden()


def test_fill_tables_with_the_keyboard_and_save(suggested, qtbot, demo_db):
    d = suggested
    add_row(qtbot, d, "aset", "Printer KTP-el", "4 unit", "baik")
    add_row(qtbot, d, "aset", "Kendaraan dinas", "2 unit")
    add_row(qtbot, d, "dokumen", "DPA 2019", "1 berkas")
    d.tabs.setCurrentIndex(0)
    add_witness = d.witnesses.table
    add_witness.setFocus()
    qtbot.keyClick(add_witness, Qt.Key.Key_Insert)
    qtbot.keyClicks(QApplication.focusWidget(), "Ratu Tatu Chasanah")
    confirm(qtbot, QApplication.focusWidget())
    type_cell(qtbot, add_witness, 0, 1, "Bupati Serang")
    d.texts["problems"].setPlainText("Blanko KTP-el terbatas")
    assert d.tabs.tabText(4) == "&Aset (2)"
    assert d.ok_button.isEnabled()
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.result() == d.DialogCode.Accepted
    record = HandoverService(demo_db).get(d.saved_id)
    assert [(i.section, i.name, i.quantity, i.condition) for i in record.items] == [
        ("aset", "Printer KTP-el", "4 unit", "baik"), ("aset", "Kendaraan dinas", "2 unit", ""),
        ("dokumen", "DPA 2019", "1 berkas", "")]
    assert [(w.name, w.title) for w in record.witnesses] == [
        ("Ratu Tatu Chasanah", "Bupati Serang")]
    assert (record.problems, record.outgoing.name, record.incoming.name) == (
        "Blanko KTP-el terbatas", "Jajang KH", "Abdullah")


def test_item_without_a_name_is_shown_in_its_cell(suggested, qtbot):
    d = suggested
    table = d.sections["aset"].table
    d.tabs.setCurrentWidget(d.sections["aset"])
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # leave the name empty
    type_cell(qtbot, table, 0, 1, "3 unit")
    assert not d.ok_button.isEnabled()
    assert "Aset/barang milik daerah, baris 1: uraian wajib diisi." in d.problems.text()
    assert table.item(0, 0).background().color().name() == "#f8d7da"
    assert "uraian wajib diisi" in table.item(0, 0).toolTip()
    type_cell(qtbot, table, 0, 0, "Printer")
    assert d.ok_button.isEnabled()
    assert d.problems.isHidden()
    assert not table.item(0, 0).toolTip()


def test_blank_rows_are_ignored_and_delete_removes_a_row(suggested, qtbot):
    d = suggested
    table = d.sections["pegawai"].table
    add_row(qtbot, d, "pegawai", "PNS", "62 orang")
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert table.rowCount() == 2 and d.ok_button.isEnabled()
    assert [i.name for i in d.value().items] == ["PNS"]
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert table.rowCount() == 1 and d.value().items == []
    qtbot.mouseClick(d.sections["pegawai"].remove_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0


def test_same_official_on_both_sides_is_refused(suggested, demo_db):
    d = suggested
    d.incoming.set_value(official(demo_db, demo.JAJANG_NIP), None)
    assert not d.ok_button.isEnabled()
    assert "harus orang lain" in d.problems.text()


def test_new_dialog_says_what_is_missing_and_fills_from_the_inauguration(app, qtbot, demo_db):
    d = open_dialog(qtbot, demo_db)
    assert not d.ok_button.isEnabled()
    assert d.missing_label.text().startswith("Belum diisi: jabatan yang diserahterimakan")
    assert d.problems.isHidden()
    assert not d.suggest_button.isEnabled()
    d.incoming.picker.choose(official(demo_db, demo.ABDULLAH_NIP))
    # Choosing the official takes their current post and fills the empty post and unit.
    assert d.incoming.appointment_id == abdullah_post(demo_db)
    assert d.post_edit.text() == POST
    assert d.suggest_button.isEnabled()
    qtbot.mouseClick(d.suggest_button, Qt.MouseButton.LeftButton)
    assert d.outgoing.official_id == official(demo_db, demo.JAJANG_NIP)
    assert from_qdate(d.date_edit.date()) == date(2019, 6, 14)
    assert d.ok_button.isEnabled()


def test_edit_the_demo_handover(app, qtbot, demo_db):
    service = HandoverService(demo_db)
    (summary,) = service.handovers()
    before = service.get(summary.id)
    d = open_dialog(qtbot, demo_db, summary.id)
    assert d.windowTitle() == "Ubah serah terima jabatan"
    assert d.value() == before.as_input()
    assert d.tabs.tabText(2) == f"&Kegiatan ({len(before.items_in('kegiatan'))})"
    table = d.sections["aset"].table
    d.tabs.setCurrentWidget(d.sections["aset"])
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    d.number_edit.setText("800/015-Setda/2019")
    qtbot.keyClick(d, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert d.result() == d.DialogCode.Accepted
    after = service.get(summary.id)
    assert after.number == "800/015-Setda/2019"
    assert len(after.items_in("aset")) == len(before.items_in("aset")) - 1
    assert [a.action for a in service.audit_trail(summary.id)] == ["buat", "ubah"]


def test_cancel_with_changes_asks_first(app, qtbot, demo_db, monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    d = open_dialog(qtbot, demo_db)
    d.reject()  # nothing typed: closes without asking
    assert shown.questions == [] and d.result() == d.DialogCode.Rejected
    d = open_dialog(qtbot, demo_db)
    d.number_edit.setText("1")
    shown.answer = QMessageBox.StandardButton.No
    d.reject()
    assert len(shown.questions) == 1 and d.isVisible()
    shown.answer = QMessageBox.StandardButton.Yes
    d.reject()
    assert not d.isVisible()


# The list -----------------------------------------------------------------------------------

def open_list(qtbot, db) -> HandoverListDialog:
    dialog = HandoverListDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_list_shows_the_demo_handover_and_prints_by_signal(app, qtbot, demo_db):
    d = open_list(qtbot, demo_db)
    assert d.model.rowCount() == 1
    assert [d.model.index(0, c).data() for c in range(6)] == [
        "14 Juni 2019", POST, "Jajang KH", "Abdullah", demo.HANDOVER_NUMBER,
        f"{len(demo.HANDOVER_ITEMS)} baris"]
    with qtbot.waitSignal(d.print_requested) as signal:
        qtbot.mouseClick(d.print_button, Qt.MouseButton.LeftButton)
    assert signal.args == [d.selected_id()]


def test_list_delete_asks_and_deletes(app, qtbot, demo_db, monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    d = open_list(qtbot, demo_db)
    shown.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(d.delete_button, Qt.MouseButton.LeftButton)
    assert d.model.rowCount() == 1
    assert "Jajang KH" in shown.questions[0] and "Abdullah" in shown.questions[0]
    shown.answer = QMessageBox.StandardButton.Yes
    d.table.setFocus()
    qtbot.keyClick(d.table, Qt.Key.Key_Delete)
    assert len(shown.questions) == 2
    assert d.model.rowCount() == 0 and HandoverService(demo_db).handovers() == []
    assert not d.delete_button.isEnabled() and not d.print_button.isEnabled()
    assert d.empty_label.isVisible()
    assert shown.errors == []


def test_list_new_and_edit_open_the_dialog(app, qtbot, demo_db, monkeypatch):
    opened = []

    def run(dialog):
        opened.append(dialog.handover_id)
        if dialog.handover_id is not None:
            dialog.number_edit.setText("BARU")
            dialog.save()
        return dialog.result()

    monkeypatch.setattr(HandoverDialog, "exec", run)
    d = open_list(qtbot, demo_db)
    (handover_id,) = [h.id for h in d.model.items]
    qtbot.mouseClick(d.new_button, Qt.MouseButton.LeftButton)
    centre = d.table.visualRect(d.model.index(0, 1)).center()
    # QTest's double-click is the second click only: the view wants the press before it.
    qtbot.mouseClick(d.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(d.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == [None, handover_id]
    assert d.model.index(0, 4).data() == "BARU"


def test_main_window_opens_the_list(demo_window, monkeypatch):
    shown = []
    monkeypatch.setattr(HandoverListDialog, "exec",
                        lambda self: shown.append(self.model.rowCount()) or 0)
    action = window_action(demo_window, "handoverAction")
    menu = next(a.menu() for a in demo_window.menuBar().actions()
                if a.text() == "Pe&lantikan")
    assert action in menu.actions()
    action.trigger()
    assert shown == [1]


def test_set_value_clears_a_chosen_official(suggested):
    d = suggested
    d.outgoing.set_value(None, None)
    assert (d.outgoing.official_id, d.outgoing.picker.text(), d.outgoing.appointment_id) == (
        None, "", None)
    assert "pejabat yang menyerahkan" in d.missing_label.text()


def test_the_handover_date_is_typed_and_a_wrong_one_is_refused(suggested, qtbot, demo_db):
    # "14-06-2019" typed over the date used to be ignored (the old date stayed unseen).
    d = suggested
    edit = d.date_edit

    def type_date(text: str) -> None:
        qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)

    type_date("besok")
    assert not d.ok_button.isEnabled()
    assert "Tanggal: tanggal tidak dikenali; ketik misalnya 14 Juni 2019" in d.problems.text()
    type_date("17-06-2019")
    assert edit.text() == "Senin, 17 Juni 2019"
    assert d.ok_button.isEnabled()
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.result() == d.DialogCode.Accepted
    assert HandoverService(demo_db).get(d.saved_id).date == date(2019, 6, 17)


# Two people on one handover (issue 20) ------------------------------------------------------

def colleague_changes(db, handover_id: int, **changes) -> None:
    """Budi, on another connection, saves the handover after this dialog opened."""
    from dataclasses import replace

    from kinerja_desktop.storage.database import open_database
    other = open_database(db.path)
    try:
        theirs = HandoverService(other, actor=lambda: "Budi")
        theirs.update(handover_id, replace(theirs.get(handover_id).as_input(), **changes))
    finally:
        other.close()


def retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_a_colleagues_change_to_the_same_field_asks_and_discard_loads_theirs(
        app, qtbot, demo_db, monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    shown.answer = QMessageBox.StandardButton.Discard
    (summary,) = HandoverService(demo_db).handovers()
    d = open_dialog(qtbot, demo_db, summary.id)
    colleague_changes(demo_db, summary.id, place="Aula Setda")
    retype(qtbot, d.place_edit, "Pendopo Bupati")
    qtbot.keyClick(d, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(shown.questions) == 1
    assert shown.questions[0].startswith("KONFLIK serah terima jabatan ")
    assert "Tempat: isian Anda Pendopo Bupati, tersimpan Aula Setda" in shown.questions[0]
    assert d.isVisible() and d.result() != d.DialogCode.Accepted
    assert d.place_edit.text() == "Aula Setda"  # what is stored, loaded into the form
    assert HandoverService(demo_db).get(summary.id).place == "Aula Setda"


def test_a_colleagues_change_to_another_field_stays_when_saving(app, qtbot, demo_db,
                                                                 monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    (summary,) = HandoverService(demo_db).handovers()
    d = open_dialog(qtbot, demo_db, summary.id)
    colleague_changes(demo_db, summary.id, notes="Catatan dari Budi.")
    retype(qtbot, d.place_edit, "Pendopo Bupati")
    qtbot.keyClick(d, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert d.result() == d.DialogCode.Accepted and shown.questions == []
    stored = HandoverService(demo_db).get(summary.id)
    assert (stored.place, stored.notes) == ("Pendopo Bupati", "Catatan dari Budi.")
