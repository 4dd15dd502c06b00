"""Demo data: the inauguration of 14 June 2019 at the Pendopo Bupati Serang (shared/seed/).

Names, posts and how each post was filled are facts from the news report. NIPs and ranks are
made up (valid in form, labelled as examples); the report gives no dates for earlier posts, so
they are left empty, and the posts the inauguration closed end on 13 June 2019 by the app's rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kinerja_desktop.domain.officials import (AppointmentInput, InaugurationInput,
                                              InaugurationItem, OfficialInput)
from kinerja_desktop.services import uses_database
from kinerja_desktop.services.inauguration import record_inauguration
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import official_repo as repo
from kinerja_desktop.storage.database import Database

INAUGURATION_DATE = date(2019, 6, 14)
INAUGURATION_PLACE = "Pendopo Bupati Serang"
DEMO_NOTICE = "Data contoh: NIP dan golongan adalah rekaan, bukan data kepegawaian asli."

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


@dataclass
class DemoResult:
    officials_added: int
    inauguration_added: bool

    @property
    def changed(self) -> bool:
        return bool(self.officials_added or self.inauguration_added)


@uses_database
def load_demo(db: Database) -> DemoResult:
    """Load the demo; what is already there is left alone, so a second run changes nothing."""
    roster = RosterService(db)
    added = 0
    with db.atomic():
        for name, short, kind in UNITS:
            repo.ensure_unit(name, short, kind)
        if not repo.get_setting("instansi"):
            repo.set_setting("instansi", "Pemerintah Kabupaten Serang")
            repo.set_setting("tempat", "Serang")
            repo.set_setting("provinsi", "Banten")
        if repo.get_setting("catatan_data_contoh") != DEMO_NOTICE:
            repo.set_setting("catatan_data_contoh", DEMO_NOTICE)
        bupati = repo.ensure_signatory("Ratu Tatu Chasanah", "Bupati Serang", "bupati")
        for person in OFFICIALS:
            if roster.id_by_nip(person.nip) is None:
                roster.create(OfficialInput(person.nip, person.name, rank=person.rank),
                              person.previous)
                added += 1
        inaugurated = repo.find_inauguration(INAUGURATION_DATE, INAUGURATION_PLACE) is not None
        if not inaugurated:
            items = [InaugurationItem(roster.id_by_nip(nip), post, unit, "II.b", filling)
                     for nip, post, unit, filling in INAUGURATED]
            record_inauguration(db, InaugurationInput(
                INAUGURATION_DATE, INAUGURATION_PLACE, bupati,
                note="Pelantikan lima pejabat eselon II; wajib menyusun inovasi dan target "
                     "kinerja 100 hari.", items=items))
    return DemoResult(added, not inaugurated)
