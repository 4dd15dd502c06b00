"""A final evaluation, read-only: the scheme with its basis and status, the rules version it
was scored by, each target (polarity, value, Perka aspects, feedback), the scheme's parts,
behaviour, evaluators, recommendation; Cetak, Simpan PDF and Revisi."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout,
                               QWidget)

from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.domain.achievement import POLARITY_MARKS, target_text
from kinerja_desktop.domain.programs import format_number
from kinerja_desktop.domain.scheme_catalog import CATALOG, MATRIX_2022, PP30, PP46
from kinerja_desktop.domain.scoring import RATINGS, VALUE_HEADINGS, round2
from kinerja_desktop.domain.scoring_matrix import ORGANISATION_RESULTS, ORGANISATION_RULE
from kinerja_desktop.domain.scoring_perka import CREATIVITY
from kinerja_desktop.gui.evaluation.evaluation_models import grouped
from kinerja_desktop.gui.shared.formatting import format_date
from kinerja_desktop.services.database import Database


def _day(iso: str | None) -> str:
    return format_date(date.fromisoformat(iso)) if iso else "—"


def _num(value, suffix: str = "") -> str:
    return "—" if value is None else f"{format_number(value)}{suffix}"


def _score(value, version: int) -> str:
    """A score as its rules kept it: two decimals (version 2), one (version 1)."""
    if value is None:
        return "—"
    if version == 1:
        return format_number(value)
    return f"{round2(Decimal(str(value))):f}".replace(".", ",")


def _text(value) -> str:
    return escape(str(value)) if value not in (None, "") else "—"


def _target_text(t: dict) -> str:
    if t["cara_ukur"] == "selesai":
        return "selesai"
    shown = target_text(t.get("arah", "naik"), t["target"], t.get("target_maks"), format_number)
    unit = f" {t['satuan']}" if t["satuan"] else ""
    return escape(shown + unit) if shown else "—"


def _perka_text(aspects: dict) -> str:
    """Perka BKN 1/2013's quality, time and cost of one activity, realised of target."""
    parts = []
    for name, realised, target in (("Kualitas", "quality_realised", "quality_target"),
                                   ("Waktu", "time_realised", "time_target"),
                                   ("Biaya", "cost_realised", "cost_target")):
        if aspects.get(realised) is None and aspects.get(target) is None:
            continue
        parts.append(f"{name} {_amount(aspects.get(realised))} dari "
                     f"{_amount(aspects.get(target))}")
    return " · ".join(parts)


def _amount(value) -> str:
    return "—" if value is None else grouped(Decimal(str(value)))


def evaluation_html(d: dict) -> str:
    """The evaluation record (services.evaluation_export) as readable Indonesian HTML."""
    finalised = (datetime.fromisoformat(d["difinalkan_pada"]) if d["difinalkan_pada"]
                 else None)
    version = d.get("versi_aturan_hitung", 1)
    scheme = d["skema"]
    catalog = CATALOG.get(scheme)
    head = [
        ("Pejabat", f"{_text(d['nama'])} (NIP {escape(format_nip(d['nip']))})"
         if d["nip"] else _text(d["nama"])),
        ("Jabatan", _text(d["jabatan"])),
        ("Program", _text(d["jenis_program_label"])),
        ("Tanggal evaluasi", _day(d["tanggal"])),
        ("Skema penilaian", _text(d["skema_label"])),
    ]
    if catalog is not None:
        head += [("Dasar", _text(catalog.basis)), ("Status skema", _text(catalog.status))]
    head += [
        ("Aturan hitung", f"versi {version}" + (" (sebelum penilaian mengikuti peraturan "
                                                "tiap skema)" if version == 1 else "")),
        ("Status", _text(d["status_label"]) + (
            f", difinalkan {format_date(finalised.date())}" if finalised else "")),
    ]
    parts = [f"<h2>Evaluasi Kinerja — {_text(d['nama'])}</h2>",
             "<table cellspacing='0' cellpadding='3'>"]
    parts += [f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in head]
    parts.append("</table>")
    if d["nilai"] is not None:
        parts.append(f"<p style='font-size:14pt'>Nilai akhir: <b>{_score(d['nilai'], version)}"
                     f"</b> — predikat <b>{_text(d['predikat'])}</b></p>")
    else:
        parts.append(f"<p style='font-size:14pt'>Predikat: <b>{_text(d['predikat'])}</b></p>")
    if d["alasan_revisi"]:
        parts.append(f"<p>Revisi; alasan: {_text(d['alasan_revisi'])}</p>")
    parts += _targets_html(d, version)
    parts += _scheme_html(d, version)
    behaviour = [b for b in d["perilaku"] if b["nilai"] is not None
                 or b.get("ekspektasi_khusus")]
    if behaviour:
        parts.append("<h3>Perilaku kerja</h3><table cellspacing='0' cellpadding='3'>")
        for b in behaviour:
            shown = b.get("nilai_label") or _num(b["nilai"])
            expectation = (f"<br><small>Ekspektasi khusus pimpinan: "
                           f"{_text(b['ekspektasi_khusus'])}</small>"
                           if b.get("ekspektasi_khusus") else "")
            parts.append(f"<tr><td>{_text(b['nama'])}{expectation}</td>"
                         f"<td><b>{_text(shown)}</b></td></tr>")
        parts.append("</table>")
    parts.append("<h3>Penilai</h3><ul>")
    for e in d["penilai"]:
        chair = " — <b>ketua</b>" if e["ketua"] else ""
        own = (f"; nilai {_score(e['nilai'], version)} ({_text(e['predikat'])})"
               if e["nilai"] is not None else
               f"; predikat {_text(e['predikat'])}" if e.get("predikat") else "")
        parts.append(f"<li>{_text(e['nama'])}, {_text(e['jabatan'])} "
                     f"({_text(e['kapasitas_label'])}){chair}{own}</li>")
    parts.append("</ul>")
    parts.append(f"<h3>Rekomendasi</h3><p>{_text(d['rekomendasi_label'])}</p>")
    if d["catatan"]:
        parts.append(f"<h3>Catatan</h3><p>{_text(d['catatan'])}</p>")
    return "\n".join(parts)


def _targets_html(d: dict, version: int) -> list[str]:
    scheme = d["skema"]
    heading = "Kontribusi" if version == 1 else VALUE_HEADINGS.get(scheme, "")
    parts = ["<h3>Target</h3><table border='1' cellspacing='0' cellpadding='3' "
             "width='100%'><tr><th>No</th><th>Target</th><th>Arah</th><th>Bobot</th>"
             "<th>Target</th><th>Realisasi</th><th>Capaian</th>"
             + (f"<th>{escape(heading)}</th>" if heading else "") + "</tr>"]
    for number, t in enumerate(d["target"], 1):
        details = [f"<small>{_text(t['jenis_label'])}</small>"]
        if t.get("aspek_perka"):
            details.append(f"<small>{escape(_perka_text(t['aspek_perka']))}</small>")
        if t.get("umpan_balik"):
            details.append(f"<small>Umpan balik: {_text(t['umpan_balik'])}</small>")
        if t.get("catatan"):
            details.append(f"<small>Catatan: {_text(t['catatan'])}</small>")
        mark = POLARITY_MARKS.get(t.get("arah", ""), "")
        value = t.get("nilai")
        parts.append(
            f"<tr><td align='right'>{number}</td><td>{_text(t['judul'])}<br>"
            + "<br>".join(details) + "</td>"
            f"<td align='center' title='{escape(t.get('arah_label') or '')}'>{mark}</td>"
            f"<td align='right'>{_num(t['bobot'], '%')}</td>"
            f"<td align='right'>{_target_text(t)}</td><td align='right'>{_num(t['realisasi'])}"
            f"</td><td align='right'>{_num(t['capaian_persen'], '%')}</td>"
            + (f"<td align='right'>{_score(value, version)}</td>" if heading else "")
            + "</tr>")
    parts.append("</table>")
    return parts


def _scheme_html(d: dict, version: int) -> list[str]:
    """The scheme's parts in its regulation's words."""
    scheme = d["skema"]
    parts = []
    if scheme == MATRIX_2022:
        results = RATINGS.get(d.get("rating_hasil_kerja") or "", "—")
        behaviour = RATINGS.get(d.get("rating_perilaku_kerja") or "", "—")
        parts.append(f"<p>Rating hasil kerja: <b>{_text(results)}</b>")
        organisation = d.get("capaian_kinerja_organisasi")
        if organisation:
            parts.append(f"<br>Capaian kinerja organisasi (ditetapkan atasan): "
                         f"<b>{_text(ORGANISATION_RESULTS.get(organisation, organisation))}"
                         f"</b> — {_text(ORGANISATION_RULE)}")
        parts.append(f"<br>Rating perilaku kerja: <b>{_text(behaviour)}</b></p>")
        return parts
    if scheme == PP46:
        parts.append(f"<p>Nilai capaian SKP: <b>{_score(d['nilai_capaian'], version)}</b>")
        if version >= 2:
            creativity = CREATIVITY.get(d.get("kreativitas") or "", ("—", 0))[0]
            parts.append(f"<br>Tugas tambahan: {_text(d.get('tugas_tambahan', 0))} kegiatan · "
                         f"Kreativitas: {_text(creativity)}")
        parts.append(f"<br>Nilai perilaku kerja: <b>{_score(d['nilai_perilaku'], version)}</b>"
                     "</p>")
        return parts
    if scheme == PP30:
        parts.append(f"<p>Nilai SKP: <b>{_score(d['nilai_capaian'], version)}</b><br>"
                     f"Nilai perilaku kerja: <b>{_score(d['nilai_perilaku'], version)}</b>")
        if version >= 2:
            parts.append("<br>Ide baru yang bermanfaat (PP 30/2019 Pasal 41): "
                         + ("ada" if d.get("ide_baru") else "tidak ada"))
        parts.append("</p>")
        return parts
    return [f"<p>Nilai capaian tertimbang: <b>{_score(d['nilai_capaian'], version)}</b></p>"]


class EvaluationView(QDialog):
    """Read-only: a final evaluation is never edited, only printed or revised."""

    revision_started = Signal(int)  # the new draft's id, for the wizard

    def __init__(self, db: Database, evaluation_id: int, parent: QWidget | None = None):
        from kinerja_desktop.services.evaluation_export import evaluation_detail
        super().__init__(parent)
        self.setObjectName("evaluationView")
        self.db = db
        self.evaluation_id = evaluation_id
        self.detail = evaluation_detail(db, evaluation_id)
        self.setWindowTitle(self.tr("Evaluasi final — {0}").format(self.detail["nama"]))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("evaluationText")
        self.browser.setHtml(evaluation_html(self.detail))
        buttons = QDialogButtonBox(self)
        self.print_button = self._button(buttons, self.tr("&Cetak"), "printButton",
                                         lambda: self.print_sheet(False))
        self.save_button = self._button(buttons, self.tr("&Simpan PDF"), "savePdfButton",
                                        lambda: self.print_sheet(True))
        self.revise_button = self._button(buttons, self.tr("&Revisi…"), "reviseButton",
                                          self.revise)
        close = buttons.addButton(self.tr("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeButton")
        buttons.rejected.connect(self.reject)
        self.print_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        # Fits a 1280×720 screen at 100 % and 1366×768 at 125 %; the text scrolls.
        self.resize(760, 520)

    def _button(self, box: QDialogButtonBox, text: str, name: str, slot) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def print_sheet(self, save: bool) -> None:
        """Through the shared printing (options, viewer or file): nothing duplicated here."""
        from kinerja_desktop.gui.documents.printing import print_document
        print_document(self, self.db, "evaluasi", self.evaluation_id, save,
                       f"evaluasi - {self.detail['nama']}.pdf")

    def revise(self) -> None:
        """The existing revision flow (confirmation, then a written reason)."""
        from kinerja_desktop.gui.evaluation.evaluation_wizard import _offer_revision
        from kinerja_desktop.services.evaluations import EvaluationService
        service = EvaluationService(self.db)
        revision = _offer_revision(service, service.get(self.evaluation_id), self)
        if revision is not None:
            self.revision_started.emit(revision)
            self.accept()


def show_evaluation(db: Database, evaluation_id: int, parent: QWidget | None = None
                    ) -> EvaluationView:
    """The view as a window of its own, deleted when closed."""
    from PySide6.QtCore import Qt
    view = EvaluationView(db, evaluation_id, parent)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    view.raise_()
    return view
