"""The board's chart: final results per unit over the periods, grouped bars painted with
QPainter (no plotting library). The grouping is domain/board_chart.py's."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from kinerja_desktop.domain.board import ChartPoint
from kinerja_desktop.domain.board_chart import RANK_COLOURS, ChartBar, ChartData, chart_data
from kinerja_desktop.domain.programs import format_number
from kinerja_desktop.gui.shared.domain_words import domain_word

# One colour per period (oldest first), repeated past the sixth.
PERIOD_COLOURS = ("#90caf9", "#42a5f5", "#1e88e5", "#1565c0", "#0d47a1", "#5c6bc0")
# The predicates of both schemes that share a colour, one legend entry per colour.
PREDICATE_LEGEND = ((("Sangat Baik",), 5), (("Baik",), 4), (("Cukup",), 3),
                    (("Kurang", "Butuh Perbaikan"), 2), (("Buruk", "Sangat Kurang"), 1))
BAR_WIDTH = 16
GROUP_GAP = 18
CAP = 4  # the predicate's colour as a cap on top of each bar


class BoardChart(QWidget):
    """Grouped bars: one group per unit, one bar per period; a bar's height is the mean score
    (or the band's height for a result without a score), its cap the predicate's colour."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("boardChart")
        self.setAccessibleName(self.tr("Grafik hasil evaluasi per unit"))
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.data = ChartData()
        self._hits: list[tuple[QRectF, ChartBar]] = []

    def set_points(self, points: list[ChartPoint]) -> None:
        self.set_data(chart_data(points))

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.updateGeometry()
        self.update()

    # Geometry ---------------------------------------------------------------------------------
    def _group_width(self) -> int:
        return max(len(self.data.periods), 1) * BAR_WIDTH + GROUP_GAP

    def _left(self, metrics: QFontMetrics) -> int:
        return metrics.horizontalAdvance("120") + 14

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        metrics = self.fontMetrics()
        if self.data.empty:
            return QSize(200, metrics.height() * 4)
        label = max((metrics.horizontalAdvance(u) for u in self.data.units), default=0)
        width = self._left(metrics) + len(self.data.units) * max(self._group_width(),
                                                                  min(label, 110) + 8) + 16
        return QSize(width, metrics.height() * 9 + 60)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = self.minimumSizeHint()
        return QSize(max(hint.width(), 600), max(hint.height(), 220))

    # Painting ---------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = self.fontMetrics()
        self._hits = []
        if self.data.empty:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Belum ada evaluasi final"))
            return
        line = metrics.height()
        legend_bottom = self._paint_legend(painter, metrics, text)
        left = self._left(metrics)
        plot = QRectF(left, legend_bottom + line // 2 + 4, self.width() - left - 12,
                      self.height() - legend_bottom - line * 3 - 14)
        if plot.height() < 20 or plot.width() < 20:
            return
        top = self.data.top
        grid = QColor(text)
        grid.setAlpha(40)
        # Value axis: a line every 20.
        for value in range(0, int(top) + 1, 20):
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - line / 2, left - 6, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))
        group = max(self._group_width(), plot.width() / max(len(self.data.units), 1))
        group = min(group, self._group_width() * 3)
        bar_width = min((group - GROUP_GAP) / max(len(self.data.periods), 1), BAR_WIDTH * 2.5)
        small_font = self.font()
        small_font.setPointSizeF(max(small_font.pointSizeF() * 0.8, 6.0))
        small = QFontMetrics(small_font)
        x = plot.left() + GROUP_GAP / 2
        for unit in self.data.units:
            inner = bar_width * len(self.data.periods)
            start = x + (group - GROUP_GAP - inner) / 2
            for n, period in enumerate(self.data.periods):
                bar = self.data.bar(unit, period)
                if bar is None:
                    continue
                height = plot.height() * min(bar.value, top) / top
                rect = QRectF(start + n * bar_width + 1, plot.bottom() - height,
                              bar_width - 2, height)
                colour = QColor(PERIOD_COLOURS[n % len(PERIOD_COLOURS)])
                if not bar.scored:  # a band, not a score: hatched
                    painter.setPen(QPen(colour.darker(130), 1))
                    painter.setBrush(colour.lighter(120))
                    painter.drawRect(rect)
                    painter.setBrush(QBrush(colour.darker(130), Qt.BrushStyle.BDiagPattern))
                    painter.drawRect(rect)
                else:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(colour)
                    painter.drawRect(rect)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(bar.colour))
                painter.drawRect(QRectF(rect.left(), rect.top() - CAP, rect.width(), CAP))
                self._hits.append((rect.adjusted(0, -CAP, 0, 0), bar))
                if bar.score is not None:
                    label = format_number(round(bar.score))
                    if small.horizontalAdvance(label) <= bar_width + 2:
                        painter.setFont(small_font)
                        painter.setPen(text)
                        painter.drawText(QRectF(rect.left() - 4, rect.top() - CAP - small.height(),
                                                rect.width() + 8, small.height()),
                                         Qt.AlignmentFlag.AlignCenter, label)
                        painter.setFont(self.font())
            # The unit's name under its group, elided to the group's width.
            painter.setPen(text)
            label_rect = QRectF(x - GROUP_GAP / 2 + 2, plot.bottom() + 4, group - 4, line * 2)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             metrics.elidedText(unit, Qt.TextElideMode.ElideRight,
                                                int(group - 4)))
            x += group
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(),
                                                                      plot.bottom()))

    def _paint_legend(self, painter: QPainter, metrics: QFontMetrics, text: QColor) -> int:
        """Periods (bar colours), then predicates (cap colours), wrapped; returns the bottom."""
        line = metrics.height()
        items: list[tuple[QColor | None, str, bool]] = [
            (QColor(PERIOD_COLOURS[n % len(PERIOD_COLOURS)]), period, False)
            for n, period in enumerate(self.data.periods)]
        items.append((None, self.tr("Predikat:"), False))
        items += [(QColor(RANK_COLOURS[rank]), " / ".join(domain_word(p) for p in predicates),
                   True) for predicates, rank in PREDICATE_LEGEND]
        x, y = 8, 6
        for colour, label, cap in items:
            width = metrics.horizontalAdvance(label) + (18 if colour is not None else 4) + 12
            if x + width > self.width() - 8 and x > 8:
                x, y = 8, y + line + 4
            if colour is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                swatch = QRectF(x, y + line / 2 - (2 if cap else 6), 12, 4 if cap else 12)
                painter.drawRect(swatch)
                x += 16
            painter.setPen(text)
            painter.drawText(QRect(int(x), int(y), width, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            x += width - (16 if colour is not None else 0)
        return y + line

    # Tooltips ---------------------------------------------------------------------------------
    def bar_at(self, x: float, y: float) -> ChartBar | None:
        for rect, bar in self._hits:
            if rect.contains(QPointF(x, y)):
                return bar
        return None

    def describe(self, bar: ChartBar) -> str:
        value = (self.tr("nilai rata-rata {0}").format(format_number(round(bar.score, 1)))
                 if bar.score is not None else self.tr("tanpa nilai angka"))
        return self.tr("{0}, {1}: {2} ({3}; {4} evaluasi)").format(
            bar.unit, bar.period, domain_word(bar.predicate), value, bar.count)

    def event(self, event) -> bool:
        from PySide6.QtCore import QEvent
        if event.type() == QEvent.Type.ToolTip:
            bar = self.bar_at(event.pos().x(), event.pos().y())
            if bar is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.describe(bar), self)
            return True
        return super().event(event)
