"""Reading and writing spreadsheet tables (CSV as Excel writes it, XLSX) as plain rows.

Files come from USB sticks and e-mail: a file is read within fixed bounds (its size, the
uncompressed size of an XLSX, rows, columns) checked before anything large is built, and
every way a file can be unreadable ends in an InputFileError that says so. Text that a
spreadsheet would run as a formula (=, +, -, @, tab, CR first) is written so that it stays
text: in CSV behind one apostrophe (OWASP), read back without it; in XLSX as a text cell.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import struct
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence

from kinerja_desktop.errors import InputFileError, OperationCancelled, Problem, os_reason

SUPPORTED = (".csv", ".xlsx")

# Bounds of a file read for an import. A roster of 100,000 officials (the benchmark's) fits:
# its XLSX export is about 6 MB, 85 MB uncompressed; its CSV export about 23 MB.
MAX_FILE_BYTES = 128 * 1024 * 1024
MAX_ROWS = 100_000  # data rows below the header
MAX_COLUMNS = 50
MAX_UNCOMPRESSED = 256 * 1024 * 1024  # all parts of an XLSX together, unpacked
MAX_RATIO = 100  # an XLSX part packed more tightly than this is a zip bomb (real ones: < 20)
MAX_PARTS = 1000  # parts in an XLSX (a workbook has a dozen or two)
MAX_DIRECTORY_BYTES = 1024 * 1024  # its zip directory
EXCEL_MAX_ROWS = 1_048_576

# Characters XML 1.0 cannot hold (openpyxl refuses them): written as U+FFFD in an XLSX.
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

# A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A cell needing the apostrophe starts with one of these (or with apostrophes before one).
_MAY_NEED_QUOTE = frozenset(FORMULA_START) | {"'"}


def _n(number: int) -> str:
    """A count as Indonesian writes it: 100.000."""
    return f"{number:,}".replace(",", ".")


def needs_quote(text: str) -> bool:
    """Whether a spreadsheet would read this text as a formula (or it already starts with the
    apostrophes that protect such text, which must survive the round trip too)."""
    # Most cells start with none of these: they skip the lstrip and startswith (each export
    # asks for every cell: a fifth of a 100,000-row CSV export went to them).
    return text[:1] in _MAY_NEED_QUOTE and text.lstrip("'").startswith(FORMULA_START)


def neutralise(value: object) -> object:
    """A CSV cell that no spreadsheet runs: text read as a formula gets one leading
    apostrophe. Only text: numbers and dates are written as they are."""
    if isinstance(value, str) and needs_quote(value):
        return "'" + value
    return value


def restore(text: str) -> str:
    """The cell neutralise() wrote, as it was: exactly one apostrophe is removed, and only
    where neutralise() adds one."""
    if text.startswith("'") and needs_quote(text):
        return text[1:]
    return text


Row = tuple[int, list[object]]  # a data row and the number the spreadsheet shows it under


class TableSource:
    """A checked file's header, read once, and its rows, read again on each pass: an import
    of 100,000 rows holds the file, not the rows (they would take ten times its size)."""

    def __init__(self, name: str, header: list[str], rows: Callable[[], Iterator[Row]],
                 expected_rows: int, warnings: list[Problem] | None = None) -> None:
        self.name = name
        self.header = header
        self._rows = rows
        # How many rows a pass yields: counted for a CSV; an XLSX's own claim (a pass counts).
        self.expected_rows = expected_rows
        self.warnings = warnings or []

    def rows(self) -> Iterator[Row]:
        """The data rows, parsed again from the file's content held in memory."""
        return self._rows()


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputFileError(f"Jenis berkas '{suffix or path.name}' tidak didukung; "
                             f"gunakan .csv atau .xlsx.")
    return suffix


def open_table(path: str | Path) -> TableSource:
    """Check the first sheet of an XLSX, or a CSV with comma or semicolon, and read its
    header; its rows are read as they are asked for (TableSource.rows)."""
    path = Path(path)
    kind = _kind(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputFileError(f"Berkas '{path.name}' terlalu besar ({_n(size // 2 ** 20)} MB); "
                                 f"batasnya {_n(MAX_FILE_BYTES // 2 ** 20)} MB. Daftar pejabat "
                                 f"sebesar itu bukan daftar pejabat: periksa berkasnya.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputFileError(f"Berkas '{path}' tidak ditemukan.") from None
    except OSError as exc:
        raise InputFileError(f"Berkas '{path}' tidak dapat dibaca: {os_reason(exc)}.") from exc
    if not data.strip():
        raise InputFileError(f"Berkas '{path.name}' kosong.")
    table = _open_xlsx(data, path.name) if kind == ".xlsx" else _open_csv(data, path.name)
    del data  # a CSV keeps its text, not its bytes as well
    if not table.header or not any(str(h).strip() for h in table.header):
        raise InputFileError(f"Baris 1 berkas '{path.name}' harus berisi judul kolom "
                             f"(nip, nama, jabatan, unit_kerja, …).")
    return table


def _too_many_rows(name: str) -> InputFileError:
    return InputFileError(f"Berkas '{name}' berisi lebih dari {_n(MAX_ROWS)} baris data; "
                          f"batasnya {_n(MAX_ROWS)}. Periksa berkasnya, atau bagi menjadi "
                          f"beberapa berkas.")


def _too_many_columns(name: str, row: int) -> InputFileError:
    return InputFileError(f"Baris {row} berkas '{name}' berisi lebih dari {MAX_COLUMNS} kolom; "
                          f"daftar pejabat memakai 13 kolom. Hapus kolom lain lalu impor lagi.")


def _filled(record: Sequence[object], number: int, name: str) -> int:
    """How many cells of a row count (up to its last filled one); refused beyond MAX_COLUMNS."""
    end = len(record)
    while end and (record[end - 1] is None or record[end - 1] == ""):
        end -= 1
    if end > MAX_COLUMNS:
        raise _too_many_columns(name, number)
    return end


# CSV ----------------------------------------------------------------------------------------

# One character of UTF-8 beyond ASCII (the encoding's well-formed multi-byte sequences).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
_SAVE_AS_UTF8 = "Simpan ulang dari Excel sebagai 'CSV UTF-8' lalu impor lagi."


def _row_of(text_before: str) -> int:
    """The spreadsheet row (CSV record, header = 1) in which the text after this begins."""
    try:
        records = sum(1 for _ in csv.reader(io.StringIO(text_before + "x", newline="")))
    except csv.Error:
        records = text_before.count("\n") + 1
    if text_before.lstrip("\r\n").lower().startswith("sep="):
        records -= 1  # Excel's "sep=;" line is not a row
    return max(1, records)


def _row_at(data: bytes, offset: int, encoding: str) -> int:
    return _row_of(data[:offset].decode(encoding, errors="replace"))


def _decode(data: bytes, name: str) -> tuple[str, list[Problem]]:
    """The text of a CSV in one encoding: UTF-16 with its mark (Excel's "Unicode Text"),
    UTF-8 with or without its mark, else Windows-1252 (Excel's plain "CSV" on Windows).
    A file that is none of these wholly, or mixes them, is refused with the row."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as exc:
            raise InputFileError(
                f"Baris {_row_at(data, exc.start, 'utf-16')} berkas CSV '{name}' tidak dapat "
                f"dibaca sebagai teks Unicode (UTF-16): berkasnya rusak atau terpotong. "
                f"{_SAVE_AS_UTF8}") from None
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        bad = exc.start
    row = _row_at(data, bad, "utf-8-sig")
    if data.startswith(codecs.BOM_UTF8) or _UTF8_SEQUENCE.search(data):
        # Partly UTF-8 (say, rows pasted from two files): neither reading is right for all.
        raise InputFileError(f"Berkas CSV '{name}' mencampur dua pengodean huruf (sebagian "
                             f"UTF-8, sebagian bukan); baris {row} tidak dapat dibaca dengan "
                             f"pasti. {_SAVE_AS_UTF8}")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputFileError(
            f"Baris {_row_at(data, exc.start, 'cp1252')} berkas CSV '{name}' berisi bita yang "
            f"bukan huruf UTF-8 maupun Windows-1252: mungkin bukan berkas teks. "
            f"{_SAVE_AS_UTF8}") from None
    return text, [Problem(
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


# A line of a CSV with its line break, as csv.reader reads lines from a file opened with
# newline="" (a quoted cell spanning lines is joined again by the reader).
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
_NEWLINES = re.compile(r"[\r\n]*")
_LINE_BREAK = re.compile(r"[\r\n]")


def _csv_records(text: str, start: int, delimiter: str, name: str) -> Iterator[Row]:
    """Every record of a CSV's text from `start` (the header first, as row 1), each cut to its
    filled cells; a file too wide, too long or malformed raises InputFileError."""
    number = 0
    lines = (match.group() for match in _LINE.finditer(text, start))
    try:
        for number, record in enumerate(csv.reader(lines, delimiter=delimiter), start=1):
            cells = record[:_filled(record, number, name)]
            if number == 1:
                yield number, [restore(h).strip() for h in cells]
                continue
            if not cells:
                continue  # a blank line is not a row
            if number > MAX_ROWS + 1:
                raise _too_many_rows(name)
            yield number, [restore(c) for c in cells]
    except csv.Error as exc:
        raise InputFileError(f"Berkas CSV '{name}' rusak di baris {number + 1}: {exc}.") from exc


def _open_csv(data: bytes, name: str) -> TableSource:
    text, warnings = _decode(data, name)
    nul = text.find("\x00")
    if nul >= 0:
        raise InputFileError(f"Baris {_row_of(text[:nul])} berkas CSV '{name}' berisi karakter "
                             f"NUL (bita nol): berkasnya rusak atau bukan berkas teks CSV. "
                             f"{_SAVE_AS_UTF8}")
    # The first line after any line breaks, found without copying the text (a file of 100,000
    # rows is 15 MB; splitting it into lines to take the first cost 20 MB more).
    blank = _NEWLINES.match(text)
    lead = blank.end() if blank else 0
    end = _LINE_BREAK.search(text, lead)
    first_line = text[lead:end.start() if end else len(text)]
    start = 0
    if first_line.lower().startswith("sep="):  # Excel's "sep=;" hint line
        delimiter = first_line[4:5] or ","
        newline = text.find("\n")
        start = newline + 1 if newline >= 0 else len(text)
    else:
        delimiter = _delimiter(first_line)
    # One pass over the whole file before any row is used: a file that is malformed, too wide
    # or too long is refused at once, as when it was read whole, and the rows are counted.
    records = _csv_records(text, start, delimiter, name)
    header: list[str] = next(records, (1, []))[1]  # type: ignore[assignment]
    count = sum(1 for _ in records)

    def rows() -> Iterator[Row]:
        again = _csv_records(text, start, delimiter, name)
        next(again, None)  # the header
        return again

    return TableSource(name, header, rows, count, warnings)


# XLSX ---------------------------------------------------------------------------------------

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_DIRECTORY = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_END = b"PK\x06\x06"


def _not_xlsx(name: str, detail: str = "") -> InputFileError:
    more = f" ({detail})" if detail else ""
    return InputFileError(f"Berkas '{name}' bukan berkas Excel .xlsx yang dapat dibaca{more}. "
                          f"Buka di Excel lalu simpan sebagai 'Buku Kerja Excel (.xlsx)'.")


def _too_big(name: str, what: str) -> InputFileError:
    return InputFileError(f"Berkas '{name}' tidak diimpor: {what}. Berkas seperti ini bukan "
                          f"daftar pejabat biasa (mungkin rusak atau sengaja dibuat untuk "
                          f"menghabiskan memori). Salin tabel pejabat ke buku kerja baru lalu "
                          f"impor lagi.")


def _directory_size(data: bytes, name: str) -> tuple[int, int]:
    """The parts a zip declares and the size of its directory, from its end record (zipfile
    reads the whole directory into objects: it is bounded before that)."""
    end = data.rfind(_END_OF_DIRECTORY, max(0, len(data) - 65_557))
    if not data.startswith(b"PK") or end < 0 or len(data) - end < 22:
        raise _not_xlsx(name)
    entries, directory_size = struct.unpack("<HI", data[end + 10:end + 16])
    if entries == 0xFFFF or directory_size == 0xFFFFFFFF:  # ZIP64: the real values elsewhere
        locator = end - 20
        if locator < 0 or data[locator:locator + 4] != _ZIP64_LOCATOR:
            raise _not_xlsx(name)
        (record,) = struct.unpack("<Q", data[locator + 8:locator + 16])
        if data[record:record + 4] != _ZIP64_END:
            raise _not_xlsx(name)
        entries, directory_size = struct.unpack("<QQ", data[record + 32:record + 48])
    return entries, directory_size


def _check_archive(data: bytes, name: str) -> None:
    """Refuse, before unpacking anything, what is not an XLSX or would unpack too large."""
    if data.startswith(_OLE_MAGIC):
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise InputFileError(f"Berkas '{name}' dilindungi kata sandi. Buka di Excel, hapus "
                                 f"kata sandinya (Berkas > Info > Lindungi Buku Kerja), simpan, "
                                 f"lalu impor lagi.")
        raise InputFileError(f"Berkas '{name}' berformat Excel lama (.xls) walau berakhiran "
                             f".xlsx. Buka di Excel lalu simpan sebagai 'Buku Kerja Excel "
                             f"(.xlsx)'.")
    entries, directory_size = _directory_size(data, name)
    if entries > MAX_PARTS or directory_size > MAX_DIRECTORY_BYTES:
        raise _too_big(name, f"berisi lebih dari {_n(MAX_PARTS)} bagian")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError,
            struct.error) as exc:
        raise _not_xlsx(name) from exc
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS:
            raise _too_big(name, f"berisi lebih dari {_n(MAX_PARTS)} bagian")
        total = 0
        for part in parts:
            if part.flag_bits & 0x1:
                raise InputFileError(f"Berkas '{name}' dilindungi kata sandi (bagian "
                                     f"'{part.filename}' terenkripsi). Simpan tanpa kata sandi "
                                     f"lalu impor lagi.")
            total += part.file_size
            if part.file_size > MAX_UNCOMPRESSED or total > MAX_UNCOMPRESSED:
                raise _too_big(name, f"isinya bila dibuka lebih dari "
                                     f"{_n(MAX_UNCOMPRESSED // 2 ** 20)} MB")
            if part.file_size > 2 ** 20 and part.file_size > MAX_RATIO * max(1, part.compress_size):
                raise _too_big(name, f"bagian '{part.filename}' dimampatkan "
                                     f"{_n(part.file_size // max(1, part.compress_size))} kali, "
                                     f"jauh lebih rapat dari lembar kerja biasa")
        names = {part.filename for part in parts}
    if "xl/workbook.xml" not in names and not any(n.endswith("/workbook.xml") for n in names):
        if "mimetype" in names or "content.xml" in names:
            raise InputFileError(f"Berkas '{name}' adalah lembar kerja OpenDocument (.ods) walau "
                                 f"berakhiran .xlsx. Simpan sebagai 'Buku Kerja Excel (.xlsx)' "
                                 f"atau CSV lalu impor lagi.")
        raise _not_xlsx(name, "berkas zip tanpa buku kerja")


def _cell_value(value: object) -> object:
    """A cell as the planner reads cells: text, number, date or nothing."""
    if isinstance(value, (time, timedelta)):
        return str(value)
    return value


def _open_xlsx(data: bytes, name: str) -> TableSource:
    _check_archive(data, name)
    with _SheetRecords(data, name) as records:
        first = next(records, None)
        if first is None:
            raise InputFileError(f"Lembar pertama berkas '{name}' kosong.")
        header = ["" if h is None else str(h).strip() for h in first[1]]
        declared = records.declared_rows

    def rows() -> Iterator[Row]:
        with _SheetRecords(data, name) as again:
            next(again, None)  # the header
            for number, cells in again:
                yield number, [_cell_value(c) for c in cells]

    # The sheet's own claim of its size (a pass counts the rows it really has).
    return TableSource(name, header, rows, max(0, declared - 1))


class _SheetRecords:
    """The first sheet's rows as (number, cells), each cut to its filled cells, in an open
    workbook closed on leaving the with-block; what openpyxl raises on a damaged or foreign
    file comes out as InputFileError."""

    def __init__(self, data: bytes, name: str) -> None:
        from openpyxl import load_workbook  # imported here: slow, and only imports need it
        self.name = name
        self.declared_rows = 0
        try:
            self.book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except MemoryError:
            raise _too_big(name, "isinya terlalu besar untuk dibaca") from None
        except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
            raise _not_xlsx(name, type(exc).__name__) from exc
        self._records = self._read()

    def __enter__(self) -> _SheetRecords:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._records.close()
        self.book.close()

    def __iter__(self) -> Iterator[Row]:
        return self

    def __next__(self) -> Row:
        try:
            return next(self._records)
        except (StopIteration, InputFileError):
            raise
        except MemoryError:
            raise _too_big(self.name, "isinya terlalu besar untuk dibaca") from None
        except Exception as exc:  # a damaged sheet fails inside openpyxl's parser
            raise _not_xlsx(self.name, type(exc).__name__) from exc

    def _read(self) -> Generator[Row, None, None]:
        name = self.name
        if not self.book.worksheets:
            raise InputFileError(f"Berkas '{name}' tidak berisi lembar kerja.")
        sheet = self.book.worksheets[0]
        # The size the sheet declares (<dimension ref="A1:M120"/>) is only a claim; read-only
        # openpyxl would pad every row to it. Refuse a claim beyond the bounds, then ignore it:
        # rows are counted as they stream.
        declared_rows, declared_columns = sheet.max_row or 0, sheet.max_column or 0
        if declared_rows > MAX_ROWS + 1 or declared_columns > MAX_COLUMNS:
            from openpyxl.utils import get_column_letter
            last = f"{get_column_letter(min(declared_columns, 16384) or 1)}{declared_rows or 1}"
            raise _too_big(name, f"lembar pertamanya menyatakan ukuran A1:{last} "
                                 f"({_n(declared_rows)} baris, {_n(declared_columns)} kolom), "
                                 f"batasnya {_n(MAX_ROWS)} baris data dan {MAX_COLUMNS} kolom")
        self.declared_rows = declared_rows
        sheet.reset_dimensions()
        header_read = False
        # Columns past the bound are read (to refuse a row that fills one) up to a fixed width.
        for number, record in enumerate(sheet.iter_rows(max_col=4 * MAX_COLUMNS,
                                                        values_only=True), start=1):
            if number > EXCEL_MAX_ROWS:
                raise _not_xlsx(name, "lebih dari 1.048.576 baris")
            if header_read and record.count(None) == len(record):
                continue  # a blank row (quickly: gaps of a million rows are streamed as blanks)
            cells = list(record[:_filled(record, number, name)])
            if not header_read:
                header_read = True
                yield number, cells
                continue
            if not cells:
                continue  # a blank row is not a row
            if number > MAX_ROWS + 1:
                raise _too_many_rows(name)
            yield number, cells


# Writing ------------------------------------------------------------------------------------

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


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return neutralise(value)


def write_table(path: str | Path, header: Sequence[str], rows: Sequence[Sequence[object]],
                text_columns: Sequence[str] = (),
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> None:
    """Write CSV (UTF-8 with BOM, ';' as Indonesian Excel expects) or XLSX, by extension.

    Text is never written as a formula: see neutralise() (CSV) and _write_xlsx (XLSX)."""
    path = Path(path)
    kind = _kind(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        if kind == ".csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL)
                writer.writerow([_csv_cell(title) for title in header])
                for row in _watched(rows, progress, cancelled):
                    writer.writerow([_csv_cell(v) for v in row])
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
        if isinstance(value, str):
            value = _XLSX_ILLEGAL.sub("\ufffd", value)  # XML holds no control codes
        result = WriteOnlyCell(sheet, value="" if value is None else value)
        if isinstance(value, str):
            # openpyxl makes "=…" a formula; text is text. quotePrefix keeps Excel from
            # making it one when the cell is edited (as a typed leading apostrophe does).
            result.data_type = "s"
            if needs_quote(value):
                result.quotePrefix = True
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
