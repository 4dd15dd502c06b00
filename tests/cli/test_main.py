"""main.py in-process: window or command decided by one declaration of the global options,
and a command line parsed once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import main
from kinerja_desktop import __version__
from kinerja_desktop.cli import EXIT_OK, EXIT_USAGE
from kinerja_desktop.cli import parser as parser_module
from kinerja_desktop.cli.parser import IndonesianParser
from tests.cli.test_cli import ANAS, ENGLISH

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def parses(monkeypatch):
    """Each top-level parse main.py makes, in order: 'global' (the global options alone) or
    'full' (the whole command tree). Sub-parsers' own parses are not counted."""
    kinds: dict[int, str] = {}
    keep = []  # the parsers stay alive, so their ids stay theirs
    seen: list[str] = []

    def making(kind, real):
        def make():
            parser = real()
            keep.append(parser)
            kinds[id(parser)] = kind
            return parser
        return make

    real_parse = IndonesianParser.parse_known_args

    def parse_known_args(self, args=None, namespace=None):
        if id(self) in kinds:
            seen.append(kinds[id(self)])
        return real_parse(self, args, namespace)

    monkeypatch.setattr(parser_module, "global_parser",
                        making("global", parser_module.global_parser))
    monkeypatch.setattr(parser_module, "build_parser", making("full", parser_module.build_parser))
    monkeypatch.setattr(IndonesianParser, "parse_known_args", parse_known_args)
    return seen


@pytest.fixture
def window(monkeypatch):
    """run_gui replaced: the options it was given, without starting Qt's event loop."""
    from kinerja_desktop.gui import app
    given = []
    monkeypatch.setattr(app, "run_gui", lambda args: given.append(args) or 0)
    return given


@pytest.fixture
def self_test(monkeypatch):
    from kinerja_desktop import selftest
    calls = []
    monkeypatch.setattr(selftest, "run_self_test", lambda: calls.append(True) or 0)
    return calls


# Parsed once ---------------------------------------------------------------------------------

def test_the_window_path_parses_once_without_the_command_tree(parses, window, tmp_path):
    assert main.main(["--db", str(tmp_path / "a.db")]) == 0
    assert parses == ["global"]
    (args,) = window
    assert (args.db, args.lang, args.command) == (tmp_path / "a.db", None, None)


def test_the_command_path_parses_the_command_line_once(demo_file, parses, window, capsys):
    assert main.main(["--db", str(demo_file), "roster", "list", "--json"]) == EXIT_OK
    # The global options first, then the full tree exactly once: the command runs from
    # that Namespace, not from a second parse.
    assert parses == ["global", "full"]
    assert ANAS in {r["nip"] for r in json.loads(capsys.readouterr().out)}
    assert window == []


def test_the_window_path_loads_no_command(tmp_path):
    """The start-up shortcut: deciding on the window imports no command group or service."""
    script = ("import sys, main; options = main.window_options(['--db', 'x.db', '--lang', 'en']);"
              " print(options.lang, sorted(m for m in sys.modules if m.startswith("
              "('kinerja_desktop.cli.', 'kinerja_desktop.services', 'kinerja_desktop.storage'))))")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split(" ", 1) == ["en", "['kinerja_desktop.cli.parser']\n"]


# The window's options --------------------------------------------------------------------------

@pytest.mark.parametrize("argv, db, lang", [
    ([], None, None),
    (["--db", "x.db"], Path("x.db"), None),
    (["--lang", "en"], None, "en"),
    (["--db=x.db", "--lang=id"], Path("x.db"), "id"),
])
def test_the_window_gets_its_options(argv, db, lang, parses, window):
    assert main.main(argv) == 0
    (args,) = window
    assert (args.db, args.lang) == (db, lang)
    assert parses == ["global"]


def test_self_test(parses, window, self_test):
    assert main.main(["--self-test"]) == 0
    assert (self_test, window, parses) == ([True], [], ["global"])


def test_self_test_wins_over_a_command(parses, window, self_test, tmp_path):
    assert main.main(["--self-test", "--db", str(tmp_path / "a.db"), "demo"]) == 0
    assert (self_test, window) == ([True], [])
    assert not (tmp_path / "a.db").exists()


def test_version(parses, capsys):
    with pytest.raises(SystemExit) as exited:
        main.main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"Kinerja Desktop {__version__}"
    assert parses == ["global"]


def test_help_is_the_full_indonesian_help(parses, window, capsys):
    with pytest.raises(SystemExit) as exited:
        main.main(["--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith("Pemakaian: main.py [-h] [--db PATH]")
    assert "PERINTAH" in text and "roster" in text and "--self-test" in text
    assert parses == ["global", "full"] and window == []


@pytest.mark.parametrize("argv, message", [
    (["roster", "lihat"], "pilihan 'lihat' untuk AKSI tidak dikenal"),
    (["--bogus"], "argumen tidak dikenal: --bogus"),
    (["--lang", "fr"], "pilihan 'fr' untuk --lang tidak dikenal"),
    (["--db"], "--db memerlukan satu nilai"),
    (["demo", "--lang", "en"], "argumen tidak dikenal: --lang en"),
])
def test_a_typo_is_an_indonesian_usage_error(argv, message, window, capsys, private_data_dir):
    assert main.main(argv) == EXIT_USAGE
    captured = capsys.readouterr()
    (line,) = captured.err.splitlines()
    assert line.startswith(f"Kesalahan penggunaan: {message}") and "--help" in line
    assert not ENGLISH.search(line)
    assert (captured.out, window) == ("", [])
    assert not private_data_dir.exists()  # nothing was opened


def test_a_command_runs_on_its_database(window, tmp_path, capsys):
    db = tmp_path / "kinerja.db"
    assert main.main(["--db", str(db), "demo"]) == EXIT_OK
    assert main.main(["--db", str(db), "roster", "list"]) == EXIT_OK
    assert capsys.readouterr().out.rstrip().endswith("7 pejabat.")
    assert window == []


@pytest.mark.parametrize("argv", [
    ["--db", "postgresql://budi:rahasia@127.0.0.1:5432/kinerja"],  # the window
    ["--db", "postgres://budi:rahasia@server/kinerja", "roster", "list"],  # a command
    ["--db=POSTGRESQL://budi:rahasia@server/kinerja", "demo"],
])
def test_a_server_address_is_refused_without_writing_or_showing_it(argv, tmp_path, monkeypatch,
                                                                    capsys):
    """Issue 20, tried as a new user: `--db postgresql://user:pass@…` wrote a new SQLite file
    inside a folder named 'postgresql:', with the password in the folder's name, and exited
    0. Until servers are supported it is a usage error that names the scheme only."""
    monkeypatch.chdir(tmp_path)
    assert main.main(argv) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "--db harus berupa path berkas basis data" in err
    assert "postgresql://…" in err or "postgres://…" in err
    assert "rahasia" not in err and "budi" not in err
    assert list(tmp_path.iterdir()) == []  # nothing created where the command ran


def test_paths_that_only_look_like_addresses_stay_paths():
    assert parser_module.database_path("C://data/kinerja.kinerja") == Path(
        "C://data/kinerja.kinerja")  # a drive letter, not a scheme
    assert parser_module.database_path("data/postgresql.kinerja") == Path(
        "data/postgresql.kinerja")
