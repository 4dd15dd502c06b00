"""Screenshots of the real windows (run under xvfb-run) for review and the user guide.

    xvfb-run -a .venv/bin/python scripts/screenshot.py OUTDIR [--db PATH] [--lang id|en]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kinerja_desktop.gui.app import create_application
from kinerja_desktop.gui.main_window import MainWindow
from kinerja_desktop.services.demo import load_demo
from kinerja_desktop.storage.database import open_database


def settle(app: QApplication, ms: int = 300) -> None:
    # A local loop: QApplication.quit() would also close (and so delete) the windows.
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot_editor(app: QApplication, db, window: MainWindow, out: Path) -> None:
    """The target editor on Anas Dwisatya's 100-day program, on day 37 (20 July 2019)."""
    from datetime import date

    from kinerja_desktop.gui.programs.program_editor import ProgramEditor
    from kinerja_desktop.services.roster import RosterService
    official_id = RosterService(db).id_by_nip("197203151995031004")
    editor = ProgramEditor(db, official_id, window, today=lambda: date(2019, 7, 20))
    editor.show()
    settle(app)
    editor.grab().save(str(out / "program-editor.png"))
    for name, make in (("progress-dialog.png", _progress_dialog),
                       ("program-dialog.png", _program_dialog),
                       ("priorities-dialog.png", _priorities_dialog)):
        dialog = make(editor)
        dialog.show()
        settle(app)
        dialog.grab().save(str(out / name))
        dialog.reject()
    editor.close()


def shoot_board(app: QApplication, db, window: MainWindow, out: Path) -> None:
    """The monitoring board on day 37 (20 July 2019), all current programs."""
    from datetime import date

    from kinerja_desktop.gui.board.board_window import BoardWindow
    board = BoardWindow(db, window, today=lambda: date(2019, 7, 20))
    board.setWindowFlag(Qt.WindowType.Window)
    board.resize(1280, 760)
    board.show()
    settle(app)
    board.grab().save(str(out / "board-window.png"))
    board.close()


def _progress_dialog(editor):
    from kinerja_desktop.gui.programs.progress_dialog import ProgressDialog
    target = editor.model.target(0)
    return ProgressDialog(target, editor.current_program(), editor.programs.today(), editor)


def _program_dialog(editor):
    from kinerja_desktop.gui.programs.program_dialog import ProgramDialog
    return ProgramDialog(editor.programs, editor.roster.get(editor.official_id), editor)


def _priorities_dialog(editor):
    from kinerja_desktop.gui.programs.priorities_dialog import PrioritiesDialog
    return PrioritiesDialog(editor.programs, editor)


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
        from kinerja_desktop.gui.roster.official_dialog import OfficialDialog
        dialog = OfficialDialog(db, window.model.official_id(2), window)
        dialog.show()
        settle(app)
        dialog.grab().save(str(args.out / "official-dialog.png"))
        dialog.close()
        from kinerja_desktop.gui.roster.inauguration_dialog import InaugurationDialog
        inauguration = InaugurationDialog(db, window)
        inauguration.show()
        settle(app)
        inauguration.grab().save(str(args.out / "inauguration-dialog.png"))
        inauguration.reject()
        sample = args.out / "contoh-impor.csv"
        sample.write_text(
            "nip;nama;gelar_belakang;pangkat_golongan;jabatan;unit_kerja;eselon;"
            "tanggal_pelantikan\n"
            "19800214 200501 2 003;Siti Rahmawati;S.E., M.M.;III/d;Kepala Bidang Pelayanan;"
            "Disdukcapil;III.b;14/06/2019\n"
            "1234;Ani;;;Sekretaris;Dinas Sosial;III.a;\n"
            "19701301 199003 1 002;Budi;;IV/a;Kepala Seksi;Dinas Sosial;IV.a;31 Juni 2019\n"
            "197505052000011001;Dedi Kurniawan;;II/a;Kepala Dinas Pendidikan;"
            "Dinas Pendidikan;II.b;2019-06-14\n", encoding="utf-8-sig")
        from kinerja_desktop.gui.roster.import_dialog import ImportDialog
        importer = ImportDialog(db, window)
        importer.show()
        importer.set_file(sample)
        settle(app, 1500)
        importer.grab().save(str(args.out / "import-dialog.png"))
        importer.done(0)
        shoot_editor(app, db, window, args.out)
        shoot_board(app, db, window, args.out)
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
