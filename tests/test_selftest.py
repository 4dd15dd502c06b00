"""`main.py --self-test` from source: every step OK, exit status 0, the user's data untouched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STEPS = 6


@pytest.mark.slow
def test_self_test_from_source_passes(tmp_path):
    env = dict(os.environ, KINERJA_DATA_DIR=str(tmp_path / "pengguna"), TMPDIR=str(tmp_path))
    env.pop("QT_QPA_PLATFORM", None)  # the self-test sets offscreen itself
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--self-test"], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert sum(line.startswith("OK ") for line in lines) == STEPS, result.stdout
    assert not any(line.startswith("GAGAL") for line in lines), result.stdout
    assert "HASIL: semua langkah OK" in lines
    # Everything happened in its own temp folder: the data folder it was given stays empty.
    assert not (tmp_path / "pengguna").exists()
    assert not list(tmp_path.glob("kinerja-selftest-*"))  # and the temp folder is removed
