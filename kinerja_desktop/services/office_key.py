"""The office's own Ed25519 key, which signs the QR code of every printed document, and the
public keys of other offices this database trusts, so that a printout is checked offline.

    ensure(db)                       # the office key, made once (first run, or the first print)
    sign(db, payload) -> str         # the signed QR text (domain/qr_payload.py)
    keys_for(db, key_id)             # the known keys with that id: ours and the imported ones
    export_public(db, path)          # a small .kinerja-kunci file another office imports
    import_public(db, path)          # a file from another office, checked; nothing on refusal

The private key stays in this database (the setting OFFICE_KEY: a backup carries it, a merge
does not). What a signature proves, and what it does not, is in docs/documents.md ("Kode yang
dapat diperiksa kantor mana pun"). cryptography is imported inside the functions: the window's
start pays nothing.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from kinerja_desktop.domain import qr_payload
from kinerja_desktop.domain.options import AGENCY, GOVERNMENT, OFFICE_KEY, TRUSTED_KEYS
from kinerja_desktop.domain.qr_payload import QrPayload, SignedQr
from kinerja_desktop.errors import InputFileError, KinerjaError, os_reason
from kinerja_desktop.services import settings as dataset
from kinerja_desktop.storage.database import Database

KEY_FILE_SUFFIX = ".kinerja-kunci"
FILE_FORMAT = "kinerja-kunci-kantor"
FILE_VERSION = 1
KEY_BYTES = 32
MAX_KEY_FILE_BYTES = 16 * 1024  # a key file is about 600 bytes
MAX_TRUSTED = 200
# A setting's value is at most 65,536 characters (storage/intake_rows.MAX_SETTING: a restore
# refuses a longer one), whatever the offices' names.
MAX_TRUSTED_TEXT = 60_000
MAX_OFFICE_NAME = 200
PRIVATE_KEY_STAND_IN = "(kunci privat: tidak dicatat di riwayat)"
FINGERPRINT_GROUPS = 8  # 8 groups of 4 base32 letters: 160 bits, read aloud in a minute


class KeyFileError(KinerjaError):
    """A key file that cannot be imported; the message says why, in Indonesian."""


@dataclass(frozen=True)
class OfficeKey:
    """An office's public key: ours, or one imported from another office."""

    key_id: str  # the first 8 letters of the fingerprint: the QR names the key by it
    office: str  # "Sekretariat Daerah, Pemerintah Kabupaten Serang"
    public_key: bytes  # raw Ed25519, 32 bytes
    own: bool = False
    imported_on: str = ""  # ISO date of the import (an imported key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def key_id(public_key: bytes) -> str:
    return _digest_letters(public_key)[:qr_payload.KEY_ID_LENGTH]


def fingerprint(public_key: bytes) -> str:
    """'ABCD 2345 …': SHA-256 of the key in base32 (no 0, 1, 8 or 9 to misread), in groups of
    four, for two offices to compare over the telephone. It begins with the key id."""
    letters = _digest_letters(public_key)
    return " ".join(letters[i:i + 4] for i in range(0, 4 * FINGERPRINT_GROUPS, 4))


def _digest_letters(public_key: bytes) -> str:
    return base64.b32encode(hashlib.sha256(public_key).digest()).decode("ascii")


# Our own key ---------------------------------------------------------------------------------
def ensure(db: Database) -> None:
    """Make this office's key if the database has none (or holds something that is not one:
    a key that cannot sign is replaced). Its own transaction, or the caller's."""
    with db.atomic():
        if len(dataset.get(db, OFFICE_KEY)) != KEY_BYTES:
            from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
            dataset.set(db, OFFICE_KEY, Ed25519PrivateKey.generate().private_bytes_raw())
            # The setting table's audit trigger copied the key into the history, which a
            # merge carries to other PCs: the history keeps that it was made, not the key.
            dataset.keep_out_of_history(db, OFFICE_KEY, PRIVATE_KEY_STAND_IN)


def _private(db: Database):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    ensure(db)
    return Ed25519PrivateKey.from_private_bytes(dataset.get(db, OFFICE_KEY))


def _own_public(db: Database) -> bytes | None:
    """Our public key, or None when this database has no key yet (checking makes none)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    raw = dataset.get(db, OFFICE_KEY)
    if len(raw) != KEY_BYTES:
        return None
    return Ed25519PrivateKey.from_private_bytes(raw).public_key().public_bytes_raw()


def office_name(db: Database) -> str:
    """The office as the letterhead names it: 'Sekretariat Daerah, Pemerintah Kabupaten …'."""
    return ", ".join(part for part in (dataset.get(db, AGENCY), dataset.get(db, GOVERNMENT))
                     if part)


def own_key(db: Database) -> OfficeKey:
    """This office's key (made now if there is none)."""
    ensure(db)
    public = _own_public(db)
    assert public is not None  # ensure made one
    return OfficeKey(key_id(public), office_name(db), public, own=True)


def sign(db: Database, payload: QrPayload) -> str:
    """The QR text of `payload` signed with this office's key (its id filled in)."""
    private = _private(db)
    payload = replace(payload, key_id=key_id(private.public_key().public_bytes_raw()))
    return qr_payload.encode(payload, private.sign(payload.message()))


# Keys known to this database -----------------------------------------------------------------
def trusted_keys(db: Database) -> list[OfficeKey]:
    """The other offices' keys imported here, in import order. An entry that is not a key (a
    hand-edited or damaged setting) is passed over, not trusted."""
    try:
        entries = json.loads(dataset.get(db, TRUSTED_KEYS) or "[]")
    except (ValueError, RecursionError):
        return []
    keys = []
    for entry in entries if isinstance(entries, list) else []:
        key = _entry_key(entry)
        if key is not None:
            keys.append(key)
    return keys


def _entry_key(entry: Any) -> OfficeKey | None:
    if not isinstance(entry, dict):
        return None
    office, text = entry.get("kantor"), entry.get("kunci")
    if not isinstance(office, str) or not isinstance(text, str):
        return None
    public = _strict_b64(text)
    if public is None or len(public) != KEY_BYTES:
        return None
    imported = entry.get("diimpor")
    return OfficeKey(key_id(public), office, public,
                     imported_on=imported if isinstance(imported, str) else "")


def known_keys(db: Database) -> list[OfficeKey]:
    """Ours (when this database has one) first, then the imported ones."""
    public = _own_public(db)
    own = [OfficeKey(key_id(public), office_name(db), public, own=True)] if public else []
    return own + trusted_keys(db)


def keys_for(db: Database, wanted: str) -> list[OfficeKey]:
    """The known keys with the id `wanted` (normally one; none: the office is not known)."""
    return [key for key in known_keys(db) if key.key_id == wanted]


def signature_holds(key: OfficeKey, signed: SignedQr) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    try:
        Ed25519PublicKey.from_public_bytes(key.public_key).verify(
            signed.signature, signed.payload.message())
    except (InvalidSignature, ValueError):
        return False
    return True


def signer_of(db: Database, signed: SignedQr) -> tuple[OfficeKey | None, bool]:
    """(the known key whose signature holds, True); (a known key of that id, False) when the
    signature does not hold; (None, False) when no key of that id is known here."""
    candidates = keys_for(db, signed.payload.key_id)
    for key in candidates:
        if signature_holds(key, signed):
            return key, True
    return (candidates[0] if candidates else None), False


# Exchanging public keys ----------------------------------------------------------------------
def export_public(db: Database, path: str | Path) -> OfficeKey:
    """Write this office's public key (with its name, id and fingerprint) to `path`, whole or
    not at all. The private key never leaves the database."""
    key = own_key(db)
    if not key.office:
        raise KinerjaError("Nama instansi belum diisi (Berkas → Pengaturan): kantor lain tidak "
                           "akan tahu kunci ini milik siapa. Isi dahulu, lalu ekspor lagi.")
    content = {
        "format": FILE_FORMAT,
        "versi": FILE_VERSION,
        "kantor": key.office,
        "id_kunci": key.key_id,
        "kunci_publik": base64.b64encode(key.public_key).decode("ascii"),
        "sidik_jari": key.fingerprint,
        "keterangan": "Kunci publik untuk memeriksa kode QR dokumen yang dicetak kantor ini "
                      "dengan Kinerja Desktop (Periksa Dokumen). Sebelum mengimpornya, "
                      "cocokkan sidik jarinya dengan kantor penerbit lewat telepon.",
    }
    _write_whole(Path(path), json.dumps(content, ensure_ascii=False, indent=2) + "\n")
    return key


def _write_whole(path: Path, text: str) -> None:
    if path.is_dir():
        raise InputFileError(f"'{path}' adalah folder; pilih nama berkas kunci, mis. "
                             f"kunci-kantor{KEY_FILE_SUFFIX}.")
    temp = None
    try:
        handle, temp = tempfile.mkstemp(prefix=".kinerja-", suffix=KEY_FILE_SUFFIX,
                                        dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
        os.replace(temp, path)
    except OSError as exc:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        raise InputFileError(f"Berkas kunci '{path}' tidak dapat ditulis: "
                             f"{os_reason(exc)}.") from exc


def read_key_file(path: str | Path) -> OfficeKey:
    """The key a .kinerja-kunci file holds, every part checked; KeyFileError saying what is
    wrong in the file (the file is only read)."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise KeyFileError(f"'{path}' adalah folder, bukan berkas kunci kantor.")
        if size > MAX_KEY_FILE_BYTES:
            grouped = f"{size:,}".replace(",", ".")
            raise KeyFileError(f"Berkas '{name}' terlalu besar ({grouped} bita) untuk berkas "
                               f"kunci kantor (paling besar 16 KB): bukan berkas kunci.")
        raw = path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"Berkas '{name}' tidak dapat dibaca: {os_reason(exc)}.") from exc
    not_ours = f"Berkas '{name}' bukan berkas kunci kantor Kinerja Desktop"
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise KeyFileError(f"{not_ours} (bukan teks UTF-8).") from exc
    except (ValueError, RecursionError) as exc:
        raise KeyFileError(f"{not_ours} (isinya bukan JSON yang utuh).") from exc
    if not isinstance(data, dict) or data.get("format") != FILE_FORMAT:
        raise KeyFileError(f"{not_ours} (tidak ada tanda \"format\": \"{FILE_FORMAT}\").")
    if data.get("versi") != FILE_VERSION:
        raise KeyFileError(f"Berkas '{name}' memakai versi berkas kunci {data.get('versi')!r} "
                           f"yang belum dikenal aplikasi ini; perbarui Kinerja Desktop.")
    office = data.get("kantor")
    if not isinstance(office, str) or not office.strip():
        raise KeyFileError(f"Berkas '{name}' tidak menyebut nama kantor pemilik kunci.")
    office = " ".join(office.split())
    if len(office) > MAX_OFFICE_NAME or not office.isprintable():
        raise KeyFileError(f"Nama kantor di berkas '{name}' terlalu panjang atau memuat tanda "
                           f"yang tidak sah.")
    text = data.get("kunci_publik")
    public = _strict_b64(text) if isinstance(text, str) else None
    if public is None:
        raise KeyFileError(f"Kunci publik di berkas '{name}' tidak ada atau bukan base64.")
    if len(public) != KEY_BYTES:
        raise KeyFileError(f"Kunci publik di berkas '{name}' panjangnya {len(public)} bita, "
                           f"seharusnya {KEY_BYTES} (kunci Ed25519): berkas rusak atau bukan "
                           f"kunci kantor.")
    found = OfficeKey(key_id(public), office, public)
    stated_id, stated_print = data.get("id_kunci"), data.get("sidik_jari")
    if stated_id is not None and stated_id != found.key_id or (
            stated_print is not None
            and "".join(str(stated_print).split()) != "".join(found.fingerprint.split())):
        raise KeyFileError(f"Id atau sidik jari di berkas '{name}' tidak cocok dengan kunci "
                           f"publiknya: berkas rusak atau telah diubah. Minta berkasnya lagi.")
    return found


def import_public(db: Database, path: str | Path) -> tuple[OfficeKey, bool]:
    """Trust another office's public key from its file: (the key, True) when added, (the key
    already known, False) when it was known. Refused, changing nothing: a file that is not a
    key, our own key, or a key whose id another known key already has."""
    key = read_key_file(path)
    with db.atomic():
        own = _own_public(db)
        if own == key.public_key:
            raise KeyFileError("Berkas ini berisi kunci kantor Anda sendiri; kunci itu sudah "
                               "dipakai untuk memeriksa dokumen kantor ini.")
        if own is not None and key_id(own) == key.key_id:
            raise KeyFileError(f"Id kunci {key.key_id} sama dengan id kunci kantor Anda, "
                               f"tetapi kuncinya lain: berkas ditolak.")
        known = trusted_keys(db)
        for other in known:
            if other.public_key == key.public_key:
                if other.office != key.office:
                    raise KeyFileError(
                        f"Kunci ini sudah dikenal sebagai milik {other.office}, sedangkan "
                        f"berkasnya menyebut {key.office}. Bila kantor itu berganti nama, "
                        f"hapus kunci lamanya dahulu, lalu impor lagi.")
                return other, False
            if other.key_id == key.key_id:
                raise KeyFileError(
                    f"Id kunci {key.key_id} sudah dipakai kunci {other.office} yang lain "
                    f"isinya: berkas ditolak. Cocokkan sidik jarinya dengan kedua kantor.")
        if len(known) >= MAX_TRUSTED:
            raise KeyFileError(f"Sudah ada {len(known)} kunci kantor lain; hapus yang tidak "
                               f"dipakai lagi sebelum mengimpor yang baru.")
        added = replace(key, imported_on=date.today().isoformat())
        if len(_stored_text(known + [added])) > MAX_TRUSTED_TEXT:
            raise KeyFileError("Daftar kunci kantor lain sudah penuh; hapus yang tidak dipakai "
                               "lagi sebelum mengimpor yang baru.")
        _store(db, known + [added])
    return added, True


def remove_trusted(db: Database, wanted: str) -> OfficeKey:
    """Stop trusting an imported key (by its id); our own key cannot be removed."""
    wanted = wanted.strip().upper()
    with db.atomic():
        known = trusted_keys(db)
        removed = [key for key in known if key.key_id == wanted]
        if not removed:
            raise KinerjaError(f"Tidak ada kunci kantor lain dengan id {wanted} di basis data "
                               f"ini.")
        _store(db, [key for key in known if key.key_id != wanted])
    return removed[0]


def _stored_text(keys: list[OfficeKey]) -> str:
    return json.dumps(
        [{"id": k.key_id, "kantor": k.office,
          "kunci": base64.b64encode(k.public_key).decode("ascii"), "diimpor": k.imported_on}
         for k in keys], ensure_ascii=False, separators=(",", ":"))


def _store(db: Database, keys: list[OfficeKey]) -> None:
    dataset.set(db, TRUSTED_KEYS, _stored_text(keys))


def _strict_b64(text: str) -> bytes | None:
    """Standard base64 written in its one canonical spelling, else None."""
    try:
        data = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if base64.b64encode(data).decode("ascii") == text.strip() else None
