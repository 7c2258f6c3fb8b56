/* dk-i18n.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-i18n"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dk-i18n.h"

/**
 * dk_i18n_init:
 *
 * Binds the program's translations. DUKCAPIL_LOCALEDIR points an uninstalled build
 * (the test suite) at the catalogues it compiled.
 */
void
dk_i18n_init (void)
{
  const char *dir = g_getenv ("DUKCAPIL_LOCALEDIR");

  bindtextdomain (GETTEXT_PACKAGE, dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
