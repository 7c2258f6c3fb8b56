#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a blangko workbook written by `dukcapil-cli blangko` back with openpyxl and
compares it with what the same command prints as CSV: every cell, the merged headings of
the agreed 14-column layout, the signature block and the page set-up.

Usage: check-blangko-xlsx.py usage WORKBOOK.xlsx REPORT.csv OFFICE YYYY-MM SIGNATURE-LINE...
       check-blangko-xlsx.py plan WORKBOOK.xlsx PLAN.csv TOTAL
Exits 0 when everything matches, 1 with a message per difference otherwise."""
import calendar
import csv
import sys

import openpyxl

errors = []


def expect(what, got, want):
    if got != want:
        errors.append(f"{what}: got {got!r}, expected {want!r}")
        print("FAIL:", errors[-1])


MONTHS = ["JANUARI", "FEBRUARI", "MARET", "APRIL", "MEI", "JUNI", "JULI", "AGUSTUS", "SEPTEMBER",
          "OKTOBER", "NOVEMBER", "DESEMBER"]

# The agreed layout: (cell, text) of every heading, and the merged ranges
HEADINGS = {
    "A6": "Tanggal", "B6": "Masuk", "D6": "Saldo Blangko KTP-el (Keping)", "E6": "Keluar (Keping)",
    "H6": "Penggunaan (Keping)", "M6": "Sisa Blangko KTP-el", "N6": "Ket",
    "B7": "Berita Acara Serah Terima Pusat/Provinsi/Kab/Kota dengan Kab/Kota", "C7": "Jumlah (Keping)",
    "E7": "Pemakaian (Keping)", "F7": "Pinjam Pakai", "H7": "Cetak KTP-el", "L7": "Rusak/Invalid",
    "F8": "Berita Acara Pinjam Pakai dengan Kab/Kota lain", "G8": "Jumlah (Keping)", "H8": "Baru",
    "I8": "Hilang", "J8": "Rusak", "K8": "Perubahan Data",
}
HEADING_MERGES = {"A1:N1", "A6:A8", "B6:C6", "D6:D8", "E6:G6", "H6:L6", "M6:M8", "N6:N8", "B7:B8", "C7:C8",
                  "E7:E8", "F7:G7", "H7:K7", "L7:L8"}


def check_usage(path, csv_path, office, month, signature):
    wb = openpyxl.load_workbook(path)
    ws = wb["Laporan"]
    year, mon = int(month[:4]), int(month[5:])
    days = calendar.monthrange(year, mon)[1]
    expect("title", ws["A1"].value, "LAPORAN PENGGUNAAN BLANGKO KTP-EL")
    expect("office", ws["A3"].value, f"KABUPATEN/KOTA : {office}")
    expect("month", ws["A4"].value, f"BULAN : {MONTHS[mon - 1]} {year}")
    for cell, text in HEADINGS.items():
        expect(f"heading {cell}", ws[cell].value, text)
    merges = {str(r) for r in ws.merged_cells.ranges}
    for m in HEADING_MERGES:
        if m not in merges:
            errors.append(f"heading {m} is not merged")
            print("FAIL:", errors[-1])
    expect("numbering row", [ws.cell(9, c).value for c in range(1, 15)], list(range(1, 15)))

    with open(csv_path, newline="", encoding="utf-8") as f:
        rows = {r["tanggal"]: r for r in csv.DictReader(f)}
    fields = ["nomor_masuk", "masuk", "saldo", "pemakaian", "nomor_pinjam", "pinjam", "cetak_baru",
              "cetak_hilang", "cetak_rusak", "cetak_perubahan_data", "rusak_invalid", "sisa", "ket"]
    for day in range(1, days + 1):
        r = 9 + day
        expect(f"row {r} day", ws.cell(r, 1).value, day)
        got = [ws.cell(r, c).value for c in range(2, 15)]
        want = rows.pop(f"{month}-{day:02d}", None)
        if want is None:
            expect(f"row {r} (no entry)", got, [None] * 13)
            continue
        want = [want[k] if k in ("nomor_masuk", "nomor_pinjam", "ket") else int(want[k]) for k in fields]
        want = [None if v == "" else v for v in want]
        expect(f"row {r}", got, want)
    expect("days left over", rows, {})
    expect("nothing after the last day", ws.cell(9 + days + 1, 1).value, None)

    # the signature block, centred over J … N, under the table
    found = [ws.cell(r, 10).value for r in range(9 + days + 1, ws.max_row + 1) if ws.cell(r, 10).value is not None]
    expect("signature block", found, signature)
    for r in range(9 + days + 1, ws.max_row + 1):
        if ws.cell(r, 10).value is not None:
            expect(f"signature row {r} merged", f"J{r}:N{r}" in merges, True)

    expect("paper", ws.page_setup.paperSize, 9)
    expect("orientation", ws.page_setup.orientation, "landscape")
    expect("headings repeated in print", ws.print_title_rows, "$6:$9")
    expect("frozen", ws.freeze_panes, "B10")


def check_plan(path, csv_path, total):
    wb = openpyxl.load_workbook(path)
    ws = wb["Rencana Pembagian"]
    expect("title", ws["A1"].value, "RENCANA PEMBAGIAN BLANGKO KTP-EL KE KABUPATEN/KOTA")
    expect("heading kode", ws["B5"].value, "Kode")
    expect("heading share", ws["N5"].value, "Rencana Pembagian (Keping)")
    with open(csv_path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for i, want in enumerate(rows):
        r = 6 + i
        expect(f"row {r} number", ws.cell(r, 1).value, i + 1)
        expect(f"row {r} kode", ws.cell(r, 2).value, want["kode"])
        expect(f"row {r} wilayah", ws.cell(r, 3).value, want["wilayah"])
        expect(f"row {r} rank", ws.cell(r, 13).value, int(want["peringkat"]))
        expect(f"row {r} weight", ws.cell(r, 11).value, int(want["bobot"]))
        expect(f"row {r} cap", ws.cell(r, 12).value, int(want["batas"]) if want["batas"] else None)
        expect(f"row {r} share", ws.cell(r, 14).value, int(want["keping"]))
        if want["sisa"]:
            expect(f"row {r} sisa", ws.cell(r, 4).value, int(want["sisa"]))
            expect(f"row {r} prr", ws.cell(r, 8).value, int(want["prr"]))
        if not ws.cell(r, 15).value:
            errors.append(f"row {r}: no reason")
    total_row = 6 + len(rows)
    expect("total label", ws.cell(total_row, 1).value, "JUMLAH")
    expect("total formula", ws.cell(total_row, 14).value, f"=SUM(N6:N{total_row - 1})")
    expect("shares sum", sum(int(w["keping"]) for w in rows), int(total))
    merges = {str(r) for r in ws.merged_cells.ranges}
    expect("title merged", "A1:O1" in merges, True)


if sys.argv[1] == "usage":
    check_usage(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6:])
else:
    check_plan(sys.argv[2], sys.argv[3], sys.argv[4])
sys.exit(1 if errors else 0)
