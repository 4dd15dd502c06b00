"""Screenshots of the real windows (run under xvfb-run) for review and the user guide.

    xvfb-run -a .venv/bin/python scripts/screenshot.py OUTDIR [--db PATH] [--lang id|en]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kinerja_desktop.gui.app import create_application  # noqa: E402
from kinerja_desktop.gui.main_window import MainWindow  # noqa: E402
from kinerja_desktop.services.demo import load_demo  # noqa: E402
from kinerja_desktop.storage.database import open_database  # noqa: E402


def settle(app: QApplication, ms: int = 300) -> None:
    QTimer.singleShot(ms, app.quit)
    app.exec()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--lang", default="id")
    parser.add_argument("--empty", action="store_true", help="do not load the demo")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application([], args.lang)
    db = open_database(args.db or args.out / "screenshot.db")
    if not args.empty:
        load_demo(db)
    window = MainWindow(db)
    window.resize(1280, 760)
    window.show()
    settle(app)
    window.grab().save(str(args.out / "main-window.png"))
    if not args.empty:
        window.select_official(window.model.official_id(2))
        settle(app)
        window.grab().save(str(args.out / "main-window-selected.png"))
        window.search_edit.setText("dukcapil")
        window.apply_filter()
        settle(app)
        window.grab().save(str(args.out / "main-window-search.png"))
        window.search_edit.setText("")
        window.apply_filter()
        from kinerja_desktop.gui.official_dialog import OfficialDialog
        dialog = OfficialDialog(db, window.model.official_id(2), window)
        dialog.show()
        settle(app)
        dialog.grab().save(str(args.out / "official-dialog.png"))
        dialog.close()
        try:
            from kinerja_desktop.gui.inauguration_dialog import InaugurationDialog
        except ImportError:
            InaugurationDialog = None
        if InaugurationDialog is not None:
            inauguration = InaugurationDialog(db, window)
            inauguration.show()
            settle(app)
            inauguration.grab().save(str(args.out / "inauguration-dialog.png"))
            inauguration.reject()
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
