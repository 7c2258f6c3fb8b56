#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the benchmarks of bench/ and writes bench/RESULTS.md.

Usage (from bench/run.sh, under Xvfb): bench.py BUILD_DIR [--runs N]
Every figure is compared in the same run with its baseline or peer; the script exits 1
when a target is missed.
"""
import argparse
import datetime
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WILAYAH = os.path.join(ROOT, "..", "shared", "data", "wilayah", "wilayah.csv")
PEERS = os.path.join(ROOT, "..", "shared", "bench-peers")
DEBIAN_PYTHON = "/usr/bin/python3"   # where python3-xlsxwriter is installed


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    versions = {}
    for pkg in ("gtk4", "libadwaita-1", "glib-2.0", "cairo", "pango", "sqlite3"):
        try:
            versions[pkg] = subprocess.run(["pkg-config", "--modversion", pkg], capture_output=True,
                                           text=True).stdout.strip()
        except OSError:
            versions[pkg] = "?"
    # libxlsxwriter's pkg-config version is its soname: ask the package instead
    versions["libxlsxwriter"] = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "libxlsxwriter-dev"],
                                               capture_output=True, text=True).stdout.strip() or "?"
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return cpu, os.cpu_count(), mem, platform.release(), versions


def first_frame(cmd, env):
    """Starts cmd, returns (seconds to its first frame, peak RSS in MiB)."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    m = re.search(r"first-frame (\d+)", out)
    if os.waitstatus_to_exitcode(status) != 0 or not m:
        raise RuntimeError(f"{cmd[0]} did not report its first frame (status {status})")
    return int(m.group(1)) / 1e6 - t0, ru.ru_maxrss / 1024


def national_db(build, path):
    """A database with the whole country's registry (every new database has it) and an IKD
    figure for each of its 83,762 desa/kelurahan, as of 30 June 2026."""
    subprocess.run([os.path.join(build, "src", "cli", "dukcapil-cli"), "--db", path, "ikd"],
                   check=True, stdout=subprocess.DEVNULL)
    con = sqlite3.connect(path)
    with con:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("INSERT INTO ikd_snapshot (per, sumber) VALUES ('2026-06-30', 'bench')")
        con.execute("INSERT INTO ikd_value (snapshot_id, kode, rekam_dinamis, jumlah_ikd) "
                    "SELECT (SELECT id FROM ikd_snapshot WHERE per = '2026-06-30'), kode, "
                    "1000 + (abs(random()) % 9000), 0 FROM region WHERE tingkat = 'desa'")
        con.execute("UPDATE ikd_value SET jumlah_ikd = rekam_dinamis * (100 + abs(random()) % 300) / 1000 "
                    "WHERE snapshot_id = (SELECT id FROM ikd_snapshot WHERE per = '2026-06-30')")
    n = con.execute("SELECT count(*) FROM ikd_value v JOIN region r ON r.kode = v.kode "
                    "WHERE r.tingkat = 'desa'").fetchone()[0]
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return n


def bench_startup(build, runs, results, national=False):
    tmp = tempfile.mkdtemp(prefix="dukcapil-bench-")
    db = os.path.join(tmp, "bench.db")
    env = dict(os.environ, GSETTINGS_BACKEND="memory", GTK_A11Y="none",
               GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"),
               DUKCAPIL_LOCALEDIR=os.path.join(build, "po"), DUKCAPIL_BENCH_FIRST_FRAME="1")
    # create and seed the database once: the benchmark measures opening it
    if national:
        n_desa = national_db(build, db)
    else:
        subprocess.run([os.path.join(build, "src", "cli", "dukcapil-cli"), "--db", db, "ikd"],
                       check=True, stdout=subprocess.DEVNULL)
    app = [os.path.join(build, "src", "dukcapil"), "--db", db]
    base = [os.path.join(build, "bench", "hello-adw")]
    t_app, t_base, m_app, m_base = [], [], [], []
    first_frame(app, env)          # warm-up: caches, fonts
    first_frame(base, env)
    for _ in range(runs):          # alternate, so that both see the same machine
        t, m = first_frame(base, env)
        t_base.append(t)
        m_base.append(m)
        t, m = first_frame(app, env)
        t_app.append(t)
        m_app.append(m)
    shutil.rmtree(tmp)
    tb, ta = statistics.median(t_base), statistics.median(t_app)
    mb, ma = statistics.median(m_base), statistics.median(m_app)
    # The ratio is the median of the ratios of the pairs run back to back, which cancels the
    # machine's drift during the run better than the ratio of the two medians.
    rt = statistics.median(a / b for a, b in zip(t_app, t_base))
    rm = statistics.median(a / b for a, b in zip(m_app, m_base))
    if national:
        what = f"the national data ({n_desa:,} desa figures, the home province's kabupaten/kota rolled up)"
        results.append((f"Start to first frame, IKD dashboard with {what} (Xvfb)",
                        f"{ta * 1000:.0f} ms", "minimal libadwaita window", f"{tb * 1000:.0f} ms",
                        rt, "≤ 1.5× baseline", rt <= 1.5))
        results.append(("Peak memory of the window with the national data",
                        f"{ma:.1f} MiB", "minimal libadwaita window", f"{mb:.1f} MiB",
                        rm, "≤ 1.3× baseline", rm <= 1.3))
        return
    results.append(("Start to first frame, IKD dashboard with the 2025 data (Xvfb)",
                    f"{ta * 1000:.0f} ms", "minimal libadwaita window", f"{tb * 1000:.0f} ms",
                    rt, "≤ 1.3× baseline", rt <= 1.3))
    results.append(("Peak memory of the window with the 2025 data",
                    f"{ma:.1f} MiB", "minimal libadwaita window", f"{mb:.1f} MiB",
                    rm, "≤ 1.2× baseline", rm <= 1.2))


def run_timed(cmd):
    """Runs cmd once; returns (wall seconds, peak RSS MiB of the largest process)."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed")
    return wall, ru.ru_maxrss / 1024


def bench_export(build, runs, results):
    data = tempfile.mkdtemp(prefix="dukcapil-bench-data-")
    subprocess.run(["python3", os.path.join(PEERS, "gen_ikd.py"), data], check=True, stdout=subprocess.DEVNULL)
    csv_path = os.path.join(data, "ikd_desa.csv")
    rows = sum(1 for _ in open(csv_path)) - 1
    ours_cmd = [os.path.join(build, "bench", "bench-xlsx"), csv_path, os.path.join(data, "ours.xlsx")]
    peers = [("Python XlsxWriter", [DEBIAN_PYTHON, os.path.join(PEERS, "peer_xlsxwriter.py"), csv_path,
                                     os.path.join(data, "xlsxwriter.xlsx")], 3.5)]
    if shutil.which("soffice"):
        outdir = os.path.join(data, "soffice")
        os.makedirs(outdir, exist_ok=True)
        peers.append(("LibreOffice headless", [os.path.join(PEERS, "peer_soffice.sh"), csv_path, outdir], 7.0))
    times = {name: [] for name, _, _ in peers}
    peaks = {name: [] for name, _, _ in peers}
    ours_t, ours_m = [], []
    run_timed(ours_cmd)                      # warm-up
    for _, cmd, _ in peers:
        run_timed(cmd)
    for _ in range(runs):
        t, m = run_timed(ours_cmd)
        ours_t.append(t)
        ours_m.append(m)
        for name, cmd, _ in peers:
            t, m = run_timed(cmd)
            times[name].append(t)
            peaks[name].append(m)
    ot, om = statistics.median(ours_t), max(ours_m)
    for name, _, target in peers:
        pt = statistics.median(times[name])
        results.append((f"XLSX export of the {rows:,}-row village table (CSV in, formatted sheet out)",
                        f"{ot:.2f} s", name, f"{pt:.2f} s", pt / ot, f"≥ {target:g}× faster", pt / ot >= target))
    results.append((f"Peak memory of that export ({rows:,} rows)", f"{om:.1f} MiB", "Python XlsxWriter",
                    f"{max(peaks['Python XlsxWriter']):.1f} MiB", None, "< 50 MiB", om < 50))
    shutil.rmtree(data, ignore_errors=True)


def write_ms(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return float(re.search(r"write-ms ([\d.]+)", out).group(1))


def bench_export_plain(build, runs, results):
    """The writing of the village table from figures in memory: the application's IKD sheet
    writer against the same cells written with plain libxlsxwriter calls (bench-xlsx-plain.c),
    alternating, so that what we add to the library is measured, not the library."""
    data = tempfile.mkdtemp(prefix="dukcapil-bench-plain-")
    subprocess.run(["python3", os.path.join(PEERS, "gen_ikd.py"), data], check=True, stdout=subprocess.DEVNULL)
    csv_path = os.path.join(data, "ikd_desa.csv")
    rows = sum(1 for _ in open(csv_path)) - 1
    ours_cmd = [os.path.join(build, "bench", "bench-xlsx"), csv_path, os.path.join(data, "ours.xlsx")]
    plain_cmd = [os.path.join(build, "bench", "bench-xlsx-plain"), csv_path, os.path.join(data, "plain.xlsx")]
    write_ms(ours_cmd)                       # warm-up
    write_ms(plain_cmd)
    ours, plain = [], []
    for _ in range(runs):
        ours.append(write_ms(ours_cmd))
        plain.append(write_ms(plain_cmd))
    ot, pt = statistics.median(ours), statistics.median(plain)
    results.append((f"XLSX writing of the {rows:,}-row village table from memory", f"{ot:.0f} ms",
                    "plain libxlsxwriter, same cells", f"{pt:.0f} ms", ot / pt, "≤ 1.3× baseline", ot / pt <= 1.3))
    shutil.rmtree(data, ignore_errors=True)


def bench_import(build, runs, results):
    """The import of the generated village table (every check, the automatic backup, the
    history entry, one transaction) against the sqlite3 shell's .import into a plain table."""
    data = tempfile.mkdtemp(prefix="dukcapil-bench-import-")
    subprocess.run(["python3", os.path.join(PEERS, "gen_ikd.py"), data], check=True, stdout=subprocess.DEVNULL)
    csv_path = os.path.join(data, "ikd_desa.csv")
    rows = sum(1 for _ in open(csv_path)) - 1
    cli = os.path.join(build, "src", "cli", "dukcapil-cli")
    base = os.path.join(data, "base.db")
    # a database whose region registry holds the generated codes (not timed)
    subprocess.run([cli, "--db", base, "check"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["python3", os.path.join(HERE, "prepare-import.py"), base, csv_path], check=True)
    run_db = os.path.join(data, "run.db")

    def fresh():
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(run_db + suffix):
                os.unlink(run_db + suffix)
        shutil.rmtree(os.path.join(data, "backups"), ignore_errors=True)
        shutil.copy(base, run_db)

    ours_cmd = [cli, "--db", run_db, "import", csv_path, "--kind", "ikd", "--region", "0", "--as-of", "2026-06-30"]
    peer_cmd = [os.path.join(PEERS, "sqlite_import.sh"), csv_path, os.path.join(data, "peer.db")]
    ours_t, peer_t = [], []
    fresh()
    run_timed(ours_cmd)                      # warm-up
    run_timed(peer_cmd)
    for _ in range(runs):
        fresh()
        ours_t.append(run_timed(ours_cmd)[0])
        peer_t.append(run_timed(peer_cmd)[0])
    ot, pt = statistics.median(ours_t), statistics.median(peer_t)
    name = f"Import of the {rows:,}-row village table (checked, backed up, one transaction)"
    results.append((name, f"{ot:.2f} s", "—", "—", None, "< 1 s", ot < 1.0))
    results.append((name, f"{ot:.2f} s", "sqlite3 shell .import", f"{pt:.2f} s", pt / ot, "≥ 1× faster (as fast at least)", pt / ot >= 1.0))
    shutil.rmtree(data, ignore_errors=True)


def bench_engines(build, runs, results):
    """The same work on the embedded sqlite file and on a PostgreSQL server started here
    (build-aux/pg-server.sh, on a Unix socket, default durable settings): the import of the
    national village table, and the dashboards' loads on a national database. On the
    server, the statements a dashboard load sends are counted in the server's log."""
    cli = os.path.join(build, "src", "cli", "dukcapil-cli")
    pgsh = os.path.join(HERE, "..", "build-aux", "pg-server.sh")
    data = tempfile.mkdtemp(prefix="dukcapil-bench-engines-")
    pgdir = tempfile.mkdtemp(prefix="dk-bench-pg-")
    os.rmdir(pgdir)
    admin = f"host={pgdir} user=postgres dbname=postgres"

    def server(dbname):
        return f"host={pgdir} user=postgres dbname={dbname}"

    def psql(sql):
        subprocess.run(["psql", "-qX", admin, "-c", sql], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)

    subprocess.run(["sh", pgsh, "start", pgdir], check=True, stdout=subprocess.DEVNULL)
    try:
        # the import: the village table into a database whose registry holds its codes
        subprocess.run(["python3", os.path.join(PEERS, "gen_ikd.py"), data], check=True, stdout=subprocess.DEVNULL)
        csv_path = os.path.join(data, "ikd_desa.csv")
        rows = sum(1 for _ in open(csv_path)) - 1
        base = os.path.join(data, "base.db")
        subprocess.run([cli, "--db", base, "check"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(["python3", os.path.join(HERE, "prepare-import.py"), base, csv_path], check=True)
        psql("CREATE DATABASE base")
        subprocess.run([cli, "server", "copy", "--from", base, "--to", server("base"), "--replace"], check=True,
                       stdout=subprocess.DEVNULL)
        run_db = os.path.join(data, "run.db")
        args = ["import", csv_path, "--kind", "ikd", "--region", "0", "--as-of", "2026-06-30"]
        lite_t, pg_t = [], []
        for i in range(runs + 1):
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(run_db + suffix):
                    os.unlink(run_db + suffix)
            shutil.rmtree(os.path.join(data, "backups"), ignore_errors=True)
            shutil.copy(base, run_db)
            psql("DROP DATABASE IF EXISTS run")
            psql("CREATE DATABASE run TEMPLATE base")
            lt = run_timed([cli, "--db", run_db] + args)[0]
            pt = run_timed([cli, "--db", server("run")] + args)[0]
            if i > 0:                       # the first is the warm-up
                lite_t.append(lt)
                pg_t.append(pt)
        lt, pt = statistics.median(lite_t), statistics.median(pg_t)
        results.append((f"Import of the {rows:,}-row village table on the PostgreSQL server (COPY, one transaction)",
                        f"{pt:.2f} s", "the same import into the sqlite file", f"{lt:.2f} s", pt / lt,
                        "≤ 1.5× sqlite", pt / lt <= 1.5))

        # the dashboards on a national database: the CLI's tables, each a dashboard's load
        national = os.path.join(data, "national.db")
        national_db(build, national)
        psql("CREATE DATABASE national")
        subprocess.run([cli, "server", "copy", "--from", national, "--to", server("national"), "--replace"],
                       check=True, stdout=subprocess.DEVNULL)
        loads = [("IKD by province, national", ["ikd", "--region", "0", "--format", "csv"]),
                 ("IKD of West Sumatra by kabupaten/kota", ["ikd", "--region", "13", "--format", "csv"]),
                 ("M2M", ["m2m", "--format", "csv"]),
                 ("Budget", ["budget", "--format", "csv"]),
                 ("Blangko stock", ["blangko", "stock", "--format", "csv"])]
        for name, cmd in loads:
            lite, pg = [], []
            for i in range(runs + 1):
                lt = run_timed([cli, "--db", national] + cmd)[0]
                pt = run_timed([cli, "--db", server("national")] + cmd)[0]
                if i > 0:
                    lite.append(lt)
                    pg.append(pt)
            # the statements one load sends to the server (each one round trip)
            psql("ALTER SYSTEM SET log_statement = 'all'")
            psql("SELECT pg_reload_conf()")
            with open(os.path.join(pgdir, "log"), errors="replace") as f:
                f.seek(0, 2)
                start = f.tell()
            run_timed([cli, "--db", server("national")] + cmd)
            psql("ALTER SYSTEM RESET log_statement")
            psql("SELECT pg_reload_conf()")
            with open(os.path.join(pgdir, "log"), errors="replace") as f:
                f.seek(start)
                sent = sum(1 for line in f if "LOG:  execute" in line or "LOG:  statement:" in line)
            lt, pt = statistics.median(lite), statistics.median(pg)
            results.append((f"Dashboard load, {name}, national database, on the server "
                            f"({sent} statements sent, whatever the rows)",
                            f"{pt * 1000:.0f} ms", "the same on the sqlite file", f"{lt * 1000:.0f} ms", pt / lt,
                            "side by side (no target)", True))
    finally:
        subprocess.run(["sh", pgsh, "stop", pgdir, "immediate"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(data, ignore_errors=True)


def bench_table(build, runs, results):
    """Sorting and searching the IKD page's table of every desa of the country, in the
    window, each timed to the next frame painted (bench/bench-table.c)."""
    tmp = tempfile.mkdtemp(prefix="dukcapil-bench-table-")
    db = os.path.join(tmp, "national.db")
    national_db(build, db)
    env = dict(os.environ, GSETTINGS_BACKEND="memory", GTK_A11Y="none",
               GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"),
               DUKCAPIL_LOCALEDIR=os.path.join(build, "po"))
    out = subprocess.run([os.path.join(build, "bench", "bench-table"), db, str(runs)],
                         check=True, capture_output=True, text=True, env=env).stdout
    m = re.search(r"rows (\d+) sort ([\d.]+) filter ([\d.]+)", out)
    rows, sort, filt = int(m.group(1)) - 1, float(m.group(2)), float(m.group(3))
    results.append((f"Sort the {rows:,}-row desa table by a column, to the frame painted", f"{sort:.0f} ms",
                    "—", "—", None, "< 50 ms", sort < 50))
    results.append((f"Search the {rows:,}-row desa table (a name typed), to the frame painted", f"{filt:.0f} ms",
                    "—", "—", None, "< 50 ms", filt < 50))
    shutil.rmtree(tmp, ignore_errors=True)


def bench_chart(build, results):
    out = subprocess.run([os.path.join(build, "bench", "bench-chart"), WILAYAH, "201"],
                         check=True, capture_output=True, text=True).stdout
    m = re.search(r"size (\S+) .* median ([\d.]+)", out)
    median = float(m.group(2))
    results.append((f"IKD bar chart of 514 kabupaten/kota to an image surface ({m.group(1)} px)",
                    f"{median:.2f} ms", "—", "—", None, "≤ 5 ms", median <= 5.0))


def bench_map(build, results):
    out = subprocess.run([os.path.join(build, "bench", "bench-map"), "101"],
                         check=True, capture_output=True, text=True).stdout
    draw = float(re.search(r"draw .* median ([\d.]+) ms", out).group(1))
    m = re.search(r"pointer: median ([\d.]+) ms, 99th percentile ([\d.]+) ms", out)
    lookup, p99 = float(m.group(1)), float(m.group(2))
    mem = re.search(r"boundaries ([\d.]+) MiB counted, resident \+([\d.]+) MiB", out)
    resident = float(mem.group(2))
    results.append(("National map of 514 kabupaten/kota at 1200 × 800 to an image surface",
                    f"{draw:.2f} ms", "—", "—", None, "≤ 16 ms", draw <= 16.0))
    results.append(("Region under the pointer on that map (99th percentile of 2,000 points)",
                    f"{lookup:.3f} ms ({p99:.3f} ms)", "—", "—", None, "≤ 1 ms", p99 <= 1.0))
    results.append(("All boundaries in memory (resident growth when read)",
                    f"{resident:.1f} MiB", "—", "—", None, "≤ 20 MB", resident * 1.048576 <= 20))


def write(results, runs):
    cpu, ncpu, mem, kernel, versions = machine()
    lines = [
        "# Benchmark results",
        "",
        "Written by `bench/run.sh` (do not edit by hand). Each figure is measured in the same run",
        "as its baseline or peer; ratios are ours ÷ theirs (for start-up, the median of the ratios",
        "of runs made back to back; for the export, so 0.25 means four times faster). Times are",
        "medians; the export's peak memory is the largest of its runs.",
        "",
        f"- Date: {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}",
        f"- Machine: {cpu}, {ncpu} cores, {mem:.0f} GiB, Linux {kernel}",
        "- Versions: " + ", ".join(f"{k} {v}" for k, v in versions.items()),
        f"- Start-up: {runs} runs of each program, alternating, after one warm-up run each; "
        "Xvfb, default GSK renderer, `GTK_A11Y=none`",
        "",
        "| benchmark | ours | baseline / peer | theirs | ratio | target | met |",
        "|---|---:|---|---:|---:|---|---|",
    ]
    for name, ours, peer, theirs, ratio, target, ok in results:
        r = f"{1 / ratio:.2f}" if ratio is not None and "faster" in target else (
            f"{ratio:.2f}" if ratio is not None else "—")
        lines.append(f"| {name} | {ours} | {peer} | {theirs} | {r} | {target} | {'yes' if ok else '**NO**'} |")
    with open(os.path.join(HERE, "RESULTS.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--runs", type=int, default=31)
    ap.add_argument("--only", help="run only this benchmark (e.g. engines)")
    a = ap.parse_args()
    build = os.path.abspath(a.build)
    results = []
    if a.only == "engines":
        bench_engines(build, 5, results)
        for r in results:
            print(r)
        return
    bench_chart(build, results)
    bench_map(build, results)
    bench_export(build, 5, results)
    bench_export_plain(build, 7, results)
    bench_import(build, 5, results)
    bench_engines(build, 5, results)
    bench_table(build, 11, results)
    bench_startup(build, a.runs, results)
    bench_startup(build, a.runs, results, national=True)
    write(results, a.runs)
    missed = [r[0] for r in results if not r[6]]
    if missed:
        print("Targets missed: " + "; ".join(missed), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
