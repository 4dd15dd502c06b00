"""The installer and the installed program under Wine, as an office PC would use them: a
silent per-user install, the self-test from the installed folder, real commands from the
installed console executable with Indonesian and non-Latin names in data and folders, the
portable zip, an upgrade over an older version, and the uninstall; the user's data stays."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from windows.package import INSTALLED_BUDGET, NAME, Package, folder_bytes, megabytes, \
    version_numbers
from windows.pe_resources import version_strings
from windows.steps import StepFailed
from windows.wine import Result, Session, failure_excerpt

APP = "Kinerja Desktop"
UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\KinerjaDesktop"
# The data folder is the per-user one (kinerja_desktop/paths.py), never the program's.
DATA_SUBFOLDER = ("Kinerja", "Kinerja Desktop")
WORK_FOLDER = "Data Pejabat Ñ ü 日本"
USB_FOLDER = "USB Ñ 日本"
OFFICIAL = "André Müller Siregar"
NIP = "198003152005011002"
PASSPHRASE = "sandi cadangan é ü 2019"
# A roster as Indonesian Excel saves "CSV UTF-8": semicolons, a byte-order mark, CRLF.
ROSTER_CSV = ("nip;nama;gelar_depan;gelar_belakang;pangkat_golongan;jabatan;unit_kerja;"
              "eselon;tanggal_pelantikan\r\n"
              f"{NIP};{OFFICIAL};Dr.;M.Si.;IV/c;Kepala Dinas Pariwisata, Pemuda dan Olahraga;"
              "Dinas Pariwisata, Pemuda dan Olahraga;II.b;14/06/2019\r\n")
COMMAND_TIMEOUT_S = 180
# Long enough for a refusal, short enough that a prompt no one answers fails soon.
REFUSAL_TIMEOUT_S = 30
UNINSTALL_WAIT_S = 90


class Smoke:
    """The smoke steps, in order; each raises StepFailed naming what went wrong."""

    def __init__(self, session: Session, package: Package):
        self.session = session
        self.package = package
        self.prefix = package.env.prefix
        self.log_file = package.env.log_file
        self.version = package.version
        self.facts: dict[str, str] = {}
        self._folders: dict[str, str] = {}

    def steps(self) -> list[tuple[str, Callable[[], str | None], list[str]]]:
        """(name, action, the steps it needs) in the order they run."""
        return [
            ("clean slate", self.clean_slate, []),
            ("install", self.install, ["clean slate"]),
            ("installed", self.installed, ["install"]),
            ("self-test", self.self_test, ["install"]),
            ("cli demo", self.demo, ["install"]),
            ("cli roster import", self.roster_import, ["cli demo"]),
            ("cli backup", self.backup, ["cli roster import"]),
            ("cli backup --encrypt", self.backup_encrypted, ["cli roster import"]),
            ("cli no passphrase", self.no_passphrase_refused, ["install"]),
            # These need the files the steps above wrote, not their success: a backup
            # written and then misreported is still checked (self.file says if it is there).
            ("cli verify", self.verify, ["cli roster import"]),
            ("cli restore", self.restore, ["cli roster import"]),
            ("cli print", self.print_sheet, ["cli demo"]),
            ("cli verify-document", self.verify_document, ["cli demo"]),
            ("portable run", self.portable, ["clean slate"]),
            ("cli merge --dry-run", self.merge_dry_run, ["cli roster import"]),
            ("upgrade", self.upgrade, ["cli roster import"]),
            ("install while running", self.install_while_running, ["upgrade"]),
            ("uninstall", self.uninstall, ["upgrade"]),
        ]

    # --- where things are ---------------------------------------------------------------------
    def folders(self) -> dict[str, str]:
        """The Windows user's folders (Wine names the user after the Linux one)."""
        if not self._folders:
            result = self.session.run("cmd.exe", "/c",
                                      "echo %USERPROFILE%&echo %LOCALAPPDATA%&echo %APPDATA%",
                                      timeout=60)
            lines = result.text().split("\n")
            if not result.ok or len(lines) < 3:
                raise StepFailed(f"cannot read the user's folders: {result.summary()}")
            self._folders = dict(zip(("profile", "local", "roaming"),
                                     (line.strip() for line in lines), strict=False))
        return self._folders

    def unix(self, windows: str) -> Path:
        return self.prefix.unixpath(windows)

    @property
    def install_dir(self) -> str:
        return self.folders()["local"] + "\\Programs\\" + APP

    @property
    def data_dir(self) -> Path:
        return self.unix(self.folders()["local"]).joinpath(*DATA_SUBFOLDER)

    @property
    def work(self) -> Path:
        return self.unix(self.folders()["profile"]) / "Documents" / WORK_FOLDER

    def win(self, path: Path) -> str:
        return self.prefix.winpath(path)

    @property
    def shortcut(self) -> Path:
        return self.unix(self.folders()["roaming"]) / "Microsoft" / "Windows" / "Start Menu" \
            / "Programs" / f"{APP}.lnk"

    # --- running things ----------------------------------------------------------------------
    def _logged(self, result: Result) -> Result:
        with open(self.log_file, "ab") as log:
            log.write(("$ " + " ".join(result.command) + f"  [{result.returncode}, "
                       f"{result.seconds:.1f} s]\n").encode())
            log.write(result.stdout + result.stderr + b"\n")
        return result

    def app(self, *args: str, env: dict[str, str] | None = None,
            timeout: float = COMMAND_TIMEOUT_S, program: str | None = None) -> Result:
        """The installed console executable (KinerjaDesktop.com), in the work folder."""
        program = program or self.install_dir + f"\\{NAME}.com"
        return self._logged(self.session.run(program, *args, env=env, timeout=timeout,
                                             cwd=self.work))

    def must(self, result: Result, what: str) -> Result:
        output = result.text() + result.text("stderr")
        if not result.ok or "Traceback" in output:
            raise StepFailed(f"{what}: {result.summary()}")
        return result

    def registry(self) -> dict[str, str] | None:
        """The uninstall key's values, or None when there is no key."""
        result = self._logged(self.session.run("reg.exe", "query", UNINSTALL_KEY, timeout=60))
        if result.returncode != 0:
            return None
        return {m[1]: m[3] for m in re.finditer(r"^\s+(\S+)\s+(REG_\w+)\s*(.*?)\s*$",
                                                result.text(), re.M)}

    def roster_names(self, *db: str) -> list[str]:
        """The full names `roster list --json` gives (read as JSON: on a Windows code page the
        CLI escapes what the page cannot hold as \\uXXXX, so the data stays exact)."""
        result = self.must(self.app(*db, "roster", "list", "--json"), "roster list --json")
        try:
            records = json.loads(result.text())
        except ValueError as exc:
            raise StepFailed(f"roster list --json is not JSON: {result.text()[-800:]}") from exc
        return [str(record["nama_lengkap"]) for record in records]

    # --- the steps ---------------------------------------------------------------------------
    def clean_slate(self) -> str:
        """No earlier installation, data, shortcut or work folder: a PC that never had it."""
        self.session.run("reg.exe", "delete", UNINSTALL_KEY, "/f", timeout=60)
        for path in (self.unix(self.install_dir), self.data_dir.parent, self.work,
                     self.unix(self.folders()["profile"]) / "Documents" / USB_FOLDER):
            shutil.rmtree(path, ignore_errors=True)
        self.shortcut.unlink(missing_ok=True)
        # The backup folder exists, as a USB stick's E:\ would.
        (self.work / "Cadangan").mkdir(parents=True)
        return f"work folder {self.win(self.work)}"

    def install(self) -> str:
        result = self._logged(self.session.run(self.win(self.package.installer), "/S",
                                               timeout=600))
        self.must(result, "silent install (/S)")
        if not self.unix(self.install_dir + f"\\{NAME}.exe").is_file():
            raise StepFailed(f"the installer exited 0 but {self.install_dir} has no {NAME}.exe")
        return f"{self.package.installer.name} /S into {self.install_dir} in " \
               f"{result.seconds:.1f} s"

    def installed(self) -> str:
        """What the installer put there: files, Start-menu entry, the uninstall key with
        the version, and that same version in the executables and in the program's own
        `--version` (which the About box shows: both read kinerja_desktop.__version__)."""
        folder = self.unix(self.install_dir)
        for name in (f"{NAME}.exe", f"{NAME}.com", f"{NAME}.pkg", "uninstall.exe",
                     "_internal"):
            if not (folder / name).exists():
                raise StepFailed(f"{name} is missing from {self.install_dir}")
        if (folder / "self-test.txt").exists():
            raise StepFailed("self-test.txt of the build folder was installed")
        if not self.shortcut.is_file():
            raise StepFailed(f"no Start-menu entry {self.win(self.shortcut)}")
        values = self.registry()
        if values is None:
            raise StepFailed(f"no uninstall key {UNINSTALL_KEY}")
        expected = {"DisplayName": APP, "DisplayVersion": self.version,
                    "InstallLocation": self.install_dir,
                    "UninstallString": f'"{self.install_dir}\\uninstall.exe"'}
        wrong = {k: values.get(k) for k, v in expected.items() if values.get(k) != v}
        if wrong:
            raise StepFailed(f"uninstall key: {wrong}, expected {expected}")
        shown = self.must(self.app("--version"), "--version").text().strip()
        if shown != f"{APP} {self.version}":
            raise StepFailed(f"--version says {shown!r}, the installer {self.version}")
        numbers = version_numbers(self.package.root, self.version)
        for name in (f"{NAME}.exe", f"{NAME}.com"):
            strings = version_strings(folder / name)
            if (strings.get("ProductVersion"), strings.get("fixed")) != (self.version, numbers):
                raise StepFailed(f"{name}'s version resource: {strings}")
        size = folder_bytes(folder)
        note = (f"version {self.version} everywhere; installed folder {megabytes(size)} "
                f"(budget {megabytes(INSTALLED_BUDGET)})")
        if size > INSTALLED_BUDGET:
            raise StepFailed("OVER BUDGET: " + note)
        return note

    def self_test(self) -> str:
        result = self.app("--self-test", program=self.install_dir + f"\\{NAME}.exe",
                          timeout=300)
        report = self.unix(self.install_dir + "\\self-test.txt")
        text = report.read_text(encoding="utf-8") if report.is_file() else ""
        self.must(result, "KinerjaDesktop.exe --self-test")
        if "HASIL: semua langkah OK" not in text:
            raise StepFailed(f"self-test.txt does not say all steps passed:\n{text[-1500:]}")
        return f"{NAME}.exe --self-test passed in {result.seconds:.1f} s"

    def demo(self) -> str:
        self.must(self.app("demo"), "demo")
        database = self.data_dir / "kinerja.db"
        if not database.is_file():
            raise StepFailed(f"demo wrote no {self.win(database)}")
        names = self.roster_names()
        plain = self.must(self.app("roster", "list"), "roster list").text()
        if len(names) < 5 or "Anas" not in plain:
            raise StepFailed(f"roster list after demo: {plain[-800:]}")
        return f"{len(names)} officials in {self.win(database)}"

    def roster_import(self) -> str:
        csv = self.work / "pejabat ü.csv"
        csv.write_bytes(b"\xef\xbb\xbf" + ROSTER_CSV.encode("utf-8"))
        self.must(self.app("roster", "import", self.win(csv), "--dry-run"),
                  "roster import --dry-run")
        self.must(self.app("roster", "import", self.win(csv)), "roster import")
        names = self.roster_names()
        if not any(OFFICIAL in name for name in names):
            raise StepFailed(f"{OFFICIAL} is not on the roster after the import: {names}")
        return f"{csv.name} (semicolons, BOM): {OFFICIAL} on the roster"

    def _backups(self, pattern: str) -> list[Path]:
        return sorted((self.work / "Cadangan").glob(pattern), key=lambda p: p.stat().st_mtime)

    def backup(self) -> str:
        folder = self.work / "Cadangan"
        result = self.app("backup", self.win(folder))
        found = self._backups("*.kinerja")
        if found:
            self.facts["plain"] = self.win(found[-1])
        self.must(result, "backup")
        if not found:
            raise StepFailed(f"no .kinerja file in {self.win(folder)}")
        return f"{found[-1].name} ({megabytes(found[-1].stat().st_size)})"

    def backup_encrypted(self) -> str:
        folder = self.work / "Cadangan"
        # stdin is NUL, as for a scheduled task: the passphrase comes from the environment.
        result = self.app("backup", self.win(folder), "--encrypt",
                          env={"KINERJA_PASSPHRASE": PASSPHRASE})
        found = self._backups("*.kinerja.enc")
        if found:
            self.facts["encrypted"] = self.win(found[-1])
        self.must(result, "backup --encrypt")
        if not found:
            raise StepFailed(f"no .kinerja.enc file in {self.win(folder)}")
        return f"{found[-1].name}, passphrase from KINERJA_PASSPHRASE, stdin NUL"

    def file(self, fact: str) -> str:
        """A file an earlier step wrote (its Windows path), or StepFailed."""
        if fact not in self.facts:
            raise StepFailed(f"no {fact} file: the step that writes it wrote none")
        return self.facts[fact]

    def no_passphrase_refused(self) -> str:
        """A scheduled backup without a passphrase refuses at once: stdin is NUL, which
        isatty() takes for a console, and nobody would answer a prompt."""
        result = self.app("backup", self.win(self.work / "Cadangan"), "--encrypt",
                          timeout=REFUSAL_TIMEOUT_S)
        if result.timed_out:
            raise StepFailed(f"backup --encrypt without a passphrase and stdin NUL still "
                             f"waited after {REFUSAL_TIMEOUT_S} s (a prompt no one sees)")
        # Exit 2 (wrong usage) and a line about the passphrase, nothing else.
        if result.returncode != 2 or "sandi" not in result.text("stderr") \
                or "Traceback" in result.text("stderr"):
            raise StepFailed(f"backup --encrypt without a passphrase: {result.summary()}")
        return f"refused with exit 2 in {result.seconds:.1f} s: " \
               f"{result.text('stderr').strip().splitlines()[-1][:80]}"

    def _passphrase_args(self, command: str) -> tuple[list[str], dict[str, str], str]:
        """A passphrase file when the command offers --passphrase-file, else the
        environment."""
        usage = self.app(command, "--help").text()
        if "--passphrase-file" in usage:
            secret = self.work / "sandi.txt"
            secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
            return ["--passphrase-file", self.win(secret)], {}, "passphrase file"
        return [], {"KINERJA_PASSPHRASE": PASSPHRASE}, "KINERJA_PASSPHRASE"

    def verify(self) -> str:
        self.must(self.app("verify", self.file("plain")), "verify (plain)")
        args, env, source = self._passphrase_args("verify")
        self.must(self.app("verify", self.file("encrypted"), *args, env=env),
                  f"verify (encrypted, {source})")
        return f"plain and encrypted ({source}) backups verified"

    def restore(self) -> str:
        target = self.work / "pulih é.db"
        args, env, source = self._passphrase_args("restore")
        self.must(self.app("--db", self.win(target), "restore", self.file("encrypted"), *args,
                           env=env), "restore")
        names = self.roster_names("--db", self.win(target))
        if not any(OFFICIAL in name for name in names):
            raise StepFailed(f"{OFFICIAL} is not in the restored database: {names}")
        return f"encrypted backup restored into {target.name} ({source}); {OFFICIAL} there"

    def merge_dry_run(self) -> str:
        """merge --dry-run of the other PC's backup (the portable one, whose demo was loaded
        on its own: the same NIPs under other records, so conflicts and the advice), as a
        .bat would run it: through cmd, output redirected to a file by cmd (a Windows file
        handle). The program is found on PATH as `KinerjaDesktop`, which picks the console
        KinerjaDesktop.com before the .exe (PATHEXT)."""
        backup = Path(self.file("other PC's backup").replace("\\", "/")).name
        if " " in backup:
            raise StepFailed(f"unexpected space in the backup's name {backup!r}")
        output = self.work / "merge-dry-run.txt"
        result = self._logged(self.session.run(
            "cmd.exe", "/c", NAME, "merge", f"Cadangan\\PC2\\{backup}", "--dry-run", ">",
            output.name, "2>&1", env={"WINEPATH": self.install_dir}, cwd=self.work,
            timeout=COMMAND_TIMEOUT_S))
        raw = output.read_bytes() if output.is_file() else b""
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
        if not result.ok or "Traceback" in text or "Error" in text or "konflik" not in text:
            raise StepFailed(f"merge --dry-run > {output.name}: exit {result.returncode}; "
                             "the file says:\n    " + "\n    ".join(failure_excerpt(text)))
        return f"exit 0, {len(text.splitlines())} lines in {output.name}: " \
               f"{text.strip().splitlines()[0][:80]}"

    def print_sheet(self) -> str:
        pdf = self.work / "Lembar evaluasi é.pdf"
        result = self.app("print", "evaluation", "1", "-o", self.win(pdf))
        if pdf.is_file():
            self.facts["code"] = self._code(result, pdf)
        self.must(result, "print evaluation 1")
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            raise StepFailed(f"print evaluation wrote no PDF at {self.win(pdf)}")
        return f"{pdf.name}: {pdf.stat().st_size // 1024} KB, code {self.facts.get('code')}"

    @staticmethod
    def _code(result: Result, pdf: Path) -> str:
        """The verification code: from the command's output, else from the sheet's footer
        (so verify-document runs even if the output went wrong)."""
        match = re.search(r"kode verifikasi ([A-Z0-9]{4}-[A-Z0-9]{4})", result.text())
        if match:
            return match[1]
        from pypdf import PdfReader
        text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
        match = re.search(r"Kode verifikasi:\s*([A-Z0-9]{4}-[A-Z0-9]{4})", text)
        if not match:
            raise StepFailed(f"no verification code in the output or in {pdf.name}")
        return match[1]

    def verify_document(self) -> str:
        code = self.file("code")
        result = self.must(self.app("verify-document", code), f"verify-document {code}")
        return f"{code}: {result.text().strip().splitlines()[0][:90]}"

    def portable(self) -> str:
        """The zip unpacked onto a "USB stick" folder: the program keeps its data in the
        data folder beside it, not in the user's. Its backup is the other PC's, for merge."""
        usb = self.unix(self.folders()["profile"]) / "Documents" / USB_FOLDER
        with zipfile.ZipFile(self.package.portable) as archive:
            archive.extractall(usb)
        program = self.win(usb / NAME / f"{NAME}.com")
        before = _digest(self.data_dir / "kinerja.db")
        self.must(self.app("demo", program=program), "portable: demo")
        names = self.must(self.app("roster", "list", program=program),
                          "portable: roster list").text()
        database = usb / NAME / "data" / "kinerja.db"
        if not database.is_file():
            raise StepFailed(f"portable mode wrote no {self.win(database)}")
        if _digest(self.data_dir / "kinerja.db") != before or "Anas" not in names:
            raise StepFailed("portable mode used the user's data folder")
        folder = self.work / "Cadangan" / "PC2"
        folder.mkdir(exist_ok=True)
        result = self.app("backup", self.win(folder), program=program)
        found = sorted(folder.glob("*.kinerja"))
        if found:
            self.facts["other PC's backup"] = self.win(found[-1])
        self.must(result, "portable: backup")
        return f"data in {self.win(database.parent)}; backed up to {self.win(folder)}"

    def upgrade(self) -> str:
        """An older version's installation (a file only it had, its version in the uninstall
        key), upgraded by this installer: the old file gone, the version new, the data kept."""
        folder = self.unix(self.install_dir)
        leftover = folder / "_internal" / "hanya-di-versi-lama.dll"
        leftover.write_bytes(b"MZ")
        self._logged(self.session.run("reg.exe", "add", UNINSTALL_KEY, "/v", "DisplayVersion",
                                      "/d", "0.0.1", "/f", timeout=60))
        before = _digest(self.data_dir / "kinerja.db")
        result = self._logged(self.session.run(self.win(self.package.installer), "/S",
                                               timeout=600))
        self.must(result, "upgrade install (/S)")
        values = self.registry() or {}
        if leftover.exists():
            raise StepFailed("a file of the older version is still there after the upgrade")
        if values.get("DisplayVersion") != self.version:
            raise StepFailed(f"after the upgrade the uninstall key says {values}")
        if _digest(self.data_dir / "kinerja.db") != before:
            raise StepFailed("the upgrade changed the user's database")
        if not any(OFFICIAL in name for name in self.roster_names()):
            raise StepFailed(f"{OFFICIAL} is gone after the upgrade")
        return f"0.0.1 → {self.version} in {result.seconds:.1f} s; data kept"

    def install_while_running(self) -> str:
        """Windows cannot replace a running program's files: with the window open, a silent
        install stops (exit 2) and changes nothing, rather than leave half a version."""
        program = self.install_dir + f"\\{NAME}.exe"
        archive = self.unix(self.install_dir + f"\\{NAME}.pkg")
        before = archive.stat().st_mtime_ns
        database = self.work / "terbuka.db"
        running = self.session.spawn(program, "--db", self.win(database))
        try:
            # The window has opened when its (new) database exists.
            deadline = time.monotonic() + 60
            while not database.exists() and time.monotonic() < deadline:
                time.sleep(0.5)
            if not database.exists():
                raise StepFailed(f"{NAME}.exe did not open its window within 60 s")
            result = self._logged(self.session.run(self.win(self.package.installer), "/S",
                                                   timeout=120))
        finally:
            self.session.end(running)
        replaced = archive.stat().st_mtime_ns != before
        if result.returncode != 2 or replaced:
            raise StepFailed(f"install over the running program: {result.summary()}; the "
                             f"archive was {'replaced' if replaced else 'left alone'}")
        return "refused with exit 2 while the window was open; nothing replaced"

    def uninstall(self) -> str:
        """The uninstaller (which runs a copy of itself from %TEMP% and returns at once): the
        program folder, shortcut and key go; the data folder stays as it was."""
        before = _digest(self.data_dir / "kinerja.db")
        folder = self.unix(self.install_dir)
        self._logged(self.session.run(self.install_dir + "\\uninstall.exe", "/S",
                                      timeout=120))
        deadline = time.monotonic() + UNINSTALL_WAIT_S
        while folder.exists() and time.monotonic() < deadline:
            time.sleep(1)
        if folder.exists():
            left = sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))[:10]
            raise StepFailed(f"{self.install_dir} still there after {UNINSTALL_WAIT_S} s: {left}")
        if self.registry() is not None:
            raise StepFailed(f"the uninstall key {UNINSTALL_KEY} is still there")
        if self.shortcut.exists():
            raise StepFailed("the Start-menu entry is still there")
        if _digest(self.data_dir / "kinerja.db") != before:
            raise StepFailed(f"the user's data changed or went: {self.win(self.data_dir)}")
        return f"program, shortcut and key removed; {self.win(self.data_dir)} kept"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "missing"
