"""The "Kop surat" form of the first-run wizard and the settings: the Bupati's letterhead (title,
national emblem) and the agency's (agency, address, contact lines, regency emblem), each with
a live preview drawn from the same Institution a printed document gets."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QFileDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from kinerja_desktop.domain.documents import KOP_AGENCY, KOP_HEAD, Institution
from kinerja_desktop.domain.options import (EMAIL, EMBLEM, NATIONAL_EMBLEM, POSTAL_CODE,
                                            TELEPHONE, WEBSITE)
from kinerja_desktop.domain.puebi import address_line, full_title
from kinerja_desktop.errors import Problem
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.gui.shared.widgets import ProblemLabel
from kinerja_desktop.resources import resource_path
from kinerja_desktop.services import setup
from kinerja_desktop.services.document_builder import institution_from
from kinerja_desktop.services.setup import DatasetSettings

SAMPLE_EMBLEM = "lambang-contoh.png"  # resources/icons/, drawn by scripts/make_icons.py
# The letterhead as reports/layout.py prints it (the gui may not import the reports layer:
# keep these in step with its KOP_* styles and emblem sizes): type sizes in points, sizes in mm.
HEAD_TITLE_PT, GOVERNMENT_PT, AGENCY_PT, CONTACT_PT = 16, 14, 16, 10
NATIONAL_EMBLEM_MM, EMBLEM_COLUMN_MM, EMBLEM_BOX_MM = 25, 24, (20, 24)
MM = 72 / 25.4  # points in a millimetre
_CONTACT_FIELDS = (TELEPHONE.key, EMAIL.key, POSTAL_CODE.key, WEBSITE.key, EMBLEM.key,
                   NATIONAL_EMBLEM.key)


def _pixmap(content: bytes | None) -> QPixmap:
    pixmap = QPixmap()
    if content is not None:
        pixmap.loadFromData(QByteArray(content))
    return pixmap


class ImageChooser(QWidget):
    """One letterhead image: a small preview, "Pilih gambar…" and "Hapus gambar" (and, for
    the regency emblem, a sample shield to try the letterhead before the real file is at hand:
    never chosen without a click). The file is checked by the setup service (PNG/JPEG, 2 MB)."""

    changed = Signal()

    def __init__(self, field: str, name: str, title: str, sample: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field  # the setting's key: read_image names the image by it
        self.title = title
        self.content: bytes | None = None
        self.preview = QLabel(self)
        self.preview.setObjectName(f"{name}Preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(64, 64)
        self.preview.setStyleSheet("background: white; border: 1px solid #bbb; color: #777")
        self.choose_button = QPushButton(self.tr("Pilih gambar…"), self)
        self.choose_button.setObjectName(f"{name}ChooseButton")
        self.remove_button = QPushButton(self.tr("Hapus gambar"), self)
        self.remove_button.setObjectName(f"{name}RemoveButton")
        buttons = QGridLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.choose_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        self.sample_button: QPushButton | None = None
        if sample:
            self.sample_button = QPushButton(self.tr("Pakai lambang contoh"), self)
            self.sample_button.setObjectName(f"{name}SampleButton")
            buttons.addWidget(self.sample_button, 1, 0, 1, 2)
            self.sample_button.clicked.connect(
                lambda: self.choose(str(resource_path("icons", SAMPLE_EMBLEM))))
        buttons.setRowStretch(2, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(buttons)
        row.addStretch(1)
        self.choose_button.clicked.connect(lambda: self.choose())
        self.remove_button.clicked.connect(lambda: self.set_content(None))
        self.set_content(None)

    def choose(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.title, "",
                                                  self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if not path:
            return
        chosen = attempt(self, lambda: setup.read_image(path, self.field))
        if chosen:
            self.set_content(chosen.value)

    def set_content(self, content: bytes | None) -> None:
        self.content = content
        self.remove_button.setEnabled(content is not None)
        pixmap = _pixmap(content)
        if pixmap.isNull():
            self.preview.setPixmap(QPixmap())
            # PNG/JPEG by its first bytes but not a picture Qt can draw: printing will say so.
            self.preview.setText(self.tr("(tanpa\ngambar)") if content is None
                                 else self.tr("(tidak\nterbaca)"))
        else:
            self.preview.setPixmap(pixmap.scaled(self.preview.size() - QSize(6, 6),
                                                 Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        self.changed.emit()


def agency_lines(kop: Institution) -> list[tuple[str, float, bool]]:
    """The agency letterhead's lines as reports/layout.py prints them (text, size, bold): the
    government, the agency, the address line in full words (domain/puebi.py)."""
    lines: list[tuple[str, float, bool]] = [(kop.government.upper(), GOVERNMENT_PT, True)]
    if kop.agency:
        lines.append((full_title(kop.agency).upper(), AGENCY_PT, True))
    address = address_line(kop.address, kop.telephone, kop.website, kop.email, kop.place,
                           kop.postal_code)
    if address:
        lines.append((address, CONTACT_PT, False))
    return lines


def head_line(kop: Institution) -> str:
    """The Bupati's letterhead's line as printed: 'BUPATI SERANG'."""
    return full_title(kop.head_title).upper()


class LetterheadPreview(QWidget):
    """A letterhead drawn to scale across the widget's width (the A4 text width, 160 mm):
    what the settings hold, laid out as a printed document lays it out."""

    TEXT_WIDTH_PT = 160 * MM  # A4 less the 30 mm and 20 mm side margins
    MARGIN = 8.0

    def __init__(self, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.kop: Institution | None = None
        self._images: dict[bytes, QPixmap] = {}
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # drawn to scale: a wider preview is a taller one
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(420, self.heightForWidth(420))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        scale = (width - 2 * self.MARGIN) / self.TEXT_WIDTH_PT
        area = QRectF(0, 0, width - 2 * self.MARGIN, 1000)
        if self.kind == KOP_HEAD:
            content = (self._head_emblem_height(scale)
                       + QFontMetricsF(self._font(HEAD_TITLE_PT, True, scale)).height())
        else:
            content = self._agency_row_height(area, scale) + 8
        return round(content + 2 * self.MARGIN)

    def _head_emblem_height(self, scale: float) -> float:
        """The national emblem's height (with the gap under it) at the print's scale;
        kept when no emblem is chosen, so the preview does not jump when one is."""
        return NATIONAL_EMBLEM_MM * MM * scale + 3

    def set_institution(self, kop: Institution) -> None:
        self.kop = kop
        self.setToolTip(self.text())
        self.updateGeometry()  # a line that now wraps (or no longer does) changes the height
        self.update()

    def text(self) -> str:
        """The preview's lines as text (its tooltip, read by screen readers and tests)."""
        if self.kop is None:
            return ""
        if self.kind == KOP_HEAD:
            return head_line(self.kop)
        return "\n".join(text for text, _size, _bold in agency_lines(self.kop))

    def _image(self, content: bytes | None) -> QPixmap | None:
        if content is None:
            return None
        if content not in self._images:
            self._images = {content: _pixmap(content)}  # one kept: the image just chosen
        pixmap = self._images[content]
        return None if pixmap.isNull() else pixmap

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(QPen(QColor("#bbb")))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self.kop is not None:
            margin = self.MARGIN
            scale = (self.width() - 2 * margin) / self.TEXT_WIDTH_PT
            area = QRectF(margin, margin, self.width() - 2 * margin, self.height() - 2 * margin)
            if self.kind == KOP_HEAD:
                self._paint_head(painter, area, scale)
            else:
                self._paint_agency(painter, area, scale)
        painter.end()

    def _font(self, points: float, bold: bool, scale: float) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(6, round(points * scale)))
        font.setBold(bold)
        return font

    def _draw_image(self, painter: QPainter, pixmap: QPixmap, box: QRectF) -> None:
        size = pixmap.size().scaled(box.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(box.center().x() - size.width() / 2, box.center().y() - size.height() / 2,
                        size.width(), size.height())
        painter.drawPixmap(target.toRect(), pixmap)

    def _paint_head(self, painter: QPainter, area: QRectF, scale: float) -> None:
        """The national emblem centred at the top, the title in capitals under it."""
        assert self.kop is not None
        font = self._font(HEAD_TITLE_PT, True, scale)
        line = QFontMetricsF(font).height()
        emblem = self._image(self.kop.national_emblem_png)
        height = self._head_emblem_height(scale)
        box = QRectF(area.left(), area.top(), area.width(), height - 3)
        if emblem is not None:
            self._draw_image(painter, emblem, box)
        else:  # where the emblem goes, marked as missing (grey: not part of the print)
            note = (self.tr("lambang negara belum dipilih")
                    if self.kop.national_emblem_png is None
                    else self.tr("gambar lambang negara tidak terbaca"))
            missing = QRectF(box.center().x() - box.height() * 0.45, box.top(),
                             box.height() * 0.9, box.height())
            painter.setPen(QPen(QColor("#999"), 1, Qt.PenStyle.DashLine))
            painter.drawRect(missing)
            painter.setFont(self._font(7, False, max(scale, 1.0)))
            painter.drawText(missing, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             note)
        top = area.top() + height
        painter.setPen(Qt.GlobalColor.black)
        painter.setFont(font)
        painter.drawText(QRectF(area.left(), top, area.width(), line),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         head_line(self.kop))

    def _agency_text_box(self, area: QRectF, scale: float) -> QRectF:
        """The lines' box: between two emblem-wide columns when there is an emblem (the
        lines stay centred on the page), else the whole width."""
        if self.kop is None or self._image(self.kop.emblem_png) is None:
            return area
        column = EMBLEM_COLUMN_MM * MM * scale
        return area.adjusted(column, 0, -column, 0)

    def _agency_lines(self, area: QRectF, scale: float) -> list[tuple[str, QFont, float]]:
        """Each line with its font and its height wrapped to the text box (a long contact
        line wraps, as it does on paper)."""
        kop = self.kop or Institution("PEMERINTAH KABUPATEN", "SEKRETARIAT DAERAH")
        width = self._agency_text_box(area, scale).width()
        result = []
        for text, size, bold in agency_lines(kop):
            font = self._font(size, bold, scale)
            bounds = QFontMetricsF(font).boundingRect(
                QRectF(0, 0, width, 1000), int(Qt.TextFlag.TextWordWrap), text)
            result.append((text, font, max(bounds.height(), QFontMetricsF(font).height())))
        return result

    def _agency_row_height(self, area: QRectF, scale: float) -> float:
        """The kop's row: the lines and the emblem beside them, each centred in it."""
        text = sum(height for _t, _f, height in self._agency_lines(area, scale))
        has_emblem = self.kop is not None and self._image(self.kop.emblem_png) is not None
        return max(text, EMBLEM_BOX_MM[1] * MM * scale if has_emblem else 0.0)

    def _paint_agency(self, painter: QPainter, area: QRectF, scale: float) -> None:
        """The regency emblem at the left, the lines centred, the double rule under them."""
        assert self.kop is not None
        lines = self._agency_lines(area, scale)
        row = self._agency_row_height(area, scale)
        text_box = self._agency_text_box(area, scale)
        emblem = self._image(self.kop.emblem_png)
        if emblem is not None:
            width, height = (size * MM * scale for size in EMBLEM_BOX_MM)
            column = text_box.left() - area.left()
            self._draw_image(painter, emblem,
                             QRectF(area.left() + (column - width) / 2,
                                    area.top() + (row - height) / 2, width, height))
        painter.setPen(Qt.GlobalColor.black)
        top = area.top() + (row - sum(height for _t, _f, height in lines)) / 2
        for text, font, line_height in lines:
            painter.setFont(font)
            painter.drawText(QRectF(text_box.left(), top, text_box.width(), line_height),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, text)
            top += line_height
        # The closing rule under the row: a thick line over a thin one.
        rule = area.top() + row + 3
        painter.setPen(QPen(Qt.GlobalColor.black, max(1.2, 2.2 * scale)))
        painter.drawLine(QPointF(area.left(), rule), QPointF(area.right(), rule))
        painter.setPen(QPen(Qt.GlobalColor.black, max(0.6, 0.7 * scale)))
        painter.drawLine(QPointF(area.left(), rule + 3), QPointF(area.right(), rule + 3))


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555")
    return label


def _group_layout(box: QGroupBox, note: QLabel, form: QFormLayout, after: QLabel | None,
                  caption: str, preview: LetterheadPreview) -> None:
    """A letterhead's box: what it is for, its fields, then its preview across the box."""
    layout = QVBoxLayout(box)
    layout.addWidget(note)
    layout.addLayout(form)
    if after is not None:
        layout.addWidget(after)
    layout.addWidget(QLabel(caption, box))
    layout.addWidget(preview)


class LetterheadForm(QWidget):
    """Both letterheads side by side: the Bupati's (kop jabatan kepala daerah) and the
    agency's (kop perangkat daerah), each with its preview. The first line of the agency's
    and the place come from the institution form (`set_institution`)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.government = ""
        self.place = ""
        head = QGroupBox(self.tr("Kop Bupati"), self)
        head.setObjectName("headLetterheadBox")
        self.head_title_edit = QLineEdit(head)
        self.head_title_edit.setObjectName("headTitleEdit")
        self.national_emblem = ImageChooser(NATIONAL_EMBLEM.key, "nationalEmblem",
                                            self.tr("Gambar lambang negara"), parent=head)
        # The app ships no state emblem: the office's own official file is the one to use.
        garuda_note = _note(self.tr("Lambang negara (Garuda Pancasila) tidak disertakan "
                                    "aplikasi: pilih berkas gambar resmi milik kantor."), head)
        self.head_preview = LetterheadPreview(KOP_HEAD, head)
        self.head_preview.setObjectName("headLetterheadPreview")
        head_form = QFormLayout()
        head_form.addRow(self.tr("&Sebutan jabatan:"), self.head_title_edit)
        head_form.addRow(self.tr("Lambang negara:"), self.national_emblem)
        _group_layout(head, _note(self.tr("Untuk naskah yang ditandatangani Bupati."), head),
                      head_form, garuda_note, self.tr("Pratinjau:"), self.head_preview)

        agency = QGroupBox(self.tr("Kop perangkat daerah"), self)
        agency.setObjectName("agencyLetterheadBox")
        self.agency_edit = QLineEdit(agency)
        self.agency_edit.setObjectName("agencyEdit")
        self.agency_edit.setPlaceholderText("Sekretariat Daerah")
        self.address_edit = QPlainTextEdit(agency)
        self.address_edit.setObjectName("addressEdit")
        self.address_edit.setPlaceholderText("Jl. Veteran No. 1, Serang")
        self.address_edit.setFixedHeight(46)
        self.address_edit.setTabChangesFocus(True)  # Tab goes to the next field, as in a form
        self.telephone_edit = QLineEdit(agency)
        self.telephone_edit.setObjectName("telephoneEdit")
        self.telephone_edit.setPlaceholderText("(0254) 200001")
        self.postal_code_edit = QLineEdit(agency)
        self.postal_code_edit.setObjectName("postalCodeEdit")
        self.postal_code_edit.setPlaceholderText("42111")
        self.postal_code_edit.setMaxLength(10)  # room to type wrongly and be told why
        self.email_edit = QLineEdit(agency)
        self.email_edit.setObjectName("emailEdit")
        self.email_edit.setPlaceholderText("setda@serangkab.go.id")
        self.website_edit = QLineEdit(agency)
        self.website_edit.setObjectName("websiteEdit")
        self.website_edit.setPlaceholderText("serangkab.go.id")
        self.emblem = ImageChooser(EMBLEM.key, "emblem", self.tr("Gambar lambang daerah"),
                                   sample=True, parent=agency)
        self.agency_preview = LetterheadPreview(KOP_AGENCY, agency)
        self.agency_preview.setObjectName("agencyLetterheadPreview")
        contact = QHBoxLayout()
        contact.addWidget(self.telephone_edit, 3)
        postal_label = QLabel(self.tr("Kode p&os:"), agency)
        postal_label.setBuddy(self.postal_code_edit)
        contact.addWidget(postal_label)
        contact.addWidget(self.postal_code_edit, 1)
        agency_form = QFormLayout()
        agency_form.addRow(self.tr("&Perangkat daerah:"), self.agency_edit)
        agency_form.addRow(self.tr("&Alamat:"), self.address_edit)
        telephone_label = QLabel(self.tr("&Telepon:"), agency)
        telephone_label.setBuddy(self.telephone_edit)
        agency_form.addRow(telephone_label, contact)
        agency_form.addRow(self.tr("&E-mail:"), self.email_edit)
        agency_form.addRow(self.tr("&Laman:"), self.website_edit)
        agency_form.addRow(self.tr("Lambang daerah:"), self.emblem)
        _group_layout(agency, _note(self.tr("Untuk naskah yang ditandatangani perangkat "
                                            "daerah; baris pertamanya nama pemerintah daerah "
                                            "(Instansi)."), agency),
                      agency_form, None, self.tr("Pratinjau:"), self.agency_preview)

        self.problems = ProblemLabel(self)
        columns = QHBoxLayout()
        # Each box as tall as its own fields: the shorter one does not spread its rows.
        columns.addWidget(head, 2, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(agency, 3, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        self.problems.setVisible(False)
        # Tab follows the eye: the Bupati's letterhead, then the agency's, top to bottom.
        chain = [self.head_title_edit, self.national_emblem.choose_button,
                 self.national_emblem.remove_button, self.agency_edit, self.address_edit,
                 self.telephone_edit, self.postal_code_edit, self.email_edit,
                 self.website_edit, self.emblem.choose_button, self.emblem.remove_button]
        if self.emblem.sample_button is not None:
            chain.append(self.emblem.sample_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        for edit in (self.head_title_edit, self.agency_edit, self.telephone_edit,
                     self.email_edit, self.postal_code_edit, self.website_edit):
            edit.textChanged.connect(self._changed)
        self.address_edit.textChanged.connect(self._changed)
        self.national_emblem.changed.connect(self._changed)
        self.emblem.changed.connect(self._changed)
        self._refresh()

    def set_institution(self, government: str, place: str) -> None:
        """The institution form's government and place: the agency letterhead's first line
        and the Bupati's default title ("BUPATI SERANG")."""
        self.government, self.place = government, place
        self.head_title_edit.setPlaceholderText(setup.default_head_title(place) or "BUPATI")
        self._refresh()

    def set_values(self, s: DatasetSettings) -> None:
        self.head_title_edit.setText(s.head_title)
        self.national_emblem.set_content(s.national_emblem_png)
        self.agency_edit.setText(s.agency)
        self.address_edit.setPlainText(s.address)
        self.telephone_edit.setText(s.telephone)
        self.email_edit.setText(s.email)
        self.postal_code_edit.setText(s.postal_code)
        self.website_edit.setText(s.website)
        self.emblem.set_content(s.emblem_png)
        self.set_institution(s.institution, s.place)

    def values(self, base: DatasetSettings) -> DatasetSettings:
        """`base` (the institution form's fields) with this form's."""
        return DatasetSettings(
            base.institution, base.place, self.address_edit.toPlainText(),
            self.agency_edit.text(), self.emblem.content, base.paper,
            head_title=self.head_title_edit.text(),
            national_emblem_png=self.national_emblem.content,
            telephone=self.telephone_edit.text(), email=self.email_edit.text(),
            postal_code=self.postal_code_edit.text(), website=self.website_edit.text(),
            range_dash=base.range_dash)

    def validation(self) -> list[Problem]:
        own = self.values(DatasetSettings(self.government, self.place))
        return [p for p in setup.validate_settings(own) if p.field in _CONTACT_FIELDS]

    def _refresh(self) -> None:
        own = self.values(DatasetSettings(self.government, self.place))
        self.head_preview.set_institution(institution_from(own, KOP_HEAD))
        self.agency_preview.set_institution(institution_from(own, KOP_AGENCY))

    def _changed(self) -> None:
        self.problems.show_problems(self.validation())
        self._refresh()
        self.changed.emit()
