"""One way to show errors: a user's mistake gets a plain message, a bug a dialog and a log."""

from __future__ import annotations

import logging
import secrets
import sys
import traceback
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kinerja_desktop.errors import KinerjaError, ValidationError
from kinerja_desktop.paths import data_dir

log = logging.getLogger("kinerja")


def setup_logging() -> None:
    """Log to kinerja.log in the data folder (rotated), so a bug report has details."""
    if log.handlers:
        return
    folder = data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        from logging.handlers import RotatingFileHandler  # 5 ms of start-up, only here
        handler: logging.Handler = RotatingFileHandler(folder / "kinerja.log", maxBytes=1_000_000,
                                                       backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def error_reference(now: datetime | None = None) -> str:
    """A short reference for one unexpected error (KD-20261205-0931-3F7A): the dialog shows it
    and the log holds it beside the traceback, so staff can quote it and support can find it."""
    now = now or datetime.now()
    return f"KD-{now:%Y%m%d-%H%M}-{secrets.token_hex(2).upper()}"


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> str | None:
    """Show any exception: known errors plainly, anything else as a bug with details, logged
    under a reference (returned; None for a known error)."""
    if isinstance(exc, ValidationError):
        lines = [p.describe() for p in exc.problems if p.is_error]
        QMessageBox.warning(parent, title or QCoreApplication.translate(
            "Errors", "Data belum benar"), "\n".join(lines))
        return None
    if isinstance(exc, KinerjaError):
        QMessageBox.warning(parent, title or QCoreApplication.translate(
            "Errors", "Tidak dapat dilanjutkan"), str(exc))
        return None
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    reference = error_reference()
    log.error("Kesalahan tak terduga, rujukan %s:\n%s", reference, details)
    text = QCoreApplication.translate(
        "Errors", "Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman.\n"
                  "Rincian dicatat di {log} dengan rujukan {ref}.").format(
        log=data_dir() / "kinerja.log", ref=reference)
    box = QMessageBox(QMessageBox.Icon.Critical,
                      title or QCoreApplication.translate("Errors", "Kesalahan tak terduga"),
                      text, QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(details)
    box.exec()
    return reference


def install_excepthook() -> None:
    """Unhandled exceptions in slots end in the error dialog, not a silent crash."""
    def hook(kind, value, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        show_error(None, value.with_traceback(tb))
    sys.excepthook = hook
