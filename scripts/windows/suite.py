"""The test suite under the Windows Python: run it, read its JUnit report, and hold the
number of skips to what tests/windows_skips.txt allows (a ratchet: a new Windows-only skip is
argued for in the commit that raises its count)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SKIPS_FILE = Path("tests") / "windows_skips.txt"
HEADER = """\
# Skips allowed when the test suite runs under the Windows Python (scripts/windows_check.py,
# under Wine). One line per reason: the count, then the reason as pytest reports it (the
# checkout's path written as <repo>). The check fails when a reason is skipped more often
# than its count allows, or a new reason appears: a new skip on Windows must be argued for in
# the commit that adds its line here. `scripts/windows_check.py --update-skips` rewrites the
# file from the last run.
"""
# The Windows suite's own limit, on top of pytest-timeout's per test (pyproject.toml).
SUITE_TIMEOUT_S = 2400


@dataclass
class SuiteResult:
    tests: int = 0
    passed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (test id, first line)
    skipped: Counter = field(default_factory=Counter)  # reason -> count
    xfailed: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"{self.passed} passed, {len(self.failed)} failed, "
                f"{sum(self.skipped.values())} skipped, {self.xfailed} xfailed "
                f"of {self.tests} in {self.seconds:.0f} s")


def parse_junit(path: Path, repo_paths: list[str]) -> SuiteResult:
    """pytest's JUnit XML: failures and errors by test id, skips counted by their reason."""
    result = SuiteResult()
    root = ET.parse(path).getroot()
    for suite in root.iter("testsuite"):
        result.seconds += float(suite.get("time") or 0)
    for case in root.iter("testcase"):
        result.tests += 1
        test_id = f"{case.get('classname')}::{case.get('name')}"
        problem = case.find("failure")
        if problem is None:
            problem = case.find("error")
        skipped = case.find("skipped")
        if problem is not None:
            message = (problem.get("message") or problem.text or "").strip()
            first = message.splitlines()[0] if message else ""
            result.failed.append((test_id, first[:200]))
        elif skipped is not None:
            if skipped.get("type") == "pytest.xfail":
                result.xfailed += 1
            else:
                reason = normalise_reason(skipped.get("message") or "", repo_paths)
                result.skipped[reason] += 1
        else:
            result.passed += 1
    return result


def normalise_reason(reason: str, repo_paths: list[str]) -> str:
    """A reason as it reads on any machine: the checkout's path (as Windows or Linux writes
    it) becomes <repo>, whitespace one space."""
    for path in sorted(repo_paths, key=len, reverse=True):
        for form in {path, path.replace("\\", "/"), path.replace("/", "\\")}:
            reason = reason.replace(form, "<repo>")
    return re.sub(r"\s+", " ", reason).strip()


def read_allowed(path: Path) -> Counter:
    allowed: Counter = Counter()
    if not path.is_file():
        return allowed
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = re.match(r"\s*(\d+)\s+(.+?)\s*$", line)
        if not match:
            raise ValueError(f"{path}: not 'COUNT REASON': {line!r}")
        allowed[match[2]] += int(match[1])
    return allowed


def write_allowed(path: Path, skipped: Counter) -> None:
    lines = [HEADER]
    for reason, count in sorted(skipped.items(), key=lambda item: item[0].lower()):
        lines.append(f"{count}  {reason}\n")
    path.write_text("".join(lines), encoding="utf-8")


def ratchet(skipped: Counter, allowed: Counter) -> tuple[list[str], list[str]]:
    """(reasons skipped more often than allowed, reasons skipped less often: the file may
    be lowered)."""
    grown = [f"{count} × (allowed {allowed[reason]}) {reason}"
             for reason, count in sorted(skipped.items()) if count > allowed[reason]]
    shrunk = [f"{skipped[reason]} × (allowed {count}) {reason}"
              for reason, count in sorted(allowed.items()) if skipped[reason] < count]
    return grown, shrunk


def skip_table(skipped: Counter) -> str:
    if not skipped:
        return "  (none)"
    return "\n".join(f"  {count:3d} × {reason}" for reason, count in skipped.most_common())
