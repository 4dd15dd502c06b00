"""Issue 17: a wrong passphrase and a damaged encrypted file get different words.

Files since version 2 carry a key check and a digest of their header (version 3, issue 19,
also its chunk size: see tests/services/test_backup_stream.py, where a version 2 file written
by that release, tests/fixtures/encrypted-v2.kinerja.enc, is verified and restored); version 1
files (written by the release before: tests/fixtures/encrypted-v1*.enc, made with that
release's code) still decrypt, and a failing first part there is reported as "wrong
passphrase or damaged"."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kinerja_desktop.errors import StorageError, WrongPassphraseError
from kinerja_desktop.services.restore import passphrase_opens
from kinerja_desktop.storage import backup_crypto
from kinerja_desktop.storage.backup_crypto import DamagedEncryptedFile
from kinerja_desktop.storage.backup_io import verify_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
V1 = FIXTURES / "encrypted-v1.kinerja.enc"  # schema-v1.kinerja, one chunk
V1_CHUNKED = FIXTURES / "encrypted-v1-chunk4096.bin.enc"  # 20000 bytes in chunks of 4096
PASSPHRASE = "rahasia kantor"
PLAIN_V1 = FIXTURES / "schema-v1.kinerja"
CHUNKED_SHA256 = "21a404c2682dee91f866a4ffa64925d099ac11b784cfea7ef4024206546017bd"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def changed(source: Path, target: Path, offset: int) -> Path:
    data = bytearray(source.read_bytes())
    data[offset] ^= 0x01
    target.write_bytes(bytes(data))
    return target


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(backup_crypto, "CHUNK", 4096)


@pytest.fixture
def encrypted(tmp_path, small_chunks) -> Path:
    """A file of the current version (3) of several chunks."""
    source = tmp_path / "plain.bin"
    source.write_bytes(bytes(range(256)) * 60)  # 15360 bytes: 4 chunks
    target = tmp_path / "baru.kinerja.enc"
    backup_crypto.encrypt_file(source, target, PASSPHRASE)
    return target


# The previous release's files ------------------------------------------------------------------

def test_previous_release_backups_still_decrypt(tmp_path, monkeypatch):
    assert V1.read_bytes().startswith(backup_crypto.MAGIC_V1)
    assert backup_crypto.is_encrypted(V1)
    assert backup_crypto.decrypted_sha256(V1, PASSPHRASE) == sha256(PLAIN_V1)
    restored = backup_crypto.decrypt_to(V1, PASSPHRASE, tmp_path / "pulih.kinerja")
    assert restored.read_bytes() == PLAIN_V1.read_bytes()
    monkeypatch.setattr(backup_crypto, "CHUNK", 4096)
    assert backup_crypto.decrypted_sha256(V1_CHUNKED, PASSPHRASE) == CHUNKED_SHA256


def test_previous_release_backup_and_its_first_part_say_both(tmp_path, small_chunks):
    """Without a key check the two cannot be told apart: both are named."""
    with pytest.raises(WrongPassphraseError) as wrong:
        backup_crypto.decrypted_sha256(V1_CHUNKED, "salah")
    assert str(wrong.value) == backup_crypto.WRONG_PASSPHRASE_OR_DAMAGED
    assert "salah" in str(wrong.value) and "rusak" in str(wrong.value)
    damaged = changed(V1_CHUNKED, tmp_path / "rusak.enc", backup_crypto.HEADER_SIZE_V1 + 5)
    with pytest.raises(WrongPassphraseError, match="atau berkasnya rusak"):
        backup_crypto.decrypted_sha256(damaged, PASSPHRASE)
    later = changed(V1_CHUNKED, tmp_path / "rusak2.enc",
                    backup_crypto.HEADER_SIZE_V1 + 4096 + backup_crypto.TAG_SIZE + 5)
    with pytest.raises(DamagedEncryptedFile, match="bagian ke-2"):
        backup_crypto.decrypted_sha256(later, PASSPHRASE)


def test_previous_release_backup_verified_with_the_wrong_passphrase(tmp_path):
    report = verify_file(V1, "salah")
    assert not report.ok and report.wrong_passphrase


# Versions 2 and 3 ---------------------------------------------------------------------------

def test_new_files_carry_the_key_check_and_round_trip(encrypted, tmp_path):
    data = encrypted.read_bytes()
    assert data.startswith(backup_crypto.MAGIC_V3)
    assert backup_crypto.is_encrypted(encrypted)
    plain = backup_crypto.decrypt_bytes(encrypted, PASSPHRASE)
    assert plain == bytes(range(256)) * 60


def test_a_wrong_passphrase_is_told_by_the_key_check(encrypted):
    with pytest.raises(WrongPassphraseError) as wrong:
        next(backup_crypto.decrypt_chunks(encrypted, "salah"))
    assert str(wrong.value) == backup_crypto.WRONG_PASSPHRASE  # no "or damaged"
    assert not passphrase_opens(encrypted, "salah")
    assert passphrase_opens(encrypted, PASSPHRASE)


def test_a_damaged_first_chunk_is_damage_not_a_wrong_passphrase(encrypted, tmp_path):
    damaged = changed(encrypted, tmp_path / "rusak.kinerja.enc", backup_crypto.HEADER_SIZE + 5)
    with pytest.raises(DamagedEncryptedFile) as error:
        backup_crypto.decrypt_bytes(damaged, PASSPHRASE)
    assert "rusak" in str(error.value) and "bagian ke-1" in str(error.value)
    assert "kata sandinya benar" in str(error.value)
    assert not isinstance(error.value, WrongPassphraseError)
    assert passphrase_opens(damaged, PASSPHRASE)  # the passphrase is not asked again
    report = verify_file(damaged, PASSPHRASE)
    assert not report.ok and not report.wrong_passphrase
    assert any("rusak" in p for p in report.problems)


def test_a_file_cut_inside_its_only_chunk_is_damage(tmp_path):
    source = tmp_path / "plain.bin"
    source.write_bytes(b"x" * 1000)
    target = tmp_path / "satu.enc"
    backup_crypto.encrypt_file(source, target, PASSPHRASE)
    cut = tmp_path / "terpotong.enc"
    cut.write_bytes(target.read_bytes()[:-100])
    with pytest.raises(DamagedEncryptedFile, match="rusak atau terpotong"):
        backup_crypto.decrypt_bytes(cut, PASSPHRASE)


@pytest.mark.parametrize("offset, where", [
    (10, "salt"), (8 + 16 + 3, "nonce"), (8 + 16 + 12 + 2, "key check"),
    (backup_crypto.HEADER_SIZE - 1, "digest")])
def test_a_damaged_header_is_a_damaged_file(encrypted, tmp_path, offset, where):
    damaged = changed(encrypted, tmp_path / "kepala.enc", offset)
    with pytest.raises(DamagedEncryptedFile, match="rusak: kepalanya berubah"):
        backup_crypto.decrypt_bytes(damaged, PASSPHRASE)
    with pytest.raises(DamagedEncryptedFile):  # whatever the passphrase
        backup_crypto.decrypt_bytes(damaged, "salah")


@pytest.mark.parametrize("size", [7, 8, 20, backup_crypto.HEADER_SIZE_V1,
                                  backup_crypto.HEADER_SIZE - 1])
def test_a_header_cut_short_is_a_damaged_file(encrypted, tmp_path, size):
    cut = tmp_path / "pendek.enc"
    cut.write_bytes(encrypted.read_bytes()[:size])
    with pytest.raises(StorageError) as error:
        backup_crypto.decrypt_bytes(cut, PASSPHRASE)
    assert not isinstance(error.value, WrongPassphraseError)


def test_an_unknown_version_is_refused_plainly(encrypted, tmp_path):
    other = tmp_path / "lain.enc"
    other.write_bytes(backup_crypto.MAGIC + b"9" + b"\xff" * 100_000)
    with pytest.raises(DamagedEncryptedFile, match="versi aplikasi yang lebih baru"):
        backup_crypto.decrypt_bytes(other, PASSPHRASE)


def test_just_the_header_and_no_chunk(encrypted, tmp_path):
    head = tmp_path / "kepala-saja.enc"
    head.write_bytes(encrypted.read_bytes()[:backup_crypto.HEADER_SIZE])
    with pytest.raises(DamagedEncryptedFile, match="terpotong"):
        backup_crypto.decrypt_bytes(head, PASSPHRASE)
