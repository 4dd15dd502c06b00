"""Encrypted backup files: AES-256-GCM with a key from the passphrase by scrypt. No Qt.

File format (all integers big-endian), version 3 (written since issue 19):

    magic   8 bytes   b"KNJDENC3"
    salt   16 bytes   scrypt salt (random per file); n=2**15, r=8, p=1, 48 bytes derived:
                      the first 32 are the AES-256-GCM key, the next 16 the key check
    nonce  12 bytes   random per file
    check  16 bytes   the key check: a wrong passphrase is told before any chunk is read
    chunk   4 bytes   plaintext bytes per chunk (MIN_CHUNK..MAX_CHUNK): the reader takes it
                      from the file, never from a constant that a later release might change
    digest 16 bytes   SHA-256 of the 56 bytes above, cut to 16: a damaged header is told
                      apart from a wrong passphrase (a changed salt would fail the check)
    chunks            the plaintext in chunks of `chunk` bytes (the last one shorter, possibly
                      empty), each encrypted on its own: ciphertext followed by its 16-byte tag

Chunk i uses the nonce with i XOR-ed into its last 8 bytes, and authenticates (as associated
data) the whole header, its index and whether it is the last chunk; so chunks cannot be
reordered, dropped or the file cut at a chunk boundary without a tag failing. Each chunk's tag
is checked before its bytes are handed on: a stream of authenticated chunks, read and written
one at a time, so memory stays flat whatever the size of the backup.

Earlier versions are still read. Version 2 (b"KNJDENC2", issue 17) is version 3 without the
chunk field (68-byte header, chunks of CHUNK bytes). Version 1 (b"KNJDENC1") has only magic,
salt (a 32-byte key), nonce and chunks: there a first chunk that fails may be a wrong
passphrase or damage, and is reported as both. In versions 2 and 3 a chunk whose tag fails is
damage, never a wrong passphrase.
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import os
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kinerja_desktop.errors import (DiskFullError, OperationCancelled, StorageError,
                                    WrongPassphraseError, os_reason)

MAGIC = b"KNJDENC"  # every version's first bytes; the eighth is the version
MAGIC_V1, MAGIC_V2, MAGIC_V3 = MAGIC + b"1", MAGIC + b"2", MAGIC + b"3"
SALT_SIZE = 16
NONCE_SIZE = 12
TAG_SIZE = 16
CHECK_SIZE = 16   # the key check (versions 2 and 3)
CHUNK_FIELD = 4   # the chunk size (version 3)
DIGEST_SIZE = 16  # the header's own digest (versions 2 and 3)
HEADER_SIZE_V1 = len(MAGIC_V1) + SALT_SIZE + NONCE_SIZE
HEADER_SIZE_V2 = HEADER_SIZE_V1 + CHECK_SIZE + DIGEST_SIZE
HEADER_SIZE = HEADER_SIZE_V2 + CHUNK_FIELD  # what encrypt_file writes (version 3)
CHUNK = 1 << 20  # plaintext bytes per chunk written (and of a version 1 or 2 file)
MIN_CHUNK, MAX_CHUNK = 1 << 10, 1 << 24  # a version 3 header naming another size is damaged
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 15, 8, 1

WRONG_PASSPHRASE = "Kata sandi cadangan salah."
# A version 1 file whose first part fails: the passphrase, or damage there, cannot be told.
WRONG_PASSPHRASE_OR_DAMAGED = "Kata sandi cadangan salah, atau berkasnya rusak atau terpotong."

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)
Cancelled = Callable[[], bool]
Key = tuple[bytes, bytes]  # (a header, the AES key it goes with): new_header's result


class DamagedEncryptedFile(StorageError):
    """The encrypted file is cut short or altered after its first chunk."""


@dataclass(frozen=True)
class Digests:
    """What one pass over an encrypted file saw: the SHA-256 of its plaintext and of the file
    itself as stored (its .sha256), and the plaintext's length."""

    plain_sha256: str
    file_sha256: str
    plain_size: int


def derive_key(passphrase: str, salt: bytes) -> bytes:
    # cryptography is imported where it is used: the app's start (status bar, last backup)
    # imports this module and should not pay for loading OpenSSL bindings.
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(
        passphrase.encode("utf-8"))


def _derive_checked(passphrase: str, salt: bytes) -> tuple[bytes, bytes]:
    """Versions 2 and 3: (the AES key, the key check), both from one scrypt run."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
    derived = Scrypt(salt=salt, length=32 + CHECK_SIZE, n=SCRYPT_N, r=SCRYPT_R,
                     p=SCRYPT_P).derive(passphrase.encode("utf-8"))
    return derived[:32], derived[32:]


def _header_digest(head: bytes) -> bytes:
    return hashlib.sha256(head).digest()[:DIGEST_SIZE]


def new_header(passphrase: str, chunk: int | None = None) -> Key:
    """A fresh version 3 header (random salt and nonce, chunks of `chunk` bytes, CHUNK when
    None) and the key it goes with."""
    chunk = CHUNK if chunk is None else chunk
    if not MIN_CHUNK <= chunk <= MAX_CHUNK:
        raise ValueError(f"ukuran bagian {chunk} di luar {MIN_CHUNK}..{MAX_CHUNK}")
    salt, base = os.urandom(SALT_SIZE), os.urandom(NONCE_SIZE)
    key, check = _derive_checked(passphrase, salt)
    head = MAGIC_V3 + salt + base + check + chunk.to_bytes(CHUNK_FIELD, "big")
    return head + _header_digest(head), key


def _base_nonce(header: bytes) -> bytes:
    start = len(MAGIC_V1) + SALT_SIZE
    return header[start:start + NONCE_SIZE]


def is_encrypted(path: Path) -> bool:
    """Whether the file starts with our magic (False when unreadable or shorter)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _nonce(base: bytes, index: int) -> bytes:
    return base[:4] + (int.from_bytes(base[4:], "big") ^ index).to_bytes(8, "big")


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return header + index.to_bytes(8, "big") + (b"\x01" if last else b"\x00")


# Writing ---------------------------------------------------------------------------------------

def encrypt_file(source: Path, target: Path, passphrase: str, progress: Progress | None = None,
                 cancelled: Cancelled | None = None, key: Key | None = None) -> str:
    """Encrypt `source` into `target` (created or overwritten, fsynced), one chunk in memory at
    a time; return the SHA-256 of the PLAINTEXT read, so the caller can check a decryption
    against it. `key`: a header and key from new_header(passphrase) (the caller reuses it to
    check the file without running scrypt again); a fresh one when None.

    OSError and OperationCancelled propagate; the caller removes `target` on failure."""
    header, aes_key = key if key is not None else new_header(passphrase)
    chunk_size = _chunk_size(header) or CHUNK
    base = _base_nonce(header)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    cipher = AESGCM(aes_key)
    total = os.stat(source).st_size
    digest = hashlib.sha256()
    done = 0
    with open(source, "rb") as src, open(target, "wb") as out:
        out.write(header)
        index = 0
        chunk = src.read(chunk_size)
        while True:
            if cancelled is not None and cancelled():
                raise OperationCancelled("Pencadangan dibatalkan; tidak ada berkas yang ditulis.")
            following = src.read(chunk_size) if len(chunk) == chunk_size else b""
            last = not following
            digest.update(chunk)
            out.write(cipher.encrypt(_nonce(base, index), chunk, _aad(header, index, last)))
            done += len(chunk)
            if progress is not None:
                progress(done, total)
            if last:
                break
            chunk, index = following, index + 1
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


# Reading ---------------------------------------------------------------------------------------

def _chunk_size(header: bytes) -> int | None:
    """The chunk size a version 3 header names; None for earlier versions."""
    if not header.startswith(MAGIC_V3):
        return None
    start = HEADER_SIZE_V2 - DIGEST_SIZE
    return int.from_bytes(header[start:start + CHUNK_FIELD], "big")


def decrypt_chunks(path: Path, passphrase: str, key: Key | None = None,
                   seen: Callable[[bytes], None] | None = None) -> Generator[bytes, None, None]:
    """The plaintext of an encrypted file, chunk by chunk, each authenticated before it is
    yielded. A version 2 or 3 file: DamagedEncryptedFile when its header is damaged or cut
    short, WrongPassphraseError when the key check fails (before any chunk), DamagedEncrypted-
    File when any chunk fails or the file is cut short. A version 1 file has no key check:
    there WrongPassphraseError (WRONG_PASSPHRASE_OR_DAMAGED) when the first chunk fails, as a
    wrong passphrase and a first megabyte altered cannot be told apart. StorageError when the
    file cannot be read.

    `key`: the header and key this process wrote the file with (no scrypt run; the file's
    header must be that one). `seen(block)` hears every byte read from the file, header
    included, in order (the file's own SHA-256 without reading it twice)."""
    name = Path(path).name
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise StorageError(f"Berkas '{name}' tidak dapat dibaca: {os_reason(exc)}.") from exc
    with handle:
        try:
            yield from _decrypt(handle, name, passphrase, key, seen)
        except OSError as exc:
            raise StorageError(f"Berkas '{name}' tidak dapat dibaca: {os_reason(exc)}.") from exc


def _decrypt(handle: BinaryIO, name: str, passphrase: str, key: Key | None,
             seen: Callable[[bytes], None] | None) -> Iterator[bytes]:
    def read(size: int) -> bytes:
        block = handle.read(size)
        if seen is not None and block:
            seen(block)
        return block

    header, aes_key, checked = _read_header(read, name, passphrase, key)
    base = _base_nonce(header)
    block_size = (_chunk_size(header) or CHUNK) + TAG_SIZE
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    cipher = AESGCM(aes_key)
    index = 0
    block = read(block_size)
    while True:
        if len(block) < TAG_SIZE:
            raise DamagedEncryptedFile(f"Berkas '{name}' terpotong: bagian ke-{index + 1} "
                                       f"tidak lengkap.")
        # One block read ahead: the last chunk is the one with nothing after it.
        following = read(block_size) if len(block) == block_size else b""
        last = not following
        try:
            plain = cipher.decrypt(_nonce(base, index), block, _aad(header, index, last))
        except InvalidTag:
            if index == 0 and not checked:
                # Version 1: a wrong key fails here as damage does.
                raise WrongPassphraseError(WRONG_PASSPHRASE_OR_DAMAGED) from None
            raise DamagedEncryptedFile(
                f"Berkas '{name}' rusak atau terpotong: bagian ke-{index + 1} tidak lolos "
                f"pemeriksaan keaslian" + ("; kata sandinya benar." if checked else ".")) from None
        yield plain
        if last:
            return
        block, index = following, index + 1


def _read_header(read: Callable[[int], bytes], name: str, passphrase: str,
                 key: Key | None = None) -> tuple[bytes, bytes, bool]:
    """(the header, the AES key, whether the key check proved the passphrase right).
    DamagedEncryptedFile for a header cut short, damaged or of an unknown version;
    WrongPassphraseError when a version 2 or 3 key check fails. Reads a fixed number of
    bytes per version: nothing in a header says how much more to read."""
    magic = read(len(MAGIC_V1))
    if magic == MAGIC_V1:
        header = magic + read(HEADER_SIZE_V1 - len(magic))
        if len(header) < HEADER_SIZE_V1:
            raise DamagedEncryptedFile(f"Berkas '{name}' rusak: kepalanya terpotong.")
        return header, derive_key(passphrase, header[len(magic):len(magic) + SALT_SIZE]), False
    if magic in (MAGIC_V2, MAGIC_V3):
        size = HEADER_SIZE if magic == MAGIC_V3 else HEADER_SIZE_V2
        header = magic + read(size - len(magic))
        if len(header) < size:
            raise DamagedEncryptedFile(f"Berkas '{name}' rusak: kepalanya terpotong.")
        head, digest = header[:-DIGEST_SIZE], header[-DIGEST_SIZE:]
        if not hmac.compare_digest(_header_digest(head), digest):
            raise DamagedEncryptedFile(f"Berkas '{name}' rusak: kepalanya berubah, jadi kata "
                                       f"sandinya pun tidak dapat diperiksa.")
        chunk = _chunk_size(header)
        if chunk is not None and not MIN_CHUNK <= chunk <= MAX_CHUNK:
            # A valid digest over a size no release writes: made by hand, not by this app.
            raise DamagedEncryptedFile(f"Berkas '{name}' rusak: kepalanya menyebut ukuran "
                                       f"bagian yang tidak sah ({chunk} bita).")
        if key is not None and hmac.compare_digest(key[0], header):
            return header, key[1], True  # the file this process just wrote
        salt_at = len(magic)
        aes_key, check = _derive_checked(passphrase, head[salt_at:salt_at + SALT_SIZE])
        check_at = HEADER_SIZE_V1
        if not hmac.compare_digest(check, head[check_at:check_at + CHECK_SIZE]):
            raise WrongPassphraseError(WRONG_PASSPHRASE)
        return header, aes_key, True
    if len(magic) == len(MAGIC_V1) and magic.startswith(MAGIC):
        raise DamagedEncryptedFile(f"Berkas '{name}' dibuat oleh versi aplikasi yang lebih baru "
                                   f"(atau kepalanya rusak); perbarui Kinerja Desktop untuk "
                                   f"membukanya.")
    raise DamagedEncryptedFile(f"Berkas '{name}' bukan cadangan terenkripsi Kinerja Desktop, "
                               f"atau kepalanya terpotong.")


def format_version(path: Path) -> int | None:
    """The encrypted format version of the file (1, 2, 3 …), None when it is not one of ours
    or cannot be read."""
    try:
        with open(path, "rb") as handle:
            magic = handle.read(len(MAGIC_V1))
    except OSError:
        return None
    if len(magic) == len(MAGIC_V1) and magic.startswith(MAGIC) and magic[-1:].isdigit():
        return int(magic[-1:])
    return None


def authenticate(path: Path, passphrase: str, key: Key | None = None,
                 progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> Digests:
    """Read the whole file, checking every chunk, and write nothing: the digests of its
    plaintext and of the file as stored (one read of the file). Raises as decrypt_chunks."""
    return _consume(path, passphrase, key, progress, cancelled, None)


def decrypt_into(path: Path, passphrase: str, target: Path, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> Digests:
    """Decrypt `path` into `target` (created only once the header and the passphrase have
    been checked; the caller removes it on any failure), chunk by chunk, each written only
    after its tag was checked; fsynced. Returns the digests of one read of `path`.

    Raises as decrypt_chunks, plus OperationCancelled, and DiskFullError or StorageError
    when `target` cannot be written."""
    holder: list[BinaryIO] = []
    target = Path(target)

    def write(plain: bytes) -> None:
        if not holder:
            holder.append(open(target, "wb"))
        holder[0].write(plain)

    try:
        digests = _consume(path, passphrase, None, progress, cancelled, write)
        if not holder:  # never happens (a file has at least one chunk): keep target's promise
            holder.append(open(target, "wb"))
        holder[0].flush()
        os.fsync(holder[0].fileno())
    except OSError as exc:
        if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", -1):
            raise DiskFullError(f"Disk penuh saat menulis '{target}'; kosongkan ruang lalu coba "
                                f"lagi.") from exc
        raise StorageError(f"Berkas '{target}' tidak dapat ditulis: {os_reason(exc)}.") from exc
    finally:
        for handle in holder:
            handle.close()
    return digests


def _consume(path: Path, passphrase: str, key: Key | None, progress: Progress | None,
             cancelled: Cancelled | None, write: Callable[[bytes], None] | None) -> Digests:
    plain, stored = hashlib.sha256(), hashlib.sha256()
    try:
        total = os.stat(path).st_size
    except OSError as exc:
        raise StorageError(f"Berkas '{Path(path).name}' tidak dapat dibaca: "
                           f"{os_reason(exc)}.") from exc
    read = [0]

    def seen(block: bytes) -> None:
        stored.update(block)
        read[0] += len(block)

    size = 0
    chunks = decrypt_chunks(path, passphrase, key, seen)
    try:
        for chunk in chunks:
            if cancelled is not None and cancelled():
                raise OperationCancelled("Dibatalkan.")
            plain.update(chunk)
            size += len(chunk)
            if write is not None:
                write(chunk)
            if progress is not None:
                progress(read[0], total)
    finally:
        chunks.close()  # release the file at once, whatever happened
    return Digests(plain.hexdigest(), stored.hexdigest(), size)


def decrypted_sha256(path: Path, passphrase: str) -> str:
    """Decrypt without writing anything; the SHA-256 of the plaintext."""
    return authenticate(path, passphrase).plain_sha256


def decrypt_bytes(path: Path, passphrase: str) -> bytes:
    """The whole plaintext in memory: for small files in tests only (verify and restore
    decrypt to a file, chunk by chunk)."""
    return b"".join(decrypt_chunks(path, passphrase))


def decrypt_to(path: Path, passphrase: str, target: Path, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> Path:
    """Decrypt `path` into `target` through `.<target>.tmp` beside it, fsynced, then renamed:
    `target` appears only when the whole file was authenticated. Returns `target`."""
    return decrypt_to_with_digests(path, passphrase, target, progress, cancelled)[0]


def decrypt_to_with_digests(path: Path, passphrase: str, target: Path,
                            progress: Progress | None = None,
                            cancelled: Cancelled | None = None) -> tuple[Path, Digests]:
    """decrypt_to, also returning the digests of the one read of `path`."""
    path, target = Path(path), Path(target)
    temp = target.with_name(f".{target.name}.tmp")
    try:
        digests = decrypt_into(path, passphrase, temp, progress, cancelled)
        os.replace(temp, target)
    except OSError as exc:
        _unlink(temp)
        raise StorageError(f"Berkas '{target}' tidak dapat ditulis: {os_reason(exc)}.") from exc
    except BaseException:
        _unlink(temp)
        raise
    return target, digests


def _unlink(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
