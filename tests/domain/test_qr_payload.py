"""The signed QR text: written compactly, read back exactly, one spelling only, older texts
still recognised."""

from __future__ import annotations

import base64
from datetime import date

import pytest

from kinerja_desktop.domain import qr_payload
from kinerja_desktop.domain.document_parts import Stamp
from kinerja_desktop.domain.qr_payload import QrPayload, QrTextError

HASH = "9f" * 32
SIGNATURE = bytes(range(64))


def payload(**changes) -> QrPayload:
    fields = {"code": "K7Q2-9XPM", "kind": "evaluasi", "content_hash": HASH,
              "key_id": "OEY6FOPE", "printed_on": date(2019, 9, 21),
              "summary": qr_payload.summary_text("Anas Dwisatya", "Cukup (85,33)")}
    fields.update(changes)
    return QrPayload(**fields)


def test_the_text_reads_back_as_written_and_stays_short():
    text = qr_payload.encode(payload(), SIGNATURE)
    assert text.startswith("KINERJA2:K7Q2-9XPM:E:20190921:OEY6FOPE:")
    assert ":Anas Dwisatya - Cukup (85,33):" in text
    read = qr_payload.parse(text)
    assert read.payload == payload() and read.signature == SIGNATURE
    # The signature covers everything before its own colon, prefix included.
    assert text == f"{read.payload.signed_text()}:{text.rsplit(':', 1)[1]}"
    assert read.payload.message() == text.rsplit(":", 1)[0].encode("ascii")
    # The longest summary keeps the text near 200 characters (the footer's QR is sized so).
    longest = qr_payload.encode(payload(summary="x" * qr_payload.MAX_SUMMARY), SIGNATURE)
    assert len(longest) <= 215 and len(text) <= 200


def test_every_kind_has_its_letter_and_an_unknown_kind_is_written_out():
    for kind, letter in qr_payload.KIND_LETTERS.items():
        text = qr_payload.encode(payload(kind=kind), SIGNATURE)
        assert text.split(":")[2] == letter
        assert qr_payload.parse(text).payload.kind == kind
    text = qr_payload.encode(payload(kind="surat_tugas"), SIGNATURE)
    assert qr_payload.parse(text).payload.kind == "surat_tugas"


def test_a_summary_with_a_colon_or_accents_reads_back():
    summary = qr_payload.summary_text("José Ñúñez", "Baik: 90")
    assert summary == "Jose Nunez - Baik: 90"
    text = qr_payload.encode(payload(summary=summary), SIGNATURE)
    assert qr_payload.parse(text).payload.summary == summary


def test_the_summary_is_one_short_ascii_line():
    assert qr_payload.summary_text("Jajang  KH\n", "", "  ") == "Jajang KH"
    assert qr_payload.summary_text("Hj. Ratu Tatu — Chasanah’s") == "Hj. Ratu Tatu - Chasanah's"
    long = qr_payload.summary_text("Dr. H. Muhammad Abdurrahman Wahid Kusumanegara", "Baik")
    assert len(long) == qr_payload.MAX_SUMMARY and long.endswith("...") and long.isascii()
    with pytest.raises(ValueError, match="summary"):
        qr_payload.encode(payload(summary="José"), SIGNATURE)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@pytest.mark.parametrize("change, reason", [
    (lambda t: t[:-1], "tanda tangan"),  # cut short
    (lambda t: t.rsplit(":", 1)[0], "tidak lengkap"),
    (lambda t: t.replace("K7Q2-9XPM", "K7Q29XPM"), "XXXX-XXXX"),
    (lambda t: t.replace(":E:", ":Z:"), "jenis"),
    (lambda t: t.replace("20190921", "20190231"), "kalender"),
    (lambda t: t.replace("OEY6FOPE", "OEY6FOP1"), "id kunci"),
    (lambda t: t.replace("Anas", "Anás"), "ASCII"),
    (lambda t: t.replace("Anas", "An\tas"), "ringkasan"),
    (lambda t: t.replace(_b64(bytes.fromhex(HASH)), _b64(bytes.fromhex(HASH))[:-1] + "+"),
     "sidik isi"),
])
def test_a_text_that_is_not_well_formed_says_which_part(change, reason):
    with pytest.raises(QrTextError, match=reason):
        qr_payload.parse(change(qr_payload.encode(payload(), SIGNATURE)))


def test_base64_has_one_spelling_only():
    """The last base64url letter of the hash holds 2 unused bits (of the signature, 4): a
    second spelling of the same bytes would slip past a signature over the decoded bytes."""
    text = qr_payload.encode(payload(), SIGNATURE)
    hash_text = text.split(":")[5]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    same_bytes = [c for c in alphabet if c != hash_text[-1] and base64.urlsafe_b64decode(
        hash_text[:-1] + c + "=") == base64.urlsafe_b64decode(hash_text + "=")]
    assert same_bytes  # such spellings exist …
    for c in same_bytes:  # … and are refused
        with pytest.raises(QrTextError, match="tidak utuh"):
            qr_payload.parse(text.replace(hash_text, hash_text[:-1] + c))


def test_older_texts_are_still_recognised():
    assert qr_payload.parse_legacy("KINERJA:K7Q2-9XPM:0123456789abcdef") == (
        "K7Q2-9XPM", "0123456789abcdef")
    assert qr_payload.parse_legacy(qr_payload.encode(payload(), SIGNATURE)) is None
    assert not qr_payload.is_signed_text("KINERJA:K7Q2-9XPM:0123456789abcdef")
    # A stamp without a signed text prints the older text (documents printed before).
    assert Stamp("u", "K7Q2-9XPM", HASH).qr_text == f"KINERJA:K7Q2-9XPM:{HASH[:16]}"
    assert Stamp("u", "K7Q2-9XPM", HASH, "KINERJA2:…").qr_text == "KINERJA2:…"
