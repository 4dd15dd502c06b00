"""Batch printing streams: documents are taken from a generator one at a time and dropped once
written (memory does not grow with their number), each image of a batch is read once, the QR
encoder gives ReportLab's own modules, and a batch prints exactly what each document prints
alone."""

from __future__ import annotations

import gc
import io
import random
import string
import tracemalloc
from datetime import datetime, timedelta, timezone

import pytest
from pypdf import PdfReader

from kinerja_desktop.domain.documents import make_code
from kinerja_desktop.errors import OperationCancelled
from kinerja_desktop.reports import layout, render, render_many, samples
from kinerja_desktop.reports.qr import qr_modules, reportlab_modules

PRINTED = datetime(2019, 9, 21, 10, 30, tzinfo=timezone(timedelta(hours=7)))


def texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def sheets(count: int, forms=(samples.evaluation_sheet,)):
    """Stamped sheets, each with a code of its own, made only when asked for."""
    for n in range(count):
        yield samples.stamped(forms[n % len(forms)](), code=make_code(1000 + n))


def test_a_batch_prints_what_each_document_prints_alone():
    documents = list(sheets(4, (samples.evaluation_sheet, samples.matrix_evaluation_sheet,
                                samples.perka_evaluation_sheet, samples.pp30_evaluation_sheet)))
    documents += [samples.stamped(samples.agreement_sheet(paper="F4"), code=make_code(7)),
                  samples.stamped(samples.handover_minutes(), code=make_code(8))]
    alone = []
    for document in documents:
        out = io.BytesIO()
        render(document, out, printed_at=PRINTED)
        alone += texts(out.getvalue())
    out = io.BytesIO()
    pages = render_many(iter(documents), out, printed_at=PRINTED, total=len(documents))
    together = texts(out.getvalue())
    assert pages == len(together) == len(alone)
    assert together == alone  # page by page: same text, same page breaks, same footers


def test_documents_are_taken_one_ahead_of_the_layout():
    """The generator is asked for a document only when the one before it starts to be laid
    out: never the whole batch first."""
    asked: list[int] = []
    progressed: list[int] = []

    def lazily():
        for n, document in enumerate(sheets(5)):
            # When document n is asked for, at most document n - 1 has started.
            assert not progressed or progressed[-1] >= n - 2
            asked.append(n)
            yield document

    def progress(done: int, total: int) -> None:
        progressed.append(done)
        assert len(asked) <= done + 2  # the one laid out and the next, no more

    render_many(lazily(), io.BytesIO(), progress=progress, total=5)
    assert asked == list(range(5)) and progressed[-1] == 5


def _peak(count: int) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        render_many(sheets(count), io.BytesIO(), printed_at=PRINTED, total=count)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_number_of_documents():
    render_many(sheets(2), io.BytesIO(), printed_at=PRINTED)  # fonts, imports, caches
    few, many = _peak(3), _peak(9)
    # Laying the whole batch out first held ~0.7 MB per sheet (4 MB more for six more);
    # streamed, a written sheet keeps only its compressed page streams (a few kB).
    assert many - few < 1.5e6, (few, many)


def test_each_image_of_a_batch_is_read_once(monkeypatch):
    calls = []
    real = layout._archival_image

    def counted(data: bytes) -> bytes:
        calls.append(len(data))
        return real(data)

    monkeypatch.setattr(layout, "_archival_image", counted)
    documents = list(sheets(4, (samples.matrix_evaluation_sheet,)))  # emblem on each
    out = io.BytesIO()
    render_many(documents, out, printed_at=PRINTED)
    assert len(calls) == 1  # the same emblem on four sheets: decoded and checked once
    reader = PdfReader(io.BytesIO(out.getvalue()))
    images = {x.get_object().indirect_reference.idnum
              for page in reader.pages
              for x in page["/Resources"].get("/XObject", {}).values()
              if x.get_object()["/Subtype"] == "/Image"}
    assert len(images) == 1  # and embedded once
    calls.clear()
    render(documents[0], io.BytesIO())
    render(documents[1], io.BytesIO())
    assert len(calls) == 2  # a batch's images do not outlive it
    calls.clear()
    with layout.batch_images():  # one PDF per sheet of a batch: the batch's images shared
        render(documents[0], io.BytesIO())
        render(documents[1], io.BytesIO())
    assert len(calls) == 1


def test_the_qr_encoder_gives_reportlabs_modules():
    rng = random.Random(19)
    alphabet = string.ascii_letters + string.digits + ":.-_/+= "
    for length in list(range(1, 320, 11)) + [195, 200, 205]:
        text = "".join(rng.choice(alphabet) for _ in range(length))
        assert qr_modules(text) == reportlab_modules(text), length


def test_a_cancel_between_documents_of_a_generator_writes_nothing(tmp_path):
    done: list[int] = []
    target = tmp_path / "batch.pdf"
    with pytest.raises(OperationCancelled):
        render_many(sheets(4), target, progress=lambda d, _t: done.append(d),
                    cancelled=lambda: bool(done) and done[-1] >= 2, total=4)
    assert list(tmp_path.iterdir()) == []


def test_the_time_of_printing_may_be_given_when_the_last_page_is_written():
    asked = []

    def when():
        asked.append(True)
        return PRINTED

    first, second = io.BytesIO(), io.BytesIO()
    render_many(list(sheets(2)), first, printed_at=PRINTED)
    render_many(list(sheets(2)), second, printed_at=when)
    assert asked == [True] and first.getvalue() == second.getvalue()
