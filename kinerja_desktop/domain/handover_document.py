"""What the printed handover documents hold (plain data; reports/ draws them)."""

from __future__ import annotations

from dataclasses import dataclass

from kinerja_desktop.domain.document_parts import Institution, Row, Signer, Stamp


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
