"""This PC's settings (settings.ini): read and written by their declarations, in the file format
the app has always written, and upgraded once when opened; a saved layout, language and
operator survive the upgrade from a file written by an older version."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt

from kinerja_desktop.domain import options
from kinerja_desktop.domain.option_upgrades import PC_UPGRADES, Staged, Upgrades
from kinerja_desktop.gui.shared.settings import GuiSettings

# A value of each PC option other than its default.
SAMPLES = {
    options.PC_VERSION: 5,
    options.LANGUAGE: "en",
    options.OPERATOR: "Siti Aminah",
    options.MAIN_GEOMETRY: b"\x01\xd9\xd0\xcb\x00\x03\x00\x00",
    options.MAIN_STATE: b"\x00\x00\x00\xff\x00\x00",
    options.MAIN_SPLITTER: b"\x00\x00\x00\xff\x00\x01",
    options.MAIN_HEADER: b"\x00\x00\x00\xff\x00\x00\x00\x00 ab",
    options.BACKUP_FOLDER: "C:\\Users\\siti\\USB, kantor",
    options.RECENT_DATABASES: "D:\\Kinerja\\kinerja.db\nC:\\Data, kantor\\lama.db",
}

# settings.ini as versions before the registry wrote it (through QSettings, these keys).
OLD_INI = """\
[audit]
operator="  Siti   Aminah "

[cadangan]
folder_terakhir="C:\\\\Users\\\\siti\\\\USB, kantor"

[main]
header=@ByteArray(\\0\\0\\0\\xff\\0\\x1 ab)

[ui]
language=en
"""


def sections(text: str) -> dict[str, list[str]]:
    """An INI text as its sections' lines, each section's in order. Qt writes the sections in
    an order of its own that differs by platform (by name on Linux; on Windows those it
    rewrote go last, with CRLF line ends), which the app does not choose."""
    found: dict[str, list[str]] = {}
    lines: list[str] = found.setdefault("", [])
    for line in text.splitlines():
        if line.startswith("["):
            assert line not in found, f"section {line} twice"
            lines = found.setdefault(line, [])
        elif line:
            lines.append(line)
    return found


def ini(path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_every_pc_option_has_a_sample():
    assert set(SAMPLES) == set(options.in_store(options.Store.PC))


@pytest.mark.parametrize("option", list(SAMPLES), ids=lambda o: o.key)
def test_each_option_round_trips_through_the_file(tmp_path, option):
    path = tmp_path / "pc.ini"
    settings = GuiSettings(ini(path))
    if option is not options.PC_VERSION:  # stamped on opening
        assert settings.get(option) == option.default
    settings.set(option, SAMPLES[option])
    settings.sync()
    assert GuiSettings(ini(path)).get(option) == SAMPLES[option]


def test_bytes_keep_the_form_qt_writes_them_in(tmp_path):
    path = tmp_path / "pc.ini"
    settings = GuiSettings(ini(path))
    settings.set(options.MAIN_HEADER, b"\x00\x00\x00\xff\x00\x01 ab")
    settings.sync()
    assert "header=@ByteArray(\\0\\0\\0\\xff\\0\\x1 ab)" in path.read_text(encoding="utf-8")
    assert ini(path).value("main/header") == QByteArray(b"\x00\x00\x00\xff\x00\x01 ab")


def test_a_file_written_by_an_older_version_survives_the_upgrade(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text(OLD_INI, encoding="utf-8")
    settings = GuiSettings(ini(path))
    assert settings.language() == "en"
    assert settings.operator() == "Siti Aminah"
    assert settings.get(options.BACKUP_FOLDER) == "C:\\Users\\siti\\USB, kantor"
    assert settings.get(options.MAIN_HEADER) == b"\x00\x00\x00\xff\x00\x01 ab"
    # Stamped, the operator's name cleaned in the file itself, everything else as it was.
    assert sections(path.read_text(encoding="utf-8")) == sections(
        OLD_INI.replace('operator="  Siti   Aminah "', "operator=Siti Aminah")
        + "\n[pengaturan]\nversi=1\n")
    before = path.read_bytes()
    GuiSettings(ini(path))  # opened again: nothing more to do
    assert path.read_bytes() == before


def test_an_unknown_language_from_an_older_version_becomes_indonesian(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[ui]\nlanguage=fr\n", encoding="utf-8")
    assert GuiSettings(ini(path)).language() == "id"
    assert ini(path).value("ui/language") == "id"


def test_the_main_window_restores_a_layout_saved_by_an_older_version(app, qtbot, demo_db,
                                                                      tmp_path):
    from kinerja_desktop.gui.main_window import MainWindow
    path = tmp_path / "settings.ini"
    first = MainWindow(demo_db, GuiSettings(ini(tmp_path / "lain.ini")))
    qtbot.addWidget(first)
    first.table.setColumnWidth(3, 411)
    first.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    old = ini(path)  # what the old save_layout did, key by key
    old.setValue("main/geometry", first.saveGeometry())
    old.setValue("main/state", first.saveState())
    old.setValue("main/splitter", first.splitter.saveState())
    old.setValue("main/header", first.table.horizontalHeader().saveState())
    old.sync()
    del old
    second = MainWindow(demo_db, GuiSettings(ini(path)))
    qtbot.addWidget(second)
    assert second.table.columnWidth(3) == 411
    assert second.table.horizontalHeader().sortIndicatorSection() == 1
    assert second.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def failing_step() -> Upgrades:
    upgrades = Upgrades(options.PC_VERSION)

    @upgrades.step(1)
    def clean(store: Staged) -> None:
        store.normalise(options.OPERATOR)

    @upgrades.step(2)
    def broken(store: Staged) -> None:
        raise RuntimeError("langkah gagal")

    return upgrades


def test_a_failing_step_leaves_the_file_as_it_was_and_the_app_starts(tmp_path, caplog):
    path = tmp_path / "settings.ini"
    path.write_text(OLD_INI, encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        settings = GuiSettings(ini(path), failing_step())
    assert path.read_text(encoding="utf-8") == OLD_INI
    assert "langkah gagal" in caplog.text  # logged with its traceback (kinerja.log)
    assert settings.operator() == "Siti Aminah"  # still read through its declaration
    assert settings.language() == "en"


def test_a_file_of_a_newer_settings_version_is_left_alone(tmp_path):
    path = tmp_path / "settings.ini"
    text = "[pengaturan]\nversi=7\n\n[ui]\nlanguage=fr\n"
    path.write_text(text, encoding="utf-8")
    settings = GuiSettings(ini(path))
    assert settings.language() == "id"  # read as this version understands it …
    assert path.read_text(encoding="utf-8") == text  # … but neither rewritten nor downgraded
    assert PC_UPGRADES.latest < 7


def test_only_this_pcs_options_and_allowed_values(tmp_path):
    settings = GuiSettings(ini(tmp_path / "pc.ini"))
    with pytest.raises(ValueError, match="database"):
        settings.get(options.PAPER)
    with pytest.raises(ValueError, match="database"):
        settings.set(options.GOVERNMENT, "Pemerintah")
    with pytest.raises(ValueError, match="ui/language"):
        settings.set_language("fr")
    settings.set_operator("  Budi \t Santoso ")
    assert settings.operator() == "Budi Santoso"
