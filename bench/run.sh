#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmarks, in one command: builds an optimised tree in _build/bench, runs every
# benchmark side by side with its baseline or peer, writes bench/RESULTS.md, and exits
# non-zero when a target is missed. Not part of the test suite.
set -eu
cd "$(dirname "$0")/.."

build-aux/install-deps.sh
# the peers measured side by side (../shared/bench-peers/README.md)
peers="python3-xlsxwriter libreoffice-calc-nogui sqlite3"
missing=""
for p in $peers; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  # shellcheck disable=SC2086
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi
[ -f _build/bench/build.ninja ] || meson setup _build/bench -Dbuildtype=release -Dui_tests=false
meson compile -C _build/bench

exec xvfb-run -a -s "-screen 0 1280x1024x24" python3 bench/bench.py _build/bench "$@"
