"""What a printed document holds, as plain data: the reports layer draws it, services build it.

Texts are final (already formatted the Indonesian way: dates, grouped NIPs, numbers with a
decimal comma) so that the reports layer only lays them out.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime

from kinerja_desktop.domain.agreement_document import AgreementSheet
from kinerja_desktop.domain.document_parts import (KOP_AGENCY, KOP_HEAD, Institution, Row,
                                                   Signer, Stamp)
from kinerja_desktop.domain.evaluation_document import EvaluationSheet
from kinerja_desktop.domain.handover_document import (HandoverMemo, HandoverMinutes,
                                                      HandoverSection)


# Verification codes: no 0/O, 1/I/L, so a code read off paper is typed back right.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
# The layout documents are printed with: 1 before the official forms (issue 18), 2 since. A
# copy printed with an older layout cannot be rebuilt to compare, so it is checked by its
# registry entry and signature only.
DOCUMENT_LAYOUT = 2
DOCUMENT_KINDS = {"evaluasi": "Lembar Evaluasi Kinerja",
                  "kesepakatan": "Perjanjian Kinerja",
                  "serah_terima": "Berita Acara Serah Terima Jabatan",
                  "memori": "Memori Serah Terima Jabatan"}


Document = EvaluationSheet | AgreementSheet | HandoverMinutes | HandoverMemo


# Images are not content: a rescanned signature or a new emblem file does not change a document.
IMAGE_FIELDS = ("signature_png", "emblem_png", "national_emblem_png")


def canonical(document: Document) -> str:
    """The content as sorted JSON without its stamp and images: what the stamp's hash covers."""
    data = asdict(document)
    data.pop("stamp", None)

    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items()
                    if k not in IMAGE_FIELDS}
        if isinstance(value, (list, tuple)):
            return [strip(v) for v in value]
        return value
    return json.dumps(strip(data), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_hash(document: Document) -> str:
    return hashlib.sha256(canonical(document).encode("utf-8")).hexdigest()


def make_code(number: int) -> str:
    """A short code from a number (a registry sequence or random): 8 symbols, 'XXXX-XXXX'."""
    symbols = []
    for _ in range(8):
        number, index = divmod(number, len(CODE_ALPHABET))
        symbols.append(CODE_ALPHABET[index])
    text = "".join(reversed(symbols))
    return f"{text[:4]}-{text[4:]}"


def normalise_code(text: str) -> str:
    """What a user types ('k7q2 9xpm', 'K7Q29XPM') in the printed form 'K7Q2-9XPM'."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return f"{cleaned[:4]}-{cleaned[4:]}" if len(cleaned) == 8 else cleaned


@dataclass
class DocumentRecord:
    """A printed document in the registry."""

    id: int
    uuid: str
    kind: str
    subject_uuid: str  # the evaluation, program or handover printed
    code: str
    content_hash: str
    title: str
    printed_at: datetime
    paper: str = "A4"
    layout: int = DOCUMENT_LAYOUT


__all__ = ["DOCUMENT_LAYOUT", "KOP_AGENCY", "KOP_HEAD", "AgreementSheet", "Document",
           "DocumentRecord", "EvaluationSheet", "HandoverMemo", "HandoverMinutes",
           "HandoverSection",
           "Institution", "Row",
           "Signer", "Stamp", "canonical", "content_hash", "make_code", "normalise_code"]
