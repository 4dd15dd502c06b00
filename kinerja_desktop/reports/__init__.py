"""Printed documents as PDF, from the plain dataclasses of domain/documents.py.

ReportLab only: no Qt, no database. `render` writes one document, `render_many` several into
one PDF for batch printing, streamed: each document is laid out when its turn comes and dropped
once written, so the documents may come from a generator that builds each one when asked. Each
document starts on a new page, on its own paper size, with its own page numbering (the tata
naskah dinas "- 2 -" from each document's second page on). Every file is PDF/A-2b
(reports/pdfa.py) and records the time of printing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sized
from datetime import datetime
from typing import Any

from kinerja_desktop.domain.documents import (AgreementSheet, EvaluationSheet, HandoverMemo,
                                              HandoverMinutes)
from kinerja_desktop.domain.puebi import EN_DASH
from kinerja_desktop.errors import OperationCancelled
from kinerja_desktop.reports import (agreement_sheet, evaluation_sheet, handover_memo,
                                     handover_minutes)
from kinerja_desktop.reports.layout import Part, batch_images, range_dash
from kinerja_desktop.reports.pdf_writer import CANCELLED, write_pdf

# Each maker takes its own dataclass: the key picks it, so the value type says "any document".
_PARTS: dict[type, Callable[[Any], Part]] = {EvaluationSheet: evaluation_sheet.part,
                                             AgreementSheet: agreement_sheet.part,
                                             HandoverMinutes: handover_minutes.part,
                                             HandoverMemo: handover_memo.part}


def document_part(document) -> Part:
    """The laid-out flowables of one document (dispatch on its dataclass)."""
    try:
        make = _PARTS[type(document)]
    except KeyError:
        raise TypeError(f"Tidak ada format cetak untuk {type(document).__name__}.") from None
    return make(document)


def render(document, target, printed_at: datetime | None = None,
           dash: str = EN_DASH) -> int:
    """Write one document as a PDF to `target` (a path or a binary file object); pages written.

    `printed_at` is the time the PDF records (None: now, local time). The output is
    deterministic: the same document and the same `printed_at` give the same bytes. `dash`:
    the dash of ranges (puebi.EN_DASH, PUEBI; EM_DASH, EYD V)."""
    with range_dash(dash):
        return write_pdf(_parts([document], None), target, printed_at=printed_at, total=1)


def _parts(documents: Iterable, cancelled: Callable[[], bool] | None) -> Iterator[Part]:
    """Each document's part when the layout asks for it (after a cancel check)."""
    for document in documents:
        if cancelled and cancelled():
            raise OperationCancelled(CANCELLED)
        yield document_part(document)


def render_many(documents: Iterable, target,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None,
                printed_at: datetime | None | Callable[[], datetime | None] = None,
                dash: str = EN_DASH, total: int | None = None) -> int:
    """Write several documents into ONE PDF (batch printing); returns the pages written.

    `documents` may be a list or any iterable (a generator building each document when
    asked): each is laid out in turn and dropped once its pages are written. Each document
    starts on a new page and is numbered on its own. `progress(done, total)` is called as
    documents are laid out (`total`: len(documents) unless given); `cancelled()` is checked
    between documents and raises OperationCancelled, in which case nothing is written to
    `target`. `printed_at` may be a callable, asked when the last page is written."""
    if total is None and isinstance(documents, Sized):
        total = len(documents)
    with range_dash(dash):
        if progress:
            progress(0, total or 0)
        return write_pdf(_parts(documents, cancelled), target, progress=progress,
                         cancelled=cancelled, printed_at=printed_at, total=total)


__all__ = ["render", "render_many", "document_part", "batch_images"]
