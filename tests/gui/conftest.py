"""Fixtures of every GUI test: no main window's backup on exit outlives its test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def exit_backups_end_with_their_test() -> Iterator[None]:
    """Closing a main window writes the day's backup on a worker thread and closes the window
    once it is written (gui/data_safety/exit_backup.py). A window a test or its teardown closed
    (pytest-qt closes the test's widgets before fixtures are torn down, so this runs after)
    is really closed before the next test: its thread has ended, its end was delivered. Else
    it would write into the next test's moment and still count as an open window there."""
    yield
    from PySide6.QtCore import QCoreApplication

    from kinerja_desktop.gui.data_safety import exit_backup
    assert exit_backup.wait_for_all(60), "a backup on exit still runs after 60 s"
    if QCoreApplication.instance() is not None:
        QCoreApplication.processEvents()  # the ended signals: each window closes for real
