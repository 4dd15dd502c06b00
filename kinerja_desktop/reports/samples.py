"""Example documents built straight from the dataclasses: for review (scripts/sample_documents.py)
and tests. Names, posts and dates follow the public report of 14 June 2019; NIPs, ranks,
numbers, decrees and the Sekda's name are made up (examples, not personnel data)."""

from __future__ import annotations

import io
from dataclasses import replace

from kinerja_desktop.domain import agreement_document as agreement
from kinerja_desktop.domain import handover_document as handover
from kinerja_desktop.domain.agreement_document import AgreementParty
from kinerja_desktop.domain.behaviour_aspects import CORE_VALUES
from kinerja_desktop.domain.evaluation_document import (FORM_HUNDRED_DAYS, FORM_MATRIX,
                                                        FORM_PERKA, FORM_PP30,
                                                        HUNDRED_DAY_HEADER,
                                                        MATRIX_BEHAVIOUR_HEADER, MATRIX_HEADER,
                                                        PERKA_HEADER, PP30_HEADER, ScoreParts)
from kinerja_desktop.domain.evaluation_document import Table as EvaluationTable
from kinerja_desktop.domain.scoring import RATINGS as RATING_NAMES
from kinerja_desktop.domain.documents import (KOP_HEAD, AgreementSheet, EvaluationSheet,
                                              HandoverMemo, HandoverMinutes, HandoverSection,
                                              Institution, Row, Signer, Stamp, content_hash)

SERANG = Institution(
    government="Pemerintah Kabupaten Serang",
    agency="Sekretariat Daerah",
    address="Jl. Veteran No. 1 Serang, Banten 42111 · Telepon (0254) 000000 (contoh)",
    place="Serang")

ANAS_NIP = "19720315 199503 1 004"
DISKOMINFO = "Dinas Komunikasi Informatika Persandian dan Statistik"

ANAS_ROWS = (
    Row("Nama", "Anas Dwisatya"),
    Row("NIP", ANAS_NIP),
    Row("Pangkat/Gol. Ruang", "Pembina Tingkat I (IV/b)"),
    Row("Jabatan", f"Kepala {DISKOMINFO}"),
    Row("Unit Kerja", "Diskominfosatik Kabupaten Serang"),
)
BUPATI_ROWS = (
    Row("Nama", "Ratu Tatu Chasanah"),
    Row("NIP", "-"),
    Row("Pangkat/Gol. Ruang", "-"),
    Row("Jabatan", "Bupati Serang"),
    Row("Unit Kerja", "Pemerintah Kabupaten Serang"),
)

ANAS = Signer(heading="Pejabat yang Dinilai", title=f"Kepala {DISKOMINFO}",
              name="Anas Dwisatya", rank="Pembina Tingkat I (IV/b)", nip=ANAS_NIP)
BUPATI = Signer(heading="Pejabat Penilai Kinerja", title="Bupati Serang",
                name="Ratu Tatu Chasanah")

TARGET_HEADER = HUNDRED_DAY_HEADER
# The 100-day results: No, target, indicator, weight, target, realisation with its evidence,
# achievement, value, feedback. Columns 0–4 are also the agreement's.
TARGETS = (
    ("1", "Optimalisasi Sistem Pemerintahan Berbasis Elektronik (SPBE) di seluruh perangkat "
          "daerah", "Layanan perangkat daerah yang terhubung ke SPBE", "30%", "20 layanan",
     "18 layanan\nBukti dukung (2 berkas):\ndaftar-layanan-spbe.pdf\nba-integrasi.pdf", "90%",
     "27,00", "Dua layanan menunggu integrasi data kependudukan; tuntaskan pada triwulan IV."),
    ("2", "Penyatuan sistem teknologi informasi dan komunikasi (TIK) di lingkungan "
          "Diskominfosatik", "Aplikasi yang terintegrasi", "25%", "12 aplikasi",
     "12 aplikasi\nBukti dukung (1 berkas):\nlaporan-integrasi-tik.pdf", "100%", "25,00",
     "Tercapai; dokumentasikan arsitektur untuk perangkat daerah lain."),
    ("3", "Inovasi: rintisan konsep smart village agar setiap desa memiliki akses TIK yang "
          "baik", "Desa percontohan terhubung internet", "25%", "5 desa",
     "4 desa\nBukti dukung: -", "80%", "20,00",
     "Bukti dukung belum dilampirkan; lampirkan berita acara serah terima perangkat."),
    ("4", "Kerja sama publikasi pembangunan dengan lembaga negara, perguruan tinggi dan "
          "perusahaan media sosial (Facebook)", "Naskah kerja sama ditandatangani", "20%",
     "3 naskah", "3 naskah\nBukti dukung (3 berkas):\npks-untirta.pdf\npks-facebook.pdf\n"
                 "pks-kominfo.pdf", "100%", "20,00", "-"),
)
HUNDRED_DAY_RESULT = (Row("Skema penilaian", "Capaian tertimbang 100 hari (bobot × capaian)"),
                      Row("Dasar penilaian", "Skema aplikasi untuk program 100 hari."),
                      Row("Status skema", "Pilihan aplikasi (program 100 hari tidak diatur "
                                          "tersendiri)."),
                      Row("Nilai capaian target", "92,00"), Row("Nilai akhir", "92,00"),
                      Row("Predikat", "Baik"))
EVIDENCE_REMARK = ("Realisasi berdasarkan bukti dukung: realisasi yang dinilai, dengan berkas "
                   "bukti dukung yang dilampirkan pada laporan kemajuan target sampai tanggal "
                   "evaluasi.")
BEHAVIOUR = (("Berorientasi Pelayanan", "90"), ("Akuntabel", "88"), ("Kompeten", "91"),
             ("Harmonis", "87"), ("Loyal", "92"), ("Adaptif", "89"), ("Kolaboratif", "90"))


def sample_png(width: int = 240, height: int = 90, kind: str = "signature") -> bytes:
    """A small deterministic PNG: a scribbled signature or a shield-shaped emblem."""
    from PIL import Image, ImageDraw  # Pillow comes with ReportLab

    if kind == "emblem":
        image = Image.new("RGB", (width, height), "white")
        draw = ImageDraw.Draw(image)
        w, h = width, height
        draw.polygon([(w * .1, h * .05), (w * .9, h * .05), (w * .9, h * .55), (w * .5, h * .95),
                      (w * .1, h * .55)], fill=(20, 110, 60), outline=(200, 160, 20))
        draw.polygon([(w * .5, h * .18), (w * .58, h * .4), (w * .8, h * .4), (w * .62, h * .53),
                      (w * .7, h * .75), (w * .5, h * .62), (w * .3, h * .75), (w * .38, h * .53),
                      (w * .2, h * .4), (w * .42, h * .4)], fill=(240, 200, 30))
    else:
        image = Image.new("RGBA", (width, height), (255, 255, 255, 0))
        draw = ImageDraw.Draw(image)
        points = [(10 + i * 9, height / 2 + (18 if i % 2 else -18) * (1 - i / 30))
                  for i in range(25)]
        draw.line(points, fill=(20, 30, 120, 255), width=3)
        draw.line([(20, height - 15), (width - 20, height - 25)], fill=(20, 30, 120, 255), width=2)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def stamped(document, code: str = "K7Q2-9XPM",
            uuid: str = "5f0c8a2e-3b1d-4c6e-9a7f-2d4b6c8e0a13"):
    """The document with a registry stamp over its canonical content."""
    return replace(document, stamp=Stamp(uuid, code, content_hash(document)))


SEKDA = Signer(heading="Anggota Tim Penilai", title="Sekretaris Daerah Kabupaten Serang",
               name="Contoh Nama Sekda", rank="Pembina Utama Madya (IV/d)",
               nip="19650101 198803 1 009")
SEKDA_ROWS = (Row("NAMA", "Contoh Nama Sekda"), Row("NIP", "19650101 198803 1 009"),
              Row("PANGKAT/GOL. RUANG", "Pembina Utama Madya (IV/d)"),
              Row("JABATAN", "Sekretaris Daerah Kabupaten Serang"),
              Row("UNIT KERJA", "Pemerintah Kabupaten Serang"))
PERIOD = "14 Juni – 21 September 2019"
RECOMMENDATION = ("Dipertahankan pada jabatan; program smart village dilanjutkan ke 29 "
                  "kecamatan dalam rencana kerja tahunan 2020.")
NOTES = ("Realisasi target SPBE 18 dari 20 layanan; dua layanan menunggu integrasi data "
         "kependudukan dengan Disdukcapil.")


def _head_kop(emblem: bool) -> Institution:
    """The Bupati signs: the Bupati's own letterhead (a drawn stand-in for the emblem)."""
    kop = replace(SERANG, kind=KOP_HEAD, head_title="BUPATI SERANG")
    return replace(kop, national_emblem_png=sample_png(200, 240, "emblem"),
                   emblem_png=sample_png(200, 240, "emblem")) if emblem else kop


def evaluation_sheet(paper: str = "A4", targets=TARGETS, revision_note: str = "",
                     signers=(ANAS, BUPATI), emblem: bool = True) -> EvaluationSheet:
    """EVALUASI KINERJA 100 HARI (the app's weighted scheme), signed by the Bupati."""
    return EvaluationSheet(
        institution=_head_kop(emblem), form=FORM_HUNDRED_DAYS,
        title="Evaluasi Kinerja 100 Hari", subtitle="", period=PERIOD,
        official=ANAS_ROWS, evaluator=BUPATI_ROWS, superior=(),
        scheme="Capaian tertimbang 100 hari (bobot × capaian)", basis="",
        results=EvaluationTable(TARGET_HEADER, tuple(targets),
                                (("Jumlah", "", "", "100%", "", "", "", "92,00", ""),)),
        behaviour=None, parts=None, result=HUNDRED_DAY_RESULT,
        recommendation=RECOMMENDATION, notes=NOTES, revision_note=revision_note,
        date_line="Serang, 21 September 2019", signers=tuple(signers), paper=paper,
        remarks=(EVIDENCE_REMARK,))


def long_targets(count: int = 60) -> tuple[tuple[str, ...], ...]:
    rows = []
    for n in range(1, count + 1):
        rows.append((str(n), f"Target kinerja nomor {n}: peningkatan kualitas layanan "
                             f"informasi publik dan integrasi data sektoral tahap {n}",
                     "Dokumen atau layanan yang diselesaikan", "1,67%", "3 dokumen",
                     "3 dokumen\nBukti dukung: -", "100%", "1,67", "-"))
    return tuple(rows)


def matrix_evaluation_sheet(paper: str = "A4", superior: bool = False,
                            organisation: bool = True) -> EvaluationSheet:
    """PermenPANRB 6/2022: the DOKUMEN EVALUASI KINERJA PEGAWAI, then the EVALUASI KINERJA
    PEGAWAI it rests on. With `superior`, the Sekda chairs for the Bupati, who is the Atasan
    Pejabat Penilai Kinerja."""
    header = MATRIX_HEADER
    rows = tuple((t[0], t[1], t[2], t[4], t[5], t[8]) for t in TARGETS)
    results = EvaluationTable(header, rows, (("RATING HASIL KERJA", "", "", "", "",
                                              "Di Atas Ekspektasi"),))
    ratings = ("di_atas", "di_atas", "sesuai", "di_atas", "sesuai", "di_atas", "di_atas")
    expectations = {"adaptif": "Memimpin perubahan layanan ke SPBE tanpa menurunkan mutu "
                               "layanan tatap muka.",
                    "kolaboratif": "Melibatkan camat dan kepala desa dalam rintisan smart "
                                   "village."}
    behaviour_rows = []
    for number, (key, value) in enumerate(CORE_VALUES.items(), start=1):
        described = value.name + "\n" + "; ".join(
            f"{n}) {b}" for n, b in enumerate(value.behaviours, start=1))
        behaviour_rows.append((str(number), described, expectations.get(key, "-"),
                               RATING_NAMES[ratings[number - 1]]))
    behaviour = EvaluationTable(MATRIX_BEHAVIOUR_HEADER, tuple(behaviour_rows),
                                (("RATING PERILAKU KERJA", "", "", "Di Atas Ekspektasi"),))
    result = ((Row("CAPAIAN KINERJA ORGANISASI", "Istimewa"),) if organisation else ()) + \
        (Row("PREDIKAT KINERJA PEGAWAI", "Sangat Baik"),)
    official = replace(ANAS, heading="Pegawai yang Dinilai,")
    above: tuple[Row, ...]
    if superior:
        chair = replace(SEKDA, heading="Pejabat Penilai Kinerja,", on_behalf_of="Bupati Serang")
        evaluator, above = SEKDA_ROWS, BUPATI_ROWS
    else:
        chair, evaluator, above = replace(BUPATI, heading="Pejabat Penilai Kinerja,"), \
            BUPATI_ROWS, ()
    return EvaluationSheet(
        institution=_head_kop(True), form=FORM_MATRIX,
        title="Dokumen Evaluasi Kinerja Pegawai", subtitle="PERIODE: 100 HARI", period=PERIOD,
        official=ANAS_ROWS, evaluator=evaluator, superior=above,
        scheme="PermenPANRB 6/2022 (hasil kerja × perilaku kerja)",
        basis="Dasar: PermenPANRB No. 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai ASN. "
              "Status: Berlaku.",
        results=results, behaviour=behaviour, parts=None, result=result,
        recommendation="Dilanjutkan", notes=NOTES, revision_note="",
        date_line="Serang, 21 September 2019", signers=(official, chair), paper=paper,
        remarks=(("PermenPANRB 6/2022: capaian kinerja organisasi yang dipimpin ditetapkan "
                  "sebagai rating hasil kerja pimpinannya.",) if organisation else ())
        + (EVIDENCE_REMARK,))


def perka_evaluation_sheet(paper: str = "A4", superior: bool = True) -> EvaluationSheet:
    """PP 46/2011: Perka BKN 1/2013's PENILAIAN PRESTASI KERJA PEGAWAI NEGERI SIPIL with its
    realisation page; the Perka's worked example (85,50 and 80,83 → 83,63 Baik). With
    `superior`, the Sekda is the Pejabat Penilai and the Bupati the Atasan Pejabat Penilai."""
    rows = (
        ("1", "Laporan rapat koordinasi SPBE", "Kuantitas/Output", "1 laporan", "1 laporan",
         "100,00", "85,50\n(342,00 : 4)"),
        ("", "", "Kualitas/Mutu", "100", "90", "90,00", ""),
        ("", "", "Waktu", "12", "12", "76,00", ""),
        ("", "", "Biaya", "Rp170.395.000", "Rp170.395.000", "76,00", ""),
        ("2", "Integrasi aplikasi perangkat daerah", "Kuantitas/Output", "12 aplikasi",
         "12 aplikasi", "100,00", "88,67\n(266,00 : 3)"),
        ("", "", "Kualitas/Mutu", "100", "90", "90,00", ""),
        ("", "", "Waktu", "3", "3", "76,00", ""),
    )
    results = EvaluationTable(PERKA_HEADER, rows, (
        ("Nilai Capaian SKP",) + ("",) * 5 + ("87,09 (Baik)",),))
    aspects = (("Orientasi Pelayanan", "80"), ("Integritas", "85"), ("Komitmen", "80"),
               ("Disiplin", "75"), ("Kerja Sama", "80"), ("Kepemimpinan", "85"))
    behaviour = EvaluationTable(("No", "Perilaku Kerja", "Nilai", "Sebutan"), tuple(
        (str(n), name, value, "Baik" if int(value) >= 76 else "Cukup")
        for n, (name, value) in enumerate(aspects, start=1)))
    parts = ScoreParts("Sasaran Kerja PNS (SKP)", "87,09", "60%", "52,25", "485", "80,83",
                       "Baik", "40%", "32,33", "NILAI PRESTASI KERJA", "84,59", "Baik")
    official = replace(ANAS, heading="PEGAWAI NEGERI SIPIL YANG DINILAI")
    above_rows: tuple[Row, ...]
    if superior:
        chair = replace(SEKDA, heading="PEJABAT PENILAI", on_behalf_of="Bupati Serang")
        above = Signer("ATASAN PEJABAT PENILAI", "Bupati Serang", "Ratu Tatu Chasanah")
        signers: tuple[Signer, ...] = (official, chair, above)
        evaluator, above_rows = SEKDA_ROWS, BUPATI_ROWS
    else:
        signers = (official, replace(BUPATI, heading="PEJABAT PENILAI"))
        evaluator, above_rows = BUPATI_ROWS, ()
    return EvaluationSheet(
        institution=_head_kop(True), form=FORM_PERKA,
        title="Penilaian Prestasi Kerja Pegawai Negeri Sipil",
        subtitle="EVALUASI KINERJA 100 HARI", period=PERIOD, official=ANAS_ROWS,
        evaluator=evaluator, superior=above_rows,
        scheme="PP 46/2011 jo. Perka BKN 1/2013 (60% SKP + 40% perilaku kerja)",
        basis="Dasar: PP No. 46 Tahun 2011 tentang Penilaian Prestasi Kerja PNS; Peraturan "
              "Kepala BKN No. 1 Tahun 2013. Status: Dicabut oleh PP No. 30 Tahun 2019 "
              "(berlaku April 2019); hanya untuk penilaian sebelum itu.",
        results=results, behaviour=behaviour, parts=parts,
        result=(Row("NILAI PRESTASI KERJA", "84,59"), Row("Predikat", "Baik")),
        recommendation="Dilanjutkan", notes=NOTES, revision_note="",
        date_line="Serang, 21 September 2019", signers=signers, paper=paper)


def pp30_evaluation_sheet(paper: str = "A4") -> EvaluationSheet:
    """PP 30/2019 with PermenPANRB 8/2021: PENILAIAN SKP, perilaku kerja and nilai kinerja
    (SKP 70% + perilaku 30%); the Lampiran's worked figures (85 of 85 → 109; 93 of 95 → 88)."""
    rows = (("1", "Tersedianya layanan SPBE terintegrasi", "Persentase layanan terintegrasi",
             "85%", "85%", "100%", "Baik", "109,00", "60%", "65,40"),
            ("2", "Terlaksananya integrasi aplikasi", "Jumlah aplikasi terintegrasi",
             "95 aplikasi", "93 aplikasi", "98%", "Cukup", "88,00", "40%", "35,20"))
    results = EvaluationTable(PP30_HEADER, rows, (("NILAI AKHIR SKP",) + ("",) * 8
                                                  + ("100,60",),))
    aspects = (("Orientasi Pelayanan", "110"), ("Komitmen", "110"), ("Inisiatif Kerja", "100"),
               ("Kerja Sama", "110"), ("Kepemimpinan", "105"))
    behaviour = EvaluationTable(("No", "Perilaku Kerja", "Nilai"), tuple(
        (str(n), name, value) for n, (name, value) in enumerate(aspects, start=1)))
    parts = ScoreParts("Nilai SKP", "100,60", "70%", "70,42", "535", "107,00", "", "30%",
                       "32,10", "NILAI KINERJA PEGAWAI", "102,52", "Baik")
    return EvaluationSheet(
        institution=_head_kop(True), form=FORM_PP30,
        title="Penilaian Kinerja Pegawai Negeri Sipil", subtitle="EVALUASI KINERJA 100 HARI",
        period=PERIOD, official=ANAS_ROWS, evaluator=BUPATI_ROWS, superior=(),
        scheme="PP 30/2019 jo. PermenPANRB 8/2021 (nilai capaian 0–120)",
        basis="Dasar: PP No. 30 Tahun 2019 tentang Penilaian Kinerja PNS (Pasal 41); "
              "PermenPANRB No. 8 Tahun 2021. Status: PermenPANRB 8/2021 dicabut oleh "
              "PermenPANRB No. 6 Tahun 2022; untuk penilaian 2019–2022.",
        results=results, behaviour=behaviour, parts=parts,
        result=(Row("NILAI KINERJA PEGAWAI", "102,52"), Row("PREDIKAT KINERJA PEGAWAI", "Baik"),
                Row("Ide baru atau cara baru yang bermanfaat (syarat Sangat Baik)",
                    "Tidak ada")),
        recommendation="Dilanjutkan", notes=NOTES, revision_note="",
        date_line="Serang, 21 September 2019",
        signers=(replace(ANAS, heading="Pegawai yang Dinilai,"),
                 replace(BUPATI, heading="Pejabat Penilai Kinerja,")), paper=paper)


def evaluation_samples(paper: str = "A4") -> dict[str, EvaluationSheet]:
    """One sample per form, for review (scripts/sample_documents.py) and tests."""
    return {FORM_HUNDRED_DAYS: evaluation_sheet(paper),
            FORM_MATRIX: matrix_evaluation_sheet(paper),
            FORM_PERKA: perka_evaluation_sheet(paper),
            FORM_PP30: pp30_evaluation_sheet(paper)}


def agreement_sheet(paper: str = "A4") -> AgreementSheet:
    """The Perjanjian Kinerja 100 hari of Anas Dwisatya with the Bupati (PermenPANRB 53/2014);
    budgets and the funding programmes are made up."""
    official = Signer(heading=agreement.FIRST_PARTY, title=f"Kepala {DISKOMINFO}",
                      name="Anas Dwisatya", rank="Pembina Tingkat I (IV/b)", nip=ANAS_NIP)
    bupati = Signer(heading=agreement.SECOND_PARTY, title="Bupati Serang",
                    name="Ratu Tatu Chasanah")
    targets = tuple((t[0], t[1], t[2], t[4], t[3]) for t in TARGETS)
    programme = "Program Aplikasi Informatika: Pengelolaan E-Government"
    budgets = (("1", programme, "Rp150.000.000", "Misi 1. Tata kelola pemerintahan berbasis TIK"),
               ("2", programme, "Rp75.000.000", "Misi 1. Tata kelola pemerintahan berbasis TIK"),
               ("3", "Program Aplikasi Informatika: Desa Cerdas", "Rp50.000.000",
                "Misi 3. Pemerataan akses layanan dasar"),
               ("4", "Program Informasi dan Komunikasi Publik", "-", "-"))
    return AgreementSheet(
        institution=replace(SERANG, kind=KOP_HEAD, head_title="BUPATI SERANG"),
        title="Perjanjian Kinerja 100 Hari",
        period="14 Juni – 21 September 2019",
        opening=agreement.OPENING,
        parties=(AgreementParty((Row("Nama", "Anas Dwisatya"),
                                 Row("Jabatan", f"Kepala {DISKOMINFO}")),
                                agreement.FIRST_PARTY_ROLE),
                 AgreementParty((Row("Nama", "Ratu Tatu Chasanah"),
                                 Row("Jabatan", "Bupati Serang")),
                                agreement.SECOND_PARTY_ROLE)),
        clauses=(agreement.FIRST_CLAUSE, agreement.SECOND_CLAUSE),
        date_line="Serang, 21 Juni 2019",
        signers=(bupati, official),
        annex_title="Lampiran Perjanjian Kinerja 100 Hari",
        annex_lines=(f"Kepala {DISKOMINFO} Kabupaten Serang",
                     "Periode 14 Juni – 21 September 2019"),
        target_header=("No", "Sasaran / Target Kinerja", "Indikator Kinerja", "Target", "Bobot"),
        targets=targets,
        weight_total="100%",
        budget_header=("No", "Program/Kegiatan", "Anggaran", "Prioritas RPJMD"),
        budgets=budgets,
        budget_total="Rp275.000.000",
        paper=paper)


DUKCAPIL = "Dinas Kependudukan dan Catatan Sipil"
JAJANG = (Row("Nama", "Jajang KH"), Row("NIP", "19710210 199603 1 002"),
          Row("Pangkat/Gol. Ruang", "Pembina (IV/a)"),
          Row("Jabatan", f"Sekretaris sekaligus Plt. Kepala {DUKCAPIL} Kabupaten Serang"))
ABDULLAH = (Row("Nama", "Abdullah"), Row("NIP", "19661120 198903 1 007"),
            Row("Pangkat/Gol. Ruang", "Pembina Utama Muda (IV/c)"),
            Row("Jabatan", f"Kepala {DUKCAPIL} Kabupaten Serang"))
JAJANG_SIGNS = Signer(heading="PIHAK PERTAMA,", title=f"Kepala {DUKCAPIL} Kabupaten Serang",
                      acting="Plt.", name="Jajang KH", rank="Pembina (IV/a)",
                      nip="19710210 199603 1 002")
ABDULLAH_SIGNS = Signer(heading="PIHAK KEDUA,", title=f"Kepala {DUKCAPIL} Kabupaten Serang",
                        name="Abdullah", rank="Pembina Utama Muda (IV/c)",
                        nip="19661120 198903 1 007")
DECREE = ("Keputusan Bupati Serang Nomor 821.2/Kep.123-Huk/2019 tanggal 14 Juni 2019 tentang "
          "Pengangkatan dalam Jabatan Pimpinan Tinggi Pratama di Lingkungan Pemerintah "
          "Kabupaten Serang (contoh)")


def handover_minutes(paper: str = "A4") -> HandoverMinutes:
    """The Berita Acara of Disdukcapil from its Plt Kepala to Abdullah; the number, the decree
    and the Sekda's name are made up."""
    witnesses = (
        Signer(heading="", title="Asisten Daerah I", name="Asep Saefudin Mustofa",
               rank="Pembina Utama Muda (IV/c)", nip="19650707 198803 1 008"),
        Signer(heading="", title="Kepala Badan Kepegawaian dan Pengembangan Sumber Daya "
                                 "Manusia", name="Mohamad Ishak Abdul Raup",
               rank="Pembina Tingkat I (IV/b)", nip="19690917 199403 1 005"),
    )
    knows = Signer(heading=handover.ACKNOWLEDGES, on_behalf_of="Bupati Serang",
                   title="Sekretaris Daerah", name="Contoh Nama Sekda",
                   rank="Pembina Utama Madya (IV/d)", nip="19650101 198803 1 009")
    return HandoverMinutes(
        institution=SERANG,
        number="800/014-Setda/2019",
        opening="Pada hari ini Jumat tanggal empat belas bulan Juni tahun dua ribu sembilan "
                "belas, bertempat di Pendopo Bupati Serang, kami yang bertanda tangan di bawah "
                "ini:",
        outgoing=JAJANG,
        incoming=ABDULLAH,
        statements=(
            f"Berdasarkan {DECREE}, PIHAK PERTAMA menyerahkan jabatan Kepala {DUKCAPIL} "
            "Kabupaten Serang beserta tugas, tanggung jawab, program dan kegiatan, pegawai, "
            "aset dan dokumen kepada PIHAK KEDUA, dan PIHAK KEDUA menerimanya, sebagaimana "
            "tercantum dalam Memori Serah Terima Jabatan terlampir.",
            "Segala tindakan yang dilakukan PIHAK PERTAMA selama masa pelaksana tugas tetap "
            "menjadi tanggung jawab PIHAK PERTAMA."),
        closing=handover.minutes_closing(),
        date_line="Serang, 14 Juni 2019",
        parties=(ABDULLAH_SIGNS, JAJANG_SIGNS),
        witnesses=witnesses,
        acknowledged_by=knows,
        paper=paper)


def handover_memo(paper: str = "A4") -> HandoverMemo:
    """The Memori of Jajang KH, Plt Kepala Disdukcapil, to Abdullah; the contents are made
    up."""
    sections = (
        HandoverSection(
            "Program dan kegiatan yang sedang berjalan",
            header=("No", "Program/kegiatan", "Volume/anggaran", "Keadaan", "Keterangan"),
            rows=(("1", "Perekaman dan pencetakan KTP elektronik, termasuk perekaman keliling "
                        "ke sekolah dan kecamatan", "Rp1.250.000.000", "berjalan", "46,2%"),
                  ("2", "Percepatan kepemilikan akta kelahiran anak usia 0–18 tahun dan Kartu "
                        "Identitas Anak (KIA)", "Rp640.000.000", "berjalan", "38,0%"),
                  ("3", "Pemutakhiran data kependudukan semester I tahun 2019", "Rp310.000.000",
                   "verifikasi", "Konsolidasi dengan Ditjen Dukcapil"))),
        HandoverSection(
            "Permasalahan",
            text="Ketersediaan blangko KTP elektronik terbatas; antrean perekaman di tiga "
                 "kecamatan (Cikande, Kragilan, Kramatwatu) melebihi kapasitas harian."),
        HandoverSection("Saran dan rekomendasi",
                        text="Mengajukan tambahan blangko KTP elektronik kepada Ditjen "
                             "Dukcapil."),
        HandoverSection("Pegawai", header=("No", "Uraian", "Jumlah", "Keadaan", "Keterangan"),
                        rows=(("1", "Pegawai Negeri Sipil", "64 orang", "aktif", "-"),
                              ("2", "Tenaga harian lepas", "23 orang", "aktif", "-"))),
        HandoverSection("Aset/barang milik daerah",
                        text="Sesuai Kartu Inventaris Barang per 14 Juni 2019 (terlampir)."),
    )
    return HandoverMemo(
        institution=SERANG,
        post=f"Kepala {DUKCAPIL} Kabupaten Serang",
        opening=(f"Memori serah terima jabatan ini disusun oleh Jajang KH selaku Plt. Kepala "
                 f"{DUKCAPIL} Kabupaten Serang sebagai bahan serah terima jabatan kepada "
                 f"Abdullah berdasarkan {DECREE}."),
        outgoing=JAJANG,
        incoming=ABDULLAH,
        sections=sections,
        closing="Demikian memori serah terima jabatan ini disusun sebagai bahan bagi pejabat "
                "yang menerima dalam melanjutkan pelaksanaan tugas.",
        date_line="Serang, 14 Juni 2019",
        signer=Signer(heading=handover.HANDS_OVER, title=f"Kepala {DUKCAPIL} Kabupaten Serang",
                      acting="Plt.", name="Jajang KH", rank="Pembina (IV/a)",
                      nip="19710210 199603 1 002"),
        paper=paper)
