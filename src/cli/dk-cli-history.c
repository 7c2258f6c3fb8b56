/* dk-cli-history.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-cli-private.h"
#include "dk-domains.h"
#include "dk-history.h"

/* "10952" → "10952"; a row that did not exist → "—" */
static const char *
shown (const char *value)
{
  if (value == NULL)
    return "\u2014";
  return *value ? value : "\u2205";
}

int
dk_cli_history (DkCli  *cli,
                int     argc,
                char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(DkCliTable) table = dk_cli_table_new (7, "lllllll");
  GError *error = NULL;
  DkStore *store;
  int limit = 200;
  GOptionEntry entries[] = {
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("Show at most N changed values, newest first (0: all)"), N_("N") },
    { NULL }
  };

  context = dk_cli_context_new (NULL, _("List the changes made to the tables’ figures: when, what, the table, "
                                        "the date, the region, the column, the old and the new value."), entries, NULL);
  if (!dk_cli_parse (context, "history", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 1)
    return dk_cli_usage_error ("history", _("Too many arguments"));
  if (limit < 0)
    return dk_cli_usage_error ("history", _("--limit cannot be negative"));
  if (!(store = dk_cli_get_store (cli, &error)))
    return dk_cli_fail (error);
  if (!(changes = dk_history_list (store, (guint) limit, &error)))
    return dk_cli_fail (error);

  dk_cli_table_add_row (table, _("When"), _("Change"), _("Table"), _("Date or activity"), _("Region or line"), _("Column"),
                        _("Old → new"), NULL);
  for (guint i = 0; i < changes->len; i++)
    {
      DkHistoryChange *c = g_ptr_array_index (changes, i);
      g_autofree char *when = g_strdelimit (g_strdup (c->waktu), "T", ' ');
      g_autofree char *what = c->undone ? g_strdup_printf (_("%s (undone)"), c->keterangan) : g_strdup (c->keterangan);
      g_autofree char *values = g_strdup_printf ("%s → %s", shown (c->lama), shown (c->baru));
      g_autofree char *column = dk_domains_column_title (c->tabel, c->kolom);

      /* one line per value, whatever a note holds */
      g_strdelimit (values, "\r\n\t", ' ');

      dk_cli_table_add_row (table, when, what, c->tabel, c->ref, c->kode,
                            column, values, NULL);
    }
  if (changes->len == 0)
    fprintf (cli->out, "%s\n", _("No change has been made to the figures."));
  else
    dk_cli_table_print (table, cli->out);
  return DK_EXIT_OK;
}

int
dk_cli_undo (DkCli  *cli,
             int     argc,
             char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *what = NULL;
  GError *error = NULL;
  DkStore *store;

  context = dk_cli_context_new (NULL, _("Undo the last change to the tables’ figures that is not undone yet, "
                                        "putting back every value it changed."), NULL, NULL);
  if (!dk_cli_parse (context, "undo", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 1)
    return dk_cli_usage_error ("undo", _("Too many arguments"));
  if (!(store = dk_cli_get_store (cli, &error)))
    return dk_cli_fail (error);
  if (!dk_domains_undo (store, &what, &error))
    return dk_cli_fail (error);
  fprintf (cli->out, _("Undone: %s\n"), what);
  return DK_EXIT_OK;
}
