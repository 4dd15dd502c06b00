"""First-run setup and the settings dialog's data: the institution and its two letterheads
(the Bupati's and the agency's: titles, images, address and contact lines), the place of the
date lines and the paper, stored as dataset settings; and the three standing signatories."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kinerja_desktop.domain.nip import check_nip, parse_nip
from kinerja_desktop.domain.options import (ADDRESS, AGENCY, EMAIL, EMBLEM, GOVERNMENT, HEAD_TITLE,
                                            NATIONAL_EMBLEM, PAPER, PLACE, POSTAL_CODE, RANGE_DASH,
                                            TELEPHONE, WEBSITE, one_line)
from kinerja_desktop.domain.ranks import parse_rank
from kinerja_desktop.domain.concurrent_edit import shown_value, three_way
from kinerja_desktop.errors import (InputFileError, KinerjaError, Problem, StaleSaveError,
                                    ValidationError)
from kinerja_desktop.services import settings as dataset
from kinerja_desktop.services.roster import format_moment
from kinerja_desktop.storage import audit_repo, official_repo
from kinerja_desktop.storage.database import Database

# An emblem is printed about 2.5 cm wide: 2 MB holds a sharp scan at 600 dpi and keeps the
# database (and every backup of it) from carrying a photo-sized file per letterhead.
MAX_EMBLEM_BYTES = 2 * 1024 * 1024
PAPERS = PAPER.choices
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
# The images by setting key, as the messages name them.
IMAGE_LABELS = {EMBLEM.key: "Lambang daerah", NATIONAL_EMBLEM.key: "Lambang negara"}
# "nama@domain.tld": what a letterhead's e-mail line must look like (no full RFC 5322 check:
# the office types its own address, a typo such as a missing "@" or a space is what to catch).
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_POSTAL_CODE = re.compile(r"\d{5}")  # Indonesian post codes are five digits (42111)
# A telephone line may name its fax too: "(0254) 200001, Faks. (0254) 200002". The word
# "Telepon" is the letterhead's own (it prints "Telepon …"), so it is not typed here.
_PHONE_WORDS = re.compile(r"\b(faks|faksimile|fax|ext)\b\.?", re.IGNORECASE)
_PHONE_CHARS = re.compile(r"[\d\s+()\-./,;]*")
_WEBSITE = re.compile(r"(https?://)?[^\s/.]+(\.[^\s/.]+)+(/\S*)?", re.IGNORECASE)

# role -> (label, has a NIP: elected officials have none)
ROLES = {
    "bupati": ("Bupati", False),
    "wakil_bupati": ("Wakil Bupati", False),
    "sekda": ("Sekretaris Daerah", True),
}


@dataclass(frozen=True)
class DatasetSettings:
    """What the two letterheads and the date lines say; travels with the database.

    The agency letterhead (kop perangkat daerah): the regency emblem, `institution`, `agency`,
    `address` and the contact lines. The head's letterhead (kop jabatan kepala daerah): the
    national emblem over `head_title`. The app ships neither emblem: the office supplies both.
    """

    institution: str = ""  # "Pemerintah Kabupaten Serang"
    place: str = ""  # "Serang", for "Serang, 21 September 2019"
    address: str = ""
    agency: str = ""  # the letterhead's second line, "Sekretariat Daerah"
    emblem_png: bytes | None = None  # the regency's emblem (PNG or JPEG)
    paper: str = "A4"
    head_title: str = ""  # "BUPATI SERANG"; empty: default_head_title(place)
    national_emblem_png: bytes | None = None  # Garuda Pancasila (PNG or JPEG)
    telephone: str = ""  # "(0254) 200001"
    email: str = ""
    postal_code: str = ""  # five digits
    website: str = ""  # "serangkab.go.id"
    range_dash: str = "en"  # "en": PUEBI's 10–20; "em": EYD V's 10—20 (options.RANGE_DASH)


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


def default_head_title(place: str) -> str:
    """The head's letterhead line when none is typed: 'BUPATI SERANG' (the place in capitals)."""
    return f"BUPATI {one_line(place)}".strip().upper()


def image_problem(content: bytes | None, field: str = EMBLEM.key) -> Problem | None:
    """Why `content` cannot be a letterhead image (None when it can): PNG or JPEG by its first
    bytes, at most 2 MB. Whether the picture inside decodes is the reports layer's check."""
    if content is None:
        return None
    label = IMAGE_LABELS.get(field, "Gambar")
    if len(content) > MAX_EMBLEM_BYTES:
        return Problem(field, f"{label}: gambar lebih dari 2 MB; pakai gambar yang lebih kecil.")
    if not any(content.startswith(magic) for magic in _IMAGE_MAGIC):
        return Problem(field, f"{label} harus berupa gambar PNG atau JPEG.")
    return None


def read_image(path: str | Path, field: str = EMBLEM.key) -> bytes:
    """The bytes of a letterhead image file, checked (PNG/JPEG, at most 2 MB)."""
    path = Path(path)
    label = IMAGE_LABELS.get(field, "Gambar")
    try:
        # Measured before it is read: a wrong file chosen (a video, say) is not loaded whole.
        if path.stat().st_size > MAX_EMBLEM_BYTES:
            raise KinerjaError(f"{label}: berkas '{path.name}' lebih dari 2 MB; pakai gambar "
                               "yang lebih kecil.")
        content = path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"Berkas '{path.name}' tidak dapat dibaca: {exc.strerror or exc}."
                             ) from exc
    problem = image_problem(content, field)
    if problem:
        raise KinerjaError(f"Berkas '{path.name}': {problem.message}")
    return content


def read_emblem(path: str | Path) -> bytes:
    """The regency emblem's file, checked (read_image)."""
    return read_image(path, EMBLEM.key)


def _telephone_problem(text: str) -> Problem | None:
    if not text:
        return None
    rest = _PHONE_WORDS.sub("", text)
    digits = sum(c.isdigit() for c in rest)
    if not _PHONE_CHARS.fullmatch(rest) or digits < 5:
        return Problem(TELEPHONE.key, "Telepon pada kop surat hanya boleh berisi angka, spasi, "
                                      "tanda + ( ) - . / , dan kata Faks., dengan paling "
                                      "sedikit 5 angka (kata Telepon dicetak sendiri); "
                                      "contoh: (0254) 200001.")
    return None


def contact_problems(s: DatasetSettings) -> list[Problem]:
    """The agency letterhead's contact lines: each optional, each checked when given."""
    problems = []
    telephone = _telephone_problem(one_line(s.telephone))
    if telephone:
        problems.append(telephone)
    email = one_line(s.email)
    if email and not _EMAIL.fullmatch(email):
        problems.append(Problem(EMAIL.key, "E-mail pada kop surat harus berbentuk nama@domain, "
                                           "tanpa spasi; contoh: setda@serangkab.go.id."))
    postal_code = one_line(s.postal_code)
    if postal_code and not _POSTAL_CODE.fullmatch(postal_code):
        problems.append(Problem(POSTAL_CODE.key, "Kode pos pada kop surat harus 5 angka; "
                                                 "contoh: 42111."))
    website = one_line(s.website)
    if website and not _WEBSITE.fullmatch(website):
        problems.append(Problem(WEBSITE.key, "Laman pada kop surat harus berupa alamat situs "
                                             "tanpa spasi; contoh: serangkab.go.id."))
    return problems


def validate_settings(s: DatasetSettings) -> list[Problem]:
    problems = []
    # Each problem names the field by its setting's key (the forms show it there).
    if not s.institution.strip():
        problems.append(Problem(GOVERNMENT.key, "Nama pemerintah daerah/instansi wajib diisi."))
    if not s.place.strip():
        problems.append(Problem(PLACE.key, "Nama tempat untuk baris tanggal wajib diisi."))
    if s.paper not in PAPERS:
        problems.append(Problem(PAPER.key, "Ukuran kertas harus A4 atau F4."))
    if s.range_dash not in RANGE_DASH.choices:
        problems.append(Problem(RANGE_DASH.key, "Tanda pisah rentang harus en (PUEBI) atau "
                                                "em (EYD V)."))
    problems += contact_problems(s)
    for field, content in ((EMBLEM.key, s.emblem_png),
                           (NATIONAL_EMBLEM.key, s.national_emblem_png)):
        image = image_problem(content, field)
        if image:
            problems.append(image)
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


def stored_national_emblem(db: Database) -> bytes | None:
    """The national emblem the office supplied, if any."""
    return dataset.get(db, NATIONAL_EMBLEM) or None


def stored_paper(db: Database) -> str:
    """The paper size stored by the setup; A4 when none or an unknown one is stored."""
    return dataset.get(db, PAPER)


def load_settings(db: Database) -> DatasetSettings:
    return DatasetSettings(
        dataset.get(db, GOVERNMENT), dataset.get(db, PLACE), dataset.get(db, ADDRESS),
        dataset.get(db, AGENCY), stored_emblem(db), stored_paper(db),
        head_title=dataset.get(db, HEAD_TITLE), national_emblem_png=stored_national_emblem(db),
        telephone=dataset.get(db, TELEPHONE), email=dataset.get(db, EMAIL),
        postal_code=dataset.get(db, POSTAL_CODE), website=dataset.get(db, WEBSITE),
        range_dash=dataset.get(db, RANGE_DASH))


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
        dataset.set(db, HEAD_TITLE, s.head_title)
        dataset.set(db, NATIONAL_EMBLEM, s.national_emblem_png or b"")
        dataset.set(db, TELEPHONE, s.telephone)
        dataset.set(db, EMAIL, s.email)
        dataset.set(db, POSTAL_CODE, s.postal_code)
        dataset.set(db, WEBSITE, s.website)
        dataset.set(db, RANGE_DASH, s.range_dash)
        # The office's signing key for printed codes, made once with the office's settings.
        from kinerja_desktop.services import office_key
        office_key.ensure(db)


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


# What a conflict calls each field of the settings dialog.
FIELD_LABELS = {
    "institution": "Nama pemerintah daerah", "place": "Tempat", "address": "Alamat",
    "agency": "Perangkat daerah", "emblem_png": "Lambang daerah", "paper": "Ukuran kertas",
    "head_title": "Kop kepala daerah", "national_emblem_png": "Lambang negara",
    "telephone": "Telepon", "email": "Surel", "postal_code": "Kode pos", "website": "Laman",
    "range_dash": "Tanda pisah rentang",
}


def save_setup(db: Database, settings: DatasetSettings, signatories: list[SignatoryInput],
               seen: tuple[DatasetSettings, list[SignatoryInput]] | None = None,
               overwrite: bool = False) -> None:
    """The wizard's and the settings dialog's write: settings and signatories, all or nothing.
    `seen`: both as the dialog showed them. Then only what the user changed is written (a
    colleague's change elsewhere stays); the same field, or the same signatory, changed by
    both is a StaleSaveError unless `overwrite`."""
    with db.atomic():
        if seen is not None:
            settings, signatories = _merged(db, settings, signatories, seen, overwrite)
        save_settings(db, settings)
        save_signatories(db, signatories)


def _merged(db: Database, settings: DatasetSettings, signatories: list[SignatoryInput],
            seen: tuple[DatasetSettings, list[SignatoryInput]], overwrite: bool
            ) -> tuple[DatasetSettings, list[SignatoryInput]]:
    stored = load_settings(db)
    merged, clashes = three_way(seen[0], settings, stored, _same_setting)
    differences = [(FIELD_LABELS.get(name, name), _shown(getattr(settings, name)),
                    _shown(getattr(stored, name))) for name in clashes]
    before = {s.role: _normal(s) for s in seen[1]}
    theirs = signatories_by_role(db)
    stored_now = {role: _normal(s) for role, s in theirs.items()}
    kept = dict(theirs)
    for signatory in signatories:
        role, normal = signatory.role, _normal(signatory)
        if normal == before.get(role):
            continue  # not changed here: the stored one stays
        if stored_now.get(role) not in (before.get(role), normal):
            differences.append((f"Penandatangan {ROLES[role][0]}", signatory.name,
                                theirs[role].name if role in theirs else "(kosong)"))
        kept[role] = signatory
    if differences and not overwrite:
        last = audit_repo.last_change_in(db, ("setting", "signatory"))
        by, when = (last[0], format_moment(last[1])) if last else ("", "")
        raise StaleSaveError("pengaturan", by, when, differences)
    return merged, list(kept.values())


def _same_setting(_name: str, a: object, b: object) -> bool:
    """A form's text and the stored one are the same setting when they differ in spaces
    only (the declarations clean them as they are written)."""
    if isinstance(a, str) and isinstance(b, str):
        return a.split() == b.split()
    return a == b


def _normal(s: SignatoryInput) -> SignatoryInput:
    """A signatory as stored: names without extra spaces, the NIP's digits only."""
    return SignatoryInput(s.role, _clean(s.name), _clean(s.title),
                          "".join(c for c in s.nip if c.isdigit()), s.rank or None)


def _shown(value: object) -> str:
    """A setting's value in a conflict: an emblem is a picture, not its bytes."""
    if isinstance(value, bytes):
        return "(gambar)" if value else "(kosong)"
    return shown_value(value)
