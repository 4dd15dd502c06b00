"""The --nip filter of `program list` and `evaluation list`: checked before anything is read."""

from __future__ import annotations

from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.services.database import Database


def nip_of(value: str | None) -> str | None:
    """The NIP typed after --nip, normalised (spaces and dots allowed), or None without one;
    a NIP of the wrong form is a ValidationError naming --nip. Checked before the database is
    opened, so a typo creates nothing."""
    if value is None:
        return None
    from kinerja_desktop.domain.nip import parse_nip
    return parse_nip(value, "--nip").nip


def require_on_roster(db: Database, nip: str | None) -> None:
    """Refuse a NIP that no official on the roster has (a list would be silently empty)."""
    if nip is None:
        return
    from kinerja_desktop.domain.nip import format_nip
    from kinerja_desktop.services.roster import RosterService
    if RosterService(db).id_by_nip(nip) is None:
        raise KinerjaError(f"NIP {format_nip(nip)} tidak terdaftar pada daftar pejabat.")
