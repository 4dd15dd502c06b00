"""Builders for program tests: an official with a post, targets and evidence files."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.domain.programs import TargetInput
from kinerja_desktop.services.roster import RosterService

NIP = "197203151995031004"
OTHER_NIP = "197008231993031006"
KOMINFO = "Dinas Komunikasi Informatika Persandian dan Statistik"
START = date(2019, 6, 14)
DAY_100 = date(2019, 9, 21)


def appointment(db, nip: str = NIP, name: str = "Anas Dwisatya", unit: str = KOMINFO,
                start: date = START) -> tuple[int, int]:
    """(official id, appointment id) of a new official holding one post from `start`."""
    roster = RosterService(db)
    official_id, _ = roster.create(OfficialInput(nip, name, rank="IV/b"), [AppointmentInput(
        f"Kepala {unit}", unit, "II.b", "seleksi_terbuka", start_date=start)])
    (post,) = roster.get(official_id).appointments
    return official_id, post.id


def target(title: str = "Integrasi sistem TIK", weight: str | int = 50, **kw) -> TargetInput:
    values = dict(kind="target_kinerja", title=title, measure="angka", target_value=100.0,
                  unit="%", weight=Decimal(str(weight)))
    values.update(kw)
    return TargetInput(**values)


def innovation(title: str = "Smart village", weight: str | int = 50, **kw) -> TargetInput:
    return target(title, weight, kind="inovasi", **kw)
