"""Files as Windows treats them: held for a moment by other programs, and folders whose
writability os.access() cannot tell.

Windows refuses to rename, replace or delete a file that another program opened without
sharing its deletion: an antivirus that examines every new file, a search indexer, Excel.
Usually that lasts a moment, so a rename is tried again after short waits; if the file is
still held, the last error is raised for the caller to explain. And os.access() on Windows
reads only the read-only attribute, which folders ignore, so it calls every folder writable:
whether a file can be made in one is found out by making one.
"""

from __future__ import annotations

import gc
import os
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

# Waits between attempts, in seconds: about four in all.
RETRY_DELAYS = (0.1, 0.25, 0.5, 1.0, 2.0)
# ERROR_ACCESS_DENIED (a file open without delete sharing), ERROR_SHARING_VIOLATION,
# ERROR_LOCK_VIOLATION.
_HELD = (5, 32, 33)


def held_by_another_program(exc: OSError) -> bool:
    """Whether Windows refused because the file is open elsewhere (not for a folder in the
    way, which Windows reports with the same 'access denied')."""
    if getattr(exc, "winerror", None) not in _HELD:
        return False
    return not any(isinstance(name, (str, os.PathLike)) and os.path.isdir(name)
                   for name in (exc.filename, exc.filename2))


def replace_when_free(source: Path, target: Path, delays: Sequence[float] | None = None,
                      retry: Callable[[OSError], bool] = held_by_another_program) -> None:
    """os.replace(source, target), tried again after each delay (RETRY_DELAYS unless given)
    while `retry(error)` holds; the last error is raised when no attempt worked."""
    delays = RETRY_DELAYS if delays is None else delays
    for attempt, delay in enumerate((0.0, *delays)):
        if delay:
            # The holder may be this very process: a connection close() could not end
            # because a statement of it is still referenced from a reference cycle
            # (raw_sql.release_statement); the collector lets go of it.
            gc.collect()
            time.sleep(delay)
        try:
            os.replace(source, target)
            return
        except OSError as exc:
            if attempt == len(delays) or not retry(exc):
                raise


def can_create_in(folder: Path) -> bool:
    """Whether a file can be made in `folder`: os.access(), the system's own answer except on
    Windows, where a file is also really made and removed (one attempt; not tempfile's,
    which takes 'access denied' for a taken name and tries 10,000 more). An error other than
    a refusal (a full disk) comes out as the OSError it is."""
    if not os.access(folder, os.W_OK):
        return False
    if sys.platform != "win32":
        return True
    probe = folder / f".kinerja-uji-tulis-{uuid.uuid4().hex[:8]}.tmp"
    try:
        os.close(os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except PermissionError:
        return False
    os.unlink(probe)
    return True
