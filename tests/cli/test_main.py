"""main.py in-process: window or command decided by one declaration of the global options,
and a command line parsed once."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

import main
from kinerja_desktop import __version__
from kinerja_desktop.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE
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
    assert text.startswith("Pemakaian: main.py [-h] [--db PATH|ALAMAT]")
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
    ["--db", "mysql://budi:rahasia@127.0.0.1:3306/kinerja"],  # the window
    ["--db", "sqlite://budi:rahasia@server/kinerja", "roster", "list"],  # a command
    ["--db=HTTP://budi:rahasia@server/kinerja", "demo"],
])
def test_an_address_of_another_kind_is_refused_without_writing_or_showing_it(
        argv, tmp_path, monkeypatch, capsys):
    """Issue 20, tried as a new user: `--db postgresql://user:pass@…` wrote a new SQLite file
    inside a folder named 'postgresql:', with the password in the folder's name, and exited
    0. A server is now opened; any other address is a usage error naming the scheme only."""
    monkeypatch.chdir(tmp_path)
    assert main.main(argv) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "--db harus berupa path berkas basis data (.kinerja) atau alamat server" in err
    assert "tidak dikenal" in err and "://…" in err
    assert "rahasia" not in err and "budi" not in err
    assert list(tmp_path.iterdir()) == []  # nothing created where the command ran


@pytest.mark.parametrize("argv", [
    ["--db", "postgres://budi:rahasia@127.0.0.1:1/kinerja", "roster", "list"],
    ["--db=POSTGRESQL://budi:rahasia@127.0.0.1:1/kinerja", "demo"],
])
def test_an_unreachable_server_is_one_plain_line_without_the_password(
        argv, tmp_path, monkeypatch, capsys):
    """Nothing listens on port 1: one line naming the server without its password, exit 1,
    and nothing written where the command ran (no folder named 'postgresql:')."""
    monkeypatch.chdir(tmp_path)
    assert main.main(argv) == EXIT_INVALID
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == (
        "Server basis data tidak dapat dihubungi (postgresql://budi@127.0.0.1:1/kinerja); "
        "periksa jaringan kantor, alamat dan port server, dan bahwa server menyala.")
    assert "rahasia" not in captured.err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("text", "reason"), [
    ("postgresql://budi@/kinerja", "tidak menyebut host"),
    ("postgresql://budi@server", "tidak menyebut nama basis data"),
    ("postgresql://budi@server:99999/kinerja", "port"),
    ("postgresql://budi@server/kinerja?sslmode=kadang", "sslmode 'kadang' tidak dikenal"),
    ("postgresql://budi@server/kinerja?warna=merah", "pilihan alamat tidak dikenal: warna"),
    ("postgresql://budi:rahasia@server/kinerja?schema=Robert';--", "nama skema"),
])
def test_a_malformed_server_address_is_a_usage_error_naming_what_is_wrong(text, reason):
    with pytest.raises(argparse.ArgumentTypeError) as caught:
        parser_module.database_path(text)
    assert reason in str(caught.value) and "rahasia" not in str(caught.value)


def test_the_database_url_variable_is_used_when_db_is_not_given(monkeypatch, tmp_path, capsys):
    """--db wins over KINERJA_DATABASE_URL, it over the default file; a bad value in it is a
    usage error, said before anything opens."""
    from kinerja_desktop.cli.session import database_path
    from kinerja_desktop.domain.server_address import ServerAddress
    from kinerja_desktop.paths import default_database
    args = argparse.Namespace(db=None)
    monkeypatch.setenv("KINERJA_DATABASE_URL", "postgresql://budi@server:6543/kinerja")
    assert database_path(args) == ServerAddress("server", "kinerja", "budi", 6543)
    args.db = tmp_path / "lokal.kinerja"
    assert database_path(args) == tmp_path / "lokal.kinerja"
    monkeypatch.setenv("KINERJA_DATABASE_URL", "  ")
    args.db = None
    assert database_path(args) == default_database()
    monkeypatch.setenv("KINERJA_DATABASE_URL", "mysql://budi:rahasia@server/kinerja")
    assert main.main(["roster", "list"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "KINERJA_DATABASE_URL" in err and "rahasia" not in err


def test_paths_that_only_look_like_addresses_stay_paths():
    assert parser_module.database_path("C://data/kinerja.kinerja") == Path(
        "C://data/kinerja.kinerja")  # a drive letter, not a scheme
    assert parser_module.database_path("data/postgresql.kinerja") == Path(
        "data/postgresql.kinerja")
