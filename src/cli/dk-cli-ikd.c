/* dk-cli-ikd.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dk-cli-private.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-ikd.h"
#include "dk-ikd-pace.h"

/* A partial total (some parts without figures) has no percentage and shortfall of the
 * region's: its fields are left empty, its sums kept. */
static void
print_csv_row (FILE     *out,
               DkIkdRow *row,
               gboolean  partial)
{
  DkNumberFormat plain;
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *rekam = NULL, *ikd = NULL, *persen = NULL, *kurang = NULL;

  dk_number_format_init_plain (&plain);
  rekam = dk_format_int (&plain, dk_ikd_row_get_rekam_dinamis (row));
  ikd = dk_format_int (&plain, dk_ikd_row_get_jumlah_ikd (row));
  persen = partial ? g_strdup ("") : dk_format_fixed (&plain, dk_ikd_row_get_persen_bp (row));
  kurang = partial ? g_strdup ("") : dk_format_int (&plain, dk_ikd_row_get_kekurangan (row));

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
  print_csv_row (out, dk_ikd_table_get_total (table), dk_ikd_table_is_partial (table));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (rows, i);

      print_csv_row (out, row, FALSE);
    }
}

static void
add_text_row (DkCliTable           *t,
              const DkNumberFormat *fmt,
              DkIkdRow             *row,
              gboolean              partial)
{
  g_autofree char *number = NULL, *rekam = NULL, *ikd = NULL, *persen = NULL, *kurang = NULL;

  number = dk_ikd_row_get_number (row) > 0 ? g_strdup_printf ("%u", dk_ikd_row_get_number (row)) : g_strdup ("");
  rekam = dk_format_int (fmt, dk_ikd_row_get_rekam_dinamis (row));
  ikd = dk_format_int (fmt, dk_ikd_row_get_jumlah_ikd (row));
  persen = partial ? g_strdup ("—") : dk_format_percent_bp (fmt, dk_ikd_row_get_persen_bp (row));
  kurang = partial ? g_strdup ("—") : dk_format_int (fmt, dk_ikd_row_get_kekurangan (row));
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
print_partial (FILE       *out,
               DkIkdTable *table)
{
  g_autofree char *reported = dk_ikd_table_describe_reported (table);

  if (reported == NULL)
    return;
  /* Translators: "1 of 19 kabupaten/kota reported", then the region */
  fprintf (out, _("\nPartial total: %s; the row of %s sums only their figures, so it has no percentage or "
                  "shortfall of its own\n"),
           reported, dk_ikd_row_get_wilayah (dk_ikd_table_get_total (table)));
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
  add_text_row (t, &fmt, dk_ikd_table_get_total (table), dk_ikd_table_is_partial (table));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (rows, i);

      add_text_row (t, &fmt, row, FALSE);
    }
  dk_cli_table_print (t, out);
  print_partial (out, table);
  print_stated_difference (table, &fmt);
}

/* `ikd --pace`: the pace to the target of the region and of each of its parts. */
static void
print_pace_csv (FILE      *out,
                GPtrArray *paces)
{
  fprintf (out, "kode,wilayah,per_bulan,capai_target,perlu_per_bulan\n");
  for (guint i = 0; i < paces->len; i++)
    {
      const DkIkdPace *pace = paces->pdata[i];
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *per_month = NULL, *needed = NULL;

      dk_cli_csv_field (line, pace->kode);
      dk_cli_csv_field (line, pace->wilayah);
      if (pace->has_pace)
        {
          per_month = g_strdup_printf ("%.0f", round (pace->per_month));
          needed = g_strdup_printf ("%.0f", ceil (pace->needed_per_month));
        }
      dk_cli_csv_field (line, per_month != NULL ? per_month : "");
      /* the date; "tercapai" already reached, "tidak" not at this pace */
      dk_cli_csv_field (line, !pace->has_pace ? "" : pace->reach_date == NULL ? "tidak"
                              : *pace->reach_date == '\0' ? "tercapai" : pace->reach_date);
      dk_cli_csv_field (line, needed != NULL ? needed : "");
      fprintf (out, "%s\n", line->str);
    }
}

/* When the pace reaches the target, in words. */
static char *
pace_reach_text (const DkIkdPace *pace)
{
  if (!pace->has_pace)
    return g_strdup (_("no two dates"));
  if (pace->reach_date == NULL)
    return g_strdup (_("not at this pace"));
  if (*pace->reach_date == '\0')
    return g_strdup (_("reached"));
  return dk_format_date_long (pace->reach_date);
}

static void
print_pace_text (FILE      *out,
                 GPtrArray *paces,
                 int        target_bp)
{
  g_autoptr(DkCliTable) t = dk_cli_table_new (5, "llrlr");
  const DkIkdPace *first = paces->pdata[0];
  DkNumberFormat fmt;

  dk_number_format_init_locale (&fmt);
  if (first->has_pace)
    {
      g_autofree char *from = dk_format_date_long (first->from), *to = dk_format_date_long (first->to);
      g_autofree char *deadline = dk_format_date_long (first->deadline);
      g_autofree char *target = dk_format_percent_short (&fmt, target_bp);

      /* Translators: the heading of the pace table: region, two dates, target, date */
      fprintf (out, _("Pace to the target of %s, from %s to %s (target %s by %s)\n\n"),
               first->wilayah, from, to, target, deadline);
    }
  else
    /* Translators: %s is a region */
    fprintf (out, _("Pace to the target of %s: the figures have one date only, no pace yet\n\n"), first->wilayah);
  /* Translators: column headings of the pace table */
  dk_cli_table_add_row (t, C_("column", "Region"), C_("column", "Code"), C_("column", "Per month"),
                        C_("column", "Target reached"), C_("column", "Needed per month"), NULL);
  for (guint i = 0; i < paces->len; i++)
    {
      const DkIkdPace *pace = paces->pdata[i];
      g_autofree char *per_month = pace->has_pace ? dk_format_int (&fmt, (gint64) round (pace->per_month)) : g_strdup ("");
      g_autofree char *needed = pace->has_pace ? dk_format_int (&fmt, (gint64) ceil (pace->needed_per_month)) : g_strdup ("");
      g_autofree char *reach = pace_reach_text (pace);

      dk_cli_table_add_row (t, pace->wilayah, pace->kode, per_month, reach, needed, NULL);
    }
  dk_cli_table_print (t, out);
}

static int
print_pace (DkCli       *cli,
            DkStore     *store,
            const char  *parent,
            const char  *as_of,
            gboolean     csv)
{
  g_autoptr(GPtrArray) paces = NULL;
  g_autoptr(DkIkdTable) table = NULL;
  GError *error = NULL;

  if (!(paces = dk_ikd_pace_load (store, parent, as_of, &error)) ||
      !(table = dk_ikd_table_load (store, parent, as_of, &error)))
    return dk_cli_fail (error);
  if (csv)
    print_pace_csv (cli->out, paces);
  else
    print_pace_text (cli->out, paces, dk_ikd_table_get_target_bp (table));
  return DK_EXIT_OK;
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
  gboolean csv, pace = FALSE;
  GOptionEntry entries[] = {
    { "pace", 0, 0, G_OPTION_ARG_NONE, &pace, N_("Print the pace to the target instead: activations per month over the last two dates, when the target is reached at that pace, and the activations per month needed to reach it by the end of the target’s year"), NULL },
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
  if (pace)
    return print_pace (cli, store, parent ? parent : dk_cli_default_region (cli), as_of, csv);
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
