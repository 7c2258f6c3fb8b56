/* dk-cli-history.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dukcapil-cli history`, `undo` and `server audit`: the history of changes, and who changed
 * what. On a server each change names the account that made it (riwayat_batch.oleh); a file
 * has one user at a time and its changes name none, shown as "—".
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

/* A change's cells as `history` and `server audit` show them. */
typedef struct
{
  char *when;   /* "2026-03-02 10:15:00" */
  char *what;   /* the change, "(undone)" when it was */
  char *column; /* the column's heading */
  char *values; /* "old → new", on one line */
} ChangeCells;

static void
change_cells_init (ChangeCells           *cells,
                   const DkHistoryChange *c)
{
  cells->when = g_strdelimit (g_strdup (c->waktu), "T", ' ');
  cells->what = c->undone ? g_strdup_printf (_("%s (undone)"), c->keterangan) : g_strdup (c->keterangan);
  cells->column = dk_domains_column_title (c->tabel, c->kolom);
  cells->values = g_strdup_printf ("%s → %s", shown (c->lama), shown (c->baru));
  /* one line per value, whatever a note holds */
  g_strdelimit (cells->values, "\r\n\t", ' ');
}

static void
change_cells_clear (ChangeCells *cells)
{
  g_free (cells->when);
  g_free (cells->what);
  g_free (cells->column);
  g_free (cells->values);
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
      ChangeCells cells;

      change_cells_init (&cells, c);
      dk_cli_table_add_row (table, cells.when, cells.what, c->tabel, c->ref, c->kode, cells.column, cells.values,
                            NULL);
      change_cells_clear (&cells);
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
      ChangeCells cells;

      change_cells_init (&cells, c);
      if (csv)
        {
          g_autoptr(GString) line = g_string_new (NULL);

          dk_cli_csv_field (line, c->waktu);
          dk_cli_csv_field (line, c->oleh);
          dk_cli_csv_field (line, cells.what);
          dk_cli_csv_field (line, c->tabel);
          dk_cli_csv_field (line, c->ref);
          dk_cli_csv_field (line, c->kode);
          dk_cli_csv_field (line, cells.column);
          dk_cli_csv_field (line, c->lama);
          dk_cli_csv_field (line, c->baru);
          fprintf (cli->out, "%s\n", line->str);
        }
      else
        dk_cli_table_add_row (table, cells.when, *c->oleh ? c->oleh : "\u2014", cells.what, c->tabel, c->ref, c->kode,
                              cells.column, cells.values, NULL);
      change_cells_clear (&cells);
    }
  if (csv)
    return DK_EXIT_OK;
  if (changes->len == 0)
    fprintf (cli->out, "%s\n", _("No change matches."));
  else
    dk_cli_table_print (table, cli->out);
  return DK_EXIT_OK;
}
