"""The program dialog: the main post preselected, day 100 computed, inline validation, no writes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.periods import default_end
from kinerja_desktop.domain.programs import DEFAULT_SCHEME, ProgramInput, TargetInput
from kinerja_desktop.gui.programs.program_dialog import ProgramDialog
from kinerja_desktop.gui.shared.formatting import from_qdate, to_qdate
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.roster import RosterService

TODAY = date(2019, 7, 1)
MAIN_POST = "Kepala Dinas Pendidikan"
ACTING_POST = "Kepala Dinas Perhubungan"
OLD_POST = "Sekretaris Dinas Pendidikan"


@pytest.fixture
def programs(db) -> ProgramService:
    return ProgramService(db, today=lambda: TODAY)


@pytest.fixture
def official(db):
    """Inaugurated on 14 June 2019 (the day 100 example), acting elsewhere, one post ended."""
    roster = RosterService(db)
    official_id, _ = roster.create(
        OfficialInput("197505052000011001", "Dedi Kurniawan", rank="IV/c"),
        [AppointmentInput(OLD_POST, "Dinas Pendidikan", "III.a", "promosi",
                          start_date=date(2015, 1, 5), end_date=date(2019, 6, 13)),
         # Listed before the main post on purpose: the dialog must still prefer the definitive.
         AppointmentInput(f"{ACTING_POST}", "Dinas Perhubungan", "II.b", "plt"),
         AppointmentInput(MAIN_POST, "Dinas Pendidikan", "II.b", "rotasi",
                          start_date=date(2019, 6, 14))])
    return roster.get(official_id)


def appointment(official, title: str):
    return next(a for a in official.appointments if a.post_title == title)


def make(qtbot, programs, official, program=None) -> ProgramDialog:
    dialog = ProgramDialog(programs, official, program=program)
    qtbot.addWidget(dialog)
    return dialog


def post_texts(dialog) -> list[str]:
    return [dialog.post_combo.itemText(i) for i in range(dialog.post_combo.count())]


def test_defaults_main_post_and_day_100(app, qtbot, programs, official):
    dialog = make(qtbot, programs, official)
    texts = post_texts(dialog)
    # Current posts first, the definitive one at the top; the ended post last, marked.
    assert texts[0] == f"{MAIN_POST} — Dinas Pendidikan"
    assert texts[1] == f"Plt. {ACTING_POST} — Dinas Perhubungan"
    assert texts[2].startswith(OLD_POST) and "13 Juni 2019" in texts[2]
    assert dialog.appointment_id() == appointment(official, MAIN_POST).id
    assert dialog.kind_combo.currentText() == "100 Hari"
    assert dialog.scheme_combo.currentData() == DEFAULT_SCHEME
    # The start is the post's start; day 100 of 14 June 2019 is Saturday 21 September 2019.
    assert from_qdate(dialog.start_edit.date()) == date(2019, 6, 14)
    assert from_qdate(dialog.end_edit.date()) == date(2019, 9, 21)
    assert dialog.end_edit.isReadOnly()
    assert dialog.end_hint.text() == "Hari ke-100"
    assert dialog.ok_button.isEnabled()
    assert dialog.problems.text() == ""
    assert [dialog.copy_combo.itemText(i) for i in range(dialog.copy_combo.count())] \
        == ["(kosong)"]
    assert dialog.copy_from() is None
    assert dialog.program_input() == ProgramInput("100_hari", date(2019, 6, 14),
                                                  date(2019, 9, 21), DEFAULT_SCHEME, "", "")


def test_start_follows_the_post_until_set_by_hand(app, qtbot, programs, official):
    dialog = make(qtbot, programs, official)
    dialog.post_combo.setCurrentIndex(1)  # the acting post has no known start: today
    assert from_qdate(dialog.start_edit.date()) == TODAY
    assert from_qdate(dialog.end_edit.date()) == default_end("100_hari", TODAY)
    dialog.post_combo.setCurrentIndex(2)
    assert dialog.appointment_id() == appointment(official, OLD_POST).id
    assert from_qdate(dialog.start_edit.date()) == date(2015, 1, 5)
    assert dialog.problems.text() == ""
    dialog.start_edit.setDate(to_qdate(date(2019, 7, 1)))  # chosen by hand, after the post ended
    assert "Jabatan ini sudah berakhir pada 13 Juni 2019" in dialog.problems.text()
    assert dialog.ok_button.isEnabled()  # a warning only
    assert dialog.end_edit.text() == "Selasa, 8 Oktober 2019"
    dialog.post_combo.setCurrentIndex(0)
    assert from_qdate(dialog.start_edit.date()) == date(2019, 7, 1)  # kept
    assert "sebelum jabatan ini dipegang" not in dialog.problems.text()
    dialog.start_edit.setDate(to_qdate(date(2019, 6, 1)))
    assert "sebelum jabatan ini dipegang (14 Juni 2019)" in dialog.problems.text()


def test_other_kinds_have_an_editable_end_checked_against_the_start(app, qtbot, programs,
                                                                     official):
    dialog = make(qtbot, programs, official)
    dialog.start_edit.setDate(to_qdate(date(2020, 1, 1)))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("Triwulan"))
    assert not dialog.end_edit.isReadOnly()
    assert from_qdate(dialog.end_edit.date()) == date(2020, 3, 31)
    assert dialog.end_hint.text() == "Hari terakhir · 91 hari"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("Tahunan"))
    assert from_qdate(dialog.end_edit.date()) == date(2020, 12, 31)
    dialog.end_edit.setDate(to_qdate(date(2020, 11, 30)))  # an end set by hand is kept …
    dialog.start_edit.setDate(to_qdate(date(2020, 1, 2)))
    assert from_qdate(dialog.end_edit.date()) == date(2020, 11, 30)
    assert dialog.program_input().end_date == date(2020, 11, 30)
    dialog.end_edit.setDate(to_qdate(date(2019, 12, 31)))
    assert not dialog.ok_button.isEnabled()
    assert "tidak boleh sebelum tanggal mulai" in dialog.problems.text()
    # … until the kind changes: 100 days again end on day 100, whatever was typed.
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("100 Hari"))
    assert dialog.end_edit.isReadOnly()
    assert from_qdate(dialog.end_edit.date()) == date(2020, 4, 10)
    assert dialog.ok_button.isEnabled()


def test_title_and_note_typed_and_too_long_title_refused(app, qtbot, programs, official):
    dialog = make(qtbot, programs, official)
    qtbot.keyClicks(dialog.title_edit, "  Program   100 Hari Disdik ")
    qtbot.keyClicks(dialog.note_edit, "Disepakati dengan Bupati")
    dialog.scheme_combo.setCurrentIndex(dialog.scheme_combo.findData("pp46_2011"))
    data = dialog.program_input()
    assert (data.title, data.note, data.scheme) == ("Program 100 Hari Disdik",
                                                    "Disepakati dengan Bupati", "pp46_2011")
    assert dialog.ok_button.isEnabled()
    dialog.title_edit.setText("x" * 200)
    qtbot.keyClicks(dialog.title_edit, "y")
    assert not dialog.ok_button.isEnabled()
    assert "Judul terlalu panjang" in dialog.problems.text()
    qtbot.keyClick(dialog.title_edit, "\b")  # Backspace
    assert dialog.ok_button.isEnabled()


def test_copy_from_an_earlier_program_and_nothing_written(app, qtbot, programs, official):
    main = appointment(official, MAIN_POST)
    earlier = programs.create_program(main.id, ProgramInput(start_date=date(2019, 6, 14),
                                                            title="Program awal Disdik"))
    dialog = make(qtbot, programs, official)
    texts = [dialog.copy_combo.itemText(i) for i in range(dialog.copy_combo.count())]
    assert texts[0] == "(kosong)"
    assert texts[1] == "Program awal Disdik (14 Juni 2019 – 21 September 2019, 0 target)"
    dialog.copy_combo.setCurrentIndex(1)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("semester"))
    dialog.start_edit.setDate(to_qdate(date(2019, 9, 22)))
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.copy_from() == earlier
    assert dialog.appointment_id() == main.id
    assert dialog.program_input() == ProgramInput("semester", date(2019, 9, 22),
                                                  date(2020, 3, 21), DEFAULT_SCHEME, "", "")
    assert [p.id for p in programs.programs_of_official(official.id)] == [earlier]


def test_edit_mode_loads_the_program_and_keeps_its_post(app, qtbot, programs, official):
    acting = appointment(official, ACTING_POST)
    program_id = programs.create_program(acting.id, ProgramInput(
        "triwulan", date(2020, 1, 6), date(2020, 3, 31), "pp46_2011", "Triwulan I", "catatan"))
    record = programs.program(program_id)
    dialog = make(qtbot, programs, official, record)
    assert dialog.windowTitle() == "Ubah program – Dedi Kurniawan"
    assert dialog.ok_button.text() == "Simpan"
    assert not dialog.post_combo.isEnabled()
    assert dialog.post_combo.currentData() == acting.id
    assert dialog.copy_combo.isHidden()
    assert dialog.program_input() == record.as_input()
    # An end changed by hand stays when the start moves.
    dialog.start_edit.setDate(to_qdate(date(2020, 1, 2)))
    assert dialog.program_input().end_date == date(2020, 3, 31)
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Triwulan Pertama")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.appointment_id() == acting.id
    assert dialog.copy_from() is None
    assert dialog.program_input().title == "Triwulan Pertama"
    assert programs.program(program_id).title == "Triwulan I"  # the caller saves


def test_agreed_program_cannot_be_edited(app, qtbot, programs, official):
    main = appointment(official, MAIN_POST)
    program_id = programs.create_program(main.id, ProgramInput(start_date=date(2019, 6, 14)))
    programs.add_target(program_id, TargetInput("inovasi", "Sekolah digital", target_value=10,
                                                unit="sekolah", weight=Decimal(100)))
    programs.change_status(program_id, "disepakati")
    dialog = make(qtbot, programs, official, programs.program(program_id))
    assert not dialog.ok_button.isEnabled()
    assert "Program berstatus Disepakati" in dialog.problems.text()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_official_without_posts_is_told_and_ok_stays_off(app, qtbot, db, programs):
    roster = RosterService(db)
    official_id, _ = roster.create(OfficialInput("198001012005011002", "Tanpa Jabatan"))
    dialog = make(qtbot, programs, roster.get(official_id))
    assert not dialog.no_post_label.isHidden()
    assert "Tanpa Jabatan belum memiliki jabatan" in dialog.no_post_label.text()
    assert dialog.post_combo.isHidden()
    assert dialog.appointment_id() is None
    assert not dialog.ok_button.isEnabled()
    assert from_qdate(dialog.start_edit.date()) == TODAY
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_the_end_hint_follows_the_typed_dates_and_does_not_repeat_the_field(app, qtbot, programs,
                                                                             official):
    # The hint repeated the end field's own weekday and date, and kept the old dates' length
    # while the typed end was no date at all.
    dialog = make(qtbot, programs, official)
    with qtbot.waitActive(dialog):  # typed keys count as typing only in the active window
        dialog.show()
        dialog.activateWindow()
    assert dialog.end_edit.text() == "Sabtu, 21 September 2019"
    assert dialog.end_hint.text() == "Hari ke-100"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("Triwulan"))
    end = dialog.end_edit
    qtbot.mouseClick(end.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(end, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(end, "31/02/2019")
    qtbot.keyClick(end, Qt.Key.Key_Tab)
    assert dialog.end_hint.text() == ""
    qtbot.mouseClick(end.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(end, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(end, "30/06/2019")
    assert dialog.end_hint.text() == "Hari terakhir · 17 hari"  # 14 to 30 June, both counted


def test_the_chosen_scheme_shows_its_basis_and_status(app, qtbot, programs, official):
    """Issue 16: under the scheme's list, the regulation it follows and whether it is still in
    force; a revoked scheme is marked in the list and can still be chosen (for evaluations of
    its years)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kinerja_desktop.domain.scheme_catalog import CATALOG
    dialog = make(qtbot, programs, official)
    with qtbot.waitExposed(dialog):
        dialog.show()
    combo = dialog.scheme_combo
    assert "Status: Pilihan aplikasi" in dialog.scheme_note.text()
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert [t for t in texts if t.endswith("— tidak berlaku lagi")] == [
        f"{CATALOG['pp46_2011'].label} — tidak berlaku lagi",
        f"{CATALOG['pp30_2019'].label} — tidak berlaku lagi"]
    assert "PermenPANRB 6/2022 (hasil kerja × perilaku kerja)" in texts  # in force: unmarked

    # Chosen with the mouse, as a user does: open the list, click PP 46/2011.
    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # the opening click's release is ignored
    index = view.model().index(combo.findData("pp46_2011"), 0)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentData() == "pp46_2011"
    note = dialog.scheme_note.text()
    assert "Dasar: PP No. 46 Tahun 2011 tentang Penilaian Prestasi Kerja PNS; Peraturan " \
           "Kepala BKN No. 1 Tahun 2013." in note
    assert "Status: <span style='color:#b00020'>Dicabut oleh PP No. 30 Tahun 2019" in note
    assert dialog.scheme_note.isVisible()
    assert dialog.ok_button.isEnabled()  # revoked, yet allowed
    assert dialog.program_input().scheme == "pp46_2011"

    # And with the keyboard back to the scheme in force.
    combo.setFocus()
    while combo.currentData() != "permenpanrb_6_2022":
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.scheme_note.text().endswith("Status: Berlaku.")
