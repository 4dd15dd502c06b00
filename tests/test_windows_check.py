"""The Windows check's own logic (scripts/windows/), on any system: the lock as Windows reads
it, the skip ratchet, and how paths cross between Linux and Wine."""

from __future__ import annotations

import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def check():
    """scripts/windows as the check imports it (scripts/ on sys.path)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from windows import requirements, suite, wine
        yield {"requirements": requirements, "suite": suite, "wine": wine}
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def test_the_lock_names_what_windows_needs_beyond_linux(check):
    windows = check["requirements"].windows_requirements(ROOT / "requirements.lock")
    names = {line.split("==")[0].lower() for line in windows}
    # pytest -> colorama, tzlocal -> tzdata, pyinstaller -> pywin32-ctypes and pefile: each
    # required only on Windows by a package of the lock (their METADATA markers).
    assert {"colorama", "tzdata", "pywin32-ctypes", "pefile"} <= names
    assert all(";" not in line for line in windows)  # markers evaluated, not passed on
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    for name in ("colorama", "tzdata", "pywin32-ctypes"):
        line = next(x for x in lock.splitlines() if x.lower().startswith(name + "=="))
        assert "; sys_platform == \"win32\"" in line or "platform_system == \"Windows\"" in line


def test_a_marker_for_another_system_leaves_the_line_out(check, tmp_path):
    lock = tmp_path / "requirements.lock"
    lock.write_text('a==1\nb==2; sys_platform == "linux"  # why\nc==3; os_name == "nt"\n',
                    encoding="utf-8")
    assert check["requirements"].windows_requirements(lock) == ["a==1", "c==3"]


def _case(name: str, inner: str = "") -> str:
    return f'<testcase classname="tests.m" name="{name}" time="0.1">{inner}</testcase>'


def _skip(kind: str, message: str) -> str:
    return f'<skipped type="pytest.{kind}" message="{message}">s</skipped>'


JUNIT = ('<?xml version="1.0" encoding="utf-8"?><testsuites>'
         '<testsuite name="pytest" failures="1" skipped="4" tests="6" time="12.5">'
         + _case("test_ok")
         + _case("test_bad", '<failure message="assert 1 == 2">x</failure>')
         + _case("test_s1", _skip("skip", "no package built (Z:\\work\\repo\\dist\\K.exe "
                                          "is missing)"))
         + _case("test_s2", _skip("skip", "Wine: fonts  differ"))
         + _case("test_s3", _skip("skip", "Wine: fonts differ"))
         + _case("test_x", _skip("xfail", "known"))
         + "</testsuite></testsuites>")


def test_the_junit_report_is_counted_by_reason(check, tmp_path):
    path = tmp_path / "junit.xml"
    path.write_text(JUNIT, encoding="utf-8")
    # The checkout as Linux and as Windows (under Wine: Z:\\...) write it, as the check does.
    result = check["suite"].parse_junit(path, ["/work/repo", "Z:\\work\\repo"])
    assert (result.tests, result.passed, result.xfailed) == (6, 1, 1)
    assert result.failed == [("tests.m::test_bad", "assert 1 == 2")]
    assert result.skipped == Counter({"no package built (<repo>\\dist\\K.exe is missing)": 1,
                                      "Wine: fonts differ": 2})


def test_the_ratchet_fails_a_new_or_a_more_frequent_skip(check):
    ratchet = check["suite"].ratchet
    allowed = Counter({"Wine: fonts differ": 2, "gone": 1})
    grown, shrunk = ratchet(Counter({"Wine: fonts differ": 3, "new": 1}), allowed)
    assert [line.split(") ", 1)[1] for line in grown] == ["Wine: fonts differ", "new"]
    assert [line.split(") ", 1)[1] for line in shrunk] == ["gone"]
    assert ratchet(Counter({"Wine: fonts differ": 2}), allowed)[0] == []


def test_the_skips_file_reads_back_as_written(check, tmp_path):
    suite = check["suite"]
    path = tmp_path / "skips.txt"
    counts = Counter({"b reason": 2, "A reason (with 2 numbers)": 1})
    suite.write_allowed(path, counts)
    assert suite.read_allowed(path) == counts
    path.write_text("# comment\n\n3  x y\nnot a line\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not a line"):
        suite.read_allowed(path)


def test_the_committed_skips_name_no_machine(check):
    allowed = check["suite"].read_allowed(ROOT / check["suite"].SKIPS_FILE)
    assert all(count > 0 for count in allowed.values())
    assert not [r for r in allowed if "/work/" in r or ":\\" in r or "/root/" in r]


def test_paths_cross_between_linux_and_wine(check, tmp_path):
    prefix = check["wine"].Prefix(tmp_path)
    inside = prefix.drive_c / "users" / "x" / "Data Pejabat Ñ ü 日本" / "a.db"
    assert prefix.winpath(inside) == "C:\\users\\x\\Data Pejabat Ñ ü 日本\\a.db"
    assert prefix.unixpath("C:\\users\\x\\Data Pejabat Ñ ü 日本\\a.db") == inside
    assert prefix.winpath("/tmp/k.db") == "Z:\\tmp\\k.db"
    assert prefix.unixpath("Z:\\tmp\\k.db") == Path("/tmp/k.db")
    with pytest.raises(ValueError):
        prefix.unixpath("E:\\cadangan")


def test_a_traceback_is_what_a_failure_shows(check):
    output = textwrap.dedent("""\
        line before
        Traceback (most recent call last):
          File "main.py", line 46, in <module>
        UnicodeEncodeError: 'charmap' codec can't encode character '\\u2192'
        many lines after
        """) + "more\n" * 30
    excerpt = check["wine"].failure_excerpt(output)
    assert excerpt[0].startswith("Traceback") and excerpt[-1].startswith("UnicodeEncodeError")
    assert check["wine"].failure_excerpt("a\nb\nc", lines=2) == ["b", "c"]
