"""The main window as a user drives it: search, filters, empty states, add/edit/archive/delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from kinerja_desktop.gui import main_window as main_window_module
from kinerja_desktop.gui.main_window import PAGE_EMPTY, PAGE_NO_MATCH, PAGE_TABLE, MainWindow
from kinerja_desktop.gui.roster.official_dialog import OfficialDialog
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage.roster_repo import RosterFilter
from tests.helpers.gui_fixtures import window_action
from tests.helpers.status import status_message


def names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def type_search(qtbot, window: MainWindow, text: str) -> None:
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, text)
    window.apply_filter()  # what the typing pause's timer does


def click_row(qtbot, window: MainWindow, row: int) -> None:
    """Select a row as a user does, with the mouse."""
    rect = window.table.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_empty_database_shows_what_to_do(main_window):
    assert main_window.pages.currentIndex() == PAGE_EMPTY
    page = main_window.pages.currentWidget()
    texts = " ".join(label.text() for label in page.findChildren(type(main_window.count_label)))
    assert "Belum ada pejabat" in texts
    assert main_window.count_label.text() == "0 pejabat"


def test_demo_button_on_empty_page_loads_the_demo(main_window, qtbot):
    button = main_window.findChild(type(main_window.findChild(object, "emptyDemoButton")),
                                   "emptyDemoButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert main_window.pages.currentIndex() == PAGE_TABLE
    assert main_window.model.rowCount() == 7
    assert "rekaan" in main_window.notice_label.text()
    assert "hanya contoh" in main_window.notice_label.toolTip()  # whole in the tooltip


def test_search_as_you_type_by_name_nip_post_and_unit(demo_window, qtbot):
    type_search(qtbot, demo_window, "anas")
    assert names(demo_window) == ["Anas Dwisatya"]
    type_search(qtbot, demo_window, "19661120 1989")
    assert names(demo_window) == ["Abdullah"]
    type_search(qtbot, demo_window, "satuan polisi")
    assert names(demo_window) == ["Ajat"]
    type_search(qtbot, demo_window, "dukcapil")
    assert names(demo_window) == ["Abdullah", "Jajang KH"]
    assert demo_window.count_label.text() == "Menampilkan 2 dari 7 pejabat"


def test_typing_triggers_search_after_a_pause(demo_window, qtbot):
    qtbot.keyClicks(demo_window.search_edit, "rachmat")
    qtbot.waitUntil(lambda: demo_window.model.rowCount() == 1, timeout=2000)
    assert names(demo_window) == ["Rachmat Maulana"]


def test_no_match_page_and_clearing(demo_window, qtbot):
    type_search(qtbot, demo_window, "zzzz")
    assert demo_window.pages.currentIndex() == PAGE_NO_MATCH
    assert '"zzzz"' in demo_window.no_match_label.text()
    button = demo_window.findChild(type(demo_window.findChild(object, "clearFilterButton")),
                                   "clearFilterButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert demo_window.pages.currentIndex() == PAGE_TABLE
    assert demo_window.model.rowCount() == 7


def test_filters_by_unit_eselon_and_filling(demo_window):
    bar = demo_window.filter_bar
    bar.filling_combo.setCurrentIndex(bar.filling_combo.findData("rotasi"))
    assert names(demo_window) == ["Abdullah"]
    bar.filling_combo.setCurrentIndex(0)
    bar.eselon_combo.setCurrentIndex(bar.eselon_combo.findData("III.a"))
    assert names(demo_window) == ["Jajang KH"]
    bar.eselon_combo.setCurrentIndex(0)
    unit = bar.unit_combo.findText("Disdukcapil")
    assert unit > 0
    bar.unit_combo.setCurrentIndex(unit)
    assert names(demo_window) == ["Abdullah", "Jajang KH"]


def test_selecting_shows_history_in_the_detail_panel(demo_window, qtbot):
    type_search(qtbot, demo_window, "jajang")
    demo_window.table.selectRow(0)
    text = demo_window.detail.toPlainText()
    assert "Jajang KH" in text
    assert "Plt. Kepala Dinas Kependudukan dan Catatan Sipil" in text
    assert "s.d. 13 Juni 2019" in text


def test_keyboard_shortcuts(demo_window, qtbot):
    demo_window.table.setFocus()
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.search_edit.hasFocus()
    assert window_action(demo_window, "findAction").shortcut().toString() == "Ctrl+F"
    assert window_action(demo_window, "addAction").shortcut().toString() == "Ctrl+N"
    assert window_action(demo_window, "editAction").shortcut().toString() == "Ctrl+E"


def _accept_dialog_with(monkeypatch, fill):
    """Run OfficialDialog.exec as a user would: fill the form, then press OK."""
    def fake_exec(dialog: OfficialDialog):
        fill(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled(), dialog.problems.text()
        ok.click()
        return dialog.result()
    monkeypatch.setattr(OfficialDialog, "exec", fake_exec)


def test_add_official_through_the_dialog(demo_window, qtbot, monkeypatch):
    def fill(dialog: OfficialDialog):
        qtbot.keyClicks(dialog.nip_edit, "19800214 200501 2 003")
        qtbot.keyClicks(dialog.name_edit, "Siti Rahmawati")
        qtbot.keyClicks(dialog.back_edit, "S.E., M.M.")
        dialog.rank_combo.setCurrentIndex(dialog.rank_combo.findData("IV/a"))
        assert "14 Februari 1980" in dialog.nip_info.text()
        assert "Perempuan" in dialog.nip_info.text()
    _accept_dialog_with(monkeypatch, fill)
    window_action(demo_window, "addAction").trigger()
    type_search(qtbot, demo_window, "rahmawati")
    assert names(demo_window) == ["Siti Rahmawati, S.E., M.M."]
    assert demo_window.selected_official_id() is not None


def test_edit_official_keeps_history(demo_window, qtbot, monkeypatch):
    type_search(qtbot, demo_window, "ajat")
    click_row(qtbot, demo_window, 0)

    def fill(dialog: OfficialDialog):
        assert dialog.appointments.rowCount() == 2
        dialog.front_edit.setText("Drs.")
    _accept_dialog_with(monkeypatch, fill)
    window_action(demo_window, "editAction").trigger()
    assert names(demo_window) == ["Drs. Ajat"]
    official = RosterService(demo_window.db).get(demo_window.selected_official_id())
    assert len(official.appointments) == 2


def test_archive_then_restore(demo_window, qtbot):
    type_search(qtbot, demo_window, "ajat")
    click_row(qtbot, demo_window, 0)
    window_action(demo_window, "archiveAction").trigger()
    assert names(demo_window) == []
    assert "1 diarsipkan" in demo_window.count_label.text()
    bar = demo_window.filter_bar
    bar.status_combo.setCurrentIndex(bar.status_combo.findData("arsip"))
    assert names(demo_window) == ["Ajat"]
    click_row(qtbot, demo_window, 0)
    window_action(demo_window, "archiveAction").trigger()
    bar.status_combo.setCurrentIndex(bar.status_combo.findData("aktif"))
    assert names(demo_window) == ["Ajat"]


def test_delete_refused_for_history_and_confirmed_otherwise(demo_window, qtbot, monkeypatch):
    roster = RosterService(demo_window.db)
    asked: list[str] = []

    def answer(result):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return result
        return question

    type_search(qtbot, demo_window, "abdullah")
    click_row(qtbot, demo_window, 0)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    window_action(demo_window, "deleteAction").trigger()
    assert "riwayat jabatan" in asked[-1]
    assert roster.search(RosterFilter(text="abdullah"))

    from kinerja_desktop.domain.officials import OfficialInput
    new_id, _ = roster.create(OfficialInput("198002142005012003", "Tanpa Riwayat"))
    demo_window.after_change(new_id)
    window_action(demo_window, "deleteAction").trigger()  # answered No
    assert "tidak dapat dibatalkan" in asked[-1]
    assert "(NIP 19800214 200501 2 003)" in asked[-1]  # grouped, as everywhere else
    assert roster.id_by_nip("198002142005012003") == new_id
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    window_action(demo_window, "deleteAction").trigger()
    assert "tidak dapat dibatalkan" in asked[-1]
    assert roster.id_by_nip("198002142005012003") is None


def test_layout_is_remembered(app, qtbot, demo_db):
    first = MainWindow(demo_db)
    qtbot.addWidget(first)
    first.table.setColumnWidth(3, 411)
    first.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    first.close()
    second = MainWindow(demo_db)
    qtbot.addWidget(second)
    assert second.table.columnWidth(3) == 411
    assert second.table.horizontalHeader().sortIndicatorSection() == 1
    nips = [second.model.index(r, 1).data() for r in range(second.model.rowCount())]
    assert nips == sorted(nips, reverse=True)


def test_window_title_and_status_show_the_database(demo_window):
    assert demo_window.db.path.name in demo_window.windowTitle()
    assert str(demo_window.db.path) in demo_window.path_label.toolTip()


def test_menus_are_indonesian(demo_window):
    titles = [a.text() for a in demo_window.menuBar().actions()]
    assert titles == ["&Berkas", "&Pejabat", "Pe&lantikan", "&Evaluasi", "&Tampilan", "Ba&ntuan"]
    assert main_window_module.PAGE_TABLE == 0


def test_export_runs_in_the_background_and_reports(demo_window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    target = tmp_path / "ekspor"  # no extension: the chosen filter decides
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "CSV untuk Excel (*.csv)"))
    window_action(demo_window, "exportAction").trigger()
    written = tmp_path / "ekspor.csv"
    qtbot.waitUntil(lambda: "diekspor" in status_message(demo_window),
                    timeout=5000)
    assert written.read_text(encoding="utf-8-sig").count("\n") == 8  # header + 7 officials
    assert not list(tmp_path.glob("*.tmp"))


def test_clicking_a_row_enables_the_actions_on_it(demo_window, qtbot):
    """A click makes the row current before it selects it: the actions follow the selection."""
    needing_a_row = [window_action(demo_window, name) for name in
                     ("editAction", "archiveAction", "deleteAction", "programsAction")]
    assert not any(action.isEnabled() for action in needing_a_row)
    type_search(qtbot, demo_window, "ajat")
    click_row(qtbot, demo_window, 0)
    assert demo_window.selected_official_id() is not None
    assert all(action.isEnabled() for action in needing_a_row)

