"""What a printed evaluation sheet holds (plain data; reports/ draws it)."""

from __future__ import annotations

from dataclasses import dataclass

from kinerja_desktop.domain.document_parts import Institution, Row, Signer, Stamp


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
