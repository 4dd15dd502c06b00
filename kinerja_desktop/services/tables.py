"""Reading and writing spreadsheet tables (CSV as Excel writes it, XLSX) as plain rows."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from collections.abc import Callable, Iterable, Iterator, Sequence

from kinerja_desktop.errors import InputFileError, OperationCancelled, Problem, os_reason

SUPPORTED = (".csv", ".xlsx")


@dataclass
class Table:
    """A header and its data rows, each with the row number the spreadsheet shows."""

    header: list[str]
    rows: list[tuple[int, list[object]]]
    warnings: list[Problem] = field(default_factory=list)


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputFileError(f"Jenis berkas '{suffix or path.name}' tidak didukung; "
                             f"gunakan .csv atau .xlsx.")
    return suffix


def read_table(path: str | Path) -> Table:
    """Read the first sheet of an XLSX, or a CSV with comma or semicolon, into a Table."""
    path = Path(path)
    kind = _kind(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputFileError(f"Berkas '{path}' tidak ditemukan.") from None
    except OSError as exc:
        raise InputFileError(f"Berkas '{path}' tidak dapat dibaca: {os_reason(exc)}.") from exc
    if not data.strip():
        raise InputFileError(f"Berkas '{path.name}' kosong.")
    table = _read_xlsx(data, path.name) if kind == ".xlsx" else _read_csv(data, path.name)
    if not table.header or not any(str(h).strip() for h in table.header):
        raise InputFileError(f"Baris 1 berkas '{path.name}' harus berisi judul kolom "
                             f"(nip, nama, jabatan, unit_kerja, …).")
    return table


def _decode(data: bytes) -> tuple[str, list[Problem]]:
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16"), []  # Excel's "Unicode Text" export
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), [Problem(
            "", "Berkas bukan UTF-8; dibaca sebagai Windows-1252. Periksa huruf beraksen, "
                "atau simpan ulang dari Excel sebagai 'CSV UTF-8'.", "warning")]


def _delimiter(first_line: str) -> str:
    """Excel on Indonesian Windows writes ';' (the decimal mark is a comma); elsewhere ','."""
    counts = {d: 0 for d in ";,\t"}
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(data: bytes, name: str) -> Table:
    text, warnings = _decode(data)
    first_line = text.lstrip("\r\n").splitlines()[0] if text.strip() else ""
    if first_line.lower().startswith("sep="):  # Excel's "sep=;" hint line
        delimiter = first_line[4:5] or ","
        text = text.split("\n", 1)[1] if "\n" in text else ""
    else:
        delimiter = _delimiter(first_line)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise InputFileError(f"Berkas CSV '{name}' rusak: {exc}.") from exc
    header = [h.strip() for h in records[0]] if records else []
    rows: list[tuple[int, list[object]]] = [
        (number, list(record)) for number, record in enumerate(records[1:], start=2)]
    return Table(header, rows, warnings)


def _read_xlsx(data: bytes, name: str) -> Table:
    from openpyxl import load_workbook  # imported here: slow, and only imports need it
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise InputFileError(f"Berkas '{name}' bukan berkas Excel .xlsx yang dapat dibaca "
                             f"({type(exc).__name__}).") from exc
    try:
        sheet = book.worksheets[0]
        records = list(sheet.iter_rows(values_only=True))
    finally:
        book.close()
    if not records:
        raise InputFileError(f"Lembar pertama berkas '{name}' kosong.")
    header = ["" if h is None else str(h).strip() for h in records[0]]
    rows = [(number, list(record)) for number, record in enumerate(records[1:], start=2)]
    return Table(header, rows)


def _watched(rows: Sequence[Sequence[object]], progress: Callable[[int, int], None] | None,
             cancelled: Callable[[], bool] | None) -> Iterator[Sequence[object]]:
    """The rows, reporting progress and stopping when the user cancels."""
    total = len(rows)
    for done, row in enumerate(rows, start=1):
        if done % 500 == 0:
            if cancelled and cancelled():
                raise OperationCancelled("Ekspor dibatalkan; tidak ada berkas yang ditulis.")
            if progress:
                progress(done, total)
        yield row
    if progress:
        progress(total, total)


def write_table(path: str | Path, header: Sequence[str], rows: Sequence[Sequence[object]],
                text_columns: Sequence[str] = (),
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> None:
    """Write CSV (UTF-8 with BOM, ';' as Indonesian Excel expects) or XLSX, by extension."""
    path = Path(path)
    kind = _kind(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        if kind == ".csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL)
                writer.writerow(header)
                for row in _watched(rows, progress, cancelled):
                    writer.writerow(["" if v is None else v.isoformat()
                                     if isinstance(v, (date, datetime)) else v for v in row])
        else:
            _write_xlsx(tmp, header, _watched(rows, progress, cancelled), text_columns,
                        rows[:500])
        tmp.replace(path)  # a half-written export never takes the final name
    except BaseException as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only stick: nothing was written there anyway
        if isinstance(exc, OSError):
            raise InputFileError(f"Berkas '{path}' tidak dapat ditulis: {os_reason(exc)}.") \
                from exc
        raise


def _write_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]],
                text_columns: Sequence[str], sample: Sequence[Sequence[object]]) -> None:
    # Write-only mode streams rows: 100,000 officials take seconds, not minutes.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Pejabat")
    for index, title in enumerate(header, start=1):
        width = max([len(str(title))] + [len(str(r[index - 1] or "")) for r in sample])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, width + 2)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def cell(value: object, text: bool = False, font: Font | None = None) -> WriteOnlyCell:
        result = WriteOnlyCell(sheet, value="" if value is None else value)
        if text:
            result.number_format = "@"  # the NIP must stay text in Excel (18 digits)
        elif isinstance(value, date):
            result.number_format = "yyyy-mm-dd"
        if font is not None:
            result.font = font
        return result

    sheet.append([cell(title, font=bold) for title in header])
    text_indexes = {i for i, h in enumerate(header) if h in text_columns}
    try:
        for row in rows:
            sheet.append([cell(value, index in text_indexes) for index, value in enumerate(row)])
    except BaseException:
        sheet.close()  # end openpyxl's row stream now, not when it is garbage-collected
        raise
    book.save(path)
