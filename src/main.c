/* main.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dukcapil"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "dk-application.h"
#include "dk-i18n.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(DkApplication) app = NULL;

  setlocale (LC_ALL, "");
  dk_i18n_init ();
  g_set_application_name (_("Dukcapil Sumbar"));

  app = dk_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
