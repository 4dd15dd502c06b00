"""A final evaluation, read-only: scores, predicate, evaluators, recommendation; Cetak,
Simpan PDF and Revisi."""

from __future__ import annotations

from datetime import date, datetime
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout,
                               QWidget)

from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.domain.programs import format_number
from kinerja_desktop.gui.shared.formatting import format_date
from kinerja_desktop.services.database import Database


def _day(iso: str | None) -> str:
    return format_date(date.fromisoformat(iso)) if iso else "—"


def _num(value, suffix: str = "") -> str:
    return "—" if value is None else f"{format_number(value)}{suffix}"


def _text(value) -> str:
    return escape(str(value)) if value not in (None, "") else "—"


def evaluation_html(d: dict) -> str:
    """The evaluation record (services.evaluation_export) as readable Indonesian HTML."""
    finalised = (datetime.fromisoformat(d["difinalkan_pada"]) if d["difinalkan_pada"]
                 else None)
    head = [
        ("Pejabat", f"{_text(d['nama'])} (NIP {escape(format_nip(d['nip']))})"
         if d["nip"] else _text(d["nama"])),
        ("Jabatan", _text(d["jabatan"])),
        ("Program", _text(d["jenis_program_label"])),
        ("Tanggal evaluasi", _day(d["tanggal"])),
        ("Skema penilaian", _text(d["skema_label"])),
        ("Status", _text(d["status_label"]) + (
            f", difinalkan {format_date(finalised.date())}" if finalised else "")),
    ]
    parts = [f"<h2>Evaluasi Kinerja — {_text(d['nama'])}</h2>",
             "<table cellspacing='0' cellpadding='3'>"]
    parts += [f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in head]
    parts.append("</table>")
    parts.append(f"<p style='font-size:14pt'>Nilai akhir: <b>{_num(d['nilai'])}</b> — "
                 f"predikat <b>{_text(d['predikat'])}</b></p>")
    if d["alasan_revisi"]:
        parts.append(f"<p>Revisi; alasan: {_text(d['alasan_revisi'])}</p>")
    parts.append("<h3>Target</h3><table border='1' cellspacing='0' cellpadding='3' "
                 "width='100%'><tr><th>No</th><th>Target</th><th>Bobot</th><th>Target</th>"
                 "<th>Realisasi</th><th>Capaian</th><th>Kontribusi</th></tr>")
    for number, t in enumerate(d["target"], 1):
        unit = f" {escape(t['satuan'])}" if t["satuan"] else ""
        parts.append(
            f"<tr><td align='right'>{number}</td><td>{_text(t['judul'])}<br><small>"
            f"{_text(t['jenis_label'])}</small></td><td align='right'>{_num(t['bobot'], '%')}"
            f"</td><td align='right'>{_num(t['target'])}{unit if t['target'] is not None else ''}"
            f"</td><td align='right'>{_num(t['realisasi'])}</td>"
            f"<td align='right'>{_num(t['capaian_persen'], '%')}</td>"
            f"<td align='right'>{_num(t['kontribusi'])}</td></tr>")
    parts.append("</table>")
    parts.append(f"<p>Nilai capaian target: <b>{_num(d['nilai_capaian'])}</b></p>")
    behaviour = [b for b in d["perilaku"] if b["nilai"] is not None]
    if behaviour:
        parts.append("<h3>Perilaku kerja</h3><table cellspacing='0' cellpadding='3'>")
        for b in behaviour:
            shown = b.get("nilai_label") or _num(b["nilai"])
            parts.append(f"<tr><td>{_text(b['nama'])}</td><td><b>{_text(shown)}</b></td></tr>")
        parts.append("</table>")
        if d["nilai_perilaku"] is not None:
            parts.append(f"<p>Nilai perilaku kerja: <b>{_num(d['nilai_perilaku'])}</b></p>")
    parts.append("<h3>Penilai</h3><ul>")
    for e in d["penilai"]:
        chair = " — <b>ketua</b>" if e["ketua"] else ""
        own = (f"; nilai {_num(e['nilai'])} ({_text(e['predikat'])})"
               if e["nilai"] is not None else "")
        parts.append(f"<li>{_text(e['nama'])}, {_text(e['jabatan'])} "
                     f"({_text(e['kapasitas_label'])}){chair}{own}</li>")
    parts.append("</ul>")
    parts.append(f"<h3>Rekomendasi</h3><p>{_text(d['rekomendasi_label'])}</p>")
    if d["catatan"]:
        parts.append(f"<h3>Catatan</h3><p>{_text(d['catatan'])}</p>")
    return "\n".join(parts)


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
