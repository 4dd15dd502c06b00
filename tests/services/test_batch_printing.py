"""Batch printing from the database, streamed: the batch prints exactly what printing each
sheet alone prints, each sheet is still registered with its own code, memory and queries per
sheet do not grow with the batch, what every sheet shares is read once, and a cancel or a
broken seal leaves nothing behind."""

from __future__ import annotations

import gc
import logging
import re
import tracemalloc

import pytest
from pypdf import PdfReader

from kinerja_desktop.errors import OperationCancelled
from kinerja_desktop.services.documents import DocumentService
from kinerja_desktop.storage import document_repo
from tests.helpers.evaluation_batch import build_batch

CODE = re.compile(r"\b[0-9A-Z]{4}-[0-9A-Z]{4}\b")


@pytest.fixture
def batch(db):
    return build_batch(db, 4)  # one final evaluation in each of the four official forms


def pages(path) -> list[str]:
    """Each page's text, the verification codes masked (each print registers a new one)."""
    return [CODE.sub("KODE", page.extract_text()) for page in PdfReader(str(path)).pages]


def codes(path) -> list[str]:
    return [m for page in PdfReader(str(path)).pages
            for m in CODE.findall(page.extract_text())]


def test_the_batch_prints_what_each_sheet_prints_alone(db, batch, tmp_path):
    service = DocumentService(db)
    alone: list[str] = []
    for n, evaluation_id in enumerate(batch):
        path = tmp_path / f"satu-{n}.pdf"
        service.print("evaluasi", evaluation_id, path, True)
        alone += pages(path)
    records = service.print_batch(batch, tmp_path / "semua.pdf", False, True)
    together = pages(tmp_path / "semua.pdf")
    assert together == alone
    # Every sheet registered with a code of its own, printed on each of its pages.
    assert len({r.code for r in records}) == len(batch)
    printed = codes(tmp_path / "semua.pdf")
    assert set(printed) == {r.code for r in records}
    for record in records:
        assert document_repo.by_code(db, record.code).subject_uuid == record.subject_uuid
    # One PDF per sheet: the same pages again, file by file.
    folder = tmp_path / "per-pejabat"
    service.print_batch(batch, folder, True, True)
    files = sorted(folder.iterdir(), key=lambda p: p.stat().st_mtime_ns)
    assert [p for f in files for p in pages(f)] == alone


def _peak(service: DocumentService, ids: list[int], path) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        service.print_batch(ids, path, False, True)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_sheets(db, batch, tmp_path):
    service = DocumentService(db)
    service.print_batch(batch, tmp_path / "pemanasan.pdf", False, True)
    few = _peak(service, batch, tmp_path / "empat.pdf")
    many = _peak(service, batch * 3, tmp_path / "dua-belas.pdf")
    # Preparing every sheet before writing the first held ~1 MB per sheet (8 MB more for
    # eight more sheets); streamed, a written sheet keeps its compressed pages (a few kB).
    assert many - few < 2.5e6, (few, many)


class _Queries(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.sql: list[str] = []

    def emit(self, record):
        message = record.msg[0] if isinstance(record.msg, tuple) else record.getMessage()
        self.sql.append(str(message))


def _queries(service: DocumentService, ids: list[int], path) -> list[str]:
    handler = _Queries()
    logger = logging.getLogger("peewee")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        service.print_batch(ids, path, False, True)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    return handler.sql


def test_what_every_sheet_shares_is_read_once_per_batch(db, batch, tmp_path):
    service = DocumentService(db)
    four = _queries(service, batch, tmp_path / "a.pdf")
    twelve = _queries(service, batch * 3, tmp_path / "b.pdf")

    def count(sql: list[str], table: str) -> int:
        return sum(f'FROM "{table}"' in q or f'JOIN "{table}"' in q for q in sql)

    # The signatories (and their scanned signatures), the letterhead settings, the paper
    # and the inaugurations: read once whatever the number of sheets.
    for table in ("signatory", "inauguration"):
        assert count(twelve, table) == count(four, table), table
    # The office key is read per signature (services/office_key.py): 2 per sheet, no more.
    assert count(twelve, "setting") - count(four, "setting") <= 2 * 8
    # The evidence files of all of a program's targets in one query, not one per target.
    assert count(twelve, "attachment") - count(four, "attachment") == 8
    # What is left per sheet: the evaluation (seal check, then the sheet), its program, post,
    # targets and evidence, the code's registration and the office key.
    assert (len(twelve) - len(four)) / 8 <= 16, len(twelve) - len(four)


def test_progress_counts_sheets_and_a_cancel_leaves_no_file(db, batch, tmp_path):
    service = DocumentService(db)
    seen: list[tuple[int, int]] = []
    service.print_batch(batch, tmp_path / "semua.pdf", False,
                        progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (4, 4) and all(total == 4 for _done, total in seen)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    target = tmp_path / "batal.pdf"
    done: list[int] = []
    with pytest.raises(OperationCancelled):
        service.print_batch(batch, target, False, progress=lambda d, _t: done.append(d),
                            cancelled=lambda: bool(done) and done[-1] >= 2)
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if "batal" in p.name]  # no partial file


def test_a_cancel_in_a_folder_batch_keeps_the_sheets_written(db, batch, tmp_path):
    service = DocumentService(db)
    done: list[int] = []
    folder = tmp_path / "per-pejabat"
    with pytest.raises(OperationCancelled, match="dibatalkan"):
        service.print_batch(batch, folder, True, progress=lambda d, _t: done.append(d),
                            cancelled=lambda: len(done) >= 2)
    assert len(list(folder.iterdir())) == 2
