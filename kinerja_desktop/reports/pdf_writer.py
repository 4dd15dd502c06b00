"""Laying parts out into one PDF/A-2b file, streamed: each part is taken from its iterator when
the one before it starts, laid out, its pages numbered and footed once its last page is known,
and then dropped; a batch of hundreds of sheets holds about two sheets at a time.

Each part starts on a new page of its own paper size and is numbered on its own, by the tata
naskah dinas rule: "- 2 -" centred at the top from the second page on, the first page (the one
with the kop) not numbered. The canvas keeps a part's pages until its last one is known, then
draws the page numbers and the footers (the verification code, the page count and the QR code).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sized
from datetime import datetime
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.boxstuff import aspectRatioFix
from reportlab.lib.units import mm
from reportlab.lib.utils import _digester, simpleSplit
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak,
                                PageTemplate)

from kinerja_desktop.domain.document_parts import Stamp
from kinerja_desktop.domain.paper import PAPER_SIZES
from kinerja_desktop.domain.words import terbilang
from kinerja_desktop.errors import InputFileError, OperationCancelled, os_reason
from kinerja_desktop.reports import pdfa
from kinerja_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from kinerja_desktop.reports.layout import (BOTTOM_MARGIN, CREATOR, FOOTER_SIZE, LEFT_MARGIN,
                                            PAGE_NUMBER_SIZE, PAGE_NUMBER_Y, QR_BASE,
                                            QR_MIN_MODULE, QR_SIZE, RIGHT_MARGIN, TOP_MARGIN,
                                            Part, batch_images, page_size)
from kinerja_desktop.reports.qr import qr_modules

Progress = Callable[[int, int], None]
CANCELLED = "Pencetakan dibatalkan; tidak ada berkas yang ditulis."


class _PartStart(Flowable):
    """Zero-size mark at the top of a part: tells the canvas which part its pages belong to,
    reports progress and honours a cancel between documents. When it is about to be laid
    out, the stream puts the next part behind the current one (see _StreamedDoc)."""

    def __init__(self, index: int, total: int, progress, cancelled):
        super().__init__()
        self.index, self.total = index, total
        self.progress, self.cancelled = progress, cancelled
        self.width = self.height = 0
        self.pulled = False

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        if self.index and self.cancelled and self.cancelled():
            raise OperationCancelled(CANCELLED)
        if self.index and self.progress:
            self.progress(self.index, self.total)
        self.canv._kinerja_part = self.index


class _Pull(Flowable):
    """The end of the story so far: where the next part's flowables go."""


class _Stream:
    """The parts as they come, and what the PDF's metadata and footers need of them: each
    part's stamp until its footers are drawn, the first title, the subjects, the registry
    UUIDs (a few strings per part, not the parts)."""

    def __init__(self, parts: Iterable[Part], total: int, progress: Progress | None,
                 cancelled: Callable[[], bool] | None):
        self.parts: Iterator[Part] = iter(parts)
        self.total, self.progress, self.cancelled = total, progress, cancelled
        self.count = 0
        self.stamps: dict[int, Stamp | None] = {}
        self.first: Part | None = None  # the first part's names, without its flowables
        self.subjects: dict[str, None] = {}
        self.ids: list[str] = []

    def next_story(self) -> list | None:
        """The next part's flowables behind its page break and start mark; None at the end."""
        part = next(self.parts, None)
        if part is None:
            return None
        index = self.count
        self.count += 1
        if self.first is None:
            self.first = Part([], part.paper, part.title, part.subject, part.author)
        self.stamps[index] = part.stamp
        self.subjects.setdefault(part.subject)
        if part.stamp:
            self.ids.append(part.stamp.document_uuid)
        story = [NextPageTemplate(part.paper), PageBreak()] if index else []
        return story + [_PartStart(index, max(self.total, self.count), self.progress,
                                   self.cancelled)] + list(part.flowables)

    def names(self) -> tuple[str, str]:
        """The PDF's title and subject: the document's own, or the first one's and a count."""
        assert self.first is not None
        if self.count == 1:
            return self.first.title, self.first.subject
        return (f"{self.first.title} dan {self.count - 1} dokumen lain",
                "; ".join(self.subjects))

    def archive(self, printed_at: datetime | None) -> pdfa.ArchiveInfo:
        title, subject = self.names()
        assert self.first is not None
        return pdfa.ArchiveInfo(title=title, author=self.first.author, subject=subject,
                                creator=CREATOR, printed_at=pdfa.printed_time(printed_at),
                                document_ids=tuple(self.ids))


class _StreamedDoc(BaseDocTemplate):
    """A document template fed one part ahead: when a part's start mark comes up, the next
    part is laid behind it, so that a page break, a kept-with-next heading or a split table
    sees exactly the story it would see if every part had been given at once."""

    def __init__(self, target, stream: _Stream, **kw):
        super().__init__(target, **kw)
        self.stream = stream
        self.pull = _Pull()

    def filterFlowables(self, flowables):  # noqa: N802 -- overrides ReportLab's hook
        first = flowables[0] if flowables else None
        if isinstance(first, _PartStart) and not first.pulled:
            first.pulled = True
            if flowables[-1] is self.pull:
                del flowables[-1]
                story = self.stream.next_story()
                if story is not None:
                    flowables += story + [self.pull]
        elif first is self.pull:  # nothing follows the last part: it ends the story
            del flowables[0]
            if not flowables:
                flowables.append(None)


def qr_size(modules: int) -> float:
    """The printed side of a QR code of `modules` modules: QR_SIZE, larger only when a module
    would otherwise be smaller than QR_MIN_MODULE."""
    return max(QR_SIZE, modules * QR_MIN_MODULE)


def _make_qr_form(canv, name: str, value: str) -> float:
    """The QR code as a form XObject: encoded and drawn once per document, placed on each of
    its pages (the widget per page cost most of a batch print's time). Returns its size."""
    modules = qr_modules(value)
    size = qr_size(len(modules))
    box = size / len(modules)
    canv.beginForm(name, 0, 0, size, size)
    canv.setFillColor(colors.black)
    # One rectangle per run of dark modules in a row, written as PDFPathObject writes a path
    # ("n", then "x y w h re" each): the same bytes, without a method call per rectangle.
    code = ["n"]
    for r, row in enumerate(modules):
        column = 0
        y = size - (r + 1) * box
        for dark, run in itertools.groupby(row):
            count = sum(1 for _ in run)
            if dark:
                code.append(f"{fp_str((column * box, y, count * box, box))} re")
            column += count
    canv.drawPath(PDFPathObject(code), stroke=0, fill=1)
    canv.endForm()
    return size


class _Encoded:
    """A stream filter already applied: in a stream's filter list it names the filter as the
    original does, and the last one gives back the content encoded beforehand."""

    def __init__(self, pdfname: str, data: bytes | None = None):
        self.pdfname, self.data = pdfname, data

    def encode(self, text):
        return self.data if self.data is not None else text


def _encoded_stream(content, comment: str) -> pdfdoc.PDFStream:
    """What ReportLab makes of a page's or a form's content when it saves the file, made
    now: compressed as it would be (ASCII85 over Flate, rl_config's choice), so that a batch
    keeps a few kilobytes per page instead of the page's operators until the end."""
    filters = [pdfdoc.PDFBase85Encode, pdfdoc.PDFZCompress] if rl_config.useA85 \
        else [pdfdoc.PDFZCompress]
    data = content
    for f in reversed(filters):  # the order PDFStream.format applies them in
        data = f.encode(data)
    given = [_Encoded(f.pdfname) for f in filters]
    given[-1].data = data  # format() applies the list reversed: the last one goes first
    stream = pdfdoc.PDFStream(content=b"", filters=given)
    stream.__Comment__ = comment
    return stream


def _encode_page_now(page) -> None:
    """PDFPage.check_format's stream, compressed when the page is written, not at save."""
    if page.compression and page.stream and not page.Contents \
            and not page.Override_default_compilation:
        page.Contents = _encoded_stream(page.stream, "page stream")
        page.stream = None


def _encode_form_now(form) -> None:
    """PDFFormXObject.format's stream, compressed now (its own compression then off, or it
    would set the filters again when saved)."""
    if form.compression and form.stream and not form.Contents:
        form.Contents = _encoded_stream(form.stream, "xobject form stream")
        form.compression = 0
        form.stream = None


def page_number_text(number: int) -> str:
    """'- 2 -': Arabic numerals between hyphens (the tata naskah dinas page number)."""
    return f"- {number} -"


def _draw_page_number(canv, number: int) -> None:
    """From the second page on, the number centred over the text at the top; the first page,
    which carries the kop, is not numbered."""
    if number < 2:
        return
    width, height = canv._pagesize
    canv.saveState()
    canv.setFillColor(colors.black)
    canv.setFont(REGULAR, PAGE_NUMBER_SIZE)
    centre = (LEFT_MARGIN + width - RIGHT_MARGIN) / 2
    canv.drawCentredString(centre, height - PAGE_NUMBER_Y, page_number_text(number))
    canv.restoreState()


def footer_lines(stamp: Stamp, pages: int) -> tuple[str, str]:
    """The footer's two texts: the code, and the page count with how to check the copy."""
    count = f"{pages} ({terbilang(pages)})" if pages < 1_000_000 else str(pages)
    return (f"Kode verifikasi: {stamp.code}",
            f"Dokumen ini terdiri atas {count} halaman. Periksa keasliannya dengan menu Periksa "
            f"Dokumen di Kinerja Desktop atau dengan memindai kode QR.")


def _draw_footer(canv, stamp: Stamp | None, qr_form: str, qr_side: float, pages: int) -> None:
    """Inside the bottom margin, for a registered document: a light rule, the verification
    code and page count at the left, the QR code at the right."""
    if not stamp:
        return
    width, _ = canv._pagesize
    right = width - RIGHT_MARGIN
    canv.saveState()
    canv.setStrokeColor(colors.Color(0.5, 0.5, 0.5))
    canv.setLineWidth(0.4)
    rule_y = QR_BASE + qr_side + 2 * mm  # a quiet zone above the QR code
    canv.line(LEFT_MARGIN, rule_y, right, rule_y)
    canv.translate(right - qr_side, QR_BASE)
    canv.doForm(qr_form)
    canv.restoreState()
    canv.saveState()
    canv.setFillColor(colors.black)
    code, note = footer_lines(stamp, pages)
    text_width = right - qr_side - 5 * mm - LEFT_MARGIN
    y = QR_BASE + qr_side - 4 * mm
    canv.setFont(BOLD, FOOTER_SIZE + 1)
    canv.drawString(LEFT_MARGIN, y, code)
    canv.setFont(REGULAR, FOOTER_SIZE)
    for line in simpleSplit(note, REGULAR, FOOTER_SIZE, text_width):
        y -= FOOTER_SIZE * 1.3
        canv.drawString(LEFT_MARGIN, y, line)
    canv.restoreState()


def _canvas_maker(stream: _Stream, counter: list, printed_at):
    class NumberedCanvas(pdfcanvas.Canvas):
        """Holds a document's pages until its last one is known, then numbers them (per
        document) and draws the footers. Pages of earlier documents are written out as soon
        as the next document starts, so a batch of hundreds of sheets never holds more than
        one sheet's pages. Saving makes the file PDF/A-2b (reports/pdfa.py)."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._kinerja_part = 0
            self._kinerja_pending = []  # mutated in place: every saved state shares it
            self._kinerja_written = [0]

        def showPage(self):  # noqa: N802 -- overrides ReportLab's Canvas.showPage
            state = dict(self.__dict__)
            pending = self._kinerja_pending
            if pending and pending[0]["_kinerja_part"] != state["_kinerja_part"]:
                self._kinerja_flush()
                self.__dict__.update(state)
            pending.append(state)
            self._startPage()

        def _kinerja_flush(self):
            pages = list(self._kinerja_pending)
            self._kinerja_pending.clear()
            part = pages[0]["_kinerja_part"]
            stamp = stream.stamps.pop(part, None)
            form = f"KinerjaQR{part}"
            side = 0.0
            if stamp:
                side = _make_qr_form(self, form, stamp.qr_text)
                _encode_form_now(self._doc.idToObject[pdfdoc.xObjectName(form)])
            for number, state in enumerate(pages, start=1):
                self.__dict__.update(state)
                _draw_page_number(self, number)
                _draw_footer(self, stamp, form, side, len(pages))
                super().showPage()
                _encode_page_now(self._doc.Pages.pages[-1])
            self._kinerja_written[0] += len(pages)

        def drawImage(self, image, x, y, width=None, height=None,  # noqa: N802
                      mask=None, **options):
            """ReportLab names an image by the MD5 of all its pixels each time it is drawn
            (milliseconds for an emblem, on every sheet). An image of this batch
            (layout._reader) keeps the name its first draw gave it; once embedded it is
            placed exactly as Canvas.drawImage places an image it has already embedded."""
            names = getattr(image, "_kinerja_names", None)
            if names is None or options:
                return super().drawImage(image, x, y, width, height, mask, **options)
            name = names.get(repr(mask))
            registered = self._doc.getXObjectName(name) if name else ""
            embedded = self._doc.idToObject.get(registered) if name else None
            if embedded is None:
                names[repr(mask)] = _image_name(image, mask)
                return super().drawImage(image, x, y, width, height, mask)
            x, y, width, height, _scaled = aspectRatioFix(
                False, "c", x, y, width, height, embedded.width, embedded.height, False)
            self._currentPageHasImages = 1
            self.saveState()
            self.translate(x, y)
            self.scale(width, height)
            self._code.append(f"/{registered} Do")
            self.restoreState()
            self._formsinuse.append(name)
            return embedded.width, embedded.height

        def save(self):
            if self._kinerja_pending:
                self._kinerja_flush()
            counter.append(self._kinerja_written[0])
            when = printed_at() if callable(printed_at) else printed_at
            pdfa.make_archival(self._doc, stream.archive(when))
            super().save()

    return NumberedCanvas


def _image_name(reader, mask) -> str:
    """The name Canvas.drawImage gives an ImageReader's image (its pixels' and mask's MD5)."""
    rawdata = reader.getRGBData()  # decoded once per reader; sets _dataA (the alpha mask)
    smask = reader._dataA
    mdata = smask.getRGBData() if mask == "auto" and smask else str(mask).encode("utf8")
    return _digester(rawdata + mdata)


def _doc_template(target, first: Part, stream: _Stream) -> _StreamedDoc:
    """The template: the first part's paper first (the first page's), then every other
    paper a later part may bring."""
    doc = _StreamedDoc(
        target, stream, pagesize=page_size(first.paper),
        leftMargin=LEFT_MARGIN, rightMargin=RIGHT_MARGIN, topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN, initialFontName=REGULAR, title=first.title,
        author=first.author, subject=first.subject, creator=CREATOR, lang="id-ID")
    templates = []
    for paper in dict.fromkeys([first.paper, *PAPER_SIZES]):
        width, height = page_size(paper)
        frame = Frame(LEFT_MARGIN, BOTTOM_MARGIN, width - LEFT_MARGIN - RIGHT_MARGIN,
                      height - TOP_MARGIN - BOTTOM_MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0, id=f"body-{paper}")
        templates.append(PageTemplate(id=paper, frames=[frame], pagesize=(width, height)))
    doc.addPageTemplates(templates)
    return doc


def archive_info(parts: Iterable[Part], printed_at: datetime | None) -> pdfa.ArchiveInfo:
    """What the PDF's Info dictionary and XMP metadata say of these parts."""
    stream = _Stream(parts, 0, None, None)
    while stream.next_story() is not None:
        pass
    if stream.first is None:
        raise ValueError("Tidak ada dokumen untuk dicetak.")
    return stream.archive(printed_at)


def write_pdf(parts: Iterable[Part], target, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None,
              printed_at: datetime | None | Callable[[], datetime | None] = None,
              total: int | None = None) -> int:
    """Lay the parts out into one PDF/A-2b file at `target` (a path or a binary file object).

    `parts` may be any iterable: each part is taken when the one before it starts to be laid
    out and dropped once its pages are written, so a generator that builds each part when
    asked keeps memory flat however many parts there are. `total` is the count progress
    reports (default: len(parts), else the parts taken so far).

    `printed_at` is the moment the PDF records (creation date, metadata, file ID): None means
    now, in local time with its UTC offset; a naive value is UTC (the registry's clock); a
    callable is asked once the last page is written (a batch registers as it goes). The same
    parts and the same `printed_at` give the same bytes.

    Returns the number of pages. A path is written only once the whole PDF is ready, through a
    temporary file, so a failure or a cancel never leaves half a file under the final name."""
    register_fonts()
    if total is None:
        total = len(parts) if isinstance(parts, Sized) else 0
    with batch_images():
        stream = _Stream(parts, total, progress, cancelled)
        story = stream.next_story()
        if story is None:
            raise ValueError("Tidak ada dokumen untuk dicetak.")
        assert stream.first is not None
        if not isinstance(target, (str, Path)):
            return _build(stream, story, target, printed_at, progress)
        path = Path(target)
        tmp = path.with_name(path.name + ".tmp")
        try:
            with open(tmp, "wb") as out:
                pages = _build(stream, story, out, printed_at, progress)
            tmp.replace(path)
        except OSError as exc:
            raise InputFileError(f"Berkas '{path}' tidak dapat ditulis: {os_reason(exc)}.") \
                from exc
        finally:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
        return pages


def _build(stream: _Stream, story: list, out, printed_at, progress: Progress | None) -> int:
    counter: list[int] = []
    assert stream.first is not None
    doc = _doc_template(out, stream.first, stream)
    doc.build(story + [doc.pull], canvasmaker=_canvas_maker(stream, counter, printed_at))
    if progress:
        progress(stream.count, max(stream.total, stream.count))
    return counter[-1]


__all__ = ["write_pdf", "archive_info", "page_number_text", "footer_lines", "qr_size",
           "CANCELLED"]
