"""Build (or reuse) a deterministic synthetic roster database of 100,000 officials for bench/."""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kinerja_desktop.domain.nip import check_nip  # noqa: E402
from kinerja_desktop.domain.ranks import RANK_CODES, USUAL_RANK_RANGE  # noqa: E402
from kinerja_desktop.domain.vocab import FILLING_METHODS  # noqa: E402
from kinerja_desktop.storage import migrations, roster_repo  # noqa: E402
from kinerja_desktop.storage.database import Database, open_database  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent / "out"
DEFAULT_COUNT = 100_000
SEED = 20190614
# Bump when the generator changes so that a cached file is rebuilt.
GENERATOR_VERSION = "3"
CREATED = "2025-01-06 08:00:00"
TODAY = date(2025, 1, 6)

# (name, short name, kind, weight: share of officials)
UNITS: tuple[tuple[str, str, str, int], ...] = (
    ("Sekretariat Daerah", "Setda", "sekretariat", 4),
    ("Sekretariat Dewan Perwakilan Rakyat Daerah", "Setwan", "sekretariat", 2),
    ("Inspektorat Daerah", "Inspektorat", "dinas", 2),
    ("Dinas Pendidikan dan Kebudayaan", "Dindikbud", "dinas", 60),
    ("Dinas Kesehatan", "Dinkes", "dinas", 30),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", "dinas", 4),
    ("Dinas Perumahan Rakyat dan Kawasan Permukiman", "Disperkim", "dinas", 2),
    ("Dinas Sosial", "Dinsos", "dinas", 2),
    ("Dinas Tenaga Kerja", "Disnaker", "dinas", 2),
    ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "DP3A", "dinas", 2),
    ("Dinas Lingkungan Hidup", "DLH", "dinas", 3),
    ("Dinas Kependudukan dan Catatan Sipil", "Disdukcapil", "dinas", 2),
    ("Dinas Pemberdayaan Masyarakat Desa", "DPMD", "dinas", 2),
    ("Dinas Perhubungan", "Dishub", "dinas", 2),
    ("Dinas Komunikasi Informatika Persandian dan Statistik", "Diskominfosatik", "dinas", 2),
    ("Dinas Koperasi Usaha Kecil dan Menengah", "Diskopukm", "dinas", 2),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", "dinas", 2),
    ("Dinas Kepemudaan dan Olahraga", "Dispora", "dinas", 2),
    ("Dinas Pariwisata", "Dispar", "dinas", 2),
    ("Dinas Perpustakaan dan Kearsipan", "DPK", "dinas", 2),
    ("Dinas Perikanan", "Diskan", "dinas", 2),
    ("Dinas Pertanian", "Distan", "dinas", 4),
    ("Dinas Perindustrian dan Perdagangan", "Disperindag", "dinas", 2),
    ("Dinas Ketahanan Pangan", "DKP", "dinas", 2),
    ("Badan Perencanaan Pembangunan Daerah", "Bappeda", "badan", 2),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", "badan", 2),
    ("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", "badan", 2),
    ("Badan Pendapatan Daerah", "Bapenda", "badan", 2),
    ("Badan Penanggulangan Bencana Daerah", "BPBD", "badan", 2),
    ("Badan Kesatuan Bangsa dan Politik", "Kesbangpol", "badan", 2),
    ("Satuan Polisi Pamong Praja", "Satpol PP", "satuan", 3),
    ("Bagian Umum dan Perlengkapan", "Bag. Umum", "bagian", 1),
    ("Bagian Hukum", "Bag. Hukum", "bagian", 1),
    ("Bagian Organisasi", "Bag. Organisasi", "bagian", 1),
    ("Bagian Protokol dan Komunikasi Pimpinan", "Bag. Prokopim", "bagian", 1),
    ("Bagian Tata Pemerintahan", "Bag. Tapem", "bagian", 1),
    ("Bagian Perekonomian dan Sumber Daya Alam", "Bag. Perekonomian", "bagian", 1),
    ("Bagian Kesejahteraan Rakyat", "Bag. Kesra", "bagian", 1),
    ("Bagian Pengadaan Barang dan Jasa", "Bag. PBJ", "bagian", 1),
) + tuple((f"Kecamatan {name}", f"Kec. {name}", "kecamatan", 1) for name in (
    "Anyar", "Bandung", "Baros", "Binuang", "Bojonegara", "Carenang", "Cikande", "Cikeusal",
    "Cinangka", "Ciomas", "Ciruas", "Gunungsari", "Jawilan", "Kibin", "Kopo", "Kragilan",
    "Kramatwatu", "Lebakwangi", "Mancak", "Pabuaran", "Padarincang", "Pamarayan", "Petir",
    "Pontang", "Pulo Ampel", "Tanara", "Tirtayasa", "Tunjung Teja", "Waringin Kurung"))

MALE = ("Ahmad", "Muhammad", "Agus", "Budi", "Dedi", "Asep", "Ujang", "Dadang", "Hendra", "Iwan",
        "Joko", "Rudi", "Eko", "Bambang", "Wahyu", "Hasan", "Yusuf", "Rahmat", "Rachmat", "Andi",
        "Dodi", "Tatang", "Cecep", "Deden", "Aep", "Ade", "Ikhsan", "Fajar", "Rizky", "Arif",
        "Taufik", "Irfan", "Ridwan", "Syamsul", "Mulyadi", "Heri", "Teguh", "Slamet", "Imam",
        "Abdul", "Abdullah", "Anas", "Ajat", "Jajang", "Nana", "Encep", "Usep", "Dimas", "Yogi",
        "Hadi", "Sugeng", "Wawan", "Dani", "Gilang", "Ilham", "Lukman", "Mamat", "Odih", "Rohmat",
        "Sukarna", "Tubagus", "Zaenal", "Anwar", "Bayu", "Chaerul", "Edi", "Firman", "Habibi")
FEMALE = ("Siti", "Nur", "Sri", "Dewi", "Rina", "Yeni", "Lilis", "Euis", "Neneng", "Nining",
          "Iis", "Tuti", "Eni", "Ratna", "Wulan", "Fitri", "Dian", "Ika", "Indah", "Lina", "Maya",
          "Nurul", "Rika", "Ani", "Yuli", "Ayu", "Putri", "Kartika", "Eka", "Novi", "Erna",
          "Ratu", "Rosita", "Aminah", "Halimah", "Mega", "Nia", "Tini", "Yanti", "Elis", "Imas",
          "Santi", "Wida", "Desi", "Evi", "Heni", "Irma", "Leni", "Mira")
MALE_LAST = ("Hidayat", "Saputra", "Kurniawan", "Setiawan", "Rahman", "Hermawan", "Gunawan",
             "Nugraha", "Permana", "Suryana", "Sudrajat", "Maulana", "Firmansyah", "Hakim",
             "Fauzi", "Hamdani", "Ramdani", "Sopian", "Mulyana", "Wijaya", "Santoso", "Susanto",
             "Prasetyo", "Pratama", "Rohman", "Syahrudin", "Saefudin", "Mustofa", "Kosasih",
             "Supriatna", "Sobari", "Jaelani", "Munawar", "Nurdin", "Sulaeman", "Hasanudin",
             "Rusdi", "Abdurrahman", "Hidayatullah", "Ismail", "Kurnia", "Ramadhan", "Sutisna",
             "Wahyudi", "Suherman", "Darmawan", "Haryanto", "Iskandar", "Rasyid", "Zulkarnaen")
FEMALE_LAST = ("Hasanah", "Nurhayati", "Rahmawati", "Kurniasih", "Lestari", "Handayani",
               "Wulandari", "Rosmawati", "Fitriani", "Maryani", "Komariah", "Aisyah", "Sulastri",
               "Suryani", "Nuraeni", "Fatimah", "Khotimah", "Marlina", "Yulianti", "Oktaviani",
               "Puspitasari", "Susanti", "Hidayati", "Mulyani", "Rohayati", "Sari", "Anggraeni",
               "Permatasari", "Nurjanah", "Setiawati", "Kusumawati", "Apriyani", "Ningsih")
BACK_TITLES = ("S.Sos.", "S.E.", "S.H.", "S.T.", "S.Pd.", "S.Kom.", "S.IP.", "S.STP.", "S.Ag.",
               "S.K.M.", "S.Kep.", "A.Md.", "S.Pd., M.Pd.", "S.Sos., M.Si.", "S.E., M.M.",
               "S.H., M.H.", "S.T., M.T.", "S.STP., M.Si.", "M.Si.", "M.M.", "M.Pd.")
FIELDS = ("Perencanaan dan Evaluasi", "Pelayanan", "Pengembangan", "Pengawasan dan Pengendalian",
          "Pembinaan", "Sarana dan Prasarana", "Data dan Informasi", "Program", "Penataan",
          "Pemberdayaan", "Kerja Sama", "Penegakan Peraturan", "Pengelolaan", "Pemantauan")
SUB_SECTIONS = ("Umum dan Kepegawaian", "Keuangan", "Perencanaan", "Program dan Keuangan",
                "Tata Usaha")
KEC_SECTIONS = ("Pemerintahan", "Ketentraman dan Ketertiban Umum", "Pemberdayaan Masyarakat Desa",
                "Kesejahteraan Sosial", "Pelayanan Umum")
FUNCTIONAL = ("Analis Kebijakan Ahli Muda", "Analis Kepegawaian Ahli Pertama",
              "Pranata Komputer Ahli Pertama", "Pengadministrasi Umum", "Pengelola Keuangan",
              "Penata Laporan Keuangan", "Arsiparis Terampil", "Perencana Ahli Muda",
              "Auditor Ahli Pertama", "Pengolah Data", "Bendahara Pengeluaran",
              "Analis Sumber Daya Manusia Aparatur")
UNIT_FUNCTIONAL = {
    "Dindikbud": ("Guru Ahli Pertama", "Guru Ahli Muda", "Guru Ahli Madya", "Pengawas Sekolah",
                  "Kepala Sekolah", "Penilik"),
    "Dinkes": ("Perawat Terampil", "Perawat Ahli Pertama", "Bidan Terampil", "Bidan Ahli Pertama",
               "Dokter Ahli Pertama", "Apoteker Ahli Pertama", "Sanitarian Terampil",
               "Kepala Puskesmas"),
    "Distan": ("Penyuluh Pertanian Ahli Pertama", "Penyuluh Pertanian Terampil"),
    "Satpol PP": ("Polisi Pamong Praja Terampil", "Polisi Pamong Praja Ahli Pertama"),
}
# Structural share per eselon (the rest hold functional or staff posts without eselon).
ESELON_SHARE = (("II.a", 0.0002), ("II.b", 0.002), ("III.a", 0.006), ("III.b", 0.02),
                ("IV.a", 0.08), ("IV.b", 0.05))
STRUCTURAL_FILLINGS = ("promosi", "rotasi", "mutasi", "seleksi_terbuka")
assert all(code in FILLING_METHODS for code in STRUCTURAL_FILLINGS + ("plt", "plh", "pj"))


def schema_fingerprint() -> str:
    """Hash of the schema that open_database creates today (the app's schema may change)."""
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "schema.kinerja")
        try:
            rows = db.handle.execute_sql(
                "SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        finally:
            db.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:16]


def stamp(count: int, seed: int) -> str:
    """What a cached file must carry to be reused: generator, seed, count and schema."""
    return f"{GENERATOR_VERSION}:{seed}:{count}:{schema_fingerprint()}"


def default_path(count: int = DEFAULT_COUNT) -> Path:
    return OUT_DIR / f"roster-{count}.kinerja"


class Generator:
    """Deterministic rows for the canonical tables, from one random.Random."""

    def __init__(self, seed: int = SEED):
        self.rng = random.Random(seed)
        self.nips: set[str] = set()
        self.unit_ids = list(range(1, len(UNITS) + 1))
        self.unit_weights = [u[3] for u in UNITS]

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def name(self, male: bool) -> tuple[str, str, str]:
        rng = self.rng
        first, last = (MALE, MALE_LAST) if male else (FEMALE, FEMALE_LAST)
        parts = rng.random()
        if parts < 0.08:
            name = rng.choice(first)
        elif parts < 0.7:
            name = f"{rng.choice(first)} {rng.choice(last)}"
        else:
            name = f"{rng.choice(first)} {rng.choice(first)} {rng.choice(last)}"
        front = ""
        roll = rng.random()
        if roll < 0.06:
            front = "H." if male else "Hj."
        elif roll < 0.09:
            front = "Drs." if male else "Dra."
        elif roll < 0.1:
            front = "Dr."
        elif roll < 0.11:
            front = "Ir."
        back = rng.choice(BACK_TITLES) if rng.random() < 0.75 else ""
        return name, front, back

    def nip(self, male: bool) -> tuple[str, date]:
        rng = self.rng
        while True:
            birth = date(1964, 1, 1) + timedelta(days=rng.randrange(365 * 36))
            # TMT CPNS at age 19 to 35, never past 2023.
            year = min(2023, birth.year + 19 + rng.randrange(17))
            month = rng.choice((1, 2, 3, 3, 3, 4, 12, 12, rng.randint(1, 12)))
            nip = (f"{birth:%Y%m%d}{year:04d}{month:02d}{1 if male else 2}"
                   f"{rng.randint(1, 999):03d}")
            if nip not in self.nips:
                self.nips.add(nip)
                return nip, birth

    def post(self, unit_id: int) -> tuple[str, str | None, str | None]:
        """(post title, eselon, filling) of a post in this unit."""
        rng = self.rng
        name, short, kind, _w = UNITS[unit_id - 1]
        roll = rng.random()
        eselon = None
        for code, share in ESELON_SHARE:
            if roll < share:
                eselon = code
                break
            roll -= share
        filling = None if eselon is None else rng.choice(STRUCTURAL_FILLINGS)
        if eselon is None:
            pool = UNIT_FUNCTIONAL.get(short, ())
            title = rng.choice(pool) if pool and rng.random() < 0.8 else rng.choice(FUNCTIONAL)
            return title, None, rng.choice((None, None, "mutasi"))
        place = name.removeprefix("Kecamatan ")
        if kind == "kecamatan":
            title = {"II.a": f"Camat {place}", "II.b": f"Camat {place}",
                     "III.a": f"Camat {place}", "III.b": f"Sekretaris Kecamatan {place}",
                     "IV.a": f"Kepala Seksi {rng.choice(KEC_SECTIONS)}",
                     "IV.b": f"Kepala Sub Bagian {rng.choice(SUB_SECTIONS)}"}[eselon]
        elif kind == "bagian":
            title = {"IV.b": f"Kepala Sub Bagian {rng.choice(SUB_SECTIONS)}",
                     "IV.a": f"Kepala Sub Bagian {rng.choice(FIELDS)}"}.get(
                eselon, f"Kepala {name}")
        else:
            title = {"II.a": "Sekretaris Daerah" if short == "Setda" else f"Kepala {name}",
                     "II.b": f"Kepala {name}", "III.a": f"Sekretaris {name}",
                     "III.b": f"Kepala Bidang {rng.choice(FIELDS)}",
                     "IV.a": f"Kepala Seksi {rng.choice(FIELDS)}",
                     "IV.b": f"Kepala Sub Bagian {rng.choice(SUB_SECTIONS)}"}[eselon]
        return title, eselon, filling

    def rank(self, eselon: str | None) -> str:
        if eselon in USUAL_RANK_RANGE and self.rng.random() < 0.9:
            low, high = USUAL_RANK_RANGE[eselon]
            return self.rng.choice(RANK_CODES[RANK_CODES.index(low):RANK_CODES.index(high) + 1])
        return self.rng.choice(RANK_CODES[4:13])  # II/a .. IV/a

    def unit(self) -> int:
        return self.rng.choices(self.unit_ids, self.unit_weights)[0]


def generate(db: Database, count: int, seed: int = SEED) -> None:
    """Insert units, officials and appointments into an empty database, then build the roster."""
    gen = Generator(seed)
    rng = gen.rng
    units = [(i, gen.uuid(), CREATED, CREATED, name, short, kind)
             for i, (name, short, kind, _w) in enumerate(UNITS, start=1)]
    officials, appointments = [], []
    appointment_id = 0
    for official_id in range(1, count + 1):
        male = rng.random() < 0.55
        nip, birth = gen.nip(male)
        name, front, back = gen.name(male)
        tmt = date(int(nip[8:12]), int(nip[12:14]), 1)
        active = 0 if rng.random() < 0.02 else 1
        history = rng.choices((1, 2, 3), (50, 35, 15))[0]
        # Start dates: random between TMT CPNS and today, in order.
        span = max(1, (TODAY - tmt).days)
        starts = sorted(tmt + timedelta(days=rng.randrange(span)) for _ in range(history))
        unit_id = gen.unit()
        last_eselon = None
        previous_title = ""
        for index, start in enumerate(starts):
            if rng.random() < 0.25:
                unit_id = gen.unit()
            title, eselon, filling = gen.post(unit_id)
            last_eselon = eselon or last_eselon
            last = index == history - 1
            end = None
            if not last:
                end = max(start, starts[index + 1] - timedelta(days=1))
            elif not active:
                end = min(TODAY, start + timedelta(days=365 + rng.randrange(2000)))
            appointment_id += 1
            decree_date = start - timedelta(days=rng.randrange(1, 20))
            appointments.append((
                appointment_id, gen.uuid(), CREATED, CREATED, official_id, title, unit_id, eselon,
                filling, f"821.2/Kep.{rng.randint(1, 999)}-BKPSDM/{decree_date.year}",
                decree_date.isoformat(), start.isoformat(),
                end.isoformat() if end else None, previous_title))
            previous_title = title
        if active and last_eselon and rng.random() < 0.05:
            # Acting post held alongside the own one (Sekretaris sekaligus Plt. Kepala).
            appointment_id += 1
            unit_name = UNITS[unit_id - 1][0]
            start = max(starts[-1], TODAY - timedelta(days=rng.randrange(1, 200)))
            appointments.append((
                appointment_id, gen.uuid(), CREATED, CREATED, official_id,
                f"Kepala {unit_name}" if not unit_name.startswith("Kecamatan")
                else f"Camat {unit_name.removeprefix('Kecamatan ')}",
                unit_id, "II.b", rng.choice(("plt", "plt", "plh", "pj")), "", None,
                start.isoformat(), None, ""))
        officials.append((official_id, gen.uuid(), CREATED, CREATED, nip, name, front, back,
                          gen.rank(last_eselon), "L" if male else "P", birth.isoformat(),
                          active))
    cur = db.handle.cursor()
    with db.atomic():
        cur.executemany("INSERT INTO unit (id, uuid, created_at, modified_at, name, short_name, "
                        "kind) VALUES (?,?,?,?,?,?,?)", units)
        cur.executemany("INSERT INTO official (id, uuid, created_at, modified_at, nip, name, "
                        "front_title, back_title, rank, sex, birth_date, active) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", officials)
        cur.executemany("INSERT INTO appointment (id, uuid, created_at, modified_at, "
                        "official_id, post_title, unit_id, eselon, filling, decree_number, "
                        "decree_date, start_date, end_date, previous_post) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", appointments)
        cur.executemany("INSERT INTO setting (key, value) VALUES (?, ?)",
                        [("bench_generator", stamp(count, seed))])
    roster_repo.refresh_all(db)


def check_sample(db: Database, size: int = 500) -> None:
    """Validate a sample of the generated NIPs with the domain's own check."""
    for (nip,) in db.handle.execute_sql(
            "SELECT nip FROM official ORDER BY random() LIMIT ?", (size,)):
        info, problems = check_nip(nip)
        if info is None or problems:
            raise RuntimeError(f"generated NIP {nip} is not valid: {problems}")


def is_current(path: Path, count: int, seed: int = SEED) -> bool:
    """True if the file at path was built by this generator version for this count."""
    if not path.exists():
        return False
    try:
        db = open_database(path, create=False)
    except Exception:  # noqa: BLE001 - any problem means "rebuild"
        return False
    try:
        h = db.handle
        found = h.execute_sql("SELECT value FROM setting WHERE key = 'bench_generator'"
                              ).fetchone()
        return (found is not None and found[0] == stamp(count, seed)
                and db.schema_version() == migrations.LATEST_VERSION
                and h.execute_sql("SELECT count(*) FROM official").fetchone()[0] == count
                and h.execute_sql("SELECT count(*) FROM roster_entry").fetchone()[0] == count)
    finally:
        db.close()


def ensure_db(path: Path | None = None, count: int = DEFAULT_COUNT, seed: int = SEED,
              force: bool = False, log=print) -> Path:
    """Return the path of a current synthetic database, building it if missing or stale."""
    path = Path(path or default_path(count))
    if not force and is_current(path, count, seed):
        log(f"reusing {path}")
        return path
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    db = open_database(path)
    try:
        generate(db, count, seed)
        check_sample(db)
        db.handle.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    log(f"built {path} ({count} officials) in {time.perf_counter() - started:.1f} s")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path, help="database file (default: bench/out/)")
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--force", action="store_true", help="rebuild even if cached")
    args = parser.parse_args(argv)
    ensure_db(args.path, args.count, args.seed, args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
