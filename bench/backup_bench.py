"""Backup, verify and restore at two sizes against the bare baseline, in one run.

Each case runs in a child process of its own (its peak memory, the child's maximum resident
set, is its own), the cases of a size interleaved run by run, medians reported:

    bare_plain      SQLite's backup API into a file on the target, fsynced
    bare_enc        the same beside the source, then chunked AES-256-GCM (1 MiB chunks, the
                    key from the passphrase by one scrypt run) of the file onto the target,
                    fsynced: the bare encrypted backup
    backup_plain    services.backup.make_backup (copy, manifest, ONE integrity_check, counts,
                    schema, SHA-256 and .sha256, fsyncs)
    backup_enc      make_backup with a passphrase (+ encryption and one read back)
    bare_verify     chunked AES-GCM decryption into a file + PRAGMA integrity_check
    verify_plain    services.backup.verify_backup of the plain backup (every check, rows too)
    verify_enc      verify_backup of the encrypted backup (decrypted chunk by chunk to disk)
    restore_enc     services.restore.restore of the encrypted backup into a new database

The databases are make_db's synthetic rosters with more officials, plus evidence files
(1 MB PDFs attached to progress reports) making about 30 % of the file, cached under
bench/out/backup/.
"""

# .venv/bin/python bench/backup_bench.py [--small] [--runs N] [--json] [--sizes LABEL,...]
# Full: ~280 MB and ~1 GB (several minutes to build once, then cached); --small: ~20 MB and
# ~80 MB, one run, the cases the goals need (under ~20 s once the databases are cached).
# Writes bench/out/backup.json. Exits 0 whatever the goals say (a report, not a test);
# non-zero only if a step crashed.

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from peak_memory import peak_mb

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for folder in (str(ROOT), str(BENCH)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

OUT = BENCH / "out"
WORK = OUT / "backup"
JSON_OUT = OUT / "backup.json"
PASSPHRASE = "bench rahasia kantor"
GOAL_BACKUP_RATIO = 4.0     # encrypted make_backup / (backup API + chunked AES-GCM)
GOAL_PEAK_MB = 300.0        # verify (and restore) of an encrypted backup, at any size
GOAL_INTEGRITY_CHECKS = 1   # full integrity checks per backup
EVIDENCE_BYTES = 1 << 20    # one evidence file: a scanned report of 1 MB
FILES_PER_REPORT = 10

# label -> (officials, evidence files); about 30 % of each file is evidence.
SIZES = {"20MB": (4_000, 6), "80MB": (16_000, 24), "280MB": (56_000, 84),
         "1GB": (200_000, 300)}
SMALL_SIZES = ("20MB", "80MB")
FULL_SIZES = ("280MB", "1GB")
CASES = ("bare_plain", "bare_enc", "backup_plain", "backup_enc", "bare_verify",
         "verify_plain", "verify_enc", "restore_enc")
SMALL_CASES = ("bare_enc", "backup_enc", "verify_enc", "restore_enc")


# The database: make_db's roster plus evidence files ---------------------------------------------

def database(label: str, log) -> Path:
    """The cached database of `label` (built again when missing or stale)."""
    import make_db
    count, files = SIZES[label]
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"backup-{label}.kinerja"
    stamp = f"{make_db.stamp(count, make_db.SEED)}:{files}x{EVIDENCE_BYTES}"
    if _stamp_of(path) == stamp:
        log(f"reusing {path}")
        return path
    started = time.perf_counter()
    roster = make_db.ensure_db(WORK / f"roster-{count}.kinerja", count=count, log=log)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(roster, path)
    _add_evidence(path, files)
    from kinerja_desktop.storage.database import register_functions
    con = sqlite3.connect(path)
    register_functions(con)  # the audit triggers name the operator
    with con:
        con.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('bench_backup', ?)",
                    (stamp,))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    log(f"built {path} ({count} officials, {files} evidence files, "
        f"{path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.1f} s")
    return path


def _stamp_of(path: Path) -> str | None:
    if not path.exists():
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
            row = con.execute("SELECT value FROM setting WHERE key = 'bench_backup'").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _add_evidence(path: Path, files: int) -> None:
    """`files` PDFs of EVIDENCE_BYTES (random after the header: scans do not compress),
    FILES_PER_REPORT per progress report, through the services (valid rows, audit rows)."""
    from datetime import date
    from decimal import Decimal

    from kinerja_desktop.domain.evidence import EvidenceFile
    from kinerja_desktop.domain.programs import ProgramInput, ProgressInput, TargetInput
    from kinerja_desktop.services.programs import ProgramService
    from kinerja_desktop.services.progress import ProgressService
    from kinerja_desktop.storage.database import open_database
    rng = random.Random(19)
    start, today = date(2024, 1, 2), date(2024, 6, 1)
    db = open_database(path)
    try:
        posts = [row[0] for row in db.execute_sql(
            "SELECT id FROM appointment WHERE end_date IS NULL ORDER BY id LIMIT ?",
            (files // FILES_PER_REPORT + 1,))]
        programs, progress = ProgramService(db), ProgressService(db, today=lambda: today)
        made = 0
        for post in posts:
            if made >= files:
                break
            program = programs.create_program(post, ProgramInput("tahunan", start))
            target = programs.add_target(program, TargetInput(
                kind="target_kinerja", title="Laporan kinerja", measure="angka",
                target_value=100.0, unit="%", weight=Decimal("100")))
            batch = [EvidenceFile(f"laporan-{made + i + 1}.pdf",
                                  b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
                                  + rng.randbytes(EVIDENCE_BYTES - 15))
                     for i in range(min(FILES_PER_REPORT, files - made))]
            progress.add_report(target, ProgressInput(today, 50.0), batch)
            made += len(batch)
        db.handle.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


# One case, in a child process -------------------------------------------------------------------

def child(case: str, db_path: Path, work: Path) -> dict:
    """Run `case` once in this process; seconds and this process's peak memory."""
    work.mkdir(parents=True, exist_ok=True)
    # Imported before the clock starts: an app that is running has them loaded.
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: F401
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # noqa: F401

    from kinerja_desktop.services import backup, restore  # noqa: F401
    before = peak_mb()
    started = time.perf_counter()
    extra: dict = {}
    if case == "bare_plain":
        _bare_backup(db_path, work / "kopi.kinerja")
    elif case == "bare_enc":
        plain = db_path.parent / ".bare.kinerja.tmp"
        _bare_backup(db_path, plain)
        _bare_encrypt(plain, work / "kopi.kinerja.enc")
        plain.unlink()
    elif case in ("backup_plain", "backup_enc"):
        from kinerja_desktop.services.backup import make_backup
        from kinerja_desktop.storage.database import open_database
        db = open_database(db_path)
        try:
            result = make_backup(db, work, PASSPHRASE if case == "backup_enc" else None)
        finally:
            db.close()
        extra["bytes"] = result.path.stat().st_size
    elif case == "bare_verify":
        plain = work / "buka.kinerja"
        _bare_decrypt(db_path, plain)
        with contextlib.closing(sqlite3.connect(plain)) as con:
            con.execute("PRAGMA cache_size = -65536")
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        plain.unlink()
    elif case in ("verify_plain", "verify_enc"):
        from kinerja_desktop.services.backup import verify_backup
        report = verify_backup(db_path, PASSPHRASE if case == "verify_enc" else None,
                               work_dir=work)
        if not report.ok:
            raise RuntimeError(f"verify failed: {report.problems}")
    elif case == "restore_enc":
        from kinerja_desktop.services.restore import restore
        restore(work / "pulih.kinerja", db_path, PASSPHRASE)
    else:
        raise ValueError(case)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_mb": peak_mb(), "start_mb": before, **extra}


def _bare_backup(source: Path, target: Path) -> None:
    with contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src, \
            contextlib.closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    _fsync(target)


def _bare_encrypt(source: Path, target: Path) -> None:
    """Chunked AES-256-GCM with a key from a passphrase (one scrypt run, the app's
    parameters: an encrypted backup by passphrase cannot do without it)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    from kinerja_desktop.storage import backup_crypto as bc
    key = Scrypt(salt=os.urandom(16), length=32, n=bc.SCRYPT_N, r=bc.SCRYPT_R,
                 p=bc.SCRYPT_P).derive(PASSPHRASE.encode())
    cipher, nonce = AESGCM(key), os.urandom(12)
    with open(source, "rb") as src, open(target, "wb") as out:
        index = 0
        while chunk := src.read(1 << 20):
            out.write(cipher.encrypt(nonce[:4] + index.to_bytes(8, "big"), chunk, None))
            index += 1
        out.flush()
        os.fsync(out.fileno())


def _bare_decrypt(source: Path, target: Path) -> None:
    """The bare reading of the encrypted backup: the key from the passphrase (one scrypt
    run), then AES-GCM chunk by chunk into a file, each chunk's nonce and associated data
    as the format makes them; no header checks, no digests."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from kinerja_desktop.storage import backup_crypto as bc
    with open(source, "rb") as src, open(target, "wb") as out:
        header = src.read(bc.HEADER_SIZE)
        salt = header[len(bc.MAGIC_V3):len(bc.MAGIC_V3) + bc.SALT_SIZE]
        cipher = AESGCM(bc._derive_checked(PASSPHRASE, salt)[0])
        base = bc._base_nonce(header)
        size = bc._chunk_size(header) + bc.TAG_SIZE
        index, block = 0, src.read(size)
        while block:
            following = src.read(size) if len(block) == size else b""
            out.write(cipher.decrypt(bc._nonce(base, index), block,
                                     bc._aad(header, index, not following)))
            block, index = following, index + 1
        out.flush()
        os.fsync(out.fileno())


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def run_child(case: str, db_path: Path, work: Path) -> dict:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    env = dict(os.environ, KINERJA_DATA_DIR=str(work / "data"))
    done = subprocess.run([sys.executable, __file__, "--child", case, str(db_path), str(work)],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    shutil.rmtree(work, ignore_errors=True)
    if done.returncode != 0:
        raise RuntimeError(f"{case} failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# Counting the checks of one backup --------------------------------------------------------------

def count_checks(db_path: Path, work: Path) -> dict[str, int]:
    """Statements of one encrypted make_backup (in this process, traced): integrity checks,
    quick checks, and reads of the official table's rows (manifest digests)."""
    from kinerja_desktop.services.backup import make_backup
    from kinerja_desktop.storage.database import open_database
    seen: list[str] = []
    real = sqlite3.connect

    def traced(*args, **kwargs):
        con = real(*args, **kwargs)
        con.set_trace_callback(seen.append)
        return con

    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    db = open_database(db_path)
    sqlite3.connect = traced  # type: ignore[assignment]
    try:
        make_backup(db, work, PASSPHRASE)
    finally:
        sqlite3.connect = real  # type: ignore[assignment]
        db.close()
        shutil.rmtree(work, ignore_errors=True)
    text = [s.lower() for s in seen]
    return {"integrity_check": sum("pragma integrity_check" in s for s in text),
            "quick_check": sum("pragma quick_check" in s for s in text),
            "official_rows_read": sum(s.startswith('select * from "official"') for s in text)}


# The run ----------------------------------------------------------------------------------------

def prepare_backups(db_path: Path, folder: Path) -> dict[str, Path]:
    """A plain and an encrypted backup of `db_path` for verify and restore to read."""
    from kinerja_desktop.services.backup import make_backup
    from kinerja_desktop.storage.database import open_database
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    db = open_database(db_path)
    try:
        plain = make_backup(db, folder).path
        encrypted = make_backup(db, folder, PASSPHRASE).path
    finally:
        db.close()
    return {"plain": plain, "enc": encrypted}


def measure(labels: tuple[str, ...], cases: tuple[str, ...], runs: int, log) -> dict:
    result: dict = {"runs": runs, "cases": list(cases), "sizes": {}}
    for label in labels:
        source = database(label, log)
        # The database the backup cases read: a copy (make_backup records its time in it).
        live = WORK / f"live-{label}.kinerja"
        shutil.copyfile(source, live)
        backups = prepare_backups(live, WORK / f"backups-{label}")
        inputs = {"verify_plain": backups["plain"], "verify_enc": backups["enc"],
                  "restore_enc": backups["enc"], "bare_verify": backups["enc"]}
        samples: dict[str, list[dict]] = {case: [] for case in cases}
        for n in range(runs):
            order = list(cases[n % len(cases):] + cases[:n % len(cases)])  # rotate the first
            for case in order:
                sample = run_child(case, inputs.get(case, live), WORK / "run")
                samples[case].append(sample)
                log(f"{label} {case} run {n + 1}: {sample['seconds']:.2f} s, "
                    f"{sample['peak_mb']:.0f} MB")
        counts = count_checks(live, WORK / "count")
        size = live.stat().st_size
        for suffix in ("", "-wal", "-shm"):
            Path(f"{live}{suffix}").unlink(missing_ok=True)
        shutil.rmtree(WORK / f"backups-{label}", ignore_errors=True)
        result["sizes"][label] = {
            "bytes": size, "officials": SIZES[label][0], "evidence_files": SIZES[label][1],
            "seconds": {c: statistics.median(s["seconds"] for s in v)
                        for c, v in samples.items()},
            "peak_mb": {c: max(s["peak_mb"] for s in v) for c, v in samples.items()},
            "samples": samples, "checks_per_backup": counts}
    return result


def _ratio(sizes: dict, case: str, base: str) -> float | None:
    s = sizes["seconds"]
    return s[case] / s[base] if case in s and base in s and s[base] else None


def goals(result: dict) -> list[tuple[str, float, float]]:
    """(what, measured, goal): each passes when measured <= goal."""
    rows: list[tuple[str, float, float]] = []
    for label, sizes in result["sizes"].items():
        ratio = _ratio(sizes, "backup_enc", "bare_enc")
        if ratio is not None:
            rows.append((f"encrypted backup / bare, {label}", ratio, GOAL_BACKUP_RATIO))
        for case in ("verify_enc", "restore_enc"):
            if case in sizes["peak_mb"]:
                rows.append((f"{case} peak MB, {label}", sizes["peak_mb"][case], GOAL_PEAK_MB))
        rows.append((f"integrity checks per backup, {label}",
                     float(sizes["checks_per_backup"]["integrity_check"]),
                     float(GOAL_INTEGRITY_CHECKS)))
    return rows


def check(small: bool = True) -> list[tuple[str, float, float]]:
    """The goals at the small sizes (or the full ones), for a regression test."""
    result = measure(SMALL_SIZES if small else FULL_SIZES, SMALL_CASES if small else CASES,
                     1 if small else 3, lambda _m: None)
    return goals(result)


def report(result: dict) -> str:
    lines = [f"Backup, verify and restore (median of {result['runs']} run(s), each case in a "
             f"child process; peak = the child's maximum resident set)"]
    for label, sizes in result["sizes"].items():
        s, p = sizes["seconds"], sizes["peak_mb"]
        lines.append(f"\n{label}: {sizes['bytes'] / 1e6:.0f} MB, {sizes['officials']:,} "
                     f"officials, {sizes['evidence_files']} evidence files of 1 MB")
        lines.append(f"  {'case':14} {'seconds':>8} {'peak MB':>8}   ratio")
        bases = {"backup_enc": "bare_enc", "backup_plain": "bare_plain",
                 "verify_enc": "bare_verify", "verify_plain": "bare_verify",
                 "restore_enc": "bare_verify"}
        for case in result["cases"]:
            if case not in s:
                continue
            ratio = _ratio(sizes, case, bases.get(case, ""))
            shown = f"{ratio:5.2f}x {bases[case]}" if ratio is not None else ""
            lines.append(f"  {case:14} {s[case]:8.2f} {p[case]:8.0f}   {shown}")
        counts = sizes["checks_per_backup"]
        lines.append(f"  one encrypted backup ran {counts['integrity_check']} integrity_check, "
                     f"{counts['quick_check']} quick_check, read the official rows "
                     f"{counts['official_rows_read']} time(s)")
    lines.append("\nGoals (measured <= goal):")
    for name, measured, goal in goals(result):
        lines.append(f"  {name:40} {measured:8.2f}  goal <= {goal:.0f}  "
                     f"{'PASS' if measured <= goal else 'MISS'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="~20 MB and ~80 MB, one run")
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--sizes", default=None, help=f"labels among {', '.join(SIZES)}")
    parser.add_argument("--json", action="store_true", help="print one JSON object (run_bench)")
    parser.add_argument("--child", choices=CASES)
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, Path(args.paths[0]), Path(args.paths[1]))))
        return 0

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    labels = tuple(args.sizes.split(",")) if args.sizes else (
        SMALL_SIZES if args.small else FULL_SIZES)
    cases = SMALL_CASES if args.small else CASES
    runs = args.runs or (1 if args.small else 3)
    started = time.perf_counter()
    try:
        result = measure(labels, cases, runs, log)
    except (RuntimeError, subprocess.SubprocessError, OSError, sqlite3.Error) as exc:
        print(f"benchmark crashed: {exc}", file=sys.stderr)
        return 1
    result["command"] = "bench/backup_bench.py " + " ".join(argv or sys.argv[1:])
    result["wall_seconds"] = time.perf_counter() - started
    result["goals"] = goals(result)
    OUT.mkdir(exist_ok=True)
    JSON_OUT.write_text(json.dumps(result, indent=1))
    if args.json:
        print(json.dumps(result))
    else:
        print(report(result))
        print(f"\n({result['wall_seconds']:.0f} s in all; JSON in {JSON_OUT})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
