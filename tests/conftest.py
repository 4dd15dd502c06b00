"""Test set-up: Qt offscreen, a private data folder, and the shared fixtures."""

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

# Before anything imports Qt: no screen is needed, and the user's data is never touched.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("KINERJA_TEST", "1")
# No test may ever reach an office's server: the app's own variable is cleared; the storage
# and services tests use KINERJA_TEST_DATABASE_URL's throwaway server instead (fixtures.py).
os.environ.pop("KINERJA_DATABASE_URL", None)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

pytest_plugins = ["tests.helpers.fixtures", "tests.helpers.gui_fixtures"]


@pytest.fixture
def run_pytest(tmp_path):
    """Run a small test file in its own pytest process, under this project's pytest settings
    (pyproject.toml), and return (the finished process, seconds taken). For tests of the test
    run's own guard rails; the subprocess timeout keeps a broken guard from hanging this run."""
    def run(source: str, *options: str, timeout: float = 120):
        test_file = tmp_path / "test_inner.py"
        test_file.write_text(textwrap.dedent(source), encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        command = [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"),
                   "--rootdir", str(tmp_path), "-p", "no:cacheprovider", *options,
                   str(test_file)]
        started = time.monotonic()
        result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True,
                                timeout=timeout)
        return result, time.monotonic() - started
    return run
