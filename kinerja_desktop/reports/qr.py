"""The footer's QR code as a matrix of modules: ReportLab's encoder, its error correction
computed with GF(256) log tables (the same codewords, a fraction of the time)."""

from __future__ import annotations

import functools
import itertools

from reportlab.graphics.barcode import qrencoder

# GF(256) over the QR code's polynomial x^8 + x^4 + x^3 + x^2 + 1 (ISO/IEC 18004, 7.5.2).
_EXP = [0] * 512
_LOG = [0] * 256
_value = 1
for _power in range(255):
    _EXP[_power] = _value
    _LOG[_value] = _power
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D
for _power in range(255, 512):
    _EXP[_power] = _EXP[_power - 255]


@functools.cache
def _generator_logs(degree: int) -> tuple[int, ...]:
    """The logs of the Reed-Solomon generator's coefficients after the leading 1: the
    product of (x - a^i) for i < degree. ReportLab recomputes this polynomial for every block
    of every code; it is the same for every code of a version."""
    poly = [1]
    for i in range(degree):
        poly = [a ^ (_EXP[_LOG[b] + i] if b else 0)
                for a, b in zip(poly + [0], [0] + poly, strict=True)]
    return tuple(_LOG[c] for c in poly[1:])


def error_correction(data: list[int], degree: int) -> list[int]:
    """The `degree` error correction codewords of one block: the remainder of data * x^degree
    divided by the generator (what qrencoder's QRPolynomial.mod gives, zeros in front)."""
    logs = _generator_logs(degree)
    rest = list(data) + [0] * degree
    for i in range(len(data)):
        coefficient = rest[i]
        if coefficient:
            lead = _LOG[coefficient]
            for j, log in enumerate(logs, start=i + 1):
                rest[j] ^= _EXP[lead + log]
    return rest[len(data):]


def _codewords(version: int, level: int, data_list) -> list[int]:
    """qrencoder.QRCode.createData with the error correction above: the data bits, the
    terminator and padding, the blocks' codewords interleaved."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, level)
    buffer = qrencoder.QRBitBuffer()
    for data in data_list:
        data.write(buffer, version)
    capacity = sum(block.dataCount for block in blocks) * 8
    if buffer.getLengthInBits() > capacity:
        raise ValueError(f"code length overflow. ({buffer.getLengthInBits()} > {capacity})")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pads = itertools.cycle((qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1))
    while buffer.getLengthInBits() < capacity:
        buffer.put(next(pads), 8)
    offset = 0
    data_blocks, ec_blocks = [], []
    for block in blocks:
        chunk = buffer.buffer[offset:offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(chunk)
        ec_blocks.append(error_correction(chunk, block.totalCount - block.dataCount))
    return [d for group in itertools.chain(itertools.zip_longest(*data_blocks),
                                           itertools.zip_longest(*ec_blocks))
            for d in group if d is not None]


@functools.cache
def _data_positions(version: int) -> tuple[tuple[int, int], ...]:
    """Where the data bits go, (column, row) in placing order: fixed by the version alone,
    so found once per version instead of once per code."""
    qr = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    qr.moduleCount = version * 4 + 17
    return tuple(qr._dataPosIterator())


class _Code(qrencoder.QRCode):
    """ReportLab's code with its data placed from the cached positions (mask 0 only)."""

    def mapData(self, data, maskPattern):  # noqa: N802, N803 -- overrides ReportLab's method
        if maskPattern != 0:
            raise ValueError("only mask 0 is placed here")
        bits = ((byte >> shift) & 1 == 1 for byte in data for shift in range(7, -1, -1))
        modules = self.modules
        for (column, row), dark in itertools.zip_longest(_data_positions(self.version), bits,
                                                         fillvalue=False):
            modules[row][column] = dark ^ ((row + column) % 2 == 0)


def qr_modules(value: str) -> list[list[bool]]:
    """The dark (True) and light modules of `value` at error correction level M.

    make() would try all eight masks and keep the one with the fewest "lost points"; every
    mask gives a valid code, and scoring them was a third of a sheet's time. Mask 0 is used."""
    qr = _Code(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.version = qr.calculate_version()
    qr.dataCache = _codewords(qr.version, qr.errorCorrectLevel, qr.dataList)
    qr.makeImpl(False, 0)
    return [[bool(m) for m in row] for row in qr.modules]


def reportlab_modules(value: str) -> list[list[bool]]:
    """The same code by ReportLab's own encoder alone (for the tests and the benchmark's
    baseline)."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.version = qr.calculate_version()
    qr.makeImpl(False, 0)
    return [[bool(m) for m in row] for row in qr.modules]
