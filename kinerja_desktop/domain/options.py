"""Every setting declared once: key, type, default, where it is kept, whether a merge carries it.

As in MusicBrainz Picard (picard/options.py): an option is a value object; the two stores read
and write an option through its declaration (gui/shared/settings.py for this PC's settings.ini,
services/settings.py for the database's `setting` table), never by a key typed at a call site.
Both stores keep text: each type says how its value is written as text (`encode`), read back
(`decode`, tolerant where an old or hand-edited value must not stop the app) and normalised.
The upgrade steps between settings versions are in domain/option_upgrades.py.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import KW_ONLY, dataclass
from datetime import datetime
from enum import Enum
from typing import Any, Generic, TypeVar

from kinerja_desktop.domain.paper import PAPER_SIZES
from kinerja_desktop.domain.scoring import ScoringSettings

T = TypeVar("T")


class Store(Enum):
    """Where an option is kept."""

    PC = "settings.ini"  # this PC's data folder: layout, language, who works here
    DATASET = "setting"  # the database's `setting` table: travels with the data


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting. `local`: a dataset option that describes this copy of the database (the
    last backup here), which a merge never carries to another PC's database. `office`: one of
    the office's own settings (letterhead, scoring, keys), which on a shared server only its
    administrator changes (services/settings refuses others; the server's trigger too)."""

    key: str
    store: Store
    default: T
    description: str
    _: KW_ONLY
    local: bool = False
    office: bool = False

    @property
    def merged(self) -> bool:
        """A merge carries it from the other PC's database (PC options never reach one)."""
        return self.store is Store.DATASET and not self.local

    def decode(self, text: str) -> T:
        """The value a stored text holds (the types say what they make of a bad one)."""
        raise NotImplementedError

    def encode(self, value: T) -> str:
        raise NotImplementedError

    def normalise(self, value: T) -> T:
        return value

    def check(self, value: T) -> T:
        """The value to store: normalised; ValueError for one the option does not allow."""
        return self.normalise(value)

    def read(self, text: str | None) -> T:
        """The value of a stored text; the default when nothing is stored."""
        return self.default if text is None else self.normalise(self.decode(text))

    def to_text(self, value: T) -> str:
        """The text to store for `value` (checked and normalised)."""
        return self.encode(self.check(value))


def one_line(text: str) -> str:
    """Runs of whitespace (a pasted tab or newline, doubled spaces) as one space, trimmed."""
    return " ".join(text.split())


@dataclass(frozen=True)
class TextOption(Option[str]):
    """Text; `clean` normalises it, `choices` (when given) are the only values allowed: any
    other stored value reads as the default, and writing one is refused."""

    _: KW_ONLY
    choices: tuple[str, ...] = ()
    clean: Callable[[str], str] | None = None

    def decode(self, text: str) -> str:
        return text

    def encode(self, value: str) -> str:
        return value

    def normalise(self, value: str) -> str:
        if self.clean is not None:
            value = self.clean(value)
        return self.default if self.choices and value not in self.choices else value

    def check(self, value: str) -> str:
        cleaned = self.clean(value) if self.clean is not None else value
        if self.choices and cleaned not in self.choices:
            raise ValueError(f"{self.key}: {value!r} is not one of {self.choices}")
        return cleaned


@dataclass(frozen=True)
class IntOption(Option[int]):
    """A whole number; text that is not one reads as the default."""

    def decode(self, text: str) -> int:
        try:
            return int(text.strip())
        except ValueError:
            return self.default

    def encode(self, value: int) -> str:
        return str(value)


@dataclass(frozen=True)
class BytesOption(Option[bytes]):
    """Bytes, as base64 text (settings.ini keeps its own @ByteArray form, see the PC store);
    text that is not base64 reads as the default."""

    def decode(self, text: str) -> bytes:
        try:
            return base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            return self.default

    def encode(self, value: bytes) -> str:
        return base64.b64encode(value).decode("ascii")


@dataclass(frozen=True)
class DateTimeOption(Option[datetime | None]):
    """A moment, ISO 8601 to the second; none (the default) when unset or unreadable."""

    def decode(self, text: str) -> datetime | None:
        try:
            return datetime.fromisoformat(text) if text else self.default
        except ValueError:
            return self.default

    def encode(self, value: datetime | None) -> str:
        return "" if value is None else value.isoformat(timespec="seconds")


@dataclass(frozen=True)
class JsonOption(Option[T]):
    """A dataclass as JSON (its own from/to functions). Unlike the other types, text that does
    not parse raises: it holds rules (the scoring bands), and scoring on the defaults instead
    would be silently wrong. Empty text reads as the default."""

    _: KW_ONLY
    parse: Callable[[str], T]
    dump: Callable[[T], str]

    def decode(self, text: str) -> T:
        return self.parse(text) if text else self.default

    def encode(self, value: T) -> str:
        return self.dump(value)


# This PC (settings.ini) ------------------------------------------------------------------------

PC_VERSION = IntOption(
    "pengaturan/versi", Store.PC, 0,
    "Version of settings.ini's settings; 0 before the first upgrade step (option_upgrades.py).")
LANGUAGE = TextOption(
    "ui/language", Store.PC, "id", "Language of the interface (Indonesian or English).",
    choices=("id", "en"))
OPERATOR = TextOption(
    "audit/operator", Store.PC, "",
    "The staff member at this PC, named in the audit history (empty: the login name).",
    clean=one_line)
MAIN_GEOMETRY = BytesOption(
    "main/geometry", Store.PC, b"", "The main window's size and position (Qt's saveGeometry).")
MAIN_STATE = BytesOption(
    "main/state", Store.PC, b"", "The main window's toolbars and docks (Qt's saveState).")
MAIN_SPLITTER = BytesOption(
    "main/splitter", Store.PC, b"", "The split between the roster and the official's details.")
MAIN_HEADER = BytesOption(
    "main/header", Store.PC, b"", "The roster's column widths, order and sorting.")
BACKUP_FOLDER = TextOption(
    "cadangan/folder_terakhir", Store.PC, "", "The folder of the last backup (a USB stick).")
RECENT_DATABASES = TextOption(
    "basis_data/baru_dibuka", Store.PC, "",
    "The databases opened on this PC, latest first, one path a line (Berkas → Baru dibuka); "
    "the first is opened at the next start.")

# The dataset (the database's setting table) -----------------------------------------------------

DATASET_VERSION = IntOption(
    "versi_pengaturan", Store.DATASET, 0,
    "Version of this database's settings; 0 before the first upgrade step. Each database "
    "keeps its own: a merge does not carry it.", local=True)
GOVERNMENT = TextOption(
    "instansi", Store.DATASET, "",
    "\"Pemerintah Kabupaten Serang\": the letterhead's first line; set up once (first run).",
    clean=one_line, office=True)
AGENCY = TextOption(
    "kop_unit", Store.DATASET, "", "The letterhead's second line, \"Sekretariat Daerah\".",
    clean=one_line, office=True)
ADDRESS = TextOption(
    "alamat", Store.DATASET, "", "The letterhead's address line.", clean=str.strip, office=True)
PLACE = TextOption(
    "tempat", Store.DATASET, "", "\"Serang\", the place in the date lines of documents.",
    clean=one_line, office=True)
PROVINCE = TextOption(
    "provinsi", Store.DATASET, "", "The province (\"Banten\"); set by the demo data.", office=True)
PAPER = TextOption(
    "ukuran_kertas", Store.DATASET, "A4", "The paper size documents are printed on.",
    choices=tuple(PAPER_SIZES))
EMBLEM = BytesOption(
    "lambang_png", Store.DATASET, b"",
    "The emblem on the letterhead (PNG or JPEG despite the key's name), base64.", office=True)
# The letterhead of the head of the region (what the Bupati signs) and the agency letterhead's
# contact lines (Permendagri 1/2023, tata naskah dinas): documents pick one by their signer.
HEAD_TITLE = TextOption(
    "kop_kepala_daerah", Store.DATASET, "",
    "\"BUPATI SERANG\": the head-of-region letterhead's line under the national emblem; empty "
    "means \"BUPATI\" with the place name.", clean=one_line, office=True)
NATIONAL_EMBLEM = BytesOption(
    "lambang_negara_png", Store.DATASET, b"",
    "The national emblem (Garuda Pancasila) over the head-of-region letterhead, PNG or JPEG, "
    "base64; the app ships none, the office supplies it.", office=True)
TELEPHONE = TextOption(
    "kop_telepon", Store.DATASET, "", "The agency letterhead's telephone (and fax) numbers.",
    clean=one_line, office=True)
EMAIL = TextOption(
    "kop_email", Store.DATASET, "", "The agency letterhead's e-mail address.",
    clean=one_line, office=True)
POSTAL_CODE = TextOption(
    "kop_kode_pos", Store.DATASET, "", "The agency letterhead's post code.",
    clean=one_line, office=True)
WEBSITE = TextOption(
    "kop_laman", Store.DATASET, "", "The agency letterhead's website (optional).",
    clean=one_line, office=True)
# The office's own signing key for the codes printed on documents (Ed25519): made at first
# run, kept in this database (a backup carries it, a merge does not), never exported; its
# public half is what another office imports to check printouts offline.
OFFICE_KEY = BytesOption(
    "kunci_kantor", Store.DATASET, b"",
    "This office's Ed25519 private key (raw 32 bytes, base64) that signs printed codes.",
    local=True, office=True)
TRUSTED_KEYS = TextOption(
    "kunci_kantor_dikenal", Store.DATASET, "",
    "Other offices' public keys imported to check their printouts, as JSON.", office=True)
# PUEBI (2016) writes a range with the en dash ("10–20"), EYD V (2022) has only the em dash
# ("10—20"): the sources disagree, so the office chooses (docs/documents.md).
RANGE_DASH = TextOption(
    "tanda_pisah_rentang", Store.DATASET, "en",
    "The dash of ranges in printed documents: \"en\" (PUEBI, 10–20) or \"em\" (EYD V, "
    "10—20).", choices=("en", "em"), office=True)
# A PC's last copy of a shared server's data (services/local_copy): which server and when, as
# JSON. A database that carries it is opened read-only: work goes to the server, not to it.
LOCAL_COPY_OF = TextOption(
    "salinan_lokal_dari", Store.DATASET, "",
    "Set in this PC's read-only copy of a shared server's data: the server (its address "
    "without a password) and when the copy was written, as JSON.", local=True)
# A laptop's working copy taken home from a shared server (services/take_home): which server
# and when, as JSON; merged back into the server later like any PC's file.
TAKEN_HOME_FROM = TextOption(
    "dibawa_pulang_dari", Store.DATASET, "",
    "Set in a working copy of a shared server's data taken home on a laptop: the server (its "
    "address without a password) and when it was taken, as JSON.", local=True)
SERVER_EXPORT = TextOption(
    "ekspor_server_terakhir", Store.DATASET, "",
    "On a shared server: its last scheduled export (services/server_export), when, by whom "
    "and the file's name, as JSON; a copy of the data is not that server.", local=True)
DEMO_NOTICE = TextOption(
    "catatan_data_contoh", Store.DATASET, "",
    "The status bar's warning that the data are the demo's (set by the demo data).")
DEMO_ROWS = TextOption(
    "data_contoh_baris", Store.DATASET, "",
    "What the demo data added (records' UUIDs by table, setting keys) as JSON, so that "
    "'Hapus data contoh' removes exactly that.")
SCORING = JsonOption(
    "pengaturan_penilaian", Store.DATASET, ScoringSettings(),
    "The scoring settings (bands, cap, PP 46 shares, consolidation), sealed into each final "
    "evaluation.", parse=ScoringSettings.from_json, dump=ScoringSettings.to_json, office=True)
LAST_BACKUP = DateTimeOption(
    "cadangan_terakhir", Store.DATASET, None,
    "When this copy of the database was last backed up (for the reminder); another PC's "
    "backups say nothing about this one, so a merge does not carry it.", local=True)


def office_keys() -> tuple[str, ...]:
    """The keys of the office's own settings (Option.office), for the server's guard."""
    return tuple(sorted(key for key, option in OPTIONS.items() if option.office))


def _register(*options: Option[Any]) -> dict[str, Option[Any]]:
    registry: dict[str, Option[Any]] = {}
    for option in options:
        if option.key in registry:
            raise ValueError(f"setting {option.key!r} is declared twice")
        registry[option.key] = option
    return registry


# Every option, by key (one key names one option, whichever store keeps it).
OPTIONS: dict[str, Option[Any]] = _register(
    PC_VERSION, LANGUAGE, OPERATOR, MAIN_GEOMETRY, MAIN_STATE, MAIN_SPLITTER, MAIN_HEADER,
    BACKUP_FOLDER, RECENT_DATABASES,
    DATASET_VERSION, GOVERNMENT, AGENCY, ADDRESS, PLACE, PROVINCE, PAPER, EMBLEM, DEMO_NOTICE,
    SCORING, LAST_BACKUP, DEMO_ROWS, HEAD_TITLE, NATIONAL_EMBLEM, TELEPHONE, EMAIL, POSTAL_CODE,
    WEBSITE, OFFICE_KEY, TRUSTED_KEYS, RANGE_DASH, LOCAL_COPY_OF, TAKEN_HOME_FROM, SERVER_EXPORT)

# Dataset settings that describe this copy: a merge neither takes nor lists them.
NOT_MERGED: frozenset[str] = frozenset(
    o.key for o in OPTIONS.values() if o.store is Store.DATASET and not o.merged)


def in_store(store: Store) -> tuple[Option[Any], ...]:
    """The options kept in `store`, in declaration order."""
    return tuple(o for o in OPTIONS.values() if o.store is store)
