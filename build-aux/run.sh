#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the dependencies, builds, and starts Dukcapil Sumbar from the build tree on its
# default database (created and seeded with the report's data on first run).
# Arguments go to the application, e.g. build-aux/run.sh --db /tmp/other.db
set -eu
cd "$(dirname "$0")/.."

build-aux/install-deps.sh
[ -f _build/build.ninja ] || meson setup _build
meson compile -C _build

export GSETTINGS_SCHEMA_DIR="$PWD/_build/data"
export DUKCAPIL_LOCALEDIR="$PWD/_build/po"
exec _build/src/dukcapil "$@"
