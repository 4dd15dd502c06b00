"""Opening a stored evidence file with its usual program (the target editor and the wizard)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from kinerja_desktop.domain.evidence import ALLOWED_EXTENSIONS
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.paths import data_dir
from kinerja_desktop.services.progress import ProgressService, write_for_opening


def open_evidence(parent: QWidget, progress: ProgressService, attachment_id: int) -> None:
    """Write the file to a folder of the app's own and open it with its usual program; when
    no program takes it, say where the copy is. However the file arrived (typed, imported,
    merged, restored), it is written under its clean name and only when it holds an allowed
    document: a program or script is refused with a message naming it, never opened."""
    written = attempt(parent, lambda: write_for_opening(progress.evidence(attachment_id),
                                                        data_dir() / "bukti-dibuka"))
    if not written:
        return
    path = written.value
    if path.suffix.lower() not in ALLOWED_EXTENSIONS:  # write_for_opening sees to it; a guard
        return
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.information(
            parent, QCoreApplication.translate("Evidence", "Buka berkas"),
            QCoreApplication.translate(
                "Evidence", "Tidak ada program untuk membuka berkas ini. Salinannya ada di:\n{0}"
            ).format(path))
