#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Registers the regions of a generated IKD file (../shared/bench-peers/gen_ikd.py) in a
Dukcapil database, so that the file can be imported: its codes are synthetic, so the
region registry has to hold them, with their kecamatan, kabupaten/kota and province.
Where a generated code is a real one, the registry takes the file's name for it. The
registry's own kecamatan and desa that the file does not name are taken out, so that
the database holds as many regions as a real one whose file names real desa (about
91,600), not the real ones and the synthetic ones together.

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
        # a code the registry has takes the file's name: an office's file names its desa
        # as the registry does
        con.executemany("INSERT INTO region (kode, nama, tingkat, induk) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT (kode) DO UPDATE SET nama = excluded.nama "
                        "WHERE excluded.tingkat = 'desa'", rows)
        con.execute("CREATE TEMP TABLE named (kode TEXT PRIMARY KEY) WITHOUT ROWID")
        con.executemany("INSERT INTO named VALUES (?)", [(r[0],) for r in rows])
        con.execute("DELETE FROM region WHERE tingkat = 'desa' AND kode NOT IN (SELECT kode FROM named)")
        con.execute("DELETE FROM region WHERE tingkat = 'kecamatan' AND kode NOT IN (SELECT kode FROM named)")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
