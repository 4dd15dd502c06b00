"""The command line's grammar: an Indonesian argparse, the global options, the command tree."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path

from kinerja_desktop import __version__
from kinerja_desktop.paths import default_database
from kinerja_desktop.domain.server_address import (DATABASE_URL_VARIABLE, SCHEMES, AddressError,
                                                    ServerAddress, parse_address, scheme_of)

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
# A wrong backup passphrase: the file may be fine, so a script can ask again instead of
# reporting a broken backup.
EXIT_WRONG_PASSPHRASE = 3

# `main.py --help` lists every exit status, for whoever writes a script around a command.
_EXIT_STATUSES = "\n".join([
    "status keluar:",
    f"  {EXIT_OK}  berhasil",
    f"  {EXIT_INVALID}  masukan atau berkas tidak sah, atau perintah gagal (pesannya di stderr)",
    f"  {EXIT_USAGE}  salah pemakaian (argumen, atau kata sandi tidak dapat ditanyakan)",
    f"  {EXIT_WRONG_PASSPHRASE}  kata sandi cadangan salah: berkasnya mungkin utuh, coba lagi",
])

PROG = "main.py"

# argparse speaks English; its usage errors are rephrased so that every error is Indonesian.
_USAGE_MESSAGES = (
    (r"the following arguments are required: (.*)", "argumen wajib tidak ada: {0}"),
    (r"unrecognized arguments: (.*)", "argumen tidak dikenal: {0}"),
    (r"argument (\S+): invalid choice: '?([^' ]*)'? \(choose from (.*)\)",
     "pilihan '{1}' untuk {0} tidak dikenal; pilih salah satu: {2}"),
    (r"argument (\S+): expected one argument", "{0} memerlukan satu nilai"),
    (r"argument (\S+): ignored explicit argument (.*)", "{0} tidak menerima nilai ({1})"),
    (r"ambiguous option: (\S+) could match (.*)", "opsi {0} ambigu; maksudnya salah satu: {1}"),
    (r"argument (\S+): invalid int value: (.*)", "{0} harus bilangan bulat, bukan '{1}'"),
    # Our own type checks already speak Indonesian; only argparse's prefix is dropped.
    (r"argument \S+: (.* harus .*)", "{0}"),
    (r"argument \S+: (.* tidak sah: .*)", "{0}"),
)


class UsageError(Exception):
    """The command line itself is wrong (exit status 2)."""


class IndonesianHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's help layout with its English headings in Indonesian; the description and
    epilog keep their own lines (the exit statuses are a list)."""

    def add_usage(self, usage, actions, groups, prefix=None):
        # argparse passes prefix="" when it builds a subcommand's prog: keep that one empty.
        super().add_usage(usage, actions, groups, "Pemakaian: " if prefix is None else prefix)


class IndonesianParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are raised, and whose help is written, in Indonesian."""

    def __init__(self, *, add_help: bool = True, **kwargs):
        kwargs.setdefault("formatter_class", IndonesianHelpFormatter)
        super().__init__(add_help=False, **kwargs)
        self._positionals.title = "argumen"
        self._optionals.title = "opsi"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help="tampilkan bantuan ini lalu keluar")

    def error(self, message: str) -> None:  # type: ignore[override]
        for pattern, template in _USAGE_MESSAGES:
            m = re.fullmatch(pattern, message)
            if m:
                message = template.format(*(g.replace("'", "") for g in m.groups()))
                break
        raise UsageError(f"{message}. Lihat '{self.prog} --help'.")


def database_path(text: str) -> Path | ServerAddress:
    """The --db value: a database file's path, or a PostgreSQL server's address
    (postgresql://user@host:port/name). Any other address is refused before anything is
    created: a server's address was once taken as a folder name ('postgresql:'), created, and
    a new database written inside it, with the password in the folder's name. Messages name
    the scheme only, never the rest of the address (it may hold a password)."""
    scheme = scheme_of(text)
    if scheme is None:
        return Path(text)
    if scheme not in SCHEMES:
        raise argparse.ArgumentTypeError(
            f"--db harus berupa path berkas basis data (.kinerja) atau alamat server "
            f"postgresql://…; alamat {scheme}://… tidak dikenal")
    try:
        return parse_address(text)
    except AddressError as exc:
        raise argparse.ArgumentTypeError(f"alamat --db tidak sah: {exc}") from None


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """The options that stand before any command: the one declaration of --db, --lang …"""
    parser.add_argument("--db", type=database_path, default=None, metavar="PATH|ALAMAT",
                        help=f"berkas basis data, atau server postgresql://pengguna@host/nama "
                             f"(bawaan: ${DATABASE_URL_VARIABLE}, lalu "
                             f"{default_database(create=False)})")
    parser.add_argument("--version", action="version", version=f"Kinerja Desktop {__version__}",
                        help="tampilkan versi lalu keluar")
    parser.add_argument("--lang", choices=("id", "en"), default=None,
                        help="bahasa antarmuka jendela (bawaan: id)")
    parser.add_argument("--self-test", action="store_true",
                        help="uji instalasi ini di folder sementara (data contoh, jendela, "
                             "cetak, cadangan) lalu keluar; status 0 bila semua OK")


def global_parser() -> IndonesianParser:
    """The global options alone, for main.py to decide window or command cheaply.

    Whatever follows the first positional argument lands in `rest` untouched, as the full
    parser hands it to the command: so both read the same global options. It has no --help:
    that, like a command or a typo, is left for the full parser.
    """
    parser = IndonesianParser(prog=PROG, add_help=False)
    add_global_options(parser)
    parser.add_argument("rest", nargs=argparse.REMAINDER)
    parser.set_defaults(command=None)
    return parser


def build_parser() -> IndonesianParser:
    """The whole command line: the global options and every command group."""
    # The groups are imported here, not at the top: the window path never builds this tree.
    from kinerja_desktop.cli import (backup, demo, documents, evaluations, handovers, merge,
                                     office_key, programs, restore, roster, server)
    parser = IndonesianParser(
        prog=PROG, description="Kinerja Desktop: tanpa perintah, jendela aplikasi dibuka.",
        epilog=_EXIT_STATUSES)
    add_global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH",
                                     parser_class=IndonesianParser)
    # The order of registration is the order of `main.py --help`.
    for group in (demo, roster, programs, evaluations, handovers, documents, office_key,
                  backup, restore, merge, server):
        group.register(commands)
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The full parse of a command line; UsageError when it is wrong."""
    # argparse prints --help itself, to sys.stdout (the default database's path in it may
    # hold any letter of the user's name): the CLI's stream policy applies from here on.
    from kinerja_desktop.cli.console import prepare_standard_streams
    prepare_standard_streams()
    return build_parser().parse_args(list(argv))


def add_actions(commands, name: str, help_text: str, dest: str, metavar: str = "AKSI"):
    """A command whose own sub-commands (its actions) are required: `roster list` …"""
    command = commands.add_parser(name, help=help_text)
    actions = command.add_subparsers(dest=dest, metavar=metavar, parser_class=IndonesianParser)
    actions.required = True
    return actions


def positive_id(name: str):
    """An argument type: a positive whole number, refused in Indonesian naming `name`."""
    def parse(text: str) -> int:
        if not text.isdigit() or int(text) < 1:
            raise argparse.ArgumentTypeError(f"{name} harus bilangan bulat positif, bukan "
                                             f"'{text}'")
        return int(text)
    return parse
