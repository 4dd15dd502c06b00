"""What a printed evaluation holds, in the official form of its scheme (plain data; reports/
draws it, services/evaluation_document.py fills it in).

One dataclass serves the four forms; `form` says which one draws it, and a part a form does not
use is None or empty, never rows of "-":

- FORM_HUNDRED_DAYS, the app's 100-day scheme: EVALUASI KINERJA 100 HARI, the results with the
  indicator, the realisation "berdasarkan bukti dukung" and the feedback (umpan balik);
- FORM_MATRIX, PermenPANRB 6/2022: the lampiran's DOKUMEN EVALUASI KINERJA PEGAWAI, and on the
  next page the EVALUASI KINERJA PEGAWAI it rests on (hasil kerja, perilaku kerja, ratings);
- FORM_PERKA, PP 46/2011: Perka BKN 1/2013's PENILAIAN PRESTASI KERJA PEGAWAI NEGERI SIPIL,
  then its PENILAIAN CAPAIAN SASARAN KERJA;
- FORM_PP30, PP 30/2019: PermenPANRB 8/2021's PENILAIAN SKP, perilaku kerja and nilai kinerja.
"""

from __future__ import annotations

from dataclasses import dataclass

from kinerja_desktop.domain.document_parts import Institution, Row, Signer, Stamp

FORM_HUNDRED_DAYS = "evaluasi_100_hari"
FORM_MATRIX = "dokumen_evaluasi_kinerja_pegawai"
FORM_PERKA = "penilaian_prestasi_kerja"
FORM_PP30 = "penilaian_kinerja_pp30"
FORMS = (FORM_HUNDRED_DAYS, FORM_MATRIX, FORM_PERKA, FORM_PP30)

# The results tables' columns, in each form's words.
HUNDRED_DAY_HEADER = ("No", "Target Kinerja / Inovasi", "Indikator Kinerja", "Bobot", "Target",
                      "Realisasi Berdasarkan Bukti Dukung", "Capaian", "Nilai", "Umpan Balik")
MATRIX_HEADER = ("No", "Rencana Hasil Kerja", "Indikator Kinerja Individu", "Target",
                 "Realisasi Berdasarkan Bukti Dukung",
                 "Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung")
MATRIX_BEHAVIOUR_HEADER = ("No", "Perilaku Kerja", "Ekspektasi Khusus Pimpinan", "Rating")
# Perka BKN 1/2013's realisation form, one row per aspect (kuantitas/output, kualitas/mutu,
# waktu, biaya): an activity's number, title and score stand on its first row.
PERKA_HEADER = ("No", "Kegiatan Tugas Jabatan", "Aspek", "Target", "Realisasi", "Penghitungan",
                "Nilai Capaian SKP")
PERKA_V1_HEADER = ("No", "Kegiatan Tugas Jabatan", "Bobot", "Target", "Realisasi", "Capaian",
                   "Nilai")
PP30_HEADER = ("No", "Rencana Kinerja", "Indikator Kinerja Individu", "Target", "Realisasi",
               "Capaian IKI", "Kategori Capaian IKI", "Nilai Capaian IKI", "Bobot",
               "Nilai Tertimbang")


@dataclass(frozen=True)
class Table:
    """A ruled table: its column titles, rows of texts, and closing rows (a total, a rating)
    whose empty cells after the label are merged into it."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    footer: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class ScoreParts:
    """Perka BKN 1/2013's item 4 "UNSUR YANG DINILAI" (and PP 30/2019's nilai kinerja):
    SKP × its share + perilaku kerja × its share = the final score, with its sebutan."""

    skp_label: str  # "Sasaran Kerja PNS (SKP)"
    skp: str  # "85,50"
    skp_share: str  # "60%"
    skp_part: str  # "51,30"
    behaviour_total: str  # "480" (Jumlah)
    behaviour_mean: str  # "80,00" (Nilai rata-rata)
    behaviour_mean_label: str  # "Baik" (its sebutan)
    behaviour_share: str  # "40%"
    behaviour_part: str  # "32,00"
    total_label: str  # "NILAI PRESTASI KERJA"
    score: str  # "83,30"
    predicate: str  # "Baik"


@dataclass(frozen=True)
class EvaluationSheet:
    """One evaluation, printed in the official form of its scheme."""

    institution: Institution  # KOP_HEAD when the Bupati signs (or a.n. the Bupati)
    form: str  # FORM_HUNDRED_DAYS, FORM_MATRIX, FORM_PERKA or FORM_PP30
    title: str  # "EVALUASI KINERJA 100 HARI", "DOKUMEN EVALUASI KINERJA PEGAWAI" …
    subtitle: str  # "PERIODE: AKHIR", "Evaluasi Kinerja 100 Hari" …; "" none
    period: str  # "14 Juni – 21 September 2019"
    official: tuple[Row, ...]  # PEGAWAI YANG DINILAI: nama, NIP, pangkat, jabatan, unit, …
    evaluator: tuple[Row, ...]  # PEJABAT PENILAI KINERJA
    superior: tuple[Row, ...]  # ATASAN PEJABAT PENILAI KINERJA; () where there is none
    scheme: str  # the scheme's label
    basis: str  # "Dasar: … Status: …" (one line under the title)
    results: Table | None  # the form's results table; None without targets
    behaviour: Table | None  # perilaku kerja; None when the scheme scores none
    parts: ScoreParts | None  # SKP × share + perilaku × share (PP 46/2011, PP 30/2019)
    result: tuple[Row, ...]  # the outcome by its regulation's names (nilai, predikat …)
    recommendation: str
    notes: str
    revision_note: str  # "" or "Revisi atas evaluasi … karena …"
    date_line: str  # "Serang, 21 September 2019"
    signers: tuple[Signer, ...]  # the official first, then the evaluator(s), then the superior
    stamp: Stamp | None = None
    paper: str = "A4"
    # Lines the form prints in small type under a table: what "bukti dukung" counts, a
    # version-1 evaluation's rules, the organisation result's reading.
    remarks: tuple[str, ...] = ()
