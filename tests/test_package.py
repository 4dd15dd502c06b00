"""The frozen package's own self-test, when dist/KinerjaDesktop/ has been built.

Build it with `python3.11 scripts/bootstrap.py package` (or `.venv/bin/pyinstaller
--noconfirm pyinstaller.spec`); the normal test run does not build it.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "dist" / "KinerjaDesktop"
EXE = FOLDER / ("KinerjaDesktop.exe" if os.name == "nt" else "KinerjaDesktop")


@pytest.mark.slow
@pytest.mark.skipif(not EXE.exists(), reason=f"no package built ({EXE} is missing): run "
                                              "`python3.11 scripts/bootstrap.py package`")
def test_frozen_self_test_passes(tmp_path):
    env = dict(os.environ, KINERJA_DATA_DIR=str(tmp_path / "pengguna"))
    result = subprocess.run([str(EXE), "--self-test"], cwd=FOLDER, env=env,
                            capture_output=True, text=True, timeout=180)
    report = FOLDER / "self-test.txt"
    output = result.stdout or (report.read_text(encoding="utf-8") if report.exists() else "")
    assert result.returncode == 0, output + result.stderr
    assert "beku (PyInstaller)" in output
    assert "HASIL: semua langkah OK" in output
    assert not any(line.startswith("GAGAL") for line in output.splitlines()), output
