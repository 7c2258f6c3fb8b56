#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads the PKS sheet of the report's workbook back with openpyxl and compares it with
what `dukcapil-cli pks list --format csv` prints for the same date: every agreement in
the same order, its institution, number, dates (real dates), access mechanism and status
in the workbook's Indonesian words, the headings, and the page set-up.

Usage: check-pks-xlsx.py WORKBOOK.xlsx LIST.csv [ROW:COLUMN=VALUE...]
Exits 0 when everything matches, 1 with a message per difference otherwise."""
import csv
import datetime
import sys

import openpyxl

errors = []


def expect(what, got, want):
    if got != want:
        errors.append(f"{what}: got {got!r}, expected {want!r}")
        print("FAIL:", errors[-1])


HEADERS = ["No", "Lembaga Pengguna", "Jenis", "Nomor PKS", "Nomor Pihak Lembaga", "Tanggal Ditandatangani",
           "Berakhir", "Sisa Hari", "Mekanisme Akses", "IP Address", "Sertifikat Keamanan", "Sertifikat Berakhir",
           "Akses", "Status", "Langkah SOP", "Terlambat (Hari Kerja)"]
MECHANISMS = {"card-reader": "Card reader", "web-service": "Web service", "web-portal": "Web portal"}
STATUSES = {"diajukan": "Akses diajukan", "aktif": "Aktif", "dimatikan": "Berlaku, akses dimatikan",
            "harus-dimatikan": "Berakhir: matikan akses", "kedaluwarsa": "Berakhir, menunggu perpanjangan",
            "berakhir": "Kerja sama berakhir"}
HEADER_ROW = 4

book = openpyxl.load_workbook(sys.argv[1])
if "PKS" not in book.sheetnames:
    print("FAIL: no PKS sheet among", book.sheetnames)
    sys.exit(1)
ws = book["PKS"]
expect("title", ws["A1"].value, "Perjanjian Kerja Sama Pemanfaatan Data Kependudukan")
expect("headings", [c.value for c in ws[HEADER_ROW]], HEADERS)
expect("paper", ws.page_setup.paperSize, 9)
expect("orientation", ws.page_setup.orientation, "landscape")
expect("frozen", ws.freeze_panes, "A5")

with open(sys.argv[2], newline="", encoding="utf-8") as fh:
    rows = list(csv.DictReader(fh))
for i, r in enumerate(rows):
    row = HEADER_ROW + 1 + i
    cells = [c.value for c in ws[row]]
    expect(f"row {row} no", cells[0], i + 1)
    expect(f"row {row} lembaga", cells[1], r["lembaga"])
    expect(f"row {row} nomor", cells[3], r["nomor"])
    expect(f"row {row} mulai", cells[5], datetime.datetime.fromisoformat(r["mulai"]))
    expect(f"row {row} berakhir", cells[6], datetime.datetime.fromisoformat(r["berakhir"]))
    expect(f"row {row} mekanisme", cells[8], MECHANISMS[r["akses"]])
    expect(f"row {row} status", cells[13], STATUSES[r["status"]])
    expect(f"row {row} number format", ws.cell(row, 6).number_format, "dd/mm/yyyy")
expect("rows", ws.max_row, HEADER_ROW + len(rows))
for spec in sys.argv[3:]:
    where, want = spec.split("=", 1)
    r, c = where.split(":")
    got = ws.cell(int(r), int(c)).value
    expect(f"cell {where}", str(got), want)

if errors:
    sys.exit(1)
print("the PKS sheet matches")
