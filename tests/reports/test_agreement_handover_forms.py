"""The Perjanjian Kinerja (PermenPANRB 53/2014), the Berita Acara and the Memori Serah Terima
Jabatan, rendered and read back with pypdf: their wording, the parties, who signs where, the
annex's columns and totals, and that signatures never stand alone on a page."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from kinerja_desktop.domain import agreement_document as pk
from kinerja_desktop.domain import handover_document as ba
from kinerja_desktop.reports import render, samples
from kinerja_desktop.reports.fonts import BOLD, REGULAR, register_fonts


@dataclass(frozen=True)
class Line:
    """A line of text as drawn: where it starts (points from the page's lower left)."""

    text: str
    x: float
    y: float
    size: float
    bold: bool

    @property
    def centre(self) -> float:
        register_fonts()
        return self.x + stringWidth(self.text, BOLD if self.bold else REGULAR, self.size) / 2


def pdf(document) -> PdfReader:
    out = io.BytesIO()
    render(document, out)
    return PdfReader(io.BytesIO(out.getvalue()))


def lines(page) -> list[Line]:
    found: list[Line] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            name = str(font.get("/BaseFont", "")) if font else ""
            found.append(Line(" ".join(text.split()), x, y, size, "Bold" in name))
    page.extract_text(visitor_text=visit)
    return found


def flat(text: str) -> str:
    return " ".join(text.split())


def page_text(page) -> str:
    return flat(page.extract_text())


def line(page, text: str, bold: bool | None = None) -> Line:
    """The one line of `text` on the page (of that weight, when given: a signer's name is
    bold, the same name in the parties' lines is not)."""
    matches = [item for item in lines(page)
               if item.text == text and (bold is None or item.bold == bold)]
    assert len(matches) == 1, (text, [item.text for item in lines(page)])
    return matches[0]


# --- Perjanjian Kinerja -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def agreement():
    return pdf(samples.agreement_sheet())


def test_the_agreement_names_both_parties_after_the_opening(agreement):
    first = page_text(agreement.pages[0])
    assert "PERJANJIAN KINERJA 100 HARI" in first
    assert flat(pk.OPENING) in first
    # Pihak pertama (the official) then pihak kedua (the Bupati), each with Nama and Jabatan.
    opening = first.index("kami yang bertanda tangan di bawah ini:")
    anas = first.index("Nama : Anas Dwisatya")
    first_role = first.index("Selanjutnya disebut pihak pertama.")
    bupati = first.index("Nama : Ratu Tatu Chasanah")
    second_role = first.index("Selaku atasan langsung pihak pertama, selanjutnya disebut "
                              "pihak kedua.")
    assert opening < anas < first_role < bupati < second_role
    assert "Jabatan : Kepala Dinas Komunikasi Informatika Persandian dan Statistik" in first
    assert "Jabatan : Bupati Serang" in first


def test_the_agreement_holds_both_clauses_of_the_model(agreement):
    first = page_text(agreement.pages[0])
    assert flat(pk.FIRST_CLAUSE) in first
    assert first.startswith("PEMERINTAH") or "PERJANJIAN KINERJA" in first
    assert ("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi "
            "terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan "
            "dalam rangka pemberian penghargaan dan sanksi.") in first
    assert first.index(flat(pk.FIRST_CLAUSE)) < first.index("Pihak kedua akan melakukan")


def test_pihak_kedua_signs_left_and_pihak_pertama_right_under_the_date(agreement):
    page = agreement.pages[0]
    second, first = line(page, "Pihak Kedua,"), line(page, "Pihak Pertama,")
    assert second.y == pytest.approx(first.y) and second.x < first.x
    assert line(page, "BUPATI SERANG,").x < first.x
    bupati, anas = line(page, "Ratu Tatu Chasanah", True), line(page, "Anas Dwisatya", True)
    assert bupati.centre < anas.centre
    assert bupati.y == pytest.approx(anas.y) and bupati.y < second.y
    date = line(page, "Serang, 21 Juni 2019")
    assert date.y > first.y and date.centre == pytest.approx(first.centre, abs=1)
    # Never the evaluation's roles.
    whole = " ".join(page_text(p) for p in agreement.pages)
    for role in ("Pejabat yang Dinilai", "Pejabat Penilai", "PEJABAT PENILAI"):
        assert role not in whole


def test_the_annex_starts_a_page_with_its_columns_and_totals(agreement):
    assert len(agreement.pages) == 2
    first, annex = (page_text(p) for p in agreement.pages)
    assert "LAMPIRAN" not in first and "Jumlah anggaran" not in first
    assert annex.index("LAMPIRAN PERJANJIAN KINERJA 100 HARI") < 60  # at the top of its page
    targets = annex.index("Sasaran / Target Kinerja")
    for column in ("Indikator Kinerja", "Target", "Bobot"):
        assert annex.index(column, targets) > targets
    assert "Jumlah bobot 100%" in annex
    budgets = annex.index("Program/Kegiatan")
    assert annex.index("Anggaran", budgets) < annex.index("Prioritas RPJMD", budgets)
    assert budgets > annex.index("Jumlah bobot")
    assert "Rp150.000.000" in annex and "Rp 150" not in annex  # PUEBI: no space after Rp
    assert "Misi 1. Tata kelola pemerintahan berbasis TIK" in annex
    assert "Jumlah anggaran Rp275.000.000" in annex
    # Signed again by both, in the same places, the budget table's total on the same page.
    page = agreement.pages[1]
    assert line(page, "Pihak Kedua,").x < line(page, "Pihak Pertama,").x
    assert line(page, "Jumlah anggaran").y > line(page, "Pihak Kedua,").y


def test_a_long_annex_keeps_its_total_with_the_signatures():
    many = tuple((str(n), f"Sasaran nomor {n} yang panjang uraiannya", "Indikator", "1 dokumen",
                  "2%") for n in range(1, 51))
    budgets = tuple((str(n), f"Program {n}", "Rp1.000.000", "-") for n in range(1, 51))
    reader = pdf(replace(samples.agreement_sheet(), targets=many, budgets=budgets,
                         budget_total="Rp50.000.000"))
    last = page_text(reader.pages[-1])
    assert "Pihak Pertama," in last and "Jumlah anggaran Rp50.000.000" in last


# --- Memori Serah Terima Jabatan --------------------------------------------------------------

@pytest.fixture(scope="module")
def memo():
    return pdf(samples.handover_memo())


def test_the_memo_holds_the_parts_the_minutes_held(memo):
    whole = " ".join(page_text(p) for p in memo.pages)
    assert "MEMORI SERAH TERIMA JABATAN" in whole
    parts = ["I. PENDAHULUAN", "II. PROGRAM DAN KEGIATAN YANG SEDANG BERJALAN",
             "III. PERMASALAHAN", "IV. SARAN DAN REKOMENDASI", "V. PEGAWAI",
             "VI. ASET/BARANG MILIK DAERAH", "VII. PENUTUP"]
    assert [whole.index(p) for p in parts] == sorted(whole.index(p) for p in parts)
    assert "Rp1.250.000.000" in whole and "64 orang" in whole


def test_the_memo_is_signed_by_the_outgoing_official_only(memo):
    whole = " ".join(page_text(p) for p in memo.pages)
    assert whole.count("Yang menyerahkan,") == 1
    assert whole.count("NIP. ") == 1  # one signature block: Jajang's
    for other in ("PIHAK KEDUA,", "Saksi", "Mengetahui,", "Yang menerima,"):
        assert other not in whole
    page = memo.pages[-1]
    heading, name = line(page, "Yang menyerahkan,"), line(page, "Jajang KH", True)
    assert name.y < heading.y
    assert line(page, "NIP. 19710210 199603 1 002").y < name.y
    assert "Plt. KEPALA DINAS KEPENDUDUKAN" in page_text(page)
    assert "Demikian memori serah terima jabatan ini disusun" in page_text(page)


# --- Berita Acara Serah Terima Jabatan --------------------------------------------------------

@pytest.fixture(scope="module")
def minutes():
    return pdf(samples.handover_minutes())


def test_the_minutes_name_the_decree_whole_and_refer_to_the_memo(minutes):
    whole = " ".join(page_text(p) for p in minutes.pages)
    assert ("Berdasarkan Keputusan Bupati Serang Nomor 821.2/Kep.123-Huk/2019 tanggal 14 Juni "
            "2019 tentang Pengangkatan dalam Jabatan Pimpinan Tinggi Pratama") in whole
    assert "sebagaimana tercantum dalam Memori Serah Terima Jabatan terlampir." in whole
    assert "Nomor: 800/014-Setda/2019" in whole
    assert whole.index("Selanjutnya disebut PIHAK PERTAMA") < whole.index(
        "Selanjutnya disebut PIHAK KEDUA") < whole.index("Berdasarkan Keputusan")
    # The memo's parts are the Memori's now, not sections of the minutes.
    assert "1. Program dan kegiatan" not in whole and "Permasalahan" not in whole


def test_the_minutes_close_with_the_number_of_copies(minutes):
    whole = " ".join(page_text(p) for p in minutes.pages)
    closing = ("Demikian berita acara ini dibuat dengan sebenarnya dalam rangkap 3 (tiga) untuk "
               "dipergunakan sebagaimana mestinya.")
    assert closing in whole
    assert whole.index(closing) < whole.index("PIHAK PERTAMA,")
    assert ba.minutes_closing(2) == closing.replace("3 (tiga)", "2 (dua)")


def test_mengetahui_is_centred_below_the_parties_and_the_witnesses(minutes):
    page = minutes.pages[-1]
    second, first = line(page, "PIHAK KEDUA,"), line(page, "PIHAK PERTAMA,")
    assert second.x < first.x and second.y == pytest.approx(first.y)
    middle = (second.centre + first.centre) / 2  # the middle of the text column
    knows = line(page, "Mengetahui,")
    assert knows.centre == pytest.approx(middle, abs=1.5)
    assert line(page, "Contoh Nama Sekda", True).centre == pytest.approx(middle, abs=1.5)
    assert line(page, "a.n. BUPATI SERANG").y < knows.y
    witnesses = line(page, "Saksi-saksi:")
    assert knows.y < witnesses.y < first.y
    assert witnesses.centre == pytest.approx(middle, abs=1.5)
    # The witnesses sign below the parties, not as "Mengetahui,".
    asep = line(page, "Asep Saefudin Mustofa", True)
    ishak = line(page, "Mohamad Ishak Abdul Raup", True)
    assert asep.y == pytest.approx(ishak.y) and knows.y < asep.y < witnesses.y


@pytest.mark.parametrize("paper", ["A4", "F4"])
@pytest.mark.parametrize("paragraphs", range(0, 16))
def test_the_last_page_never_holds_only_signatures(paper, paragraphs):
    """The statements grow a paragraph at a time, so the page break falls at every place
    between the opening and the signatures: the closing always goes with them."""
    base = samples.handover_minutes(paper)
    extra = tuple(f"Paragraf tambahan {n}: " + "uraian keadaan jabatan yang diserahkan " * 6
                  for n in range(paragraphs))
    reader = pdf(replace(base, statements=base.statements + extra))
    last = page_text(reader.pages[-1])
    assert "PIHAK PERTAMA," in last and "Mengetahui," in last
    assert "Demikian berita acara ini dibuat" in last
    for page in reader.pages[:-1]:
        assert "NIP. " not in page_text(page)  # no signature left behind on an earlier page


def test_one_witness_is_centred_under_saksi():
    base = samples.handover_minutes()
    reader = pdf(replace(base, witnesses=base.witnesses[:1]))
    page = reader.pages[-1]
    middle = (line(page, "PIHAK KEDUA,").centre + line(page, "PIHAK PERTAMA,").centre) / 2
    assert line(page, "Saksi:").centre == pytest.approx(middle, abs=1.5)
    assert line(page, "Asep Saefudin Mustofa", True).centre == pytest.approx(middle, abs=1.5)


def test_without_anyone_who_knows_there_is_no_mengetahui():
    reader = pdf(replace(samples.handover_minutes(), acknowledged_by=None))
    assert "Mengetahui," not in " ".join(page_text(p) for p in reader.pages)
