"""requirements.lock as Windows reads it: each line's environment marker evaluated for
CPython 3.11 on win_amd64 (pip on Linux would evaluate it for Linux)."""

from __future__ import annotations

import re
from pathlib import Path

from packaging.requirements import Requirement

# What `packaging` would find on a 64-bit Windows 10 PC with python.org's CPython 3.11.
WINDOWS_MARKERS = {
    "os_name": "nt", "sys_platform": "win32", "platform_system": "Windows",
    "platform_machine": "AMD64", "platform_python_implementation": "CPython",
    "implementation_name": "cpython", "python_version": "3.11",
    "python_full_version": "3.11.9", "implementation_version": "3.11.9",
    "platform_release": "10", "platform_version": "10.0.19045", "extra": "",
}


def windows_requirements(lock: Path) -> list[str]:
    """The lock's `name==version` lines that apply on Windows, markers removed."""
    lines = []
    for raw in lock.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"(^|\s)#.*$", "", raw).strip()
        if not line:
            continue
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate(WINDOWS_MARKERS):
            continue
        requirement.marker = None
        lines.append(str(requirement))
    return lines
