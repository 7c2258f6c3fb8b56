#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a report workbook written by `dukcapil-cli export` back with an independent
reader (openpyxl; and LibreOffice headless when installed) and compares every cell with
the database, read directly (with sqlite3 from a file, with psql from a PostgreSQL
server), the formulas' results included.

The Anggaran sheet is compared with what `dukcapil-cli budget --format csv` prints.

Usage: check-xlsx.py WORKBOOK.xlsx DATABASE [DUKCAPIL-CLI]
DATABASE is a file or a libpq connection string, as dukcapil-cli --db takes.
Exits 0 when everything matches, 1 with a message per difference otherwise."""
import csv
import glob
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

import openpyxl

errors = []


def fail(msg):
    errors.append(msg)
    print("FAIL:", msg)


def expect(what, got, want):
    if got != want:
        fail(f"{what}: got {got!r}, expected {want!r}")


def near(what, got, want, eps=1e-9):
    if got is None or abs(got - want) > eps:
        fail(f"{what}: got {got!r}, expected {want!r}")


class ServerDatabase:
    """The few calls of sqlite3's connection used here, on a PostgreSQL database through psql:
    each row as a line of JSON, so that numbers stay numbers and text stays text."""

    class Result:
        def __init__(self, rows):
            self.rows = rows

        def fetchone(self):
            return self.rows[0] if self.rows else None

        def fetchall(self):
            return self.rows

        def __iter__(self):
            return iter(self.rows)

    def __init__(self, address):
        self.address = address

    def execute(self, sql, params=()):
        # each ? a psql variable, quoted as a literal by psql itself
        n = iter(range(1, len(params) + 1))
        sql = re.sub(r"\?", lambda m: f":'p{next(n)}'", sql)
        argv = ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", self.address]
        for i, value in enumerate(params, 1):
            argv += ["-v", f"p{i}={value}"]
        query = f"SELECT to_json(q) FROM ({sql}) q;\n"
        out = subprocess.run(argv, input=query, check=True, capture_output=True, text=True).stdout
        return self.Result([json.loads(line, object_pairs_hook=lambda pairs: tuple(v for _, v in pairs))
                            for line in out.splitlines() if line])


def is_server_address(address):
    """As dk_store_is_server_address(): a URI, or libpq's key=value pairs."""
    return address.startswith(("postgresql://", "postgres://")) or \
        re.match(r" *[a-z][a-z_]* *=", address) is not None


def report_name(nama, tingkat):
    if tingkat == "kabkota" and nama.startswith("Kabupaten "):
        nama = nama[len("Kabupaten "):]
    return nama.upper()


def expected_ikd(db):
    per, = db.execute("SELECT per FROM ikd_snapshot ORDER BY per DESC LIMIT 1").fetchone()
    rows = db.execute(
        "SELECT r.kode, r.nama, r.tingkat, v.rekam_dinamis, v.jumlah_ikd FROM ikd_value v "
        "JOIN ikd_snapshot s ON s.id = v.snapshot_id JOIN region r ON r.kode = v.kode "
        "WHERE s.per = ? AND r.induk = '13' ORDER BY r.kode", (per,)).fetchall()
    return per, [(k, report_name(n, t), rk, ik) for k, n, t, rk, ik in rows]


def expected_m2m(db):
    per, = db.execute("SELECT per FROM m2m_snapshot ORDER BY per DESC LIMIT 1").fetchone()
    rows = db.execute(
        "SELECT r.kode, r.nama, r.tingkat, v.perangkat, v.aktif FROM m2m_value v "
        "JOIN m2m_snapshot s ON s.id = v.snapshot_id JOIN region r ON r.kode = v.kode "
        "WHERE s.per = ? AND r.induk = '13' ORDER BY r.kode", (per,)).fetchall()
    return per, [(k, report_name(n, t), d, a) for k, n, t, d, a in rows]


def check_layout(ws, header_row, last_col_letter):
    expect(f"{ws.title} frozen header", ws.freeze_panes, f"A{header_row + 1}")
    expect(f"{ws.title} rows repeated in print", ws.print_title_rows, f"${header_row}:${header_row}")
    expect(f"{ws.title} paper", ws.page_setup.paperSize, 9)
    # fitToWidth is 1 when absent (its default in the file format)
    expect(f"{ws.title} fit to width", (ws.page_setup.fitToWidth or 1, ws.page_setup.fitToHeight), (1, 0))
    if not ws.sheet_properties.pageSetUpPr.fitToPage:
        fail(f"{ws.title}: not fitted to the page")


def check_ikd(wb, wbv, db):
    per, rows = expected_ikd(db)
    ws, wv = wb["IKD"], wbv["IKD"]
    expect("IKD title", ws["A1"].value,
           "Capaian Aktivasi Identitas Kependudukan Digital (IKD) Provinsi Sumatera Barat")
    headings = [ws.cell(3, c).value for c in range(1, 7)]
    expect("IKD headings", headings, ["NO", "WILAYAH", "KODE", "REKAM DINAMIS", "JUMLAH IKD", "PERSEN IKD"])
    check_layout(ws, 3, "F")
    last = 4 + len(rows)
    # the province row first, its sums and percentage as formulas
    sum_rk = sum(r[2] for r in rows)
    sum_ik = sum(r[3] for r in rows)
    expect("IKD province name", wv["B4"].value, "SUMATERA BARAT")
    expect("IKD province code", wv["C4"].value, "13")
    expect("IKD D4 formula", ws["D4"].value, f"=SUM(D5:D{last})")
    expect("IKD E4 formula", ws["E4"].value, f"=SUM(E5:E{last})")
    expect("IKD D4 value", wv["D4"].value, sum_rk)
    expect("IKD E4 value", wv["E4"].value, sum_ik)
    n_parts, = db.execute("SELECT count(*) FROM region WHERE induk = '13' AND tingkat = 'kabkota'").fetchone()
    notes = [ws.cell(r, 1).value or "" for r in range(last + 1, last + 5)]
    if len(rows) < n_parts:
        # a partial total: no percentage of the province's, and a note under the table
        expect("IKD F4 (partial)", wv["F4"].value, None)
        want = f"baru {len(rows)} dari {n_parts} kabupaten/kota yang melapor; baris SUMATERA BARAT"
        if not any(want in n for n in notes):
            fail(f"IKD: no note of the partial total under the table ({notes!r})")
    else:
        near("IKD F4 value", wv["F4"].value, 100.0 * sum_ik / sum_rk)
        expect("IKD F4 rounded", round(wv["F4"].value, 2),
               11.93 if per == "2025-12-31" else round(100.0 * sum_ik / sum_rk, 2))
        if any("yang melapor" in n for n in notes):
            fail("IKD: a note of a partial total under a whole one")
    for i, (kode, name, rk, ik) in enumerate(rows):
        r = 5 + i
        expect(f"IKD A{r}", wv[f"A{r}"].value, i + 1)
        expect(f"IKD B{r}", wv[f"B{r}"].value, name)
        expect(f"IKD C{r} (text)", (wv[f"C{r}"].value, wv[f"C{r}"].data_type), (kode, "s"))
        expect(f"IKD D{r}", wv[f"D{r}"].value, rk)
        expect(f"IKD E{r}", wv[f"E{r}"].value, ik)
        expect(f"IKD F{r} formula", ws[f"F{r}"].value, f"=IF(D{r}=0,0,E{r}/D{r}*100)")
        near(f"IKD F{r} value", wv[f"F{r}"].value, 100.0 * ik / rk if rk else 0)
        expect(f"IKD D{r} format", ws[f"D{r}"].number_format, "#,##0")
        expect(f"IKD F{r} format", ws[f"F{r}"].number_format, "0.00")
    if len(ws._charts) != 1:
        fail(f"IKD: {len(ws._charts)} charts, expected 1")
    return len(rows)


def check_ikd_map(path):
    """The IKD sheet (the first) carries the map as a PNG picture in its drawing."""
    import posixpath
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        rels = z.read("xl/worksheets/_rels/sheet1.xml.rels").decode()
        drawing = re.search(r'Target="\.\./drawings/([^"]+)"', rels)
        if not drawing:
            fail("IKD: no drawing")
            return
        xml = z.read("xl/drawings/" + drawing.group(1)).decode()
        if "<xdr:pic>" not in xml or "Peta capaian aktivasi IKD" not in xml:
            fail("IKD: no map picture in the drawing")
        drels = z.read(posixpath.join("xl/drawings/_rels", drawing.group(1) + ".rels")).decode()
        image = re.search(r'Target="\.\./media/([^"]+\.png)"', drels)
        if not image or not z.read("xl/media/" + image.group(1)).startswith(b"\x89PNG"):
            fail("IKD: the map picture is not a PNG")


def check_m2m(wb, wbv, db):
    per, rows = expected_m2m(db)
    ws, wv = wb["M2M"], wbv["M2M"]
    headings = [ws.cell(3, c).value for c in range(1, 6)]
    expect("M2M headings", headings, ["No.", "Kode", "Wilayah", "Jumlah Perangkat M2M", "Jumlah M2M Aktif"])
    check_layout(ws, 3, "E")
    for i, (kode, name, d, a) in enumerate(rows):
        r = 4 + i
        expect(f"M2M A{r}", wv[f"A{r}"].value, i + 1)
        expect(f"M2M B{r}", wv[f"B{r}"].value, kode.replace(".", ""))
        expect(f"M2M C{r}", wv[f"C{r}"].value, name.title())
        expect(f"M2M D{r}", wv[f"D{r}"].value, d)
        expect(f"M2M E{r}", wv[f"E{r}"].value, a)
        expect(f"M2M D{r} format", ws[f"D{r}"].number_format, '#,##0;-#,##0;"-"')
    t = 4 + len(rows)
    expect("M2M total label", wv[f"C{t}"].value, "Total")
    expect("M2M total formula", ws[f"D{t}"].value, f"=SUM(D4:D{t - 1})")
    expect("M2M total devices", wv[f"D{t}"].value, sum(r[2] for r in rows))
    expect("M2M total active", wv[f"E{t}"].value, sum(r[3] for r in rows))
    if len(ws._charts) != 1:
        fail(f"M2M: {len(ws._charts)} charts, expected 1")
    return len(rows)


def cli_budget(cli, db_path, year, activity):
    out = subprocess.run([cli, "--db", db_path, "budget", "--year", str(year), "--activity", activity,
                          "--format", "csv"], check=True, capture_output=True, text=True,
                         env=dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")).stdout
    return list(csv.DictReader(out.splitlines()))


def kode_of(i, codes):
    return codes[i]


def parent_of(kode, codes):
    """The longest other line code that kode lies under, else the activity (codes[0])."""
    under = [o for o in codes[1:] if kode.startswith(o + ".")]
    return max(under, key=len) if under else codes[0]


def check_budget(wb, wbv, db, db_path, cli):
    ws, wv = wb["Anggaran"], wbv["Anggaran"]
    year, = db.execute("SELECT max(tahun) FROM anggaran_tahun").fetchone()
    codes = [k for k, in db.execute("SELECT kode FROM anggaran_kegiatan WHERE tahun = ?", (year,))]
    codes.sort(key=lambda k: [int(p) for p in k.split(".")])
    check_layout(ws, 3, "G")
    top = 1
    n = 0
    for activity in codes:
        rows = cli_budget(cli, db_path, year, activity)
        expect(f"Anggaran title of {activity}", (ws.cell(top, 1).value or "").split(" ")[4], activity)
        expect(f"Anggaran subtitle of {activity}", (ws.cell(top + 1, 1).value or "").startswith(f"Tahun Anggaran {year}"), True)
        headings = [ws.cell(top + 2, c).value for c in range(1, 8)]
        expect("Anggaran headings", headings,
               ["Kode Rekening", "Uraian", "Jumlah Anggaran", "Realisasi", "%", "Sisa Pagu Anggaran", "%"])
        # the activity itself first, then its lines in hierarchy order, as the CLI prints them
        codes_in_sheet = [r["kode_rekening"] for r in rows]
        for i, line in enumerate(rows):
            r = top + 3 + i
            anggaran = int(line["anggaran"])
            what = f"Anggaran row {r} ({line['kode_rekening']})"
            expect(f"{what} code (text)", (wv.cell(r, 1).value, wv.cell(r, 1).data_type), (line["kode_rekening"], "s"))
            expect(f"{what} uraian", wv.cell(r, 2).value, line["uraian"])
            expect(f"{what} anggaran", wv.cell(r, 3).value, anggaran)
            expect(f"{what} realisasi", wv.cell(r, 4).value, int(line["realisasi"]))
            expect(f"{what} persen", f"{wv.cell(r, 5).value + 1e-9:.2f}", line["persen"])
            expect(f"{what} sisa", wv.cell(r, 6).value, int(line["sisa"]))
            expect(f"{what} persen sisa", f"{wv.cell(r, 7).value + 1e-9:.2f}", line["persen_sisa"])
            expect(f"{what} format", ws.cell(r, 3).number_format, "#,##0")
            expect(f"{what} persen formula", ws.cell(r, 5).value, f"=IF(C{r}=0,0,D{r}/C{r}*100)")
            # a parent: a live sum of the rows of its children, printed bold
            children = [j for j in range(1, len(rows)) if parent_of(codes_in_sheet[j], codes_in_sheet) == kode_of(i, codes_in_sheet)]
            if children:
                want = "=SUM(" + ",".join(f"C{top + 3 + j}" for j in children) + ")"
                expect(f"{what} sum formula", ws.cell(r, 3).value, want)
                expect(f"{what} bold", ws.cell(r, 1).font.b, True)
            else:
                expect(f"{what} leaf is a number", ws.cell(r, 3).data_type, "n")
        n += len(rows)
        top += 3 + len(rows) + 2
    if len(ws._charts) != len(codes):
        fail(f"Anggaran: {len(ws._charts)} charts, expected {len(codes)}")
    return n


def check_with_libreoffice(path, db):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("# LibreOffice is not installed: skipping the second reader")
        return
    out = tempfile.mkdtemp(prefix="dukcapil-lo-")
    profile = tempfile.mkdtemp(prefix="dukcapil-lo-profile-")
    try:
        # all sheets, one CSV each (sheet -1), UTF-8, comma separated, cells as shown
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                        "--outdir", out, path], check=True, capture_output=True, timeout=180)
        files = sorted(glob.glob(os.path.join(out, "*.csv")))
        sheets = {}
        for f in files:
            with open(f, newline="", encoding="utf-8") as fh:
                sheets[f.rsplit("-", 1)[-1][:-4]] = list(csv.reader(fh))
        _, ikd = expected_ikd(db)
        rows = sheets.get("IKD")
        if rows is None:
            fail(f"LibreOffice: no IKD sheet among {files}")
            return
        for i, (kode, name, rk, ik) in enumerate(ikd):
            line = rows[4 + i]
            expect(f"LibreOffice IKD row {5 + i}", (line[1], line[2]), (name, kode))
            # formatted as the sheet shows it: thousands separators, two decimals
            expect(f"LibreOffice IKD D{5 + i}", line[3].replace(",", ""), str(rk))
            expect(f"LibreOffice IKD F{5 + i}", line[5], f"{100.0 * ik / rk:.2f}")
        province = rows[3]
        expect("LibreOffice IKD province total", province[3].replace(",", ""), str(sum(r[2] for r in ikd)))
        _, m2m = expected_m2m(db)
        rows = sheets.get("M2M")
        t = 3 + len(m2m)
        expect("LibreOffice M2M total", rows[t][3], str(sum(r[2] for r in m2m)))
        expect("LibreOffice M2M code as text", rows[3][1], m2m[0][0].replace(".", ""))
        expect("LibreOffice M2M zero as dash", rows[3][3], "-" if m2m[0][2] == 0 else str(m2m[0][2]))
        rows = sheets.get("Anggaran")
        budget = db.execute("SELECT count(*) FROM anggaran_kegiatan").fetchone()[0]
        if budget and rows is None:
            fail(f"LibreOffice: no Anggaran sheet among {files}")
        elif budget:
            # the activity's row: its sums recalculated by LibreOffice, written as the sheet shows them
            activity = rows[3]
            year, = db.execute("SELECT max(tahun) FROM anggaran_tahun").fetchone()
            leaves = db.execute(
                "SELECT sum(n.anggaran) FROM anggaran_nilai n JOIN anggaran_dpa d ON d.id = n.dpa_id "
                "JOIN anggaran_kegiatan k ON k.id = d.kegiatan_id WHERE k.tahun = ? AND k.kode = ? AND "
                "d.nomor = (SELECT max(nomor) FROM anggaran_dpa WHERE kegiatan_id = k.id)",
                (year, activity[0])).fetchone()[0]
            expect("LibreOffice Anggaran activity total", activity[2].replace(",", ""), str(leaves))
            dash = [r for r in rows[3:] if len(r) > 5 and r[5] == "-"]
            expect("LibreOffice Anggaran nothing left as dash", len(dash) > 0 or all(r[5] != "0" for r in rows[3:] if len(r) > 5), True)
        print("# LibreOffice read the workbook and agrees")
    finally:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)


def main():
    path, db_path = sys.argv[1], sys.argv[2]
    db = ServerDatabase(db_path) if is_server_address(db_path) else sqlite3.connect(db_path)
    wb = openpyxl.load_workbook(path)
    wbv = openpyxl.load_workbook(path, data_only=True)
    expect("sheets", wb.sheetnames[:3], ["IKD", "M2M", "Anggaran"])
    expect("author", wb.properties.creator, "Dinas Kependudukan dan Pencatatan Sipil Provinsi Sumatera Barat")
    if not (wb.properties.title or "").startswith("Laporan Tahunan"):
        fail(f"title: {wb.properties.title!r}")
    n_ikd = check_ikd(wb, wbv, db)
    check_ikd_map(path)
    n_m2m = check_m2m(wb, wbv, db)
    n_budget = check_budget(wb, wbv, db, sys.argv[2], sys.argv[3]) if len(sys.argv) > 3 else 0
    check_with_libreoffice(path, db)
    if errors:
        print(f"{len(errors)} differences")
        sys.exit(1)
    print(f"# workbook matches the database: IKD {n_ikd} rows, M2M {n_m2m} rows, Anggaran {n_budget} rows")


if __name__ == "__main__":
    main()
