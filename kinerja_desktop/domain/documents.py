"""What a printed document holds, as plain data: the reports layer draws it, services build it.

Texts are final (already formatted the Indonesian way: dates, grouped NIPs, numbers with a
decimal comma) so that the reports layer only lays them out.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime


# Verification codes: no 0/O, 1/I/L, so a code read off paper is typed back right.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
DOCUMENT_KINDS = {"evaluasi": "Lembar Evaluasi Kinerja",
                  "kesepakatan": "Lembar Kesepakatan Target Kinerja",
                  "serah_terima": "Berita Acara Serah Terima Jabatan"}


@dataclass(frozen=True)
class Institution:
    """The letterhead (kop) and the place name of the date line: settings, not code."""

    government: str  # "PEMERINTAH KABUPATEN SERANG"
    agency: str = ""  # "SEKRETARIAT DAERAH"
    address: str = ""  # street, telephone, post code
    place: str = ""  # "Serang"
    emblem_png: bytes | None = None


@dataclass(frozen=True)
class Signer:
    """One signature block: above the space the title, below it the name, rank and NIP."""

    heading: str  # "Pejabat yang Dinilai", "Pejabat Penilai", "Yang Menyerahkan" …
    title: str  # "BUPATI SERANG" (printed in capitals, ending with a comma)
    name: str
    rank: str = ""  # "Pembina Tingkat I (IV/b)"; empty for elected officials
    nip: str = ""  # grouped "19700101 199003 1 002"; empty for elected officials
    on_behalf_of: str = ""  # "BUPATI SERANG" -> "a.n. BUPATI SERANG" above the title
    acting: str = ""  # "Plt." or "Plh." before the title
    signature_png: bytes | None = None  # a scanned signature, when the user asks for it


@dataclass(frozen=True)
class Stamp:
    """What lets a paper copy be checked: the registry id, the short code, the content hash."""

    document_uuid: str
    code: str  # e.g. "K7Q2-9XPM"
    content_hash: str  # SHA-256 hex of the document's canonical content

    @property
    def qr_text(self) -> str:
        # Short on purpose: a smaller QR code is quicker to make and to scan; the code finds
        # the document, the hash prefix tells a copy whose content was changed.
        return f"KINERJA:{self.code}:{self.content_hash[:16]}"


@dataclass(frozen=True)
class Row:
    """A label and its value (identity tables)."""

    label: str
    value: str


@dataclass(frozen=True)
class EvaluationSheet:
    """Lembar Evaluasi Kinerja for one evaluation."""

    institution: Institution
    title: str  # "EVALUASI KINERJA 100 HARI"
    period: str  # "14 Juni – 21 September 2019"
    official: tuple[Row, ...]  # PEGAWAI YANG DINILAI: nama, NIP, pangkat, jabatan, unit, …
    evaluator: tuple[Row, ...]  # PEJABAT PENILAI KINERJA
    scheme: str  # the scheme's label
    target_header: tuple[str, ...]  # column titles of the targets table
    targets: tuple[tuple[str, ...], ...]  # one row per target, texts
    behaviour: tuple[tuple[str, str], ...]  # (value, score or rating)
    result: tuple[Row, ...]  # nilai, predikat, …
    recommendation: str
    notes: str
    revision_note: str  # "" or "Revisi atas evaluasi … karena …"
    date_line: str  # "Serang, 21 September 2019"
    signers: tuple[Signer, ...]  # the official first, then the evaluator(s)
    stamp: Stamp | None = None
    paper: str = "A4"


@dataclass(frozen=True)
class AgreementSheet:
    """Lembar Kesepakatan Target Kinerja for one agreed program."""

    institution: Institution
    title: str  # "KESEPAKATAN TARGET KINERJA 100 HARI"
    period: str
    official: tuple[Row, ...]
    target_header: tuple[str, ...]
    targets: tuple[tuple[str, ...], ...]
    weight_total: str  # "100%"
    statement: str  # the paragraph both sides agree to
    date_line: str
    signers: tuple[Signer, ...]  # the official, then the Bupati
    stamp: Stamp | None = None
    paper: str = "A4"


@dataclass(frozen=True)
class HandoverSection:
    """A part of the handover memo: free text and/or a table."""

    title: str  # "Program dan kegiatan yang sedang berjalan", "Aset", …
    text: str = ""
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class HandoverMinutes:
    """Berita Acara Serah Terima Jabatan with its memo parts."""

    institution: Institution
    number: str  # nomor berita acara
    # "Pada hari ini Jumat tanggal empat belas bulan Juni tahun dua ribu sembilan belas …"
    opening: str
    outgoing: tuple[Row, ...]  # PIHAK PERTAMA (yang menyerahkan)
    incoming: tuple[Row, ...]  # PIHAK KEDUA (yang menerima)
    basis: str  # the decree the handover follows
    sections: tuple[HandoverSection, ...]
    closing: str  # responsibility for the acting period stays with the outgoing holder, …
    date_line: str
    signers: tuple[Signer, ...]  # outgoing, incoming, then witnesses / the one who knows
    stamp: Stamp | None = None
    paper: str = "A4"


Document = EvaluationSheet | AgreementSheet | HandoverMinutes


def canonical(document: Document) -> str:
    """The content as sorted JSON without its stamp and images: what the stamp's hash covers."""
    data = asdict(document)
    data.pop("stamp", None)

    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items()
                    if k not in ("signature_png", "emblem_png")}
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
