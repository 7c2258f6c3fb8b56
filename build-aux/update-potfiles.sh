#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes po/POTFILES.in anew: the desktop file, the schema, the metainfo, every .ui
# template and every source file with a translatable string, sorted. Run it after adding
# a file. With --check, only says whether po/POTFILES.in is what it would write
# (tests/check-po.sh runs it so).
set -eu
cd "$(dirname "$0")/.."
list () {
  echo "# SPDX-License-Identifier: GPL-3.0-or-later"
  echo "# Every file with translatable strings (written by build-aux/update-potfiles.sh)."
  ls data/*.desktop.in.in data/*.gschema.xml data/*.metainfo.xml.in.in
  find data/ui -name '*.ui' | LC_ALL=C sort
  find src -name '*.c' | LC_ALL=C sort | while read -r f; do
    if grep -qE '(^|[^A-Za-z_])(N?C?_|g_dngettext|ngettext) ?\(' "$f"; then echo "$f"; fi
  done
}
if [ "${1:-}" = "--check" ]; then
  list | diff -u po/POTFILES.in - >&2 || { echo "po/POTFILES.in is not up to date: run build-aux/update-potfiles.sh" >&2; exit 1; }
else
  list > po/POTFILES.in
fi
