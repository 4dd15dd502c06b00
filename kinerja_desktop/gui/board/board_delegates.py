"""Painted cells of the board: the day bar, one thin bar per target, flags as chips.

Plain QStyledItemDelegate.paint with QPainter: the item's background (selection, alternate
rows) is the style's, the figures are a few rectangles each."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kinerja_desktop.gui.board.board_model import (FLAG_STYLE, FLAGS_ROLE, FRACTION_ROLE,
                                                   TARGETS_ROLE)

TRACK = QColor("#e3e6ea")
DAY_FILL = QColor("#1e6fb8")
DAY_DONE = QColor("#7b8794")
NO_REPORT = QColor("#c4c9d0")
MARGIN = 4


def achievement_colour(achievement: float | None) -> QColor:
    """Green from 100 %, amber from 50 %, red below; grey with no report."""
    if achievement is None:
        return NO_REPORT
    if achievement >= 1.0:
        return QColor("#2e7d32")
    if achievement >= 0.5:
        return QColor("#f9a825")
    return QColor("#d84315")


class _PaintedDelegate(QStyledItemDelegate):
    """The style's item panel (selection, hover), then `paint_content` inside the margins.

    Built with the view as parent. It reads the model through its Python data() and never
    calls initStyleOption(), QModelIndex.data() or QStyleOption.widget from Python: in
    PySide6 6.12 on Python 3.11 each of those, when it yields None, drops a reference to None
    that it never took, and a board repainted long enough ends in "deallocating None"."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        view = self.parent()
        model = index.model()
        text = model.data(index, Qt.ItemDataRole.DisplayRole) or ""
        painter.save()
        try:
            if isinstance(view, QWidget):
                view.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem,
                                           option, painter, view)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            rect = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            self.paint_content(painter, rect, option, index, text, selected)
        finally:
            painter.restore()

    @staticmethod
    def value(index, role):
        """The model's own data() (see the class comment)."""
        return index.model().data(index, role)

    def text_colour(self, opt: QStyleOptionViewItem, selected: bool) -> QColor:
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        return opt.palette.color(role)

    def paint_content(self, painter, rect, opt, index, text, selected) -> None:
        raise NotImplementedError


class DayBarDelegate(_PaintedDelegate):
    """'37/100' at the right, and a bar filled to day 37 of 100 to its left."""

    def paint_content(self, painter, rect, opt, index, text, selected) -> None:
        fraction = self.value(index, FRACTION_ROLE) or 0.0
        metrics = QFontMetrics(opt.font)
        text_width = max(metrics.horizontalAdvance("100/100"), metrics.horizontalAdvance(text))
        text_width = min(text_width, rect.width())
        text_rect = QRect(rect.right() - text_width + 1, rect.top(), text_width, rect.height())
        bar_width = rect.width() - text_width - 6
        if bar_width >= 12:
            height = min(8, rect.height())
            bar = QRectF(rect.left(), rect.center().y() - height / 2 + 1, bar_width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(bar, 3, 3)
            if fraction > 0:
                painter.setBrush(DAY_DONE if fraction >= 1 else DAY_FILL)
                painter.drawRoundedRect(QRectF(bar.left(), bar.top(),
                                               max(bar.width() * fraction, 3), bar.height()), 3, 3)
        else:
            text_rect = rect
        painter.setPen(self.text_colour(opt, selected))
        painter.setFont(opt.font)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()))

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), 130), size.height())


class TargetBarsDelegate(_PaintedDelegate):
    """One thin bar per target, as wide as its weight, filled from the bottom to its
    achievement (capped at 100 %), coloured by achievement."""

    GAP = 2

    def paint_content(self, painter, rect, opt, index, text, selected) -> None:
        targets = self.value(index, TARGETS_ROLE) or []
        total = sum(w for w, _a in targets)
        if not targets or total <= 0:
            painter.setPen(self.text_colour(opt, selected))
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             text)
            return
        usable = rect.width() - self.GAP * (len(targets) - 1)
        if usable < len(targets):  # too narrow for a bar each: the count instead
            painter.setPen(self.text_colour(opt, selected))
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             text)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        x = float(rect.left())
        for weight, achievement in targets:
            width = max(usable * weight / total, 1.0)
            track = QRectF(x, rect.top(), width, rect.height())
            painter.setBrush(TRACK)
            painter.drawRect(track)
            if achievement is not None:
                filled = rect.height() * min(max(achievement, 0.0), 1.0)
                painter.setBrush(achievement_colour(achievement))
                painter.drawRect(QRectF(x, rect.bottom() + 1 - max(filled, 1.5), width,
                                        max(filled, 1.5)))
            x += width + self.GAP

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), 160), size.height())


class FlagChipsDelegate(_PaintedDelegate):
    """Each flag as a small coloured chip with its short text; '+n' when they do not fit."""

    def paint_content(self, painter, rect, opt, index, text, selected) -> None:
        codes = self.value(index, FLAGS_ROLE) or []
        if not codes:
            return
        font = QFont(opt.font)
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        labels = [self.parent_tr(FLAG_STYLE[c][0]) for c in codes]
        height = min(metrics.height() + 4, rect.height())
        top = rect.top() + (rect.height() - height) / 2
        x = float(rect.left())
        for n, (code, label) in enumerate(zip(codes, labels, strict=True)):
            width = metrics.horizontalAdvance(label) + 10
            rest = len(codes) - n - 1
            more = metrics.horizontalAdvance(f"+{rest}") + 6 if rest else 0
            if x + width + more > rect.right() + 1 and n > 0 or x + width > rect.right() + 1:
                painter.setPen(self.text_colour(opt, selected))
                painter.drawText(QRectF(x, rect.top(), rect.right() - x + 1, rect.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 f"+{len(codes) - n}")
                return
            chip = QRectF(x, top, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(FLAG_STYLE[code][1]))
            painter.drawRoundedRect(chip, height / 2, height / 2)
            painter.setPen(QColor("white"))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
            x += width + 4

    @staticmethod
    def parent_tr(text: str) -> str:
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate("BoardModel", text)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), 200), size.height())
