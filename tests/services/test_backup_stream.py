"""Issue 19: backup, verify and restore as a stream of authenticated chunks, in flat memory.

An encrypted backup is written and read one chunk at a time (format 3 names its chunk size);
verify decrypts it chunk by chunk into a temporary file of the work folder (never into
memory whole) and removes it whatever happens; each damaged, dropped, swapped or cut chunk
and a wrong passphrase are refused with their words, leaving nothing behind; a backup runs
one integrity check and reads its rows once; files of the previous format still verify and
restore."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kinerja_desktop.domain.evidence import EvidenceFile
from kinerja_desktop.domain.programs import ProgramInput, ProgressInput, TargetInput
from kinerja_desktop.errors import (BackupVerificationError, OperationCancelled, StorageError,
                                    WrongPassphraseError)
from kinerja_desktop.services.backup import make_backup, verify_backup
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.progress import ProgressService
from kinerja_desktop.services.restore import restore
from kinerja_desktop.storage import backup_check, backup_crypto, backup_io, intake
from kinerja_desktop.storage.backup_crypto import DamagedEncryptedFile
from kinerja_desktop.storage.backup_io import backup_to, verify_file
from kinerja_desktop.storage.database import open_database
from kinerja_desktop.storage.staging import is_leftover
from tests.helpers.dump import dump_database

# About SQLite files themselves: the backup's streaming from a database file.
pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
V2 = FIXTURES / "encrypted-v2.kinerja.enc"  # written by the release before issue 19
PASSPHRASE = "rahasia kantor"
NAME = "cadangan.kinerja"
SMALL = 4096
BLOCK = SMALL + backup_crypto.TAG_SIZE
PDF_HEAD = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"


@pytest.fixture
def work(tmp_path) -> Path:
    folder = tmp_path / "kerja"
    folder.mkdir()
    return folder


@pytest.fixture
def stick(tmp_path) -> Path:
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    return folder


@pytest.fixture
def encrypted(demo_db, stick, monkeypatch) -> tuple[Path, Path]:
    """(the live database, closed; its encrypted backup in chunks of 4 KB: many chunks)."""
    monkeypatch.setattr(backup_crypto, "CHUNK", SMALL)
    path = backup_to(demo_db, stick, NAME, passphrase=PASSPHRASE)
    live = demo_db.path
    demo_db.close()
    monkeypatch.setattr(backup_crypto, "CHUNK", 1 << 20)  # the reader takes it from the file
    return live, path


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def blocks(path: Path) -> tuple[bytes, list[bytes]]:
    data = path.read_bytes()
    head, body = data[:backup_crypto.HEADER_SIZE], data[backup_crypto.HEADER_SIZE:]
    return head, [body[i:i + BLOCK] for i in range(0, len(body), BLOCK)]


def detached(path: Path, folder: Path, data: bytes) -> Path:
    """Other bytes under the backup's name in another folder, without its .sha256 (so the
    damage is found by the chunks themselves, not by the checksum beside the file)."""
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    target.write_bytes(data)
    return target


def leftovers(folder: Path) -> list[str]:
    return [name for name in names(folder) if is_leftover(folder, name)
            or name.endswith((".tmp", ".baru"))]


# Round trip ------------------------------------------------------------------------------------

def test_an_encrypted_backup_streams_round_trip(encrypted, work, tmp_path):
    live, path = encrypted
    head, chunks = blocks(path)
    assert head.startswith(backup_crypto.MAGIC_V3) and len(chunks) > 20
    assert backup_crypto.format_version(path) == 3
    report = verify_file(path, PASSPHRASE, work_dir=work)
    assert report.ok, report.problems
    assert report.encrypted and report.checksum_checked and report.manifest_checked
    assert names(work) == []  # the decrypted copy is gone
    before = dump_database(live)
    target = tmp_path / "baru" / "kinerja.db"
    restore(target, path, PASSPHRASE)
    after = dump_database(target)
    for table in ("official", "appointment", "program", "target", "attachment", "evaluation"):
        assert after[table] == before[table], table


def test_the_reader_takes_the_chunk_size_from_the_file(tmp_path):
    source = tmp_path / "isi.bin"
    source.write_bytes(os.urandom(10_000))
    target = tmp_path / "isi.enc"
    key = backup_crypto.new_header(PASSPHRASE, chunk=1024)
    backup_crypto.encrypt_file(source, target, PASSPHRASE, key=key)
    assert target.stat().st_size == backup_crypto.HEADER_SIZE + 10_000 + 10 * 16
    assert backup_crypto.CHUNK == 1 << 20  # a constant that no longer says how files are cut
    assert backup_crypto.decrypt_bytes(target, PASSPHRASE) == source.read_bytes()
    digests = backup_crypto.authenticate(target, PASSPHRASE)
    assert digests.plain_size == 10_000
    assert digests.file_sha256 == backup_io.sha256_file(target)


def test_a_header_naming_an_impossible_chunk_size_is_damaged(tmp_path):
    source = tmp_path / "isi.bin"
    source.write_bytes(b"x" * 100)
    target = tmp_path / "isi.enc"
    backup_crypto.encrypt_file(source, target, PASSPHRASE)
    data = bytearray(target.read_bytes())
    at = backup_crypto.HEADER_SIZE - backup_crypto.DIGEST_SIZE - backup_crypto.CHUNK_FIELD
    data[at:at + 4] = (1 << 31).to_bytes(4, "big")  # 2 GB per chunk: never read whole
    head = bytes(data[:backup_crypto.HEADER_SIZE - backup_crypto.DIGEST_SIZE])
    data[len(head):backup_crypto.HEADER_SIZE] = backup_crypto._header_digest(head)
    target.write_bytes(bytes(data))
    with pytest.raises(DamagedEncryptedFile, match="ukuran bagian yang tidak sah"):
        backup_crypto.decrypt_bytes(target, PASSPHRASE)


# Damage, chunk by chunk: refused with its words, nothing left -----------------------------------

def _changed(head: bytes, chunks: list[bytes], index: int) -> bytes:
    block = bytearray(chunks[index])
    block[len(block) // 2] ^= 0x01
    return head + b"".join(chunks[:index] + [bytes(block)] + chunks[index + 1:])


DAMAGE = {
    "first chunk changed": (lambda h, c: _changed(h, c, 0), "bagian ke-1"),
    "middle chunk changed": (lambda h, c: _changed(h, c, len(c) // 2), "rusak atau terpotong"),
    "last chunk changed": (lambda h, c: _changed(h, c, len(c) - 1), "rusak atau terpotong"),
    "a chunk dropped": (lambda h, c: h + b"".join(c[:3] + c[4:]), "bagian ke-4"),
    "last chunk dropped": (lambda h, c: h + b"".join(c[:-1]), "terpotong"),
    "chunks swapped": (lambda h, c: h + b"".join(c[:2] + [c[3], c[2]] + c[4:]), "bagian ke-3"),
    "cut inside a chunk": (lambda h, c: h + b"".join(c)[:5 * BLOCK + 100], "terpotong"),
    "cut at a chunk boundary": (lambda h, c: h + b"".join(c[:5]), "bagian ke-5"),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_chunks_are_refused_by_verify_leaving_nothing(encrypted, work, tmp_path,
                                                              damage):
    _live, path = encrypted
    make, words = DAMAGE[damage]
    copy = detached(path, tmp_path / "lain", make(*blocks(path)))
    report = verify_file(copy, PASSPHRASE, work_dir=work)
    assert not report.ok and not report.wrong_passphrase
    text = " ".join(report.problems)
    assert words in text and ("rusak" in text or "terpotong" in text), text
    assert "kata sandinya benar" in text or "tidak lengkap" in text, text
    assert names(work) == []
    assert names(copy.parent) == [copy.name]


@pytest.mark.parametrize("damage", ["middle chunk changed", "a chunk dropped",
                                    "chunks swapped", "cut at a chunk boundary"])
def test_damaged_chunks_are_refused_by_restore_leaving_nothing(encrypted, tmp_path, damage):
    live, path = encrypted
    make, words = DAMAGE[damage]
    copy = detached(path, tmp_path / "lain", make(*blocks(path)))
    before = dump_database(live)
    with pytest.raises(DamagedEncryptedFile, match=words):
        restore(live, copy, PASSPHRASE)
    assert dump_database(live) == before
    assert leftovers(live.parent) == []


def test_a_wrong_passphrase_is_said_as_such_and_leaves_nothing(encrypted, work):
    live, path = encrypted
    report = verify_file(path, "salah", work_dir=work)
    assert not report.ok and report.wrong_passphrase
    assert report.problems == [backup_crypto.WRONG_PASSPHRASE]
    assert names(work) == []
    before = dump_database(live)
    with pytest.raises(WrongPassphraseError, match="Kata sandi cadangan salah"):
        restore(live, path, "salah")
    assert dump_database(live) == before and leftovers(live.parent) == []


@pytest.mark.parametrize("where", ["rows", "integrity check"])
def test_a_cancelled_verify_leaves_nothing(encrypted, work, monkeypatch, where):
    """Cancelled while the rows are read (here) or inside the integrity check (its thread)."""
    _live, path = encrypted
    monkeypatch.setattr(backup_check, "TICK", 10)
    heard: list[tuple[float, str]] = []

    def cancelled() -> bool:
        if where == "integrity check":
            # Asked on the check's thread (SQLite's progress handler, where SQLite calls it
            # inside the check: Linux) or while waiting for it (Windows' SQLite does not).
            return (threading.current_thread().name == "kinerja-periksa"
                    or any(text == "Memeriksa keutuhan salinan…" for _f, text in heard))
        return any(text.startswith("Mencocokkan isi") for _f, text in heard)

    with pytest.raises(OperationCancelled, match="Pemeriksaan cadangan dibatalkan"):
        verify_file(path, PASSPHRASE, work_dir=work,
                    progress=lambda f, text: heard.append((f, text)), cancelled=cancelled)
    assert names(work) == []
    fractions = [f for f, _t in heard]
    assert fractions == sorted(fractions) and heard[0][1] == "Membuka cadangan terenkripsi…"


def test_verify_tells_its_progress_in_order_up_to_the_end(encrypted, work):
    _live, path = encrypted
    heard: list[tuple[float, str]] = []
    assert verify_file(path, PASSPHRASE, work_dir=work,
                       progress=lambda f, text: heard.append((f, text))).ok
    fractions = [f for f, _t in heard]
    assert fractions == sorted(fractions) and heard[-1] == (1.0, "Selesai.")
    texts = [t for _f, t in heard]
    assert texts.index("Membuka cadangan terenkripsi…") < texts.index(
        "Mencocokkan isi dengan manifest…") < texts.index("Memeriksa setiap baris…")


def test_verify_by_default_decrypts_into_the_data_folder(encrypted, private_data_dir,
                                                         monkeypatch):
    _live, path = encrypted
    private_data_dir.mkdir()
    seen: list[Path] = []
    real = backup_crypto.decrypt_into

    def watching(source, passphrase, target, *args, **kwargs):
        seen.append(Path(target))
        return real(source, passphrase, target, *args, **kwargs)

    monkeypatch.setattr(backup_crypto, "decrypt_into", watching)
    assert verify_backup(path, PASSPHRASE).ok
    (staged,) = seen
    assert staged.parent == private_data_dir and is_leftover(staged.parent, staged.name)
    assert ".periksa-" in staged.name and names(private_data_dir) == []
    assert names(path.parent) == [path.name, f"{path.name}.sha256"]  # nothing on the stick


@pytest.mark.parametrize("passphrase", [None, "rahasia"])
def test_a_backup_cancelled_inside_its_integrity_check_leaves_nothing(demo_db, stick,
                                                                      monkeypatch, passphrase):
    """The check runs on a thread of its own beside the encryption; a cancel seen there
    stops the whole backup."""
    monkeypatch.setattr(backup_check, "TICK", 10)  # SQLite asks often, even on a small file
    before = sorted(p.name for p in demo_db.path.parent.iterdir())
    asked_by: set[str] = set()

    def cancelled() -> bool:
        name = threading.current_thread().name
        asked_by.add(name)
        return name == "kinerja-periksa"

    with pytest.raises(OperationCancelled, match="Pencadangan dibatalkan"):
        make_backup(demo_db, stick, passphrase, cancelled=cancelled)
    assert "kinerja-periksa" in asked_by
    assert names(stick) == []
    assert sorted(p.name for p in demo_db.path.parent.iterdir()) == before


@pytest.mark.parametrize("passphrase", [None, "rahasia"])
def test_a_failed_integrity_check_refuses_the_backup_leaving_nothing(
        demo_db, stick, monkeypatch, passphrase):
    monkeypatch.setattr(backup_check, "integrity_lines",
                        lambda *_args: ["row 5 missing from index x"])
    before = sorted(p.name for p in demo_db.path.parent.iterdir())
    with pytest.raises(BackupVerificationError, match="row 5 missing from index x"):
        make_backup(demo_db, stick, passphrase)
    assert names(stick) == []
    assert sorted(p.name for p in demo_db.path.parent.iterdir()) == before


# One integrity check, one read of the rows -------------------------------------------------------

@pytest.fixture
def statements(monkeypatch) -> list[str]:
    """Every statement run on a connection opened with sqlite3.connect (backup_io, intake,
    peewee) from now on, lower-cased."""
    seen: list[str] = []
    real = sqlite3.connect

    def traced(*args, **kwargs):
        con = real(*args, **kwargs)
        con.set_trace_callback(lambda sql: seen.append(sql.lower()))
        return con

    monkeypatch.setattr(sqlite3, "connect", traced)
    return seen


@pytest.mark.parametrize("passphrase", [None, "rahasia"])
def test_a_backup_runs_one_integrity_check_and_reads_its_rows_once(demo_db, stick, statements,
                                                                   passphrase):
    make_backup(demo_db, stick, passphrase)
    assert sum("pragma integrity_check" in s for s in statements) == 1
    assert sum("pragma quick_check" in s for s in statements) == 0
    for table in ("official", "attachment", "audit_entry"):
        assert sum(s.startswith(f'select * from "{table}"') for s in statements) == 1, table


def test_the_manifest_is_written_in_place_after_the_check(demo_db, tmp_path):
    """The integrity check runs while the rows are read for the manifest, on the file with
    the manifest's row already at its final size: writing the row then changes its own
    pages and the header's change counter, nothing of the structure checked."""
    copy = tmp_path / "salinan.kinerja"
    demo_db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    with sqlite3.connect(demo_db.path) as con, sqlite3.connect(copy) as out:
        con.backup(out)
        out.execute("PRAGMA journal_mode = DELETE")
    intake.reserve_manifest(copy)
    before = copy.read_bytes()
    manifest = intake.compute_manifest(copy)
    intake.store_manifest(copy, manifest)
    after = copy.read_bytes()
    size = int.from_bytes(before[16:18], "big")
    changed = [i for i in range(len(before) // size)
               if before[i * size:(i + 1) * size] != after[i * size:(i + 1) * size]]
    assert len(after) == len(before) and changed[0] == 0 and len(changed) <= 3, changed
    with sqlite3.connect(copy) as con:
        assert intake.manifest_problem(con, "salinan") == (None, True)
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_verify_runs_one_integrity_check_and_one_digest(demo_db, stick, work, statements):
    path = make_backup(demo_db, stick, "rahasia").path
    statements.clear()
    assert verify_file(path, "rahasia", work_dir=work).ok
    assert sum("pragma integrity_check" in s for s in statements) == 1
    assert sum(s.startswith('select * from "official"') for s in statements) == 1


# The manifest: version 2 hashes files, version 1 still checked ---------------------------------

def _old_digest(con: sqlite3.Connection, tables: list[str]) -> str:
    """The release before issue 19's content_digest, as it was written."""
    import hashlib
    digest = hashlib.sha256()
    for table in sorted(tables):
        digest.update(b"\x00table:" + table.encode())
        for row in con.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
            digest.update(repr(row).encode("utf-8", "surrogatepass") + b"\x01")
    return digest.hexdigest()


@pytest.fixture
def typed(tmp_path) -> sqlite3.Connection:
    con = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    con.execute("CREATE TABLE t (a, b BLOB)")
    con.executemany("INSERT INTO t VALUES (?, ?)", [
        (1, b"\x00" * 5000), ("1", None), (1.0, b"isi"), (None, "teks di kolom blob"),
        (b"1", b""), ("teks ümlaut", os.urandom(300))])
    yield con
    con.close()


@pytest.mark.parametrize("batch", [1, 2, 500])
def test_version_1_is_computed_as_before_whatever_the_batch(typed, monkeypatch, batch):
    monkeypatch.setattr(intake, "BATCH", batch)
    counts, digest = intake.content_digest(typed, ["t"], 1)
    assert counts == {"t": 6} and digest == _old_digest(typed, ["t"])
    assert intake.content_digest(typed, ["t"], 2)[1] != digest  # files enter by their hash


def test_version_2_sees_a_changed_byte_of_a_file_and_a_changed_type(typed, monkeypatch):
    first = intake.content_digest(typed, ["t"], 2)
    monkeypatch.setattr(intake, "BATCH", 2)
    assert intake.content_digest(typed, ["t"], 2) == first
    typed.execute("UPDATE t SET b = ? WHERE rowid = 1", (b"\x00" * 4999 + b"\x01",))
    assert intake.content_digest(typed, ["t"], 2) != first
    typed.execute("UPDATE t SET b = ? WHERE rowid = 1", (b"\x00" * 5000,))
    assert intake.content_digest(typed, ["t"], 2) == first
    for value in ("isi", None, 3, b"isj"):
        typed.execute("UPDATE t SET b = ? WHERE rowid = 3", (value,))
        assert intake.content_digest(typed, ["t"], 2) != first, value
    typed.execute("UPDATE t SET b = ? WHERE rowid = 3", (b"isi",))
    # A text that looks like a file's reference is not one: a tuple has no SQLite value.
    ref = repr(intake._blob_ref(b"isi"))
    typed.execute("UPDATE t SET b = ? WHERE rowid = 3", (ref,))
    assert intake.content_digest(typed, ["t"], 2) != first


def with_evidence(db, reports: int, files: int, size: int) -> list[bytes]:
    """`reports` progress reports of `files` PDFs of `size` bytes each (random: unique)."""
    from tests.helpers.programs import appointment
    programs, progress = ProgramService(db), ProgressService(db, today=lambda: date(2024, 6, 1))
    program = programs.create_program(appointment(db)[1],
                                      ProgramInput("tahunan", date(2024, 1, 2)))
    target = programs.add_target(program, TargetInput(
        kind="target_kinerja", title="Laporan", measure="angka", target_value=100.0,
        unit="%", weight=Decimal("100")))
    contents = []
    for report in range(reports):
        batch = [PDF_HEAD + os.urandom(size - len(PDF_HEAD)) for _ in range(files)]
        progress.add_report(target, ProgressInput(date(2024, 6, 1), 10.0 * report), [
            EvidenceFile(f"laporan-{report}-{i}.pdf", content)
            for i, content in enumerate(batch)])
        contents += batch
    return contents


def test_a_changed_byte_of_an_evidence_file_is_found_by_the_manifest(db, stick, tmp_path,
                                                                      work):
    (content,) = with_evidence(db, 1, 1, 20_000)
    path = make_backup(db, stick).path
    with sqlite3.connect(path) as con:
        (manifest,) = con.execute("SELECT value FROM kinerja_manifest").fetchone()
    assert json.loads(manifest)["versi_manifest"] == intake.MANIFEST_VERSION == 2
    assert verify_file(path, work_dir=work).ok
    data = bytearray(path.read_bytes())
    at = data.find(content[10_000:10_100]) + 50  # inside an overflow page: no structure
    data[at] ^= 0x01
    copy = detached(path, tmp_path / "lain", bytes(data))
    report = verify_file(copy, work_dir=work, rows=False)
    assert not report.ok
    assert any("tidak cocok dengan manifest" in p for p in report.problems), report.problems


# The previous format ---------------------------------------------------------------------------

def test_a_backup_of_the_previous_format_still_verifies_and_restores(tmp_path, work):
    assert backup_crypto.format_version(V2) == 2
    report = verify_file(V2, PASSPHRASE, work_dir=work)
    assert report.ok, report.problems
    assert report.manifest_checked and report.counts["attachment"] == 1
    assert names(work) == []
    plain = backup_crypto.decrypt_to(V2, PASSPHRASE, tmp_path / "polos.kinerja")
    with sqlite3.connect(plain) as con:
        (manifest,) = con.execute("SELECT value FROM kinerja_manifest").fetchone()
    assert json.loads(manifest)["versi_manifest"] == 1  # the old digest, still checked
    assert verify_file(plain, work_dir=work).manifest_checked
    target = tmp_path / "pulih" / "kinerja.db"
    restore(target, V2, PASSPHRASE)
    db = open_database(target)
    try:
        (content,) = db.execute_sql("SELECT content FROM attachment").fetchone()
    finally:
        db.close()
    assert content.startswith(PDF_HEAD)


def test_a_damaged_backup_of_the_previous_format_is_refused(tmp_path, work):
    data = bytearray(V2.read_bytes())
    data[backup_crypto.HEADER_SIZE_V2 + 1000] ^= 0x01  # its one chunk
    copy = detached(V2, tmp_path / "lain", bytes(data))
    report = verify_file(copy, PASSPHRASE, work_dir=work)
    assert not report.ok and not report.wrong_passphrase
    assert "bagian ke-1" in " ".join(report.problems)
    assert not verify_file(V2, "salah", work_dir=work).ok
    assert names(work) == []
    with pytest.raises(StorageError):
        restore(tmp_path / "pulih" / "kinerja.db", copy, PASSPHRASE)


# Flat memory -----------------------------------------------------------------------------------

MEMORY_PROBE = textwrap.dedent("""
    import json, sys, tracemalloc
    from pathlib import Path
    from kinerja_desktop.storage import backup_check, backup_io

    def rss(field):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
        return 0.0

    backup_check.VERIFY_CACHE_KB = 8192  # SQLite's own cache: 8 MB here, not the file
    path, work = Path(sys.argv[1]), Path(sys.argv[2])
    verify = backup_io.verify_file
    verify(Path(sys.argv[3]), work_dir=work)  # warm up: imports, the schema built once
    before = rss("VmRSS")
    try:  # the peak so far forgotten (Linux 4.0+); else it is the warm-up's, lower anyway
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass
    report = verify(path, "rahasia", work_dir=work)
    grown = rss("VmHWM") - before
    tracemalloc.start()
    report2 = verify(path, "rahasia", work_dir=work)
    traced = tracemalloc.get_traced_memory()[1] / 2**20
    print(json.dumps({"ok": report.ok and report2.ok, "problems": report.problems,
                      "grown_mb": grown, "traced_mb": traced}))
""")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_verify_of_a_60_mb_encrypted_backup_stays_far_below_its_size(db, stick, work,
                                                                     tmp_path):
    """The release before issue 19 held the whole plaintext (and a copy of it) in memory."""
    with_evidence(db, 6, 10, 1 << 20)
    path = make_backup(db, stick, "rahasia").path
    plain = make_backup(db, tmp_path, None).path
    size_mb = path.stat().st_size / 2**20
    assert size_mb > 60
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(path), str(work),
                           str(plain)], capture_output=True, text=True, env=env, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["ok"], result["problems"]
    # The old path held the plaintext (60 MB) and its copy in SQLite's memory: 120 MB and
    # more. Now: scrypt's 32 MB (the key, as before), SQLite's cache (8 MB here), a few
    # chunks, and rows read at most intake.READ_LIMIT bytes at a time.
    assert result["grown_mb"] < 52, result
    assert result["traced_mb"] < 20, result  # Python's own allocations only
    assert names(work) == []


def test_a_cancel_interrupts_an_integrity_check_already_running(tmp_path):
    """The waiting thread's cancel stops SQLite inside PRAGMA integrity_check at once
    (sqlite3_interrupt), on a SQLite that never calls the progress handler there."""
    import sqlite3
    import time

    from kinerja_desktop.errors import OperationCancelled
    from kinerja_desktop.storage.backup_steps import Background, Bar, Tracks
    path = tmp_path / "besar.db"
    with sqlite3.connect(path) as con:  # an index to check against its table: some seconds
        con.execute("CREATE TABLE t (a TEXT, b TEXT)")
        con.execute("CREATE INDEX t_a ON t (a, b)")
        con.executemany("INSERT INTO t VALUES (?, ?)",
                        ((f"{i:012d}" * 8, str(i) * 20) for i in range(300_000)))
    started, stopped = [], []

    def check(stop):
        con = sqlite3.connect(path)
        checker.hold(con)
        started.append(time.perf_counter())
        try:
            return [row[0] for row in con.execute("PRAGMA integrity_check")]
        except sqlite3.OperationalError as exc:
            stopped.append(time.perf_counter())
            assert "interrupt" in str(exc)
            stop()
            raise
        finally:
            checker.hold(None)
            con.close()

    cancel = [False]

    def check_cancel() -> bool:
        if cancel[0]:
            raise OperationCancelled("Dibatalkan.")
        return False

    checker: Background[list[str]] = Background(check, check_cancel)
    checker.start()
    while not started:
        time.sleep(0.01)
    cancel[0] = True
    asked = time.perf_counter()
    with pytest.raises(OperationCancelled):
        checker.finish(Tracks(Bar(None, ["both"], {"both": 1.0}), "both", {"check": 1.0}),
                       "check", "…")
    assert not checker.is_alive()
    assert stopped and stopped[0] - asked < 1.0  # interrupted, not waited out
