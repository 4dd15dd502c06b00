"""The inauguration dialog, typed and clicked through like a user: 14 June 2019 and its edges."""

from __future__ import annotations

import html

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from kinerja_desktop.domain.officials import OfficialInput
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.gui.roster import inauguration_dialog as module
from kinerja_desktop.gui.roster.inauguration_dialog import InaugurationDialog
from kinerja_desktop.gui.roster.official_picker import SUGGESTIONS
from kinerja_desktop.services import demo
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import official_repo
from tests.helpers.nips import many_nips
from tests.helpers.shadowing import hidden_methods

# Suggestion lists are popups; the offscreen platform cannot raise them or grab the keyboard
# for them, and says so. Those are the platform's limits (like propagateSizeHints), not ours.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard)", extend=True)

ANAS, RACHMAT, AJAT, ISHAK, ABDULLAH, JAJANG, _ASEP = (p.nip for p in demo.OFFICIALS)
DAY = date(2019, 6, 14)
DAY_BEFORE = date(2019, 6, 13)


@pytest.fixture
def before_db(db):
    """The demo's officials in their posts before 14 June 2019, with no inauguration yet."""
    roster = RosterService(db)
    with db.atomic():
        for name, short, kind in demo.UNITS:
            official_repo.ensure_unit(db, name, short, kind)
        official_repo.ensure_signatory(db, "Ratu Tatu Chasanah", "Bupati Serang", "bupati")
    for person in demo.OFFICIALS:
        roster.create(OfficialInput(person.nip, person.name, rank=person.rank), person.previous)
    return db


def open_dialog(qtbot, db) -> InaugurationDialog:
    dialog = InaugurationDialog(db)
    # Closed by done(), not close(): close() would ask about discarding the input and wait.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    # Active, as exec() makes it: focus moves (and so leaving a field) need an active window.
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def type_into(qtbot, widget, text: str) -> None:
    """Click into a field and type over whatever it holds, as a user replaces a value."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def pick_from_popup(qtbot, row, text: str) -> None:
    """Type part of a name, wait for the suggestions, take the first with Down and Enter."""
    picker = row.official_edit
    type_into(qtbot, picker, text)
    popup = picker.suggester.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert row.official_id is not None


def pick_by_nip(qtbot, row, nip: str) -> None:
    """Type a whole NIP and press Enter: the only match is taken without opening the list."""
    type_into(qtbot, row.official_edit, nip)
    qtbot.keyClick(row.official_edit, Qt.Key.Key_Return)
    assert row.official_id is not None


def fill_row(qtbot, row, post: str, unit: str | None = None, filling: str = "",
             decree: str = "") -> None:
    type_into(qtbot, row.post_edit, post)
    if unit is None:
        # Leaving the post field fills the unit named in the title.
        qtbot.keyClick(row.post_edit, Qt.Key.Key_Tab)
    else:
        type_into(qtbot, row.unit_combo.lineEdit(), unit)
    if filling:
        qtbot.keyClicks(row.filling_combo, filling)
    if decree:
        type_into(qtbot, row.decree_edit, decree)


def set_date(qtbot, dialog, day: date) -> None:
    qtbot.mouseClick(dialog.date_edit, Qt.MouseButton.LeftButton)
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))


def count(db, table: str) -> int:
    return db.handle.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]


def appointments_by_title(official) -> dict[tuple[str, str | None], object]:
    return {(a.post_title, a.filling): a for a in official.appointments}


def test_records_the_14_june_2019_inauguration(qtbot, app, before_db):
    roster = RosterService(before_db)
    ids = {nip: roster.id_by_nip(nip) for nip in (ANAS, RACHMAT, AJAT, ISHAK, ABDULLAH, JAJANG)}
    appointments_before = count(before_db, "appointment")
    dialog = open_dialog(qtbot, before_db)
    set_date(qtbot, dialog, DAY)
    type_into(qtbot, dialog.place_edit, "Pendopo Bupati Serang")
    assert dialog.signatory_combo.currentText() == "Ratu Tatu Chasanah — Bupati Serang"

    rows = [dialog.rows[0]]
    pick_from_popup(qtbot, rows[0], "Anas Dwi")
    fill_row(qtbot, rows[0], f"Kepala {demo.DISKOMINFO}", decree="821.2/Kep.101-BKPSDM/2019")
    for nip, post, unit in ((RACHMAT, f"Kepala {demo.BAPPEDA}", None),
                            (AJAT, f"Kepala {demo.SATPOL}", demo.SATPOL),
                            (ISHAK, f"Kepala {demo.BKPSDM}", None)):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        rows.append(dialog.rows[-1])
        pick_by_nip(qtbot, rows[-1], nip)
        fill_row(qtbot, rows[-1], post, unit)
    # The fifth row by keyboard: Insert adds it, and Abdullah came by rotation.
    qtbot.keyClick(rows[-1].decree_edit, Qt.Key.Key_Insert)
    assert len(dialog.rows) == 5
    rows.append(dialog.rows[-1])
    pick_from_popup(qtbot, rows[-1], "Abdullah")
    fill_row(qtbot, rows[-1], f"Kepala {demo.DUKCAPIL}", filling="Rotasi")
    assert rows[-1].filling_combo.currentData() == "rotasi"
    assert [r.unit_name() for r in rows] == [demo.DISKOMINFO, demo.BAPPEDA, demo.SATPOL,
                                             demo.BKPSDM, demo.DUKCAPIL]

    # The preview says what saving will do, before anything is written.
    assert "Jabatan lama ditutup per 13 Juni 2019: Sekretaris " in rows[0].preview.text()
    assert "Plt. Kepala Dinas Kependudukan dan Catatan Sipil (Jajang KH) diakhiri per 13 " \
           "Juni 2019" in rows[4].preview.text()
    assert count(before_db, "inauguration") == 0

    assert dialog.ok_button.isEnabled(), dialog.missing_label.text() + dialog.problems.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.recorded is not None and not dialog.isVisible()
    assert dialog.summary().startswith("Pelantikan dicatat: 5 pejabat dilantik")
    assert count(before_db, "inauguration") == 1
    place, signatory, by = before_db.handle.execute_sql(
        "SELECT place, inaugurating_signatory_id, inaugurated_by FROM inauguration").fetchone()
    assert place == "Pendopo Bupati Serang"
    assert signatory == official_repo.list_signatories(before_db)[0].id
    assert by == "Ratu Tatu Chasanah, Bupati Serang"
    linked = before_db.handle.execute_sql(
        "SELECT official_id, filling, start_date, decree_number FROM appointment "
        "WHERE inauguration_id = ? ORDER BY id", (dialog.recorded.inauguration_id,)).fetchall()
    assert [r[0] for r in linked] == [ids[n] for n in (ANAS, RACHMAT, AJAT, ISHAK, ABDULLAH)]
    assert [r[1] for r in linked] == ["seleksi_terbuka"] * 4 + ["rotasi"]
    assert {r[2] for r in linked} == {"2019-06-14"}
    assert linked[0][3] == "821.2/Kep.101-BKPSDM/2019"
    assert count(before_db, "appointment") == appointments_before + 5

    anas = appointments_by_title(roster.get(ids[ANAS]))
    assert anas[(f"Sekretaris {demo.DISKOMINFO}", None)].end_date == DAY_BEFORE
    assert anas[(f"Kepala {demo.DISKOMINFO}", "plt")].end_date == DAY_BEFORE
    new_post = anas[(f"Kepala {demo.DISKOMINFO}", "seleksi_terbuka")]
    assert new_post.start_date == DAY and new_post.end_date is None
    jajang = appointments_by_title(roster.get(ids[JAJANG]))
    assert jajang[(f"Kepala {demo.DUKCAPIL}", "plt")].end_date == DAY_BEFORE
    assert jajang[(f"Sekretaris {demo.DUKCAPIL}", None)].end_date is None
    abdullah = appointments_by_title(roster.get(ids[ABDULLAH]))
    assert abdullah[(f"Kepala {demo.DPMD}", None)].end_date == DAY_BEFORE


def test_ok_waits_for_a_complete_row_and_a_place(qtbot, app, before_db):
    dialog = open_dialog(qtbot, before_db)
    row = dialog.rows[0]
    assert not dialog.ok_button.isEnabled()
    assert "baris 1: pejabat, jabatan baru, unit kerja" in dialog.missing_label.text()
    assert "tempat pelantikan" in dialog.missing_label.text()

    pick_by_nip(qtbot, row, ABDULLAH)
    fill_row(qtbot, row, f"Kepala {demo.DUKCAPIL}")
    assert not dialog.ok_button.isEnabled()  # the place is still missing
    assert "baris 1" not in dialog.missing_label.text()
    assert "tempat pelantikan" in dialog.missing_label.text()

    type_into(qtbot, dialog.place_edit, "Pendopo Bupati Serang")
    assert dialog.ok_button.isEnabled()
    assert dialog.missing_label.isHidden()

    # Enter in a field moves on; it never saves, even once everything is valid.
    qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.recorded is None
    assert count(before_db, "inauguration") == 0

    # A second, empty row blocks saving again until it is removed.
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.ok_button.isEnabled()
    assert "baris 2: pejabat, jabatan baru, unit kerja" in dialog.missing_label.text()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert len(dialog.rows) == 1 and dialog.ok_button.isEnabled()

    # No rows at all: nothing to save, and the list says how to add one.
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.rows == [] and not dialog.ok_button.isEnabled()
    assert dialog.empty_label.isVisibleTo(dialog)
    assert "minimal satu pejabat" in dialog.missing_label.text()


def test_rank_outside_the_usual_range_warns_without_blocking(qtbot, app, before_db):
    dialog = open_dialog(qtbot, before_db)
    type_into(qtbot, dialog.place_edit, "Pendopo Bupati Serang")
    row = dialog.rows[0]
    pick_by_nip(qtbot, row, JAJANG)  # IV/a, for an eselon II.b post
    fill_row(qtbot, row, f"Kepala {demo.DUKCAPIL}")
    assert "Baris 1: Golongan IV/a di luar kisaran lazim untuk eselon II.b" \
           in dialog.problems.text()
    assert dialog.ok_button.isEnabled()


def test_duplicate_official_is_reported_with_its_row(qtbot, app, before_db):
    dialog = open_dialog(qtbot, before_db)
    type_into(qtbot, dialog.place_edit, "Pendopo Bupati Serang")
    pick_from_popup(qtbot, dialog.rows[0], "Anas")
    fill_row(qtbot, dialog.rows[0], f"Kepala {demo.DISKOMINFO}")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    pick_by_nip(qtbot, dialog.rows[1], ANAS)
    fill_row(qtbot, dialog.rows[1], f"Kepala {demo.BAPPEDA}")

    assert not dialog.ok_button.isEnabled()
    assert dialog.problems.isVisibleTo(dialog)
    assert "Pejabat pada baris 2 sudah ada di baris sebelumnya." in dialog.problems.text()
    assert "border" in dialog.rows[1].official_edit.styleSheet()
    assert dialog.rows[0].official_edit.styleSheet() == ""

    # Another official in row 2 clears it.
    dialog.rows[1].official_edit.clear()
    pick_by_nip(qtbot, dialog.rows[1], RACHMAT)
    assert "sudah ada" not in dialog.problems.text()
    assert dialog.ok_button.isEnabled()


def test_cancel_with_rows_asks_first_and_writes_nothing(qtbot, app, before_db, monkeypatch):
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    appointments = count(before_db, "appointment")
    dialog = open_dialog(qtbot, before_db)
    pick_by_nip(qtbot, dialog.rows[0], AJAT)
    fill_row(qtbot, dialog.rows[0], f"Kepala {demo.SATPOL}", demo.SATPOL)

    qtbot.keyClick(dialog.rows[0].post_edit, Qt.Key.Key_Escape)
    assert asked == ["Buang isian pelantikan ini?"]
    assert dialog.isVisible()

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert not dialog.isVisible() and dialog.recorded is None
    assert count(before_db, "inauguration") == 0
    assert count(before_db, "appointment") == appointments


def test_cancel_of_an_untouched_dialog_asks_nothing(qtbot, app, before_db, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: pytest.fail("asked needlessly")))
    dialog = open_dialog(qtbot, before_db)
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_refused_save_keeps_the_dialog_open(qtbot, app, before_db, monkeypatch):
    shown = []
    monkeypatch.setattr(
        module, "record_inauguration",
        lambda db, data: (_ for _ in ()).throw(KinerjaError("Basis data terkunci.")))
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: shown.append(text)))
    dialog = open_dialog(qtbot, before_db)
    type_into(qtbot, dialog.place_edit, "Pendopo Bupati Serang")
    pick_by_nip(qtbot, dialog.rows[0], AJAT)
    fill_row(qtbot, dialog.rows[0], f"Kepala {demo.SATPOL}", demo.SATPOL)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert shown == ["Basis data terkunci."]
    assert dialog.isVisible() and dialog.recorded is None


def test_typed_inaugurator_and_new_unit_without_signatories(qtbot, app, db):
    roster = RosterService(db)
    official_id, _ = roster.create(OfficialInput(AJAT, "Ajat", rank="IV/b"))
    dialog = open_dialog(qtbot, db)
    assert dialog.signatory_combo.count() == 0
    type_into(qtbot, dialog.place_edit, "Pendopo Bupati Serang")
    type_into(qtbot, dialog.signatory_combo.lineEdit(), "Ratu Tatu Chasanah, Bupati Serang")
    pick_by_nip(qtbot, dialog.rows[0], AJAT)
    fill_row(qtbot, dialog.rows[0], f"Kepala {demo.SATPOL}", demo.SATPOL)
    assert "Kini: tidak memegang jabatan" in dialog.rows[0].preview.text()
    assert "Unit kerja baru ditambahkan: Satuan Polisi Pamong Praja" \
           in dialog.rows[0].preview.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.recorded is not None
    signatory, by = db.handle.execute_sql(
        "SELECT inaugurating_signatory_id, inaugurated_by FROM inauguration").fetchone()
    assert signatory is None and by == "Ratu Tatu Chasanah, Bupati Serang"
    assert [u.name for u in roster.units()] == [demo.SATPOL]
    assert roster.get(official_id).main_appointment().unit_name == demo.SATPOL


def test_suggestions_stay_bounded_and_follow_the_typed_text(qtbot, app, db, monkeypatch):
    roster = RosterService(db)
    with db.atomic():
        for number, nip in enumerate(many_nips(300), start=1):
            roster.create(OfficialInput(nip, f"Pejabat Uji {number:03d}", rank="IV/b"))
    searches, fetched = [], []
    real_search, real_rows = RosterService.search, RosterService.rows

    def search(self, f):
        searches.append(f.text)
        return real_search(self, f)

    def rows(self, ids):
        fetched.append(len(ids))
        return real_rows(self, ids)

    monkeypatch.setattr(RosterService, "search", search)
    monkeypatch.setattr(RosterService, "rows", rows)

    dialog = open_dialog(qtbot, db)
    assert searches == [] and fetched == []  # opening the dialog loads no officials
    picker = dialog.rows[0].official_edit
    type_into(qtbot, picker, "Pejabat Uji")
    qtbot.waitUntil(picker.suggester.popup().isVisible)

    model = picker.suggester.popup().model()
    assert model.rowCount() == SUGGESTIONS + 1  # the matches shown, then "… and 288 more"
    assert "288 pejabat lainnya" in model.index(SUGGESTIONS, 0).data()
    assert searches and all(len(text.strip()) >= 2 and "Pejabat Uji".startswith(text)
                            for text in searches)
    assert searches[-1] == "Pejabat Uji"
    assert fetched and max(fetched) <= SUGGESTIONS

    # Typing more narrows the search to one official.
    qtbot.keyClicks(picker, " 250")
    qtbot.waitUntil(lambda: searches[-1] == "Pejabat Uji 250")
    assert model.rowCount() == 1
    qtbot.keyClick(picker.suggester.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(picker.suggester.popup(), Qt.Key.Key_Return)
    assert picker.text().startswith("Pejabat Uji 250 (")
    assert dialog.rows[0].official_id == roster.id_by_nip(many_nips(300)[249])


def test_rows_by_keyboard_and_wheel_over_an_unfocused_combo(qtbot, app, before_db):
    dialog = open_dialog(qtbot, before_db)
    for _ in range(4):
        qtbot.keyClick(dialog.place_edit, Qt.Key.Key_N,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(dialog.rows) == 5
    assert [r.accessibleName() for r in dialog.rows] == [f"Baris {n}" for n in range(1, 6)]
    # The new row is the current one and has the focus, ready for a name.
    assert QApplication.focusWidget() is dialog.rows[4].official_edit

    # Ctrl+Shift+Delete removes the row being edited (the second), renumbering the rest.
    second = dialog.rows[1]
    qtbot.mouseClick(second.post_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(second.post_edit, Qt.Key.Key_Delete,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert second not in dialog.rows and len(dialog.rows) == 4
    assert dialog.rows[1].accessibleName() == "Baris 2"
    assert dialog.rows_title.text().endswith("(4)")

    combo = dialog.rows[0].eselon_combo
    bar = dialog.rows_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # four rows overflow the list once laid out
    bar.setValue(0)
    assert not combo.hasFocus()
    wheel = QWheelEvent(QPointF(5, 5), QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, wheel)
    assert combo.currentText() == "II.b"
    assert bar.value() > 0


def test_no_attribute_hides_a_qt_method(qtbot, app, before_db):
    # dialog.scroll was the rows' scroll area, so QWidget.scroll(dx, dy) could not be called;
    # dialog.result (what was recorded) hid QDialog.result(), the picker's completer attribute
    # QLineEdit.completer().
    dialog = open_dialog(qtbot, before_db)
    row = dialog.rows[0]
    assert hidden_methods(dialog) == []
    assert dialog.result() == QDialog.DialogCode.Rejected  # Qt's: nothing accepted yet
    assert hidden_methods(row) == [] and hidden_methods(row.official_edit) == []
    assert row.official_edit.completer() is None  # the suggestions are not Qt's completer
    dialog.scroll(0, 0)


def test_the_date_is_typed_the_indonesian_way_and_a_wrong_one_is_refused(qtbot, app, before_db):
    # Typed "14 juni 2019" became 4 Juni; "31/06/2019" silently kept today's date.
    dialog = open_dialog(qtbot, before_db)
    pick_by_nip(qtbot, dialog.rows[0], ABDULLAH)
    fill_row(qtbot, dialog.rows[0], f"Kepala {demo.DUKCAPIL}")
    type_into(qtbot, dialog.place_edit, "Pendopo Bupati Serang")
    type_into(qtbot, dialog.date_edit, "14 juni 2019")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    assert dialog.date_edit.date() == QDate(2019, 6, 14)
    assert dialog.date_edit.text() == "Jumat, 14 Juni 2019"
    assert "21 September 2019" in dialog.date_hint.text()  # day 100 counts from the 14th
    assert dialog.ok_button.isEnabled()

    type_into(qtbot, dialog.date_edit, "31/06/2019")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    assert not dialog.ok_button.isEnabled()
    assert "Tanggal: '31/06/2019' tidak ada di kalender: Juni 2019 hanya sampai tanggal 30" \
        in html.unescape(dialog.problems.text())
    dialog.grab().save("/tmp/dates-inauguration.png")
    qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and count(before_db, "inauguration") == 0

    type_into(qtbot, dialog.date_edit, "14062019")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    assert dialog.ok_button.isEnabled() and "31/06" not in dialog.problems.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.recorded is not None
    row = before_db.execute_sql("SELECT date FROM inauguration").fetchone()
    assert str(row[0]) == "2019-06-14"


def test_the_date_hint_never_shows_a_date_the_field_no_longer_holds(qtbot, app, before_db):
    # While the typed text was no date, the hint still named the old date's weekday and its
    # day 100; it also repeated the weekday the field itself shows ("Jumat · hari ke-100 …").
    dialog = open_dialog(qtbot, before_db)
    type_into(qtbot, dialog.date_edit, "14 juni 2019")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    assert dialog.date_edit.text() == "Jumat, 14 Juni 2019"
    assert dialog.date_hint.text() == "Hari ke-100: Sabtu, 21 September 2019"
    assert "Jumat" not in dialog.date_hint.text()

    type_into(qtbot, dialog.date_edit, "31/06/20")  # still typing: no old date, no nagging
    assert dialog.date_hint.text() == ""
    qtbot.keyClicks(dialog.date_edit, "19")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)  # left the field: say it cannot be read
    assert dialog.date_hint.text() == "Tanggal tidak terbaca; hari ke-100 belum dapat dihitung."
    assert "September" not in dialog.date_hint.text() and "Jumat" not in dialog.date_hint.text()

    type_into(qtbot, dialog.date_edit, "1/7/2019")  # readable again: the hint follows at once
    assert dialog.date_hint.text() == "Hari ke-100: Selasa, 8 Oktober 2019"
