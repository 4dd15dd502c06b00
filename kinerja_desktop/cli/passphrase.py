"""The backup passphrase of backup, verify, restore and merge: the environment or the terminal."""

from __future__ import annotations

import os
import sys

from kinerja_desktop.cli.parser import UsageError

PASSPHRASE_ENV = "KINERJA_PASSPHRASE"


def passphrase(confirm: bool) -> str:
    """KINERJA_PASSPHRASE, or asked on the terminal (twice when `confirm`)."""
    import getpass
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not (sys.stdin and sys.stdin.isatty()):
        raise UsageError(f"kata sandi cadangan diperlukan, tetapi tidak ada terminal untuk "
                         f"menanyakannya. Setel variabel lingkungan {PASSPHRASE_ENV}.")
    value = getpass.getpass("Kata sandi cadangan: ")
    if not value:
        raise UsageError("kata sandi cadangan tidak boleh kosong.")
    if confirm and getpass.getpass("Ulangi kata sandi: ") != value:
        raise UsageError("kedua kata sandi tidak sama.")
    return value
