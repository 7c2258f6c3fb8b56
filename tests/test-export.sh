#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The report's workbook, end to end: dukcapil-cli export on a fresh database, read back
# by openpyxl (and LibreOffice when installed) and compared cell by cell with the
# database; the same bytes in every locale; a clean failure on an unwritable path.
# Usage: test-export.sh DUKCAPIL-CLI SOURCE_ROOT
set -u
cli=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
n=0

ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; fail=1; }

echo "1..6"

export SOURCE_DATE_EPOCH=1767139200   # 31 December 2025
if "$cli" --db "$tmp/a.db" export "$tmp/report.xlsx" && /usr/bin/python3 "$root/tests/check-xlsx.py" "$tmp/report.xlsx" "$tmp/a.db" "$cli"; then
  ok "the workbook matches the database"
else
  not_ok "the workbook matches the database"
fi

# a partial total (Kota Padang alone on a later date): no province percentage, and a note
printf 'Kode,Wilayah,Rekam Dinamis,Jumlah IKD\n13.71,Kota Padang,680160,203479\n' > "$tmp/ikd-2026-01-15.csv"
cp "$tmp/a.db" "$tmp/p.db"
if "$cli" --db "$tmp/p.db" import --kind ikd "$tmp/ikd-2026-01-15.csv" 2>/dev/null && \
   "$cli" --db "$tmp/p.db" export "$tmp/partial.xlsx" && \
   /usr/bin/python3 "$root/tests/check-xlsx.py" "$tmp/partial.xlsx" "$tmp/p.db" "$cli"; then
  ok "a partial total is marked in the workbook"
else
  not_ok "a partial total is marked in the workbook"
fi

# the same file whatever the language and the number conventions
LC_ALL=C.UTF-8 LANGUAGE= "$cli" --db "$tmp/a.db" export "$tmp/c.xlsx"
LC_ALL=id_ID.UTF-8 LANGUAGE=id "$cli" --db "$tmp/a.db" export "$tmp/id.xlsx" 2>/dev/null || \
  LANGUAGE=id "$cli" --db "$tmp/a.db" export "$tmp/id.xlsx"
if cmp -s "$tmp/c.xlsx" "$tmp/id.xlsx"; then ok "identical in every locale"; else not_ok "identical in every locale"; fi

# an unwritable destination: a clear error, exit status 3, nothing left behind
mkdir "$tmp/out"
"$cli" --db "$tmp/a.db" export "$tmp/out/missing/report.xlsx" 2> "$tmp/err"
status=$?
if [ $status -eq 3 ] && grep -q "missing/report.xlsx" "$tmp/err" && [ -z "$(ls -A "$tmp/out")" ]; then
  ok "a missing folder fails cleanly"
else
  not_ok "a missing folder fails cleanly (status $status: $(cat "$tmp/err"))"
fi
if [ "$(id -u)" -ne 0 ]; then
  mkdir "$tmp/ro" && chmod 0555 "$tmp/ro"
  "$cli" --db "$tmp/a.db" export "$tmp/ro/report.xlsx" 2> "$tmp/err"
  status=$?
  if [ $status -eq 3 ] && [ -z "$(ls -A "$tmp/ro")" ]; then ok "a read-only folder fails cleanly"; else not_ok "a read-only folder fails cleanly"; fi
else
  # root writes anywhere; a file in place of the folder is as unwritable
  touch "$tmp/notadir"
  "$cli" --db "$tmp/a.db" export "$tmp/notadir/report.xlsx" 2> "$tmp/err"
  status=$?
  if [ $status -eq 3 ] && [ -f "$tmp/notadir" ] && [ ! -s "$tmp/notadir" ]; then ok "an unwritable path fails cleanly"; else not_ok "an unwritable path fails cleanly"; fi
fi

# bad arguments
"$cli" --db "$tmp/a.db" export "$tmp/report.ods" 2>/dev/null
if [ $? -eq 2 ]; then ok "a file that is not .xlsx is refused"; else not_ok "a file that is not .xlsx is refused"; fi
exit $fail
