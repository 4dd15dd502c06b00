"""What the printed handover documents hold (plain data; reports/ draws them): the Berita Acara
Serah Terima Jabatan, signed by both parties before witnesses and acknowledged by the Bupati,
and the Memori Serah Terima Jabatan, the outgoing official's own memorandum it refers to."""

from __future__ import annotations

from dataclasses import dataclass

from kinerja_desktop.domain.document_parts import Institution, Row, Signer, Stamp
from kinerja_desktop.domain.words import terbilang

MINUTES_TITLE = "Berita Acara Serah Terima Jabatan"
MEMO_TITLE = "Memori Serah Terima Jabatan"
FIRST_PARTY_ROLE = "Selanjutnya disebut PIHAK PERTAMA (yang menyerahkan)."
SECOND_PARTY_ROLE = "Selanjutnya disebut PIHAK KEDUA (yang menerima)."
ACKNOWLEDGES = "Mengetahui,"  # above the Bupati's block, centred under the parties' signatures
HANDS_OVER = "Yang menyerahkan,"  # the Memori's only signature
# One copy for each party and one kept by the office that files it (the personnel file): the
# app has no field for it, and three is what the parties and the archive need.
DEFAULT_COPIES = 3


def copies_text(copies: int) -> str:
    """'3 (tiga)': a number written in figures and in words, as the closing states it."""
    return f"{copies} ({terbilang(copies)})"


def minutes_closing(copies: int = DEFAULT_COPIES) -> str:
    """The Berita Acara's closing sentence (tata naskah dinas: the number of copies)."""
    return (f"Demikian berita acara ini dibuat dengan sebenarnya dalam rangkap "
            f"{copies_text(copies)} untuk dipergunakan sebagaimana mestinya.")


@dataclass(frozen=True)
class HandoverSection:
    """A part of the handover memo: free text and/or a table."""

    title: str  # "Program dan kegiatan yang sedang berjalan", "Aset", …
    text: str = ""
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class HandoverMinutes:
    """Berita Acara Serah Terima Jabatan: who hands over to whom under which decree, what is
    handed over (by reference to the Memori), the closing, and the signatures."""

    institution: Institution
    number: str  # nomor berita acara (of the office whose letterhead it carries)
    # "Pada hari ini Jumat tanggal empat belas bulan Juni tahun dua ribu sembilan belas …"
    opening: str
    outgoing: tuple[Row, ...]  # PIHAK PERTAMA (yang menyerahkan)
    incoming: tuple[Row, ...]  # PIHAK KEDUA (yang menerima)
    # The decree sentence and what is handed over ("… sebagaimana tercantum dalam Memori Serah
    # Terima Jabatan terlampir"), then the acting period's responsibility when there was one.
    statements: tuple[str, ...]
    closing: str  # minutes_closing(): "Demikian berita acara ini dibuat … rangkap …"
    date_line: str
    parties: tuple[Signer, ...]  # left to right: PIHAK KEDUA, PIHAK PERTAMA
    witnesses: tuple[Signer, ...] = ()  # saksi, in a row below the parties
    acknowledged_by: Signer | None = None  # "Mengetahui," the Bupati, centred below
    stamp: Stamp | None = None
    paper: str = "A4"

    @property
    def signers(self) -> tuple[Signer, ...]:
        """Everyone who signs, in the order they are printed."""
        return self.parties + self.witnesses + (
            (self.acknowledged_by,) if self.acknowledged_by else ())


@dataclass(frozen=True)
class HandoverMemo:
    """Memori Serah Terima Jabatan: the outgoing official's memorandum of the post handed over
    (programs under way, problems, recommendations, staff, assets, documents), signed by them
    alone."""

    institution: Institution
    post: str  # the post handed over, "KEPALA DINAS KEPENDUDUKAN DAN CATATAN SIPIL …"
    opening: str  # why and under which decree the memo was written, to whom
    outgoing: tuple[Row, ...]  # who hands over
    incoming: tuple[Row, ...]  # to whom
    sections: tuple[HandoverSection, ...]
    closing: str
    date_line: str
    signer: Signer  # the outgoing official: "Yang menyerahkan,"
    stamp: Stamp | None = None
    paper: str = "A4"

    @property
    def signers(self) -> tuple[Signer, ...]:
        return (self.signer,)
