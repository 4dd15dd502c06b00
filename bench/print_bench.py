"""Printing a batch of 500 evaluation sheets into one PDF with the app's reports layer, against
a minimal ReportLab Platypus document (one page per sheet, a 12-row table) built in the same
run, in one process (no Qt)."""

# .venv/bin/python bench/print_bench.py [--sheets 500] [--runs 3] [--profile] [--json]
# Also run by run_bench.py as a child (--json prints one JSON object as the last line).
# Exits 0 whatever the goal says (a report, not a test); non-zero only if a step crashed.

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import pstats
import random
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for folder in (str(ROOT), str(BENCH)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

import make_db  # noqa: E402

from kinerja_desktop.domain.dates import MONTHS, format_date  # noqa: E402
from kinerja_desktop.domain.documents import (EvaluationSheet, Institution, Row,  # noqa: E402
                                              Signer, Stamp, content_hash, make_code)
from kinerja_desktop.domain.evaluation_document import (  # noqa: E402
    FORM_HUNDRED_DAYS, HUNDRED_DAY_HEADER)
from kinerja_desktop.domain.evaluation_document import Table as EvaluationTable  # noqa: E402
from kinerja_desktop.domain.evaluations import RECOMMENDATIONS  # noqa: E402
from kinerja_desktop.domain.nip import format_nip  # noqa: E402
from kinerja_desktop.domain.programs import format_number  # noqa: E402
from kinerja_desktop.domain.ranks import rank_label  # noqa: E402

SEED = 20190614
SHEETS = 500
GOAL_SHARE = 0.5  # the app's sheets/s at least half the baseline's pages/s
BASELINE_ROWS = 12
TARGET_HEADER = HUNDRED_DAY_HEADER
VERBS = ("Optimalisasi", "Integrasi", "Penyusunan", "Peningkatan", "Digitalisasi", "Evaluasi",
         "Percepatan", "Penataan", "Pengembangan", "Revitalisasi")
OBJECTS = ("layanan administrasi kependudukan di seluruh kecamatan",
           "sistem pemerintahan berbasis elektronik (SPBE) perangkat daerah",
           "pengaduan masyarakat melalui aplikasi dan kanal media sosial resmi",
           "dokumen perencanaan dan penganggaran tahun berjalan",
           "pelayanan perizinan berusaha terintegrasi secara elektronik",
           "arsip dinamis dan statis sesuai klasifikasi",
           "pendataan aset daerah dan sertifikasi tanah milik pemerintah",
           "penanganan stunting bersama puskesmas dan desa",
           "sarana dan prasarana kantor pelayanan publik",
           "kompetensi aparatur melalui pelatihan berbasis kinerja")
UNITS_OF_MEASURE = ("dokumen", "kegiatan", "desa", "laporan", "aplikasi", "%", "orang")


# The documents --------------------------------------------------------------------------------
def make_sheets(count: int = SHEETS, seed: int = SEED) -> list[EvaluationSheet]:
    """`count` realistic, final evaluation sheets straight from the dataclasses (what
    services/document_builder.py fills in from the database): 6–10 targets (the 100-day
    scheme scores no behaviour), the official and the evaluator (sometimes a second evaluator and an
    "a.n." line), a revision note now and then, and a stamp with code and content hash."""
    gen = make_db.Generator(seed)
    rng = random.Random(seed)
    institution = Institution("PEMERINTAH KABUPATEN SERANG", "SEKRETARIAT DAERAH",
                              "Jl. Veteran No. 1 Serang, Banten 42111, Telp. (0254) 200001",
                              "Serang")
    sheets = []
    for _ in range(count):
        male = rng.random() < 0.6
        name, front, back = gen.name(male)
        full = " ".join(p for p in (front, name) if p) + (f", {back}" if back else "")
        nip, _birth = gen.nip(male)
        unit_id = gen.unit()
        unit = make_db.UNITS[unit_id - 1][0]
        title = f"Kepala {unit}" if not unit.startswith("Kecamatan") else \
            f"Camat {unit.removeprefix('Kecamatan ')}"
        rank = rank_label(gen.rank("II.b"))
        start = date(2019, 6, 14) + timedelta(days=rng.randrange(0, 200))
        end = start + timedelta(days=99)
        period = (f"{start.day} {MONTHS[start.month - 1]} – {format_date(end)}"
                  if start.year == end.year else f"{format_date(start)} – {format_date(end)}")
        official = (Row("NAMA", full), Row("NIP", format_nip(nip)),
                    Row("PANGKAT/GOL. RUANG", rank), Row("JABATAN", title),
                    Row("UNIT KERJA", unit),
                    Row("CARA PENGISIAN JABATAN", rng.choice(("Seleksi terbuka", "Rotasi",
                                                              "Promosi"))),
                    Row("TANGGAL PELANTIKAN", format_date(start)))
        evaluator_nip, _ = gen.nip(True)
        evaluator_name = "Ir. H. Tubagus Entus Mahmud Sahiri, M.M."
        evaluator = (Row("NAMA", evaluator_name), Row("NIP", format_nip(evaluator_nip)),
                     Row("PANGKAT/GOL. RUANG", rank_label("IV/e")),
                     Row("JABATAN", "Sekretaris Daerah"),
                     Row("UNIT KERJA", "Pemerintah Kabupaten Serang"))
        count_targets = rng.randint(6, 10)
        weights = [1] * count_targets
        for _ in range(100 - count_targets):
            weights[rng.randrange(count_targets)] += 1
        targets, total = [], Decimal(0)
        for k in range(count_targets):
            text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}"
            if k == 0:
                text = "Inovasi: " + text
            if rng.random() < 0.3:
                text += " dengan melibatkan camat, kepala desa dan perangkat daerah terkait"
            measure = rng.choice(UNITS_OF_MEASURE)
            goal = rng.choice((1, 2, 4, 5, 10, 12, 25, 100))
            done = round(goal * rng.uniform(0.4, 1.3), 1)
            achievement = min(Decimal(str(done)) / goal * 100, Decimal(120))
            value = (achievement * weights[k] / 100).quantize(Decimal("0.1"))
            total += value
            targets.append((str(k + 1), text, "Dokumen atau layanan yang diselesaikan",
                            f"{format_number(weights[k])}%", f"{format_number(goal)} {measure}",
                            f"{format_number(done)} {measure}\nBukti dukung: -",
                            f"{format_number(achievement.quantize(Decimal('0.1')))}%",
                            format_number(value), "-"))
        score = total.quantize(Decimal("0.1"))
        predicate = ("Sangat Baik" if score >= 91 else "Baik" if score >= 76
                     else "Cukup" if score >= 61 else "Kurang")
        result = (Row("Skema penilaian", "Capaian target berbobot"),
                  Row("Nilai capaian target", format_number(score)),
                  Row("Nilai akhir", format_number(score)), Row("Predikat", predicate))
        signers = [Signer("Pejabat yang Dinilai", title.upper(), full, rank, format_nip(nip)),
                   Signer("Pejabat Penilai Kinerja", "SEKRETARIS DAERAH", evaluator_name,
                          rank_label("IV/e"), format_nip(evaluator_nip),
                          on_behalf_of="BUPATI SERANG")]
        if rng.random() < 0.2:
            member_nip, _ = gen.nip(False)
            signers.append(Signer("Anggota Tim Penilai", "KEPALA BKPSDM",
                                  "Hj. Siti Nurhayati, S.H.", rank_label("IV/c"),
                                  format_nip(member_nip)))
        revision = ("Revisi atas evaluasi tanggal 20 September 2019 (Baik); alasan: realisasi "
                    "target 3 salah ketik" if rng.random() < 0.05 else "")
        notes = ("Capaian inovasi perlu dijaga keberlanjutannya pada triwulan berikutnya; "
                 "laporan bukti dukung lengkap." if rng.random() < 0.7 else "")
        sheet = EvaluationSheet(
            institution, FORM_HUNDRED_DAYS, "EVALUASI KINERJA 100 HARI", "", period, official,
            evaluator, (), "Capaian target berbobot", "",
            EvaluationTable(TARGET_HEADER, tuple(targets),
                            (("Jumlah", "", "", "100%", "", "", "", format_number(score), ""),)),
            None, None, result, RECOMMENDATIONS[rng.choice(tuple(RECOMMENDATIONS))], notes,
            revision, f"Serang, {format_date(end + timedelta(days=rng.randrange(1, 10)))}",
            tuple(signers))
        stamp = Stamp(gen.uuid(), make_code(rng.getrandbits(40)), content_hash(sheet))
        sheets.append(replace(sheet, stamp=stamp))
    return sheets


# The two renderers ----------------------------------------------------------------------------
def render_baseline(sheets: list[EvaluationSheet], target: str, wrapped: bool = True) -> int:
    """A minimal Platypus document: per sheet a heading and a 12-row table with a grid, then a
    page break; one PDF. Returns the number of pages.

    `wrapped` (the baseline the goal is judged against): the cells are Paragraphs, so a long
    target title wraps inside its column, the least any sheet with such titles needs. Without
    it the cells are plain strings cut to 40 characters (for information: what ReportLab does
    when it has nothing to lay out)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("FONTSIZE", (0, 0), (-1, -1), 9),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)])
    widths = [30, 200, 60, 90, 90]
    story = []
    for sheet in sheets:
        rows = [("No", "Uraian", "Bobot", "Target", "Realisasi")]
        for k in range(BASELINE_ROWS - 1):
            t = sheet.results.rows[k % len(sheet.results.rows)]
            rows.append((str(k + 1), t[1], t[3], t[4], t[5].split("\n")[0]))
        if wrapped:
            rows = [[Paragraph(cell, body) for cell in row] for row in rows]
        else:
            rows = [(n, text[:40], w, g, d) for n, text, w, g, d in rows]
        story += [Paragraph(sheet.official[0].value, styles["Heading2"]),
                  Table(rows, colWidths=widths, style=style), PageBreak()]
    story.pop()  # no empty page at the end
    doc = SimpleDocTemplate(target, pagesize=A4)
    doc.build(story)
    return doc.page


def render_plain(sheets: list[EvaluationSheet], target: str) -> int:
    return render_baseline(sheets, target, wrapped=False)


def render_app(sheets: list[EvaluationSheet], target: str) -> tuple[int, int]:
    """The reports layer as the batch print calls it (with progress and cancel callbacks).
    Returns (pages, progress calls)."""
    from kinerja_desktop import reports

    calls = [0]

    def progress(done, total):
        calls[0] += 1

    pages = reports.render_many(sheets, target, progress=progress, cancelled=lambda: False)
    return pages, calls[0]


def count_pages(path: str) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


# Measuring ------------------------------------------------------------------------------------
def timed(call, *args):
    gc.collect()
    started = time.perf_counter()
    value = call(*args)
    return time.perf_counter() - started, value


def measure(sheets: list[EvaluationSheet], runs: int, folder: Path, log) -> dict:
    pdfs = {"app": str(folder / "app.pdf"), "base": str(folder / "baseline.pdf"),
            "plain": str(folder / "plain.pdf")}
    calls = {"app": lambda s, t: render_app(s, t)[0], "base": render_baseline,
             "plain": render_plain}
    warm = sheets[:10]
    for kind, call in calls.items():  # imports, fonts, first-use caches: paid once by any app
        call(warm, pdfs[kind])
    seconds: dict[str, list[float]] = {kind: [] for kind in calls}
    pages: dict[str, int] = {}
    kinds = list(calls)
    for index in range(runs):
        order = kinds[index % 3:] + kinds[:index % 3]  # who goes first rotates
        for kind in order:
            spent, pages[kind] = timed(calls[kind], sheets, pdfs[kind])
            seconds[kind].append(spent)
        log(f"  run {index + 1}/{runs}: app {seconds['app'][-1]:.2f} s, baseline "
            f"{seconds['base'][-1]:.2f} s, plain table {seconds['plain'][-1]:.2f} s")
    for kind, path in pdfs.items():
        if count_pages(path) != pages[kind]:
            raise RuntimeError(f"{kind}: {pages[kind]} pages reported, "
                               f"{count_pages(path)} in the file")
    if pages["base"] != len(sheets) or pages["plain"] != len(sheets):
        raise RuntimeError(f"baseline pages {pages['base']}/{pages['plain']}, "
                           f"expected {len(sheets)}")
    if pages["app"] < len(sheets):
        raise RuntimeError(f"{len(sheets)} sheets gave only {pages['app']} pages")
    _pages, progress_calls = render_app(sheets[:20], pdfs["app"])
    return {"baseline_s": seconds["base"], "app_s": seconds["app"],
            "plain_s": seconds["plain"], "baseline_pages": pages["base"],
            "app_pages": pages["app"], "progress_calls_20": progress_calls,
            "baseline_bytes": os.path.getsize(pdfs["base"]),
            "plain_bytes": os.path.getsize(pdfs["plain"]),
            "app_bytes": os.path.getsize(pdfs["app"])}


def measure_single(sheets: list[EvaluationSheet], reps: int = 20) -> list[float]:
    """One sheet alone with reports.render into memory (a single print from the wizard)."""
    from kinerja_desktop import reports

    times = []
    for sheet in sheets[:reps]:
        seconds, _ = timed(reports.render, sheet, io.BytesIO())
        times.append(seconds)
    return times


def measure_from_database(count: int, folder: Path, log) -> dict | None:
    """Optional: the sheets built from a database through services/documents.py. Needs a
    database with final evaluations; the demo data's are printed again and again (each print
    registers a document, as the app does). None when the service is not there."""
    try:
        from kinerja_desktop.services import demo
        from kinerja_desktop.services.documents import DocumentService
        from kinerja_desktop.storage.database import open_database
    except ImportError as exc:
        log(f"  from the database: skipped ({exc})")
        return None
    db = open_database(folder / "demo.kinerja")
    try:
        if not hasattr(demo, "load_demo"):
            log("  from the database: skipped (no services.demo.load_demo)")
            return None
        demo.load_demo(db)
        service = DocumentService(db)
        ids = service.final_evaluations()
        if not ids:
            log("  from the database: skipped (the demo data has no final evaluation)")
            return None
        prepare = service.prepare
        prepare("evaluasi", ids[0])  # warm-up
        gc.collect()
        started = time.perf_counter()
        documents = [prepare("evaluasi", ids[n % len(ids)])[0] for n in range(count)]
        build_s = time.perf_counter() - started
        seconds, (pages, _calls) = timed(render_app, documents, str(folder / "db.pdf"))
        return {"evaluations": len(ids), "build_s": build_s, "render_s": seconds,
                "pages": pages}
    finally:
        db.close()


def summary(result: dict) -> dict:
    sheets = result["sheets"]
    base_s = statistics.median(result["baseline_s"])
    app_s = statistics.median(result["app_s"])
    plain_s = statistics.median(result["plain_s"])
    return {"base_s": base_s, "app_s": app_s, "plain_s": plain_s,
            "base_sheets": sheets / base_s, "base_pages": result["baseline_pages"] / base_s,
            "app_sheets": sheets / app_s, "app_pages": result["app_pages"] / app_s,
            "plain_sheets": sheets / plain_s}


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def report(result: dict) -> str:
    s = summary(result)
    share = s["app_sheets"] / s["base_sheets"]
    w = 44
    runs = len(result["app_s"])
    lines = [
        f"Print benchmark: {result['sheets']:,} evaluation sheets into one PDF "
        "(reports.render_many)",
        f"machine: {result['machine']}",
        "",
        f"{'figure':{w}} {'app':>10} {'baseline':>10} {'ratio':>7}  {'goal':<14} result",
        f"{'sheets per second, median of ' + str(runs):{w}} {s['app_sheets']:8.1f}/s "
        f"{s['base_sheets']:8.1f}/s {share:6.2f}x  {'>= 0.5x':<14} "
        f"{verdict(share >= GOAL_SHARE)}",
        f"{'pages per second':{w}} {s['app_pages']:8.1f}/s {s['base_pages']:8.1f}/s "
        f"{s['app_pages'] / s['base_pages']:6.2f}x  {'(none)':<14} -",
        f"{'time for the batch, median':{w}} {s['app_s']:8.2f} s {s['base_s']:8.2f} s "
        f"{s['app_s'] / s['base_s']:6.2f}x  {'(none)':<14} -",
        f"{'sheets/s vs a plain-string table (info)':{w}} {s['app_sheets']:8.1f}/s "
        f"{s['plain_sheets']:8.1f}/s {s['app_sheets'] / s['plain_sheets']:6.2f}x  "
        f"{'(none)':<14} -",
        "",
        "baseline: SimpleDocTemplate, per sheet a heading + a 12-row Table of Paragraph cells "
        "(wrapping), one page each;",
        "plain: the same table with plain strings cut to 40 characters (nothing to wrap)",
        "",
        "for information:",
        f"  runs (s): app {[round(x, 2) for x in result['app_s']]}, baseline "
        f"{[round(x, 2) for x in result['baseline_s']]}, plain "
        f"{[round(x, 2) for x in result['plain_s']]}",
        f"  pages: app {result['app_pages']:,} ({result['app_pages'] / result['sheets']:.2f} "
        f"per sheet, {result['app_bytes'] / 1e6:.1f} MB), baseline "
        f"{result['baseline_pages']:,} ({result['baseline_bytes'] / 1e6:.1f} MB); "
        f"progress calls for 20 sheets: {result['progress_calls_20']}",
        f"  building the {result['sheets']:,} sheets (dataclasses + content hash): "
        f"{result['build_s'] * 1000:.0f} ms",
        f"  one sheet alone (reports.render into memory): median "
        f"{statistics.median(result['single_s']) * 1000:.1f} ms, max "
        f"{max(result['single_s']) * 1000:.1f} ms",
        f"  peak memory of the process (max RSS): {result['peak_mb']:.0f} MB",
    ]
    db = result.get("database")
    if db:
        lines.append(f"  from the database (DocumentService.prepare on the demo data's "
                     f"{db['evaluations']} final evaluation(s), {result['sheets']} times; each "
                     f"registers a document): build {result['sheets'] / db['build_s']:.1f} "
                     f"sheets/s, render {result['sheets'] / db['render_s']:.1f} sheets/s, "
                     f"together {result['sheets'] / (db['build_s'] + db['render_s']):.1f} "
                     "sheets/s")
    elif "database_note" in result:
        lines.append(f"  from the database: {result['database_note']}")
    return "\n".join(lines)


def profile(sheets: list[EvaluationSheet], folder: Path) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    render_app(sheets[:100], str(folder / "profile.pdf"))
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(25)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sheets", type=int, default=SHEETS)
    parser.add_argument("--runs", type=int, default=3, help="timed batches of each kind")
    parser.add_argument("--no-database", action="store_true",
                        help="skip the optional figure built from a database")
    parser.add_argument("--profile", action="store_true",
                        help="also cProfile 100 sheets (bench/out/print-profile.txt)")
    parser.add_argument("--json", action="store_true", help="print one JSON object (run_bench)")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    os.environ.setdefault("KINERJA_DATA_DIR", tempfile.mkdtemp(prefix="kinerja-bench-"))
    make_db.OUT_DIR.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    sheets = make_sheets(args.sheets)
    build_s = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="kinerja-print-") as tmp:
        folder = Path(tmp)
        log(f"rendering {args.sheets} sheets, {args.runs} runs of each…")
        result = measure(sheets, args.runs, folder, log)
        result.update(sheets=args.sheets, build_s=build_s, single_s=measure_single(sheets))
        if not args.no_database:
            try:
                db = measure_from_database(args.sheets, folder, log)
            except Exception as exc:  # noqa: BLE001  (optional figure; report why not)
                db = None
                result["database_note"] = f"not measured ({type(exc).__name__}: {exc})"
            if db:
                result["database"] = db
        if args.profile:
            path = make_db.OUT_DIR / "print-profile.txt"
            path.write_text(profile(sheets, folder))
            log(f"profile written to {path}")
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    import run_bench
    result["machine"] = run_bench.machine_info()
    result["summary"] = summary(result)
    if args.json:
        print(json.dumps(result))
    else:
        print(report(result))
    (make_db.OUT_DIR / "print-last-run.json").write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
