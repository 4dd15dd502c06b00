"""The domain's labels (how a post is filled, statuses, predicates …) in the UI's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kinerja_desktop.domain.date_text import HELP, DateTextError
from kinerja_desktop.domain.periods import PeriodPosition
from kinerja_desktop.gui.shared.i18n import QT_TRANSLATE_NOOP

CONTEXT = "DomainWords"

# Every label the core shows, written out so that pyside6-lupdate collects them into
# kinerja_en.ts (it reads only literal texts). tests/gui/shared/test_domain_words.py checks
# that each label of the domain's tables is here, so a new label cannot be forgotten.
# Names of things (posts, units, officials, ranks, eselon) are data and never listed.
WORDS = (
    # domain/vocab.py: how a post is filled
    QT_TRANSLATE_NOOP("DomainWords", "Seleksi Terbuka"),
    QT_TRANSLATE_NOOP("DomainWords", "Rotasi"),
    QT_TRANSLATE_NOOP("DomainWords", "Mutasi"),
    QT_TRANSLATE_NOOP("DomainWords", "Promosi"),
    QT_TRANSLATE_NOOP("DomainWords", "Plt"),
    QT_TRANSLATE_NOOP("DomainWords", "Plh"),
    QT_TRANSLATE_NOOP("DomainWords", "Pj"),
    # domain/programs.py: schemes, statuses, target kinds, priorities, measures
    QT_TRANSLATE_NOOP("DomainWords", "Capaian tertimbang (bobot × capaian)"),
    QT_TRANSLATE_NOOP("DomainWords", "PP 46/2011 (60% SKP + 40% perilaku kerja)"),
    QT_TRANSLATE_NOOP("DomainWords", "PermenPANRB 6/2022 (hasil kerja × perilaku kerja)"),
    QT_TRANSLATE_NOOP("DomainWords", "Draft"),
    QT_TRANSLATE_NOOP("DomainWords", "Disepakati"),
    QT_TRANSLATE_NOOP("DomainWords", "Dievaluasi"),
    QT_TRANSLATE_NOOP("DomainWords", "Ditutup"),
    QT_TRANSLATE_NOOP("DomainWords", "Inovasi"),
    QT_TRANSLATE_NOOP("DomainWords", "Target Kinerja"),
    QT_TRANSLATE_NOOP("DomainWords", "Tinggi"),
    QT_TRANSLATE_NOOP("DomainWords", "Sedang"),
    QT_TRANSLATE_NOOP("DomainWords", "Rendah"),
    QT_TRANSLATE_NOOP("DomainWords", "Angka"),
    QT_TRANSLATE_NOOP("DomainWords", "Selesai/Belum"),
    # domain/periods.py: kinds of program
    QT_TRANSLATE_NOOP("DomainWords", "100 Hari"),
    QT_TRANSLATE_NOOP("DomainWords", "Triwulan"),
    QT_TRANSLATE_NOOP("DomainWords", "Semester"),
    QT_TRANSLATE_NOOP("DomainWords", "Tahunan"),
    # domain/evaluations.py: recommendations, evaluators' capacities, statuses
    QT_TRANSLATE_NOOP("DomainWords", "Dilanjutkan"),
    QT_TRANSLATE_NOOP("DomainWords", "Pembinaan"),
    QT_TRANSLATE_NOOP("DomainWords", "Evaluasi ulang"),
    QT_TRANSLATE_NOOP("DomainWords", "Dipindahtugaskan (rotasi/mutasi)"),
    QT_TRANSLATE_NOOP("DomainWords", "Pejabat Penilai Kinerja"),
    QT_TRANSLATE_NOOP("DomainWords", "Anggota Tim Penilai"),
    QT_TRANSLATE_NOOP("DomainWords", "Final"),
    # domain/scoring.py and behaviour_aspects.py: ratings, the BerAKHLAK values, consolidation
    QT_TRANSLATE_NOOP("DomainWords", "Di Atas Ekspektasi"),
    QT_TRANSLATE_NOOP("DomainWords", "Sesuai Ekspektasi"),
    QT_TRANSLATE_NOOP("DomainWords", "Di Bawah Ekspektasi"),
    QT_TRANSLATE_NOOP("DomainWords", "Berorientasi Pelayanan"),
    QT_TRANSLATE_NOOP("DomainWords", "Akuntabel"),
    QT_TRANSLATE_NOOP("DomainWords", "Kompeten"),
    QT_TRANSLATE_NOOP("DomainWords", "Harmonis"),
    QT_TRANSLATE_NOOP("DomainWords", "Loyal"),
    QT_TRANSLATE_NOOP("DomainWords", "Adaptif"),
    QT_TRANSLATE_NOOP("DomainWords", "Kolaboratif"),
    QT_TRANSLATE_NOOP("DomainWords", "Rata-rata para penilai"),
    QT_TRANSLATE_NOOP("DomainWords", "Keputusan ketua (Pejabat Penilai)"),
    # domain/scheme_catalog.py, achievement.py, behaviour_aspects.py, scoring_matrix.py,
    # scoring_perka.py and scoring.py: schemes with their basis and status, polarities,
    # SE MenPANRB 20/2021's wording, behaviour aspects, organisation results, kreativitas,
    # band-edge rules
    QT_TRANSLATE_NOOP("DomainWords", "Capaian tertimbang 100 hari (bobot × capaian)"),
    QT_TRANSLATE_NOOP("DomainWords", "Skema aplikasi untuk program 100 hari: capaian indikator "
                                     "menurut konvensi SAKIP dan PermenPANRB No. 8 Tahun 2021; "
                                     "predikat menurut rentang PP No. 30 Tahun 2019 Pasal 41."),
    QT_TRANSLATE_NOOP("DomainWords", "Pilihan aplikasi (program 100 hari tidak diatur "
                                     "tersendiri)."),
    QT_TRANSLATE_NOOP("DomainWords", "PP 46/2011 jo. Perka BKN 1/2013 (60% SKP + 40% perilaku "
                                     "kerja)"),
    QT_TRANSLATE_NOOP("DomainWords", "PP No. 46 Tahun 2011 tentang Penilaian Prestasi Kerja PNS; "
                                     "Peraturan Kepala BKN No. 1 Tahun 2013."),
    QT_TRANSLATE_NOOP("DomainWords", "Dicabut oleh PP No. 30 Tahun 2019 (berlaku April 2019); "
                                     "hanya untuk penilaian sebelum itu."),
    QT_TRANSLATE_NOOP("DomainWords", "PP 30/2019 jo. PermenPANRB 8/2021 (nilai capaian 0–120)"),
    QT_TRANSLATE_NOOP("DomainWords", "PP No. 30 Tahun 2019 tentang Penilaian Kinerja PNS (Pasal "
                                     "41); PermenPANRB No. 8 Tahun 2021 tentang Sistem Manajemen "
                                     "Kinerja PNS."),
    QT_TRANSLATE_NOOP("DomainWords", "PermenPANRB 8/2021 dicabut oleh PermenPANRB No. 6 Tahun "
                                     "2022; untuk penilaian 2019–2022."),
    QT_TRANSLATE_NOOP("DomainWords", "PermenPANRB No. 6 Tahun 2022 tentang Pengelolaan Kinerja "
                                     "Pegawai ASN; perilaku kerja menurut SE MenPANRB No. 20 "
                                     "Tahun 2021 (BerAKHLAK)."),
    QT_TRANSLATE_NOOP("DomainWords", "Berlaku."),
    QT_TRANSLATE_NOOP("DomainWords", "Makin tinggi makin baik"),
    QT_TRANSLATE_NOOP("DomainWords", "Makin rendah makin baik"),
    QT_TRANSLATE_NOOP("DomainWords", "Dalam rentang"),
    QT_TRANSLATE_NOOP("DomainWords", "Komitmen memberikan pelayanan prima demi kepuasan "
                                     "masyarakat: 1) Memahami dan memenuhi kebutuhan masyarakat; "
                                     "2) Ramah, cekatan, solutif, dan dapat diandalkan; 3) "
                                     "Melakukan perbaikan tiada henti."),
    QT_TRANSLATE_NOOP("DomainWords", "Bertanggung jawab atas kepercayaan yang diberikan: 1) "
                                     "Melaksanakan tugas dengan jujur, bertanggung jawab, "
                                     "cermat, disiplin dan berintegritas tinggi; 2) Menggunakan "
                                     "kekayaan dan barang milik negara secara bertanggung jawab, "
                                     "efektif, dan efisien; 3) Tidak menyalahgunakan kewenangan "
                                     "jabatan."),
    QT_TRANSLATE_NOOP("DomainWords", "Terus belajar dan mengembangkan kapabilitas: 1) "
                                     "Meningkatkan kompetensi diri untuk menjawab tantangan yang "
                                     "selalu berubah; 2) Membantu orang lain belajar; 3) "
                                     "Melaksanakan tugas dengan kualitas terbaik."),
    QT_TRANSLATE_NOOP("DomainWords", "Saling peduli dan menghargai perbedaan: 1) Menghargai "
                                     "setiap orang apapun latar belakangnya; 2) Suka menolong "
                                     "orang lain; 3) Membangun lingkungan kerja yang kondusif."),
    QT_TRANSLATE_NOOP("DomainWords", "Berdedikasi dan mengutamakan kepentingan Bangsa dan "
                                     "Negara: 1) Memegang teguh ideologi Pancasila, "
                                     "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, "
                                     "setia kepada Negara Kesatuan Republik Indonesia serta "
                                     "pemerintahan yang sah; 2) Menjaga nama baik sesama ASN, "
                                     "pimpinan, instansi, dan negara; 3) Menjaga rahasia jabatan "
                                     "dan negara."),
    QT_TRANSLATE_NOOP("DomainWords", "Terus berinovasi dan antusias dalam menggerakkan ataupun "
                                     "menghadapi perubahan: 1) Cepat menyesuaikan diri "
                                     "menghadapi perubahan; 2) Terus berinovasi dan "
                                     "mengembangkan kreativitas; 3) Bertindak proaktif."),
    QT_TRANSLATE_NOOP("DomainWords", "Membangun kerja sama yang sinergis: 1) Memberi kesempatan "
                                     "kepada berbagai pihak untuk berkontribusi; 2) Terbuka "
                                     "dalam bekerja sama untuk menghasilkan nilai tambah; 3) "
                                     "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan "
                                     "bersama."),
    QT_TRANSLATE_NOOP("DomainWords", "Orientasi Pelayanan"),
    QT_TRANSLATE_NOOP("DomainWords", "Integritas"),
    QT_TRANSLATE_NOOP("DomainWords", "Komitmen"),
    QT_TRANSLATE_NOOP("DomainWords", "Disiplin"),
    QT_TRANSLATE_NOOP("DomainWords", "Kerja Sama"),
    QT_TRANSLATE_NOOP("DomainWords", "Kepemimpinan"),
    QT_TRANSLATE_NOOP("DomainWords", "Inisiatif Kerja"),
    QT_TRANSLATE_NOOP("DomainWords", "Istimewa"),
    QT_TRANSLATE_NOOP("DomainWords", "PermenPANRB 6/2022: capaian kinerja organisasi yang "
                                     "dipimpin ditetapkan sebagai rating hasil kerja "
                                     "pimpinannya."),
    QT_TRANSLATE_NOOP("DomainWords", "Tidak ada"),
    QT_TRANSLATE_NOOP("DomainWords", "Bermanfaat bagi unit kerja (ditetapkan pejabat eselon II)"),
    QT_TRANSLATE_NOOP("DomainWords", "Bermanfaat bagi organisasi (ditetapkan PPK)"),
    QT_TRANSLATE_NOOP("DomainWords", "Bermanfaat bagi negara (ditetapkan Presiden)"),
    QT_TRANSLATE_NOOP("DomainWords", "Nilai harus mencapai batas bawah predikat (90,95 → Baik)"),
    QT_TRANSLATE_NOOP("DomainWords", "Nilai dibulatkan ke bilangan bulat dahulu (90,95 → 91 → "
                                     "Sangat Baik)"),
    # Predicates: PP 46/2011's, PP 30/2019's and the 100-day bands, PermenPANRB 6/2022's matrix
    QT_TRANSLATE_NOOP("DomainWords", "Sangat Baik"),
    QT_TRANSLATE_NOOP("DomainWords", "Baik"),
    QT_TRANSLATE_NOOP("DomainWords", "Cukup"),
    QT_TRANSLATE_NOOP("DomainWords", "Kurang"),
    QT_TRANSLATE_NOOP("DomainWords", "Buruk"),
    QT_TRANSLATE_NOOP("DomainWords", "Butuh Perbaikan"),
    QT_TRANSLATE_NOOP("DomainWords", "Kurang/Misconduct"),
    QT_TRANSLATE_NOOP("DomainWords", "Sangat Kurang"),
    # domain/board.py: why a program needs attention
    QT_TRANSLATE_NOOP("DomainWords", "Evaluasi terlambat"),
    QT_TRANSLATE_NOOP("DomainWords", "Evaluasi jatuh tempo ≤ 14 hari"),
    QT_TRANSLATE_NOOP("DomainWords", "Tanpa laporan progres ≥ 14 hari"),
    QT_TRANSLATE_NOOP("DomainWords", "Bobot belum disepakati"),
    # domain/nip.py: sex, as the NIP encodes it
    QT_TRANSLATE_NOOP("DomainWords", "Laki-laki"),
    QT_TRANSLATE_NOOP("DomainWords", "Perempuan"),
    # domain/dates.py: months (in date_text's messages)
    QT_TRANSLATE_NOOP("DomainWords", "Januari"),
    QT_TRANSLATE_NOOP("DomainWords", "Februari"),
    QT_TRANSLATE_NOOP("DomainWords", "Maret"),
    QT_TRANSLATE_NOOP("DomainWords", "April"),
    QT_TRANSLATE_NOOP("DomainWords", "Mei"),
    QT_TRANSLATE_NOOP("DomainWords", "Juni"),
    QT_TRANSLATE_NOOP("DomainWords", "Juli"),
    QT_TRANSLATE_NOOP("DomainWords", "Agustus"),
    QT_TRANSLATE_NOOP("DomainWords", "September"),
    QT_TRANSLATE_NOOP("DomainWords", "Oktober"),
    QT_TRANSLATE_NOOP("DomainWords", "November"),
    QT_TRANSLATE_NOOP("DomainWords", "Desember"),
    # domain/date_text.py: what a date field says when it cannot read a date
    QT_TRANSLATE_NOOP("DomainWords", "ketik misalnya 14 Juni 2019 atau 14/06/2019"),
    QT_TRANSLATE_NOOP("DomainWords", "Tanggal tidak dikenali; {help}."),
    QT_TRANSLATE_NOOP("DomainWords", "Bulan ke-{month} tidak ada dalam '{text}'; {help}."),
    QT_TRANSLATE_NOOP("DomainWords", "Tahun {year} dalam '{text}' tidak masuk akal; {help}."),
    QT_TRANSLATE_NOOP("DomainWords", "'{text}' tidak ada di kalender: {month_name} {year} "
                                     "hanya sampai tanggal {last}."),
    QT_TRANSLATE_NOOP("DomainWords", "Bulan '{name}' tidak dikenali; {help}."),
    # services/demo.py: the status bar's notice while the demo data is loaded (a setting; a
    # notice someone wrote themselves is not listed and shows as written)
    QT_TRANSLATE_NOOP("DomainWords", "Data contoh: NIP dan golongan adalah rekaan, bukan data "
                                     "kepegawaian asli; angka target, realisasi dan misi "
                                     "pembangunan hanya contoh."),
)


def domain_word(text: str) -> str:
    """`text` in the UI's language when it is one of WORDS; any other text (a name, a
    predicate someone renamed) unchanged. The Indonesian interface loads no catalogue for
    this context, so there every text comes back as it is."""
    if not text:
        return text
    return QCoreApplication.translate(CONTEXT, text)


def describe_position(where: PeriodPosition) -> str:
    """PeriodPosition.describe() in the UI's language ('Hari ke-37 dari 100, sisa 63 hari').
    Each text is a literal translate() call: lupdate reads no other form of a context."""
    translate = QCoreApplication.translate
    if not where.started:
        return translate("DomainWords", "Belum dimulai (mulai {0} hari lagi)").format(
            1 - where.day)
    if where.finished:
        return translate("DomainWords", "Selesai ({0} hari)").format(where.total)
    if where.days_left == 0:
        return translate("DomainWords", "Hari ke-{0} dari {1}, hari terakhir").format(
            where.day, where.total)
    return translate("DomainWords", "Hari ke-{0} dari {1}, sisa {2} hari").format(
        where.day, where.total, where.days_left)


def date_problem(error: DateTextError) -> str:
    """A date field's message in the UI's language, filled with the error's values."""
    values = dict(error.values)
    if "month_name" in values:
        values["month_name"] = domain_word(str(values["month_name"]))
    return domain_word(error.template).format(help=domain_word(HELP), **values)
