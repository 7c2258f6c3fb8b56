#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the dependencies, then builds and runs every test twice: a normal build and
# one with AddressSanitizer and UndefinedBehaviorSanitizer. The normal build's tests run
# again against a PostgreSQL server that this script starts (initdb into a temporary
# folder, listening only on a Unix socket there) and stops at the end, even when a test
# fails. Each run ends with a line "N passed, N failed". Then the import's fuzz target
# runs under libFuzzer (clang). Exits non-zero if any test failed.
set -u
cd "$(dirname "$0")/.."

build-aux/install-deps.sh || exit 1

status=0

# What git sees of the tree (and of every untracked file's content), to compare after.
tree_state () {
  { git status --porcelain --untracked-files=all; git diff; \
    git ls-files --others --exclude-standard -z | xargs -0 -r sha256sum; } 2>/dev/null
}
in_git=""
git rev-parse --is-inside-work-tree >/dev/null 2>&1 && in_git=yes
tree_before=$(tree_state)

run_build () {
  dir=$1
  shift
  echo "== $dir: meson setup $*"
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$@" || return 1
  fi
  meson compile -C "$dir" || return 1
  meson test -C "$dir" --print-errorlogs --num-processes 2
  rc=$?
  python3 build-aux/test-summary.py "$dir/meson-logs/testlog.json" || rc=1
  return $rc
}

run_build _build/tests || status=1

# The same tests on a PostgreSQL server of their own.
pgdir=$(mktemp -d /tmp/dk-pg-XXXXXX)
stop_server () {
  sh build-aux/pg-server.sh stop "$pgdir" immediate >/dev/null 2>&1
}
trap stop_server EXIT
trap 'stop_server; exit 130' INT TERM
echo "== _build/tests: meson test --setup pg (PostgreSQL in $pgdir)"
if PG_SERVER_OPTIONS="-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
   sh build-aux/pg-server.sh start "$pgdir" >/dev/null; then
  DK_TEST_PG="host=$pgdir user=postgres dbname=postgres" \
    meson test -C _build/tests --no-rebuild --setup pg --print-errorlogs --num-processes 2 || status=1
  python3 build-aux/test-summary.py _build/tests/meson-logs/testlog-pg.json || status=1
else
  echo "test.sh: the PostgreSQL test server did not start"
  status=1
fi
stop_server

ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  run_build _build/sanitize -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug || status=1

# The import's fuzz target under libFuzzer, with clang's sanitizers: a bounded run.
echo "== _build/fuzz: libFuzzer (clang)"
if [ ! -f _build/fuzz/build.ninja ]; then
  CC=clang meson setup _build/fuzz -Dfuzzing=true -Dui_tests=false \
    -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug || status=1
fi
if [ -f _build/fuzz/build.ninja ]; then
  ninja -C _build/fuzz tests/fuzz-import-libfuzzer tests/fuzz-import || status=1
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    meson test -C _build/fuzz --no-rebuild --suite fuzz --print-errorlogs || status=1
fi

# The tests leave the tree as they found it (build folders are ignored).
if [ -n "$in_git" ] && [ "$(tree_state)" != "$tree_before" ]; then
  echo "test.sh: the tests changed the source tree:"
  git status --porcelain --untracked-files=all
  status=1
fi

exit $status
