"""Kinerja Desktop entry point: the window by default, headless commands otherwise."""

import sys
from pathlib import Path
from types import SimpleNamespace


def window_options(argv: list[str]) -> SimpleNamespace | None:
    """The window's own options (--db PATH, --lang id|en), or None for anything else.

    Starting the window is the common case and argparse with the command definitions costs
    it about 15 ms; any other argument (a command, --help, a typo) goes through argparse.
    """
    options = SimpleNamespace(command=None, db=None, lang=None)
    rest = list(argv)
    while rest:
        flag = rest.pop(0)
        if "=" in flag:
            flag, value = flag.split("=", 1)
        elif rest:
            value = rest.pop(0)
        else:
            return None
        if flag == "--db" and value:
            options.db = Path(value)
        elif flag == "--lang" and value in ("id", "en"):
            options.lang = value
        else:
            return None
    return options


def main(argv: list[str]) -> int:
    if "--self-test" in argv:  # check this installation in a temp folder (selftest.py)
        from kinerja_desktop.selftest import run_self_test
        return run_self_test()
    args = window_options(argv)
    if args is None:
        from kinerja_desktop.cli import EXIT_USAGE, UsageError, parse_args, run
        try:
            args = parse_args(argv)
        except UsageError as exc:
            print(f"Kesalahan penggunaan: {exc}", file=sys.stderr)
            return EXIT_USAGE
        if args.command is not None:
            return run(argv)
    from kinerja_desktop.gui.app import run_gui  # Qt is loaded only for the window
    return run_gui(args)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        sys.stderr.close()
        sys.exit(0)
