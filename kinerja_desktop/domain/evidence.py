"""Evidence files (bukti dukung) attached to progress reports: which files, how large."""

from __future__ import annotations

import datetime as dt
import unicodedata
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


# Evidence files stay documents -----------------------------------------------------------------
# However a file arrives (chosen in the progress dialog, imported, merged from another PC's
# backup, restored), its name and first bytes are judged here before it is stored, written out
# or opened. Nothing here reads a file: callers pass the name, the first bytes and the size.

HEAD_BYTES = 4096
"""How much of a file's beginning the checks look at (more is ignored, less may not tell)."""

MAX_NAME_CHARS = 150  # a stored name, extension included (Windows paths stay short)

# Programs and scripts Windows (or another system) runs when a file is "opened": refused as the
# last extension, and neutralised ("laporan.exe.pdf" -> "laporan_exe.pdf") inside a name.
EXECUTABLE_EXTENSIONS: frozenset[str] = frozenset({
    ".exe", ".com", ".bat", ".cmd", ".scr", ".pif", ".cpl", ".msi", ".msp", ".mst", ".msc",
    ".hta", ".htm", ".html", ".xht", ".xhtml", ".svg", ".mht", ".mhtml",
    ".js", ".jse", ".vbs", ".vbe", ".vb", ".wsf", ".wsh", ".ws", ".wsc", ".sct",
    ".ps1", ".ps1xml", ".ps2", ".psc1", ".psd1", ".psm1", ".lnk", ".url", ".scf", ".inf",
    ".reg", ".jar", ".dll", ".sys", ".drv", ".ocx", ".chm", ".hlp", ".gadget", ".application",
    ".appref-ms", ".appx", ".appxbundle", ".msix", ".msixbundle", ".library-ms",
    ".settingcontent-ms", ".search-ms", ".iso", ".img", ".vhd", ".vhdx", ".xll", ".xlam",
    ".docm", ".dotm", ".xlsm", ".xltm", ".pptm", ".potm", ".ppsm", ".ppam", ".sldm",
    ".sh", ".bash", ".csh", ".ksh", ".command", ".py", ".pyw", ".pyc", ".pyz", ".pl", ".rb",
    ".php", ".apk", ".app", ".deb", ".rpm", ".run", ".elf",
})

# Windows' device names: "CON.pdf" or "nul.docx" is the device, not a file, whatever follows.
RESERVED_NAMES: frozenset[str] = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{device}{n}" for device in ("COM", "LPT") for n in "123456789\u00b9\u00b2\u00b3"})

# What each allowed extension's content must look like (see _fits).
_KIND_OF_EXTENSION: dict[str, str] = {
    ".pdf": "pdf", ".jpg": "jpeg", ".jpeg": "jpeg", ".png": "png", ".gif": "gif", ".bmp": "bmp",
    ".tif": "tiff", ".tiff": "tiff",
    ".doc": "ole", ".xls": "ole", ".ppt": "ole",
    ".docx": "zip", ".xlsx": "zip", ".pptx": "zip", ".odt": "zip", ".ods": "zip", ".odp": "zip",
    ".txt": "text", ".csv": "text",
}
_KIND_LABEL: dict[str, str] = {
    "pdf": "PDF", "jpeg": "gambar JPEG", "png": "gambar PNG", "gif": "gambar GIF",
    "bmp": "gambar BMP", "tiff": "gambar TIFF", "ole": "dokumen Office lama (doc/xls/ppt)",
    "zip": "dokumen Office/OpenDocument", "text": "teks biasa",
    "executable": "program atau skrip",
}
_EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"#!", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf",
                     b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe",
                     b"dex\n", b"L\x00\x00\x00\x01\x14\x02\x00")  # the last: a .lnk
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_TEXT_CONTROLS = frozenset(range(32)) - {9, 10, 12, 13, 26}  # tab, LF, FF, CR, DOS end-of-file
_FORBIDDEN_CHARACTERS = frozenset('<>:"/\\|?*')


def _is_executable(head: bytes) -> bool:
    return head.startswith(_EXECUTABLE_MAGIC)


def _is_text(head: bytes) -> bool:
    """Plain text in any 8-bit code page or UTF-8, or UTF-16 with its byte-order mark."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return bool(head) and not any(byte in _TEXT_CONTROLS for byte in head)


def _fits(kind: str, head: bytes) -> bool:
    """Whether a file's first bytes are what a file of this kind begins with."""
    if _is_executable(head):
        return False
    if kind == "pdf":  # readers accept the header anywhere in the first kilobyte
        return head.startswith(b"%PDF") or b"%PDF-" in head[:1024]
    if kind == "jpeg":
        return head.startswith(b"\xff\xd8")
    if kind == "png":
        return head.startswith(b"\x89PNG")
    if kind == "gif":
        return head.startswith(b"GIF8")
    if kind == "bmp":
        return head.startswith(b"BM")
    if kind == "tiff":
        return head.startswith((b"II*\x00", b"MM\x00*"))
    if kind == "ole":
        return head.startswith(_OLE_MAGIC)
    if kind == "zip":
        return head.startswith(_ZIP_MAGIC)
    if kind == "text":
        return _is_text(head)
    return False


def _zip_extension(head: bytes) -> str | None:
    """Which office document a ZIP is, when its first entries say so."""
    for marker, extension in ((b"opendocument.text", ".odt"),
                              (b"opendocument.spreadsheet", ".ods"),
                              (b"opendocument.presentation", ".odp"),
                              (b"word/", ".docx"), (b"xl/", ".xlsx"), (b"ppt/", ".pptx")):
        if marker in head:
            return extension
    return None


def content_extension(content_head: bytes) -> str | None:
    """The allowed extension a file's first bytes show it to be, if they show one plainly:
    '.pdf', '.png', '.jpg', '.gif', '.tif', an office document recognisable from its first
    entries, or None (programs, scripts, text, and anything unrecognised)."""
    head = content_head[:HEAD_BYTES]
    if _is_executable(head):
        return None
    for extension in (".pdf", ".png", ".jpg", ".gif", ".tif"):
        if _fits(_KIND_OF_EXTENSION[extension], head):
            return extension
    if head.startswith(_ZIP_MAGIC):
        return _zip_extension(head)
    return None


def _invisible(ch: str) -> bool:
    """Control characters, and the format marks that make 'laporan\u202efdp.exe' read as
    'laporanexe.pdf' (right-to-left override)."""
    return unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")


def _base_name(name: str) -> str:
    """The name without folders, drive, characters Windows refuses or trailing dots and spaces,
    a device name made a file name, shortened keeping its extension. May be empty."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    if len(base) >= 2 and base[1] == ":" and base[0].isascii() and base[0].isalpha():
        base = base[2:]  # "C:laporan.pdf": relative to drive C
    base = "".join("_" if ch in _FORBIDDEN_CHARACTERS or _invisible(ch) else ch
                   for ch in base)
    base = base.strip().rstrip(". ").lstrip()
    if base.strip("._ ") == "":  # ".", "..", "_" alone: no name at all
        return ""
    device = base.split(".", 1)[0].rstrip(" ").upper()
    if device in RESERVED_NAMES:
        base = "_" + base
    if len(base) > MAX_NAME_CHARS:  # shortened, keeping the extension that says what it is
        suffix = PurePath(base).suffix[:10]
        base = base[:MAX_NAME_CHARS - len(suffix)].rstrip(". ") + suffix
    return base


def _shown(name: str) -> str:
    """A file's name as a message quotes it: the last part, invisible characters made '_'."""
    last = name.replace("\\", "/").rsplit("/", 1)[-1].strip() or name.strip()
    last = "".join("_" if _invisible(ch) else ch for ch in last) or "berkas"
    return last if len(last) <= 80 else last[:60] + "…" + last[-19:]


def _split(base: str) -> tuple[str, str]:
    """'laporan.pdf' -> ('laporan', '.pdf'); 'laporan' -> ('laporan', '')."""
    suffix = PurePath(base).suffix if base else ""
    return (base[:-len(suffix)] if suffix else base), suffix


def _neutralised(stem: str) -> str:
    """Dangerous extensions inside a name lose their dot: 'laporan.exe' -> 'laporan_exe'."""
    parts = stem.split(".")
    out = parts[0]
    for part in parts[1:]:
        out += ("_" if "." + part.lower().rstrip(" ") in EXECUTABLE_EXTENSIONS else ".") + part
    return out


def clean_evidence_name(name: str, content_head: bytes) -> str:
    """A name an evidence file may be stored, written out and opened under, whatever name it
    came with. Never raises, never returns a program's or script's extension.

    - folders, drive letters and ``..`` go (both / and \\): ``..\\..\\x.pdf`` -> ``x.pdf``;
    - control characters and ``<>:"/\\|?*`` become ``_``; trailing dots and spaces go;
    - a Windows device name gets a ``_`` in front: ``CON.pdf`` -> ``_CON.pdf``;
    - at most MAX_NAME_CHARS characters, the extension kept;
    - an allowed extension the content fits is kept; otherwise the extension the content
      shows (``content_extension``) replaces it (``laporan.exe`` with PDF bytes ->
      ``laporan.pdf``); an allowed extension the content does not show stays (refused by
      ``evidence_problem``, harmless as a name); any other gets ``_`` for its dot and
      ``.txt`` (plain text) or ``.bin`` (anything else) after it: ``evil.exe`` -> ``evil_exe.bin``.
    - program extensions inside the name lose their dot: ``a.exe.pdf`` -> ``a_exe.pdf``.

    ``content_head`` is the file's first bytes (the whole content may be passed; only
    HEAD_BYTES are looked at)."""
    head = content_head[:HEAD_BYTES]
    stem, suffix = _split(_base_name(name))
    kind = _KIND_OF_EXTENSION.get(suffix.lower())
    inner = _split(stem)[1]
    inner_kind = _KIND_OF_EXTENSION.get(inner.lower())
    if kind is not None and _fits(kind, head):
        pass
    elif kind is None and inner_kind is not None and _fits(inner_kind, head):
        stem, suffix = _split(stem)  # 'laporan.pdf.exe' holding a PDF -> 'laporan.pdf'
    elif (shown := content_extension(head)) is not None:
        suffix = shown  # 'laporan.exe' holding a PDF -> 'laporan.pdf'
    elif kind is None and suffix.lower() != ".bin":  # 'evil.exe' -> 'evil_exe.bin'
        marker = "_" + suffix[1:] if suffix else ""
        suffix = ".txt" if _is_text(head) and not _is_executable(head) else ".bin"
        stem = stem[:MAX_NAME_CHARS - len(marker) - len(suffix)].rstrip(". ") + marker
    stem = _neutralised(stem).rstrip(". ") or "berkas"
    if stem.split(".", 1)[0].rstrip(" ").upper() in RESERVED_NAMES:
        stem = "_" + stem
    stem = stem[:MAX_NAME_CHARS - len(suffix)].rstrip(". ") or "berkas"
    return stem + suffix


def evidence_problem(name: str, content_head: bytes, size: int) -> str | None:
    """Why a file may not be kept as evidence, in a sentence naming it, or None when it may.

    The one check for every way evidence arrives (chosen in the progress dialog, imported,
    merged from another PC's backup, restored) and before a stored file is written out to be
    opened. ``name`` is the name it came with (folders, device names and odd characters are
    not a problem: ``clean_evidence_name`` mends those); ``content_head`` its first bytes (the
    whole content may be passed: only HEAD_BYTES are looked at); ``size`` its whole length.

    Refused: a last extension that is not an allowed document type (programs and scripts
    named as such), a size of 0 or over MAX_FILE_BYTES, content that is a program or script
    (an ``MZ`` or ``#!`` start …), or content that is not what its extension says
    (``laporan.pdf`` that is not a PDF). Pure: no I/O."""
    head = content_head[:HEAD_BYTES]
    base = _base_name(name)
    shown = _shown(name)
    suffix = _split(base)[1].lower()
    if suffix in EXECUTABLE_EXTENSIONS:
        return (f"Berkas '{shown}' ditolak: berkas program atau skrip ({suffix}) tidak "
                f"pernah diterima sebagai bukti dukung.")
    if not suffix:
        return (f"Berkas '{shown}' ditolak: namanya tidak berakhiran jenis berkas; bukti "
                f"dukung hanya PDF, gambar dan dokumen kantor "
                f"({', '.join(ALLOWED_EXTENSIONS)}).")
    if suffix not in ALLOWED_EXTENSIONS:
        return (f"Berkas '{shown}' ditolak: bukti dukung hanya PDF, gambar dan dokumen "
                f"kantor ({', '.join(ALLOWED_EXTENSIONS)}).")
    if size > MAX_FILE_BYTES:
        return (f"Berkas '{shown}' berukuran {format_size(size)}, melebihi batas "
                f"{format_size(MAX_FILE_BYTES)} per berkas. Perkecil (mis. pindai ulang "
                f"dengan resolusi lebih rendah) lalu coba lagi.")
    if size <= 0 or not head:
        return f"Berkas '{shown}' kosong (0 byte)."
    if _is_executable(head):
        return (f"Berkas '{shown}' ditolak: isinya program atau skrip, bukan dokumen, "
                f"walau namanya berakhiran {suffix}.")
    kind = _KIND_OF_EXTENSION[suffix]
    if not _fits(kind, head):
        actual = content_extension(head)
        what = (f"isinya {_KIND_LABEL[_KIND_OF_EXTENSION[actual]]}" if actual
                else "isinya tidak dikenali")
        return (f"Berkas '{shown}' ditolak: {what}, bukan {_KIND_LABEL[kind]} seperti kata "
                f"akhirannya ({suffix}). Simpan ulang berkas dengan jenis yang benar lalu "
                f"coba lagi.")
    return None


def evidence_problems(evidence: EvidenceFile) -> list[Problem]:
    """evidence_problem of a file in memory, as the form's problems (empty when it may be kept)."""
    problem = evidence_problem(evidence.filename, evidence.content[:HEAD_BYTES],
                               len(evidence.content))
    return [Problem("bukti", problem)] if problem else []


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
