#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the screenshots of the metainfo (data/screenshots/PAGE.png) from the built
# application, run under Xvfb on a fresh database with the report's data: each dashboard
# is opened as the last page of a previous run (the last-page setting), then the window
# is captured as the X server shows it.
# Usage: build-aux/screenshots.sh [BUILD_DIR]    (default _build/tests, after meson compile)
# Needs xvfb-run, xwininfo (x11-utils) and ImageMagick's import.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/_build/tests}" && pwd)
out=$root/data/screenshots
pages="ikd m2m anggaran"
width=1200
height=860

if [ "${DK_SCREENSHOTS_INSIDE:-}" = "" ]; then
  for tool in xvfb-run xwininfo import; do
    command -v "$tool" >/dev/null 2>&1 || { echo "screenshots: $tool is missing" >&2; exit 1; }
  done
  [ -x "$build/src/dukcapil" ] || { echo "screenshots: build $build first" >&2; exit 1; }
  mkdir -p "$out"
  # One X server per page, so that no window of an earlier run can be captured. The screen
  # is twice the window's size: the pointer starts at its centre, outside the window, where
  # it shows no tooltip and highlights no bar.
  for page in $pages; do
    DK_SCREENSHOTS_INSIDE=$page xvfb-run -a -s "-screen 0 $((2 * width + 200))x$((2 * height + 200))x24" \
      "$0" "$build"
    echo "screenshots: wrote $out/$page.png"
  done
  exit 0
fi

page=$DK_SCREENSHOTS_INSIDE
tmp=$(mktemp -d)
app_pid=""
cleanup () {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# A home of its own: a fresh database, and the settings of a previous run that ended on
# $page with the window at its default size.
export HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
mkdir -p "$XDG_CONFIG_HOME/glib-2.0/settings"
cat >"$XDG_CONFIG_HOME/glib-2.0/settings/keyfile" <<KEYFILE
[com/sumbar/dukcapil]
last-page='$page'
window-width=$width
window-height=$height
window-maximized=false
KEYFILE
export GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR="$build/data"
export LC_ALL=en_US.UTF-8 LANGUAGE=en GTK_A11Y=none NO_AT_BRIDGE=1 GDK_BACKEND=x11
export ADW_DEBUG_COLOR_SCHEME=prefer-light

"$build/src/dukcapil" --db "$tmp/dukcapil.db" &
app_pid=$!

window=""
for _ in $(seq 1 100); do
  # the main window: mapped, with the title and the size asked for (not a tooltip)
  for w in $(xwininfo -root -tree | awk '/"Dukcapil Sumbar"/ { print $1 }'); do
    info=$(xwininfo -id "$w")
    if echo "$info" | grep -q 'Map State: IsViewable' && echo "$info" | grep -q "Width: $width\$"; then
      window=$w
      break
    fi
  done
  [ -n "$window" ] && break
  kill -0 "$app_pid" 2>/dev/null || { echo "screenshots: dukcapil exited" >&2; exit 1; }
  sleep 0.2
done
[ -n "$window" ] || { echo "screenshots: no window after 20 s" >&2; exit 1; }
# let it load the database, lay out and draw
sleep 3
import -window "$window" "$tmp/$page.png"
# a fixed file: no timestamps in the PNG, so an unchanged window gives the same bytes
/usr/bin/convert "$tmp/$page.png" -strip -define png:exclude-chunks=date,time "$out/$page.png"
