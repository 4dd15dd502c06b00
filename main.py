"""Kinerja Desktop entry point: the window by default, headless commands otherwise."""

import sys


def main(argv: list[str]) -> int:
    from kinerja_desktop.cli import EXIT_USAGE, UsageError, parse_args, run
    try:
        args = parse_args(argv)
    except UsageError as exc:
        print(f"Kesalahan penggunaan: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.command is None:
        from kinerja_desktop.gui.app import run_gui  # Qt is loaded only for the window
        return run_gui(args)
    return run(argv)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        sys.stderr.close()
        sys.exit(0)
