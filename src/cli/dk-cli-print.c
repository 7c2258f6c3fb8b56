/* dk-cli-print.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dukcapil-cli print KIND -o FILE.pdf`: a dashboard on A4 pages, the same drawing the
 * window's Print… sends to the printer.
 */
#define G_LOG_DOMAIN "dk-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-budget-chart.h"
#include "dk-cli-private.h"
#include "dk-ikd-chart.h"
#include "dk-m2m-chart.h"
#include "dk-pks-chart.h"

static DkPrintDoc *
build_ikd (DkStore     *store,
           const char  *region,
           const char  *as_of,
           GError     **error)
{
  g_autoptr(DkIkdTable) table = dk_ikd_table_load (store, region, as_of, error);
  g_autoptr(GArray) trend = NULL;
  g_autoptr(DkBoundaries) boundaries = NULL;
  DkNumberFormat fmt;

  if (table == NULL || !(trend = dk_ikd_trend (store, region, error)) ||
      !(boundaries = dk_boundaries_new (error)))
    return NULL;
  dk_number_format_init_locale (&fmt);
  return dk_ikd_print_doc_new_with_map (table, trend, DK_BAR_SORT_KEY, boundaries, &fmt);
}

static DkPrintDoc *
build_m2m (DkStore     *store,
           const char  *region,
           const char  *as_of,
           GError     **error)
{
  g_autoptr(DkM2mTable) table = dk_m2m_table_load (store, region, as_of, error);
  g_autoptr(GPtrArray) outages = NULL;
  DkNumberFormat fmt;

  if (table == NULL || !(outages = dk_m2m_outages (store, region, dk_m2m_table_get_as_of (table), error)))
    return NULL;
  dk_number_format_init_locale (&fmt);
  return dk_m2m_print_doc_new (table, outages, DK_BAR_SORT_KEY, &fmt);
}

static DkPrintDoc *
build_budget (DkStore     *store,
              int          year,
              const char  *activity,
              int          level,
              GError     **error)
{
  g_autoptr(DkBudgetTable) table = dk_budget_table_load (store, year, activity, 0, 0, error);
  DkNumberFormat fmt;

  if (table == NULL)
    return NULL;
  dk_number_format_init_locale (&fmt);
  return dk_budget_print_doc_new (table, level > 0 ? (guint) level : dk_budget_table_get_split_depth (table), &fmt);
}

static DkPrintDoc *
build_pks (DkStore     *store,
           const char  *as_of,
           GError     **error)
{
  g_autofree char *today = NULL;
  g_autoptr(GPtrArray) agreements = NULL;
  DkNumberFormat fmt;

  if (as_of == NULL)
    as_of = today = dk_pks_today ();
  if (!dk_date_check_iso (as_of, NULL, error) || !(agreements = dk_pks_agreements (store, as_of, error)))
    return NULL;
  dk_number_format_init_locale (&fmt);
  return dk_pks_print_doc_new (agreements, as_of, &fmt);
}

int
dk_cli_print (DkCli  *cli,
              int     argc,
              char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DkPrintDoc) doc = NULL;
  g_autofree char *output = NULL, *as_of = NULL, *region = NULL, *activity = NULL;
  int year = 0, level = 0;
  GError *error = NULL;
  DkStore *store;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"), N_("FILE") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("The figures’ date (default: the latest)"), N_("YYYY-MM-DD") },
    { "region", 0, 0, G_OPTION_ARG_STRING, &region, N_("The region (default: the home province of Preferences, 13 unless changed)"), N_("CODE") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The fiscal year, for budget (default: the latest)"), N_("YYYY") },
    { "activity", 0, 0, G_OPTION_ARG_STRING, &activity, N_("The activity’s code, for budget charts (default: the year’s first)"), N_("CODE") },
    { "level", 0, 0, G_OPTION_ARG_INT, &level, N_("The depth of the account codes drawn, for budget (default: where the budget first splits)"), N_("N") },
    { NULL }
  };

  context = dk_cli_context_new (_("KIND"), _("Print a dashboard on A4 pages into a PDF file. KIND is one of: ikd, m2m, budget, "
                                             "pks (the agreements ending in the next three months from --as-of, default "
                                             "today)."),
                                entries, NULL);
  if (!dk_cli_parse (context, "print", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 2)
    return dk_cli_usage_error ("print", argc < 2 ? _("No dashboard given") : _("Too many arguments"));
  if (!g_str_equal (argv[1], "ikd") && !g_str_equal (argv[1], "m2m") && !g_str_equal (argv[1], "budget") &&
      !g_str_equal (argv[1], "pks"))
    return dk_cli_usage_error ("print", _("Unknown dashboard “%s”"), argv[1]);
  if (output == NULL)
    return dk_cli_usage_error ("print", _("No output file given (-o FILE)"));

  if (year < 0 || level < 0)
    return dk_cli_usage_error ("print", _("The year and the level must be positive numbers"));
  if (!(store = dk_cli_get_store (cli, &error)))
    return dk_cli_fail (error);
  if (g_str_equal (argv[1], "budget"))
    doc = build_budget (store, year, activity, level, &error);
  else if (g_str_equal (argv[1], "pks"))
    doc = build_pks (store, as_of, &error);
  else
    doc = g_str_equal (argv[1], "ikd") ? build_ikd (store, region ? region : dk_cli_default_region (cli), as_of, &error)
                                     : build_m2m (store, region ? region : dk_cli_default_province (cli), as_of, &error);
  if (doc == NULL || !dk_print_doc_save_pdf (doc, output, &error))
    return dk_cli_fail (error);
  return DK_EXIT_OK;
}
