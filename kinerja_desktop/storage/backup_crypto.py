"""Encrypted backup files: AES-256-GCM with a key from the passphrase by scrypt. No Qt.

File format (all integers big-endian):

    magic   8 bytes   b"KNJDENC1"
    salt   16 bytes   scrypt salt (random per file); n=2**15, r=8, p=1, 32-byte key
    nonce  12 bytes   random per file
    chunks            the plaintext in chunks of CHUNK bytes (the last one shorter, possibly
                      empty), each encrypted on its own: ciphertext followed by its 16-byte tag

Chunked so that a 100 MB database never has to sit in memory whole. Chunk i uses the nonce
with i XOR-ed into its last 8 bytes, and authenticates (as associated data) the 36-byte header,
its index and whether it is the last chunk; so chunks cannot be reordered, dropped or the
file cut at a chunk boundary without the tag failing.
"""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path
from collections.abc import Callable, Iterator

from kinerja_desktop.errors import (DiskFullError, OperationCancelled, StorageError,
                                    WrongPassphraseError, os_reason)

MAGIC = b"KNJDENC1"
SALT_SIZE = 16
NONCE_SIZE = 12
TAG_SIZE = 16
HEADER_SIZE = len(MAGIC) + SALT_SIZE + NONCE_SIZE
CHUNK = 1 << 20  # plaintext bytes per chunk
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 15, 8, 1

WRONG_PASSPHRASE = "Kata sandi cadangan salah."

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)


class DamagedEncryptedFile(StorageError):
    """The encrypted file is cut short or altered after its first chunk."""


def derive_key(passphrase: str, salt: bytes) -> bytes:
    # cryptography is imported where it is used: the app's start (status bar, last backup)
    # imports this module and should not pay for loading OpenSSL bindings.
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(
        passphrase.encode("utf-8"))


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
    salt, base = os.urandom(SALT_SIZE), os.urandom(NONCE_SIZE)
    header = MAGIC + salt + base
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    cipher = AESGCM(derive_key(passphrase, salt))
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
    yielded. WrongPassphraseError when the first chunk fails (a wrong passphrase, or a file
    altered in its first megabyte: the two cannot be told apart), DamagedEncryptedFile when
    a later one does or the file is cut short; StorageError when the file cannot be read."""
    name = Path(path).name
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise StorageError(f"Berkas '{name}' tidak dapat dibaca: {os_reason(exc)}.") from exc
    with handle:
        try:
            header = handle.read(HEADER_SIZE)
            if len(header) < HEADER_SIZE or not header.startswith(MAGIC):
                raise DamagedEncryptedFile(f"Berkas '{name}' bukan cadangan terenkripsi Kinerja "
                                           f"Desktop, atau kepalanya terpotong.")
            salt, base = header[len(MAGIC):len(MAGIC) + SALT_SIZE], header[-NONCE_SIZE:]
            from cryptography.exceptions import InvalidTag
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM
            cipher = AESGCM(derive_key(passphrase, salt))
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
                    if index == 0 and not last:
                        raise WrongPassphraseError(WRONG_PASSPHRASE) from None
                    if index == 0:
                        # One chunk only: the tag also fails for a file cut short.
                        raise WrongPassphraseError(WRONG_PASSPHRASE + " (Atau berkasnya rusak "
                                                   "atau terpotong.)") from None
                    raise DamagedEncryptedFile(
                        f"Berkas '{name}' rusak atau terpotong: bagian ke-{index + 1} tidak lolos "
                        f"pemeriksaan keaslian.") from None
                yield plain
                if last:
                    return
                block, index = following, index + 1
        except OSError as exc:
            raise StorageError(f"Berkas '{name}' tidak dapat dibaca: {os_reason(exc)}.") from exc


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
