"""A benchmark child's own peak resident memory, in MB."""

from __future__ import annotations

import resource
import sys


def peak_mb() -> float:
    """This process's peak resident set: /proc's VmHWM, which starts afresh at exec. Not
    getrusage's ru_maxrss where /proc exists: Linux keeps it across exec, so a child would
    report its parent's peak when that was larger. ru_maxrss elsewhere (KiB; bytes on macOS)."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
