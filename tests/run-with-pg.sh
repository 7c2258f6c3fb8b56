#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test program with a PostgreSQL server of its own (build-aux/pg-server.sh, on a
# Unix socket in a temporary folder), which the program may stop and start again; the
# server is stopped and its folder removed when the program ends, however it ends.
#
# Usage: run-with-pg.sh PG_SERVER_SH PROGRAM [ARG…]
set -u
pgsh=$1
shift
dir=$(mktemp -d /tmp/dk-pgt-XXXXXX)
trap 'sh "$pgsh" stop "$dir" immediate >/dev/null 2>&1' EXIT
trap 'exit 130' INT TERM
PG_SERVER_OPTIONS="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
export PG_SERVER_OPTIONS
sh "$pgsh" start "$dir" >/dev/null || exit 1
DK_TEST_SERVER_DIR=$dir DK_TEST_SERVER_SH=$pgsh "$@"
