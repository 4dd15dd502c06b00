"""Files an adversary puts on a USB stick: spreadsheets built by hand, byte by byte, to make
an import run out of memory or time, or to pass for what they are not."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
SHEET_START = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
HEADER_CELLS = ("nip", "nama", "jabatan", "unit_kerja")


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def header_row() -> str:
    return '<row r="1">' + "".join(inline(f"{'ABCD'[i]}1", t)
                                   for i, t in enumerate(HEADER_CELLS)) + "</row>"


def sheet(rows: str, dimension: str | None = None) -> str:
    declared = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f"{SHEET_START}{declared}<sheetData>{rows}</sheetData></worksheet>"


def write_parts(path: Path, sheet_xml: str | bytes, *, extra: dict[str, bytes] | None = None,
                compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """An .xlsx of the fewest parts openpyxl opens, with this first sheet."""
    with zipfile.ZipFile(path, "w", compression) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def dimension_bomb(path: Path) -> Path:
    """A few hundred bytes declaring the whole grid: read-only openpyxl pads every row to
    16,384 columns and the sheet to 1,048,576 rows (the adversary's MemoryError)."""
    row = '<row r="2">' + inline("A2", "196608011988031001") + inline("B2", "Budi") + "</row>"
    return write_parts(path, sheet(header_row() + row, "A1:XFD1048576"))


def undeclared_far_row(path: Path, row: int = 1_048_576) -> Path:
    """No <dimension>; one filled cell on the last row Excel has."""
    far = f'<row r="{row}">' + inline(f"A{row}", "x") + "</row>"
    return write_parts(path, sheet(header_row() + far))


def undeclared_wide_row(path: Path, column: str = "BZ") -> Path:
    """No <dimension>; one filled cell far to the right of the roster's columns."""
    wide = '<row r="2">' + inline("A2", "196608011988031001") + inline(f"{column}2", "x") + \
        "</row>"
    return write_parts(path, sheet(header_row() + wide))


def ratio_bomb(path: Path, megabytes: int = 40) -> Path:
    """A sheet that is mostly blanks: tens of MB packed into tens of KB."""
    padding = b" " * (megabytes * 2 ** 20)
    xml = (SHEET_START + "<sheetData>" + header_row()).encode() + padding + \
        b"</sheetData></worksheet>"
    return write_parts(path, xml)


def declared_size_bomb(path: Path, declared: int = 4 * 2 ** 30) -> Path:
    """A small, valid zip whose directory says one part unpacks to 4 GB."""
    write_parts(path, sheet(header_row()))
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    at = 0
    while True:
        at = data.index(b"PK\x01\x02", at)
        (name_length,) = struct.unpack("<H", data[at + 28:at + 30])
        if bytes(data[at + 46:at + 46 + name_length]) == name:
            data[at + 24:at + 28] = struct.pack("<I", min(declared, 0xFFFFFFFE))
            break
        at += 4
    path.write_bytes(bytes(data))
    return path


def encrypted_part(path: Path) -> Path:
    """A zip whose parts say they are encrypted (zip's traditional password)."""
    write_parts(path, sheet(header_row()))
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = 0
        while (at := data.find(signature, at)) >= 0:
            (flags,) = struct.unpack("<H", data[at + offset:at + offset + 2])
            data[at + offset:at + offset + 2] = struct.pack("<H", flags | 0x1)
            at += 4
    path.write_bytes(bytes(data))
    return path


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def password_protected(path: Path) -> Path:
    """What Excel writes for a workbook with a password: an OLE file holding EncryptionInfo."""
    path.write_bytes(OLE_MAGIC + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le")
                     + b"\x00" * 1024)
    return path


def legacy_xls(path: Path) -> Path:
    path.write_bytes(OLE_MAGIC + b"\x00" * 504 + "Workbook".encode("utf-16-le") + b"\x00" * 1024)
    return path


def ods(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    return path


def zip_without_workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("foto.jpg", b"\xff\xd8\xff" + b"\x00" * 100)
    return path


def many_parts(path: Path, count: int = 5000) -> Path:
    write_parts(path, sheet(header_row()),
                extra={f"xl/media/x{n}.bin": b"" for n in range(count)},
                compression=zipfile.ZIP_STORED)
    return path
