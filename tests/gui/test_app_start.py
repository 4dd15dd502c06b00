"""run_gui: a new database gets the first-run wizard before the main window, whose language
applies at once; a database with data goes straight to the main window."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication

from kinerja_desktop.gui import app as app_module
from kinerja_desktop.gui.main_window import MainWindow
from kinerja_desktop.gui.setup import setup_wizard
from kinerja_desktop.gui.shared.settings import GuiSettings
from kinerja_desktop.services.demo import load_demo
from kinerja_desktop.storage.database import open_database


@pytest.fixture
def started(app, monkeypatch):
    """Run run_gui without its event loop; record the wizard and the windows shown."""
    seen = SimpleNamespace(wizards=[], windows=[], exec_calls=0)
    monkeypatch.setattr(app_module, "setup_logging", lambda: None)
    monkeypatch.setattr(app_module, "install_excepthook", lambda: None)

    def fake_exec():
        seen.exec_calls += 1
        seen.windows = [w for w in QApplication.topLevelWidgets()
                        if isinstance(w, MainWindow) and w.isVisible()]
        return 0

    monkeypatch.setattr(app, "exec", fake_exec)
    yield seen
    for window in seen.windows:
        window.close()
        window.deleteLater()
    from kinerja_desktop.gui.shared.i18n import switch_language
    switch_language(app, "id")  # what the next test expects


def _wizard_choosing(seen, language: str):
    def exec_(wizard):
        seen.wizards.append(wizard)
        GuiSettings().set_language(language)  # what the wizard's PC page saves
        return 1
    return exec_


def test_a_new_database_gets_the_wizard_then_the_window_in_its_language(
        started, monkeypatch, tmp_path):
    monkeypatch.setattr(setup_wizard.FirstRunWizard, "exec", _wizard_choosing(started, "en"))
    db_path = tmp_path / "baru.db"
    status = app_module.run_gui(SimpleNamespace(db=db_path, lang=None))
    assert status == 0 and started.exec_calls == 1
    assert len(started.wizards) == 1
    assert len(started.windows) == 1
    assert QApplication.translate("MainWindow", "&Berkas") == "&File"  # English at once


def test_a_database_with_data_opens_the_window_directly(started, monkeypatch, tmp_path):
    monkeypatch.setattr(setup_wizard.FirstRunWizard, "exec", _wizard_choosing(started, "id"))
    db_path = tmp_path / "isi.db"
    db = open_database(db_path)
    load_demo(db)
    db.close()
    assert app_module.run_gui(SimpleNamespace(db=db_path, lang=None)) == 0
    assert started.wizards == []
    assert len(started.windows) == 1
    assert started.windows[0].model.rowCount() == 7


def test_the_start_upgrades_the_settings_of_the_database_and_of_this_pc(
        started, monkeypatch, tmp_path, private_data_dir):
    from kinerja_desktop.storage import settings_repo
    from tests.helpers.dump import table_rows
    db_path = tmp_path / "isi.db"
    db = open_database(db_path)  # as an older version left it: no settings version
    load_demo(db)
    settings_repo.set(db, "ukuran_kertas", "Folio")
    db.close()
    private_data_dir.mkdir(parents=True, exist_ok=True)
    (private_data_dir / "settings.ini").write_text("[ui]\nlanguage=fr\n", encoding="utf-8")
    assert app_module.run_gui(SimpleNamespace(db=db_path, lang=None)) == 0
    assert table_rows(db_path, "SELECT key, value FROM setting WHERE key IN "
                               "('ukuran_kertas', 'versi_pengaturan') ORDER BY key") == [
        ("ukuran_kertas", "A4"), ("versi_pengaturan", "1")]
    text = (private_data_dir / "settings.ini").read_text(encoding="utf-8")
    assert "[pengaturan]\nversi=1" in text and "language=id" in text


def test_the_start_loads_nothing_only_printing_or_encryption_needs(tmp_path):
    """Start-up time (bench/frozen_startup_bench.py) pays for every import: the roster window
    needs neither ReportLab, pyHanko, openpyxl, cryptography nor the document builder, nor
    the documents' own dataclasses (the settings registry needs only the paper sizes)."""
    import os
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    db = tmp_path / "isi.db"
    database = open_database(db)
    load_demo(database)
    database.close()
    heavy = ("cryptography", "reportlab", "pyhanko", "openpyxl",
             "kinerja_desktop.services.document_builder", "kinerja_desktop.domain.documents")
    script = (f"import sys; sys.path.insert(0, {str(root)!r}); import main; "
              f"status = main.main(['--db', {str(db)!r}]); "
              f"print('LOADED', [m for m in {heavy!r} if m in sys.modules]); sys.exit(status)")
    env = dict(os.environ, KINERJA_STARTUP_PROBE="-", QT_QPA_PLATFORM="offscreen",
               KINERJA_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "READY" in result.stdout and "LOADED []" in result.stdout, result.stdout


def test_an_unwritable_data_folder_is_explained_before_anything_starts(app, monkeypatch):
    from kinerja_desktop.errors import DataFolderError
    shown = []

    def refuse():
        raise DataFolderError("Folder data Kinerja Desktop 'E:\\data' tidak dapat ditulisi.")

    monkeypatch.setattr(app_module, "check_data_dir", refuse)
    monkeypatch.setattr(app_module.QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(app_module, "setup_logging",
                        lambda: pytest.fail("started although the data folder is unusable"))
    assert app_module.run_gui(SimpleNamespace(db=None, lang=None)) == 1
    assert shown == ["Folder data Kinerja Desktop 'E:\\data' tidak dapat ditulisi."]


def _fitter(app):
    from kinerja_desktop.gui.shared.screen_fit import ScreenFitter
    return app.findChild(ScreenFitter, "screenFitter")


def _remove_fitter(app) -> None:
    fitter = _fitter(app)
    if fitter is not None:
        app.removeEventFilter(fitter)
        fitter.setParent(None)
        fitter.deleteLater()


def test_the_screen_fitter_comes_after_the_main_window_has_painted(
        app, started, qtbot, monkeypatch, tmp_path):
    """Its one-time cost (about 30 ms) was on the start; it must still come, soon after."""
    _remove_fitter(app)
    at_exec = []
    monkeypatch.setattr(app, "exec", lambda: at_exec.append(_fitter(app)) or 0)
    db_path = tmp_path / "isi.db"
    db = open_database(db_path)
    load_demo(db)
    db.close()
    assert app_module.run_gui(SimpleNamespace(db=db_path, lang=None)) == 0
    assert at_exec == [None]  # not yet while the window first paints
    qtbot.waitUntil(lambda: _fitter(app) is not None, timeout=3000)
    started.windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_the_first_run_wizard_is_fitted_to_the_screen(app, started, monkeypatch, tmp_path):
    _remove_fitter(app)
    fitted = []

    def exec_(wizard):
        fitted.append(_fitter(app) is not None)
        return 0
    monkeypatch.setattr(setup_wizard.FirstRunWizard, "exec", exec_)
    assert app_module.run_gui(SimpleNamespace(db=tmp_path / "baru.db", lang=None)) == 0
    assert fitted == [True]


def test_the_first_paint_comes_before_printing_encryption_and_the_other_windows(tmp_path):
    """At the moment the roster first paints (the start-up probe's report), neither ReportLab,
    cryptography, pyHanko nor openpyxl is loaded, nor the windows the first screen does not
    show (evaluation wizard, target editor, board, printing), nor what the window asks only
    after its first paint (the demo's removal check)."""
    import os
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    db = tmp_path / "isi.db"
    database = open_database(db)
    load_demo(database)
    database.close()
    absent = ("reportlab", "cryptography", "pyhanko", "openpyxl",
              "kinerja_desktop.gui.evaluation.evaluation_wizard",
              "kinerja_desktop.gui.programs.program_editor",
              "kinerja_desktop.gui.board.board_window", "kinerja_desktop.gui.documents.printing",
              "kinerja_desktop.services.demo_removal", "kinerja_desktop.services.documents")
    script = f"""
import sys
sys.path.insert(0, {str(root)!r})
from kinerja_desktop.gui import startup_probe
report = startup_probe.StartupProbe.report
def at_first_paint(self, rows):
    loaded = [m for m in {absent!r} if m in sys.modules or any(
        name.startswith(m + ".") for name in sys.modules)]
    print("AT-FIRST-PAINT", loaded, rows, flush=True)
    report(self, rows)
startup_probe.StartupProbe.report = at_first_paint
import main
sys.exit(main.main(['--db', {str(db)!r}]))
"""
    env = dict(os.environ, KINERJA_STARTUP_PROBE="-", QT_QPA_PLATFORM="offscreen",
               KINERJA_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "AT-FIRST-PAINT [] 7" in result.stdout, result.stdout
