"""Kinerja Desktop entry point: the window by default, headless commands otherwise."""

import sys
from argparse import Namespace


def window_options(argv: list[str]) -> Namespace | None:
    """The global options (--db PATH, --lang id|en, --self-test) when argv holds nothing else,
    or None for anything else (a command, --help, a typo).

    Starting the window is the common case and argparse with the command definitions costs
    it about 15 ms: only the global options are parsed here, by the declaration the full
    parser uses too, and the full parser is built only for what is left.
    """
    from kinerja_desktop.cli.parser import UsageError, global_parser
    try:
        options, unknown = global_parser().parse_known_args(argv)
    except UsageError:  # worded by the full parser, as `--help` documents the options
        return None
    if unknown or options.rest:
        return None
    del options.rest
    return options


def main(argv: list[str]) -> int:
    args = window_options(argv)
    if args is None:
        from kinerja_desktop.cli import EXIT_USAGE, UsageError, execute, parse_args
        try:
            args = parse_args(argv)
        except UsageError as exc:
            print(f"Kesalahan penggunaan: {exc}", file=sys.stderr)
            return EXIT_USAGE
        if args.command is not None and not args.self_test:
            return execute(args, sys.stdout, sys.stderr)  # the Namespace just parsed
    if args.self_test:  # check this installation in a temp folder (selftest.py)
        from kinerja_desktop.selftest import run_self_test
        return run_self_test()
    from kinerja_desktop.gui.app import run_gui  # Qt is loaded only for the window
    return run_gui(args)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        sys.stderr.close()
        sys.exit(0)
