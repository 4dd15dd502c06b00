"""The text of a printed document's QR code: what it carries, written compactly and read back
strictly. Pure: signing and checking the signature are services/office_key's.

A signed QR text (since issue 18), about 200 characters:

    KINERJA2:K7Q2-9XPM:E:20190921:ABCD2345:<hash>:<summary>:<signature>

the document's code, its kind (one letter), the print date, the id of the office key that
signed it, the full SHA-256 of its content (base64url, 43 characters), a short summary of what
the paper shows (ASCII, at most MAX_SUMMARY characters) and the Ed25519 signature (base64url,
86 characters) over everything before the last colon. Signing the text itself means that any
changed character in it breaks the signature; the base64url parts must be written exactly as
encode writes them (no second spelling of the same bytes is accepted).

The older text "KINERJA:K7Q2-9XPM:0123456789abcdef" (code and the hash's first 16 hex digits,
before issue 18) is still read: printouts carrying it exist.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

PREFIX = "KINERJA2"
LEGACY_PREFIX = "KINERJA"
# One letter per document kind keeps the text short; a kind without a letter is written out.
KIND_LETTERS = {"evaluasi": "E", "kesepakatan": "K", "serah_terima": "S", "memori": "M"}
KINDS_BY_LETTER = {letter: kind for kind, letter in KIND_LETTERS.items()}
MAX_SUMMARY = 40
HASH_BYTES = 32
SIGNATURE_BYTES = 64
KEY_ID_LENGTH = 8

_CODE = re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}")
_KIND = re.compile(r"[A-Z]|[a-z_]{2,20}")
_KEY_ID = re.compile(rf"[A-Z2-7]{{{KEY_ID_LENGTH}}}")
_DAY = re.compile(r"\d{8}")
_LEGACY = re.compile(r"KINERJA:([A-Z0-9-]+):(?:[0-9a-f-]{36}:)?([0-9a-f]{16})")
# Letters some names carry that NFKD does not take apart into a base letter.
_ASCII_STAND_INS = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O",
                                  "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "‘": "'", "’": "'",
                                  "“": '"', "”": '"', "–": "-", "—": "-", "→": ">",
                                  "·": "-", "…": "..."})


class QrTextError(ValueError):
    """A QR text that is not a well-formed signed text; the message says what, in Indonesian."""


@dataclass(frozen=True)
class QrPayload:
    """What the office signs for one printed document."""

    code: str  # "K7Q2-9XPM"
    kind: str  # "evaluasi", "kesepakatan", "serah_terima", "memori"
    content_hash: str  # SHA-256 hex (64 digits) of the document's canonical content
    key_id: str  # the signing office key's id (8 base32 letters)
    printed_on: date
    summary: str  # what the paper shows: "Anas Dwisatya - Cukup (85,33)"

    def signed_text(self) -> str:
        """The QR text without its signature: exactly what the signature covers."""
        digest = bytes.fromhex(self.content_hash)
        return ":".join((PREFIX, self.code, KIND_LETTERS.get(self.kind, self.kind),
                         self.printed_on.strftime("%Y%m%d"), self.key_id, _b64(digest),
                         self.summary))

    def message(self) -> bytes:
        return self.signed_text().encode("ascii")


@dataclass(frozen=True)
class SignedQr:
    """A signed QR text read back: the payload and its signature (not yet checked)."""

    payload: QrPayload
    signature: bytes


def encode(payload: QrPayload, signature: bytes) -> str:
    """The full QR text of a signed payload."""
    if len(signature) != SIGNATURE_BYTES:
        raise ValueError("an Ed25519 signature has 64 bytes")
    check_payload(payload)
    return f"{payload.signed_text()}:{_b64(signature)}"


def check_payload(payload: QrPayload) -> None:
    """ValueError when a payload could not be read back exactly as written."""
    if not _CODE.fullmatch(payload.code):
        raise ValueError(f"code {payload.code!r} is not 'XXXX-XXXX'")
    if payload.kind not in KIND_LETTERS and not re.fullmatch(r"[a-z_]{2,20}", payload.kind):
        raise ValueError(f"kind {payload.kind!r}")
    if not _KEY_ID.fullmatch(payload.key_id):
        raise ValueError(f"key id {payload.key_id!r}")
    if not re.fullmatch(r"[0-9a-f]{64}", payload.content_hash):
        raise ValueError("the content hash is 64 lowercase hex digits")
    if payload.summary != summary_text(payload.summary):
        raise ValueError(f"summary {payload.summary!r} is not clean (use summary_text)")


def is_signed_text(text: str) -> bool:
    return text.strip().startswith(PREFIX + ":")


def parse(text: str) -> SignedQr:
    """Read a signed QR text; QrTextError naming the part that is wrong."""
    text = text.strip()
    if not is_signed_text(text):
        raise QrTextError("teks ini bukan isi kode QR dokumen Kinerja Desktop")
    if not text.isascii():
        raise QrTextError("ada huruf di luar ASCII, padahal kode QR hanya memuat ASCII")
    body, _colon, signature_text = text.rpartition(":")
    parts = body.split(":", 6)
    if len(parts) != 7:
        raise QrTextError("bagiannya tidak lengkap (mungkin terpotong saat dipindai)")
    _prefix, code, kind, day, key_id, hash_text, summary = parts
    if not _CODE.fullmatch(code):
        raise QrTextError(f"kode dokumen '{code}' tidak berbentuk XXXX-XXXX")
    if not _KIND.fullmatch(kind) or (len(kind) == 1 and kind not in KINDS_BY_LETTER):
        raise QrTextError(f"jenis dokumen '{kind}' tidak dikenal")
    if not _DAY.fullmatch(day):
        raise QrTextError(f"tanggal cetak '{day}' tidak berbentuk TTTTBBHH")
    try:
        printed_on = date(int(day[:4]), int(day[4:6]), int(day[6:]))
    except ValueError as exc:
        raise QrTextError(f"tanggal cetak '{day}' tidak ada di kalender") from exc
    if not _KEY_ID.fullmatch(key_id):
        raise QrTextError(f"id kunci kantor '{key_id}' tidak berbentuk 8 huruf/angka base32")
    digest = _unb64(hash_text, HASH_BYTES, "sidik isi dokumen")
    if summary != summary_text(summary):
        raise QrTextError("ringkasan isi dokumen memuat tanda yang tidak sah")
    signature = _unb64(signature_text, SIGNATURE_BYTES, "tanda tangan kantor")
    payload = QrPayload(code, KINDS_BY_LETTER.get(kind, kind), digest.hex(), key_id,
                        printed_on, summary)
    return SignedQr(payload, signature)


def legacy_text(code: str, content_hash: str) -> str:
    """The unsigned QR text printed before issue 18 (still printed when no key signs)."""
    return f"{LEGACY_PREFIX}:{code}:{content_hash[:16]}"


def parse_legacy(text: str) -> tuple[str, str] | None:
    """(code, first 16 hex digits of the hash) of an unsigned QR text, or None."""
    found = _LEGACY.fullmatch(text.strip())
    return (found.group(1), found.group(2)) if found else None


def summary_text(*parts: str) -> str:
    """The summary as the QR carries it: the parts (empty ones left out) joined by ' - ', in
    plain ASCII (accents dropped: a scanner that types into a text box may not keep them),
    one line, at most MAX_SUMMARY characters."""
    joined = " - ".join(" ".join(p.split()) for p in parts if p and p.strip())
    folded = unicodedata.normalize("NFKD", joined.translate(_ASCII_STAND_INS))
    ascii_text = "".join(ch for ch in folded
                         if ch.isascii() and (ch.isprintable() or ch == " ")
                         and not unicodedata.combining(ch))
    text = " ".join(ascii_text.split())
    if len(text) > MAX_SUMMARY:
        text = text[:MAX_SUMMARY - 3].rstrip() + "..."
    return text


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str, size: int, what: str) -> bytes:
    """Exactly `size` bytes written exactly as _b64 writes them (one spelling only)."""
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise QrTextError(f"{what} bukan base64url") from exc
    if len(data) != size or _b64(data) != text:
        raise QrTextError(f"{what} tidak utuh (panjang atau penulisannya salah)")
    return data
