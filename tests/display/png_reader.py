"""A tiny PNG reader (stdlib ``zlib`` only): enough to check a browser's screenshot.

Reads 8-bit greyscale, grey + alpha, RGB and RGBA images, non-interlaced (what
Chromium writes), and undoes the five scanline filters of the PNG spec
(https://www.w3.org/TR/png/#9Filters). :func:`encode` writes the same subset, so
the reader is tested against it over random images and filters.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence

import attrs

SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHANNELS = {0: 1, 4: 2, 2: 3, 6: 4}
"""Samples per pixel by PNG colour type."""


@attrs.frozen
class Image:
    width: int
    height: int
    rows: tuple[bytes, ...]
    """Each row's RGB samples (alpha dropped: the page has an opaque background)."""

    def pixel(self, x: int, y: int) -> tuple[int, int, int]:
        r, g, b = self.rows[y][3 * x : 3 * x + 3]
        return r, g, b

    def ink(self, box: tuple[int, int, int, int], background: tuple[int, int, int]) -> int:
        """How many samples of ``box`` (x0, y0, x1, y1) differ from ``background`` by more than 24.

        Counted with ``bytes.translate`` (C speed), so a full screenshot takes milliseconds.
        """
        x0, y0, x1, y1 = box
        x0, x1 = max(x0, 0), min(x1, self.width)
        if x1 <= x0:
            return 0
        tables = [
            bytes(1 if abs(v - level) > 24 else 0 for v in range(256)) for level in background
        ]
        total = 0
        for row in self.rows[max(y0, 0) : min(y1, self.height)]:
            part = row[3 * x0 : 3 * x1]
            total += sum(part[c::3].translate(tables[c]).count(1) for c in range(3))
        return total

    def colours(self, box: tuple[int, int, int, int]) -> int:
        """How many distinct colours ``box`` holds (every other pixel sampled)."""
        x0, y0, x1, y1 = box
        seen = set()
        for row in self.rows[max(y0, 0) : min(y1, self.height) : 2]:
            for x in range(max(x0, 0), min(x1, self.width), 2):
                seen.add(row[3 * x : 3 * x + 3])
        return len(seen)


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def _add(a: bytes, b: bytes, low: int, high: int) -> bytes:
    """Bytewise ``(a + b) mod 256`` on whole rows at once (SWAR: no carry crosses a byte)."""
    x, y = int.from_bytes(a, "big"), int.from_bytes(b, "big")
    return (((x & low) + (y & low)) ^ ((x ^ y) & high)).to_bytes(len(a), "big")


def _unfilter(kind: int, line: bytearray, previous: bytes, n: int) -> bytes:
    stride = len(line)
    if kind == 0:
        return bytes(line)
    if kind == 2:  # Up: the most common in browser screenshots, done on the whole row
        low = int.from_bytes(b"\x7f" * stride, "big")
        high = int.from_bytes(b"\x80" * stride, "big")
        return _add(bytes(line), previous, low, high)
    for i in range(stride):
        left = line[i - n] if i >= n else 0
        up = previous[i]
        corner = previous[i - n] if i >= n else 0
        if kind == 1:
            line[i] = (line[i] + left) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + (left + up) // 2) & 0xFF
        elif kind == 4:
            line[i] = (line[i] + _paeth(left, up, corner)) & 0xFF
        else:
            raise ValueError(f"unknown PNG filter {kind}")
    return bytes(line)


def read(data: bytes) -> Image:
    """Decode a PNG file's bytes."""
    if not data.startswith(SIGNATURE):
        raise ValueError("not a PNG file")
    pos, idat, header = len(SIGNATURE), bytearray(), None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    if header is None:
        raise ValueError("PNG without IHDR")
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in CHANNELS or interlace:
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}")
    n = CHANNELS[colour]
    stride = width * n
    raw = zlib.decompress(bytes(idat))
    previous = bytes(stride)
    rows = []
    for row in range(height):
        start = row * (stride + 1)
        line = _unfilter(raw[start], bytearray(raw[start + 1 : start + 1 + stride]), previous, n)
        previous = line
        rgb = bytearray(width * 3)
        for c in range(3):
            rgb[c::3] = line[min(c, n - 1) :: n] if n > 2 else line[0::n]
        rows.append(bytes(rgb))
    return Image(width, height, tuple(rows))


def encode(width: int, height: int, rgb: Sequence[int], filters: Sequence[int]) -> bytes:
    """An RGB PNG of ``rgb`` (row-major samples), row ``y`` filtered with ``filters[y]``."""
    stride, n = width * 3, 3
    previous = bytes(stride)
    raw = bytearray()
    for y in range(height):
        line = bytes(rgb[y * stride : (y + 1) * stride])
        kind = filters[y]
        out = bytearray()
        for i in range(stride):
            left = line[i - n] if i >= n else 0
            up = previous[i]
            corner = previous[i - n] if i >= n else 0
            predictor = (0, left, up, (left + up) // 2, _paeth(left, up, corner))[kind]
            out.append((line[i] - predictor) & 0xFF)
        raw += bytes([kind]) + out
        previous = line

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        SIGNATURE
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(raw)))
        + chunk(b"IEND", b"")
    )
