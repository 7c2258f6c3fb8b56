/* dk-cli-chart.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dukcapil-cli chart KIND -o FILE`: the dashboards' charts drawn by the same code as
 * the window, into PNG, SVG or PDF.
 */
#define G_LOG_DOMAIN "dk-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-budget-chart.h"
#include "dk-cli-private.h"
#include "dk-error.h"
#include "dk-ikd-chart.h"
#include "dk-blangko-map.h"
#include "dk-ikd-map.h"
#include "dk-m2m-map.h"
#include "dk-m2m-chart.h"

typedef struct
{
  char     *as_of;
  int       year;
  char     *sort;
  char     *region;
  char     *activity;
  int       level;
  gboolean  no_title;
  char     *page;
  char     *level_name;
} ChartOptions;

static void
chart_options_clear (ChartOptions *options)
{
  g_clear_pointer (&options->as_of, g_free);
  g_clear_pointer (&options->sort, g_free);
  g_clear_pointer (&options->region, g_free);
  g_clear_pointer (&options->activity, g_free);
  g_clear_pointer (&options->page, g_free);
  g_clear_pointer (&options->level_name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ChartOptions, chart_options_clear)

static void
replace_string (char       **str,
                  const char  *value)
{
  g_free (*str);
  *str = g_strdup (value);
}

typedef DkChart *(*ChartBuilder) (DkStore             *store,
                                  const ChartOptions  *options,
                                  GError             **error);

static DkChart *
build_ikd (DkStore             *store,
           const ChartOptions  *options,
           GError             **error)
{
  g_autoptr(DkIkdTable) table = NULL;
  g_autoptr(DkBarChart) chart = NULL;
  DkNumberFormat fmt;

  if (options->sort != NULL && !g_str_equal (options->sort, "coverage") && !g_str_equal (options->sort, "code"))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("Unknown sort order “%s”: use coverage or code"), options->sort);
      return NULL;
    }
  if (!(table = dk_ikd_table_load (store, options->region, options->as_of, error)))
    return NULL;

  dk_number_format_init_locale (&fmt);
  chart = dk_ikd_chart_new (table, &fmt);
  dk_bar_chart_set_sort (chart, g_strcmp0 (options->sort, "coverage") == 0
                                ? DK_BAR_SORT_VALUE_DESC : DK_BAR_SORT_KEY);
  if (!options->no_title)
    {
      g_autofree char *date = dk_format_date_long (dk_ikd_table_get_as_of (table));
      /* Translators: a chart title: region, date */
      g_autofree char *title = g_strdup_printf (_("IKD activation per kabupaten/kota, %s, %s"),
                                                dk_ikd_row_get_wilayah (dk_ikd_table_get_total (table)), date);

      dk_chart_set_title (DK_CHART (chart), title);
    }
  return DK_CHART (g_steal_pointer (&chart));
}

static DkChart *
build_ikd_trend (DkStore             *store,
                 const ChartOptions  *options,
                 GError             **error)
{
  const char *region = options->region;
  g_autoptr(GArray) points = NULL;
  g_autoptr(DkIkdTable) table = NULL;
  g_autoptr(DkLineChart) chart = NULL;
  DkNumberFormat fmt;

  if (!(table = dk_ikd_table_load (store, region, NULL, error)) ||
      !(points = dk_ikd_trend (store, region, error)))
    return NULL;
  dk_number_format_init_locale (&fmt);
  chart = dk_ikd_trend_chart_new (points, &fmt);
  if (points->len >= 2)
    {
      const DkIkdPoint *last = &g_array_index (points, DkIkdPoint, points->len - 1);
      g_autoptr(GPtrArray) paces = dk_ikd_pace_load (store, region, last->as_of, NULL);

      /* at the last period's pace, and the path the target needs */
      if (paces != NULL)
        dk_ikd_trend_add_pace (chart, paces->pdata[0], last->rekam_dinamis, last->jumlah_ikd, last->target_bp);
    }
  if (!options->no_title)
    {
      /* Translators: a chart title; %s is a region */
      g_autofree char *title = g_strdup_printf (_("IKD coverage of %s over time"),
                                                dk_ikd_row_get_wilayah (dk_ikd_table_get_total (table)));

      dk_chart_set_title (DK_CHART (chart), title);
    }
  return DK_CHART (g_steal_pointer (&chart));
}

static DkChart *
build_m2m (DkStore             *store,
           const ChartOptions  *options,
           GError             **error)
{
  g_autoptr(DkM2mTable) table = NULL;
  g_autoptr(DkBarChart) chart = NULL;
  DkNumberFormat fmt;

  if (options->sort != NULL && !g_str_equal (options->sort, "devices") && !g_str_equal (options->sort, "code"))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("Unknown sort order “%s”: use devices or code"), options->sort);
      return NULL;
    }
  if (!(table = dk_m2m_table_load (store, options->region, options->as_of, error)))
    return NULL;
  dk_number_format_init_locale (&fmt);
  chart = dk_m2m_chart_new (table, &fmt);
  dk_bar_chart_set_sort (chart, g_strcmp0 (options->sort, "devices") == 0 ? DK_BAR_SORT_VALUE_DESC : DK_BAR_SORT_KEY);
  if (!options->no_title)
    {
      g_autofree char *date = dk_format_date_long (dk_m2m_table_get_as_of (table));
      /* Translators: a chart title: region, date */
      g_autofree char *title = g_strdup_printf (_("M2M devices per kabupaten/kota, %s, %s"),
                                                dk_m2m_row_get_wilayah (dk_m2m_table_get_total (table)), date);

      dk_chart_set_title (DK_CHART (chart), title);
    }
  return DK_CHART (g_steal_pointer (&chart));
}

static DkChart *
build_m2m_timeline (DkStore             *store,
                    const ChartOptions  *options,
                    GError             **error)
{
  g_autoptr(GArray) points = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(DkLineChart) chart = NULL;
  DkNumberFormat fmt;

  if (!(points = dk_m2m_trend (store, options->region, error)) ||
      !(events = dk_m2m_list_events (store, error)))
    return NULL;
  dk_number_format_init_locale (&fmt);
  chart = dk_m2m_timeline_chart_new (points, events, &fmt);
  if (!options->no_title)
    dk_chart_set_title (DK_CHART (chart), _("Active M2M devices over time"));
  return DK_CHART (g_steal_pointer (&chart));
}

static DkChart *
build_budget (DkStore             *store,
              const ChartOptions  *options,
              GError             **error)
{
  g_autoptr(DkBudgetTable) table = NULL;
  g_autoptr(DkBarChart) chart = NULL;
  DkNumberFormat fmt;

  if (!(table = dk_budget_table_load (store, options->year, options->activity, 0, 0, error)))
    return NULL;
  dk_number_format_init_locale (&fmt);
  chart = dk_budget_chart_new (table, options->level > 0 ? (guint) options->level : dk_budget_table_get_split_depth (table),
                               &fmt);
  if (!options->no_title)
    {
      g_autofree char *title = dk_budget_chart_title (table);

      dk_chart_set_title (DK_CHART (chart), title);
    }
  return DK_CHART (g_steal_pointer (&chart));
}

static DkChart *
build_budget_monthly (DkStore             *store,
                      const ChartOptions  *options,
                      GError             **error)
{
  g_autoptr(DkBudgetTable) table = NULL;
  g_autoptr(DkLineChart) chart = NULL;
  DkNumberFormat fmt;

  if (!(table = dk_budget_table_load (store, options->year, options->activity, 0, 0, error)))
    return NULL;
  dk_number_format_init_locale (&fmt);
  chart = dk_budget_monthly_chart_new (table, &fmt);
  if (!options->no_title)
    {
      g_autofree char *title = dk_budget_monthly_chart_title (table);

      dk_chart_set_title (DK_CHART (chart), title);
    }
  return DK_CHART (g_steal_pointer (&chart));
}

/* `chart map --page m2m|blangko`: the kabupaten/kota offices' devices, or their days of
 * blank cards left (of province 13, whose offices report blanks). */
static DkChart *
build_office_map (DkStore             *store,
                  const ChartOptions  *options,
                  GError             **error)
{
  g_autoptr(DkBoundaries) boundaries = dk_boundaries_new (error);
  g_autoptr(DkMapChart) chart = NULL;
  g_autofree char *title = NULL, *date = NULL;
  DkNumberFormat fmt;

  if (boundaries == NULL)
    return NULL;
  dk_number_format_init_locale (&fmt);
  if (g_str_equal (options->page, "m2m"))
    {
      g_autoptr(DkM2mTable) table = dk_m2m_table_load (store, options->region, options->as_of, error);

      if (table == NULL)
        return NULL;
      chart = dk_m2m_map_new (table, boundaries, &fmt);
      date = dk_format_date_long (dk_m2m_table_get_as_of (table));
      /* Translators: a map's title: region, date */
      title = g_strdup_printf (_("M2M devices of the offices, %s, %s"),
                               dk_m2m_row_get_wilayah (dk_m2m_table_get_total (table)), date);
    }
  else
    {
      g_autofree char *as_of = options->as_of != NULL ? g_strdup (options->as_of) : dk_blangko_today ();
      g_autoptr(GPtrArray) offices = dk_blangko_offices (store, "13", as_of, NULL, error);

      if (offices == NULL)
        return NULL;
      chart = dk_blangko_map_new (offices, boundaries, &fmt);
      date = dk_format_date_long (as_of);
      /* Translators: a map's title; %s is a date */
      title = g_strdup_printf (_("Days of blank KTP-el cards left, %s"), date);
    }
  if (!options->no_title)
    dk_chart_set_title (DK_CHART (chart), title);
  return DK_CHART (g_steal_pointer (&chart));
}

/* `chart map`: the IKD coverage of the region's parts (or of a level further down) on the
 * shipped boundaries. */
static DkChart *
build_map (DkStore             *store,
           const ChartOptions  *options,
           GError             **error)
{
  g_autoptr(DkBoundaries) boundaries = NULL;
  g_autoptr(DkIkdTable) table = NULL;
  g_autoptr(DkMapChart) chart = NULL;
  DkRegionLevel level = DK_REGION_LEVEL_INVALID;
  DkNumberFormat fmt;

  if (g_strcmp0 (options->page, "m2m") == 0 || g_strcmp0 (options->page, "blangko") == 0)
    return build_office_map (store, options, error);
  if (options->page != NULL && !g_str_equal (options->page, "ikd"))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("Unknown page “%s”: use ikd, m2m or blangko"), options->page);
      return NULL;
    }
  if (options->level_name != NULL &&
      (level = dk_region_level_from_string (options->level_name)) == DK_REGION_LEVEL_INVALID)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("Unknown level “%s”: use provinsi, kabkota, kecamatan or desa"), options->level_name);
      return NULL;
    }
  if (!(boundaries = dk_boundaries_new (error)) ||
      !(table = dk_ikd_table_load_level (store, options->region, level, options->as_of, error)))
    return NULL;
  dk_number_format_init_locale (&fmt);
  chart = dk_ikd_map_new (table, boundaries, &fmt);
  if (!options->no_title)
    {
      g_autofree char *date = dk_format_date_long (dk_ikd_table_get_as_of (table));
      /* Translators: a map's title: region, date */
      g_autofree char *title = g_strdup_printf (_("IKD coverage, %s, %s"),
                                                dk_ikd_row_get_wilayah (dk_ikd_table_get_total (table)), date);

      dk_chart_set_title (DK_CHART (chart), title);
    }
  return DK_CHART (g_steal_pointer (&chart));
}

static const struct
{
  const char   *name;
  ChartBuilder  build;
} kinds[] = {
  { "map", build_map },
  { "ikd", build_ikd },
  { "ikd-trend", build_ikd_trend },
  { "m2m", build_m2m },
  { "m2m-timeline", build_m2m_timeline },
  { "budget", build_budget },
  { "budget-monthly", build_budget_monthly },
};

static ChartBuilder
find_kind (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i].name, name))
      return kinds[i].build;
  return NULL;
}

int
dk_cli_chart (DkCli  *cli,
              int     argc,
              char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DkChart) chart = NULL;
  g_autofree char *output = NULL;
  g_auto(ChartOptions) options = { NULL, 0, NULL, NULL, NULL, 0, FALSE, NULL, NULL };
  g_autofree char *parent = NULL, *level = NULL;
  int width = 1200, height = 600;
  gboolean dark = FALSE;
  GError *error = NULL;
  DkChartStyle style;
  ChartBuilder build;
  DkStore *store;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write: .png, .svg or .pdf"), N_("FILE") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, N_("Width in pixels (default 1200)"), N_("W") },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, N_("Height in pixels (default 600)"), N_("H") },
    { "sort", 0, 0, G_OPTION_ARG_STRING, &options.sort, N_("Bar order: code, or coverage (ikd) or devices (m2m)"), N_("ORDER") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &options.as_of, N_("The snapshot’s date (default: the latest)"), N_("YYYY-MM-DD") },
    { "year", 0, 0, G_OPTION_ARG_INT, &options.year, N_("The year, for yearly tables"), N_("YYYY") },
    { "region", 0, 0, G_OPTION_ARG_STRING, &options.region, N_("The region whose parts make the bars (default: the home province of Preferences, 13 unless changed; 0 for the whole country)"), N_("CODE") },
    { "activity", 0, 0, G_OPTION_ARG_STRING, &options.activity, N_("The activity’s code, for budget charts (default: the year’s first)"), N_("CODE") },
    { "level", 0, 0, G_OPTION_ARG_STRING, &level, N_("The depth of the account codes drawn, for budget (default: where the budget first splits); for map, the level of the regions drawn: provinsi, kabkota or kecamatan"), N_("LEVEL") },
    { "parent", 0, 0, G_OPTION_ARG_STRING, &parent, N_("The same as --region"), N_("CODE") },
    { "page", 0, 0, G_OPTION_ARG_STRING, &options.page, N_("The dashboard whose figures a map shows (default ikd)"), N_("PAGE") },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, N_("Use the dark palette"), NULL },
    { "no-title", 0, 0, G_OPTION_ARG_NONE, &options.no_title, N_("Leave out the title"), NULL },
    { NULL }
  };

  context = dk_cli_context_new (_("KIND"), _("Draw a chart into a file. KIND is one of: map, ikd, ikd-trend, m2m, m2m-timeline, "
                                              "budget, budget-monthly."),
                                entries, NULL);
  if (!dk_cli_parse (context, "chart", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc < 2)
    return dk_cli_usage_error ("chart", _("No chart kind given"));
  if (argc > 2)
    return dk_cli_usage_error ("chart", _("Unexpected argument “%s”"), argv[2]);
  if (!(build = find_kind (argv[1])))
    return dk_cli_usage_error ("chart", _("Unknown chart kind “%s”"), argv[1]);
  if (output == NULL)
    return dk_cli_usage_error ("chart", _("No output file given (-o FILE)"));
  if (parent != NULL)
    replace_string (&options.region, parent);
  if (level != NULL && g_ascii_isdigit (*level))
    options.level = atoi (level);
  else if (level != NULL)
    options.level_name = g_strdup (level);
  if (options.year < 0 || options.level < 0)
    return dk_cli_usage_error ("chart", _("The year and the level must be positive numbers"));
  if (width < 100 || height < 100 || width > 20000 || height > 20000)
    return dk_cli_usage_error ("chart", _("The size must be between 100 and 20000 pixels"));

  if (options.region == NULL)
    options.region = g_strdup (g_str_has_prefix (argv[1], "m2m") ? dk_cli_default_province (cli)
                                                                 : dk_cli_default_region (cli));
  if (!(store = dk_cli_get_store (cli, &error)) ||
      !(chart = build (store, &options, &error)))
    return dk_cli_fail (error);
  dk_chart_style_init (&style, dark);
  if (!dk_chart_save (chart, &style, width, height, output, &error))
    return dk_cli_fail (error);
  return DK_EXIT_OK;
}
