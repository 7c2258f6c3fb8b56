#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translatable string of the sources has no Indonesian translation, when
# a translation is fuzzy, or when po/id.po does not compile cleanly.
# Usage: check-po.sh SOURCE_ROOT
set -eu
root=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root"

# The same keywords as meson's i18n 'glib' preset.
xgettext --from-code=UTF-8 --add-comments=Translators -o "$tmp/new.pot" \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --keyword=ngettext:1,2 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_printerr:1:c-format --flag=g_print:1:c-format \
  -f po/POTFILES.in

msgfmt --check -o /dev/null po/id.po
msgmerge --quiet --no-fuzzy-matching -o "$tmp/merged.po" po/id.po "$tmp/new.pot"
untranslated=$(msgattrib --untranslated --no-obsolete "$tmp/merged.po" | grep -c '^msgid ' || true)
fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$tmp/merged.po" | grep -c '^msgid ' || true)
# msgattrib prints the header entry too when anything is printed
[ "$untranslated" -gt 0 ] && untranslated=$((untranslated - 1))
[ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
if [ "$untranslated" -ne 0 ] || [ "$fuzzy" -ne 0 ]; then
  echo "po/id.po: $untranslated untranslated and $fuzzy fuzzy strings:" >&2
  msgattrib --untranslated --no-obsolete "$tmp/merged.po" | grep -A1 '^msgid ' >&2 || true
  msgattrib --only-fuzzy --no-obsolete "$tmp/merged.po" | grep -A1 '^msgid ' >&2 || true
  exit 1
fi

# Every source file with a translatable string, every .ui, the schema, the desktop file
# and the metainfo are listed in POTFILES.in.
build-aux/update-potfiles.sh --check
echo "po/id.po complete"
