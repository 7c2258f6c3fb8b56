/* dk-cli-audit.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dukcapil-cli server audit`: who changed what, from the history of changes. On a server
 * each change names the account that made it (riwayat_batch.oleh); a file has one user at a
 * time and its changes name none, shown as "—".
 */
#define G_LOG_DOMAIN "dk-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-cli-private.h"
#include "dk-domains.h"
#include "dk-history.h"

/* "10952" → "10952"; a row that did not exist → "—"; an empty value → "∅" */
static const char *
shown (const char *value)
{
  if (value == NULL)
    return "\u2014";
  return *value ? value : "\u2205";
}

int
dk_cli_server_audit (DkCli  *cli,
                     int     argc,
                     char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(DkCliTable) table = dk_cli_table_new (8, "llllllll");
  g_autofree char *format = NULL, *since = NULL, *user = NULL;
  gboolean csv = FALSE;
  GError *error = NULL;
  DkStore *store;
  GOptionEntry entries[] = {
    { "since", 0, 0, G_OPTION_ARG_STRING, &since, N_("Only the changes made on this day or later"), N_("YYYY-MM-DD") },
    { "user", 0, 0, G_OPTION_ARG_STRING, &user, N_("Only the changes made by this account"), N_("NAME") },
    { NULL }
  };

  context = dk_cli_context_new (NULL,
                                _("List who changed what, newest first: when, the account, the change, the table, "
                                  "the date, the region, the column, the old and the new value. A file’s changes "
                                  "name no account (—)."),
                                entries, &format);
  if (!dk_cli_parse_no_args (context, "server audit", &argc, &argv, &format, &csv))
    return DK_EXIT_USAGE;
  if (!dk_cli_check_date (since, &error))
    {
      int status = dk_cli_usage_error ("server audit", "%s", error->message);

      g_error_free (error);
      return status;
    }
  if (!(store = dk_cli_get_store (cli, &error)))
    return dk_cli_fail (error);
  if (!(changes = dk_history_list_filtered (store, since, user, 0, &error)))
    return dk_cli_fail (error);

  if (csv)
    fprintf (cli->out, "waktu,akun,perubahan,tabel,ref,kode,kolom,lama,baru\n");
  else
    dk_cli_table_add_row (table, _("When"), _("Account"), _("Change"), _("Table"), _("Date or activity"),
                          _("Region or line"), _("Column"), _("Old → new"), NULL);
  for (guint i = 0; i < changes->len; i++)
    {
      DkHistoryChange *c = g_ptr_array_index (changes, i);
      g_autofree char *what = c->undone ? g_strdup_printf (_("%s (undone)"), c->keterangan) : g_strdup (c->keterangan);
      g_autofree char *column = dk_domains_column_title (c->tabel, c->kolom);

      if (csv)
        {
          g_autoptr(GString) line = g_string_new (NULL);

          dk_cli_csv_field (line, c->waktu);
          dk_cli_csv_field (line, c->oleh);
          dk_cli_csv_field (line, what);
          dk_cli_csv_field (line, c->tabel);
          dk_cli_csv_field (line, c->ref);
          dk_cli_csv_field (line, c->kode);
          dk_cli_csv_field (line, column);
          dk_cli_csv_field (line, c->lama);
          dk_cli_csv_field (line, c->baru);
          fprintf (cli->out, "%s\n", line->str);
        }
      else
        {
          g_autofree char *when = g_strdelimit (g_strdup (c->waktu), "T", ' ');
          g_autofree char *values = g_strdup_printf ("%s → %s", shown (c->lama), shown (c->baru));

          /* one line per value, whatever a note holds */
          g_strdelimit (values, "\r\n\t", ' ');
          dk_cli_table_add_row (table, when, *c->oleh ? c->oleh : "\u2014", what, c->tabel, c->ref, c->kode, column,
                                values, NULL);
        }
    }
  if (csv)
    return DK_EXIT_OK;
  if (changes->len == 0)
    fprintf (cli->out, "%s\n", _("No change matches."));
  else
    dk_cli_table_print (table, cli->out);
  return DK_EXIT_OK;
}
