"""What the commands print never fails on a character the console or file cannot hold.

Windows gives a Python program the system's code page wherever its output is not an
interactive console: cp1252 for a file or a pipe (`> laporan.txt`, a .bat, a scheduled task),
cp850 for a console in legacy mode; neither holds '→', '≤' or '✓', and cp850 not even '–' or
'…'. Python's strict default then ends the command in UnicodeEncodeError halfway through.

The policy: output stays in the encoding the system chose, because that is what Windows'
own tools read a redirected file or pipe in (`type`, `findstr`, PowerShell 5.1, Notepad's
ANSI files): every letter an Indonesian text or name uses (é, ñ, ·) is in cp1252, and would
turn into mojibake there if written as UTF-8. Only what the encoding cannot hold is replaced:
the few typographic symbols the messages use by an ASCII stand-in ('→' as '->', '–' as '-'),
anything else by '?'. An interactive console is untouched (Python writes it as UTF-16, where
everything prints), and so is UTF-8 output (PYTHONUTF8=1, Linux). Output that must survive
exactly, JSON, escapes what the encoding cannot hold instead (`json_ascii`).
"""

from __future__ import annotations

import codecs
import io
import json
import sys
from collections.abc import Callable
from typing import Any, TextIO

ERRORS = "kinerja-stand-in"

# The symbols the messages use, as ASCII a reader understands in their place.
STAND_INS = {
    "→": "->", "←": "<-", "–": "-", "—": "-", "…": "...", "•": "*", "·": "-", "×": "x",
    "≤": "<=", "≥": ">=", "≠": "!=", "✓": "v", "✔": "v", "✗": "x", "✖": "x", "⚠": "!",
    "▸": ">", "Σ": "jumlah", "“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " ",
}


def _stand_in(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start:error.end]
    return "".join(STAND_INS.get(char, "?") for char in text), error.end


codecs.register_error(ERRORS, _stand_in)


def prepare(*streams: TextIO | None) -> None:
    """Let each text stream write what its encoding cannot hold as stand-ins, not fail.

    Streams that are not files (StringIO in tests), are gone (a windowed program has no
    sys.stdout) or already write UTF in some form are left as they are."""
    for stream in streams:
        if not isinstance(stream, io.TextIOWrapper) or _holds_everything(stream.encoding):
            continue
        try:
            stream.reconfigure(errors=ERRORS)
        except (ValueError, OSError):  # closed, or not reconfigurable here
            continue


def prepare_standard_streams() -> None:
    prepare(sys.stdout, sys.stderr)


def json_ascii(stream: TextIO) -> bool:
    """Whether JSON for `stream` must escape non-ASCII (\\u00e9): when the stream's encoding
    cannot hold every character, so no name turns into '?' in data meant for a program."""
    encoding = getattr(stream, "encoding", None)
    return encoding is not None and not _holds_everything(encoding)


def write_records(records: list[dict[str, Any]], out: TextIO, as_json: bool,
                  line: Callable[[dict[str, Any]], str], noun: str) -> None:
    """A list command's output: the records as exact JSON, or one line each and a count
    ("3 program.")."""
    if as_json:
        json.dump(records, out, ensure_ascii=json_ascii(out), indent=2)
        out.write("\n")
        return
    for record in records:
        print(line(record), file=out)
    print(f"{len(records)} {noun}.", file=out)


def _holds_everything(encoding: str | None) -> bool:
    if not encoding:
        return False
    return codecs.lookup(encoding).name.startswith(("utf-8", "utf-16", "utf-32"))
