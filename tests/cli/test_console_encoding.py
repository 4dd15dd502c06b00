"""Every command's output redirected to a file in the code pages of Windows (cp1252 for files and
pipes, cp850 for a console in legacy mode): no UnicodeEncodeError, the text exactly what a
UTF-8 terminal shows with the policy's stand-ins ('→' as '->'), JSON exact (cli/console.py).

The commands run in a child process (tests/helpers/redirected_cli.py) whose standard streams
are the ones Python made for the encoding, each command's output redirected to a file."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kinerja_desktop.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE, run
from kinerja_desktop.cli.console import ERRORS, STAND_INS, prepare
from kinerja_desktop.services.documents import DocumentService
from kinerja_desktop.storage.database import open_database
from tests.helpers.tables import HEADER, row, write_csv

ROOT = Path(__file__).resolve().parents[2]
# A name with letters outside both code pages (Vietnamese ễ, ă), one inside cp1252 (é).
FOREIGN = "Nguyễn Văn Hùng"
ACCENTED = "Renée Pattiradjawane"
ENCODINGS = ["cp1252", "cp850"]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Two PCs' databases from the same demo entered separately (a merge then reports clashes
    and advises 'Berkas → Pulihkan'), backups of both, a printed code, names beyond cp1252, and
    folders with spaces and Indonesian words, as the redirected commands need them."""
    base = tmp_path_factory.mktemp("konsol") / "Data Kantor – Sekretariat"
    base.mkdir()
    ours, theirs = base / "kinerja PC ini.db", base / "kinerja PC lain.db"
    usb = base / "Flashdisk Bagian Umum"
    usb.mkdir()
    ours_folder = base / "cadangan PC ini"
    ours_folder.mkdir()
    csv = write_csv(base / "pejabat baru.csv", HEADER, [
        row("198001012005011001", FOREIGN, "Kepala Bagian Umum", "Sekretariat Daerah"),
        row("198102022006042002", ACCENTED, "Kepala Bagian Hukum", "Sekretariat Daerah")],
        delimiter=";", bom=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KINERJA_DATA_DIR", str(base / "data"))
        for argv in (("--db", ours, "demo"), ("--db", theirs, "demo"),
                     ("--db", ours, "roster", "import", csv), ("--db", theirs, "backup", usb),
                     ("--db", ours, "backup", ours_folder)):
            code, _out, err = in_process([str(a) for a in argv])
            assert code == EXIT_OK, err
        (theirs_backup,) = usb.glob("*.kinerja")
        (ours_backup,) = ours_folder.glob("*.kinerja")
        db = open_database(ours)
        try:
            code = DocumentService(db).print("evaluasi", 1, base / "lembar awal.pdf").code
        finally:
            db.close()
    return {"base": base, "ours": ours, "csv": csv, "theirs_backup": theirs_backup,
            "ours_backup": ours_backup, "code": code, "usb": usb}


def read_only_commands(w) -> list[list[str]]:
    """Commands whose output is the same on every run: compared with the UTF-8 output."""
    db = ["--db", str(w["ours"])]
    return [db + argv for argv in (
        ["roster", "list"], ["roster", "list", "--semua"], ["program", "list"],
        ["evaluation", "list"], ["evaluation", "score", "1"], ["verify-document", w["code"]],
        ["merge", str(w["theirs_backup"]), "--dry-run"], ["roster", "lisst"],
        ["handover", "list"])] + [["--help"], ["backup", "--help"]]


def json_commands(w) -> list[list[str]]:
    db = ["--db", str(w["ours"])]
    return [db + [group, "list", "--json"]
            for group in ("roster", "program", "evaluation", "handover")]


def writing_commands(w, out: Path) -> list[tuple[list[str], int]]:
    """Every other command, as (argv, exit status); run once each, in this order."""
    db = ["--db", str(w["ours"])]
    return [(db + argv, code) for argv, code in (
        (["demo"], EXIT_OK),
        (["roster", "import", str(w["csv"]), "--dry-run"], EXIT_OK),
        (["roster", "export", str(out / "daftar pejabat.xlsx")], EXIT_OK),
        (["program", "create-for-inauguration", "14 Juni 2019"], EXIT_OK),
        (["print", "evaluation", "1", "-o", str(out / "lembar evaluasi.pdf")], EXIT_OK),
        (["print", "agreement", "1", "-o", str(out / "kesepakatan.pdf")], EXIT_OK),
        (["print", "handover", "1", "-o", str(out / "berita acara.pdf")], EXIT_OK),
        (["print", "batch", "-o", str(out / "semua evaluasi.pdf")], EXIT_OK),
        (["print", "batch", "--per-pejabat", "-o", str(out / "per pejabat")], EXIT_OK),
        (["print", "evaluation", "1", "-o", str(out)], EXIT_INVALID),  # a folder
        (["backup", str(out)], EXIT_OK),
        (["verify", str(w["ours_backup"])], EXIT_OK),
        (["merge", str(w["theirs_backup"])], EXIT_OK),
        (["restore", str(w["ours_backup"])], EXIT_OK),
        (["verify", str(out / "tidak ada.kinerja")], EXIT_INVALID),
    )]


def in_process(argv: list[str]) -> tuple[int, str, str]:
    """The command as a UTF-8 terminal shows it (argparse prints --help to sys.stdout)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            code = run(argv, out, err)
        except SystemExit as exc:
            code = exc.code
    return code, out.getvalue(), err.getvalue()


def redirected(commands: list[list[str]], folder: Path, encoding: str | None,
               data_dir: Path) -> tuple[str, list[tuple[int, bytes, bytes]]]:
    """Each command's (exit status, output, error output) redirected to files, and the
    encoding the child's streams had."""
    folder.mkdir()
    listing = folder / "perintah.json"
    listing.write_text(json.dumps(commands), encoding="utf-8")
    env = {**os.environ, "KINERJA_DATA_DIR": str(data_dir)}
    env.pop("PYTHONUTF8", None)
    if encoding is None:
        env.pop("PYTHONIOENCODING", None)
    else:
        env["PYTHONIOENCODING"] = encoding
    result = subprocess.run([sys.executable, "-m", "tests.helpers.redirected_cli", str(listing),
                             str(folder)], cwd=ROOT, env=env, capture_output=True, timeout=600)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    streams = (folder / "streams.txt").read_text(encoding="utf-8").split()
    assert len(set(streams)) == 1 and (encoding is None or streams[0] == encoding), streams
    return streams[0], [(int((folder / f"{n}.code").read_text(encoding="utf-8")),
             (folder / f"{n}.out").read_bytes(), (folder / f"{n}.err").read_bytes())
            for n in range(len(commands))]


def as_shown_in(text: str, encoding: str) -> str:
    """What the policy makes of UTF-8 text in `encoding`."""
    return text.encode(encoding, ERRORS).decode(encoding)


def normalised(text: str) -> str:
    return text.replace("\r\n", "\n")


@pytest.fixture(params=ENCODINGS)
def encoding(request):
    return request.param


def test_the_same_text_with_stand_ins(world, tmp_path, encoding, monkeypatch):
    monkeypatch.setenv("KINERJA_DATA_DIR", str(world["base"] / "data"))
    monkeypatch.setenv("COLUMNS", "100")  # --help is wrapped to the terminal's width
    commands = read_only_commands(world)
    expected = [in_process(argv) for argv in commands]
    _, results = redirected(commands, tmp_path / "hasil", encoding, world["base"] / "data")
    for argv, (code, out, err), (want_code, want_out, want_err) in zip(
            commands, results, expected, strict=True):
        assert code == want_code, (argv, err.decode(encoding, "replace"))
        assert normalised(out.decode(encoding)) == as_shown_in(want_out, encoding), argv
        assert normalised(err.decode(encoding)) == as_shown_in(want_err, encoding), argv
    merge_out = results[6][1].decode(encoding)
    assert "(Berkas -> Pulihkan)" in merge_out and "→" not in merge_out
    listing = results[0][1].decode(encoding)
    assert "Nguy?n V?n H" in listing  # letters neither code page has
    assert ACCENTED in listing  # é is in both
    programs = results[2][1].decode(encoding)
    dash = "–" if encoding == "cp1252" else "-"  # cp850 has no en dash
    assert f"14 Juni 2019 {dash} 21 September 2019" in programs
    assert results[7][0] == EXIT_USAGE and "Kesalahan penggunaan" in results[7][2].decode(
        encoding)
    handovers = results[8][1].decode(encoding)  # the arrow between the two sides
    assert "Jajang KH (NIP 19710210 199603 1 002) -> Abdullah" in handovers


def test_json_stays_exact(world, tmp_path, encoding, monkeypatch):
    monkeypatch.setenv("KINERJA_DATA_DIR", str(world["base"] / "data"))
    commands = json_commands(world)
    _, results = redirected(commands, tmp_path / "hasil", encoding, world["base"] / "data")
    for argv, (code, out, err) in zip(commands, results, strict=True):
        want_code, want_out, _ = in_process(argv)
        assert (code, err) == (want_code, b""), argv
        assert json.loads(out.decode(encoding)) == json.loads(want_out), argv
    assert "\\u1ec5" in results[0][1].decode(encoding)  # ễ escaped, not turned into '?'


@pytest.mark.parametrize("encoding", [*ENCODINGS, None], ids=[*ENCODINGS, "system"])
def test_every_other_command_finishes(world, tmp_path, encoding):
    out = tmp_path / "Keluaran Bagian Umum – Hasil"
    out.mkdir()
    commands = writing_commands(world, out)
    # On a copy: these change the database.
    copy = tmp_path / "kinerja PC ini.db"
    copy.write_bytes(world["ours"].read_bytes())
    argvs = [[str(copy) if a == str(world["ours"]) else a for a in argv]
             for argv, _code in commands]
    shown, results = redirected(argvs, tmp_path / "hasil", encoding, tmp_path / "data")
    if encoding is None and sys.platform == "win32":
        assert shown == "cp1252"  # a file's, on a Western-European or Indonesian Windows
    for (argv, want), (code, out_bytes, err) in zip(commands, results, strict=True):
        text = err.decode(shown)
        assert code == want, (argv, text)
        assert "Traceback" not in text and "UnicodeEncodeError" not in text, (argv, text)
        assert out_bytes.decode(shown).strip() or text.strip(), argv  # something was said
    assert "Keluaran Bagian Umum" in results[4][1].decode(shown)


def test_prepare_leaves_other_streams_alone():
    text = io.StringIO()
    prepare(text, None)
    utf8 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    prepare(utf8)
    assert utf8.errors == "strict"
    cp850 = io.TextIOWrapper(io.BytesIO(), encoding="cp850")
    prepare(cp850)
    cp850.write("Berkas → Pulihkan … ✓ ≤ 14 hari – Nguyễn")
    cp850.flush()
    assert cp850.buffer.getvalue().decode("cp850") == (
        "Berkas -> Pulihkan ... v <= 14 hari - Nguy?n")


def test_every_stand_in_is_ascii():
    assert all(value.isascii() for value in STAND_INS.values())
