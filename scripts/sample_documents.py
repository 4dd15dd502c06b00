"""Write the example documents as PDFs to a folder, for review.

    .venv/bin/python scripts/sample_documents.py [FOLDER]   # default: ./sample-documents
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kinerja_desktop.reports import render, render_many, samples  # noqa: E402


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path("sample-documents")
    folder.mkdir(parents=True, exist_ok=True)
    documents = {
        "lembar-evaluasi.pdf": samples.stamped(samples.evaluation_sheet()),
        "lembar-evaluasi-f4-revisi.pdf": samples.stamped(samples.evaluation_sheet(
            paper="F4", targets=samples.long_targets(60),
            revision_note="Revisi atas evaluasi K7Q2-9XPM tanggal 21 September 2019 karena "
                          "realisasi target nomor 3 dikoreksi.")),
        "evaluasi-permenpanrb-6-2022.pdf": samples.stamped(samples.matrix_evaluation_sheet()),
        "evaluasi-pp-46-2011.pdf": samples.stamped(samples.perka_evaluation_sheet()),
        "evaluasi-pp-30-2019.pdf": samples.stamped(samples.pp30_evaluation_sheet()),
        "perjanjian-kinerja.pdf": samples.stamped(samples.agreement_sheet()),
        "berita-acara-serah-terima.pdf": samples.stamped(samples.handover_minutes(paper="F4")),
        "memori-serah-terima.pdf": samples.stamped(samples.handover_memo(paper="F4")),
    }
    for name, document in documents.items():
        pages = render(document, folder / name)
        print(f"{folder / name}: {pages} halaman")
    pages = render_many(list(documents.values()), folder / "semua.pdf")
    print(f"{folder / 'semua.pdf'}: {pages} halaman")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
