"""Headless commands on top of the services: `python main.py --db PATH <command> …`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from kinerja_desktop.cli.parser import (EXIT_INVALID, EXIT_OK, EXIT_USAGE,
                                        EXIT_WRONG_PASSPHRASE, IndonesianParser, UsageError,
                                        build_parser, parse_args)
from kinerja_desktop.errors import KinerjaError, ValidationError, WrongPassphraseError

__all__ = ["EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "EXIT_WRONG_PASSPHRASE",
           "IndonesianParser", "UsageError",
           "build_parser", "execute", "parse_args", "run"]


def run(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run one CLI command; return the exit status. Errors go to `err`, one line each."""
    try:
        args = parse_args(argv)
    except UsageError as exc:
        print(f"Kesalahan penggunaan: {exc}", file=err)
        return EXIT_USAGE
    return execute(args, out, err)


def execute(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run the command of an already parsed command line (main.py parses it only once)."""
    from kinerja_desktop.cli.console import prepare
    prepare(out, err)  # a symbol the console or file cannot hold must not end the command
    from kinerja_desktop.services.actor import set_operator
    set_operator()  # the audit history's operator: KINERJA_USER or the login name
    handler = getattr(args, "func", None)
    if handler is None:
        print("Kesalahan penggunaan: perintah tidak dikenal.", file=err)
        return EXIT_USAGE
    _clean_at_start(args)
    try:
        return handler(args, out, err)
    except UsageError as exc:  # found by a command itself (e.g. no passphrase, no terminal)
        print(f"Kesalahan penggunaan: {exc}", file=err)
        return EXIT_USAGE
    except ValidationError as exc:
        for problem in exc.problems:
            print(problem.describe(), file=err)
        return EXIT_INVALID
    except WrongPassphraseError as exc:
        print(f"{exc} Periksa kata sandinya lalu coba lagi; berkasnya tidak diubah.", file=err)
        return EXIT_WRONG_PASSPHRASE
    except KinerjaError as exc:
        print(str(exc), file=err)
        return EXIT_INVALID


def _clean_at_start(args: argparse.Namespace) -> None:
    """Before the command opens its database: remove what a killed backup, restore or merge
    left beside it and in the backup folders (services/auto_backup.clean_at_start; never
    fails the command)."""
    from pathlib import Path

    from kinerja_desktop.paths import default_database
    from kinerja_desktop.services.auto_backup import clean_at_start
    db = getattr(args, "db", None)
    if isinstance(db, Path) or db is None:  # a server has no file to leave things beside
        clean_at_start(db.expanduser() if db else default_database(create=False))
    else:
        clean_at_start(None)
