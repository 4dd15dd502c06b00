"""The first-run wizard: every page walked, values saved to the database and this PC."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QWizard

from kinerja_desktop.gui.setup import letterhead_form
from kinerja_desktop.gui.setup.setup_wizard import FirstRunWizard
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.gui.shared.settings import GuiSettings
from kinerja_desktop.services import setup, start_state
from kinerja_desktop.storage import official_repo
from tests.helpers.dialogs import record_dialogs

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def gui_settings(tmp_path):
    return GuiSettings(QSettings(str(tmp_path / "pc.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def wizard(app, qtbot, db, gui_settings, monkeypatch):
    record_dialogs(monkeypatch, operations)
    widget = FirstRunWizard(db, gui_settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def next_enabled(wizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def walk(wizard, qtbot, tmp_path, demo=False, bupati="Ratu Tatu Chasanah"):
    form = wizard.institution_form
    assert form.institution_edit.text() == ""  # a placeholder, not a default
    assert form.institution_edit.placeholderText() == "Pemerintah Kabupaten Serang"
    assert not next_enabled(wizard)
    # Nothing typed yet: what is needed, in grey, not two red errors.
    assert "Isi nama pemerintah daerah" in form.problems.text()
    assert "wajib" not in form.problems.text() and "#b00020" not in form.problems.text()
    qtbot.keyClicks(form.institution_edit, "Pemerintah Kabupaten Serang")
    assert not next_enabled(wizard)
    assert "Nama tempat untuk baris tanggal wajib diisi" in form.problems.text()
    qtbot.keyClicks(form.place_edit, "Serang")
    assert next_enabled(wizard)
    form.set_paper("F4")
    wizard.next()
    assert wizard.currentPage() is wizard.letterhead_page
    kop = wizard.letterhead_form
    qtbot.keyClicks(kop.address_edit, "Jl. Veteran No. 1 Serang")
    qtbot.keyClicks(kop.agency_edit, "Sekretariat Daerah")
    image = tmp_path / "lambang.png"
    image.write_bytes(PNG)
    kop.emblem.choose(str(image))
    assert kop.emblem.content == PNG
    wizard.next()
    assert wizard.currentPage() is wizard.signatories_page
    names = wizard.signatories_form.edits
    assert names["bupati"][1].text() == "Bupati Serang"
    assert names["sekda"][1].text() == "Sekretaris Daerah Kabupaten Serang"
    names["bupati"][0].setText(bupati)
    names["wakil_bupati"][0].setText("Pandji Tirtayasa")
    names["sekda"][0].setText("Tubagus Entus Mahmud Sahiri")
    names["sekda"][2].setText("123")
    assert not next_enabled(wizard)
    assert "NIP" in wizard.signatories_form.problems.text()
    names["sekda"][2].setText("19651231 199003 1 005")
    assert next_enabled(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.pc_page
    wizard.pc_form.operator_edit.setText("Siti  Aminah")
    wizard.pc_form.language_combo.setCurrentIndex(wizard.pc_form.language_combo.findData("en"))
    wizard.next()
    assert wizard.currentPage() is wizard.final_page
    wizard.demo_check.setChecked(demo)
    wizard.accept()


def test_walks_every_page_and_saves(wizard, qtbot, db, gui_settings, tmp_path):
    walk(wizard, qtbot, tmp_path)
    assert wizard.result() == QWizard.DialogCode.Accepted
    stored = setup.load_settings(db)
    assert stored.institution == "Pemerintah Kabupaten Serang" and stored.place == "Serang"
    assert stored.address == "Jl. Veteran No. 1 Serang" and stored.agency == "Sekretariat Daerah"
    assert stored.emblem_png == PNG and stored.paper == "F4"
    roles = setup.signatories_by_role(db)
    assert roles["bupati"].name == "Ratu Tatu Chasanah" and roles["bupati"].nip == ""
    assert roles["wakil_bupati"].title == "Wakil Bupati Serang"
    assert roles["sekda"].nip == "196512311990031005"
    assert gui_settings.operator() == "Siti Aminah" and gui_settings.language() == "en"
    assert not start_state.is_first_run(db)
    assert official_repo.count_officials(db) == 0


def test_demo_is_loaded_when_chosen(wizard, qtbot, db, tmp_path):
    walk(wizard, qtbot, tmp_path, demo=True)
    assert wizard.demo_loaded
    assert official_repo.count_officials(db) > 0
    assert setup.load_settings(db).institution == "Pemerintah Kabupaten Serang"


def test_demo_keeps_the_bupati_typed_in_the_wizard(wizard, qtbot, db, tmp_path):
    """The demo used to add its own "Bupati Serang" beside the one typed here."""
    walk(wizard, qtbot, tmp_path, demo=True, bupati="Hj. Ratu Tatu Chasanah, S.E., M.Ak.")
    bupatis = [s.name for s in official_repo.list_signatories(db) if s.role == "bupati"]
    assert bupatis == ["Hj. Ratu Tatu Chasanah, S.E., M.Ak."]


def test_the_demo_note_says_where_to_remove_it(wizard):
    note = wizard.findChild(QLabel, "demoNote")
    assert "Berkas ▸ Hapus data contoh" in note.text()


def test_cancel_leaves_the_database_untouched(wizard, qtbot, db, gui_settings):
    qtbot.keyClicks(wizard.institution_form.institution_edit, "Pemkab Serang")
    qtbot.keyClicks(wizard.institution_form.place_edit, "Serang")
    wizard.next()
    wizard.reject()
    assert start_state.is_first_run(db)
    assert setup.load_settings(db) == setup.DatasetSettings()
    assert setup.signatories_by_role(db) == {}
    assert gui_settings.operator() == ""


def test_a_bad_emblem_is_refused(wizard, tmp_path, monkeypatch):
    shown = record_dialogs(monkeypatch, operations)
    bad = tmp_path / "lambang.gif"
    bad.write_bytes(b"GIF89a")
    wizard.letterhead_form.emblem.choose(str(bad))
    assert wizard.letterhead_form.emblem.content is None and len(shown.errors) == 1


def test_the_sample_emblem_is_offered(wizard, db, monkeypatch):
    from kinerja_desktop.resources import resource_path
    shown = record_dialogs(monkeypatch, operations)
    emblem = wizard.letterhead_form.emblem
    assert emblem.content is None  # never chosen without a click
    assert emblem.sample_button is not None
    emblem.sample_button.click()
    sample = resource_path("icons", letterhead_form.SAMPLE_EMBLEM).read_bytes()
    assert emblem.content == sample and not shown.errors
    assert not emblem.preview.pixmap().isNull()
    assert setup.image_problem(sample) is None  # a valid letterhead emblem (PNG, < 2 MB)
    # No sample of the national emblem: the app ships none.
    assert wizard.letterhead_form.national_emblem.sample_button is None


def test_typed_title_is_kept_when_the_place_changes(wizard, qtbot):
    title = wizard.signatories_form.edits["bupati"][1]
    title.clear()
    qtbot.keyClicks(title, "Pj. Bupati Serang")
    wizard.institution_form.place_edit.setText("Cilegon")
    assert title.text() == "Pj. Bupati Serang"
    assert wizard.signatories_form.edits["wakil_bupati"][1].text() == "Wakil Bupati Cilegon"
