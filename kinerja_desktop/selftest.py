"""`main.py --self-test`: check an installation (from source or the frozen package) end to end.

Everything happens in a fresh temporary folder (the database, and KINERJA_DATA_DIR so the
settings, log and automatic backups go there too): the user's data is never touched. Steps:
load the demo, build the main window once offscreen (Qt plugins, forms and translations
load; the licence texts, the guide and the bundled parts' metadata are there), print the
demo's final evaluation sheet and sign it digitally (PAdES, pyHanko), make a backup and an
encrypted one and verify both. One line per step, "OK  …" or "GAGAL …"; exit status 0 only
when every step worked.

A windowed Windows build has no console: the report is also written to `self-test.txt`
beside the executable (or, when that folder is read-only, in the system temp folder); the
last line printed names the file.

No Qt import at module level: the CLI and the layering test import this module without Qt.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path
from collections.abc import Callable

REPORT_NAME = "self-test.txt"


class _Report:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.failed = False

    def say(self, line: str) -> None:
        self.lines.append(line)
        if sys.stdout is not None:  # None in a windowed (console=False) Windows build
            try:
                print(line, flush=True)
            except (OSError, ValueError):
                pass

    def step(self, label: str, action: Callable[[], str | None]) -> bool:
        started = time.perf_counter()
        try:
            detail = action()
        except Exception as exc:  # noqa: BLE001 - any failure is a failed step, reported
            self.failed = True
            self.say(f"GAGAL {label}: {type(exc).__name__}: {exc}")
            for line in traceback.format_exc().rstrip().splitlines():
                self.say(f"      {line}")
            return False
        took = time.perf_counter() - started
        self.say(f"OK    {label}" + (f": {detail}" if detail else "") + f" ({took:.1f} s)")
        return True


def report_file() -> Path:
    """Where the report is written as well: beside the executable when frozen, else temp."""
    if getattr(sys, "frozen", False):
        folder = Path(sys.executable).resolve().parent
        if os.access(folder, os.W_OK):
            return folder / REPORT_NAME
    return Path(tempfile.gettempdir()) / f"kinerja-{REPORT_NAME}"


def run_self_test() -> int:
    """Run every step; return 0 when all worked, 1 otherwise."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt loads: no screen needed
    from kinerja_desktop import __version__
    from kinerja_desktop.cli.console import prepare_standard_streams
    prepare_standard_streams()  # a path or symbol the console cannot hold loses no line
    report = _Report()
    mode = "beku (PyInstaller)" if getattr(sys, "frozen", False) else "dari sumber"
    report.say(f"Uji mandiri Kinerja Desktop {__version__}, {mode}, Python "
               f"{sys.version.split()[0]}, {sys.platform}")
    temp = Path(tempfile.mkdtemp(prefix="kinerja-selftest-"))
    previous_data_dir = os.environ.get("KINERJA_DATA_DIR")
    os.environ["KINERJA_DATA_DIR"] = str(temp / "data")
    state: dict = {}
    try:
        _run_steps(report, temp, state)
    finally:
        db = state.get("db")
        if db is not None:
            try:
                db.close()
            except Exception:  # noqa: BLE001 - closing after a failure: report the failure
                pass
        if previous_data_dir is None:
            os.environ.pop("KINERJA_DATA_DIR", None)
        else:
            os.environ["KINERJA_DATA_DIR"] = previous_data_dir
        shutil.rmtree(temp, ignore_errors=True)
    report.say("HASIL: " + ("GAGAL" if report.failed else "semua langkah OK"))
    try:
        path = report_file()
        path.write_text("\n".join(report.lines) + "\n", encoding="utf-8")
        report.say(f"Laporan: {path}")
    except OSError as exc:
        report.say(f"(laporan tidak dapat ditulis: {exc})")
    return 1 if report.failed else 0


def _run_steps(report: _Report, temp: Path, state: dict) -> None:
    def open_demo() -> str:
        from kinerja_desktop.services.actor import set_operator
        from kinerja_desktop.services.demo import load_demo
        from kinerja_desktop.services.database import open_database_for_use
        set_operator(lambda: "uji-mandiri")
        state["db"] = db = open_database_for_use(temp / "kinerja.db")
        result = load_demo(db)
        if not result.evaluations_added:
            raise RuntimeError(f"data contoh tanpa evaluasi final: {result}")
        return f"{result.officials_added} pejabat, {result.programs_added} program"

    def window() -> str:
        from kinerja_desktop.gui.app import create_application
        from kinerja_desktop.gui.main_window import MainWindow
        app = create_application([], "id")
        translators = app.property("kinerja_translators") or []
        if not translators:
            raise RuntimeError("terjemahan qt_id.qm tidak termuat")
        from kinerja_desktop.gui.shared.i18n import catalogues
        from kinerja_desktop.resources import resource_path
        missing = [name for name in catalogues("en")
                   if not resource_path("translations", name).is_file()]
        if missing:
            raise RuntimeError(f"terjemahan tidak ada: {', '.join(missing)}")
        licences = [resource_path("licenses", name) for name in ("LGPL-3.0.txt", "GPL-3.0.txt")]
        if not all(path.is_file() for path in licences):
            raise RuntimeError("teks lisensi LGPL/GPL (resources/licenses) tidak terbawa")
        guide = resource_path("panduan", "index.html")
        if not guide.is_file() or not any(resource_path("panduan", "gambar").glob("*.png")):
            raise RuntimeError("panduan pengguna (resources/panduan) tidak terbawa")
        from kinerja_desktop.gui.setup.about_dialog import BUNDLED, package_version
        unknown = [name for name, dist, _licence in BUNDLED if package_version(dist) == "—"]
        if unknown:
            raise RuntimeError(f"versi komponen tidak diketahui (metadata tidak terbawa): "
                               f"{', '.join(unknown)}")
        main_window = MainWindow(state["db"])
        main_window.show()
        app.processEvents()
        title = main_window.windowTitle()
        main_window.close()
        main_window.deleteLater()
        app.processEvents()
        return f"platform {app.platformName()}, judul '{title}'"

    def print_sheet() -> str:
        from kinerja_desktop.services.documents import DocumentService
        service = DocumentService(state["db"])
        ids = service.final_evaluations()
        if not ids:
            raise RuntimeError("tidak ada evaluasi final")
        pdf = state["pdf"] = temp / "evaluasi.pdf"
        record = service.print("evaluasi", ids[-1], pdf)
        data = pdf.read_bytes()
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            raise RuntimeError("berkas bukan PDF utuh")
        if len(data) < 10_000:
            raise RuntimeError(f"PDF terlalu kecil ({len(data)} bita)")
        check = service.verify(record.code)
        if not (check.found and check.matches):
            raise RuntimeError(f"kode {record.code} tidak terverifikasi: {check.message}")
        detail = f"{len(data) // 1024} KB, kode {record.code}"
        try:  # pypdf is a test dependency, usually not in the package
            from pypdf import PdfReader
        except ImportError:
            return detail
        text = "".join(page.extract_text() or "" for page in PdfReader(str(pdf)).pages)
        if record.code not in text:
            raise RuntimeError(f"kode {record.code} tidak tertulis di PDF")
        return detail + " (tertulis di PDF)"

    def backup(passphrase: str | None = None) -> str:
        from kinerja_desktop.services.backup import make_backup, verify_backup
        folder = temp / ("cadangan-sandi" if passphrase else "cadangan")
        folder.mkdir()
        result = make_backup(state["db"], folder, encrypt_passphrase=passphrase)
        check = verify_backup(result.path, passphrase=passphrase)
        if not check.ok:
            raise RuntimeError("; ".join(check.problems))
        if passphrase is None:
            return f"{result.path.name}, {sum(check.counts.values())} baris diperiksa"
        if b"SQLite format 3" in result.path.read_bytes()[:4096]:
            raise RuntimeError("berkas cadangan bersandi masih terbaca tanpa sandi")
        return f"{result.path.name}, AES-256-GCM"

    def digital_signature() -> str:
        # pyHanko imports much of itself lazily: only a real signing proves the package has it.
        from kinerja_desktop.services.pdf_signing import (certificate_of,
                                                          make_self_signed_pkcs12, sign_pdf,
                                                          validate_signature)
        certificate = temp / "uji.p12"
        make_self_signed_pkcs12(certificate, "uji-mandiri", "Uji Mandiri")
        signed = temp / "evaluasi-ttd.pdf"
        sign_pdf(state["pdf"], signed, certificate, "uji-mandiri")
        check = validate_signature(signed, [certificate_of(certificate, "uji-mandiri")])
        if not check.valid:
            raise RuntimeError(check.message)
        return f"ditandatangani oleh {check.signer}, sah"

    if not report.step("Memuat data contoh ke basis data sementara", open_demo):
        return
    report.step("Membangun jendela utama (Qt offscreen, terjemahan)", window)
    if report.step("Mencetak lembar evaluasi ke PDF", print_sheet):
        report.step("Menandatangani PDF secara digital (PAdES) dan memeriksanya",
                    digital_signature)
    report.step("Membuat dan memeriksa cadangan", backup)
    report.step("Membuat dan memeriksa cadangan bersandi", lambda: backup("uji-mandiri"))
