#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Registers the regions of a generated IKD file (../shared/bench-peers/gen_ikd.py) in a
Dukcapil database, so that the file can be imported: its codes are synthetic, so the
region registry has to hold them, with their kecamatan, kabupaten/kota and province.

Usage: prepare-import.py DB IKD_CSV   (DB created by dukcapil-cli beforehand)"""
import csv
import sqlite3
import sys


def main():
    db, path = sys.argv[1], sys.argv[2]
    rows = []
    seen = set()
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            parts = r["kode"].split(".")
            for depth, level in ((1, "provinsi"), (2, "kabkota"), (3, "kecamatan")):
                code = ".".join(parts[:depth])
                if code not in seen:
                    seen.add(code)
                    rows.append((code, f"Wilayah {code}", level, ".".join(parts[:depth - 1]) or None))
            rows.append((r["kode"], r["wilayah"], "desa", ".".join(parts[:3])))
    con = sqlite3.connect(db)
    with con:
        con.executemany("INSERT OR IGNORE INTO region (kode, nama, tingkat, induk) VALUES (?, ?, ?, ?)", rows)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


if __name__ == "__main__":
    main()
