"""ruff and mypy, with the settings in pyproject.toml, are part of the test command: a finding
fails the run with the checker's own report."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib.metadata import version

import pytest

from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)


def test_ruff_finds_nothing():
    result = run("ruff", "check", "--no-cache", "--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing():
    # The files, the strict parts and the cache folder (.mypy_cache, ignored by git) are set in
    # pyproject.toml; a warm cache makes this a few seconds.
    result = run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("package", ["ruff", "mypy", "pytest-timeout"])
def test_the_checkers_are_the_pinned_versions(package):
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pinned = re.search(rf"^{re.escape(package)}==(\S+)", lock, re.M)
    assert pinned, f"{package} is not pinned in requirements.lock"
    assert f"{package}=={pinned[1]}" in PYPROJECT["project"]["optional-dependencies"]["test"]
    assert version(package) == pinned[1]  # the findings above are those of the pinned tool


def test_the_strict_parts_get_every_flag_of_mypy_strict():
    # mypy applies `strict = true` in an override to every module, so the flags are listed
    # one by one; a new mypy that adds a strict flag must be added here too.
    from mypy.main import define_options
    from mypy.options import PER_MODULE_OPTIONS
    _, _, strict = define_options()
    config = PYPROJECT["tool"]["mypy"]
    (section,) = [s for s in config["overrides"] if "kinerja_desktop.domain.*" in s["module"]]
    assert set(section["module"]) == {"kinerja_desktop.domain.*", "kinerja_desktop.storage.*"}
    for flag, value in strict:
        where = section if flag in PER_MODULE_OPTIONS else config
        assert where.get(flag) == value, f"{flag} = {value} is missing"
    assert "strict" not in config
