"""A database of final evaluations for the print benchmark, built through the app's services."""

# .venv/bin/python bench/print_db.py [--count 400] [--force]
# Cached under bench/out/ (print-<count>.kinerja) and rebuilt when the generator, the schema or
# the count changes. Every evaluation is made as a user makes it: an official with a post, a
# 100-day program with 3–6 targets (indicators, some long titles), progress reports with
# evidence files, the program agreed, the evaluation started, filled and finalised (sealed).
# The schemes are mixed as a regency's batch would be after the rules changed: 60 % the
# 100-day weighted sheet, the rest PermenPANRB 6/2022, PP 46/2011 (Perka BKN) and PP 30/2019.
# Both emblems are set (scan-sized PNGs) and the three signatories have scanned signatures.

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for folder in (str(ROOT), str(BENCH)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

import make_db  # noqa: E402
from bench_common import cached_database  # noqa: E402

from kinerja_desktop.domain.evidence import EvidenceFile  # noqa: E402
from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput  # noqa: E402
from kinerja_desktop.domain.programs import (ProgramInput, ProgressInput,  # noqa: E402
                                             TargetInput)
from kinerja_desktop.domain.scheme_catalog import MATRIX_2022, PP30, PP46, WEIGHTED  # noqa: E402
from kinerja_desktop.storage.database import Database, open_database  # noqa: E402

GENERATOR_VERSION = "4"
SEED = 20190614
KEY = "bench_print_generator"
START = date(2019, 6, 14)
# Half the batch the 100-day sheet, the rest the three other official forms.
SCHEME_MIX = ((WEIGHTED, 0.6), (MATRIX_2022, 0.15), (PP46, 0.1), (PP30, 0.15))
PP46_BEHAVIOUR = ("orientasi_pelayanan", "integritas", "komitmen", "disiplin", "kerja_sama",
                  "kepemimpinan")
PP30_BEHAVIOUR = ("orientasi_pelayanan", "komitmen", "inisiatif_kerja", "kerja_sama",
                  "kepemimpinan")
VERBS = ("Optimalisasi", "Integrasi", "Penyusunan", "Peningkatan", "Digitalisasi", "Evaluasi",
         "Percepatan", "Penataan", "Pengembangan", "Revitalisasi")
OBJECTS = ("layanan administrasi kependudukan di seluruh kecamatan",
           "sistem pemerintahan berbasis elektronik (SPBE) perangkat daerah",
           "pengaduan masyarakat melalui aplikasi dan kanal media sosial resmi",
           "dokumen perencanaan dan penganggaran tahun berjalan",
           "pelayanan perizinan berusaha terintegrasi secara elektronik",
           "arsip dinamis dan statis sesuai klasifikasi",
           "pendataan aset daerah dan sertifikasi tanah milik pemerintah",
           "penanganan stunting bersama puskesmas dan desa",
           "sarana dan prasarana kantor pelayanan publik",
           "kompetensi aparatur melalui pelatihan berbasis kinerja")
INDICATORS = ("Dokumen ditetapkan", "Layanan daring berjalan", "Desa terlayani",
              "Laporan diterima pimpinan", "Aplikasi terintegrasi", "Persentase capaian")
UNITS_OF_MEASURE = ("dokumen", "kegiatan", "desa", "laporan", "aplikasi", "orang")
EVIDENCE = ("notulen rapat.pdf", "foto kegiatan.jpg", "laporan kemajuan.pdf",
            "surat keputusan.pdf", "daftar hadir.pdf")
FEEDBACK = ("Lampirkan berita acara serah terima.", "Percepat koordinasi dengan kecamatan.",
            "", "", "Dokumentasi kegiatan perlu dilengkapi.")
NOTES = ("Capaian inovasi perlu dijaga keberlanjutannya pada triwulan berikutnya; laporan "
         "bukti dukung lengkap.", "", "Koordinasi lintas perangkat daerah sudah berjalan baik.")


def path_for(count: int) -> Path:
    return make_db.OUT_DIR / f"print-{count}.kinerja"


def stamp(count: int) -> str:
    return f"{GENERATOR_VERSION}:{SEED}:{count}:{make_db.schema_fingerprint()}"


def is_current(path: Path, count: int) -> bool:
    if not path.exists():
        return False
    try:
        db = open_database(path)
    except Exception:  # noqa: BLE001  (a stale or broken cache is rebuilt)
        return False
    try:
        row = db.execute_sql("SELECT value FROM setting WHERE key = ?", (KEY,)).fetchone()
        return bool(row) and row[0] == stamp(count)
    finally:
        db.close()


def _scheme(rng: random.Random) -> str:
    roll, edge = rng.random(), 0.0
    for scheme, share in SCHEME_MIX:
        edge += share
        if roll < edge:
            return scheme
    return WEIGHTED


def _evidence(name: str) -> EvidenceFile:
    """A small evidence file whose bytes match its extension (the app sniffs them)."""
    content = b"\xff\xd8\xff\xe0 foto" if name.endswith(".jpg") else b"%PDF-1.4 bukti"
    return EvidenceFile(name, content)


def _weights(rng: random.Random, count: int) -> list[int]:
    weights = [5] * count
    for _ in range(100 - 5 * count):
        weights[rng.randrange(count)] += 1
    return weights


def generate(db: Database, count: int) -> None:
    """`count` officials, each with one final evaluation of a 100-day program; one
    transaction (the services' own become savepoints: no fsync per step)."""
    with db.atomic():
        _generate(db, count)


def _generate(db: Database, count: int) -> None:
    from kinerja_desktop.services import setup
    from kinerja_desktop.services.programs import ProgramService
    from kinerja_desktop.services.progress import ProgressService
    from kinerja_desktop.services.roster import RosterService
    from kinerja_desktop.storage import official_repo

    from kinerja_desktop.reports.samples import sample_png
    from kinerja_desktop.storage import document_repo

    gen = make_db.Generator(SEED)
    rng = random.Random(SEED)
    setup.save_settings(db, replace(
        setup.load_settings(db), institution="Pemerintah Kabupaten Serang", place="Serang",
        agency="Sekretariat Daerah", address="Jl. Veteran No. 1, Serang",
        telephone="(0254) 200001", email="setda@serangkab.go.id", postal_code="42111",
        website="serangkab.go.id", emblem_png=sample_png(600, 720, "emblem"),
        national_emblem_png=sample_png(600, 600, "emblem")))
    with db.atomic():
        for name, title, role, nip, rank in (
                ("Ratu Tatu Chasanah", "Bupati Serang", "bupati", None, None),
                ("Pandji Tirtayasa", "Wakil Bupati Serang", "wakil_bupati", None, None),
                ("Tb. Entus Mahmud Sahiri", "Sekretaris Daerah Kabupaten Serang", "sekda",
                 "196501011988031009", "IV/d")):
            signatory = official_repo.ensure_signatory(db, name, title, role, nip, rank)
            document_repo.set_signature_png(db, signatory, sample_png(600, 220))
    roster = RosterService(db)
    nips: set[str] = set()
    for n in range(count):
        male = rng.random() < 0.6
        name, front, back = gen.name(male)
        nip, _birth = gen.nip(male)
        while nip in nips:
            nip, _birth = gen.nip(male)
        nips.add(nip)
        unit = make_db.UNITS[gen.unit() - 1][0]
        start = START + timedelta(days=7 * (n % 20))
        today = start + timedelta(days=99 + rng.randrange(0, 10))
        official_id, _ = roster.create(
            OfficialInput(nip, name, front, back, rank=gen.rank("II.b")),
            [AppointmentInput(f"Kepala {unit}", unit, "II.b",
                              rng.choice(("seleksi_terbuka", "rotasi", "promosi")),
                              start_date=start)])
        post = roster.get(official_id).appointments[0].id
        scheme = _scheme(rng)
        programs = ProgramService(db, lambda day=today: day)
        program_id = programs.create_program(post, ProgramInput("100_hari", start,
                                                                scheme=scheme))
        targets = rng.randint(3, 6)
        ids = []
        for k, weight in enumerate(_weights(rng, targets)):
            title = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}"
            if rng.random() < 0.3:
                title += " dengan melibatkan camat, kepala desa dan perangkat daerah terkait"
            goal = float(rng.choice((1, 2, 4, 5, 10, 12, 25)))
            ids.append((programs.add_target(program_id, TargetInput(
                "inovasi" if k == 0 else "target_kinerja", title,
                indicator=rng.choice(INDICATORS), target_value=goal,
                unit=rng.choice(UNITS_OF_MEASURE), weight=Decimal(weight))), goal))
        programs.change_status(program_id, "disepakati")
        progress = ProgressService(db, lambda day=today: day)
        for target_id, goal in ids:
            for r in range(rng.choice((0, 1, 1, 2))):
                files = [_evidence(rng.choice(EVIDENCE)) for _ in range(rng.choice((0, 1, 1, 2)))]
                progress.add_report(target_id, ProgressInput(
                    start + timedelta(days=30 + 30 * r), round(goal * rng.uniform(0.3, 1.2), 1),
                    "laporan"), files)
        _finalise(db, program_id, scheme, today, rng)
    db.execute_sql("INSERT INTO setting (key, value) VALUES (?, ?)", (KEY, stamp(count)))


def _finalise(db: Database, program_id: int, scheme: str, today: date,
              rng: random.Random) -> None:
    from kinerja_desktop.services.evaluations import EvaluationService

    service = EvaluationService(db, lambda: today, actor=lambda: "bench")
    evaluation_id = service.start(program_id)
    content = service.get(evaluation_id).content
    for t in content.targets:
        t.realised = Decimal(str(round(float(t.target_value or 1) * rng.uniform(0.5, 1.1), 1)))
        t.feedback = rng.choice(FEEDBACK)
        if scheme == PP46:
            t.perka = replace(t.perka, quality_realised=Decimal(rng.choice((80, 90, 95))),
                              time_realised=t.perka.time_target)
    if scheme == PP46:
        content.behaviour = {k: str(rng.choice((76, 80, 85, 90))) for k in PP46_BEHAVIOUR}
    elif scheme == PP30:
        content.behaviour = {k: str(rng.choice((80, 90, 100))) for k in PP30_BEHAVIOUR}
    elif scheme == MATRIX_2022:
        content.behaviour = {"berorientasi_pelayanan": "di_atas", "kolaboratif": "sesuai"}
        content.expectations = {"kolaboratif": "Libatkan camat dalam layanan keliling."}
        content.organisation_result = rng.choice(("istimewa", "baik", "butuh_perbaikan"))
        content.behaviour_rating = rng.choice(("di_atas", "sesuai"))
    content.recommendation = rng.choice(("lanjutkan", "lanjutkan", "pembinaan"))
    content.notes = rng.choice(NOTES)
    service.finalise(evaluation_id, content)


def ensure_db(count: int, force: bool = False, log=print) -> Path:
    return cached_database(path_for(count), force, log, lambda p: is_current(p, count),
                           lambda db: generate(db, count), f"{count} final evaluations")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args(argv)
    make_db.OUT_DIR.mkdir(parents=True, exist_ok=True)
    ensure_db(args.count, args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
