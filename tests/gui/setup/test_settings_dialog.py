"""Berkas ▸ Pengaturan…: the stored values shown in tabs, changed and saved; Berkas ▸ Nama
operator…: this PC's name in the audit history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from kinerja_desktop.gui.setup.settings_dialog import SettingsDialog
from kinerja_desktop.gui.shared.settings import GuiSettings
from kinerja_desktop.services import setup
from kinerja_desktop.services.setup import DatasetSettings, SignatoryInput
from tests.helpers.gui_fixtures import window_action
from tests.helpers.status import status_message

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def gui_settings(tmp_path):
    settings = GuiSettings(QSettings(str(tmp_path / "pc.ini"), QSettings.Format.IniFormat))
    settings.set_operator("Siti")
    return settings


@pytest.fixture
def stored(db):
    setup.save_settings(db, DatasetSettings("Pemerintah Kabupaten Serang", "Serang", "Jl. A",
                                            "Sekretariat Daerah", PNG, "F4"))
    setup.save_signatories(db, [SignatoryInput("bupati", "Ratu", "Bupati Serang"),
                                SignatoryInput("sekda", "Entus", "Sekda Serang",
                                               "196512311990031005", "IV/c")])
    return db


@pytest.fixture
def dialog(app, qtbot, stored, gui_settings):
    widget = SettingsDialog(stored, gui_settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_shows_the_stored_values_in_four_tabs(dialog):
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Instansi", "Kop surat", "Penandatangan", "PC ini"]
    assert dialog.institution_form.institution_edit.text() == "Pemerintah Kabupaten Serang"
    assert dialog.letterhead_form.emblem.content == PNG
    assert dialog.institution_form.paper() == "F4"
    assert dialog.letterhead_form.address_edit.toPlainText() == "Jl. A"
    assert dialog.signatories_form.edits["sekda"][1].text() == "Sekda Serang"
    assert dialog.signatories_form.edits["wakil_bupati"][0].text() == ""
    assert dialog.pc_form.operator_edit.text() == "Siti"


def test_changes_are_saved(dialog, db, gui_settings):
    dialog.institution_form.place_edit.setText("Ciruas")
    dialog.letterhead_form.emblem.remove_button.click()
    dialog.signatories_form.edits["bupati"][0].setText("Pandji Tirtayasa")
    dialog.pc_form.operator_edit.setText("Budi")
    assert ok(dialog).isEnabled()
    dialog.accept()
    saved = setup.load_settings(db)
    assert saved.place == "Ciruas" and saved.emblem_png is None and saved.paper == "F4"
    roles = setup.signatories_by_role(db)
    assert roles["bupati"].name == "Pandji Tirtayasa"
    assert roles["sekda"].rank == "IV/c"  # shown in its combo and kept
    assert gui_settings.operator() == "Budi"


def test_the_sekda_rank_is_shown_and_can_be_changed(dialog, db):
    combo = dialog.signatories_form.rank_combos["sekda"]
    assert combo.currentData() == "IV/c" and "Pembina Utama Muda" in combo.currentText()
    assert set(dialog.signatories_form.rank_combos) == {"sekda"}  # the elected have no rank
    combo.setCurrentIndex(combo.findData("IV/d"))
    dialog.accept()
    assert setup.signatories_by_role(db)["sekda"].rank == "IV/d"


def test_invalid_input_disables_ok_and_saves_nothing(dialog, db):
    dialog.institution_form.institution_edit.clear()
    assert not ok(dialog).isEnabled()
    dialog.accept()
    assert setup.load_settings(db).institution == "Pemerintah Kabupaten Serang"
    dialog.institution_form.institution_edit.setText("Pemkab")
    dialog.signatories_form.edits["sekda"][2].setText("12")
    assert not ok(dialog).isEnabled()


def test_opened_from_the_file_menu(main_window, monkeypatch):
    from kinerja_desktop.gui.setup import settings_dialog
    opened = []
    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", lambda self: opened.append(self))
    window_action(main_window, "settingsAction").trigger()
    assert len(opened) == 1


def test_the_main_window_confirms_and_says_when_the_language_applies(main_window, monkeypatch):
    from kinerja_desktop.gui.setup import settings_dialog

    def saved_with(language):
        def exec_(dialog):
            dialog.settings.set_language(language)
            return 1
        return exec_

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", saved_with("id"))
    window_action(main_window, "settingsAction").trigger()
    assert status_message(main_window) == "Pengaturan disimpan."
    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", saved_with("en"))
    window_action(main_window, "settingsAction").trigger()
    assert "dibuka ulang" in status_message(main_window)
    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", lambda dialog: 0)
    main_window.statusBar().clearMessage()
    window_action(main_window, "settingsAction").trigger()  # cancelled: nothing said
    assert status_message(main_window) == ""


def test_operator_name_is_asked_and_remembered(app, demo_window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("  Siti   Rahmawati ", True)))
    window_action(demo_window, "operatorAction").trigger()
    assert demo_window.settings.operator() == "Siti Rahmawati"
    assert "Siti Rahmawati" in status_message(demo_window)


def test_tab_in_the_address_moves_to_the_next_field(app, qtbot, stored, gui_settings):
    from PySide6.QtCore import Qt
    widget = SettingsDialog(stored, gui_settings)
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    widget.tabs.setCurrentIndex(1)  # Kop surat
    form = widget.letterhead_form
    rect = form.address_edit.rect()
    qtbot.mouseClick(form.address_edit.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    qtbot.keyClick(form.address_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.address_edit, " No. 1")
    qtbot.keyClick(form.address_edit, Qt.Key.Key_Tab)
    assert form.address_edit.toPlainText() == "Jl. A No. 1"
    assert form.telephone_edit.hasFocus()


def test_the_sekda_nip_is_shown_grouped(dialog, db):
    from PySide6.QtWidgets import QLineEdit
    assert dialog.findChild(QLineEdit, "sekdaNipEdit").text() == "19651231 199003 1 005"
    ok(dialog).click()  # saved back as the 18 digits
    assert setup.signatories_by_role(db)["sekda"].nip == "196512311990031005"


# Two people changing the settings (issue 20) ------------------------------------------------

def colleague_saves(db, **changes) -> None:
    """Budi, on another connection, changes the settings after this dialog opened."""
    from dataclasses import replace

    from kinerja_desktop.storage.database import open_database, set_actor_provider
    other = open_database(db.path)
    set_actor_provider(lambda: "Budi")
    try:
        setup.save_settings(other, replace(setup.load_settings(other), **changes))
    finally:
        set_actor_provider(None)
        other.close()


def test_a_colleagues_change_to_another_setting_stays(dialog, db, qtbot):
    colleague_saves(db, telephone="(0254) 200001")
    dialog.institution_form.place_edit.setText("Ciruas")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    saved = setup.load_settings(db)
    assert (saved.place, saved.telephone) == ("Ciruas", "(0254) 200001")


def test_the_same_setting_changed_by_both_asks_and_discard_loads_theirs(dialog, db, qtbot,
                                                                        monkeypatch):
    from kinerja_desktop.gui.shared import operations
    from tests.helpers.dialogs import record_dialogs
    shown = record_dialogs(monkeypatch, operations)
    shown.answer = QMessageBox.StandardButton.Discard
    colleague_saves(db, place="Kramatwatu")
    dialog.institution_form.place_edit.setText("Ciruas")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert len(shown.questions) == 1
    assert shown.questions[0].startswith("KONFLIK pengaturan: diubah oleh Budi pada ")
    assert "Tempat: isian Anda Ciruas, tersimpan Kramatwatu" in shown.questions[0]
    assert dialog.isVisible() and dialog.institution_form.place_edit.text() == "Kramatwatu"
    assert setup.load_settings(db).place == "Kramatwatu"


def test_the_same_signatory_changed_by_both_asks_and_save_keeps_mine(dialog, db, qtbot,
                                                                     monkeypatch):
    from kinerja_desktop.storage.database import open_database
    from kinerja_desktop.gui.shared import operations
    from tests.helpers.dialogs import record_dialogs
    shown = record_dialogs(monkeypatch, operations)
    shown.answer = QMessageBox.StandardButton.Save
    other = open_database(db.path)
    try:
        setup.save_signatories(other, [SignatoryInput("bupati", "Tatu", "Bupati Serang")])
    finally:
        other.close()
    dialog.signatories_form.edits["bupati"][0].setText("Pandji Tirtayasa")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert "Penandatangan Bupati: isian Anda Pandji Tirtayasa, tersimpan Tatu" in (
        shown.questions[0])
    assert setup.signatories_by_role(db)["bupati"].name == "Pandji Tirtayasa"
    assert not dialog.isVisible()
