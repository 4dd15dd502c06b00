"""The command tree: every leaf has its handler, the global options are declared once."""

from __future__ import annotations

import argparse
import inspect
from pathlib import Path

import pytest

from kinerja_desktop import cli
from kinerja_desktop.cli.parser import build_parser, global_parser

# Every command a user can run; a command that disappears or appears must show up here.
LEAVES = {
    ("demo",), ("roster", "import"), ("roster", "export"), ("roster", "list"),
    ("program", "list"), ("program", "create-for-inauguration"),
    ("evaluation", "list"), ("evaluation", "score"),
    ("handover", "list"),
    ("print", "evaluation"), ("print", "agreement"), ("print", "handover"), ("print", "memori"),
    ("print", "batch"),
    ("verify-document",), ("backup",), ("verify",), ("restore",), ("merge",),
    ("office-key", "export"), ("office-key", "import"), ("office-key", "list"),
    ("office-key", "remove"), ("server-roles",), ("bawa-pulang",),
    ("ekspor-server",),
}


def walk(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(path, parser, has sub-commands) of the parser and every sub-parser under it."""
    children = [action.choices for action in parser._actions
                if isinstance(action, argparse._SubParsersAction)]
    yield path, parser, bool(children)
    for choices in children:
        for name, sub in choices.items():
            yield from walk(sub, path + (name,))


def test_every_leaf_command_has_a_handler():
    leaves = {}
    for path, parser, has_children in walk(build_parser()):
        if has_children:
            # A command that only groups actions must not run anything itself.
            assert parser.get_default("func") is None, path
        else:
            leaves[path] = parser.get_default("func")
    assert set(leaves) == LEAVES
    for path, handler in leaves.items():
        assert callable(handler), path
        assert list(inspect.signature(handler).parameters) == ["args", "out", "err"], path


def test_parsing_a_command_line_gives_its_handler():
    args = cli.parse_args(["--db", "x.db", "print", "agreement", "2", "-o", "a.pdf"])
    assert args.func is cli.documents.print_one
    assert (args.kind, args.id, args.db) == ("kesepakatan", 2, Path("x.db"))
    assert cli.parse_args(["verify", "a.kinerja"]).func is cli.backup.verify_file


def test_the_global_options_are_the_same_in_both_parsers():
    def options(parser):
        return {action.dest: (action.option_strings, action.default, action.choices,
                              action.help, type(action))
                for action in parser._actions if action.option_strings
                and action.dest != "help"}
    small, full = options(global_parser()), options(build_parser())
    assert set(small) == {"db", "lang", "version", "self_test"}
    assert small == full


@pytest.mark.parametrize("argv", [
    ["demo", "--lang", "en"], ["roster", "list", "--db", "x.db"], ["demo", "--version"],
    ["demo", "--self-test"],
])
def test_options_after_a_command_belong_to_the_command(argv):
    """The full parser hands everything after the command to it; the global parser, which
    main.py tries first, must not read a global option there either."""
    options, unknown = global_parser().parse_known_args(argv)
    assert options.rest == argv and unknown == []
    assert (options.db, options.lang, options.self_test) == (None, None, False)
    with pytest.raises(cli.UsageError, match="argumen tidak dikenal"):
        cli.parse_args(argv)


def test_only_the_session_opens_a_database():
    package = Path(cli.__file__).parent
    openers = sorted(p.name for p in package.glob("*.py") if "open_database" in p.read_text(
        encoding="utf-8"))
    assert openers == ["session.py"]
