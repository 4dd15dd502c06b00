"""What a printed Perjanjian Kinerja holds (plain data; reports/ draws it).

The shape is the model annexed to PermenPANRB 53/2014: a statement page (the opening, the two
parties named, the two clauses, the signatures of Pihak Kedua and Pihak Pertama) and, on a page
of its own, the annex (lampiran) with the targets and the budget that funds them, signed again
by both.
"""

from __future__ import annotations

from dataclasses import dataclass

from kinerja_desktop.domain.document_parts import Institution, Row, Signer, Stamp

# The model's wording (PermenPANRB 53/2014, lampiran: format perjanjian kinerja).
OPENING = ("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan "
           "akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:")
FIRST_PARTY_ROLE = "Selanjutnya disebut pihak pertama."
SECOND_PARTY_ROLE = "Selaku atasan langsung pihak pertama, selanjutnya disebut pihak kedua."
FIRST_CLAUSE = ("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai "
                "lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah "
                "seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan "
                "kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.")
SECOND_CLAUSE = ("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan "
                 "evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan "
                 "yang diperlukan dalam rangka pemberian penghargaan dan sanksi.")
# The signature headings, as the model writes them.
FIRST_PARTY = "Pihak Pertama,"
SECOND_PARTY = "Pihak Kedua,"


@dataclass(frozen=True)
class AgreementParty:
    """One party named in the statement: 'Nama : …', 'Jabatan : …', then its role."""

    rows: tuple[Row, ...]  # Nama, Jabatan
    role: str  # FIRST_PARTY_ROLE or SECOND_PARTY_ROLE


@dataclass(frozen=True)
class AgreementSheet:
    """Perjanjian Kinerja of one agreed program, with its annex."""

    institution: Institution  # the head of the region's kop: the Bupati signs
    title: str  # "PERJANJIAN KINERJA 100 HARI"
    period: str  # "14 Juni – 21 September 2019"
    opening: str
    parties: tuple[AgreementParty, ...]  # pihak pertama (the official), pihak kedua (Bupati)
    clauses: tuple[str, ...]
    date_line: str
    # Left to right as the model places them: Pihak Kedua (the Bupati), Pihak Pertama.
    signers: tuple[Signer, ...]
    annex_title: str  # "LAMPIRAN PERJANJIAN KINERJA 100 HARI"
    annex_lines: tuple[str, ...]  # the post and unit, the period
    target_header: tuple[str, ...]  # No, Sasaran/Target, Indikator Kinerja, Target, Bobot
    targets: tuple[tuple[str, ...], ...]
    weight_total: str  # "100%"
    budget_header: tuple[str, ...]  # No, Program/Kegiatan, Anggaran, Prioritas RPJMD
    budgets: tuple[tuple[str, ...], ...]
    budget_total: str  # "Rp150.000.000", or "-" when no target has a budget
    stamp: Stamp | None = None
    paper: str = "A4"
