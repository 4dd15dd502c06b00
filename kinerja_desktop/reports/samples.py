"""Example documents built straight from the dataclasses: for review (scripts/sample_documents.py)
and tests. Names, posts and dates follow the public report of 14 June 2019; NIPs, ranks,
numbers, decrees and the Sekda's name are made up (examples, not personnel data)."""

from __future__ import annotations

import io
from dataclasses import replace

from kinerja_desktop.domain.documents import (AgreementSheet, EvaluationSheet, HandoverMinutes,
                                              HandoverSection, Institution, Row, Signer, Stamp,
                                              content_hash)

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

TARGET_HEADER = ("No", "Target Kinerja / Inovasi", "Indikator", "Bobot", "Target", "Realisasi",
                 "Capaian", "Nilai")
TARGETS = (
    ("1", "Optimalisasi Sistem Pemerintahan Berbasis Elektronik (SPBE) di seluruh perangkat "
          "daerah", "Layanan perangkat daerah yang terhubung ke SPBE", "30%", "20 layanan",
     "18 layanan", "90,0%", "27,0"),
    ("2", "Penyatuan sistem teknologi informasi dan komunikasi (TIK) di lingkungan "
          "Diskominfosatik", "Aplikasi yang terintegrasi", "25%", "12 aplikasi",
     "12 aplikasi", "100,0%", "25,0"),
    ("3", "Inovasi: rintisan konsep Smart Village agar setiap desa memiliki akses TIK yang baik",
     "Desa percontohan terhubung internet", "25%", "5 desa", "4 desa", "80,0%", "20,0"),
    ("4", "Kerja sama publikasi pembangunan dengan lembaga negara, perguruan tinggi dan "
          "perusahaan media sosial (Facebook)", "Naskah kerja sama ditandatangani", "20%",
     "3 naskah", "3 naskah", "100,0%", "20,0"),
)
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


def evaluation_sheet(paper: str = "A4", targets=TARGETS, revision_note: str = "",
                     signers=(ANAS, BUPATI), emblem: bool = True) -> EvaluationSheet:
    institution = replace(SERANG, emblem_png=sample_png(200, 240, "emblem")) if emblem \
        else SERANG
    return EvaluationSheet(
        institution=institution,
        title="Evaluasi Kinerja 100 Hari",
        period="14 Juni – 21 September 2019",
        official=ANAS_ROWS,
        evaluator=BUPATI_ROWS,
        scheme="PP 46/2011: 60% nilai sasaran kerja + 40% perilaku kerja",
        target_header=TARGET_HEADER,
        targets=tuple(targets),
        behaviour=BEHAVIOUR,
        result=(Row("Nilai sasaran kerja (60%)", "92,0 × 60% = 55,20"),
                Row("Nilai perilaku kerja (40%)", "89,57 × 40% = 35,83"),
                Row("Nilai prestasi kerja", "91,0"),
                Row("Predikat", "Sangat Baik")),
        recommendation="Dipertahankan pada jabatan; program Smart Village dilanjutkan ke 29 "
                       "kecamatan dalam rencana kerja tahunan 2020.",
        notes="Realisasi target SPBE 18 dari 20 layanan; dua layanan menunggu integrasi data "
              "kependudukan dengan Disdukcapil.",
        revision_note=revision_note,
        date_line="Serang, 21 September 2019",
        signers=tuple(signers),
        paper=paper)


def long_targets(count: int = 60) -> tuple[tuple[str, ...], ...]:
    rows = []
    for n in range(1, count + 1):
        rows.append((str(n), f"Target kinerja nomor {n}: peningkatan kualitas layanan "
                             f"informasi publik dan integrasi data sektoral tahap {n}",
                     "Dokumen atau layanan yang diselesaikan", "1,67%", "3 dokumen",
                     "3 dokumen", "100,0%", "1,67"))
    return tuple(rows)


def agreement_sheet(paper: str = "A4") -> AgreementSheet:
    header = ("No", "Target Kinerja / Inovasi", "Indikator", "Target", "Bobot")
    targets = tuple((t[0], t[1], t[2], t[4], t[3]) for t in TARGETS)
    official = Signer(heading="Pihak Pertama", title=f"Kepala {DISKOMINFO}",
                      name="Anas Dwisatya", rank="Pembina Tingkat I (IV/b)", nip=ANAS_NIP)
    bupati = Signer(heading="Pihak Kedua", title="Bupati Serang", name="Ratu Tatu Chasanah")
    return AgreementSheet(
        institution=SERANG,
        title="Kesepakatan Target Kinerja 100 Hari",
        period="14 Juni – 21 September 2019",
        official=ANAS_ROWS,
        target_header=header,
        targets=targets,
        weight_total="100%",
        statement="Dalam rangka mewujudkan pemerintahan yang efektif, transparan dan "
                  "akuntabel, kami yang bertanda tangan di bawah ini sepakat bahwa Kepala "
                  f"{DISKOMINFO} Kabupaten Serang akan mewujudkan target kinerja 100 hari "
                  "berikut menurut tingkat kepentingannya, dan Bupati Serang akan melakukan "
                  "pemantauan serta evaluasi atas capaiannya.",
        date_line="Serang, 14 Juni 2019",
        signers=(official, bupati),
        paper=paper)


DUKCAPIL = "Dinas Kependudukan dan Catatan Sipil"


def handover_minutes(paper: str = "A4") -> HandoverMinutes:
    outgoing = (Row("Nama", "Jajang KH"), Row("NIP", "19710210 199603 1 002"),
                Row("Pangkat/Gol. Ruang", "Pembina (IV/a)"),
                Row("Jabatan", f"Sekretaris sekaligus Plt. Kepala {DUKCAPIL} Kabupaten Serang"))
    incoming = (Row("Nama", "Abdullah"), Row("NIP", "19661120 198903 1 007"),
                Row("Pangkat/Gol. Ruang", "Pembina Utama Muda (IV/c)"),
                Row("Jabatan", f"Kepala {DUKCAPIL} Kabupaten Serang"))
    signers = (
        Signer(heading="PIHAK PERTAMA", title=f"Kepala {DUKCAPIL} Kabupaten Serang",
               acting="Plt.", name="Jajang KH", rank="Pembina (IV/a)",
               nip="19710210 199603 1 002"),
        Signer(heading="PIHAK KEDUA", title=f"Kepala {DUKCAPIL} Kabupaten Serang",
               name="Abdullah", rank="Pembina Utama Muda (IV/c)", nip="19661120 198903 1 007"),
        Signer(heading="Mengetahui,", on_behalf_of="Bupati Serang", title="Sekretaris Daerah",
               name="Contoh Nama Sekda", rank="Pembina Utama Madya (IV/d)",
               nip="19650101 198803 1 009"),
        Signer(heading="Saksi,", title="Kepala Badan Kepegawaian dan Pengembangan Sumber Daya "
                                       "Manusia", name="Mohamad Ishak Abdul Raup",
               rank="Pembina Tingkat I (IV/b)", nip="19690917 199403 1 005"),
    )
    sections = (
        HandoverSection(
            "Program dan kegiatan yang sedang berjalan",
            header=("No", "Program / Kegiatan", "Pagu (Rp)", "Realisasi", "Keterangan"),
            rows=(("1", "Perekaman dan pencetakan KTP elektronik, termasuk perekaman keliling "
                        "ke sekolah dan kecamatan", "1.250.000.000", "46,2%", "Berjalan"),
                  ("2", "Percepatan kepemilikan akta kelahiran anak usia 0-18 tahun dan Kartu "
                        "Identitas Anak (KIA)", "640.000.000", "38,0%", "Berjalan"),
                  ("3", "Pemutakhiran data kependudukan semester I tahun 2019", "310.000.000",
                   "71,5%", "Konsolidasi dengan Ditjen Dukcapil"))),
        HandoverSection(
            "Permasalahan",
            text="Ketersediaan blangko KTP elektronik terbatas; antrean perekaman di tiga "
                 "kecamatan (Cikande, Kragilan, Kramatwatu) melebihi kapasitas harian."),
        HandoverSection("Pegawai", header=("Status", "Jumlah"),
                        rows=(("Pegawai Negeri Sipil", "64 orang"),
                              ("Tenaga harian lepas", "23 orang"))),
        HandoverSection("Aset dan dokumen",
                        text="Daftar barang milik daerah dan arsip dinas sesuai Kartu Inventaris "
                             "Barang per 14 Juni 2019 (terlampir)."),
    )
    return HandoverMinutes(
        institution=SERANG,
        number="800/001-Disdukcapil/2019",
        opening="Pada hari ini Jumat tanggal empat belas bulan Juni tahun dua ribu sembilan "
                "belas, bertempat di Pendopo Bupati Serang, kami yang bertanda tangan di bawah "
                "ini:",
        outgoing=outgoing,
        incoming=incoming,
        basis="Keputusan Bupati Serang Nomor 821.2/Kep.000-BKPSDM/2019 tanggal 14 Juni 2019 "
              "tentang Pengangkatan dalam Jabatan Pimpinan Tinggi Pratama (contoh).",
        sections=sections,
        closing="Dengan ditandatanganinya berita acara ini, tugas dan tanggung jawab jabatan "
                "beralih dari PIHAK PERTAMA kepada PIHAK KEDUA. Segala tindakan yang dilakukan "
                "PIHAK PERTAMA selama masa pelaksana tugas tetap menjadi tanggung jawab PIHAK "
                "PERTAMA.",
        date_line="Serang, 14 Juni 2019",
        signers=signers,
        paper=paper)
