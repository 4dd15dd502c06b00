"""The import dialog: preview writes nothing, errors block, cancel rolls back, failures show."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QDialog, QMessageBox

from kinerja_desktop.gui.roster import import_dialog as module
from kinerja_desktop.gui.roster.import_dialog import ImportDialog, PlansModel, ProblemsModel
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.services import roster_io
from kinerja_desktop.services.roster import RosterService
from tests.helpers.dump import dump_database
from tests.helpers.tables import HEADER, row, write_csv, write_xlsx

# Made up, valid in form, not in the demo data.
NIP_A = "198001012005011002"
NIP_B = "198202022006042003"
NIP_C = "197703032001121004"
# In the demo data (Anas Dwisatya, Plt. Kepala Diskominfosatik).
DEMO_NIP = "197203151995031004"
DISKOMINFO = "Dinas Komunikasi Informatika Persandian dan Statistik"


class Shown:
    """What the dialog showed in message boxes and show_error, instead of blocking on them."""

    def __init__(self):
        self.information: list[str] = []
        self.questions: list[str] = []
        self.errors: list[tuple[BaseException, bool]] = []  # (error, on the UI thread)
        self.answer = QMessageBox.StandardButton.Yes
        self.expect_errors = False


@pytest.fixture
def shown(monkeypatch):
    record = Shown()

    def information(_parent, _title, text, *args, **kwargs):
        record.information.append(text)
        return QMessageBox.StandardButton.Ok

    def question(_parent, _title, text, *args, **kwargs):
        record.questions.append(text)
        return record.answer

    def show_error(_parent, exc, title=None):
        record.errors.append((exc, threading.current_thread() is threading.main_thread()))

    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(operations, "show_error", show_error)
    yield record
    if not record.expect_errors:
        assert record.errors == []


@pytest.fixture
def make_dialog(app, qtbot, shown):
    dialogs = []

    def make(database) -> ImportDialog:
        dialog = ImportDialog(database)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialogs.append(dialog)
        return dialog

    yield make
    # Workers still running would touch the database after the db fixture closed it.
    assert QThreadPool.globalInstance().waitForDone(20000)


def check_file(qtbot, dialog: ImportDialog, path) -> None:
    with qtbot.waitSignal(dialog.work_done, timeout=20000):
        dialog.set_file(path)


def good_rows() -> list[list[object]]:
    return [
        row(NIP_A, "Budi Santoso", "Kepala Dinas Pariwisata Pemuda dan Olahraga",
            "Dinas Pariwisata Pemuda dan Olahraga", eselon="II.b", pangkat_golongan="IV/c",
            tanggal_pelantikan="14/06/2019"),
        row(NIP_B, "Siti Aminah", "Sekretaris DPRD", "Sekretariat DPRD", gelar_belakang="S.E.",
            eselon="II.b", pangkat_golongan="IV/c"),
        # Same person and post as in the demo data, with a decree number it lacks: "diubah".
        row(DEMO_NIP, "Anas Dwisatya", f"Kepala {DISKOMINFO}", DISKOMINFO,
            nomor_sk="821.2/Kep.45-BKPSDM/2019"),
    ]


def excel_csv(path, rows, header=HEADER):
    """As Excel on an Indonesian Windows saves "CSV UTF-8": BOM, semicolons, CRLF."""
    return write_csv(path, header, rows, delimiter=";", bom=True)


def generated_nips(count: int) -> list[str]:
    """Distinct valid NIPs: birth day and month vary, then the serial (always 3 digits)."""
    nips = []
    for n in range(count):
        day, month, serial = 1 + n % 28, 1 + (n // 28) % 12, 1 + n // 336
        nips.append(f"1975{month:02d}{day:02d}2000011{serial:03d}")
    return nips


def problem_cells(dialog: ImportDialog) -> list[tuple[str, str, str]]:
    model = dialog.problems_model
    return [tuple(model.index(r, c).data() for c in (ProblemsModel.ROW, ProblemsModel.FIELD,
                                                      ProblemsModel.SEVERITY))
            for r in range(model.rowCount())]


# Preview, then import ---------------------------------------------------------------------

def test_preview_writes_nothing_then_import_writes(make_dialog, demo_db, qtbot, tmp_path,
                                                   shown, qtmodeltester):
    roster = RosterService(demo_db)
    before_count = roster.count("semua")
    before = dump_database(demo_db.path)
    path = excel_csv(tmp_path / "daftar.csv", good_rows())
    dialog = make_dialog(demo_db)

    check_file(qtbot, dialog, path)

    assert dump_database(demo_db.path) == before
    assert roster.count("semua") == before_count
    assert dialog.new_label.text() == "Baru: 2"
    assert dialog.updated_label.text() == "Diubah: 1"
    assert dialog.unchanged_label.text() == "Tetap: 0"
    assert dialog.units_count_label.text() == "Unit kerja baru: 2"
    assert "Sekretariat DPRD" in dialog.units_label.text()
    assert dialog.problems_model.rowCount() == 0
    plans = dialog.plans_model
    assert [(plans.index(r, PlansModel.ROW).data(), plans.index(r, PlansModel.NIP).data(),
             plans.index(r, PlansModel.ACTION).data()) for r in range(plans.rowCount())] == [
        ("2", "19800101 200501 1 002", "baru"), ("3", "19820202 200604 2 003", "baru"),
        ("4", "19720315 199503 1 004", "diubah")]
    assert plans.index(1, PlansModel.NAME).data() == "Siti Aminah"
    assert plans.index(0, PlansModel.POST).data() == "Kepala Dinas Pariwisata Pemuda dan Olahraga"
    assert dialog.tabs.currentWidget() is dialog.plans_table
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()
    assert "Belum ada data yang ditulis" in dialog.message_label.text()
    qtmodeltester.check(plans)

    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert roster.count("semua") == before_count + 2
    assert roster.get(roster.id_by_nip(NIP_B)).back_title == "S.E."
    anas = roster.get(roster.id_by_nip(DEMO_NIP)).main_appointment()
    assert anas.decree_number == "821.2/Kep.45-BKPSDM/2019"
    assert shown.information == [
        "Impor selesai: 2 pejabat baru, 1 diubah, 0 tetap. "
        "Unit kerja baru: Dinas Pariwisata Pemuda dan Olahraga, Sekretariat DPRD."]
    assert not dialog.import_button.isEnabled()  # the same plan cannot be written twice


def test_xlsx_preview_and_import(make_dialog, db, qtbot, tmp_path):
    path = write_xlsx(tmp_path / "daftar.xlsx", HEADER, good_rows()[:2])
    dialog = make_dialog(db)
    check_file(qtbot, dialog, path)
    assert dialog.new_label.text() == "Baru: 2"
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert RosterService(db).count("semua") == 2


def test_enter_imports_and_escape_closes(make_dialog, db, qtbot, tmp_path):
    dialog = make_dialog(db)
    check_file(qtbot, dialog, excel_csv(tmp_path / "daftar.csv", good_rows()[:2]))
    dialog.plans_table.setFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.keyClick(dialog.plans_table, Qt.Key.Key_Return)
    assert RosterService(db).count("semua") == 2

    other = make_dialog(db)
    with qtbot.waitSignal(other.rejected, timeout=5000):
        qtbot.keyClick(other, Qt.Key.Key_Escape)
    assert not other.isVisible()


# Problems ---------------------------------------------------------------------------------

def test_bad_nips_block_import(make_dialog, demo_db, qtbot, tmp_path, qtmodeltester):
    nips = generated_nips(5)
    nips[1] = "19750101200001100"  # row 3: 17 digits
    nips[3] = "19751301200001100 1"  # row 5: month 13
    rows = [row(nip, f"Pejabat {n}", f"Kepala Dinas {n}", "Dinas Uji", eselon="II.b")
            for n, nip in enumerate(nips)]
    before = dump_database(demo_db.path)
    dialog = make_dialog(demo_db)

    check_file(qtbot, dialog, excel_csv(tmp_path / "salah.csv", rows))

    assert problem_cells(dialog) == [("3", "nip", "Kesalahan"), ("5", "nip", "Kesalahan")]
    assert dialog.tabs.currentWidget() is dialog.problems_table
    assert dialog.message_label.text() == ("Impor tidak dapat dilakukan: 2 kesalahan. "
                                           "Perbaiki berkas lalu periksa lagi.")
    assert not dialog.import_button.isEnabled()
    assert dialog.recheck_button.isEnabled() and dialog.recheck_button.isDefault()
    dialog.start_import()  # even when called directly, an invalid plan is never applied
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)
    assert dump_database(demo_db.path) == before
    qtmodeltester.check(dialog.problems_model)


def test_problems_sorted_by_row_with_warnings(make_dialog, db, qtbot, tmp_path):
    rows = [row(nip, f"Pejabat {n}", f"Kepala Dinas {n}", "Dinas Uji", eselon="II.a",
                pangkat_golongan="IV/c")
            for n, nip in enumerate(generated_nips(4))]
    rows[3][0] = "1.97501E+17"  # row 5: Excel turned it into a number
    rows[0][4] = "III/a"  # row 2: a rank below the usual range only warns
    header = HEADER + ["catatan"]  # an unknown column is ignored with a warning on row 1
    dialog = make_dialog(db)
    check_file(qtbot, dialog, excel_csv(tmp_path / "campur.csv",
                                        [r + ["x"] for r in rows], header))
    assert problem_cells(dialog) == [("1", "catatan", "Peringatan"),
                                     ("2", "pangkat_golongan", "Peringatan"),
                                     ("5", "nip", "Kesalahan")]
    assert "1 kesalahan" in dialog.message_label.text()
    assert not dialog.import_button.isEnabled()
    dialog.grab().save(str(tmp_path / "import.png"))  # paints long messages without warnings


def test_warnings_only_allow_import(make_dialog, db, qtbot, tmp_path):
    data = ("nip;nama;jabatan;unit_kerja\r\n"
            f"{NIP_A};Ahmad Fauzi;Camat Petir;Kecamatan Petir\r\n").encode()
    # "Ä" in cp1252 bytes: not UTF-8, read as Windows-1252 with a warning.
    path = tmp_path / "lama.csv"
    path.write_bytes(data.replace(b"Fauzi", "Fauzi M\u00e4ulana".encode("cp1252")))
    dialog = make_dialog(db)
    check_file(qtbot, dialog, path)
    assert problem_cells(dialog) == [("–", "", "Peringatan")]
    assert "1 peringatan" in dialog.message_label.text()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    roster = RosterService(db)
    assert roster.get(roster.id_by_nip(NIP_A)).name == "Ahmad Fauzi M\u00e4ulana"


@pytest.mark.parametrize("name, content, expected", [
    ("kosong.csv", b"", "kosong"),
    ("kosong.xlsx", b"", "kosong"),
    ("catatan.xlsx", b"nip;nama\r\n198001012005011002;Budi\r\n", "bukan berkas Excel"),
    ("daftar.txt", b"nip;nama\r\n", "tidak didukung"),
])
def test_unreadable_file_shows_message(make_dialog, db, qtbot, tmp_path, name, content,
                                       expected):
    path = tmp_path / name
    path.write_bytes(content)
    dialog = make_dialog(db)
    check_file(qtbot, dialog, path)
    assert expected in dialog.message_label.text()
    assert expected in dialog.file_error
    assert dialog.report is None
    assert not dialog.import_button.isEnabled()
    assert dialog.recheck_button.isEnabled()
    assert dialog.new_label.text() == "Baru: –"
    assert dialog.isVisible()


def test_recheck_reads_fixed_file(make_dialog, db, qtbot, tmp_path):
    rows = [row(nip, f"Pejabat {n}", f"Kepala Dinas {n}", "Dinas Uji")
            for n, nip in enumerate(generated_nips(3))]
    good_nip = rows[1][0]
    rows[1][0] = "12345"
    path = excel_csv(tmp_path / "daftar.csv", rows)
    dialog = make_dialog(db)
    check_file(qtbot, dialog, path)
    assert problem_cells(dialog) == [("3", "nip", "Kesalahan")]
    assert not dialog.import_button.isEnabled()

    rows[1][0] = good_nip  # the user fixes the cell in Excel and saves
    excel_csv(path, rows)
    with qtbot.waitSignal(dialog.work_done, timeout=20000):
        qtbot.mouseClick(dialog.recheck_button, Qt.MouseButton.LeftButton)
    assert problem_cells(dialog) == []
    assert dialog.new_label.text() == "Baru: 3"
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()
    assert RosterService(db).count("semua") == 0


def test_recheck_after_empty_file_was_filled(make_dialog, db, qtbot, tmp_path):
    path = tmp_path / "daftar.csv"
    path.write_bytes(b"")
    dialog = make_dialog(db)
    check_file(qtbot, dialog, path)
    assert "kosong" in dialog.message_label.text()
    excel_csv(path, good_rows()[:1])
    with qtbot.waitSignal(dialog.work_done, timeout=20000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter re-reads while nothing can import
    assert dialog.file_error == ""
    assert dialog.new_label.text() == "Baru: 1"


# Cancelling -------------------------------------------------------------------------------

@pytest.fixture
def big_file(tmp_path):
    rows = [row(nip, f"Pejabat Uji {n}", f"Kepala Seksi {n}", f"Dinas Uji {n % 40}",
                eselon="II.b", pangkat_golongan="IV/c")
            for n, nip in enumerate(generated_nips(3000))]
    return excel_csv(tmp_path / "besar.csv", rows)


@pytest.fixture
def held_after_progress(monkeypatch):
    """apply_import that, after its first progress report, waits until it is cancelled.

    Without it the worker could finish 3000 rows before the UI thread sees the progress; with
    it the real button, the real apply_import and its real rollback are exercised in order.
    """
    real = roster_io.apply_import

    def apply_import(db, report, progress=None, cancelled=None, waiting=None):
        def report_then_wait(done, total):
            progress(done, total)
            deadline = time.monotonic() + 15
            while not cancelled() and time.monotonic() < deadline:
                time.sleep(0.005)
        return real(db, report, report_then_wait, cancelled)

    monkeypatch.setattr(module, "apply_import", apply_import)


def test_cancel_during_import_rolls_back(make_dialog, demo_db, qtbot, big_file,
                                         held_after_progress):
    before = dump_database(demo_db.path)
    dialog = make_dialog(demo_db)
    check_file(qtbot, dialog, big_file)
    assert dialog.new_label.text() == "Baru: 3000"

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isVisible() and dialog.progress_bar.isVisible()
    assert not dialog.recheck_button.isEnabled() and not dialog.choose_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress_bar.value() > 0, timeout=20000)
    with qtbot.waitSignal(dialog.work_done, timeout=20000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    assert dialog.message_label.text() == "Impor dibatalkan; tidak ada data yang diubah."
    assert dump_database(demo_db.path) == before
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert not dialog.cancel_button.isVisible() and not dialog.progress_bar.isVisible()
    assert dialog.import_button.isEnabled()  # the plan is intact and may be tried again


def test_cancelled_from_the_start_writes_nothing(make_dialog, demo_db, qtbot, big_file,
                                                 monkeypatch):
    real = roster_io.apply_import
    monkeypatch.setattr(module, "apply_import",
                        lambda db, report, progress=None, cancelled=None, waiting=None:
                        real(db, report, progress, lambda: True))
    before = dump_database(demo_db.path)
    dialog = make_dialog(demo_db)
    check_file(qtbot, dialog, big_file)
    with qtbot.waitSignal(dialog.work_done, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.text() == "Impor dibatalkan; tidak ada data yang diubah."
    assert dump_database(demo_db.path) == before


def test_closing_during_import_asks_then_cancels(make_dialog, demo_db, qtbot, big_file, shown,
                                                 held_after_progress):
    before = dump_database(demo_db.path)
    dialog = make_dialog(demo_db)
    check_file(qtbot, dialog, big_file)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress_bar.value() > 0, timeout=20000)

    shown.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(shown.questions) == 1 and dialog.isVisible()
    assert dialog.state == ImportDialog.APPLYING

    shown.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(dialog.rejected, timeout=20000):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert len(shown.questions) == 2
    assert dump_database(demo_db.path) == before
    assert not dialog.isVisible()


def test_closing_during_check_closes_at_once(make_dialog, db, qtbot, big_file, shown):
    dialog = make_dialog(db)
    dialog.set_file(big_file)
    assert dialog.state == ImportDialog.CHECKING and dialog.progress_bar.isVisible()
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        dialog.reject()
    assert shown.questions == []  # a check writes nothing: nothing to ask
    assert QThreadPool.globalInstance().waitForDone(20000)
    qtbot.wait(50)  # the abandoned check reports now, and is ignored
    assert dialog.report is None and not dialog.isVisible()


# Threads and failures ---------------------------------------------------------------------

def test_worker_failure_reaches_show_error(make_dialog, db, qtbot, tmp_path, shown,
                                           monkeypatch):
    def broken(_db, _path):
        raise RuntimeError("rusak di dalam pekerja")

    monkeypatch.setattr(module, "plan_import", broken)
    shown.expect_errors = True
    dialog = make_dialog(db)
    check_file(qtbot, dialog, excel_csv(tmp_path / "daftar.csv", good_rows()))
    [(error, on_ui_thread)] = shown.errors
    assert isinstance(error, RuntimeError) and on_ui_thread
    assert dialog.message_label.text() == "Berkas belum dapat diperiksa."
    assert not dialog.import_button.isEnabled()


def test_import_failure_reaches_show_error_and_writes_nothing(make_dialog, demo_db, qtbot,
                                                              tmp_path, shown, monkeypatch):
    real = roster_io.apply_import

    def fails_midway(db, report, progress=None, cancelled=None, waiting=None):
        def progress_then_fail(done, total):
            raise OSError("disk hilang")
        return real(db, report, progress_then_fail, cancelled)

    monkeypatch.setattr(module, "apply_import", fails_midway)
    shown.expect_errors = True
    before = dump_database(demo_db.path)
    dialog = make_dialog(demo_db)
    check_file(qtbot, dialog, excel_csv(tmp_path / "daftar.csv", good_rows()[:1]))
    with qtbot.waitSignal(dialog.work_done, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    [(error, on_ui_thread)] = shown.errors
    assert isinstance(error, OSError) and on_ui_thread
    assert dialog.message_label.text() == "Impor gagal; tidak ada data yang diubah."
    assert dump_database(demo_db.path) == before
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_worker_closes_only_its_own_connection(make_dialog, db, qtbot, tmp_path, monkeypatch):
    closed_on: list[bool] = []
    real_close = db.handle._close

    def close(conn):
        closed_on.append(threading.current_thread() is threading.main_thread())
        real_close(conn)

    monkeypatch.setattr(db.handle, "_close", close)
    assert not db.handle.is_closed()
    dialog = make_dialog(db)
    check_file(qtbot, dialog, excel_csv(tmp_path / "daftar.csv", good_rows()[:2]))
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    QThreadPool.globalInstance().waitForDone(5000)
    assert closed_on == [False, False]  # the check's and the import's worker connections
    assert not db.handle.is_closed()
    assert RosterService(db).count("semua") == 2  # the UI thread's connection still works


# Choosing a file --------------------------------------------------------------------------

def test_choose_file(make_dialog, db, qtbot, tmp_path, monkeypatch):
    path = excel_csv(tmp_path / "daftar.csv", good_rows()[:1])
    asked: list[str] = []

    def cancelled(_parent, _caption, _folder, file_filter, *args, **kwargs):
        asked.append(file_filter)
        return "", ""

    monkeypatch.setattr(module.QFileDialog, "getOpenFileName", staticmethod(cancelled))
    dialog = make_dialog(db)
    assert dialog.choose_file() is False
    assert asked == ["Daftar pejabat (*.xlsx *.csv)"]
    assert dialog.path is None and dialog.state == ImportDialog.IDLE

    monkeypatch.setattr(module.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))
    with qtbot.waitSignal(dialog.work_done, timeout=20000):
        assert dialog.choose_file() is True
    assert dialog.path == path
    assert dialog.file_label.text() == "Berkas: daftar.csv"
    assert dialog.new_label.text() == "Baru: 1"


def test_every_widget_is_named(make_dialog, db):
    from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QTableView
    dialog = make_dialog(db)
    for kind in (QLabel, QProgressBar, QPushButton, QTableView):
        for widget in dialog.findChildren(kind):
            if widget.parent() is dialog or widget.parent().parent() is dialog.tabs:
                assert widget.objectName(), widget
