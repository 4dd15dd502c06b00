"""What each scheme calls perilaku kerja: the six aspects of PP 46/2011 and BerAKHLAK."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CoreValue:
    """A BerAKHLAK core value as SE MenPANRB No. 20 Tahun 2021 words it: its definition and its
    three behaviours (panduan perilaku), quoted, not paraphrased."""

    name: str
    definition: str
    behaviours: tuple[str, str, str]

    @property
    def guidance(self) -> str:
        """The definition and the numbered behaviours, for a tooltip or a sheet."""
        return self.definition + ": " + "; ".join(
            f"{n}) {b}" for n, b in enumerate(self.behaviours, start=1)) + "."


# SE MenPANRB No. 20 Tahun 2021 tentang Implementasi Core Values dan Employer Branding ASN,
# lampiran (the core values and their panduan perilaku).
CORE_VALUES: dict[str, CoreValue] = {
    "berorientasi_pelayanan": CoreValue(
        "Berorientasi Pelayanan", "Komitmen memberikan pelayanan prima demi kepuasan masyarakat",
        ("Memahami dan memenuhi kebutuhan masyarakat",
         "Ramah, cekatan, solutif, dan dapat diandalkan",
         "Melakukan perbaikan tiada henti")),
    "akuntabel": CoreValue(
        "Akuntabel", "Bertanggung jawab atas kepercayaan yang diberikan",
        ("Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan "
         "berintegritas tinggi",
         "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, "
         "dan efisien",
         "Tidak menyalahgunakan kewenangan jabatan")),
    "kompeten": CoreValue(
        "Kompeten", "Terus belajar dan mengembangkan kapabilitas",
        ("Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
         "Membantu orang lain belajar",
         "Melaksanakan tugas dengan kualitas terbaik")),
    "harmonis": CoreValue(
        "Harmonis", "Saling peduli dan menghargai perbedaan",
        ("Menghargai setiap orang apapun latar belakangnya",
         "Suka menolong orang lain",
         "Membangun lingkungan kerja yang kondusif")),
    "loyal": CoreValue(
        "Loyal", "Berdedikasi dan mengutamakan kepentingan Bangsa dan Negara",
        ("Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia "
         "Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan "
         "yang sah",
         "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
         "Menjaga rahasia jabatan dan negara")),
    "adaptif": CoreValue(
        "Adaptif",
        "Terus berinovasi dan antusias dalam menggerakkan ataupun menghadapi perubahan",
        ("Cepat menyesuaikan diri menghadapi perubahan",
         "Terus berinovasi dan mengembangkan kreativitas",
         "Bertindak proaktif")),
    "kolaboratif": CoreValue(
        "Kolaboratif", "Membangun kerja sama yang sinergis",
        ("Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
         "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
         "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama")),
}

# code -> (name, guidance): the shape the wizard, the sheet and the export read.
BERAKHLAK: dict[str, tuple[str, str]] = {k: (v.name, v.guidance) for k, v in CORE_VALUES.items()}

# PP 46/2011 Pasal 12 and Perka BKN No. 1 Tahun 2013: the six aspects of perilaku kerja;
# kepemimpinan only for those in a structural post (every echelon II official is one).
PP46_ASPECTS: dict[str, str] = {
    "orientasi_pelayanan": "Orientasi Pelayanan",
    "integritas": "Integritas",
    "komitmen": "Komitmen",
    "disiplin": "Disiplin",
    "kerja_sama": "Kerja Sama",
    "kepemimpinan": "Kepemimpinan",
}
LEADERSHIP = "kepemimpinan"

# PP 30/2019 Pasal 37: perilaku kerja under PermenPANRB 8/2021, each scored up to 120.
PP30_ASPECTS: dict[str, str] = {
    "orientasi_pelayanan": "Orientasi Pelayanan",
    "komitmen": "Komitmen",
    "inisiatif_kerja": "Inisiatif Kerja",
    "kerja_sama": "Kerja Sama",
    "kepemimpinan": "Kepemimpinan",
}


def aspects_for(scheme: str) -> dict[str, str]:
    """code -> name of the behaviour items a scheme asks for (empty: none scored)."""
    if scheme == "pp46_2011":
        return dict(PP46_ASPECTS)
    if scheme == "pp30_2019":
        return dict(PP30_ASPECTS)
    if scheme == "permenpanrb_6_2022":
        return {k: v.name for k, v in CORE_VALUES.items()}
    return {}
