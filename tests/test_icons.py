"""The bundled icons: a well-formed PNG-in-ICO, the app PNG, the sample emblem, reproducibility."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SCRIPT = ROOT / "scripts" / "make_icons.py"
ICON_SIZES = {16, 24, 32, 48, 64, 128, 256}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def ico_images(data: bytes) -> list[tuple[int, int, bytes]]:
    """(width, height, image bytes) for each ICONDIRENTRY of an ICO file."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    images = []
    for i in range(count):
        width, height, _colours, _reserved, _planes, _bits, size, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i)
        assert offset + size <= len(data)
        images.append((width or 256, height or 256, data[offset:offset + size]))
    return images


def test_ico_holds_every_size_as_png(qapp):
    from PySide6.QtGui import QImage
    images = ico_images((ICONS / "app.ico").read_bytes())
    assert {width for width, _, _ in images} == ICON_SIZES
    assert len(images) == len(ICON_SIZES)
    for width, height, data in images:
        assert data.startswith(PNG_SIGNATURE)
        image = QImage.fromData(data)
        assert not image.isNull()
        assert (image.width(), image.height()) == (width, height)


def test_app_png_is_256_and_drawn(qapp):
    from PySide6.QtGui import QImage
    image = QImage(str(ICONS / "app.png"))
    assert (image.width(), image.height()) == (256, 256)
    assert image.pixelColor(128, 128).alpha() == 255  # the tile is opaque in the middle
    assert any(image.pixelColor(x, y).alpha() for x in range(0, 256, 8) for y in range(0, 256, 8))


def test_sample_emblem(qapp):
    from PySide6.QtGui import QImage
    path = ICONS / "lambang-contoh.png"
    assert path.stat().st_size < 60 * 1024
    image = QImage(str(path))
    assert not image.isNull()
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # transparent background around the shield
    assert image.pixelColor(image.width() // 2, image.height() // 2).alpha() == 255


def _pixels(data: bytes) -> tuple[int, int, bytes]:
    from PySide6.QtGui import QImage
    image = QImage.fromData(data).convertToFormat(QImage.Format.Format_ARGB32)
    return image.width(), image.height(), bytes(image.constBits())


def _assert_same_drawing(made: bytes, committed: bytes, name: str) -> None:
    """Same size, and every channel of every pixel within 2 of the committed file.

    Qt's raster engine rounds antialiased edges differently with different SIMD (AVX2,
    AVX-512): on one CPU 11 of 65,536 pixels came out one step apart. A byte comparison
    would tie the test to one processor; a wrong colour or shape is still far outside 2.
    """
    width, height, ours = _pixels(made)
    assert (width, height) == _pixels(committed)[:2], name
    theirs = _pixels(committed)[2]
    worst = max(abs(a - b) for a, b in zip(ours, theirs, strict=True))
    assert worst <= 2, f"{name}: a channel differs by {worst}"


def test_generator_reproduces_the_committed_files(qapp, tmp_path):
    spec = importlib.util.spec_from_file_location("make_icons", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = module.main(tmp_path)
    assert sorted(path.name for path in written) == ["app.ico", "app.png", "lambang-contoh.png"]
    for path in written:
        committed = (ICONS / path.name).read_bytes()
        if path.suffix == ".ico":
            made_images, committed_images = ico_images(path.read_bytes()), ico_images(committed)
            assert [i[:2] for i in made_images] == [i[:2] for i in committed_images]
            for (width, _, made), (_, _, old) in zip(made_images, committed_images, strict=True):
                _assert_same_drawing(made, old, f"app.ico {width} px")
        else:
            _assert_same_drawing(path.read_bytes(), committed, path.name)


def test_a_changed_drawing_is_noticed(qapp):
    """The tolerance above is a rounding step, not a licence: a recoloured icon fails."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage
    image = QImage(str(ICONS / "app.png"))
    image.setPixelColor(128, 128, QColor(image.pixelColor(128, 128)).darker(150))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    try:
        _assert_same_drawing(bytes(data), (ICONS / "app.png").read_bytes(), "app.png")
    except AssertionError:
        return
    raise AssertionError("a changed pixel passed the comparison")
