"""A hung test ends the run with the stacks of every thread instead of hanging it forever: a
modal dialog nobody closes, or an event loop nobody quits (pytest-timeout, thread method)."""

from __future__ import annotations

import re
import tomllib

import pytest

from tests.conftest import ROOT

HANGING = '''
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QMessageBox


    def test_hangs_in_a_message_box(qapp):
        box = QMessageBox(QMessageBox.Icon.Question, "Menggantung", "Tidak ada yang menutup.")
        box.exec()  # the line the stacks must show


    def test_hangs_in_an_event_loop(qapp):
        QEventLoop().exec()  # the line the stacks must show
'''


def test_the_configured_timeouts():
    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"]["pytest"]["ini_options"]
    assert options["timeout_method"] == "thread"  # a hung Qt loop never returns to Python
    slowest = 19  # seconds: tests/storage/test_crash.py on an idle machine
    assert options["timeout"] >= 10 * slowest
    assert slowest < options["faulthandler_timeout"] < options["timeout"]


@pytest.mark.slow
@pytest.mark.parametrize("name, hang", [
    ("test_hangs_in_a_message_box", "box.exec()"),
    ("test_hangs_in_an_event_loop", "QEventLoop().exec()")])
def test_a_hung_test_ends_with_the_stacks(run_pytest, name, hang):
    # The project's own settings, only shorter: faulthandler at 2 s, the timeout at 5 s.
    result, seconds = run_pytest(HANGING, "-o", "timeout=5", "-o", "faulthandler_timeout=2",
                                 "-k", name)
    assert seconds < 60, "the timeout did not end the hung test"
    assert result.returncode == 1, result.stdout + result.stderr
    assert "timeout method: thread" in result.stdout
    # pytest-timeout: every other thread's Python stack, down to the hanging line.
    assert "+++ Timeout +++" in result.stdout
    assert "Stack of MainThread" in result.stdout
    assert f"in {name}\n    {hang}" in result.stdout
    # pytest's faulthandler, earlier: all threads' stacks of the slow test.
    assert "Timeout (0:00:02)!" in result.stderr
    assert re.search(rf'test_inner\.py", line \d+ in {name}\n', result.stderr)
    assert " passed" not in result.stdout
