"""The user guide's screenshots: the real windows on the demo data, downscaled for the guide.

    xvfb-run -a .venv/bin/python scripts/guide_images.py [resources/panduan/gambar]

Runs scripts/screenshot.py into a temporary folder, adds the evaluation wizard and the backup
dialog, then keeps a small set scaled to at most 900 px wide (each file ≤ ~200 KB).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import screenshot  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

MAX_WIDTH = 900
KEEP = {  # screenshot → the guide's file name
    "main-window-selected.png": "daftar-pejabat.png",
    "inauguration-dialog.png": "pelantikan.png",
    "program-editor.png": "target-100-hari.png",
    "evaluation-wizard.png": "evaluasi.png",
    "board-window.png": "papan-pemantauan.png",
    "verify-dialog.png": "periksa-dokumen.png",
    "backup-dialog.png": "cadangan.png",
}


def shoot_extra(shots: Path) -> None:
    """The evaluation wizard (Anas Dwisatya's program, day 37) and two dialogs."""
    from kinerja_desktop.gui.data_safety.backup_dialog import BackupDialog
    from kinerja_desktop.gui.documents.verify_dialog import VerifyDialog
    from kinerja_desktop.gui.evaluation.evaluation_wizard import EvaluationWizard
    from kinerja_desktop.services.documents import DocumentService
    from kinerja_desktop.services.evaluations import EvaluationService
    from kinerja_desktop.services.programs import ProgramService
    from kinerja_desktop.storage.database import open_database
    app = QApplication.instance()
    db = open_database(shots / "screenshot.db")
    try:
        today = lambda: date(2019, 7, 20)  # noqa: E731
        service = EvaluationService(db, today)
        wizard = None
        for program in ProgramService(db, today).all_programs():
            finals = [r.id for r in service.evaluations(program_id=program.id) if r.final]
            if finals:  # a revision of the demo's evaluation (only in this throwaway copy)
                revision = service.revise(max(finals), "Contoh untuk panduan pengguna")
                wizard = EvaluationWizard(db, revision, today=today)
                break
        if wizard is not None:
            wizard.resize(1000, 680)
            wizard.show()
            screenshot.settle(app)
            wizard.next()
            screenshot.settle(app)
            wizard.grab().save(str(shots / "evaluation-wizard.png"))
            wizard.hide()  # reject() would ask whether to keep the draft
            wizard.deleteLater()
        for name, dialog in (("verify-dialog.png", VerifyDialog(DocumentService(db))),
                             ("backup-dialog.png", BackupDialog(db))):
            dialog.show()
            screenshot.settle(app)
            dialog.grab().save(str(shots / name))
            dialog.reject()
    finally:
        db.close()


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "resources" / "panduan" / "gambar"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        shots = Path(temp)
        os.environ["KINERJA_DATA_DIR"] = str(shots / "data")  # never the user's settings
        screenshot.main([str(shots)])
        shoot_extra(shots)
        for source, target in KEEP.items():
            image = QImage(str(shots / source))
            if image.isNull():
                print(f"missing: {source}")
                continue
            if image.width() > MAX_WIDTH:
                image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
            image.save(str(out / target), "PNG", 9)
            print(f"{target}: {image.width()}×{image.height()}, "
                  f"{(out / target).stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
