"""The pieces every printed document shares: letterhead, identity rows, signers, the stamp."""

from __future__ import annotations

from dataclasses import dataclass

from kinerja_desktop.domain.qr_payload import legacy_text

# The two letterhead kinds, chosen by who signs (Institution.kind).
KOP_HEAD = "kepala_daerah"  # the Bupati signs: "BUPATI SERANG" under the national emblem
KOP_AGENCY = "perangkat_daerah"  # an agency signs: the regency emblem, agency, full address


@dataclass(frozen=True)
class Institution:
    """The letterhead (kop) and the place name of the date line: settings, not code.

    Two kinds (Permendagri 1/2023, tata naskah dinas): the head of the region's own kop
    (`KOP_HEAD`: the national emblem over "BUPATI SERANG", for what the Bupati signs) and the
    regional agency's kop (`KOP_AGENCY`: the regency emblem, "PEMERINTAH KABUPATEN SERANG",
    the agency, then address, telephone, e-mail, post code)."""

    government: str  # "PEMERINTAH KABUPATEN SERANG"
    agency: str = ""  # "SEKRETARIAT DAERAH"
    address: str = ""  # street (and anything else the office prints on the address line)
    place: str = ""  # "Serang"
    emblem_png: bytes | None = None  # the regency's emblem (agency kop)
    kind: str = "perangkat_daerah"  # KOP_AGENCY or KOP_HEAD
    head_title: str = ""  # "BUPATI SERANG" (head kop)
    national_emblem_png: bytes | None = None  # Garuda Pancasila (head kop), user-supplied
    telephone: str = ""
    email: str = ""
    postal_code: str = ""
    website: str = ""


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
    """What lets a paper copy be checked: the registry id, the short code, the content hash,
    and the QR text the office's key signed (domain/qr_payload.py)."""

    document_uuid: str
    code: str  # e.g. "K7Q2-9XPM"
    content_hash: str  # SHA-256 hex of the document's canonical content
    # The signed QR text (about 200 characters): any office holding this office's public key
    # checks it offline. Empty: the unsigned text printed before issue 18.
    signed_qr: str = ""

    @property
    def qr_text(self) -> str:
        if self.signed_qr:
            return self.signed_qr
        return legacy_text(self.code, self.content_hash)


@dataclass(frozen=True)
class Row:
    """A label and its value (identity tables)."""

    label: str
    value: str
