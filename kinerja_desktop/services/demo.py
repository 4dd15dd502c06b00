"""Demo data: the inauguration of 14 June 2019 at the Pendopo Bupati Serang (shared/seed/).

Names, posts and how each post was filled are facts from the news report. NIPs and ranks are
made up (valid in form, labelled as examples); the report gives no dates for earlier posts, so
they are left empty, and the posts the inauguration closed end on 13 June 2019 by the app's rule.

The five 100-day programs of the inauguration are created as drafts. Only Anas Dwisatya's has
targets: the four the report names, with indicators, figures, weights and due dates that are
made up. The development priorities they link to are examples too (the report gives no RPJMD
missions), and their titles say so.

Anas Dwisatya's program is then agreed and evaluated on day 100 (21 September 2019) by the
Bupati as Pejabat Penilai, under the weighted scheme; the realisations are made up and the
evaluation's notes say so. Finalising it makes his program Dievaluasi; the others stay Draft.

Disdukcapil's post is then handed over by Jajang KH (its Plt Kepala until the inauguration) to
Abdullah on 14 June 2019. The report tells only that it happened: the memo's contents, the
numbers and the decree are made up, and the handover's notes say so.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from kinerja_desktop.domain import options
from kinerja_desktop.domain.handover import HandoverInput, HandoverItemInput, Witness
from kinerja_desktop.domain.officials import (AppointmentInput, InaugurationInput,
                                              InaugurationItem, OfficialInput)
from kinerja_desktop.domain.periods import HUNDRED_DAYS
from kinerja_desktop.domain.programs import TargetInput
from kinerja_desktop.services import settings as dataset
from kinerja_desktop.services.demo_removal import Snapshot
from kinerja_desktop.services.evaluations import EvaluationService
from kinerja_desktop.services.handover import HandoverService
from kinerja_desktop.services.inauguration import record_inauguration
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import evaluation_repo
from kinerja_desktop.storage import official_repo as repo
from kinerja_desktop.storage import program_repo
from kinerja_desktop.storage.database import Database

INAUGURATION_DATE = date(2019, 6, 14)
INAUGURATION_PLACE = "Pendopo Bupati Serang"
DEMO_NOTICE = ("Data contoh: NIP dan golongan adalah rekaan, bukan data kepegawaian asli; "
               "angka target, realisasi dan misi pembangunan hanya contoh.")

# (name, short name, kind)
UNITS = (
    ("Dinas Komunikasi Informatika Persandian dan Statistik", "Diskominfosatik", "dinas"),
    ("Badan Perencanaan Pembangunan Daerah", "Bappeda", "badan"),
    ("Satuan Polisi Pamong Praja", "Satpol PP", "satuan"),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", "badan"),
    ("Dinas Kependudukan dan Catatan Sipil", "Disdukcapil", "dinas"),
    ("Dinas Pemberdayaan Masyarakat Desa", "DPMD", "dinas"),
    ("Kecamatan Petir", "Kec. Petir", "kecamatan"),
    ("Bagian Umum dan Perlengkapan", "Bag. Umum", "bagian"),
    ("Sekretariat Daerah", "Setda", "sekretariat"),
)


@dataclass(frozen=True)
class DemoOfficial:
    nip: str  # made up: valid form, not a real NIP
    name: str
    rank: str
    previous: tuple[AppointmentInput, ...]


def _post(title: str, unit: str, eselon: str, filling: str | None = None,
          previous_post: str = "") -> AppointmentInput:
    return AppointmentInput(title, unit, eselon, filling, previous_post=previous_post)


DISKOMINFO, BAPPEDA, SATPOL, BKPSDM, DUKCAPIL, DPMD, PETIR, UMUM, SETDA = (u[0] for u in UNITS)

OFFICIALS = (
    DemoOfficial("197203151995031004", "Anas Dwisatya", "IV/b", (
        _post(f"Sekretaris {DISKOMINFO}", DISKOMINFO, "III.a"),
        _post(f"Kepala {DISKOMINFO}", DISKOMINFO, "II.b", "plt"))),
    DemoOfficial("197008231993031006", "Rachmat Maulana", "IV/b", (
        _post(f"Sekretaris {BAPPEDA}", BAPPEDA, "III.a"),
        _post(f"Kepala {BAPPEDA}", BAPPEDA, "II.b", "plt"))),
    DemoOfficial("196805041990021003", "Ajat", "IV/b", (
        _post("Camat Petir", PETIR, "III.a"),)),
    DemoOfficial("196909171994031005", "Mohamad Ishak Abdul Raup", "IV/b", (
        _post("Kepala Bagian Umum dan Perlengkapan", UMUM, "III.a"),)),
    DemoOfficial("196611201989031007", "Abdullah", "IV/c", (
        _post(f"Kepala {DPMD}", DPMD, "II.b"),)),
    DemoOfficial("197102101996031002", "Jajang KH", "IV/a", (
        _post(f"Sekretaris {DUKCAPIL}", DUKCAPIL, "III.a"),
        _post(f"Kepala {DUKCAPIL}", DUKCAPIL, "II.b", "plt"))),
    DemoOfficial("196507071988031008", "Asep Saefudin Mustofa", "IV/c", (
        _post("Asisten Daerah I (Asda I)", SETDA, "II.b",
              previous_post=f"Kepala {DUKCAPIL}"),)),
)

# (NIP, new post, unit, how filled), in the order of the report.
INAUGURATED = (
    ("197203151995031004", f"Kepala {DISKOMINFO}", DISKOMINFO, "seleksi_terbuka"),
    ("197008231993031006", f"Kepala {BAPPEDA}", BAPPEDA, "seleksi_terbuka"),
    ("196805041990021003", f"Kepala {SATPOL}", SATPOL, "seleksi_terbuka"),
    ("196909171994031005", f"Kepala {BKPSDM}", BKPSDM, "seleksi_terbuka"),
    ("196611201989031007", f"Kepala {DUKCAPIL}", DUKCAPIL, "rotasi"),
)


ANAS_NIP = INAUGURATED[0][0]

# Development priorities for targets to link to. The report names no RPJMD missions: these are
# generic examples and their titles say so. (code, title)
PRIORITIES = (
    ("Misi 1", "Contoh: tata kelola pemerintahan yang baik berbasis teknologi informasi"),
    ("Misi 2", "Contoh: pelayanan publik yang cepat, mudah dan terjangkau"),
    ("Misi 3", "Contoh: pembangunan desa dan pemerataan akses layanan dasar"),
    ("Misi 4", "Contoh: keterbukaan informasi dan partisipasi masyarakat dalam pembangunan"),
)


@dataclass(frozen=True)
class DemoTarget:
    """A demo target and the code of the development priority it links to."""

    priority_code: str
    data: TargetInput


# Anas Dwisatya's 100-day targets as the report names them; figures, weights, dates, budgets
# and the funding programmes are made up, inside the 100 days (14 June – 21 September 2019),
# weights totalling 100.
ANAS_TARGETS = (
    DemoTarget("Misi 1", TargetInput(
        kind="inovasi",
        title="Optimalisasi Sistem Pemerintahan Berbasis Elektronik (SPBE)",
        description="Memaksimalkan sistem pelayanan pemerintahan berbasis elektronik: naskah "
                    "dinas, layanan informasi dan pengaduan daring dipakai seluruh perangkat "
                    "daerah.",
        indicator="Persentase perangkat daerah yang memakai layanan SPBE (naskah dinas "
                  "elektronik)",
        measure="angka", target_value=80, unit="%", weight=Decimal(30), priority="tinggi",
        due_date=date(2019, 9, 13), budget=150_000_000,
        budget_program="Program Pengelolaan Aplikasi Informatika: pengembangan SPBE",
        evidence_expected="Laporan pemakaian aplikasi per perangkat daerah; daftar hadir dan "
                          "dokumentasi sosialisasi; SK Tim SPBE.")),
    DemoTarget("Misi 1", TargetInput(
        kind="target_kinerja",
        title="Penyatuan sistem TIK di lingkungan dinas",
        description="Aplikasi dan data yang tersebar di bidang-bidang dinas disatukan dalam "
                    "satu pusat data dan satu akun pengguna.",
        indicator="Jumlah aplikasi dinas yang terintegrasi ke pusat data",
        measure="angka", target_value=5, unit="aplikasi", weight=Decimal(25), priority="tinggi",
        due_date=date(2019, 8, 30), budget=75_000_000,
        budget_program="Program Pengelolaan Aplikasi Informatika: integrasi pusat data",
        evidence_expected="Berita acara integrasi; tangkapan layar dasbor pusat data; laporan "
                          "uji fungsi.")),
    DemoTarget("Misi 3", TargetInput(
        kind="inovasi",
        title="Konsep desa cerdas (smart village)",
        description="Jangka panjang: setiap desa memiliki akses TIK yang baik. Dalam 100 hari: "
                    "dokumen konsep desa cerdas bersama DPMD dan daftar desa percontohan.",
        indicator="Dokumen konsep desa cerdas tersusun dan disepakati bersama DPMD",
        measure="selesai", weight=Decimal(25), priority="sedang",
        due_date=date(2019, 9, 20), budget=50_000_000,
        budget_program="Program Pengelolaan Aplikasi Informatika: desa cerdas",
        evidence_expected="Dokumen konsep desa cerdas; berita acara pembahasan dengan DPMD; "
                          "daftar desa percontohan.")),
    DemoTarget("Misi 4", TargetInput(
        kind="target_kinerja",
        title="Kerja sama publikasi pembangunan",
        description="Kerja sama dengan lembaga negara, perguruan tinggi dan perusahaan media "
                    "sosial (Facebook) untuk menyebarluaskan informasi pembangunan daerah.",
        indicator="Jumlah naskah kerja sama yang ditandatangani",
        measure="angka", target_value=3, unit="kerja sama", weight=Decimal(20),
        priority="sedang", due_date=date(2019, 9, 21), budget=25_000_000,
        budget_program="Program Pengelolaan Informasi dan Komunikasi Publik",
        evidence_expected="Naskah kesepahaman atau perjanjian kerja sama yang ditandatangani; "
                          "dokumentasi penandatanganan.")),
)


# The evaluation on day 100: made-up realisations, in the order of ANAS_TARGETS (SPBE 72 of 80%,
# 4 of 5 applications, the smart-village concept done, 2 of 3 agreements): score 85.3, Baik.
EVALUATION_DATE = date(2019, 9, 21)
# When the program became Dievaluasi in its history: the evaluation's day (14:00 WIB, made up),
# not the day the demo is loaded.
EVALUATED_AT = datetime(2019, 9, 21, 7, 0)
EVALUATION_ACTOR = "data contoh"
ANAS_REALISATIONS = (Decimal(72), Decimal(4), Decimal(1), Decimal(2))
EVALUATION_NOTES = ("Data contoh: angka realisasi rekaan. Evaluasi 100 hari oleh Bupati Serang "
                    "selaku Pejabat Penilai Kinerja.")
EVALUATION_RECOMMENDATION = "lanjutkan"


# The handover of Disdukcapil from its Plt Kepala to Abdullah, the day of the inauguration. The
# report names the people and the day; the memo, the numbers and the decree are made up.
JAJANG_NIP = "197102101996031002"
ABDULLAH_NIP = INAUGURATED[4][0]
HANDOVER_ACTOR = EVALUATION_ACTOR
# The Berita Acara carries the agency letterhead of the settings (the Setda's in the demo), so
# its number is the Setda's: a number of the office whose letterhead it is printed on.
HANDOVER_NUMBER = "800/014-Setda/2019"
HANDOVER_DECREE = ("821.2/Kep.123-Huk/2019", date(2019, 6, 14))
HANDOVER_DECREE_ISSUER = "Bupati Serang"
HANDOVER_DECREE_SUBJECT = ("Pengangkatan dalam Jabatan Pimpinan Tinggi Pratama di Lingkungan "
                           "Pemerintah Kabupaten Serang")
HANDOVER_NOTES = ("Data contoh: isi memori serah terima, angka, nomor berita acara dan nomor SK "
                  "adalah rekaan. Segala tindakan selama masa Plt tetap menjadi tanggung jawab "
                  "Pejabat yang menyerahkan.")
HANDOVER_PROGRAMS = (
    "1. Perekaman dan pencetakan KTP elektronik, termasuk perekaman keliling ke sekolah dan "
    "kecamatan.\n"
    "2. Percepatan kepemilikan akta kelahiran anak usia 0–18 tahun dan Kartu Identitas Anak "
    "(KIA).\n"
    "3. Pemutakhiran data kependudukan semester I tahun 2019 dan konsolidasi data bersama "
    "Ditjen Dukcapil.\n"
    "4. Pelayanan dokumen kependudukan di kecamatan (pelayanan jemput bola).")
HANDOVER_PROBLEMS = (
    "1. Persediaan blanko KTP elektronik terbatas sehingga sebagian warga baru menerima surat "
    "keterangan pengganti.\n"
    "2. Jaringan komunikasi data ke pusat sering terputus di beberapa kecamatan.\n"
    "3. Jumlah operator perekaman belum sebanding dengan jumlah pemohon.")
HANDOVER_RECOMMENDATIONS = (
    "1. Mengajukan tambahan alokasi blanko KTP elektronik kepada Ditjen Dukcapil.\n"
    "2. Berkoordinasi dengan Diskominfosatik untuk perbaikan jaringan di kecamatan.\n"
    "3. Menyelesaikan laporan pertanggungjawaban anggaran semester I tepat waktu.")
HANDOVER_WITNESSES = (
    Witness("Ratu Tatu Chasanah", "Bupati Serang"),
    # Signed without the abbreviation: a signature title is written out (PUEBI, issue 18).
    Witness("Asep Saefudin Mustofa", "Asisten Daerah I", "196507071988031008"),
)
HANDOVER_ITEMS = (
    HandoverItemInput("kegiatan", "Perekaman KTP elektronik keliling", "Rp150.000.000",
                      "sedang berjalan", "realisasi 45% s.d. Mei 2019"),
    HandoverItemInput("kegiatan", "Penerbitan akta kelahiran dan KIA", "Rp90.000.000",
                      "sedang berjalan", "realisasi 40%"),
    HandoverItemInput("kegiatan", "Pemutakhiran data kependudukan semester I", "Rp60.000.000",
                      "tahap verifikasi", "tenggat 30 Juni 2019"),
    HandoverItemInput("pegawai", "Pegawai Negeri Sipil", "62 orang", "aktif",
                      "daftar nominatif terlampir"),
    HandoverItemInput("pegawai", "Tenaga non-PNS (operator dan pelayanan)", "35 orang",
                      "aktif", ""),
    HandoverItemInput("aset", "Alat perekaman KTP elektronik", "12 set", "baik",
                      "2 set di kecamatan"),
    HandoverItemInput("aset", "Printer kartu KTP elektronik", "4 unit", "3 baik, 1 rusak ringan",
                      "perlu servis"),
    HandoverItemInput("aset", "Kendaraan dinas roda empat", "2 unit", "baik", ""),
    HandoverItemInput("dokumen", "Dokumen Pelaksanaan Anggaran (DPA) tahun 2019", "1 berkas",
                      "lengkap", ""),
    HandoverItemInput("dokumen", "Rencana Strategis Dinas 2016–2021", "1 buku", "lengkap", ""),
    HandoverItemInput("dokumen", "Laporan realisasi anggaran s.d. Mei 2019", "1 berkas",
                      "lengkap", ""),
)


@dataclass
class DemoResult:
    officials_added: int
    inauguration_added: bool
    programs_added: int = 0
    targets_added: int = 0
    priorities_added: int = 0
    evaluations_added: int = 0
    handovers_added: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.officials_added or self.inauguration_added or self.programs_added
                    or self.targets_added or self.priorities_added or self.evaluations_added
                    or self.handovers_added)


def _ensure_priorities(programs: ProgramService) -> tuple[dict[str, int], int]:
    """The demo's development priorities by code, added when missing (matched by code and
    title, so a user's own "Misi 1" is never taken for the example)."""
    known = {(p.code, p.title): p.id for p in programs.priorities(include_inactive=True)}
    ids, added = {}, 0
    for code, title in PRIORITIES:
        if (code, title) not in known:
            known[(code, title)] = programs.add_priority(code, title)
            added += 1
        ids[code] = known[(code, title)]
    return ids, added


def _anas_program(programs: ProgramService) -> int | None:
    for program_id in programs.program_ids(ANAS_NIP):
        p = programs.program(program_id)
        if p.kind == HUNDRED_DAYS and p.start_date == INAUGURATION_DATE:
            return program_id
    return None


def _as_demo_left_it(programs: ProgramService, program_id: int) -> bool:
    """A draft whose targets are still exactly the demo's (the user has not made it theirs)."""
    if not programs.program(program_id).editable:
        return False
    targets = [t.data for t in programs.targets(program_id)]
    return [(t.kind, t.title, t.measure, t.weight) for t in targets] == [
        (d.data.kind, d.data.title, d.data.measure, d.data.weight) for d in ANAS_TARGETS]


def _evaluate_anas(db: Database, programs: ProgramService, program_id: int) -> None:
    """Agree Anas Dwisatya's program, then evaluate and finalise it on day 100."""
    programs.change_status(program_id, "disepakati")
    # Agreed a week after the inauguration (made up), as the printed agreement will say.
    program_repo.date_last_status_change(db, program_id, datetime(2019, 6, 21, 2, 0))
    service = EvaluationService(db, today=lambda: EVALUATION_DATE,
                                actor=lambda: EVALUATION_ACTOR)
    evaluation_id = service.start(program_id)
    content = service.get(evaluation_id).content
    by_title = dict(zip((t.data.title for t in ANAS_TARGETS), ANAS_REALISATIONS, strict=True))
    targets = [replace(t, realised=by_title[t.title]) for t in content.targets]
    content = replace(content, date=EVALUATION_DATE, targets=targets,
                      recommendation=EVALUATION_RECOMMENDATION, notes=EVALUATION_NOTES)
    service.save_draft(evaluation_id, content, "realisasi dan rekomendasi")
    service.finalise(evaluation_id)
    evaluation_repo.date_finalisation(db, evaluation_id, EVALUATED_AT)
    program_repo.date_last_status_change(db, program_id, EVALUATED_AT)


def _add_handover(db: Database, roster: RosterService) -> int:
    """Jajang KH (Plt Kepala) hands Disdukcapil over to Abdullah on the inauguration day;
    added when that handover is missing. Returns how many were added (0 or 1)."""
    jajang, abdullah = roster.id_by_nip(JAJANG_NIP), roster.id_by_nip(ABDULLAH_NIP)
    service = HandoverService(db, actor=lambda: HANDOVER_ACTOR)
    if (jajang is None or abdullah is None
            or service.find(INAUGURATION_DATE, jajang, abdullah) is not None):
        return 0
    post = f"Kepala {DUKCAPIL}"
    new_post = next((a for a in roster.get(abdullah).appointments
                     if a.post_title == post and a.start_date == INAUGURATION_DATE), None)
    data = (service.suggest(new_post.id) if new_post is not None
            else HandoverInput(post_title=post, unit_name=DUKCAPIL, incoming_official_id=abdullah))
    if data.outgoing_official_id != jajang:
        acting = next((a for a in roster.get(jajang).appointments
                       if a.post_title == post and a.filling == "plt"), None)
        data = replace(data, outgoing_official_id=jajang,
                       outgoing_appointment_id=acting.id if acting else None)
    if data.outgoing_appointment_id is None and data.incoming_appointment_id is None:
        return 0  # the user has removed both posts: nothing to hand over by the rules
    service.create(replace(
        data, date=INAUGURATION_DATE, number=HANDOVER_NUMBER, place=INAUGURATION_PLACE,
        decree_number=HANDOVER_DECREE[0], decree_date=HANDOVER_DECREE[1],
        decree_issuer=HANDOVER_DECREE_ISSUER, decree_subject=HANDOVER_DECREE_SUBJECT,
        witnesses=list(HANDOVER_WITNESSES), programs=HANDOVER_PROGRAMS,
        problems=HANDOVER_PROBLEMS, recommendations=HANDOVER_RECOMMENDATIONS,
        notes=HANDOVER_NOTES, items=list(HANDOVER_ITEMS)))
    return 1


# The letterheads of the Setda of Kabupaten Serang for the demo. The regency's name, place,
# province, the Bupati's title and the website (serangkab.go.id) are the regency's own; the
# street address, telephone, e-mail and post code are the demo's, plausible but made up (not
# copied from a real letterhead). No emblem: the app ships neither the regency's nor the
# national one, the office supplies both.
DEMO_LETTERHEAD = (
    (options.GOVERNMENT, "Pemerintah Kabupaten Serang"),
    (options.PLACE, "Serang"),
    (options.PROVINCE, "Banten"),
    (options.AGENCY, "Sekretariat Daerah"),
    (options.HEAD_TITLE, "BUPATI SERANG"),
    (options.ADDRESS, "Jl. Veteran No. 1, Serang"),  # the demo's
    (options.TELEPHONE, "(0254) 200001"),  # the demo's
    (options.EMAIL, "setda@serangkab.go.id"),  # the demo's
    (options.POSTAL_CODE, "42111"),  # the demo's
    (options.WEBSITE, "serangkab.go.id"),
)


def _set_letterhead(db: Database) -> None:
    """The demo's letterhead settings, only on a dataset not set up yet; and only the keys not
    stored at all: a stored key (even empty) is the user's, and "Hapus data contoh" removes
    exactly the keys that appeared with the demo (demo_removal.Snapshot)."""
    if dataset.get(db, options.GOVERNMENT):
        return
    stored = dataset.stored(db)
    for option, value in DEMO_LETTERHEAD:
        if option.key not in stored:
            dataset.set(db, option, value)


def _bupati(db: Database) -> int:
    """The Bupati the user recorded (in the setup wizard), else the report's: the demo never
    adds a second Bupati beside the user's, and never overwrites the user's."""
    existing = repo.signatory_by_role(db, "bupati")
    if existing is not None:
        return existing.id
    return repo.ensure_signatory(db, "Ratu Tatu Chasanah", "Bupati Serang", "bupati")


def _demo_official(roster: RosterService, nip: str) -> int:
    official_id = roster.id_by_nip(nip)
    if official_id is None:  # every NIP the demo names is one of OFFICIALS, added first
        raise LookupError(f"Pejabat contoh dengan NIP {nip} tidak ada.")
    return official_id


def load_demo(db: Database) -> DemoResult:
    """Load the demo; what is already there is left alone, so a second run changes nothing.

    A database loaded by an earlier version (roster and inauguration, no programs; or programs
    and no evaluation; or no handover) gets the programs, priorities, targets, evaluation and
    handover it lacks. Anas Dwisatya's program is only agreed and evaluated while it is a draft
    with the demo's own targets and no evaluation: a program the user has changed or agreed is
    left alone.
    """
    roster = RosterService(db)
    programs = ProgramService(db)
    added = 0
    with db.atomic():
        before = Snapshot(db)  # what the user has: "Hapus data contoh" removes only the rest
        for name, short, kind in UNITS:
            repo.ensure_unit(db, name, short, kind)
        _set_letterhead(db)
        if dataset.get(db, options.DEMO_NOTICE) != DEMO_NOTICE:
            dataset.set(db, options.DEMO_NOTICE, DEMO_NOTICE)
        bupati = _bupati(db)
        for person in OFFICIALS:
            if roster.id_by_nip(person.nip) is None:
                roster.create(OfficialInput(person.nip, person.name, rank=person.rank),
                              person.previous)
                added += 1
        inaugurated = repo.find_inauguration(db, INAUGURATION_DATE, INAUGURATION_PLACE) is not None
        if not inaugurated:
            items = [InaugurationItem(_demo_official(roster, nip), post, unit, "II.b", filling)
                     for nip, post, unit, filling in INAUGURATED]
            record_inauguration(db, InaugurationInput(
                INAUGURATION_DATE, INAUGURATION_PLACE, bupati,
                note="Pelantikan lima pejabat eselon II; wajib menyusun inovasi dan target "
                     "kinerja 100 hari.", items=items))
        # Drafts: the targets stay editable, as they were before the Bupati agreed to them.
        created = programs.create_for_inauguration(INAUGURATION_DATE).created
        priority_ids, priorities_added = _ensure_priorities(programs)
        targets_added = 0
        anas = _anas_program(programs)
        if anas is not None and programs.program(anas).editable and not programs.targets(anas):
            for target in ANAS_TARGETS:
                programs.add_target(anas, replace(
                    target.data, priority_link_id=priority_ids[target.priority_code]))
                targets_added += 1
        evaluations_added = 0
        if (anas is not None and not EvaluationService(db).evaluations(program_id=anas)
                and _as_demo_left_it(programs, anas)):
            _evaluate_anas(db, programs, anas)
            evaluations_added = 1
        handovers_added = _add_handover(db, roster)
        before.record_added(db)
    return DemoResult(added, not inaugurated, len(created), targets_added, priorities_added,
                      evaluations_added, handovers_added)
