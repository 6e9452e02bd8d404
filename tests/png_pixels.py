"""Read a PNG's pixels with zlib and numpy, for the screenshot tests (no imaging library).

Handles what headless Chromium writes: 8-bit RGB or RGBA, not interlaced, any of the five
row filters. Sub rows are undone as a running sum; Average and Paeth rows, which Chromium
uses on few rows, pixel by pixel.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np

_CHANNELS = {2: 3, 6: 4}  # colour type -> channels: RGB, RGBA


def read_png(path: Path) -> np.ndarray:
    """The pixels as an array of shape (height, width, channels), dtype uint8."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, chunks = 8, []
    width = height = channels = 0
    while pos < len(data):
        (size,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + size]
        pos += 12 + size
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in _CHANNELS and not interlace, (depth, colour)
            channels = _CHANNELS[colour]
        elif kind == b"IDAT":
            chunks.append(body)
    raw = np.frombuffer(zlib.decompress(b"".join(chunks)), dtype=np.uint8)
    stride = width * channels
    rows = raw.reshape(height, stride + 1)
    out = np.zeros((height, stride), dtype=np.uint8)
    previous = np.zeros(stride, dtype=np.uint8)
    for y in range(height):
        kind, line = rows[y, 0], rows[y, 1:]
        if kind == 0:
            row = line.copy()
        elif kind == 1:  # Sub: a running sum along the row, per channel
            row = np.cumsum(line.reshape(width, channels), axis=0, dtype=np.uint32) % 256
            row = row.astype(np.uint8).reshape(stride)
        elif kind == 2:  # Up
            row = line + previous
        else:
            row = _average_or_paeth(kind, line, previous, channels)
        out[y] = row
        previous = row
    return out.reshape(height, width, channels)


def _average_or_paeth(kind: int, line: np.ndarray, above: np.ndarray, bpp: int) -> np.ndarray:
    row = [0] * len(line)
    up = above.tolist()
    for i, value in enumerate(line.tolist()):
        left = row[i - bpp] if i >= bpp else 0
        if kind == 3:
            row[i] = (value + (left + up[i]) // 2) % 256
            continue
        corner = up[i - bpp] if i >= bpp else 0
        p = left + up[i] - corner
        pa, pb, pc = abs(p - left), abs(p - up[i]), abs(p - corner)
        pred = left if pa <= pb and pa <= pc else up[i] if pb <= pc else corner
        row[i] = (value + pred) % 256
    return np.array(row, dtype=np.uint8)
