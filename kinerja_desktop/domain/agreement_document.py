"""What a printed performance agreement holds (plain data; reports/ draws it)."""

from __future__ import annotations

from dataclasses import dataclass

from kinerja_desktop.domain.document_parts import Institution, Row, Signer, Stamp


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
