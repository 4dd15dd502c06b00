"""Encrypted backup files: AES-256-GCM with a key from the passphrase by scrypt. No Qt.

File format (all integers big-endian), version 2 (written since issue 17):

    magic   8 bytes   b"KNJDENC2"
    salt   16 bytes   scrypt salt (random per file); n=2**15, r=8, p=1, 64 bytes derived:
                      the first 32 are the AES-256-GCM key, the next 16 the key check
    nonce  12 bytes   random per file
    check  16 bytes   the key check: a wrong passphrase is told before any chunk is read
    digest 16 bytes   SHA-256 of the 52 bytes above, cut to 16: a damaged header is told
                      apart from a wrong passphrase (a changed salt would fail the check)
    chunks            the plaintext in chunks of CHUNK bytes (the last one shorter, possibly
                      empty), each encrypted on its own: ciphertext followed by its 16-byte tag

So a chunk whose tag fails in a version 2 file is damage, never a wrong passphrase. Version 1
(b"KNJDENC1", written by earlier releases, still read) has only magic, salt (a 32-byte key),
nonce and chunks: there a first chunk that fails may be either, and is reported as both.

Chunked so that a 100 MB database never has to sit in memory whole. Chunk i uses the nonce
with i XOR-ed into its last 8 bytes, and authenticates (as associated data) the whole header
(36 bytes in version 1, 68 in version 2), its index and whether it is the last chunk; so chunks
cannot be reordered, dropped or the file cut at a chunk boundary without the tag failing.
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import os
from pathlib import Path
from collections.abc import Callable, Iterator
from typing import BinaryIO

from kinerja_desktop.errors import (DiskFullError, OperationCancelled, StorageError,
                                    WrongPassphraseError, os_reason)

MAGIC = b"KNJDENC"  # every version's first bytes; the eighth is the version
MAGIC_V1, MAGIC_V2 = MAGIC + b"1", MAGIC + b"2"
SALT_SIZE = 16
NONCE_SIZE = 12
TAG_SIZE = 16
CHECK_SIZE = 16   # the key check (version 2)
DIGEST_SIZE = 16  # the header's own digest (version 2)
HEADER_SIZE_V1 = len(MAGIC_V1) + SALT_SIZE + NONCE_SIZE
HEADER_SIZE = HEADER_SIZE_V1 + CHECK_SIZE + DIGEST_SIZE  # what encrypt_file writes
CHUNK = 1 << 20  # plaintext bytes per chunk
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 15, 8, 1

WRONG_PASSPHRASE = "Kata sandi cadangan salah."
# A version 1 file whose first part fails: the passphrase, or damage there, cannot be told.
WRONG_PASSPHRASE_OR_DAMAGED = "Kata sandi cadangan salah, atau berkasnya rusak atau terpotong."

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)


class DamagedEncryptedFile(StorageError):
    """The encrypted file is cut short or altered after its first chunk."""


def derive_key(passphrase: str, salt: bytes) -> bytes:
    # cryptography is imported where it is used: the app's start (status bar, last backup)
    # imports this module and should not pay for loading OpenSSL bindings.
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(
        passphrase.encode("utf-8"))


def _derive_v2(passphrase: str, salt: bytes) -> tuple[bytes, bytes]:
    """Version 2: (the AES key, the key check), both from one scrypt run."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
    derived = Scrypt(salt=salt, length=32 + CHECK_SIZE, n=SCRYPT_N, r=SCRYPT_R,
                     p=SCRYPT_P).derive(passphrase.encode("utf-8"))
    return derived[:32], derived[32:]


def _header_digest(head: bytes) -> bytes:
    return hashlib.sha256(head).digest()[:DIGEST_SIZE]


def new_header(passphrase: str) -> tuple[bytes, bytes]:
    """A fresh version 2 header (random salt and nonce) and the key it goes with."""
    salt, base = os.urandom(SALT_SIZE), os.urandom(NONCE_SIZE)
    key, check = _derive_v2(passphrase, salt)
    head = MAGIC_V2 + salt + base + check
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


def encrypt_file(source: Path, target: Path, passphrase: str, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> str:
    """Encrypt `source` into `target` (created or overwritten, fsynced); return the SHA-256 of
    the PLAINTEXT read, so the caller can check a decryption against it.

    OSError and OperationCancelled propagate; the caller removes `target` on failure."""
    header, key = new_header(passphrase)
    base = _base_nonce(header)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    cipher = AESGCM(key)
    total = source.stat().st_size
    digest = hashlib.sha256()
    done = 0
    with open(source, "rb") as src, open(target, "wb") as out:
        out.write(header)
        index = 0
        chunk = src.read(CHUNK)
        while True:
            if cancelled is not None and cancelled():
                raise OperationCancelled("Pencadangan dibatalkan; tidak ada berkas yang ditulis.")
            following = src.read(CHUNK) if len(chunk) == CHUNK else b""
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


def decrypt_chunks(path: Path, passphrase: str) -> Iterator[bytes]:
    """The plaintext of an encrypted file, chunk by chunk, each authenticated before it is
    yielded. A version 2 file: DamagedEncryptedFile when its header is damaged or cut short,
    WrongPassphraseError when the key check fails (before any chunk), DamagedEncryptedFile
    when any chunk fails or the file is cut short. A version 1 file has no key check: there
    WrongPassphraseError (WRONG_PASSPHRASE_OR_DAMAGED) when the first chunk fails, as a
    wrong passphrase and a first megabyte altered cannot be told apart. StorageError when
    the file cannot be read."""
    name = Path(path).name
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise StorageError(f"Berkas '{name}' tidak dapat dibaca: {os_reason(exc)}.") from exc
    with handle:
        try:
            header, key, checked = _read_header(handle, name, passphrase)
            base = _base_nonce(header)
            from cryptography.exceptions import InvalidTag
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM
            cipher = AESGCM(key)
            index = 0
            block = handle.read(CHUNK + TAG_SIZE)
            while True:
                if len(block) < TAG_SIZE:
                    raise DamagedEncryptedFile(f"Berkas '{name}' terpotong: bagian ke-{index + 1} "
                                               f"tidak lengkap.")
                following = handle.read(CHUNK + TAG_SIZE) if len(block) == CHUNK + TAG_SIZE \
                    else b""
                last = not following
                try:
                    plain = cipher.decrypt(_nonce(base, index), block, _aad(header, index, last))
                except InvalidTag:
                    if index == 0 and not checked:
                        # Version 1: a wrong key fails here as damage does.
                        raise WrongPassphraseError(WRONG_PASSPHRASE_OR_DAMAGED) from None
                    raise DamagedEncryptedFile(
                        f"Berkas '{name}' rusak atau terpotong: bagian ke-{index + 1} tidak lolos "
                        f"pemeriksaan keaslian"
                        + ("; kata sandinya benar." if checked else ".")) from None
                yield plain
                if last:
                    return
                block, index = following, index + 1
        except OSError as exc:
            raise StorageError(f"Berkas '{name}' tidak dapat dibaca: {os_reason(exc)}.") from exc


def _read_header(handle: BinaryIO, name: str, passphrase: str) -> tuple[bytes, bytes, bool]:
    """(the header, the AES key, whether the key check proved the passphrase right).
    DamagedEncryptedFile for a header cut short, damaged or of an unknown version;
    WrongPassphraseError when a version 2 key check fails. Reads a fixed number of bytes:
    nothing in a header says how much more to read."""
    magic = handle.read(len(MAGIC_V1))
    if magic == MAGIC_V1:
        header = magic + handle.read(HEADER_SIZE_V1 - len(magic))
        if len(header) < HEADER_SIZE_V1:
            raise DamagedEncryptedFile(f"Berkas '{name}' rusak: kepalanya terpotong.")
        return header, derive_key(passphrase, header[len(magic):len(magic) + SALT_SIZE]), False
    if magic == MAGIC_V2:
        header = magic + handle.read(HEADER_SIZE - len(magic))
        if len(header) < HEADER_SIZE:
            raise DamagedEncryptedFile(f"Berkas '{name}' rusak: kepalanya terpotong.")
        head, digest = header[:-DIGEST_SIZE], header[-DIGEST_SIZE:]
        if not hmac.compare_digest(_header_digest(head), digest):
            raise DamagedEncryptedFile(f"Berkas '{name}' rusak: kepalanya berubah, jadi kata "
                                       f"sandinya pun tidak dapat diperiksa.")
        key, check = _derive_v2(passphrase, head[len(magic):len(magic) + SALT_SIZE])
        if not hmac.compare_digest(check, head[-CHECK_SIZE:]):
            raise WrongPassphraseError(WRONG_PASSPHRASE)
        return header, key, True
    if len(magic) == len(MAGIC_V1) and magic.startswith(MAGIC):
        raise DamagedEncryptedFile(f"Berkas '{name}' dibuat oleh versi aplikasi yang lebih baru "
                                   f"(atau kepalanya rusak); perbarui Kinerja Desktop untuk "
                                   f"membukanya.")
    raise DamagedEncryptedFile(f"Berkas '{name}' bukan cadangan terenkripsi Kinerja Desktop, "
                               f"atau kepalanya terpotong.")


def decrypted_sha256(path: Path, passphrase: str) -> str:
    """Decrypt without writing anything; the SHA-256 of the plaintext."""
    digest = hashlib.sha256()
    for chunk in decrypt_chunks(path, passphrase):
        digest.update(chunk)
    return digest.hexdigest()


def decrypt_bytes(path: Path, passphrase: str) -> bytes:
    """The whole plaintext in memory (verification: no plaintext is ever written to disk)."""
    return b"".join(decrypt_chunks(path, passphrase))


def decrypt_to(path: Path, passphrase: str, target: Path) -> Path:
    """Decrypt `path` into `target` through `.<target>.tmp` beside it, fsynced, then renamed:
    `target` appears only when the whole file was authenticated. Returns `target`."""
    path, target = Path(path), Path(target)
    temp = target.with_name(f".{target.name}.tmp")
    try:
        with open(temp, "wb") as out:
            for chunk in decrypt_chunks(path, passphrase):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except OSError as exc:
        _unlink(temp)
        if exc.errno == errno.ENOSPC:
            raise DiskFullError(f"Disk penuh saat menulis '{target}'; kosongkan ruang lalu coba "
                                f"lagi.") from exc
        raise StorageError(f"Berkas '{target}' tidak dapat ditulis: {os_reason(exc)}.") from exc
    except BaseException:
        _unlink(temp)
        raise
    return target


def _unlink(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
