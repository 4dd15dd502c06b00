"""The scoring schemes: code, name, legal basis and status, shown where a scheme is chosen and
printed on the sheet (sources and their addresses in docs/scoring.md)."""

from __future__ import annotations

from dataclasses import dataclass

WEIGHTED = "capaian_berbobot"
PP46 = "pp46_2011"
PP30 = "pp30_2019"
MATRIX_2022 = "permenpanrb_6_2022"


@dataclass(frozen=True)
class Scheme:
    """One scheme as the user sees it."""

    code: str
    label: str
    basis: str  # the regulations it follows
    status: str  # in force, revoked by what
    in_force: bool


CATALOG: dict[str, Scheme] = {s.code: s for s in (
    Scheme(WEIGHTED, "Capaian tertimbang 100 hari (bobot × capaian)",
           "Skema aplikasi untuk program 100 hari: capaian indikator menurut konvensi SAKIP dan "
           "PermenPANRB No. 8 Tahun 2021; predikat menurut rentang PP No. 30 Tahun 2019 "
           "Pasal 41.",
           "Pilihan aplikasi (program 100 hari tidak diatur tersendiri).", True),
    Scheme(PP46, "PP 46/2011 jo. Perka BKN 1/2013 (60% SKP + 40% perilaku kerja)",
           "PP No. 46 Tahun 2011 tentang Penilaian Prestasi Kerja PNS; Peraturan Kepala BKN "
           "No. 1 Tahun 2013.",
           "Dicabut oleh PP No. 30 Tahun 2019 (berlaku April 2019); hanya untuk penilaian "
           "sebelum itu.", False),
    Scheme(PP30, "PP 30/2019 jo. PermenPANRB 8/2021 (nilai capaian 0–120)",
           "PP No. 30 Tahun 2019 tentang Penilaian Kinerja PNS (Pasal 41); PermenPANRB No. 8 "
           "Tahun 2021 tentang Sistem Manajemen Kinerja PNS.",
           "PermenPANRB 8/2021 dicabut oleh PermenPANRB No. 6 Tahun 2022; untuk penilaian "
           "2019–2022.", False),
    Scheme(MATRIX_2022, "PermenPANRB 6/2022 (hasil kerja × perilaku kerja)",
           "PermenPANRB No. 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai ASN; perilaku "
           "kerja menurut SE MenPANRB No. 20 Tahun 2021 (BerAKHLAK).",
           "Berlaku.", True),
)}

# code -> label, as the vocabularies elsewhere are written.
SCHEME_LABELS: dict[str, str] = {code: s.label for code, s in CATALOG.items()}


def basis_line(code: str) -> str:
    """'Dasar: …  Status: …' for a form or a sheet; empty for an unknown code."""
    scheme = CATALOG.get(code)
    if scheme is None:
        return ""
    return f"Dasar: {scheme.basis} Status: {scheme.status}"
