#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building, running and testing Dukcapil Sumbar need on Debian 12, and
# the Indonesian and English locales the tests run in. Skips apt when all is present.
set -eu

PACKAGES="build-essential pkg-config meson ninja-build gettext
libglib2.0-dev libgtk-4-dev libadwaita-1-dev libsqlite3-dev libcairo2-dev libpango1.0-dev
libxlsxwriter-dev libcsv-dev
desktop-file-utils appstream flatpak-builder xvfb xauth locales python3 python3-openpyxl
fonts-dejavu-core gsettings-desktop-schemas clang libclang-rt-14-dev clang-format
postgresql-15 libpq-dev libsecret-1-dev gnome-keyring dbus-daemon libglib2.0-bin openssl"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "install-deps: run as root or install sudo" >&2
    exit 1
  fi
fi

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
if [ -n "$missing" ]; then
  echo "install-deps: installing$missing"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
  # shellcheck disable=SC2086
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi

# The application follows the system language; the tests check it in Indonesian and English.
need_locales=""
for l in id_ID.utf8 en_US.utf8; do
  locale -a 2>/dev/null | grep -qx "$l" || need_locales="yes"
done
if [ -n "$need_locales" ]; then
  $SUDO sed -i -E 's/^# *(id_ID\.UTF-8|en_US\.UTF-8)/\1/' /etc/locale.gen
  grep -q '^id_ID.UTF-8' /etc/locale.gen || echo 'id_ID.UTF-8 UTF-8' | $SUDO tee -a /etc/locale.gen >/dev/null
  grep -q '^en_US.UTF-8' /etc/locale.gen || echo 'en_US.UTF-8 UTF-8' | $SUDO tee -a /etc/locale.gen >/dev/null
  $SUDO locale-gen >/dev/null
fi
