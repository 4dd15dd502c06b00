"""Draws the app icon (app.png, app.ico) and the sample emblem (lambang-contoh.png) with QPainter.

    .venv/bin/python scripts/make_icons.py [OUTDIR]      (default: resources/icons)
"""

from __future__ import annotations

import math
import os
import struct
import sys
from pathlib import Path

# No screen is needed; set before Qt is imported so a plain run works on a headless machine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush, QColor, QFont, QGuiApplication, QImage, QLinearGradient, QPainter,
    QPainterPath, QPen, QPolygonF, QRawFont, QTransform,
)

ROOT = Path(__file__).resolve().parent.parent
# The icon's letters: a build input beside this script (the program itself ships Liberation
# Sans only), so that the committed icons stay reproducible.
FONT_FILE = ROOT / "scripts" / "icon_font" / "DejaVuSans-Bold.ttf"
DEFAULT_OUT = ROOT / "resources" / "icons"

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
EMBLEM_SIZE = (240, 280)

GREEN_TOP = QColor("#0E6B45")
GREEN_BOTTOM = QColor("#0A5034")
GREEN_DARK = QColor("#07402A")
GOLD = QColor("#F2C14E")
GOLD_DARK = QColor("#C9962B")
WHITE = QColor("#FFFFFF")


# ---------------------------------------------------------------------------- helpers

def new_image(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    return image


def painter_for(image: QImage) -> QPainter:
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    return painter


def png_bytes(image: QImage) -> bytes:
    # Through QBuffer: Qt's PNG writer adds no timestamp, so the bytes are the same every run.
    # Converted to plain ARGB32 first so the stored pixels don't depend on the paint format.
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: list[tuple[int, bytes]]) -> bytes:
    """An ICO container holding each image as PNG data (Windows Vista+ and PyInstaller take it)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))  # reserved, type 1 = icon, image count
    entries = b""
    offset = 6 + 16 * len(pngs)
    for size, data in pngs:
        side = 0 if size >= 256 else size  # one byte: 0 stands for 256
        # width, height, colours in palette, reserved, colour planes, bits per pixel, size, offset
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(data for _, data in pngs)


def text_path(font: QRawFont, text: str) -> QPainterPath:
    """The text as outlines at the font's pixel size, baseline at y = 0, starting at x = 0."""
    path = QPainterPath()
    glyphs = font.glyphIndexesForString(text)
    x = 0.0
    for glyph, advance in zip(glyphs, font.advancesForGlyphIndexes(glyphs), strict=True):
        path.addPath(font.pathForGlyph(glyph).translated(x, 0))
        x += advance.x()
    return path


def bundled_font(pixel_size: float) -> QRawFont:
    # Drawn through QRawFont from the bundled file, not looked up by family: a system
    # "DejaVu Sans" (often installed too) could otherwise win the lookup and change the
    # output bytes from one machine to another.
    # No hinting: the outlines then don't depend on the FreeType build's hinting engine.
    font = QRawFont(str(FONT_FILE), pixel_size, QFont.HintingPreference.PreferNoHinting)
    if not font.isValid():
        raise RuntimeError(f"cannot load {FONT_FILE}")
    return font


# ---------------------------------------------------------------------------- the app icon

def icon_params(size: int) -> dict:
    """Geometry per size: small sizes get relatively thicker strokes and fewer details."""
    s = float(size)
    # 16 and 24 px: the K is pixel art (see pixel_k), the ring as thick as the K's strokes.
    if size <= 16:
        return dict(margin=0.0, corner=3.0, ring_r=6.5, ring_w=2.0, track=False,
                    stem=2, diag=2, k_h=8, k_w=6, cap=Qt.PenCapStyle.FlatCap, shine=False)
    if size <= 24:
        return dict(margin=0.0, corner=4.5, ring_r=9.75, ring_w=2.5, track=False,
                    stem=3, diag=3, k_h=12, k_w=10, cap=Qt.PenCapStyle.FlatCap, shine=False)
    if size <= 32:
        return dict(margin=1.0, corner=6.0, ring_r=12.0, ring_w=3.0, track=True,
                    stem=4.0, diag=3.6, k_h=14.0, k_w=10.0, cap=Qt.PenCapStyle.RoundCap,
                    shine=False)
    # 48 px and up: proportional geometry.
    return dict(margin=s * 0.04, corner=s * 0.2, ring_r=s * 0.355, ring_w=s * 0.085, track=True,
                stem=s * 0.115, diag=s * 0.105, k_h=s * 0.40, k_w=s * 0.29,
                cap=Qt.PenCapStyle.RoundCap, shine=size >= 64)


def pixel_k(painter: QPainter, size: int, p: dict) -> None:
    """A K built from whole pixels (45° stairs), for sizes where antialiased diagonals go mushy."""
    h, w, stem, diag = p["k_h"], p["k_w"], p["stem"], p["diag"]
    left, top = (size - w) // 2, (size - h) // 2
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(WHITE)
    painter.drawRect(left, top, stem, h)
    for row in range(h):
        # Arm in the upper half, leg in the lower half: mirror images, one pixel in per row.
        steps = row if row < h // 2 else h - 1 - row
        right = w - steps
        painter.drawRect(left + right - diag, top + row, diag, 1)
    painter.restore()


def draw_k(painter: QPainter, cx: float, cy: float, p: dict) -> None:
    """A bold geometric K centred on (cx, cy); diagonals cut flat at the cap and base lines."""
    h, w, stem, diag = p["k_h"], p["k_w"], p["stem"], p["diag"]
    left = cx - w / 2
    if h < 24:
        left = round(left)  # a stem on whole pixels stays sharp at 32 px
    top, bottom = cy - h / 2, cy + h / 2
    right = left + w
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(WHITE)
    painter.drawRect(QRectF(left, top, stem, h))
    # The diagonals are stroked past the cap/base lines and then clipped, so their ends are flat.
    painter.setClipRect(QRectF(left, top, w + diag, h))
    pen = QPen(WHITE, diag, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    join = QPointF(left + stem, cy + h * 0.08)  # arm starts a bit below the middle of the stem
    arm_end = QPointF(right, top)
    dx, dy = arm_end.x() - join.x(), arm_end.y() - join.y()
    painter.drawLine(join - QPointF(dx, dy) * 0.25, arm_end + QPointF(dx, dy) * 0.3)
    # The leg leaves the arm about a third of the way up and runs to the bottom-right corner.
    leg_start = QPointF(join.x() + dx * 0.30, join.y() + dy * 0.30)
    leg_end = QPointF(right, bottom)
    ex, ey = leg_end.x() - leg_start.x(), leg_end.y() - leg_start.y()
    painter.drawLine(leg_start, leg_end + QPointF(ex, ey) * 0.3)
    painter.restore()


def draw_app_icon(size: int) -> QImage:
    p = icon_params(size)
    image = new_image(size, size)
    painter = painter_for(image)
    m = p["margin"]
    tile = QRectF(m, m, size - 2 * m, size - 2 * m)

    # The tile: deep government green, a gentle top-to-bottom gradient for depth.
    gradient = QLinearGradient(tile.topLeft(), tile.bottomLeft())
    gradient.setColorAt(0.0, GREEN_TOP)
    gradient.setColorAt(1.0, GREEN_BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(tile, p["corner"], p["corner"])
    if p["shine"]:
        # A faint inner edge so the tile doesn't melt into dark taskbars.
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(255, 255, 255, 40), max(1.0, size / 128)))
        inset = max(0.5, size / 256)
        painter.drawRoundedRect(tile.adjusted(inset, inset, -inset, -inset),
                                p["corner"] - inset, p["corner"] - inset)

    c = size / 2
    r = p["ring_r"]
    ring_rect = QRectF(c - r, c - r, 2 * r, 2 * r)
    if p["track"]:
        # The part of the 100 days still to go: a dim track under the progress arc.
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(GREEN_DARK, p["ring_w"], Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawEllipse(ring_rect)
    # Progress, three quarters done: from 12 o'clock clockwise to 9 o'clock (Qt angles are 1/16°,
    # counter-clockwise from 3 o'clock, hence the negative span).
    painter.setPen(QPen(GOLD, p["ring_w"], Qt.PenStyle.SolidLine, p["cap"]))
    painter.drawArc(ring_rect, 90 * 16, -270 * 16)

    # The K sits optically centred: nudged right by a hair because its stem is heavier than its
    # tips.
    if size <= 24:
        pixel_k(painter, size, p)
    else:
        draw_k(painter, c + p["stem"] * 0.08, c, p)
    painter.end()
    return image


# ---------------------------------------------------------------------------- the sample emblem

def star_polygon(cx: float, cy: float, outer: float, inner: float) -> QPolygonF:
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return QPolygonF(points)


def shield_path(left: float, top: float, right: float, bottom: float) -> QPainterPath:
    """A plain heater shield: flat top with rounded shoulders, sides curving to a point."""
    cx = (left + right) / 2
    path = QPainterPath()
    path.moveTo(left + 10, top)
    path.lineTo(right - 10, top)
    path.quadTo(right, top, right, top + 10)
    path.lineTo(right, top + (bottom - top) * 0.45)
    path.cubicTo(right, top + (bottom - top) * 0.78, cx + 40, bottom - 18, cx, bottom)
    path.cubicTo(cx - 40, bottom - 18, left, top + (bottom - top) * 0.78,
                 left, top + (bottom - top) * 0.45)
    path.lineTo(left, top + 10)
    path.quadTo(left, top, left + 10, top)
    path.closeSubpath()
    return path


def sprig_point(t: float, start: QPointF, ctrl: QPointF, end: QPointF) -> tuple[QPointF, float]:
    """A point on a quadratic curve and the curve's direction there (radians)."""
    u = 1 - t
    x = u * u * start.x() + 2 * u * t * ctrl.x() + t * t * end.x()
    y = u * u * start.y() + 2 * u * t * ctrl.y() + t * t * end.y()
    dx = 2 * u * (ctrl.x() - start.x()) + 2 * t * (end.x() - ctrl.x())
    dy = 2 * u * (ctrl.y() - start.y()) + 2 * t * (end.y() - ctrl.y())
    return QPointF(x, y), math.atan2(dy, dx)


def draw_padi(painter: QPainter, start: QPointF, ctrl: QPointF, end: QPointF) -> None:
    """A rice sprig: a curved stalk with pairs of gold grains leaning towards its tip."""
    painter.setPen(QPen(GOLD_DARK, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    stalk = QPainterPath(start)
    stalk.quadTo(ctrl, end)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(stalk)
    painter.setPen(QPen(GOLD_DARK, 0.8))
    painter.setBrush(GOLD)
    count = 9
    for i in range(count):
        t = 0.22 + 0.78 * i / (count - 1)
        point, angle = sprig_point(t, start, ctrl, end)
        for side in (-1, 1):
            if i == count - 1 and side == 1:
                continue  # a single grain at the tip
            grain_angle = angle + side * math.radians(32) if i < count - 1 else angle
            painter.save()
            painter.translate(point)
            painter.rotate(math.degrees(grain_angle))
            painter.drawEllipse(QRectF(1.0, -2.6, 10.0, 5.2))
            painter.restore()


def draw_kapas(painter: QPainter, start: QPointF, ctrl: QPointF, end: QPointF) -> None:
    """A cotton sprig: a curved brown twig with white three-lobed bolls in green sepals."""
    painter.setPen(QPen(QColor("#7A5230"), 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    twig = QPainterPath(start)
    twig.quadTo(ctrl, end)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(twig)
    for i, t in enumerate((0.34, 0.58, 0.80, 1.0)):
        point, angle = sprig_point(t, start, ctrl, end)
        side = -1 if i % 2 == 0 else 1
        # Bolls towards the middle hang further out than those towards the rim, which would clip.
        offset = 0.0 if t >= 1.0 else (11.0 if side == -1 else 5.0)
        normal = angle + side * math.pi / 2
        centre = QPointF(point.x() + offset * math.cos(normal),
                         point.y() + offset * math.sin(normal))
        if offset:
            painter.setPen(QPen(QColor("#7A5230"), 1.6, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap))
            painter.drawLine(point, centre)
        painter.save()
        painter.translate(centre)
        painter.rotate(math.degrees(normal if offset else angle) + 90)
        painter.setPen(QPen(QColor("#2E7D32"), 0.8))
        painter.setBrush(QColor("#4CAF50"))
        for k in (-1, 0, 1):  # the sepals, fanning out under the boll
            painter.save()
            painter.rotate(k * 55)
            painter.drawEllipse(QRectF(-2.6, 0.0, 5.2, 9.0))
            painter.restore()
        painter.setPen(QPen(QColor("#A9A9A0"), 0.9))
        painter.setBrush(WHITE)
        for bx, by in ((-4.4, -2.6), (4.4, -2.6), (0.0, -6.6)):  # the boll's three lobes
            painter.drawEllipse(QPointF(bx, by), 5.0, 5.0)
        painter.restore()


def draw_ribbon(painter: QPainter, width: int, y: float, height: float, label: str) -> None:
    """A banner across the shield's foot with folded tails, carrying the label."""
    body = QRectF(24, y, width - 48, height)
    tail_w = 22
    fold = 6
    dark = QColor("#A32020")
    red = QColor("#C62828")
    outline = QPen(QColor("#6E1414"), 1.2)
    painter.setPen(outline)
    for side in (-1, 1):  # the tails, behind the body and a little lower
        x_in = body.left() + 8 if side == -1 else body.right() - 8
        x_out = body.left() - tail_w if side == -1 else body.right() + tail_w
        notch = x_out - side * 8
        tail = QPolygonF([QPointF(x_in, y + fold), QPointF(x_out, y + fold),
                          QPointF(notch, y + fold + height / 2), QPointF(x_out, y + fold + height),
                          QPointF(x_in, y + fold + height)])
        painter.setBrush(dark)
        painter.drawPolygon(tail)
        # The fold: a small dark triangle joining the tail to the body.
        edge = body.left() if side == -1 else body.right()
        painter.setBrush(QColor("#5E1010"))
        painter.drawPolygon(QPolygonF([QPointF(edge, y + height),
                                       QPointF(edge - side * 8, y + fold + height),
                                       QPointF(edge, y + fold + height)]))
    painter.setBrush(red)
    curve = QPainterPath()  # the body bends down slightly in the middle, like cloth
    sag = 4.0
    curve.moveTo(body.topLeft())
    curve.quadTo(QPointF(body.center().x(), y + 2 * sag), body.topRight())
    curve.lineTo(body.bottomRight())
    curve.quadTo(QPointF(body.center().x(), y + height + 2 * sag), body.bottomLeft())
    curve.closeSubpath()
    painter.drawPath(curve)

    font = bundled_font(13.0)
    text = text_path(font, label)
    bounds = text.boundingRect()
    ascent = font.capHeight()
    tx = body.center().x() - bounds.width() / 2 - bounds.left()
    ty = y + sag + height / 2 + ascent / 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(WHITE)
    painter.drawPath(QTransform.fromTranslate(tx, ty).map(text))


def draw_emblem() -> QImage:
    width, height = EMBLEM_SIZE
    image = new_image(width, height)
    painter = painter_for(image)
    cx = width / 2

    shield = shield_path(34, 14, width - 34, 250)
    # Gold rim, then the green field a few pixels inside it.
    painter.setPen(QPen(QColor("#8A6A1E"), 1.5))
    painter.setBrush(GOLD)
    painter.drawPath(shield)
    inner = shield_path(42, 22, width - 42, 238)
    field = QLinearGradient(0, 22, 0, 238)
    field.setColorAt(0.0, QColor("#13794F"))
    field.setColorAt(1.0, QColor("#0A5034"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(field))
    painter.drawPath(inner)

    # The star at the top of the field.
    painter.setPen(QPen(GOLD_DARK, 1.2))
    painter.setBrush(GOLD)
    painter.drawPolygon(star_polygon(cx, 62, 24, 9.5))

    # Rice on the left, cotton on the right, curving up towards the star like a wreath.
    painter.save()
    painter.setClipPath(inner)
    draw_padi(painter, QPointF(cx - 12, 212), QPointF(cx - 70, 190), QPointF(cx - 50, 98))
    draw_kapas(painter, QPointF(cx + 12, 212), QPointF(cx + 64, 190), QPointF(cx + 48, 100))
    # Three gentle waves between the sprigs: water, common to many regional emblems.
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor("#BFE3F2"), 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for row in range(3):
        y = 132 + row * 13
        wave = QPainterPath(QPointF(cx - 24, y))
        wave.cubicTo(QPointF(cx - 12, y - 6), QPointF(cx - 12, y + 6), QPointF(cx, y))
        wave.cubicTo(QPointF(cx + 12, y - 6), QPointF(cx + 12, y + 6), QPointF(cx + 24, y))
        painter.drawPath(wave)
    painter.restore()

    draw_ribbon(painter, width, 238, 26, "LAMBANG CONTOH")
    painter.end()
    return image


# ---------------------------------------------------------------------------- main

def main(out_dir: str | os.PathLike | None = None) -> list[Path]:
    """Write app.png, app.ico and lambang-contoh.png into out_dir; returns their paths."""
    if QGuiApplication.instance() is None:
        # QRawFont and the font database need a GUI application object; kept for the process.
        main._app = QGuiApplication([sys.argv[0]])  # type: ignore[attr-defined]
    out = Path(out_dir) if out_dir is not None else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)

    pngs = [(size, png_bytes(draw_app_icon(size))) for size in ICON_SIZES]
    written = {
        "app.png": dict(pngs)[256],
        "app.ico": ico_bytes(pngs),
        "lambang-contoh.png": png_bytes(draw_emblem()),
    }
    paths = []
    for name, data in written.items():
        path = out / name
        path.write_bytes(data)
        paths.append(path)
    return paths


if __name__ == "__main__":
    for written_path in main(sys.argv[1] if len(sys.argv) > 1 else None):
        print(f"{written_path}  {written_path.stat().st_size} bytes")
