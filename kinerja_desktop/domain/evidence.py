"""Evidence files (bukti dukung) attached to progress reports: which files, how large."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import PurePath

from kinerja_desktop.domain.programs import ProgressInput
from kinerja_desktop.errors import Problem

MAX_FILE_BYTES = 20 * 1024 * 1024  # 20 MB: a scanned report, not a video
# Stored inside the database so that a USB backup carries them: documents and pictures only.
ALLOWED_EXTENSIONS: dict[str, str] = {
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png",
    ".gif": "image/gif", ".bmp": "image/bmp", ".tif": "image/tiff", ".tiff": "image/tiff",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".odp": "application/vnd.oasis.opendocument.presentation",
    ".txt": "text/plain", ".csv": "text/csv",
}
FILE_DIALOG_FILTER = ("Bukti dukung (" + " ".join(f"*{e}" for e in ALLOWED_EXTENSIONS) + ")")


def format_size(size: int) -> str:
    """1536 -> '1,5 KB' (Indonesian decimal comma)."""
    if size < 1024:
        return f"{size} B"
    scaled = float(size)
    for unit in ("KB", "MB", "GB"):
        scaled /= 1024
        if scaled < 1024 or unit == "GB":
            return f"{scaled:.1f} {unit}".replace(".", ",")
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class EvidenceFile:
    """A file the user chose, read into memory (at most MAX_FILE_BYTES)."""

    filename: str
    content: bytes


def safe_filename(name: str) -> str:
    """The last part of a path, without characters Windows refuses when it is saved again."""
    base = PurePath(name.replace("\\", "/")).name
    cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in base).strip()
    if len(cleaned) > 150:  # shortened, but keeping the extension that says what it is
        suffix = PurePath(cleaned).suffix[:10]
        cleaned = cleaned[:150 - len(suffix)].rstrip() + suffix
    return cleaned or "berkas"


def check_file(name: str, size: int) -> list[Problem]:
    """Problems with a file before it is read: its type and size."""
    shown = safe_filename(name)
    suffix = PurePath(shown).suffix.lower()
    if suffix not in ALLOWED_EXTENSIONS:
        return [Problem("bukti", f"Berkas '{shown}' tidak dapat dilampirkan: hanya PDF, gambar "
                                 f"dan dokumen kantor ({', '.join(ALLOWED_EXTENSIONS)}).")]
    if size > MAX_FILE_BYTES:
        return [Problem("bukti", f"Berkas '{shown}' berukuran {format_size(size)}, melebihi batas "
                                 f"{format_size(MAX_FILE_BYTES)} per berkas. Perkecil (mis. "
                                 f"pindai ulang dengan resolusi lebih rendah) lalu coba lagi.")]
    if size == 0:
        return [Problem("bukti", f"Berkas '{shown}' kosong (0 byte).")]
    return []


def mime_type(name: str) -> str:
    return ALLOWED_EXTENSIONS.get(PurePath(name).suffix.lower(), "application/octet-stream")


@dataclass(frozen=True)
class AttachmentRecord:
    """A stored evidence file, without its content."""

    id: int
    uuid: str
    progress_id: int
    filename: str
    size: int
    sha256: str


@dataclass
class ProgressRecord:
    """A stored progress report with its evidence files."""

    id: int
    uuid: str
    target_id: int
    data: ProgressInput
    attachments: list[AttachmentRecord] = field(default_factory=list)

    @property
    def date(self) -> dt.date:
        return self.data.date
