"""Run main.py's commands one after another with their output redirected to files, as
`main.py … > out.txt 2> err.txt` does: for each command, standard output and error (the
process's file descriptors 1 and 2, under the streams Python made at start in whatever
encoding PYTHONIOENCODING or the system chose) are pointed at two new files.

    python -m tests.helpers.redirected_cli COMMANDS.json FOLDER

COMMANDS.json holds a list of argument lists; FOLDER receives N.out, N.err and N.code per
command (N from 0), and streams.txt naming the streams' encodings.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path


def run_redirected(argv: list[str], out_path: Path, err_path: Path) -> int:
    import main
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        os.dup2(out.fileno(), 1)
        os.dup2(err.fileno(), 2)
        try:
            try:
                code = main.main(argv)
            except SystemExit as exc:  # argparse's --help
                code = exc.code if isinstance(exc.code, int) else 1
            except Exception:  # noqa: BLE001 - what would have ended the program: recorded
                traceback.print_exc()
                code = -1
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
    return code


def main_(commands_file: str, folder: str) -> int:
    target = Path(folder)
    commands = json.loads(Path(commands_file).read_text(encoding="utf-8"))
    (target / "streams.txt").write_text(f"{sys.stdout.encoding} {sys.stderr.encoding}",
                                        encoding="utf-8")
    for number, argv in enumerate(commands):
        code = run_redirected(argv, target / f"{number}.out", target / f"{number}.err")
        (target / f"{number}.code").write_text(str(code), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main_(*sys.argv[1:]))
