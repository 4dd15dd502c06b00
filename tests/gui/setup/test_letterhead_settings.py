"""The two letterheads in the first-run wizard and in Berkas ▸ Pengaturan…: typed with the
keyboard, images chosen through the file dialog (only its function is replaced), previewed,
saved, and reached with Tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget, QWizard

from kinerja_desktop.domain.documents import KOP_AGENCY, KOP_HEAD
from kinerja_desktop.gui.setup import letterhead_form
from kinerja_desktop.gui.setup.settings_dialog import SettingsDialog
from kinerja_desktop.gui.setup.setup_wizard import FirstRunWizard
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.gui.shared.settings import GuiSettings
from kinerja_desktop.services import document_builder, setup
from kinerja_desktop.services.setup import DatasetSettings
from tests.helpers.dialogs import record_dialogs


def image_bytes(colour: str, kind: str = "PNG") -> bytes:
    """A real picture (the preview decodes it), as the office's file would hold it."""
    image = QImage(40, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, kind)
    return bytes(data)


GARUDA = image_bytes("gold")
EMBLEM = image_bytes("darkgreen", "JPG")


@pytest.fixture
def gui_settings(tmp_path):
    return GuiSettings(QSettings(str(tmp_path / "pc.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def shown(monkeypatch):
    return record_dialogs(monkeypatch, operations)


@pytest.fixture
def wizard(app, qtbot, db, gui_settings, shown):
    widget = FirstRunWizard(db, gui_settings)
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


@pytest.fixture
def files(monkeypatch, tmp_path):
    """The file dialog's answers, in order (a path, or "" for Cancel); the titles it showed."""
    class Files:
        answers: list[str] = []
        titles: list[str] = []

    def get_open_file_name(_parent, title, _folder="", _filter="", *args, **kwargs):
        Files.titles.append(title)
        return (Files.answers.pop(0), "Gambar (*.png *.jpg *.jpeg)")

    monkeypatch.setattr(letterhead_form.QFileDialog, "getOpenFileName",
                        staticmethod(get_open_file_name))

    def answer(name: str | None, content: bytes = b"") -> None:
        if name is None:
            Files.answers.append("")
            return
        path = tmp_path / name
        path.write_bytes(content)
        Files.answers.append(str(path))

    Files.answer = staticmethod(answer)  # type: ignore[attr-defined]
    return Files


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def retype(qtbot, edit, text: str) -> None:
    """Select what the field holds and type over it, as a user does."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)


def to_letterhead_page(wizard, qtbot) -> letterhead_form.LetterheadForm:
    form = wizard.institution_form
    qtbot.keyClicks(form.institution_edit, "Pemerintah Kabupaten Serang")
    qtbot.keyClicks(form.place_edit, "Serang")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.letterhead_page
    return wizard.letterhead_form


def test_both_letterheads_are_typed_chosen_previewed_and_saved(wizard, qtbot, db, files,
                                                               shown):
    kop = to_letterhead_page(wizard, qtbot)
    # Nothing typed: the Bupati's title follows the place, the agency's line its default.
    assert kop.head_title_edit.text() == "" and kop.head_title_edit.placeholderText() == (
        "BUPATI SERANG")
    assert kop.head_preview.text() == "BUPATI SERANG"
    assert kop.agency_preview.text().splitlines()[:2] == ["PEMERINTAH KABUPATEN SERANG",
                                                         "SEKRETARIAT DAERAH"]
    qtbot.keyClicks(kop.head_title_edit, "Bupati  Serang")
    files.answer("garuda.png", GARUDA)
    click(qtbot, kop.national_emblem.choose_button)
    assert files.titles == ["Gambar lambang negara"]
    assert kop.national_emblem.content == GARUDA
    assert not kop.national_emblem.preview.pixmap().isNull()
    assert kop.head_preview.kop.national_emblem_png == GARUDA
    qtbot.keyClicks(kop.agency_edit, "Sekretariat Daerah")
    qtbot.keyClicks(kop.address_edit, "Jl. Veteran No. 1, Serang")
    qtbot.keyClicks(kop.telephone_edit, "(0254) 200001")
    qtbot.keyClicks(kop.email_edit, "setda@serangkab.go.id")
    qtbot.keyClicks(kop.postal_code_edit, "42111")
    qtbot.keyClicks(kop.website_edit, "serangkab.go.id")
    files.answer("lambang.jpg", EMBLEM)
    click(qtbot, kop.emblem.choose_button)
    assert files.titles[-1] == "Gambar lambang daerah"
    assert kop.emblem.content == EMBLEM and kop.agency_preview.kop.emblem_png == EMBLEM
    # The address line as a document prints it (words in full, domain/puebi.address_line).
    assert kop.agency_preview.text().splitlines()[2:] == [
        "Jalan Veteran Nomor 1, Serang 42111 Telepon (0254) 200001 Laman serangkab.go.id "
        "Pos-el setda@serangkab.go.id"]
    assert not shown.errors
    for _page in range(3):  # signatories (none needed), this PC, the last page
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert not shown.errors
    assert setup.load_settings(db) == DatasetSettings(
        "Pemerintah Kabupaten Serang", "Serang", "Jl. Veteran No. 1, Serang",
        "Sekretariat Daerah", EMBLEM, "A4", head_title="Bupati Serang",
        national_emblem_png=GARUDA, telephone="(0254) 200001",
        email="setda@serangkab.go.id", postal_code="42111", website="serangkab.go.id")
    head = document_builder.institution(db, KOP_HEAD)
    assert head.head_title == "BUPATI SERANG" and head.national_emblem_png == GARUDA
    agency = document_builder.institution(db, KOP_AGENCY)
    assert agency.emblem_png == EMBLEM and agency.postal_code == "42111"


@pytest.mark.parametrize("edit, wrong, more, words", [
    ("email_edit", "setda@serangkab", ".go.id", "E-mail pada kop surat"),
    ("postal_code_edit", "4211", "1", "Kode pos pada kop surat harus 5 angka"),
    ("telephone_edit", "0254-", "200001", "paling sedikit 5 angka"),
    ("website_edit", "serangkab", ".go.id", "Laman pada kop surat"),
])
def test_a_wrong_contact_line_holds_next_and_says_which(wizard, qtbot, edit, wrong, more,
                                                        words):
    kop = to_letterhead_page(wizard, qtbot)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.keyClicks(getattr(kop, edit), wrong)
    assert not next_button.isEnabled()
    assert words in kop.problems.text() and kop.problems.isVisible()
    qtbot.keyClicks(getattr(kop, edit), more)
    assert next_button.isEnabled()
    assert kop.problems.text() == ""


def test_a_file_that_is_no_picture_is_refused_and_the_chosen_one_kept(wizard, qtbot, files,
                                                                      shown):
    kop = to_letterhead_page(wizard, qtbot)
    files.answer("garuda.png", GARUDA)
    click(qtbot, kop.national_emblem.choose_button)
    files.answer("garuda-palsu.png", b"<html>bukan gambar</html>")
    click(qtbot, kop.national_emblem.choose_button)
    assert len(shown.errors) == 1
    assert "Lambang negara harus berupa gambar PNG atau JPEG" in str(shown.errors[0])
    assert kop.national_emblem.content == GARUDA
    files.answer(None)  # Cancel in the file dialog: nothing changes, nothing is said
    click(qtbot, kop.national_emblem.choose_button)
    assert kop.national_emblem.content == GARUDA and len(shown.errors) == 1
    click(qtbot, kop.national_emblem.remove_button)
    assert kop.national_emblem.content is None
    assert kop.national_emblem.preview.pixmap().isNull()
    assert not kop.national_emblem.remove_button.isEnabled()


def test_tab_reaches_every_letterhead_field_in_reading_order(wizard, qtbot, files):
    kop = to_letterhead_page(wizard, qtbot)
    files.answer("garuda.png", GARUDA)  # with an image, its Remove button takes focus too
    click(qtbot, kop.national_emblem.choose_button)
    qtbot.mouseClick(kop.head_title_edit, Qt.MouseButton.LeftButton)
    assert kop.head_title_edit.hasFocus()
    expected = [kop.national_emblem.choose_button, kop.national_emblem.remove_button,
                kop.agency_edit, kop.address_edit, kop.telephone_edit, kop.postal_code_edit,
                kop.email_edit, kop.website_edit, kop.emblem.choose_button,
                kop.emblem.sample_button]  # the regency's Remove is off: no image yet
    reached: list[QWidget | None] = []
    for _field in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert [w.objectName() for w in reached if w is not None] == [
        w.objectName() for w in expected]


def test_the_settings_show_change_and_save_the_letterheads(app, qtbot, db, gui_settings,
                                                           files, shown):
    setup.save_settings(db, DatasetSettings(
        "Pemerintah Kabupaten Serang", "Serang", "Jl. Veteran No. 1", "Sekretariat Daerah",
        EMBLEM, "F4", head_title="", national_emblem_png=GARUDA, telephone="(0254) 200001",
        email="setda@serangkab.go.id", postal_code="42111", website=""))
    dialog = SettingsDialog(db, gui_settings)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Kop surat"
    kop = dialog.letterhead_form
    assert kop.national_emblem.content == GARUDA and kop.emblem.content == EMBLEM
    assert kop.telephone_edit.text() == "(0254) 200001" and kop.website_edit.text() == ""
    assert kop.head_preview.text() == "BUPATI SERANG"
    # The place (Instansi tab) is the default title's: the preview follows it.
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    retype(qtbot, dialog.institution_form.place_edit, "Ciruas")
    assert kop.head_preview.text() == "BUPATI CIRUAS"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    click(qtbot, kop.national_emblem.remove_button)
    retype(qtbot, kop.telephone_edit, "(0254) 280000, Faks. (0254) 280001")
    retype(qtbot, kop.email_edit, "")
    qtbot.keyClicks(kop.website_edit, "setda.serangkab.go.id")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    retype(qtbot, kop.postal_code_edit, "421")
    assert not ok.isEnabled() and "Kode pos" in kop.problems.text()
    qtbot.keyClicks(kop.postal_code_edit, "82")
    click(qtbot, ok)
    assert not shown.errors and dialog.result() == dialog.DialogCode.Accepted
    saved = setup.load_settings(db)
    assert saved.place == "Ciruas" and saved.national_emblem_png is None
    assert saved.emblem_png == EMBLEM and saved.paper == "F4"
    assert saved.telephone == "(0254) 280000, Faks. (0254) 280001"
    assert (saved.email, saved.postal_code, saved.website) == (
        "", "42182", "setda.serangkab.go.id")
    assert document_builder.institution(db, KOP_HEAD).head_title == "BUPATI CIRUAS"


def test_cancelling_the_settings_keeps_the_stored_letterheads(app, qtbot, db, gui_settings,
                                                               files):
    stored = DatasetSettings("Pemerintah Kabupaten Serang", "Serang", head_title="BUPATI SERANG",
                             national_emblem_png=GARUDA)
    setup.save_settings(db, stored)
    dialog = SettingsDialog(db, gui_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.letterhead_form.national_emblem.remove_button)
    qtbot.keyClicks(dialog.letterhead_form.telephone_edit, "(0254) 1234567")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert setup.load_settings(db) == stored


@pytest.mark.parametrize("key, field", [
    (Qt.Key.Key_S, "head_title_edit"), (Qt.Key.Key_P, "agency_edit"),
    (Qt.Key.Key_A, "address_edit"), (Qt.Key.Key_T, "telephone_edit"),
    (Qt.Key.Key_O, "postal_code_edit"), (Qt.Key.Key_E, "email_edit"),
    (Qt.Key.Key_L, "website_edit"),
])
def test_each_letterhead_field_has_its_own_alt_key(wizard, qtbot, key, field):
    kop = to_letterhead_page(wizard, qtbot)
    qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
    assert getattr(kop, field).hasFocus()


def test_an_image_that_only_looks_like_a_png_is_shown_as_unreadable(wizard, qtbot, files,
                                                                   shown):
    """The first bytes say PNG, the rest is no picture: kept (printing names the image that
    cannot be read), but the chooser and the preview say at once that it is unreadable."""
    kop = to_letterhead_page(wizard, qtbot)
    files.answer("rusak.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    click(qtbot, kop.national_emblem.choose_button)
    assert not shown.errors and kop.national_emblem.content is not None
    assert kop.national_emblem.preview.text() == "(tidak\nterbaca)"
    assert kop.national_emblem.remove_button.isEnabled()
