"""First-run setup and the settings dialog's data: the institution (letterhead, place of the
date lines, emblem, paper) stored as dataset settings, and the three standing signatories."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kinerja_desktop.domain.nip import check_nip, parse_nip
from kinerja_desktop.domain.options import ADDRESS, AGENCY, EMBLEM, GOVERNMENT, PAPER, PLACE
from kinerja_desktop.domain.ranks import parse_rank
from kinerja_desktop.errors import (InputFileError, KinerjaError, Problem, ValidationError)
from kinerja_desktop.services import settings as dataset
from kinerja_desktop.storage import official_repo
from kinerja_desktop.storage.database import Database

MAX_EMBLEM_BYTES = 1024 * 1024
PAPERS = PAPER.choices
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")

# role -> (label, has a NIP: elected officials have none)
ROLES = {
    "bupati": ("Bupati", False),
    "wakil_bupati": ("Wakil Bupati", False),
    "sekda": ("Sekretaris Daerah", True),
}


@dataclass(frozen=True)
class DatasetSettings:
    """What the letterhead and the date lines say; travels with the database."""

    institution: str = ""  # "Pemerintah Kabupaten Serang"
    place: str = ""  # "Serang", for "Serang, 21 September 2019"
    address: str = ""
    agency: str = ""  # the letterhead's second line, "Sekretariat Daerah"
    emblem_png: bytes | None = None
    paper: str = "A4"


@dataclass(frozen=True)
class SignatoryInput:
    role: str  # bupati, wakil_bupati, sekda
    name: str
    title: str
    nip: str = ""
    rank: str | None = None


def default_title(role: str, place: str) -> str:
    """'Bupati Serang', 'Wakil Bupati Serang', 'Sekretaris Daerah Kabupaten Serang'."""
    place = " ".join(place.split())
    if role == "sekda":
        return f"Sekretaris Daerah Kabupaten {place}".strip()
    return f"{ROLES[role][0]} {place}".strip()


def image_problem(content: bytes | None, field: str = "lambang") -> Problem | None:
    if content is None:
        return None
    if len(content) > MAX_EMBLEM_BYTES:
        return Problem(field, "Gambar lambang lebih dari 1 MB; pakai gambar yang lebih kecil.")
    if not any(content.startswith(magic) for magic in _IMAGE_MAGIC):
        return Problem(field, "Lambang harus berupa gambar PNG atau JPEG.")
    return None


def read_emblem(path: str | Path) -> bytes:
    """The bytes of an emblem image file, checked (PNG/JPEG, at most 1 MB)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_EMBLEM_BYTES:
            raise KinerjaError(f"Gambar '{path.name}' lebih dari 1 MB; pakai gambar yang lebih "
                               f"kecil.")
        content = path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"Berkas '{path.name}' tidak dapat dibaca: {exc.strerror or exc}."
                             ) from exc
    problem = image_problem(content)
    if problem:
        raise KinerjaError(f"Berkas '{path.name}': {problem.message}")
    return content


def validate_settings(s: DatasetSettings) -> list[Problem]:
    problems = []
    # Each problem names the field by its setting's key (the forms show it there).
    if not s.institution.strip():
        problems.append(Problem(GOVERNMENT.key, "Nama pemerintah daerah/instansi wajib diisi."))
    if not s.place.strip():
        problems.append(Problem(PLACE.key, "Nama tempat untuk baris tanggal wajib diisi."))
    if s.paper not in PAPERS:
        problems.append(Problem(PAPER.key, "Ukuran kertas harus A4 atau F4."))
    emblem = image_problem(s.emblem_png)
    if emblem:
        problems.append(emblem)
    return problems


def validate_signatory(s: SignatoryInput) -> list[Problem]:
    problems = []
    if s.role not in ROLES:
        return [Problem("peran", f"Peran penandatangan '{s.role}' tidak dikenal.")]
    label = ROLES[s.role][0]
    if not s.name.strip():
        problems.append(Problem(f"{s.role}.nama", f"Nama {label} wajib diisi."))
    if not s.title.strip():
        problems.append(Problem(f"{s.role}.jabatan", f"Jabatan {label} wajib diisi."))
    if s.nip.strip():
        if not ROLES[s.role][1]:
            problems.append(Problem(f"{s.role}.nip",
                                    f"{label} adalah pejabat terpilih dan tidak memiliki NIP."))
        else:
            _info, nip_problems = check_nip(s.nip, f"{s.role}.nip")
            problems += [Problem(p.field, f"{label}: {p.message}", p.severity)
                         for p in nip_problems]
    if s.rank:
        try:
            parse_rank(s.rank, f"{s.role}.pangkat")
        except ValidationError as exc:
            problems += list(exc.problems)
    return problems


def _clean(text: str) -> str:
    return " ".join(text.split())


def stored_emblem(db: Database) -> bytes | None:
    """The emblem stored by the setup, if any (none when what is stored is not base64)."""
    return dataset.get(db, EMBLEM) or None


def stored_paper(db: Database) -> str:
    """The paper size stored by the setup; A4 when none or an unknown one is stored."""
    return dataset.get(db, PAPER)


def load_settings(db: Database) -> DatasetSettings:
    return DatasetSettings(dataset.get(db, GOVERNMENT), dataset.get(db, PLACE),
                           dataset.get(db, ADDRESS), dataset.get(db, AGENCY),
                           stored_emblem(db), stored_paper(db))


def save_settings(db: Database, s: DatasetSettings) -> None:
    """Validate and write all the dataset settings in one transaction."""
    problems = validate_settings(s)
    if problems:
        raise ValidationError(problems)
    with db.atomic():  # the declarations clean the texts (whitespace) as they are written
        dataset.set(db, GOVERNMENT, s.institution)
        dataset.set(db, PLACE, s.place)
        dataset.set(db, ADDRESS, s.address)
        dataset.set(db, AGENCY, s.agency)
        dataset.set(db, PAPER, s.paper)
        dataset.set(db, EMBLEM, s.emblem_png or b"")


def signatories_by_role(db: Database) -> dict[str, SignatoryInput]:
    """The current Bupati, Wakil Bupati and Sekda (those recorded) as inputs to edit."""
    found = {}
    for role in ROLES:
        s = official_repo.signatory_by_role(db, role)
        if s is not None:
            found[role] = SignatoryInput(role, s.name, s.title, s.nip or "", s.rank)
    return found


def save_signatories(db: Database, signatories: list[SignatoryInput]) -> dict[str, int]:
    """Create or update one signatory per role; return role -> id. All or nothing."""
    problems = [p for s in signatories for p in validate_signatory(s)]
    roles = [s.role for s in signatories]
    if len(set(roles)) != len(roles):
        problems.append(Problem("peran", "Setiap peran penandatangan hanya boleh sekali."))
    if problems:
        raise ValidationError(problems)
    ids = {}
    with db.atomic():
        for s in signatories:
            nip = parse_nip(s.nip).nip if s.nip.strip() else None  # checked above
            rank = parse_rank(s.rank) if s.rank else None
            name, title = _clean(s.name), _clean(s.title)
            existing = official_repo.signatory_by_role(db, s.role)
            if existing is None:
                ids[s.role] = official_repo.ensure_signatory(db, name, title, s.role, nip, rank)
            else:
                official_repo.update_signatory(db, existing.id, name, title, nip, rank)
                ids[s.role] = existing.id
    return ids


def is_first_run(db: Database) -> bool:
    """No officials and no institution yet: the app has not been set up on this dataset."""
    return (official_repo.count_officials(db) == 0
            and not dataset.get(db, GOVERNMENT))


def save_setup(db: Database, settings: DatasetSettings,
               signatories: list[SignatoryInput]) -> None:
    """The wizard's and the settings dialog's write: settings and signatories, all or nothing."""
    with db.atomic():
        save_settings(db, settings)
        save_signatories(db, signatories)
