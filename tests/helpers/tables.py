"""Write the spreadsheets staff send in: CSV in several dialects and encodings, and XLSX; read
one back whole (the app itself streams them: services/tables.open_table)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from collections.abc import Sequence
from dataclasses import dataclass, field

from openpyxl import Workbook, load_workbook

from kinerja_desktop.errors import Problem
from kinerja_desktop.services.tables import Row, open_table

HEADER = ["nip", "nama", "gelar_depan", "gelar_belakang", "pangkat_golongan", "jabatan",
          "unit_kerja", "eselon", "jenis_pengisian", "jabatan_sebelumnya",
          "tanggal_pelantikan", "nomor_sk"]


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]],
              delimiter: str = ",", encoding: str = "utf-8", bom: bool = False,
              newline: str = "\r\n") -> Path:
    """A CSV as Excel or LibreOffice writes it; quoting only where needed."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    writer.writerow(header)
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_xlsx(path: Path, header: Sequence[object], rows: Sequence[Sequence[object]],
               title: str = "Sheet1") -> Path:
    """A workbook whose first sheet holds the header and rows; cell types as given."""
    book = Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def read_xlsx(path: Path) -> list[list[object]]:
    """All rows of the first sheet, values only."""
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def row(nip: str, nama: str, jabatan: str, unit_kerja: str, **more: object) -> list[object]:
    """One row in HEADER order; keyword arguments fill the other columns."""
    values = dict(nip=nip, nama=nama, jabatan=jabatan, unit_kerja=unit_kerja, **more)
    unknown = set(values) - set(HEADER)
    assert not unknown, unknown
    return [values.get(column, "") for column in HEADER]


@dataclass
class Table:
    """A header and its data rows, each with the row number the spreadsheet shows."""

    header: list[str]
    rows: list[Row]
    warnings: list[Problem] = field(default_factory=list)


def read_table(path: str | Path) -> Table:
    """A file as an import reads it (services/tables.open_table), its rows held in a list."""
    source = open_table(path)
    return Table(source.header, list(source.rows()), source.warnings)
