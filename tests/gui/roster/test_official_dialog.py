"""The official dialog: inline validation, OK disabled while invalid, appointments saved on OK."""

from __future__ import annotations

import html

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from kinerja_desktop.domain.officials import AppointmentInput
from kinerja_desktop.gui.roster.appointment_dialog import AppointmentDialog
from kinerja_desktop.gui.roster.official_dialog import OfficialDialog
from kinerja_desktop.services.roster import RosterService


def ok_button(dialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_ok_disabled_until_valid_with_messages_naming_the_problem(app, qtbot, db):
    dialog = OfficialDialog(db)
    qtbot.addWidget(dialog)
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.nip_edit, "19701301 199003 1 002")  # month 13
    assert not ok_button(dialog).isEnabled()
    assert "tanggal lahir" in dialog.problems.text()
    dialog.nip_edit.clear()
    qtbot.keyClicks(dialog.nip_edit, "19700101 199003 3 002")
    assert "jenis kelamin" in dialog.problems.text()
    dialog.nip_edit.clear()
    qtbot.keyClicks(dialog.nip_edit, "1970.0101.1990.03.1.002")
    qtbot.keyClicks(dialog.name_edit, "Budi Santoso")
    assert ok_button(dialog).isEnabled()
    assert "1 Januari 1970" in dialog.nip_info.text()


def test_duplicate_nip_is_refused_inline(app, qtbot, demo_db):
    dialog = OfficialDialog(demo_db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.nip_edit, "196611201989031007")
    qtbot.keyClicks(dialog.name_edit, "Orang Lain")
    assert not ok_button(dialog).isEnabled()
    assert "sudah terdaftar untuk Abdullah" in dialog.problems.text()
    assert "NIP 19661120 198903 1 007 sudah" in dialog.problems.text()  # grouped, as printed


def test_new_official_with_an_appointment_saved_in_one_go(app, qtbot, db, monkeypatch):
    dialog = OfficialDialog(db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.nip_edit, "197505052000011001")
    qtbot.keyClicks(dialog.name_edit, "Dedi Kurniawan")
    dialog.rank_combo.setCurrentIndex(dialog.rank_combo.findData("IV/c"))

    def fill_appointment(appointment_dialog: AppointmentDialog):
        qtbot.keyClicks(appointment_dialog.post_edit, "Kepala Dinas Pendidikan")
        appointment_dialog.unit_combo.setCurrentText("Dinas Pendidikan")
        appointment_dialog.eselon_combo.setCurrentIndex(
            appointment_dialog.eselon_combo.findData("II.b"))
        appointment_dialog.start_date.set_value(date(2020, 1, 6))
        assert appointment_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        appointment_dialog.accept()
        return appointment_dialog.result()
    monkeypatch.setattr(AppointmentDialog, "exec", fill_appointment)
    dialog.add_appointment()
    assert dialog.appointments.rowCount() == 1
    ok_button(dialog).click()
    assert dialog.result() == OfficialDialog.DialogCode.Accepted
    official = RosterService(db).get(dialog.saved_id)
    assert official.full_name == "Dedi Kurniawan"
    assert [(a.post_title, a.unit_name, a.eselon, a.start_date) for a in official.appointments] \
        == [("Kepala Dinas Pendidikan", "Dinas Pendidikan", "II.b", date(2020, 1, 6))]


def test_cancel_writes_nothing(app, qtbot, demo_db):
    roster = RosterService(demo_db)
    official_id = roster.id_by_nip("196805041990021003")
    before = roster.get(official_id)
    dialog = OfficialDialog(demo_db, official_id)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Nama Diubah")
    dialog.appointments.set_entries([])  # as if every appointment were removed
    dialog.reject()
    assert roster.get(official_id) == before


def test_appointment_dialog_refuses_end_before_start(app, qtbot):
    dialog = AppointmentDialog(["Dinas Pendidikan"], AppointmentInput(
        "Kepala Dinas Pendidikan", "Dinas Pendidikan", start_date=date(2020, 1, 6)))
    qtbot.addWidget(dialog)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.end_date.set_value(date(2019, 12, 31))
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "sebelum tanggal mulai" in dialog.problems.text()


def test_rank_outside_usual_range_warns_but_allows(app, qtbot):
    dialog = AppointmentDialog([], AppointmentInput("Kepala Dinas", "Dinas X", eselon="II.b"),
                               rank="III/a")
    qtbot.addWidget(dialog)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "di luar kisaran lazim" in dialog.problems.text()


def test_rank_warning_only_for_posts_held_now(app, qtbot, demo_db):
    """Jajang KH (IV/a) was Plt of an eselon II.b post until 13 June 2019: that ended post
    is no reason for a warning today; his current III.a post is within range."""
    roster = RosterService(demo_db)
    dialog = OfficialDialog(demo_db, roster.id_by_nip("197102101996031002"))
    qtbot.addWidget(dialog)
    assert dialog.appointments.rowCount() == 2
    assert "kisaran lazim" not in dialog.problems.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_appointment_dates_are_typed_and_a_wrong_one_blocks_ok(app, qtbot):
    # Typed "02/01/2018" was ignored and the field kept its old date unseen.
    dialog = AppointmentDialog(["Dinas Pendidikan"], AppointmentInput(
        "Kepala Dinas Pendidikan", "Dinas Pendidikan", start_date=date(2020, 1, 6)))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    edit = dialog.start_date.edit
    for text, expected in (("02/01/2018", date(2018, 1, 2)),
                           ("14 Pebruari 2020", date(2020, 2, 14))):
        qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
        assert dialog.value().start_date == expected
        assert ok.isEnabled()
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "30 Pebruari 2020")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert not ok.isEnabled()
    assert "Mulai menjabat: '30 Pebruari 2020' tidak ada" in html.unescape(dialog.problems.text())
    assert "Februari 2020 hanya sampai tanggal 29" in dialog.problems.text()
    dialog.grab().save("/tmp/dates-appointment.png")


def test_a_change_by_someone_else_since_opening_is_shown_and_decided(app, qtbot, demo_db,
                                                                    monkeypatch):
    """Issue 20: a stale save overwrote another user's change silently. Now OK asks (the
    wording of a merge conflict); Batal keeps the dialog and writes nothing, Buang loads the
    stored data, Simpan keeps the user's own."""
    from kinerja_desktop.gui.shared import operations
    from kinerja_desktop.storage.database import open_database, set_actor_provider
    from tests.helpers.dialogs import record_dialogs
    roster = RosterService(demo_db)
    official_id = roster.id_by_nip("197203151995031004")  # Anas Dwisatya
    dialog = OfficialDialog(demo_db, official_id)
    qtbot.addWidget(dialog)
    dialog.show()
    other = open_database(demo_db.path)  # a colleague's program on the same file
    set_actor_provider(lambda: "Budi")
    try:
        theirs = RosterService(other).get(official_id).as_input()
        theirs.front_title = "Dr."
        RosterService(other).update(official_id, theirs)
    finally:
        set_actor_provider(None)
        other.close()
    shown = record_dialogs(monkeypatch, operations)
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Anas Dwi Satya")
    ok = ok_button(dialog)

    shown.answer = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton, pos=ok.rect().center())
    assert len(shown.questions) == 1 and shown.errors == []
    assert shown.questions[0].startswith("KONFLIK pejabat 'Dr. Anas Dwisatya': diubah oleh "
                                         "Budi pada ")
    assert "Gelar depan: isian Anda (kosong), tersimpan Dr." in shown.questions[0]
    assert dialog.isVisible() and roster.get(official_id).name == "Anas Dwisatya"

    shown.answer = QMessageBox.StandardButton.Discard
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton, pos=ok.rect().center())
    assert dialog.front_edit.text() == "Dr." and dialog.name_edit.text() == "Anas Dwisatya"
    assert dialog.isVisible()

    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Anas Dwi Satya")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton, pos=ok.rect().center())  # nothing new
    assert len(shown.questions) == 2 and not dialog.isVisible()
    saved = roster.get(official_id)
    assert (saved.front_title, saved.name) == ("Dr.", "Anas Dwi Satya")
