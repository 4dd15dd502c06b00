"""Tentang: version, database and data folder, and licences checked against the metadata."""

from importlib import metadata

import pytest

from kinerja_desktop import __version__
from kinerja_desktop.gui.setup.about_dialog import BUNDLED, AboutDialog
from kinerja_desktop.paths import data_dir


def installed_licence(distribution: str) -> str:
    meta = metadata.metadata(distribution)
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return " ".join([meta.get("License-Expression") or "", meta.get("License") or "",
                     *classifiers])


@pytest.mark.parametrize("name, distribution, licence", BUNDLED)
def test_stated_licences_match_the_installed_metadata(name, distribution, licence):
    stated = installed_licence(distribution)
    if distribution == "peewee":  # no licence field: the bundled LICENSE file is MIT's text
        files = metadata.distribution("peewee").files or []
        stated = next(f.read_text() for f in files if "LICENSE" in str(f).upper())
        assert "Permission is hereby granted, free of charge" in stated
        return
    assert licence.split(" (")[0].split(" OR ")[0] in stated


def test_dialog_shows_version_paths_and_licences(app, qtbot, tmp_path):
    dialog = AboutDialog(tmp_path / "kinerja.db")
    qtbot.addWidget(dialog)
    dialog.show()
    info = dialog.info_label.text()
    assert __version__ in info
    assert str(tmp_path / "kinerja.db") in info
    assert str(data_dir()) in info
    assert "folder data pengguna" in info
    text = dialog.licences.toPlainText()
    for name, _dist, licence in BUNDLED:
        assert name in text and licence in text
    assert metadata.version("reportlab") in text
    # The whole licence of the one bundled font is readable, scrolling in the text.
    assert "Liberation Sans" in text and "SIL Open Font License" in text
    assert " ".join(open_liberation().split()) in " ".join(text.split())
    # Qt's LGPLv3 in full, and where the GPLv3 it refers to lies (both are bundled).
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    from kinerja_desktop.resources import resource_path
    gpl = resource_path("licenses", "GPL-3.0.txt")
    assert str(gpl) in text and "GNU GENERAL PUBLIC LICENSE" in gpl.read_text(encoding="utf-8")


def open_liberation() -> str:
    from kinerja_desktop.resources import resource_path
    return resource_path("fonts", "LICENSE-Liberation.txt").read_text(encoding="utf-8")


def test_portable_mode_is_named(app, qtbot, tmp_path, monkeypatch):
    import kinerja_desktop.gui.setup.about_dialog as about
    monkeypatch.setattr(about, "is_portable", lambda: True)
    dialog = AboutDialog(tmp_path / "kinerja.db")
    qtbot.addWidget(dialog)
    assert "(portabel)" in dialog.info_label.text()
