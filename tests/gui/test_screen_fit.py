"""Every window and dialog fits a small laptop screen: 1366×768 at 125 % and 1280×720 at 100 %,
with its frame and its primary button (OK, Simpan, Berikutnya) inside the available area."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from kinerja_desktop.gui.shared import screen_fit

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "kinerja_desktop" / "gui"
WINDOW_BASES = {"QDialog", "QMainWindow", "QWizard", "QProgressDialog", "LongFormDialog"}
# Top-level windows that are plain QWidgets (Qt.WindowType.Window).
PLAIN_WINDOWS = {"HelpWindow"}
ABSTRACT = {"LongFormDialog"}  # a base class, opened through its subclasses


def window_classes() -> set[str]:
    """Every class in kinerja_desktop/gui that is a top-level window or dialog, by its bases."""
    found = set(PLAIN_WINDOWS)
    for path in GUI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
                if bases & WINDOW_BASES:
                    found.add(node.name)
    return found - ABSTRACT


def run_probe(tmp_path: Path, width: int, height: int, scale: str) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    # The file is named relative to the probe's folder: Qt splits the platform's options at
    # each ':', so "configfile=C:\\…" names a file "C", and a missing file aborts the process.
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config.name}",
           "QT_SCALE_FACTOR": scale, "KINERJA_DATA_DIR": str(tmp_path / "data"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT),
                                                       os.environ.get("PYTHONPATH")]))}
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    out = tmp_path / "result.json"
    shots = os.environ.get("KINERJA_FIT_SHOTS")  # e.g. /tmp/fit: screenshots to look at
    done = subprocess.run([sys.executable, "-m", "tests.gui.screen_fit_probe", str(out),
                           *([shots] if shots else [])],
                          cwd=tmp_path, env=env, timeout=300, capture_output=True)
    # The probe's own output says why it failed (a status alone said nothing on Windows).
    assert done.returncode == 0, (done.returncode, done.stderr.decode(errors="replace")[-3000:])
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("width", "height", "scale", "logical"), [
    (1366, 768, "1.25", (1093, 614)),
    # The same laptop with Windows' 48 px taskbar: the area a window really gets.
    (1366, 720, "1.25", (1093, 576)),
    (1280, 720, "1", (1280, 720)),
])
def test_every_window_and_its_primary_button_lie_inside_the_screen(tmp_path, width, height,
                                                                   scale, logical):
    result = run_probe(tmp_path, width, height, scale)
    assert result["results"][0]["area"][2:] == list(logical)  # the screen the probe saw
    outside = [r for r in result["results"] if not r["inside"]]
    assert outside == []
    # Every window class of the app was opened by the probe.
    assert window_classes() <= set(result["classes"]), window_classes() - set(result["classes"])
    # The main window starts maximised on such a screen.
    first = result["results"][0]
    assert first["name"] == "MainWindowShown" and first["maximised"]
    assert first["frame"][2] >= logical[0] - 1


def test_the_probe_knows_every_window_class():
    """A new dialog or window class must be added to the probe (and so be checked)."""
    probe = (Path(__file__).parent / "screen_fit_probe.py").read_text(encoding="utf-8")
    missing = {name for name in window_classes() if f'"{name}"' not in probe}
    assert missing == set()


def test_a_window_larger_than_the_screen_is_shrunk_and_moved_inside(app, qtbot):
    area = screen_fit.available_area()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(area.width() + 300, area.height() + 200)
    window.move(area.left() + 150, area.top() + 100)
    with qtbot.waitExposed(window):
        window.show()  # the application's filter fits it
    qtbot.waitUntil(lambda: area.contains(window.frameGeometry()), timeout=2000)


def test_a_dialog_stays_centred_over_its_parent(app, qtbot):
    """Fitting never moves a window that already lies inside the screen."""
    parent = QMainWindow()
    qtbot.addWidget(parent)
    parent.resize(900, 560)
    with qtbot.waitExposed(parent):
        parent.show()
    dialog = QDialog(parent)
    dialog.resize(300, 200)
    with qtbot.waitExposed(dialog):
        dialog.show()
    qtbot.wait(20)  # the fitter's deferred move, if any
    centre = dialog.frameGeometry().center()
    assert abs(centre.x() - parent.frameGeometry().center().x()) < 20
    assert abs(centre.y() - parent.frameGeometry().center().y()) < 40


def test_a_long_form_scrolls_and_keeps_its_buttons_visible(app, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout
    area = screen_fit.available_area()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    body = QWidget()
    form = QFormLayout(body)
    for row in range(80):  # far taller than any screen
        form.addRow(f"Isian {row}", QLineEdit())
    layout = QVBoxLayout(dialog)
    layout.addWidget(screen_fit.scroll_form(body, dialog), 1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
    layout.addWidget(buttons)
    dialog.resize(500, body.sizeHint().height() + 100)
    with qtbot.waitExposed(dialog):
        dialog.show()
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert area.contains(dialog.frameGeometry())
    assert area.contains(ok.mapToGlobal(ok.rect().center()))
    assert dialog.layout().minimumSize().height() <= dialog.height()  # nothing overlaps


def test_small_screens_start_maximised(app, monkeypatch):
    from PySide6.QtCore import QRect
    monkeypatch.setattr(screen_fit, "available_area", lambda _w=None: QRect(0, 0, 1093, 614))
    assert screen_fit.is_small_screen()
    monkeypatch.setattr(screen_fit, "available_area", lambda _w=None: QRect(0, 0, 1920, 1040))
    assert not screen_fit.is_small_screen()
