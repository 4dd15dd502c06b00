"""`print batch` of final evaluations from a database into one PDF, against a raw ReportLab
program printing the same sheets (same text, tables, fonts, images, footers and pages), both
streamed, at two sizes; each case in its own child process (its own peak memory)."""

# .venv/bin/python bench/print_bench.py              # 50 and 400 sheets, 3 interleaved runs
# .venv/bin/python bench/print_bench.py --small      # 20 and 80 sheets, 1 run (~20 s)
# .venv/bin/python bench/print_bench.py --profile    # also cProfile the app's 50 (bench/out)
# .venv/bin/python bench/print_bench.py --json       # one JSON object as the last line
# Writes bench/out/print.json. Exits 0 whatever the goals say (a report, not a test);
# non-zero only if a step crashed. check(small=True) is for a regression test.
#
# The database (bench/print_db.py, cached under bench/out/): one final evaluation per
# official, the four official forms mixed, emblems and scanned signatures stored. The app
# case is the CLI's `print batch --tanda-tangan` as a function: DocumentService on a fresh
# copy of that database, final_evaluations()[:N], then print_batch into one PDF (each sheet
# read, sealed, registered with its code, laid out, its QR signed and drawn, PDF/A).
#
# The baseline: before the runs, the same N sheets are built once by the app and written
# down as plain data (each paragraph's text and style, each table's cells, widths, row
# heights and style commands, images, the code and the QR text): what a hand-written program
# would have to print. The baseline child reads that file sheet by sheet and prints it with
# ReportLab alone: the same fonts registered once, the styles made once, each image decoded
# once, a QR code per sheet from ReportLab's encoder (one mask, as the app), the footers and
# "- 2 -" numbers drawn once a sheet's page count is known, the story fed one sheet at a time.
# Its output has the same pages (checked) and the same text but for the codes (checked).

from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import json
import os
import pickle
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from peak_memory import peak_mb

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for folder in (str(ROOT), str(BENCH)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

SIZES = (50, 400)
SMALL_SIZES = (20, 80)
GOAL_SHARE = 0.5  # the app's sheets/s at least half the raw program's
GOAL_GROWTH_MB = 50.0  # the app's peak at the larger size within this of the smaller
WITH_IMAGES = True  # --tanda-tangan: the signatories' scanned signatures on every sheet
OUT_JSON = BENCH / "out" / "print.json"
CHILD_TIMEOUT_S = 900
CODE = re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}")
MM = 72 / 25.4
PAPERS_MM = {"A4": (210, 297), "F4": (215, 330)}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# The sheets as plain data ------------------------------------------------------------------------
class _Styles:
    """Paragraph styles by name and attributes, each written down once."""

    def __init__(self):
        self.keys: dict[tuple, str] = {}

    def key(self, style, out) -> str:
        attrs = {k: v for k, v in style.__dict__.items() if k not in ("name", "parent")}
        frozen = (style.name, repr(sorted(attrs.items())))
        if frozen not in self.keys:
            key = f"{style.name}#{len(self.keys)}"
            self.keys[frozen] = key
            pickle.dump(("style", key, attrs), out)
        return self.keys[frozen]


def _describe(flowable, styles: _Styles, images: dict, out):
    """A flowable of the app's part as plain data (see the module comment)."""
    from reportlab.platypus import (CondPageBreak, Image, KeepTogether, PageBreak, Paragraph,
                                    Spacer, Table)

    from kinerja_desktop.reports.layout import DoubleRule
    from kinerja_desktop.reports.pdf_writer import _PartStart

    def cell(value):
        if isinstance(value, (list, tuple)):
            return ("L", [_describe(v, styles, images, out) for v in value])
        if isinstance(value, str) or value is None:
            return value
        return _describe(value, styles, images, out)

    if isinstance(flowable, Paragraph):
        return ("P", flowable.text, styles.key(flowable.style, out))
    if isinstance(flowable, Table):
        return ("T", [[cell(c) for c in row] for row in flowable._cellvalues],
                list(flowable._argW), list(flowable._argH), flowable.repeatRows,
                flowable.hAlign, list(getattr(flowable, "_bench_commands", [])))
    if isinstance(flowable, PageBreak):
        return ("B",)
    if isinstance(flowable, KeepTogether):
        return ("K", [_describe(f, styles, images, out) for f in flowable._content])
    if isinstance(flowable, CondPageBreak):
        return ("C", flowable.height)
    if isinstance(flowable, Spacer):
        return ("S", flowable.width, flowable.height)
    if isinstance(flowable, Image):
        data = flowable._img.fileName.getvalue()
        if data not in images:
            images[data] = f"image{len(images)}"
            pickle.dump(("image", images[data], data), out)
        return ("I", images[data], flowable.drawWidth, flowable.drawHeight, flowable.hAlign)
    if isinstance(flowable, DoubleRule):
        return ("R", flowable.width)
    if isinstance(flowable, _PartStart):
        return None
    raise TypeError(f"no description for {type(flowable).__name__}")



def write_sheets(db_path: Path, count: int, target: Path) -> int:
    """The first `count` sheets of the batch, built by the app (on a throw-away copy of the
    database: each one registers a code) and written down for the baseline; returns the
    number written."""
    from reportlab.platypus import Table

    from kinerja_desktop import reports
    from kinerja_desktop.reports.layout import batch_images, range_dash
    from kinerja_desktop.services import documents
    from kinerja_desktop.storage.database import open_database

    recorded = Table.setStyle

    def recording(self, style):  # the commands as given: Table keeps them only sorted out
        commands = style.getCommands() if hasattr(style, "getCommands") else list(style)
        self._bench_commands = getattr(self, "_bench_commands", []) + list(commands)
        return recorded(self, style)

    with tempfile.TemporaryDirectory(prefix="kinerja-print-prep-") as tmp:
        copy = Path(tmp) / "prep.kinerja"
        shutil.copy(db_path, copy)
        db = open_database(copy)
        Table.setStyle = recording
        try:
            service = documents.DocumentService(db)
            ids = service.final_evaluations()[:count]
            batch = documents.PrintBatch(db)
            styles, images = _Styles(), {}
            with open(target, "wb") as out, range_dash(batch.dash), batch_images():
                for evaluation_id in ids:
                    document, _record = service.prepare("evaluasi", evaluation_id, WITH_IMAGES,
                                                        batch)
                    part = reports.document_part(document)
                    flow = [d for d in (_describe(f, styles, images, out)
                                        for f in part.flowables) if d is not None]
                    pickle.dump(("sheet", {"paper": part.paper, "code": part.stamp.code,
                                           "qr": part.stamp.qr_text, "flow": flow}), out)
        finally:
            Table.setStyle = recorded
            db.close()
    return len(ids)


def written_sheets(db_path: Path, count: int, log) -> Path:
    """The baseline's input for the first `count` sheets, cached under bench/out/ beside the
    database: written again when the database or any source file of the app changes."""
    import hashlib

    digest = hashlib.sha256(f"{db_path.stat().st_mtime_ns}:{db_path.stat().st_size}".encode())
    for source in sorted((ROOT / "kinerja_desktop").rglob("*.py")):
        if "gui" not in source.parts:
            digest.update(source.read_bytes())
    digest.update(Path(__file__).read_bytes())
    key = f"{count}:{WITH_IMAGES}:{digest.hexdigest()}"
    path = db_path.with_suffix(f".{count}.sheets")
    stamp = path.with_suffix(path.suffix + ".key")
    if path.exists() and stamp.exists() and stamp.read_text() == key:
        log(f"reusing {path.relative_to(ROOT)}")
        return path
    started = time.perf_counter()
    written = write_sheets(db_path, count, path)
    stamp.write_text(key)
    log(f"wrote down {written} sheets for the baseline in {time.perf_counter() - started:.1f} s")
    return path


# The raw ReportLab program -----------------------------------------------------------------------
def render_raw(sheets_path: Path, count: int, target: Path) -> int:
    """Print the first `count` written-down sheets into one PDF with ReportLab alone,
    streamed; returns the pages written."""
    from reportlab.graphics.barcode import qrencoder
    from reportlab.lib import colors
    from reportlab.lib.fonts import addMapping
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.utils import ImageReader, simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas as pdfcanvas
    from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, Image,
                                    KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)

    from kinerja_desktop.domain.words import terbilang  # the page count in words

    fonts = ROOT / "resources" / "fonts"
    faces = {"KinerjaSans": "Regular", "KinerjaSans-Bold": "Bold",
             "KinerjaSans-Italic": "Italic", "KinerjaSans-BoldItalic": "BoldItalic"}
    for name, face in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts / f"LiberationSans-{face}.ttf")))
    for bold, italic, name in ((0, 0, "KinerjaSans"), (1, 0, "KinerjaSans-Bold"),
                               (0, 1, "KinerjaSans-Italic"), (1, 1, "KinerjaSans-BoldItalic")):
        addMapping("KinerjaSans", bold, italic, name)
    left, right, top, bottom = 30 * MM, 20 * MM, 20 * MM, 36 * MM

    class Rule(Flowable):
        def __init__(self, width):
            super().__init__()
            self.width, self.height = width, 4.5

        def wrap(self, *_):
            return self.width, self.height

        def draw(self):
            self.canv.setStrokeColor(colors.black)
            self.canv.setLineWidth(2.2)
            self.canv.line(0, self.height - 1.1, self.width, self.height - 1.1)
            self.canv.setLineWidth(0.7)
            self.canv.line(0, 0.35, self.width, 0.35)

    class Shared(Image):  # an image decoded once for every sheet that shows it
        def __init__(self, reader, width, height):
            self._img = reader
            super().__init__(io.BytesIO(), width=width, height=height)

    class Start(Flowable):  # tells the canvas which sheet its pages belong to
        def __init__(self, index):
            super().__init__()
            self.index = index

        def wrap(self, *_):
            return 0, 0

        def draw(self):
            self.canv.sheet = self.index

    class More(Flowable):  # where the next sheet goes
        pass

    styles, images, qr_texts, codes, papers = {}, {}, {}, {}, {}

    def sheets():
        with open(sheets_path, "rb") as source:
            index = 0
            while index < count:
                kind, *rest = pickle.load(source)
                if kind == "style":
                    styles[rest[0]] = ParagraphStyle(rest[0], **rest[1])
                elif kind == "image":
                    images[rest[0]] = ImageReader(io.BytesIO(rest[1]))
                else:
                    yield index, rest[0]
                    index += 1

    def made(d):
        kind = d[0]
        if kind == "P":
            return Paragraph(d[1], styles[d[2]])
        if kind == "T":
            def cell(value):
                if isinstance(value, tuple) and value and value[0] == "L":
                    return [made(v) for v in value[1]]
                return made(value) if isinstance(value, tuple) else value
            return Table([[cell(c) for c in row] for row in d[1]], colWidths=d[2],
                         rowHeights=d[3], repeatRows=d[4], hAlign=d[5], style=TableStyle(d[6]))
        if kind == "K":
            return KeepTogether([made(f) for f in d[1]])
        if kind == "C":
            return CondPageBreak(d[1])
        if kind == "B":
            return PageBreak()
        if kind == "S":
            return Spacer(d[1], d[2])
        if kind == "I":
            image = Shared(images[d[1]], d[2], d[3])
            image.hAlign = d[4]
            return image
        return Rule(d[1])

    feed = sheets()

    def next_story():
        found = next(feed, None)
        if found is None:
            return None
        index, sheet = found
        qr_texts[index], codes[index] = sheet["qr"], sheet["code"]
        papers.setdefault(0, sheet["paper"])
        head = [NextPageTemplate(sheet["paper"]), PageBreak()] if index else []
        return head + [Start(index)] + [made(d) for d in sheet["flow"]] + [More()]

    class Doc(BaseDocTemplate):
        def filterFlowables(self, flowables):  # noqa: N802
            if flowables and isinstance(flowables[0], More):
                del flowables[0]
                story = next_story()
                flowables[0:0] = story if story else [None]

    def qr_form(canv, name, value):
        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(value)
        qr.version = qr.calculate_version()
        qr.makeImpl(False, 0)
        modules = qr.modules
        size = max(25 * MM, len(modules) * 0.33 * MM)
        box = size / len(modules)
        canv.beginForm(name, 0, 0, size, size)
        canv.setFillColor(colors.black)
        path = canv.beginPath()
        for r, row in enumerate(modules):
            column = 0
            for dark, run in itertools.groupby(bool(m) for m in row):
                n = len(list(run))
                if dark:
                    path.rect(column * box, size - (r + 1) * box, n * box, box)
                column += n
        canv.drawPath(path, stroke=0, fill=1)
        canv.endForm()
        return size

    written = [0]

    class Numbered(pdfcanvas.Canvas):
        def __init__(self, *args, **kw):
            super().__init__(*args, **kw)
            self.sheet, self.pending = 0, []

        def showPage(self):  # noqa: N802
            state = dict(self.__dict__)
            if self.pending and self.pending[0]["sheet"] != state["sheet"]:
                self.flush()
                self.__dict__.update(state)
            self.pending.append(state)
            self._startPage()

        def flush(self):
            pages = list(self.pending)
            self.pending.clear()  # in place: every saved state holds this same list
            sheet = pages[0]["sheet"]
            form = f"QR{sheet}"
            side = qr_form(self, form, qr_texts.pop(sheet))
            code = codes.pop(sheet)
            note = (f"Dokumen ini terdiri atas {len(pages)} ({terbilang(len(pages))}) halaman. "
                    f"Periksa keasliannya dengan menu Periksa Dokumen di Kinerja Desktop atau "
                    f"dengan memindai kode QR.")
            for number, state in enumerate(pages, start=1):
                self.__dict__.update(state)
                width, height = self._pagesize
                if number > 1:
                    self.setFont("KinerjaSans", 11)
                    self.drawCentredString((left + width - right) / 2, height - 12 * MM,
                                           f"- {number} -")
                self.saveState()
                self.setStrokeColor(colors.Color(0.5, 0.5, 0.5))
                self.setLineWidth(0.4)
                self.line(left, 7 * MM + side + 2 * MM, width - right, 7 * MM + side + 2 * MM)
                self.translate(width - right - side, 7 * MM)
                self.doForm(form)
                self.restoreState()
                y = 7 * MM + side - 4 * MM
                self.setFont("KinerjaSans-Bold", 9)
                self.drawString(left, y, f"Kode verifikasi: {code}")
                self.setFont("KinerjaSans", 8)
                for line in simpleSplit(note, "KinerjaSans", 8,
                                        width - right - side - 5 * MM - left):
                    y -= 8 * 1.3
                    self.drawString(left, y, line)
                super().showPage()
            written[0] += len(pages)

        def save(self):
            if self.pending:
                self.flush()
            super().save()

    first = next_story()
    if first is None:
        raise ValueError("no sheet")
    templates = []
    for name in dict.fromkeys([papers[0], *PAPERS_MM]):  # the first sheet's paper first
        w, h = PAPERS_MM[name]
        frame = Frame(left, bottom, w * MM - left - right, h * MM - top - bottom,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates.append(PageTemplate(id=name, frames=[frame], pagesize=(w * MM, h * MM)))
    doc = Doc(str(target), pagesize=templates[0].pagesize, leftMargin=left,
              rightMargin=right, topMargin=top, bottomMargin=bottom,
              initialFontName="KinerjaSans", pageTemplates=templates)
    doc.build(first, canvasmaker=Numbered)
    return written[0]


# The app --------------------------------------------------------------------------------------
def run_app(db_path: Path, count: int, target: Path, profile_to: Path | None = None) -> int:
    """`print batch` as the CLI runs it; returns the sheets printed."""
    from kinerja_desktop.services.documents import DocumentService
    from kinerja_desktop.storage.database import open_database

    db = open_database(db_path)
    try:
        service = DocumentService(db)
        profiler = cProfile.Profile() if profile_to else None
        if profiler:
            profiler.enable()
        ids = service.final_evaluations()[:count]
        records = service.print_batch(ids, target, False, WITH_IMAGES)
        if profiler:
            profiler.disable()
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out)
            stats.sort_stats("cumulative").print_stats(50)
            stats.sort_stats("tottime").print_stats(30)
            profile_to.write_text(out.getvalue())
        return len(records)
    finally:
        db.close()


# Children ---------------------------------------------------------------------------------------
def child(case: str, count: int, source: Path, target: Path) -> dict:
    """One case in this process: warm the imports (the app and ReportLab as any program has
    them loaded), time the work, report the peak memory of the whole process."""
    import kinerja_desktop.reports  # imports, not work
    import kinerja_desktop.services.documents  # noqa: F401

    started = time.perf_counter()
    if case == "app":
        done = run_app(source, count, target)
    else:
        render_raw(source, count, target)
        done = count
    seconds = time.perf_counter() - started
    return {"case": case, "sheets": done, "seconds": seconds, "peak_mb": peak_mb()}


def spawn(case: str, count: int, source: Path, target: Path) -> dict:
    env = dict(os.environ)
    env.setdefault("KINERJA_DATA_DIR", str(target.parent))
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", case,
                           str(count), str(source), str(target)], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=CHILD_TIMEOUT_S)
    if done.returncode != 0:
        raise RuntimeError(f"{case} {count} failed (exit {done.returncode}):\n"
                           f"{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def page_texts(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [CODE.sub("CODE", page.extract_text()) for page in PdfReader(str(path)).pages]


# Measuring --------------------------------------------------------------------------------------
def measure(sizes: tuple[int, ...], runs: int, log=log, profile: bool = False) -> dict:
    import print_db

    sizes = tuple(sorted(sizes))
    largest = sizes[-1]
    make_db_log = log
    db_path = print_db.ensure_db(largest, log=make_db_log)
    result: dict = {"sizes": {}, "runs": runs, "with_images": WITH_IMAGES,
                    "database": str(db_path.relative_to(ROOT))}
    with tempfile.TemporaryDirectory(prefix="kinerja-print-bench-") as tmp:
        folder = Path(tmp)
        os.environ.setdefault("KINERJA_DATA_DIR", str(folder))
        sheets = written_sheets(db_path, largest, log)
        times: dict[int, dict[str, list[dict]]] = {n: {"app": [], "raw": []} for n in sizes}
        for run in range(runs):
            for size in sizes:
                order = ("app", "raw") if (run + sizes.index(size)) % 2 == 0 else ("raw", "app")
                for case in order:
                    target = folder / f"{case}-{size}.pdf"
                    if case == "app":
                        copy = folder / f"app-{size}.kinerja"
                        shutil.copy(db_path, copy)
                        found = spawn("app", size, copy, target)
                        copy.unlink()
                    else:
                        found = spawn("raw", size, sheets, target)
                    times[size][case].append(found)
                    log(f"  run {run + 1}/{runs}, {size} sheets, {case}: "
                        f"{found['seconds']:.2f} s, peak {found['peak_mb']:.0f} MB")
                if run == 0:  # the outputs compared once per size (the text at the smaller)
                    app_pdf, raw_pdf = (folder / f"{c}-{size}.pdf" for c in ("app", "raw"))
                    entry = {"app_pages": page_count(app_pdf), "raw_pages": page_count(raw_pdf)}
                    if size == sizes[0]:
                        entry["same_text"] = page_texts(app_pdf) == page_texts(raw_pdf)
                    result["sizes"][str(size)] = entry
        if profile:
            copy = folder / "profile.kinerja"
            shutil.copy(db_path, copy)
            path = BENCH / "out" / "print-profile.txt"
            run_app(copy, sizes[0], folder / "profile.pdf", path)
            log(f"profile of the app's {sizes[0]} sheets written to {path}")
    for size in sizes:
        entry = result["sizes"][str(size)]
        for case in ("app", "raw"):
            found = times[size][case]
            seconds = statistics.median(f["seconds"] for f in found)
            pages = entry[f"{case}_pages"]
            entry[case] = {"seconds": [round(f["seconds"], 3) for f in found],
                           "median_s": seconds, "sheets_per_s": size / seconds,
                           "pages_per_s": pages / seconds,
                           "peak_mb": statistics.median(f["peak_mb"] for f in found)}
        entry["sheets_ratio"] = entry["app"]["sheets_per_s"] / entry["raw"]["sheets_per_s"]
        entry["pages_ratio"] = entry["app"]["pages_per_s"] / entry["raw"]["pages_per_s"]
        entry["pages_per_sheet"] = entry["app_pages"] / size
    small, large = (result["sizes"][str(n)] for n in (sizes[0], sizes[-1]))
    result["growth_mb"] = {case: large[case]["peak_mb"] - small[case]["peak_mb"]
                           for case in ("app", "raw")}
    return result


def verdicts(result: dict) -> list[tuple[str, float, float]]:
    """(name, measured, goal): the sheets/s ratio at the larger size must be AT LEAST its goal;
    the peak memory growth between the sizes AT MOST its goal (the names say which)."""
    sizes = sorted(result["sizes"], key=int)
    small, large = sizes[0], sizes[-1]
    return [(f"print batch {large} sheets/s vs raw ReportLab (>= goal)",
             result["sizes"][large]["sheets_ratio"], GOAL_SHARE),
            (f"print batch peak growth {small}->{large} sheets MB (<= goal)",
             result["growth_mb"]["app"], GOAL_GROWTH_MB)]


def met(name: str, measured: float, goal: float) -> bool:
    return measured >= goal if ">=" in name else measured <= goal


def check(small: bool = True) -> list[tuple[str, float, float]]:
    """Run the benchmark (the small sizes by default, one run) and return (name, measured,
    goal) per goal: the sheets/s ratio against the raw program (measured >= goal) and the
    app's peak memory growth between the two sizes in MB (measured <= goal)."""
    return verdicts(measure(SMALL_SIZES if small else SIZES, 1 if small else 3,
                            log=lambda _m: None))


# Report -----------------------------------------------------------------------------------------
def report(result: dict) -> str:
    sizes = sorted(result["sizes"], key=int)
    lines = [f"Print benchmark: print batch{' --tanda-tangan' if result['with_images'] else ''}"
             f" into one PDF vs raw ReportLab printing the same sheets "
             f"(medians of {result['runs']} interleaved run(s), each case its own process)",
             f"machine: {result.get('machine', '?')}",
             f"database: {result['database']}", "",
             f"{'sheets':>7} {'app s':>8} {'raw s':>8} {'app sh/s':>9} {'raw sh/s':>9} "
             f"{'ratio':>6} {'pg/s ratio':>10} {'pages/sheet':>11} {'app MB':>7} {'raw MB':>7}"]
    for size in sizes:
        e = result["sizes"][size]
        lines.append(f"{int(size):>7} {e['app']['median_s']:>8.2f} {e['raw']['median_s']:>8.2f} "
                     f"{e['app']['sheets_per_s']:>9.1f} {e['raw']['sheets_per_s']:>9.1f} "
                     f"{e['sheets_ratio']:>5.2f}x {e['pages_ratio']:>9.2f}x "
                     f"{e['pages_per_sheet']:>11.2f} {e['app']['peak_mb']:>7.0f} "
                     f"{e['raw']['peak_mb']:>7.0f}")
    lines.append("")
    for size in sizes:
        e = result["sizes"][size]
        same = f"same text but the codes: {e['same_text']}; " if "same_text" in e else ""
        lines.append(f"{int(size)} sheets: pages app {e['app_pages']}, raw {e['raw_pages']}; "
                     f"{same}runs app "
                     f"{e['app']['seconds']} s, raw {e['raw']['seconds']} s")
    growth = result["growth_mb"]
    lines.append(f"peak growth {sizes[0]} -> {sizes[-1]} sheets: app {growth['app']:.1f} MB, "
                 f"raw {growth['raw']:.1f} MB")
    lines.append("")
    for name, measured, goal in verdicts(result):
        lines.append(f"{name}: {measured:.2f} (goal {goal:g}) "
                     f"{'PASS' if met(name, measured, goal) else 'MISS'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="20 and 80 sheets, one run")
    parser.add_argument("--sizes", help="two sizes, e.g. 50,400")
    parser.add_argument("--runs", type=int)
    parser.add_argument("--profile", action="store_true",
                        help="also cProfile the app at the smaller size")
    parser.add_argument("--json", action="store_true", help="print one JSON object (run_bench)")
    parser.add_argument("--child", nargs=4, metavar=("CASE", "COUNT", "SOURCE", "TARGET"))
    args = parser.parse_args(argv)
    if args.child:
        case, count, source, target = args.child
        print(json.dumps(child(case, int(count), Path(source), Path(target))))
        return 0
    sizes = (tuple(int(s) for s in args.sizes.split(",")) if args.sizes
             else SMALL_SIZES if args.small else SIZES)
    runs = args.runs or (1 if args.small else 3)
    started = time.perf_counter()
    result = measure(sizes, runs, profile=args.profile)
    import run_bench
    result["machine"] = run_bench.machine_info()
    result["command"] = " ".join([".venv/bin/python", "bench/print_bench.py"]
                                 + (argv if argv is not None else sys.argv[1:]))
    result["goals"] = [{"name": n, "measured": m, "goal": g, "met": met(n, m, g)}
                       for n, m, g in verdicts(result)]
    result["seconds"] = time.perf_counter() - started
    OUT_JSON.parent.mkdir(parents=True, exist_ok=True)
    OUT_JSON.write_text(json.dumps(result, indent=1))
    if args.json:
        print(json.dumps(result))
    else:
        print(report(result))
        print(f"({result['seconds']:.0f} s; {OUT_JSON.relative_to(ROOT)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
