"""A folder made read-only as each system allows, and whether a file can really be made in it."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

# Windows' well-known SID of Everyone.
_EVERYONE = "*S-1-1-0"


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """0o555 on Unix. On Windows the read-only attribute means nothing to a folder, and
    os.access() says every folder is writable: a deny-write entry for Everyone in the folder's
    access list refuses the write itself, as a locked-down office PC or stick does."""
    if sys.platform == "win32":
        subprocess.run(["icacls", str(folder), "/deny", f"{_EVERYONE}:(W)"],
                       capture_output=True, check=False)
    folder.chmod(0o555)
    try:
        yield
    finally:
        folder.chmod(0o755)
        if sys.platform == "win32":
            subprocess.run(["icacls", str(folder), "/remove:d", _EVERYONE],
                           capture_output=True, check=False)


def can_write_in(folder: Path) -> bool:
    """Whether a new file can be made in `folder` (tried, not asked of os.access)."""
    probe = folder / f".uji-{uuid.uuid4().hex[:8]}"
    try:
        os.close(os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except PermissionError:
        return False
    os.unlink(probe)
    return True


def skip_unless_read_only(folder: Path) -> None:
    """Inside read_only_folder: skip when the system still lets the test write there (root on
    Linux; Wine, for the same reason: its drives are the Linux file system), fail when it
    should not have."""
    import pytest

    from tests.helpers.platform import ROOT_READ_ONLY, skip_for_wine_quirk
    if not can_write_in(folder):
        return
    skip_for_wine_quirk(ROOT_READ_ONLY)
    if sys.platform != "win32" and os.geteuid() == 0:
        pytest.skip("running as root: a 0o555 folder is still writable")
    pytest.fail(f"{folder} could not be made read-only")
