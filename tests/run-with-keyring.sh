#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test program with a desktop keyring of its own: a private D-Bus session
# (dbus-run-session) holding a gnome-keyring-daemon whose login keyring is unlocked with a
# test password, and kept in a new home folder (HOME, XDG_DATA_HOME, XDG_CONFIG_HOME,
# XDG_CACHE_HOME) that is removed when the program ends, however it ends.
#
# Usage: run-with-keyring.sh PROGRAM [ARG…]
set -u

if [ -z "${DK_KEYRING_SESSION:-}" ]; then
  command -v dbus-run-session >/dev/null 2>&1 || { echo "run-with-keyring: dbus-run-session is missing" >&2; exit 1; }
  command -v gnome-keyring-daemon >/dev/null 2>&1 || { echo "run-with-keyring: gnome-keyring-daemon is missing" >&2; exit 1; }
  home=$(mktemp -d /tmp/dk-home-XXXXXX)
  trap 'rm -rf "$home"' EXIT
  trap 'exit 130' INT TERM
  mkdir -m 700 "$home/.run"
  DK_KEYRING_SESSION=1 HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config \
    XDG_CACHE_HOME=$home/.cache XDG_RUNTIME_DIR=$home/.run \
    dbus-run-session -- "$0" "$@"
  exit $?
fi

# the daemon reads the unlock password on its standard input, and stays in the foreground
# so that it can be stopped below
printf '%s' "dk-test-unlock" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
daemon=$!
trap 'kill "$daemon" 2>/dev/null' EXIT
trap 'exit 130' INT TERM
# until it owns its name on the bus: a condition, not a time (the limit turns a hang into a failure)
gdbus wait --session --timeout 120 org.freedesktop.secrets || { echo "run-with-keyring: no keyring" >&2; exit 1; }
"$@"
