/* dk-cli-budget.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dukcapil-cli budget`: an activity's realisation table as the report prints it, the
 * activity's own row first and its lines in hierarchy order.
 */
#define G_LOG_DOMAIN "dk-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-budget.h"
#include "dk-cli-private.h"
#include "dk-format.h"

static void
print_csv (FILE          *out,
           DkBudgetTable *table)
{
  GPtrArray *lines = dk_budget_table_get_lines (table);
  DkNumberFormat plain;

  dk_number_format_init_plain (&plain);
  fprintf (out, "kode_rekening,uraian,anggaran,realisasi,persen,sisa,persen_sisa\n");
  for (guint i = 0; i < lines->len; i++)
    {
      DkBudgetLine *line = g_ptr_array_index (lines, i);
      g_autoptr(GString) row = g_string_new (NULL);
      g_autofree char *a = dk_format_int (&plain, dk_budget_line_get_anggaran (line));
      g_autofree char *r = dk_format_int (&plain, dk_budget_line_get_realisasi (line));
      g_autofree char *p = dk_format_fixed (&plain, dk_budget_line_get_persen_bp (line));
      g_autofree char *s = dk_format_int (&plain, dk_budget_line_get_sisa (line));
      g_autofree char *ps = dk_format_fixed (&plain, dk_budget_line_get_persen_sisa_bp (line));

      dk_cli_csv_field (row, dk_budget_line_get_kode (line));
      dk_cli_csv_field (row, dk_budget_line_get_uraian (line));
      dk_cli_csv_field (row, a);
      dk_cli_csv_field (row, r);
      dk_cli_csv_field (row, p);
      dk_cli_csv_field (row, s);
      dk_cli_csv_field (row, ps);
      fprintf (out, "%s\n", row->str);
    }
}

static void
print_text (FILE          *out,
            DkBudgetTable *table)
{
  GPtrArray *lines = dk_budget_table_get_lines (table);
  gboolean comparing = dk_budget_table_get_compare_dpa (table) != 0;
  g_autoptr(DkCliTable) t = dk_cli_table_new (comparing ? 8 : 7, comparing ? "llrrrrrr" : "llrrrrr");
  g_autofree char *change_title = NULL;
  DkNumberFormat fmt;

  dk_number_format_init_locale (&fmt);
  /* Translators: heading of the budget table: activity code, name, fiscal year, DPA version */
  fprintf (out, _("Budget realisation of %s %s, fiscal year %d (%s)\n\n"),
           dk_budget_table_get_activity (table), dk_budget_table_get_activity_name (table),
           dk_budget_table_get_year (table), dk_budget_table_get_dpa_name (table));
  /* Translators: a column: the budget's change from another DPA version */
  change_title = g_strdup_printf (_("Change from %s"), dk_budget_table_get_compare_dpa_name (table));
  dk_cli_table_add_row (t, dk_budget_column_title ("kode_rekening"), dk_budget_column_title ("uraian"),
                        dk_budget_column_title ("anggaran"), dk_budget_column_title ("realisasi"),
                        dk_budget_column_title ("persen"), dk_budget_column_title ("sisa"),
                        dk_budget_column_title ("persen_sisa"), change_title, NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      DkBudgetLine *line = g_ptr_array_index (lines, i);
      g_autofree char *indented = g_strdup_printf ("%*s%s", 2 * (int) dk_budget_line_get_depth (line), "",
                                                   dk_budget_line_get_kode (line));
      g_autofree char *a = dk_format_int (&fmt, dk_budget_line_get_anggaran (line));
      g_autofree char *r = dk_format_int (&fmt, dk_budget_line_get_realisasi (line));
      g_autofree char *p = dk_format_percent_bp (&fmt, dk_budget_line_get_persen_bp (line));
      g_autofree char *s = dk_format_int (&fmt, dk_budget_line_get_sisa (line));
      g_autofree char *ps = dk_format_percent_bp (&fmt, dk_budget_line_get_persen_sisa_bp (line));
      g_autofree char *c = dk_format_int (&fmt, dk_budget_line_get_change (line));

      dk_cli_table_add_row (t, indented, dk_budget_line_get_uraian (line), a, r, p, s, ps, c, NULL);
    }
  dk_cli_table_print (t, out);
}

int
dk_cli_budget (DkCli  *cli,
               int     argc,
               char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DkBudgetTable) table = NULL;
  g_autofree char *format = NULL, *activity = NULL;
  int year = 0, dpa = 0, compare = 0;
  GError *error = NULL;
  DkStore *store;
  gboolean csv;
  GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The fiscal year (default: the latest)"), N_("YYYY") },
    { "activity", 0, 0, G_OPTION_ARG_STRING, &activity, N_("The activity’s code (default: the year’s first)"), N_("CODE") },
    { "dpa", 0, 0, G_OPTION_ARG_INT, &dpa, N_("The DPA version whose budget is shown (default: the latest)"), N_("N") },
    { "compare", 0, 0, G_OPTION_ARG_INT, &compare, N_("Show the budget’s change from DPA version N (text only)"), N_("N") },
    { NULL }
  };

  context = dk_cli_context_new (NULL, _("Print an activity’s budget realisation by account code: "
                                        "the activity first, then its lines in hierarchy order."), entries, &format);
  if (!dk_cli_parse_no_args (context, "budget", &argc, &argv, &format, &csv))
    return DK_EXIT_USAGE;
  if (year < 0 || dpa < 0 || compare < 0)
    return dk_cli_usage_error ("budget", _("The year and the DPA versions must be positive numbers"));

  if (!(store = dk_cli_get_store (cli, &error)) ||
      !(table = dk_budget_table_load (store, year, activity, dpa, compare, &error)))
    return dk_cli_fail (error);
  if (csv)
    print_csv (cli->out, table);
  else
    print_text (cli->out, table);
  return DK_EXIT_OK;
}
