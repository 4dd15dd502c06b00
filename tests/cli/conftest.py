"""Fixtures of the CLI tests: run a command in-process and read what it printed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kinerja_desktop.cli import EXIT_OK, run


class Result:
    def __init__(self, code: int, out: str, err: str, tmp_path: Path):
        self.code, self.out = code, out
        # Paths in messages are the user's own; keep only our words for the language check.
        self.err = err.replace(str(tmp_path), "<tmp>")

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


@pytest.fixture
def cli(tmp_path):
    def call(*argv: object) -> Result:
        out, err = io.StringIO(), io.StringIO()
        code = run([str(a) for a in argv], out, err)
        return Result(code, out.getvalue(), err.getvalue(), tmp_path)
    return call


@pytest.fixture
def dbfile(tmp_path) -> Path:
    return tmp_path / "kinerja.db"


@pytest.fixture
def demo_file(cli, dbfile) -> Path:
    assert cli("--db", dbfile, "demo").code == EXIT_OK
    return dbfile
