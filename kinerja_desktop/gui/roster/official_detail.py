"""The side panel showing the selected official and their appointment history."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser

from kinerja_desktop.domain import ranks, vocab
from kinerja_desktop.domain.nip import SEX_MALE, format_nip
from kinerja_desktop.domain.officials import OfficialRecord, post_display
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.formatting import format_date


class OfficialDetail(QTextBrowser):
    """Read-only summary; editing happens in the official dialog."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("officialDetail")
        self.setOpenLinks(False)
        self.setMinimumWidth(260)
        self.show_empty()

    def show_empty(self) -> None:
        self.setHtml("<p style='color:#666'>" + escape(self.tr(
            "Pilih pejabat di daftar untuk melihat rincian dan riwayat jabatannya.")) + "</p>")

    def show_official(self, official: OfficialRecord) -> None:
        e = escape
        status = "" if official.active else f" <i>({e(self.tr('diarsipkan'))})</i>"
        parts = [f"<h3>{e(official.full_name)}{status}</h3>",
                 "<table cellspacing='2'>"]
        rows = [
            (self.tr("NIP"), format_nip(official.nip)),
            (self.tr("Pangkat/gol."), ranks.rank_label(official.rank) or "–"),
            (self.tr("Tanggal lahir"), format_date(official.birth_date)),
            (self.tr("Jenis kelamin"), self.tr("Laki-laki") if official.sex == SEX_MALE
             else self.tr("Perempuan")),
        ]
        parts += [f"<tr><td style='color:#555'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in rows]
        parts.append("</table>")
        history = self.tr("Riwayat jabatan")
        parts.append(f"<h4>{e(history)}</h4>")
        if not official.appointments:
            none = self.tr("Belum ada jabatan tercatat.")
            parts.append(f"<p style='color:#666'>{e(none)}</p>")
        for a in official.appointments:
            if a.start_date and a.end_date:
                period = self.tr("{0} s.d. {1}").format(format_date(a.start_date),
                                                        format_date(a.end_date))
            elif a.start_date:
                period = self.tr("sejak {0}").format(format_date(a.start_date))
            elif a.end_date:
                period = self.tr("s.d. {0}").format(format_date(a.end_date))
            else:
                period = self.tr("tanggal tidak tercatat")
            eselon = self.tr("Eselon {0}").format(a.eselon) if a.eselon else ""
            extra = ", ".join(x for x in (eselon,
                                          domain_word(vocab.filling_label(a.filling))) if x)
            style = "" if a.current else " style='color:#666'"
            decree = self.tr("SK")
            parts.append(f"<p{style}><b>{e(post_display(a.post_title, a.filling))}</b><br>"
                         f"{e(a.unit_name)}<br>{e(period)}"
                         + (f" · {e(extra)}" if extra else "")
                         + (f"<br>{e(decree)} {e(a.decree_number)}" if a.decree_number else "")
                         + "</p>")
        self.setHtml("".join(parts))
