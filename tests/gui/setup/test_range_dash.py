"""Where PUEBI (the en dash, 10–20) and EYD V (the em dash, 10—20) disagree, the office
chooses in Berkas ▸ Pengaturan… (Instansi), and every printed document follows the choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from pypdf import PdfReader

from kinerja_desktop.domain.puebi import EM_DASH, EN_DASH, tidy
from kinerja_desktop.gui.setup.settings_dialog import SettingsDialog
from kinerja_desktop.gui.shared.settings import GuiSettings
from kinerja_desktop.services import setup
from kinerja_desktop.services.documents import DocumentService


def test_the_em_dash_replaces_every_range_dash():
    assert tidy("target 10 - 20 desa", EM_DASH) == "target 10—20 desa"
    assert tidy("14 Juni – 21 September 2019", EM_DASH) == "14 Juni — 21 September 2019"
    assert tidy("14 Juni – 21 September 2019") == "14 Juni – 21 September 2019"


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.fixture
def dialog(app, qtbot, demo_db, tmp_path):
    pc = GuiSettings(QSettings(str(tmp_path / "pc.ini"), QSettings.Format.IniFormat))
    widget = SettingsDialog(demo_db, pc)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_office_chooses_the_em_dash_and_the_printed_agreement_follows(
        dialog, qtbot, demo_db, tmp_path):
    service = DocumentService(demo_db)
    before = tmp_path / "sebelum.pdf"
    service.print("kesepakatan", 1, before)
    assert f"14 Juni {EN_DASH} 21 September 2019" in pdf_text(before)
    combo = dialog.institution_form.dash_combo
    assert combo.currentData() == "en"  # PUEBI by default
    dialog.tabs.setCurrentIndex(0)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the keyboard, as a user without a mouse
    assert combo.currentData() == "em"
    dialog.accept()
    assert setup.load_settings(demo_db).range_dash == "em"
    after = tmp_path / "sesudah.pdf"
    service.print("kesepakatan", 1, after)
    text = pdf_text(after)
    assert f"14 Juni {EM_DASH} 21 September 2019" in text and EN_DASH not in text


def test_an_unknown_dash_is_refused_by_name(demo_db):
    settings = setup.load_settings(demo_db)
    from dataclasses import replace
    problems = setup.validate_settings(replace(settings, range_dash="strip"))
    assert [p.field for p in problems] == ["tanda_pisah_rentang"]
