"""Read the QR code a printed PDF carries back to its text, as a scanner would, without the
encoder: the modules from the PDF's drawing, then ISO/IEC 18004's own tables (block structure
for error correction level M, alignment pattern positions), its format information (level and
mask read from the symbol), masks and codeword order. Byte and alphanumeric modes, versions
1-14: what the footer's QR uses. A perfect symbol is assumed (drawn vectors): error correction
is not run.
"""

from __future__ import annotations

import re

from pypdf import PdfReader

# Level M: (blocks, codewords per block, data codewords per block) per group, versions 1-14.
_BLOCKS_M = {
    1: ((1, 26, 16),), 2: ((1, 44, 28),), 3: ((1, 70, 44),), 4: ((2, 50, 32),),
    5: ((2, 67, 43),), 6: ((4, 43, 27),), 7: ((4, 49, 31),), 8: ((2, 60, 38), (2, 61, 39)),
    9: ((3, 58, 36), (2, 59, 37)), 10: ((4, 69, 43), (1, 70, 44)),
    11: ((1, 80, 50), (4, 81, 51)), 12: ((6, 58, 36), (2, 59, 37)),
    13: ((8, 59, 37), (1, 60, 38)), 14: ((4, 64, 40), (5, 65, 41)),
}
_ALIGNMENT = {
    1: (), 2: (6, 18), 3: (6, 22), 4: (6, 26), 5: (6, 30), 6: (6, 34), 7: (6, 22, 38),
    8: (6, 24, 42), 9: (6, 26, 46), 10: (6, 28, 50), 11: (6, 30, 54), 12: (6, 32, 58),
    13: (6, 34, 62), 14: (6, 26, 46, 66),
}
_MASKS = (
    lambda x, y: (x + y) % 2 == 0, lambda x, y: y % 2 == 0, lambda x, y: x % 3 == 0,
    lambda x, y: (x + y) % 3 == 0, lambda x, y: (x // 3 + y // 2) % 2 == 0,
    lambda x, y: x * y % 2 + x * y % 3 == 0, lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
    lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
)
_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_LEVEL_M = 0  # format information's two level bits (L 1, M 0, Q 3, H 2)


def qr_texts_of_pdf(pdf) -> list[str]:
    """The text of the QR code drawn on each page (a form XObject of filled rectangles)."""
    texts = []
    for page in PdfReader(pdf).pages:
        xobjects = page["/Resources"].get("/XObject")
        forms = [x.get_object() for x in (xobjects.get_object().values() if xobjects else ())
                 if x.get_object()["/Subtype"] == "/Form"]
        found = [text for text in (_try_form(form) for form in forms) if text is not None]
        assert len(found) == 1, f"{len(found)} QR codes on a page"
        texts.append(found[0])
    return texts


def _try_form(form) -> str | None:
    try:
        return read_matrix(_matrix_of_form(form))
    except (ValueError, KeyError, IndexError, AssertionError):
        return None


def _matrix_of_form(form) -> list[list[bool]]:
    size = float(form["/BBox"][2]) - float(form["/BBox"][0])
    rects = [tuple(float(v) for v in m) for m in re.findall(
        rb"([\d.\-]+) ([\d.\-]+) ([\d.\-]+) ([\d.\-]+) re", form.get_data())]
    if not rects:
        raise ValueError("no rectangles")
    box = min(r[3] for r in rects)
    count = round(size / box)
    matrix = [[False] * count for _ in range(count)]
    for x, y, w, _h in rects:
        row = round((size - y) / box) - 1
        first = round(x / box)
        for column in range(first, first + round(w / box)):
            matrix[row][column] = True
    return matrix


def read_matrix(modules: list[list[bool]]) -> str:
    """The text of a QR symbol given as rows of dark (True) modules."""
    size = len(modules)
    version = (size - 17) // 4
    if size != 17 + 4 * version or version not in _BLOCKS_M:
        raise ValueError(f"{size} modules is not a version 1-14 symbol")
    level, mask = _format(modules)
    if level != _LEVEL_M:
        raise ValueError("only error correction level M is read")
    function = _function_modules(version)
    bits = []
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vertical in range(size):
            for j in range(2):
                x = right - j
                upward = ((right + 1) & 2) == 0
                y = size - 1 - vertical if upward else vertical
                if not function[y][x]:
                    bits.append(modules[y][x] ^ _MASKS[mask](x, y))
        right -= 2
    codewords = [int("".join("1" if b else "0" for b in bits[i:i + 8]), 2)
                 for i in range(0, len(bits) - 7, 8)]
    blocks = [data for count, _total, data in _BLOCKS_M[version] for _ in range(count)]
    data_blocks: list[list[int]] = [[] for _ in blocks]
    stream = iter(codewords)
    for i in range(max(blocks)):
        for b, length in enumerate(blocks):
            if i < length:
                data_blocks[b].append(next(stream))
    data_bits = "".join(f"{cw:08b}" for block in data_blocks for cw in block)
    if data_bits[:4] == "0010":  # alphanumeric: pairs in 11 bits, a last one in 6
        length = int(data_bits[4:13 if version <= 9 else 15], 2)
        at = 13 if version <= 9 else 15
        text = []
        for _ in range(length // 2):
            pair = int(data_bits[at:at + 11], 2)
            text += [_ALPHANUMERIC[pair // 45], _ALPHANUMERIC[pair % 45]]
            at += 11
        if length % 2:
            text.append(_ALPHANUMERIC[int(data_bits[at:at + 6], 2)])
        return "".join(text)
    if data_bits[:4] != "0100":
        raise ValueError(f"mode {data_bits[:4]} is not byte or alphanumeric mode")
    length_bits = 8 if version <= 9 else 16
    length = int(data_bits[4:4 + length_bits], 2)
    start = 4 + length_bits
    raw = bytes(int(data_bits[start + 8 * i:start + 8 * i + 8], 2) for i in range(length))
    return raw.decode("utf-8")


def _format(modules: list[list[bool]]) -> tuple[int, int]:
    """(level bits, mask) from the format information beside the top-left finder."""
    positions = ([(i, 8) for i in range(6)] + [(7, 8), (8, 8), (8, 7)]
                 + [(8, 14 - i) for i in range(9, 15)])  # (row, column) of bit 0 … 14
    bits = sum(int(modules[row][column]) << i for i, (row, column) in enumerate(positions))
    data = (bits ^ 0x5412) >> 10
    return data >> 3, data & 7


def _function_modules(version: int) -> list[list[bool]]:
    size = 17 + 4 * version
    marked = [[False] * size for _ in range(size)]

    def area(top: int, left: int, height: int, width: int) -> None:
        for row in range(max(top, 0), min(top + height, size)):
            for column in range(max(left, 0), min(left + width, size)):
                marked[row][column] = True
    # Finders with their separators and format information; the dark module is inside.
    area(0, 0, 9, 9)
    area(0, size - 8, 9, 8)
    area(size - 8, 0, 8, 9)
    area(6, 0, 1, size)  # timing patterns
    area(0, 6, size, 1)
    centres = _ALIGNMENT[version]
    for cy in centres:
        for cx in centres:
            corner = {(cy, cx)} & {(centres[0], centres[0]), (centres[0], centres[-1]),
                                   (centres[-1], centres[0])}
            if not corner:
                area(cy - 2, cx - 2, 5, 5)
    if version >= 7:  # version information
        area(0, size - 11, 6, 3)
        area(size - 11, 0, 3, 6)
    return marked
