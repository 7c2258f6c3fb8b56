#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmarks, in one command: builds an optimised tree in _build/bench, runs every
# benchmark side by side with its baseline or peer, writes bench/RESULTS.md, and exits
# non-zero when a target is missed. Not part of the test suite.
set -eu
cd "$(dirname "$0")/.."

build-aux/install-deps.sh
[ -f _build/bench/build.ninja ] || meson setup _build/bench -Dbuildtype=release -Dui_tests=false
meson compile -C _build/bench

exec xvfb-run -a -s "-screen 0 1280x1024x24" python3 bench/bench.py _build/bench "$@"
