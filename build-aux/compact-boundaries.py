#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turn the boundary GeoJSON files into the compact, pre-projected form the program ships.

    build-aux/compact-boundaries.py SOURCE_DIR OUTPUT_DIR

SOURCE_DIR holds 13_kabkota.geojson, 13_kecamatan.geojson, id_kabkota.geojson and
id_provinsi.geojson (RFC 7946, [lng, lat], Polygon or MultiPolygon, a `kode`, `nama`, `lat` and `lng` per feature).
Each becomes OUTPUT_DIR/<name>.dkb, read by src/core/map/dk-boundary.c:

    "DKB1", u32 feature count, then per feature:
      u8 length + kode, u16 length + nama (UTF-8),
      varint ring count, per ring: varint point count, then the points,
    everything little endian. Points are Mercator (x = longitude in radians,
    y = ln tan(pi/4 + latitude/2)) in millionths, stored as zigzag varint differences
    from the previous point of the feature (the first from the label point, which opens
    the feature as two zigzag varints). Mercator keeps shapes right on both sides of the
    equator; the renderer fits it to the region shown. Outer rings run counter-clockwise
    and holes clockwise. Rounding to 1e-6 (about 6 m) keeps
    shared borders identical on both sides, and repeated points are dropped.

Only the standard library is used.
"""
import json
import math
import os
import struct
import sys

LAYERS = ["id_provinsi", "id_kabkota", "13_kabkota", "13_kecamatan"]


def project(lng, lat):
    x = math.radians(lng)
    y = math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))
    return round(x * 1e6), round(y * 1e6)


def varint(n, out):
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return


def zigzag(n):
    return (n << 1) if n >= 0 else ((-n << 1) - 1)


def signed_area(pts):
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]))


def encode(features):
    out = bytearray(b"DKB1")
    out += struct.pack("<I", len(features))
    for f in sorted(features, key=lambda f: f["properties"]["kode"]):
        props = f["properties"]
        kode = props["kode"].encode()
        nama = props["nama"].encode()
        out += struct.pack("<B", len(kode)) + kode
        out += struct.pack("<H", len(nama)) + nama
        lx, ly = project(props["lng"], props["lat"])
        varint(zigzag(lx), out)
        varint(zigzag(ly), out)
        rings = []
        geometry = f["geometry"]
        polygons = geometry["coordinates"]
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            for index, ring in enumerate(polygon):
                pts = []
                for lng, lat in ring:
                    p = project(lng, lat)
                    if not pts or pts[-1] != p:
                        pts.append(p)
                if len(pts) > 1 and pts[0] == pts[-1]:
                    pts.pop()  # closed by the reader
                if len(pts) >= 3:
                    # outer rings counter-clockwise, holes clockwise (RFC 7946), whatever
                    # the source did: the renderer may then fill several regions at once by
                    # the non-zero rule and an enclave stays a hole
                    if (signed_area(pts) > 0) != (index == 0):
                        pts.reverse()
                    rings.append(pts)
        varint(len(rings), out)
        px, py = lx, ly
        for pts in rings:
            varint(len(pts), out)
            for x, y in pts:
                varint(zigzag(x - px), out)
                varint(zigzag(y - py), out)
                px, py = x, y
    return bytes(out)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, output = sys.argv[1:]
    os.makedirs(output, exist_ok=True)
    for name in LAYERS:
        with open(os.path.join(source, name + ".geojson"), encoding="utf-8") as f:
            data = json.load(f)
        blob = encode(data["features"])
        with open(os.path.join(output, name + ".dkb"), "wb") as f:
            f.write(blob)
        print(f"{name}: {len(data['features'])} features, {len(blob)} bytes")


if __name__ == "__main__":
    main()
