/* dk-cli-ikd.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dk-cli-private.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-ikd.h"

static void
print_csv_row (FILE     *out,
               DkIkdRow *row)
{
  DkNumberFormat plain;
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *rekam = NULL, *ikd = NULL, *persen = NULL, *kurang = NULL;

  dk_number_format_init_plain (&plain);
  rekam = dk_format_int (&plain, dk_ikd_row_get_rekam_dinamis (row));
  ikd = dk_format_int (&plain, dk_ikd_row_get_jumlah_ikd (row));
  persen = dk_format_fixed (&plain, dk_ikd_row_get_persen_bp (row));
  kurang = dk_format_int (&plain, dk_ikd_row_get_kekurangan (row));

  dk_cli_csv_field (line, dk_ikd_row_get_kode (row));
  dk_cli_csv_field (line, dk_ikd_row_get_wilayah (row));
  dk_cli_csv_field (line, rekam);
  dk_cli_csv_field (line, ikd);
  dk_cli_csv_field (line, persen);
  dk_cli_csv_field (line, kurang);
  fprintf (out, "%s\n", line->str);
}

static void
print_csv (FILE       *out,
           DkIkdTable *table)
{
  GListModel *rows = dk_ikd_table_get_rows (table);

  fprintf (out, "kode,wilayah,rekam_dinamis,jumlah_ikd,persen_ikd,kekurangan\n");
  print_csv_row (out, dk_ikd_table_get_total (table));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (rows, i);

      print_csv_row (out, row);
    }
}

static void
add_text_row (DkCliTable           *t,
              const DkNumberFormat *fmt,
              DkIkdRow             *row)
{
  g_autofree char *number = NULL, *rekam = NULL, *ikd = NULL, *persen = NULL, *kurang = NULL;

  number = dk_ikd_row_get_number (row) > 0 ? g_strdup_printf ("%u", dk_ikd_row_get_number (row)) : g_strdup ("");
  rekam = dk_format_int (fmt, dk_ikd_row_get_rekam_dinamis (row));
  ikd = dk_format_int (fmt, dk_ikd_row_get_jumlah_ikd (row));
  persen = dk_format_percent_bp (fmt, dk_ikd_row_get_persen_bp (row));
  kurang = dk_format_int (fmt, dk_ikd_row_get_kekurangan (row));
  dk_cli_table_add_row (t, number, dk_ikd_row_get_wilayah (row), dk_ikd_row_get_kode (row),
                        rekam, ikd, persen, kurang, NULL);
}

static void
print_stated_difference (DkIkdTable           *table,
                         const DkNumberFormat *fmt)
{
  DkIkdRow *stated = dk_ikd_table_get_stated (table);
  DkIkdRow *total = dk_ikd_table_get_total (table);

  if (stated == NULL)
    return;
  if (dk_ikd_row_get_rekam_dinamis (stated) != dk_ikd_row_get_rekam_dinamis (total))
    {
      g_autofree char *s = dk_format_int (fmt, dk_ikd_row_get_rekam_dinamis (stated));
      g_autofree char *c = dk_format_int (fmt, dk_ikd_row_get_rekam_dinamis (total));

      g_printerr (_("Note: the source states %s recordings for %s; its rows add up to %s\n"),
                  s, dk_ikd_row_get_wilayah (total), c);
    }
  if (dk_ikd_row_get_jumlah_ikd (stated) != dk_ikd_row_get_jumlah_ikd (total))
    {
      g_autofree char *s = dk_format_int (fmt, dk_ikd_row_get_jumlah_ikd (stated));
      g_autofree char *c = dk_format_int (fmt, dk_ikd_row_get_jumlah_ikd (total));

      g_printerr (_("Note: the source states %s IKD activations for %s; its rows add up to %s\n"),
                  s, dk_ikd_row_get_wilayah (total), c);
    }
}

static void
print_text (FILE       *out,
            DkIkdTable *table)
{
  GListModel *rows = dk_ikd_table_get_rows (table);
  g_autoptr(DkCliTable) t = dk_cli_table_new (7, "rllrrrr");
  g_autofree char *date = dk_format_date_long (dk_ikd_table_get_as_of (table));
  g_autofree char *target = NULL;
  DkNumberFormat fmt;

  dk_number_format_init_locale (&fmt);
  target = dk_format_percent_short (&fmt, dk_ikd_table_get_target_bp (table));
  /* Translators: the heading of the IKD table: region, date, target */
  fprintf (out, _("IKD activation, %s, as of %s (target %s)\n\n"),
           dk_ikd_row_get_wilayah (dk_ikd_table_get_total (table)), date, target);

  /* Translators: column headings of the IKD table, as the annual report prints them */
  dk_cli_table_add_row (t, C_("column", "No"), C_("column", "Region"), C_("column", "Code"),
                        C_("column", "Recorded"), C_("column", "IKD"), C_("column", "IKD %"),
                        C_("column", "Shortfall"), NULL);
  add_text_row (t, &fmt, dk_ikd_table_get_total (table));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (rows, i);

      add_text_row (t, &fmt, row);
    }
  dk_cli_table_print (t, out);
  print_stated_difference (table, &fmt);
}

int
dk_cli_ikd (DkCli  *cli,
            int     argc,
            char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DkIkdTable) table = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *format = NULL;
  g_autofree char *parent = NULL;
  GError *error = NULL;
  DkStore *store;
  gboolean csv;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("The snapshot’s date (default: the latest)"), N_("YYYY-MM-DD") },
    { "region", 0, 0, G_OPTION_ARG_STRING, &parent, N_("The region whose parts make the rows (default: the home province of Preferences, 13 unless changed; 0 for the whole country)"), N_("CODE") },
    { NULL }
  };

  context = dk_cli_context_new (NULL, _("Print the IKD activation table: the region first, "
                                        "then one row per kabupaten/kota."), entries, &format);
  if (!dk_cli_parse_no_args (context, "ikd", &argc, &argv, &format, &csv))
    return DK_EXIT_USAGE;

  if (!(store = dk_cli_get_store (cli, &error)))
    return dk_cli_fail (error);
  if (!(table = dk_ikd_table_load (store, parent ? parent : dk_cli_default_region (cli), as_of, &error)))
    return dk_cli_fail (error);

  if (csv)
    print_csv (cli->out, table);
  else
    print_text (cli->out, table);
  return DK_EXIT_OK;
}

static gboolean
parse_percent (const char *text,
               int        *bp)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  gint64 hundredths;

  g_strdelimit (copy, ",", '.');
  if (g_str_has_suffix (copy, "%"))
    copy[strlen (copy) - 1] = '\0';
  g_strstrip (copy);
  if (!dk_parse_plain_fixed (copy, &hundredths) || hundredths > 10000)
    return FALSE;
  *bp = (int) hundredths;
  return TRUE;
}

int
dk_cli_ikd_target (DkCli  *cli,
                   int     argc,
                   char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *set = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);
  GError *error = NULL;
  DkNumberFormat fmt;
  DkStore *store;
  int bp = 0;
  GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year (default: this year)"), N_("YYYY") },
    { "set", 0, 0, G_OPTION_ARG_STRING, &set, N_("Set the target from that year on, in percent"), N_("PERCENT") },
    { NULL }
  };

  context = dk_cli_context_new (NULL, _("Show the IKD target in force in a year, or set it."), entries, NULL);
  if (!dk_cli_parse_no_args (context, "ikd-target", &argc, &argv, NULL, NULL))
    return DK_EXIT_USAGE;
  if (set != NULL && !parse_percent (set, &bp))
    return dk_cli_usage_error ("ikd-target", _("“%s” is not a percentage between 0 and 100"), set);

  if (!(store = dk_cli_get_store (cli, &error)))
    return dk_cli_fail (error);
  if (set != NULL && !dk_ikd_set_target_bp (store, year, bp, &error))
    return dk_cli_fail (error);

  dk_number_format_init_locale (&fmt);
  text = dk_format_percent_short (&fmt, dk_ikd_get_target_bp (store, year));
  fprintf (cli->out, "%d: %s\n", year, text);
  return DK_EXIT_OK;
}
