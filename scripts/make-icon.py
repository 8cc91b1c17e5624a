#!/usr/bin/env python3
"""Draws the app icon (a compass needle on a harbour-teal disc) as an RGBA PNG, with no dependencies.
Run once when the design changes: scripts/make-icon.py src-tauri/icons/icon.png"""
import math, struct, sys, zlib

SIZE = 256

def pixel(x, y):
    cx = cy = SIZE / 2
    dx, dy = x + 0.5 - cx, y + 0.5 - cy
    r = math.hypot(dx, dy)
    if r > 120:
        return (0, 0, 0, 0)
    edge = max(0.0, min(1.0, 120 - r))  # 1px anti-aliased rim
    # A needle: a diamond pointing north-east, north half red, south half white.
    u = (dx + dy) / math.sqrt(2)   # across the needle
    v = (dx - dy) / math.sqrt(2)   # along the needle (north-east positive)
    inside = abs(u) / 22 + abs(v) / 88 <= 1
    if inside:
        rgb = (226, 72, 60) if v > 0 else (250, 250, 247)
    elif 96 <= r <= 104:
        rgb = (250, 250, 247)
    else:
        rgb = (14, 116, 128)
    return (*rgb, int(255 * edge))

def png(path):
    raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(SIZE)) for y in range(SIZE))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

if __name__ == "__main__":
    png(sys.argv[1] if len(sys.argv) > 1 else "icon.png")
