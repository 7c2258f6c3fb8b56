#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a libFuzzer target over the corpus without changing it: libFuzzer writes the new
# inputs it keeps into the first corpus folder it is given, here a temporary one.
# Usage: run-libfuzzer.sh TARGET CORPUS [LIBFUZZER OPTIONS…]
set -u
target=$1
corpus=$2
shift 2
new=$(mktemp -d "${TMPDIR:-/tmp}/dk-fuzz-XXXXXX") || exit 1
trap 'rm -rf "$new"' EXIT INT TERM
"$target" "$@" "$new" "$corpus"
