/* dk-ikd-page.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The IKD dashboard: how far each region is from the national target, as summary cards,
 * a bar chart, the region over time and the report's table, one level at a time. The
 * breadcrumb (Indonesia › Sumatera Barat › Kota Padang) goes back up; activating a row or a
 * bar whose figures come from the regions below it goes down. A table of a level further
 * down (every desa of a province or of the country) is loaded off the main loop.
 */
#define G_LOG_DOMAIN "dk-ikd-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dk-chart-table-view.h"
#include "dk-chart-view.h"
#include "dk-date-picker.h"
#include "dk-ikd-correct-dialog.h"
#include "dk-report-table.h"
#include "dk-row-order.h"
#include "dk-format.h"
#include "dk-ikd-chart.h"
#include "dk-ikd-map.h"
#include "dk-ikd-pace.h"
#include "dk-ikd-page.h"
#include "dk-metric-card.h"
#include "dk-region.h"
#include "dk-window.h"

struct _DkIkdPage
{
  GtkWidget         parent_instance;

  GtkLabel         *subtitle_label;
  DkDatePicker     *date_picker;
  GtkBox           *breadcrumb;
  GtkDropDown      *level_dropdown;
  GtkLabel         *chart_heading;
  GtkLabel         *table_heading;
  GtkSearchEntry   *search_entry;
  GtkLabel         *chart_note;
  GtkRevealer      *discrepancy_revealer;
  GtkLabel         *discrepancy_label;
  DkMetricCard     *coverage_card;
  DkMetricCard     *met_card;
  DkMetricCard     *shortfall_card;
  DkChartView      *chart_view;
  GtkWidget        *trend_card;
  DkChartView      *trend_view;
  GtkColumnView    *column_view;
  GtkWidget        *sort_box;
  GtkWidget        *pace_card;
  GtkLabel         *pace_summary;
  GtkGrid          *pace_grid;

  DkStore          *store;
  DkIkdTable       *table;
  DkReportTable    *report_table;
  DkRowOrder       *row_order;       /* the rows found by the search, in the table's order */
  DkRowOrderData   *orders;          /* the rows being shown in order, from their thread */
  GListStore       *chart_rows;      /* the rows the chart draws, in their order */
  guint             n_dates;
  char             *region;          /* the parent of the rows; "" for Indonesia */
  DkRegionLevel     region_level;    /* its level; INVALID for Indonesia */
  DkRegionLevel     level;           /* the rows' */
  gboolean          filling_levels;
  GCancellable     *load_cancellable; /* a table being loaded in a thread */
  GSettings        *settings;
  char             *sort;
  gboolean          show_target;
  char             *view;            /* "chart" or "map" */
  DkBoundaries     *boundaries;      /* read when the map is first shown */
};

G_DEFINE_FINAL_TYPE (DkIkdPage, dk_ikd_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SORT,
  PROP_SHOW_TARGET,
  PROP_TABLE,
  PROP_LOADING,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A partial total (some parts without figures) is no coverage or shortfall of the
 * region's: its cards say how many parts reported instead of a figure. */
static void
update_partial_cards (DkIkdPage *self)
{
  g_autofree char *reported = dk_ikd_table_describe_reported (self->table);

  if (reported == NULL)
    return;
  dk_metric_card_set_value (self->coverage_card, "—");
  dk_metric_card_set_detail (self->coverage_card, reported);
  dk_metric_card_set_status (self->coverage_card, DK_METRIC_NEUTRAL);
  dk_metric_card_set_value (self->shortfall_card, "—");
  dk_metric_card_set_detail (self->shortfall_card, reported);
  dk_metric_card_set_status (self->shortfall_card, DK_METRIC_NEUTRAL);
}

static void
update_cards (DkIkdPage            *self,
              const DkNumberFormat *fmt)
{
  DkIkdRow *total = dk_ikd_table_get_total (self->table);
  guint n_rows = g_list_model_get_n_items (dk_ikd_table_get_rows (self->table));
  guint n_met = dk_ikd_table_get_n_met (self->table);
  g_autofree char *coverage = dk_format_percent_bp (fmt, dk_ikd_row_get_persen_bp (total));
  g_autofree char *target = dk_format_percent_short (fmt, dk_ikd_table_get_target_bp (self->table));
  g_autofree char *ikd = dk_format_int (fmt, dk_ikd_row_get_jumlah_ikd (total));
  g_autofree char *rekam = dk_format_int (fmt, dk_ikd_row_get_rekam_dinamis (total));
  g_autofree char *shortfall = dk_format_int (fmt, dk_ikd_row_get_kekurangan (total));
  g_autofree char *coverage_detail = NULL, *met = NULL, *met_detail = NULL, *shortfall_detail = NULL;

  /* Translators: under the province's coverage: "499.435 of 4.186.046 recorded; target 30 %" */
  coverage_detail = g_strdup_printf (_("%s of %s recorded; target %s"), ikd, rekam, target);
  dk_metric_card_set_value (self->coverage_card, coverage);
  dk_metric_card_set_detail (self->coverage_card, coverage_detail);
  dk_metric_card_set_status (self->coverage_card,
                             dk_ikd_row_get_target_met (total) ? DK_METRIC_GOOD : DK_METRIC_BAD);

  g_autofree char *n_met_text = dk_format_int (fmt, n_met), *n_rows_text = dk_format_int (fmt, n_rows);

  /* Translators: "2 of 19" kabupaten/kota meet the target; "27.834 of 83.762" desa */
  met = g_strdup_printf (_("%s of %s"), n_met_text, n_rows_text);
  {
    g_autofree char *n_below = dk_format_int (fmt, n_rows - n_met);

    met_detail = g_strdup_printf (ngettext ("%s region below the target",
                                            "%s regions below the target", n_rows - n_met),
                                  n_below);
  }
  dk_metric_card_set_value (self->met_card, met);
  dk_metric_card_set_detail (self->met_card, met_detail);
  dk_metric_card_set_status (self->met_card, n_met == n_rows ? DK_METRIC_GOOD : DK_METRIC_NEUTRAL);

  /* Translators: under the number of activations needed to reach the target */
  shortfall_detail = g_strdup_printf (_("to reach %s of %s"), target, dk_ikd_row_get_wilayah (total));
  dk_metric_card_set_value (self->shortfall_card, shortfall);
  dk_metric_card_set_detail (self->shortfall_card, shortfall_detail);
  dk_metric_card_set_status (self->shortfall_card,
                             dk_ikd_row_get_kekurangan (total) == 0 ? DK_METRIC_GOOD : DK_METRIC_NEUTRAL);
  update_partial_cards (self);
}

static void
append_difference (GString              *text,
                   const DkNumberFormat *fmt,
                   const char           *what,
                   gint64                stated,
                   gint64                computed)
{
  g_autofree char *s = NULL, *c = NULL;

  if (stated == computed)
    return;
  s = dk_format_int (fmt, stated);
  c = dk_format_int (fmt, computed);
  if (text->len > 0)
    g_string_append_c (text, ' ');
  /* Translators: a stated total that differs from the sum of the rows;
   * the first %s is a column such as "Rekam dinamis" */
  g_string_append_printf (text, _("%s: the source states %s, the rows add up to %s."), what, s, c);
}

static void
update_discrepancy (DkIkdPage            *self,
                    const DkNumberFormat *fmt)
{
  DkIkdRow *stated = dk_ikd_table_get_stated (self->table);
  DkIkdRow *total = dk_ikd_table_get_total (self->table);
  g_autoptr(GString) text = g_string_new (NULL);

  if (stated != NULL)
    {
      append_difference (text, fmt, _("Recorded (rekam dinamis)"),
                         dk_ikd_row_get_rekam_dinamis (stated), dk_ikd_row_get_rekam_dinamis (total));
      append_difference (text, fmt, _("IKD activations"),
                         dk_ikd_row_get_jumlah_ikd (stated), dk_ikd_row_get_jumlah_ikd (total));
    }
  if (dk_ikd_table_is_partial (self->table))
    {
      g_autofree char *reported = dk_ikd_table_describe_reported (self->table);

      /* a stated total is no more comparable with a partial sum: this note replaces that one */
      /* Translators: "1 of 19 kabupaten/kota reported", then the region; shown with the table */
      g_string_printf (text, _("Partial total: %s. The row of %s sums only their figures; it is not the region’s "
                               "total, and has no percentage or shortfall of its own."),
                       reported, dk_ikd_row_get_wilayah (total));
    }
  else if (text->len > 0)
    {
      /* Translators: %s is the region; the sentences that follow give the figures */
      g_autofree char *intro = g_strdup_printf (_("The total the source gives for %s differs from the sum of its rows; "
                                                  "the dashboard uses the sum."),
                                                dk_ikd_row_get_wilayah (total));

      g_string_prepend_c (text, ' ');
      g_string_prepend (text, intro);
    }
  gtk_label_set_text (self->discrepancy_label, text->str);
  gtk_revealer_set_reveal_child (self->discrepancy_revealer, text->len > 0);
}

/* A chart stays legible with each bar 14 px wide or more: the 514 kabupaten/kota of the
 * country scroll sideways; past this many, the chart draws the regions furthest from the
 * target, and the search finds any other. */
#define MAX_BARS 600
#define LOWEST_BARS 50

static int
compare_coverage (gconstpointer a,
                  gconstpointer b)
{
  double x = dk_ikd_row_get_coverage (*(DkIkdRow **) a), y = dk_ikd_row_get_coverage (*(DkIkdRow **) b);

  return x < y ? -1 : x > y ? 1 : strcmp (dk_ikd_row_get_kode (*(DkIkdRow **) a), dk_ikd_row_get_kode (*(DkIkdRow **) b));
}

/* The map of the rows found, in their order, kept in chart_rows so that a region clicked is
 * its row; past MAX_BARS rows only those with a shape (the map needs no cut to the lowest).
 * Without a search, the regions of the level without figures follow, hatched; with one,
 * the map closes in on the regions found. */
static void
show_map (DkIkdPage            *self,
          const DkNumberFormat *fmt)
{
  GListModel *found = G_LIST_MODEL (self->row_order);
  guint n_found = g_list_model_get_n_items (found);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DkIkdTable) shown = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DkMapChart) map = NULL;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->boundaries == NULL && !(self->boundaries = dk_boundaries_new (&error)))
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  for (guint i = 0; i < n_found; i++)
    {
      DkIkdRow *row = g_list_model_get_item (found, i);

      if (n_found <= MAX_BARS || dk_boundaries_lookup (self->boundaries, dk_ikd_row_get_kode (row)) != NULL)
        g_ptr_array_add (rows, row);
      else
        g_object_unref (row);
    }
  g_list_store_splice (self->chart_rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->chart_rows)),
                       rows->pdata, rows->len);
  shown = dk_ikd_table_new (dk_ikd_table_get_parent (self->table),
                            dk_ikd_row_get_wilayah (dk_ikd_table_get_total (self->table)),
                            dk_ikd_table_get_as_of (self->table), dk_ikd_table_get_target_bp (self->table),
                            G_LIST_MODEL (self->chart_rows));
  map = dk_ikd_map_new_full (shown, self->boundaries, query == NULL || *query == '\0', fmt);
  gtk_widget_set_visible (GTK_WIDGET (self->chart_note), FALSE);
  dk_chart_view_set_chart (self->chart_view, DK_CHART (map));
}

static void
update_chart (DkIkdPage            *self,
              const DkNumberFormat *fmt)
{
  GListModel *found = G_LIST_MODEL (self->row_order);
  guint n_found = g_list_model_get_n_items (found);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_full (MIN (n_found, MAX_BARS), g_object_unref);
  g_autoptr(DkIkdTable) shown = NULL;
  g_autoptr(DkBarChart) chart = NULL;
  DkIkdRow *total = dk_ikd_table_get_total (self->table);

  if (g_strcmp0 (self->view, "map") == 0)
    {
      show_map (self, fmt);
      return;
    }
  if (n_found <= MAX_BARS)
    for (guint i = 0; i < n_found; i++)
      g_ptr_array_add (rows, g_list_model_get_item (found, i));
  else
    {
      g_autofree char *n = NULL, *note = NULL;

      /* the lowest ones in one pass, kept in order: most rows are not among them */
      for (guint i = 0; i < n_found; i++)
        {
          DkIkdRow *row = g_list_model_get_item (found, i);
          guint at = rows->len;

          if (rows->len == LOWEST_BARS && compare_coverage (&row, &rows->pdata[LOWEST_BARS - 1]) >= 0)
            {
              g_object_unref (row);
              continue;
            }
          while (at > 0 && compare_coverage (&row, &rows->pdata[at - 1]) < 0)
            at--;
          g_ptr_array_insert (rows, (int) at, row);
          if (rows->len > LOWEST_BARS)
            g_ptr_array_remove_index (rows, LOWEST_BARS);
        }
      n = dk_format_int (fmt, n_found);
      /* Translators: under the chart of a level with thousands of regions */
      note = g_strdup_printf (_("The %d regions furthest from the target, of %s; find a region to see its bar."),
                              LOWEST_BARS, n);
      gtk_label_set_text (self->chart_note, note);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->chart_note), n_found > MAX_BARS);

  g_list_store_splice (self->chart_rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->chart_rows)),
                       rows->pdata, rows->len);
  shown = dk_ikd_table_new (dk_ikd_table_get_parent (self->table), dk_ikd_row_get_wilayah (total),
                            dk_ikd_table_get_as_of (self->table), dk_ikd_table_get_target_bp (self->table),
                            G_LIST_MODEL (self->chart_rows));
  chart = dk_ikd_chart_new (shown, fmt);
  dk_ikd_chart_mark_partial (chart, self->table);
  dk_bar_chart_set_sort (chart, g_strcmp0 (self->sort, "coverage") == 0
                                ? DK_BAR_SORT_VALUE_DESC : DK_BAR_SORT_KEY);
  if (!self->show_target)
    dk_bar_chart_set_target (chart, NAN, NULL);
  dk_chart_view_set_chart (self->chart_view, DK_CHART (chart));
}

static gboolean
row_found (gpointer    item,
           const char *query)
{
  DkIkdRow *row = item;

  /* report names are upper case already; codes by their start */
  return strstr (dk_ikd_row_get_wilayah (row), query) != NULL || g_str_has_prefix (dk_ikd_row_get_kode (row), query);
}

static void
search_changed_cb (DkIkdPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *query = g_strstrip (g_utf8_strup (text, -1));
  DkNumberFormat fmt;

  dk_row_order_set_query (self->row_order, *query != '\0' ? query : NULL);
  if (self->table != NULL)
    {
      dk_number_format_init_locale (&fmt);
      update_chart (self, &fmt);
    }
}

/* The projection from the latest date at its pace, and the path the target needs. */
static void
add_trend_pace (DkIkdPage        *self,
                DkLineChart      *chart,
                const DkIkdPoint *last)
{
  g_autoptr(GPtrArray) paces = dk_ikd_pace_load (self->store, self->region, last->as_of, NULL);

  if (paces != NULL && paces->len > 0)
    dk_ikd_trend_add_pace (chart, paces->pdata[0], last->rekam_dinamis, last->jumlah_ikd, last->target_bp);
}

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
add_pace_cell (DkIkdPage  *self,
               const char *text,
               int         column,
               int         row,
               gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 || column == 2 ? 0 : 1);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  else if (column == 1 || column == 3)
    gtk_widget_add_css_class (label, "numeric");
  gtk_grid_attach (self->pace_grid, label, column, row, 1, 1);
}

/* Up to this many parts are listed; the command line lists any number. */
#define MAX_PACE_ROWS 100

static void
fill_pace_grid (DkIkdPage            *self,
                GPtrArray            *paces,
                const DkNumberFormat *fmt)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pace_grid))) != NULL)
    gtk_grid_remove (self->pace_grid, child);
  gtk_widget_set_visible (GTK_WIDGET (self->pace_grid), paces->len > 1 && paces->len - 1 <= MAX_PACE_ROWS);
  if (paces->len < 2 || paces->len - 1 > MAX_PACE_ROWS)
    return;
  add_pace_cell (self, C_("column", "Region"), 0, 0, TRUE);
  add_pace_cell (self, C_("column", "Per month"), 1, 0, TRUE);
  add_pace_cell (self, C_("column", "Target reached"), 2, 0, TRUE);
  add_pace_cell (self, C_("column", "Needed per month"), 3, 0, TRUE);
  for (guint i = 1; i < paces->len; i++)
    {
      const DkIkdPace *pace = paces->pdata[i];
      g_autofree char *per_month = pace->has_pace ? dk_format_int (fmt, (gint64) round (pace->per_month)) : g_strdup ("");
      g_autofree char *needed = pace->has_pace ? dk_format_int (fmt, (gint64) ceil (pace->needed_per_month)) : g_strdup ("");
      g_autofree char *reach = pace_reach_text (pace);

      add_pace_cell (self, pace->wilayah, 0, (int) i, FALSE);
      add_pace_cell (self, per_month, 1, (int) i, FALSE);
      add_pace_cell (self, reach, 2, (int) i, FALSE);
      add_pace_cell (self, needed, 3, (int) i, FALSE);
    }
}

/* The pace of the region and of its parts at the date shown, with the date before it. */
static void
update_pace (DkIkdPage            *self,
             const DkNumberFormat *fmt)
{
  g_autoptr(GPtrArray) paces = NULL;
  g_autofree char *summary = NULL, *per_month = NULL, *needed = NULL, *reach = NULL, *deadline = NULL;
  g_autofree char *target = NULL;
  const DkIkdPace *pace;

  if (self->n_dates < 2 || self->table == NULL ||
      !(paces = dk_ikd_pace_load (self->store, self->region, dk_ikd_table_get_as_of (self->table), NULL)))
    {
      gtk_widget_set_visible (self->pace_card, FALSE);
      return;
    }
  pace = paces->pdata[0];
  target = dk_format_percent_short (fmt, dk_ikd_table_get_target_bp (self->table));
  if (!pace->has_pace)
    /* Translators: %s is a region */
    summary = g_strdup_printf (_("%s has figures at one date only up to this one: no pace yet."), pace->wilayah);
  else
    {
      per_month = dk_format_int (fmt, (gint64) round (pace->per_month));
      needed = dk_format_int (fmt, (gint64) ceil (pace->needed_per_month));
      deadline = dk_format_date_long (pace->deadline);
      if (pace->reach_date != NULL && *pace->reach_date == '\0')
        /* Translators: region, activations a month, target */
        summary = g_strdup_printf (_("%s: %s activations a month in the last period; the %s target is reached."),
                                   pace->wilayah, per_month, target);
      else
        {
          reach = pace->reach_date != NULL ? dk_format_date_long (pace->reach_date) : NULL;
          summary = reach != NULL
            /* Translators: region, activations a month, target, a date, activations a month, a date */
            ? g_strdup_printf (_("%s: %s activations a month in the last period; at that pace %s is reached on %s. "
                                 "Reaching it by %s needs %s a month."),
                               pace->wilayah, per_month, target, reach, deadline, needed)
            /* Translators: region, activations a month, target, a date, activations a month */
            : g_strdup_printf (_("%s: %s activations a month in the last period; at that pace %s is not reached. "
                                 "Reaching it by %s needs %s a month."),
                               pace->wilayah, per_month, target, deadline, needed);
        }
    }
  gtk_label_set_text (self->pace_summary, summary);
  fill_pace_grid (self, paces, fmt);
  gtk_widget_set_visible (self->pace_card, TRUE);
}

static void
update_trend (DkIkdPage            *self,
              const DkNumberFormat *fmt)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) points = NULL;
  g_autoptr(DkLineChart) chart = NULL;

  if (self->n_dates < 2)
    {
      gtk_widget_set_visible (self->trend_card, FALSE);
      return;
    }
  if (!(points = dk_ikd_trend (self->store, self->region, &error)))
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  chart = dk_ikd_trend_chart_new (points, fmt);
  if (!self->show_target)
    dk_line_chart_set_target (chart, NAN, NULL);
  else if (points->len >= 2)
    add_trend_pace (self, chart, &g_array_index (points, DkIkdPoint, points->len - 1));
  dk_chart_view_set_chart (self->trend_view, DK_CHART (chart));
  gtk_widget_set_visible (self->trend_card, points->len >= 2);
}

static void
update_table (DkIkdPage *self)
{
  /* the view forgets its rows first: taking a whole new list is cheaper for it than
   * following a change of tens of thousands of rows */
  g_autoptr(GtkSelectionModel) selection = g_object_ref (gtk_column_view_get_model (self->column_view));

  gtk_column_view_set_model (self->column_view, NULL);
  if (self->orders != NULL)
    dk_row_order_set_sorted (self->row_order, g_steal_pointer (&self->orders));
  else
    dk_row_order_set_rows (self->row_order, dk_ikd_table_get_rows (self->table));
  dk_report_table_set_rows (self->report_table, G_LIST_MODEL (self->row_order),
                            dk_ikd_table_get_total (self->table));
  gtk_column_view_set_model (self->column_view, selection);
}

static const char *
coverage_title (DkRegionLevel scope)
{
  switch (scope)
    {
    case DK_REGION_LEVEL_PROVINSI:
      return _("Province coverage");
    case DK_REGION_LEVEL_KABKOTA:
      return _("Kabupaten/kota coverage");
    case DK_REGION_LEVEL_KECAMATAN:
      return _("Kecamatan coverage");
    case DK_REGION_LEVEL_DESA:
      return _("Desa/kelurahan coverage");
    case DK_REGION_LEVEL_INVALID:
    default:
      return _("National coverage");
    }
}

static void
update_headings (DkIkdPage *self)
{
  static const char *charts[] = { N_("Coverage per province"), N_("Coverage per kabupaten/kota"),
                                  N_("Coverage per kecamatan"), N_("Coverage per desa/kelurahan") };
  static const char *tables[] = { N_("IKD activation per province"), N_("IKD activation per kabupaten/kota"),
                                  N_("IKD activation per kecamatan"), N_("IKD activation per desa/kelurahan") };

  gtk_label_set_text (self->chart_heading, _(charts[self->level]));
  gtk_label_set_text (self->table_heading, _(tables[self->level]));
  dk_metric_card_set_title (self->coverage_card, coverage_title (self->region_level));
}

/* Shows @table, just loaded. */
static void
show_table (DkIkdPage  *self,
            DkIkdTable *table)
{
  g_autofree char *date = NULL, *subtitle = NULL;
  DkNumberFormat fmt;
  gint64 t0 = g_get_monotonic_time (), t1, t2, t3;

  g_set_object (&self->table, table);
  dk_number_format_init_locale (&fmt);
  date = dk_format_date_long (dk_ikd_table_get_as_of (table));
  /* Translators: "SUMATERA BARAT · as of 31 December 2025" */
  subtitle = g_strdup_printf (_("%s · as of %s"), dk_ikd_row_get_wilayah (dk_ikd_table_get_total (table)), date);
  gtk_label_set_text (self->subtitle_label, subtitle);

  update_headings (self);
  update_cards (self, &fmt);
  update_discrepancy (self, &fmt);
  t1 = g_get_monotonic_time ();
  update_table (self);
  t2 = g_get_monotonic_time ();
  update_chart (self, &fmt);
  update_pace (self, &fmt);
  t3 = g_get_monotonic_time ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TABLE]);
  g_debug ("%u rows shown in %.1f ms (cards %.1f, table %.1f, chart %.1f)",
           g_list_model_get_n_items (dk_ikd_table_get_rows (table)), (g_get_monotonic_time () - t0) / 1000.0,
           (t1 - t0) / 1000.0, (t2 - t1) / 1000.0, (t3 - t2) / 1000.0);
}

typedef struct
{
  DkStore       *store;
  char          *region;
  DkRegionLevel  level;
  char          *as_of;
  DkRowOrderData *orders; /* the rows and each column's order, computed with them */
} LoadJob;

static const GCompareDataFunc column_sorts[7];

static void
load_job_free (LoadJob *job)
{
  dk_row_order_data_free (job->orders);
  g_clear_object (&job->store);
  g_free (job->region);
  g_free (job->as_of);
  g_free (job);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  GError *error = NULL;
  DkIkdTable *table = dk_ikd_table_load_level (job->store, job->region, job->level, job->as_of, &error);

  if (table != NULL)
    {
      job->orders = dk_row_order_compute (dk_ikd_table_get_rows (table), column_sorts, G_N_ELEMENTS (column_sorts));
      dk_ikd_table_get_n_met (table);   /* counted here rather than on the main loop */
      g_task_return_pointer (task, table, g_object_unref);
    }
  else
    g_task_return_error (task, error);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  DkIkdPage *self = DK_IKD_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkIkdTable) table = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;   /* another table was asked for meanwhile */
  g_clear_object (&self->load_cancellable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  if (table == NULL)
    dk_widget_show_error (GTK_WIDGET (self), error);
  else
    {
      LoadJob *job = g_task_get_task_data (G_TASK (result));

      self->orders = g_steal_pointer (&job->orders);
      show_table (self, table);
    }
}

static void
load_table (DkIkdPage  *self,
            const char *as_of)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkIkdTable) table = NULL;

  if (self->load_cancellable != NULL)
    {
      g_cancellable_cancel (self->load_cancellable);
      g_clear_object (&self->load_cancellable);
    }

  /* the children of a region (at most a few hundred rows, from at most the country's
   * 83,762 desa in one pass: 30 ms) at once; a level further down in a thread */
  if (self->level > self->region_level + 1)
    {
      g_autoptr(GTask) task = NULL;
      LoadJob *job = g_new0 (LoadJob, 1);

      job->store = g_object_ref (self->store);
      job->region = g_strdup (self->region);
      job->level = self->level;
      job->as_of = g_strdup (as_of);
      self->load_cancellable = g_cancellable_new ();
      task = g_task_new (self, self->load_cancellable, load_done_cb, NULL);
      g_task_set_source_tag (task, load_table);
      g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
      g_task_run_in_thread (task, load_thread);
      gtk_label_set_text (self->subtitle_label, _("Loading…"));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
      return;
    }
  if (!(table = dk_ikd_table_load_level (self->store, self->region, self->level, as_of, &error)))
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  show_table (self, table);
}

static const char *
level_rows_title (DkRegionLevel level)
{
  switch (level)
    {
    case DK_REGION_LEVEL_PROVINSI:
      return _("Provinces");
    case DK_REGION_LEVEL_KABKOTA:
      return _("Kabupaten/kota");
    case DK_REGION_LEVEL_KECAMATAN:
      return _("Kecamatan");
    case DK_REGION_LEVEL_DESA:
    case DK_REGION_LEVEL_INVALID:
    default:
      return _("Desa/kelurahan");
    }
}

/* The breadcrumb: a button for each region above the one shown, up to Indonesia. */
static void
fill_breadcrumb (DkIkdPage *self)
{
  GtkWidget *child;
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->breadcrumb))) != NULL)
    gtk_box_remove (self->breadcrumb, child);

  if (*self->region != '\0')
    for (char *code = g_strdup (self->region); code != NULL; code = dk_region_parent_code (code))
      g_ptr_array_insert (codes, 0, code);
  g_ptr_array_insert (codes, 0, g_strdup (""));

  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      g_autoptr(DkRegion) region = *code != '\0' ? dk_region_lookup (self->store, code, NULL) : NULL;
      const char *name = *code == '\0' ? "Indonesia" : region != NULL ? region->nama : code;

      if (i > 0)
        {
          GtkWidget *separator = gtk_label_new ("›");

          gtk_widget_add_css_class (separator, "dim-label");
          gtk_accessible_update_property (GTK_ACCESSIBLE (separator), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
          gtk_box_append (self->breadcrumb, separator);
        }
      if (i + 1 < codes->len)
        {
          GtkWidget *button = gtk_button_new_with_label (name);
          g_autofree char *tooltip = g_strdup_printf (_("Show %s"), name);

          gtk_widget_add_css_class (button, "flat");
          gtk_widget_set_tooltip_text (button, tooltip);
          gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "ikd.open");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", code);
          gtk_box_append (self->breadcrumb, button);
        }
      else
        {
          GtkWidget *label = gtk_label_new (name);

          gtk_widget_add_css_class (label, "heading");
          gtk_widget_set_margin_start (label, 6);
          gtk_widget_set_margin_end (label, 6);
          gtk_box_append (self->breadcrumb, label);
        }
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ikd.up", *self->region != '\0');
}

/* The levels below the region shown, for the rows. */
static void
fill_levels (DkIkdPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (DkRegionLevel l = self->region_level + 1; l <= DK_REGION_LEVEL_DESA; l++)
    gtk_string_list_append (names, level_rows_title (l));
  if (self->region_level == DK_REGION_LEVEL_DESA)
    gtk_string_list_append (names, level_rows_title (DK_REGION_LEVEL_DESA));
  self->filling_levels = TRUE;
  gtk_drop_down_set_model (self->level_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->level_dropdown, MAX (0, (int) self->level - (int) self->region_level - 1));
  self->filling_levels = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->level_dropdown), self->region_level < DK_REGION_LEVEL_KECAMATAN);
}

static void
level_selected_cb (DkIkdPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->level_dropdown);

  if (self->filling_levels || selected == GTK_INVALID_LIST_POSITION || self->store == NULL)
    return;
  dk_ikd_page_set_level (self, (DkRegionLevel) (self->region_level + 1 + (int) selected));
}

static void
date_selected_cb (DkIkdPage *self)
{
  if (self->store != NULL && self->n_dates > 0)
    load_table (self, dk_date_picker_get_selected (self->date_picker));
}

static void
fill_dates (DkIkdPage *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) dates = dk_ikd_list_dates (self->store, &error);

  if (dates == NULL)
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  self->n_dates = g_strv_length (dates);
  dk_date_picker_set_dates (self->date_picker, (const char * const *) dates);
}

static const DkColumnSpec columns[] = {
  /* Translators: the IKD table's column headings, as the annual report prints them */
  { NC_("column", "No"), "number", DK_COLUMN_NUMBER, FALSE },
  { NC_("column", "Region"), "wilayah", DK_COLUMN_TEXT, TRUE },
  { NC_("column", "Code"), "kode", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Recorded"), "rekam-dinamis", DK_COLUMN_INT, FALSE },
  { NC_("column", "IKD"), "jumlah-ikd", DK_COLUMN_INT, FALSE },
  { NC_("column", "IKD %"), "persen-bp", DK_COLUMN_PERCENT_BP, FALSE },
  { NC_("column", "Shortfall"), "kekurangan", DK_COLUMN_SHORTFALL, FALSE },
};

/* Each column's order, comparing the rows' fields directly (report names are upper case,
 * codes digits and dots: byte order is their order), for DkRowOrder. One per column. */
#define CMP(x, y) ((x) < (y) ? -1 : (x) > (y) ? 1 : 0)

static int
by_number (gconstpointer a, gconstpointer b, gpointer data)
{
  dk_row_order_note_compare (by_number);
  return CMP (dk_ikd_row_get_number ((DkIkdRow *) a), dk_ikd_row_get_number ((DkIkdRow *) b));
}

static int
by_wilayah (gconstpointer a, gconstpointer b, gpointer data)
{
  dk_row_order_note_compare (by_wilayah);
  int c = strcmp (dk_ikd_row_get_wilayah ((DkIkdRow *) a), dk_ikd_row_get_wilayah ((DkIkdRow *) b));

  return c != 0 ? CMP (c, 0) : by_number (a, b, data);
}

static int
by_kode (gconstpointer a, gconstpointer b, gpointer data)
{
  dk_row_order_note_compare (by_kode);
  return CMP (strcmp (dk_ikd_row_get_kode ((DkIkdRow *) a), dk_ikd_row_get_kode ((DkIkdRow *) b)), 0);
}

static int
by_rekam (gconstpointer a, gconstpointer b, gpointer data)
{
  dk_row_order_note_compare (by_rekam);
  int c = CMP (dk_ikd_row_get_rekam_dinamis ((DkIkdRow *) a), dk_ikd_row_get_rekam_dinamis ((DkIkdRow *) b));

  return c != 0 ? c : by_number (a, b, data);
}

static int
by_ikd (gconstpointer a, gconstpointer b, gpointer data)
{
  dk_row_order_note_compare (by_ikd);
  int c = CMP (dk_ikd_row_get_jumlah_ikd ((DkIkdRow *) a), dk_ikd_row_get_jumlah_ikd ((DkIkdRow *) b));

  return c != 0 ? c : by_number (a, b, data);
}

static int
by_persen (gconstpointer a, gconstpointer b, gpointer data)
{
  dk_row_order_note_compare (by_persen);
  int c = CMP (dk_ikd_row_get_persen_bp ((DkIkdRow *) a), dk_ikd_row_get_persen_bp ((DkIkdRow *) b));

  return c != 0 ? c : by_number (a, b, data);
}

static int
by_kekurangan (gconstpointer a, gconstpointer b, gpointer data)
{
  dk_row_order_note_compare (by_kekurangan);
  int c = CMP (dk_ikd_row_get_kekurangan ((DkIkdRow *) a), dk_ikd_row_get_kekurangan ((DkIkdRow *) b));

  return c != 0 ? c : by_number (a, b, data);
}

static const GCompareDataFunc column_sorts[7] = {
  by_number, by_wilayah, by_kode, by_rekam, by_ikd, by_persen, by_kekurangan,
};

static void
corrected_cb (DkIkdCorrectDialog *dialog,
              const char         *message,
              DkIkdPage          *self)
{
  load_table (self, dk_ikd_table_get_as_of (self->table));
  dk_widget_show_toast (GTK_WIDGET (self), message);
}

/**
 * dk_ikd_page_correct_region:
 * @kode: a region of the table shown
 *
 * Opens the dialog that corrects the region's figures, as activating its row does.
 *
 * Returns: (transfer none) (nullable): the dialog; %NULL for the province row, whose
 *   figures are the source's stated total or the sum of the rows
 */
DkIkdCorrectDialog *
dk_ikd_page_correct_region (DkIkdPage  *self,
                            const char *kode)
{
  GListModel *rows;
  DkIkdCorrectDialog *dialog;

  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);

  if (self->table == NULL)
    return NULL;
  /* an office corrects the figures of its region and below, no others */
  if (!dk_widget_may_write (GTK_WIDGET (self), DK_ACCOUNT_WRITE_IKD_FIGURES) ||
      !dk_widget_may_write_region (GTK_WIDGET (self), kode))
    {
      dk_widget_show_toast (GTK_WIDGET (self), _("Your account may not change these figures"));
      return NULL;
    }
  rows = dk_ikd_table_get_rows (self->table);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (dk_ikd_row_get_kode (row), kode) != 0)
        continue;
      dialog = dk_ikd_correct_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store,
                                          dk_ikd_table_get_as_of (self->table), row);
      g_signal_connect_object (dialog, "corrected", G_CALLBACK (corrected_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return dialog;
    }
  return NULL;
}

/* A region whose figures come from the regions below it opens them; one with its own
 * figures is corrected. */
static void
activate_row (DkIkdPage *self,
              DkIkdRow  *row)
{
  if (row == NULL || dk_ikd_row_get_number (row) == 0)
    return;
  if (dk_ikd_row_get_n_parts (row) > 0)
    dk_ikd_page_open_region (self, dk_ikd_row_get_kode (row));
  else
    dk_ikd_page_correct_region (self, dk_ikd_row_get_kode (row));
}

static void
row_activated_cb (GtkColumnView *view,
                  guint          position,
                  DkIkdPage     *self)
{
  g_autoptr(DkIkdRow) row = g_list_model_get_item (dk_report_table_get_model (self->report_table), position);

  activate_row (self, row);
}

/* A bar: the chart has one per row it draws, in their order. */
static void
bar_activated_cb (DkChartView *view,
                  int          item,
                  DkIkdPage   *self)
{
  g_autoptr(DkIkdRow) row = NULL;

  if (self->table == NULL || item < 0)
    return;
  row = g_list_model_get_item (G_LIST_MODEL (self->chart_rows), (guint) item);
  if (row != NULL && dk_ikd_row_get_n_parts (row) > 0)
    dk_ikd_page_open_region (self, dk_ikd_row_get_kode (row));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dk_ikd_page_open_region (DK_IKD_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
up_action (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  dk_ikd_page_go_up (DK_IKD_PAGE (widget));
}

static void
save_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DkIkdPage *self = DK_IKD_PAGE (widget);
  gboolean trend = g_strcmp0 (g_variant_get_string (parameter, NULL), "trend") == 0;
  g_autofree char *name = NULL;

  if (self->table == NULL)
    return;
  name = g_strdup_printf (trend ? "ikd-%s-trend" : "ikd-%s", dk_ikd_table_get_as_of (self->table));
  dk_chart_view_save_with_dialog (trend ? self->trend_view : self->chart_view, name);
}

static void
dk_ikd_page_dispose (GObject *object)
{
  DkIkdPage *self = (DkIkdPage *) object;

  GtkWidget *child;

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_IKD_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->table);
  g_clear_object (&self->report_table);
  g_clear_object (&self->row_order);
  g_clear_object (&self->chart_rows);
  g_clear_object (&self->boundaries);
  G_OBJECT_CLASS (dk_ikd_page_parent_class)->dispose (object);
}

static void
dk_ikd_page_finalize (GObject *object)
{
  DkIkdPage *self = (DkIkdPage *) object;

  g_free (self->region);
  g_free (self->sort);
  g_free (self->view);
  G_OBJECT_CLASS (dk_ikd_page_parent_class)->finalize (object);
}

static void
dk_ikd_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DkIkdPage *self = DK_IKD_PAGE (object);

  switch (prop_id)
    {
    case PROP_SORT:
      g_value_set_string (value, self->sort);
      break;
    case PROP_SHOW_TARGET:
      g_value_set_boolean (value, dk_ikd_page_get_show_target (self));
      break;
    case PROP_TABLE:
      g_value_set_object (value, self->table);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->load_cancellable != NULL);
      break;
    case PROP_VIEW:
      g_value_set_string (value, self->view);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_ikd_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DkIkdPage *self = DK_IKD_PAGE (object);

  switch (prop_id)
    {
    case PROP_SORT:
      dk_ikd_page_set_sort (self, g_value_get_string (value));
      break;
    case PROP_SHOW_TARGET:
      dk_ikd_page_set_show_target (self, g_value_get_boolean (value));
      break;
    case PROP_VIEW:
      dk_ikd_page_set_view (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_ikd_page_class_init (DkIkdPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_ikd_page_dispose;
  object_class->finalize = dk_ikd_page_finalize;
  object_class->get_property = dk_ikd_page_get_property;
  object_class->set_property = dk_ikd_page_set_property;

  properties[PROP_SORT] =
    g_param_spec_string ("sort", NULL, NULL, "code",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_TARGET] =
    g_param_spec_boolean ("show-target", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TABLE] =
    g_param_spec_object ("table", NULL, NULL, DK_TYPE_IKD_TABLE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "chart",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-ikd-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, date_picker);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, breadcrumb);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, chart_heading);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, table_heading);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, chart_note);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, discrepancy_revealer);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, discrepancy_label);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, coverage_card);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, met_card);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, shortfall_card);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, trend_card);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, trend_view);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, column_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, level_selected_cb);
  /* double-click or Enter on a region's row corrects its figures */
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, bar_activated_cb);

  gtk_widget_class_install_property_action (widget_class, "ikd.sort", "sort");
  gtk_widget_class_install_property_action (widget_class, "ikd.view", "view");
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, sort_box);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, pace_card);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, pace_summary);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, pace_grid);
  gtk_widget_class_install_action (widget_class, "ikd.save-chart", "s", save_chart_action);
  gtk_widget_class_install_action (widget_class, "ikd.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "ikd.up", NULL, up_action);
  /* back up a level, as in a file browser */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "ikd.up", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  g_type_ensure (DK_TYPE_CHART_TABLE_VIEW);
  g_type_ensure (DK_TYPE_CHART_VIEW);
  g_type_ensure (DK_TYPE_DATE_PICKER);
  g_type_ensure (DK_TYPE_METRIC_CARD);
}

static void
dk_ikd_page_init (DkIkdPage *self)
{
  self->region = g_strdup (DK_REGION_DEFAULT_HOME);
  self->region_level = DK_REGION_LEVEL_PROVINSI;
  self->level = DK_REGION_LEVEL_KABKOTA;
  self->sort = g_strdup ("code");
  self->show_target = TRUE;
  self->view = g_strdup ("chart");
  gtk_widget_init_template (GTK_WIDGET (self));
  self->report_table = dk_report_table_new (self->column_view, DK_TYPE_IKD_ROW, columns,
                                            G_N_ELEMENTS (columns), DK_TOTAL_FIRST);
  self->chart_rows = g_list_store_new (DK_TYPE_IKD_ROW);
  self->row_order = dk_row_order_new (DK_TYPE_IKD_ROW, self->column_view, column_sorts,
                                      G_N_ELEMENTS (column_sorts), row_found);
  dk_report_table_keep_order (self->report_table);
  dk_report_table_set_rows (self->report_table, G_LIST_MODEL (self->row_order), NULL);
}

/* Shows @code's parts (its children) from now on, without loading. */
static void
set_region (DkIkdPage  *self,
            const char *code)
{
  DkRegionLevel level = dk_region_is_country (code) ? DK_REGION_LEVEL_INVALID : dk_region_level_of_code (code);

  if (!dk_region_is_country (code) && level == DK_REGION_LEVEL_INVALID)
    {
      g_warning ("Not a region code: %s", code);
      return;
    }
  g_free (self->region);
  self->region = g_strdup (dk_region_is_country (code) ? "" : code);
  self->region_level = level;
  self->level = level == DK_REGION_LEVEL_DESA ? DK_REGION_LEVEL_DESA : level + 1;
  if (self->store != NULL)
    fill_breadcrumb (self);
  fill_levels (self);
}

static void
home_changed_cb (DkIkdPage *self)
{
  g_autofree char *home = g_settings_get_string (self->settings, "home-province");

  dk_ikd_page_open_region (self, home);
}

/**
 * dk_ikd_page_set_store:
 * @settings: (nullable): where the chart order and the target display are kept
 *
 * Shows the latest IKD figures of @store.
 */
void
dk_ikd_page_set_store (DkIkdPage *self,
                       DkStore   *store,
                       GSettings *settings)
{
  g_return_if_fail (DK_IS_IKD_PAGE (self));
  g_return_if_fail (DK_IS_STORE (store));

  g_set_object (&self->store, store);
  if (settings != NULL)
    {
      g_autofree char *home = g_settings_get_string (settings, "home-province");

      g_set_object (&self->settings, settings);
      g_settings_bind (settings, "ikd-sort", self, "sort", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "show-target", self, "show-target", G_SETTINGS_BIND_GET);
      g_signal_connect_swapped (settings, "changed::home-province", G_CALLBACK (home_changed_cb), self);
      set_region (self, home);
    }
  else
    set_region (self, DK_REGION_DEFAULT_HOME);
  dk_ikd_page_reload (self);
}

/**
 * dk_ikd_page_reload:
 *
 * Reads the dates and the latest table again, after the data changed.
 */
void
dk_ikd_page_reload (DkIkdPage *self)
{
  g_autofree char *picked = NULL;
  DkNumberFormat fmt;

  g_return_if_fail (DK_IS_IKD_PAGE (self));
  if (self->store == NULL)
    return;
  /* a date the user picked stays; the latest one gives way to a newer */
  if (self->n_dates > 1 && !dk_date_picker_is_latest (self->date_picker))
    picked = g_strdup (dk_date_picker_get_selected (self->date_picker));
  fill_dates (self);
  /* picking it loads its table (date_selected_cb) */
  if (self->n_dates > 0 && (picked == NULL || !dk_date_picker_select (self->date_picker, picked)))
    load_table (self, NULL);
  dk_number_format_init_locale (&fmt);
  update_trend (self, &fmt);
}

void
dk_ikd_page_set_sort (DkIkdPage  *self,
                      const char *sort)
{
  DkChart *chart;

  g_return_if_fail (DK_IS_IKD_PAGE (self));
  if (g_strcmp0 (sort, "coverage") != 0)
    sort = "code";
  if (g_strcmp0 (self->sort, sort) == 0)
    return;
  g_free (self->sort);
  self->sort = g_strdup (sort);
  if ((chart = dk_chart_view_get_chart (self->chart_view)) != NULL && DK_IS_BAR_CHART (chart))
    dk_bar_chart_set_sort (DK_BAR_CHART (chart), g_str_equal (sort, "coverage")
                                                 ? DK_BAR_SORT_VALUE_DESC : DK_BAR_SORT_KEY);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

/**
 * dk_ikd_page_set_show_target:
 * @show_target: whether the charts draw the target line
 */
void
dk_ikd_page_set_show_target (DkIkdPage *self,
                             gboolean   show_target)
{
  DkNumberFormat fmt;

  g_return_if_fail (DK_IS_IKD_PAGE (self));
  show_target = !!show_target;
  if (self->show_target == show_target)
    return;
  self->show_target = show_target;
  dk_number_format_init_locale (&fmt);
  if (self->table != NULL)
    update_chart (self, &fmt);
  if (self->store != NULL)
    update_trend (self, &fmt);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TARGET]);
}

gboolean
dk_ikd_page_get_show_target (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), FALSE);
  return self->show_target;
}

/**
 * dk_ikd_page_get_table:
 *
 * Returns: (transfer none) (nullable): the table shown
 */
DkIkdTable *
dk_ikd_page_get_table (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  return self->table;
}

/**
 * dk_ikd_page_get_chart:
 *
 * Returns: (transfer none) (nullable): the coverage chart
 */
DkChart *
dk_ikd_page_get_chart (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  return dk_chart_view_get_chart (self->chart_view);
}

/**
 * dk_ikd_page_get_table_model:
 *
 * Returns: (transfer none): the rows the table shows, the total first
 */
GListModel *
dk_ikd_page_get_table_model (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  return dk_report_table_get_model (self->report_table);
}

/**
 * dk_ikd_page_select_date:
 * @as_of: a date the store has figures for, YYYY-MM-DD
 *
 * Shows the table of @as_of, as picking it under "As of" does.
 *
 * Returns: %TRUE if the date exists
 */
gboolean
dk_ikd_page_select_date (DkIkdPage  *self,
                         const char *as_of)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), FALSE);
  return dk_date_picker_select (self->date_picker, as_of);
}

/**
 * dk_ikd_page_get_trend_chart:
 *
 * Returns: (transfer none) (nullable): the coverage-over-time chart, when it is shown
 */
DkChart *
dk_ikd_page_get_trend_chart (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  if (!gtk_widget_get_visible (self->trend_card))
    return NULL;
  return dk_chart_view_get_chart (self->trend_view);
}

/**
 * dk_ikd_page_create_print_doc:
 *
 * Returns: (transfer full): the dashboard as shown, for paper
 */
DkPrintDoc *
dk_ikd_page_create_print_doc (DkIkdPage *self)
{
  g_autoptr(GArray) trend = NULL;
  DkNumberFormat fmt;

  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  g_return_val_if_fail (self->table != NULL, NULL);

  dk_number_format_init_locale (&fmt);
  if (self->n_dates > 1)
    trend = dk_ikd_trend (self->store, self->region, NULL);
  /* the map is printed too; without boundaries (a damaged resource) the rest still is */
  if (self->boundaries == NULL)
    self->boundaries = dk_boundaries_new (NULL);
  return dk_ikd_print_doc_new_with_map (self->table, trend,
                                        g_strcmp0 (self->sort, "coverage") == 0 ? DK_BAR_SORT_VALUE_DESC
                                                                                : DK_BAR_SORT_KEY,
                                        self->boundaries, &fmt);
}

/**
 * dk_ikd_page_get_chart_view:
 *
 * Returns: (transfer none): the widget of the coverage chart
 */
DkChartView *
dk_ikd_page_get_chart_view (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  return self->chart_view;
}

/**
 * dk_ikd_page_open_region:
 * @kode: a region; "" or "0" for Indonesia
 *
 * Shows the region's parts at the level below it, at the date shown, as activating its
 * row or bar, or its place in the breadcrumb, does.
 */
void
dk_ikd_page_open_region (DkIkdPage  *self,
                         const char *kode)
{
  DkNumberFormat fmt;

  g_return_if_fail (DK_IS_IKD_PAGE (self));
  g_return_if_fail (kode != NULL);

  set_region (self, kode);
  if (self->store == NULL)
    return;
  if (self->n_dates > 0)
    load_table (self, dk_date_picker_get_selected (self->date_picker));
  dk_number_format_init_locale (&fmt);
  update_trend (self, &fmt);
}

/**
 * dk_ikd_page_go_up:
 *
 * Shows the region above the one shown (Alt+Up), up to Indonesia.
 *
 * Returns: %FALSE at Indonesia, where there is nothing above
 */
gboolean
dk_ikd_page_go_up (DkIkdPage *self)
{
  g_autofree char *parent = NULL;

  g_return_val_if_fail (DK_IS_IKD_PAGE (self), FALSE);
  if (*self->region == '\0')
    return FALSE;
  parent = dk_region_parent_code (self->region);
  dk_ikd_page_open_region (self, parent != NULL ? parent : "");
  return TRUE;
}

/**
 * dk_ikd_page_set_level:
 * @level: the level of the rows, below the region shown
 *
 * Shows every region of @level under the region shown: every desa of a province, or of
 * the country. A level further down than the children is loaded in a thread
 * (#DkIkdPage:loading is %TRUE meanwhile).
 */
void
dk_ikd_page_set_level (DkIkdPage     *self,
                       DkRegionLevel  level)
{
  g_return_if_fail (DK_IS_IKD_PAGE (self));
  g_return_if_fail (level >= DK_REGION_LEVEL_PROVINSI && level <= DK_REGION_LEVEL_DESA);

  if (level <= self->region_level || level == self->level)
    return;
  self->level = level;
  fill_levels (self);
  if (self->store != NULL && self->n_dates > 0)
    load_table (self, dk_date_picker_get_selected (self->date_picker));
}

/**
 * dk_ikd_page_get_region:
 *
 * Returns: the region whose parts are shown; "" for Indonesia
 */
const char *
dk_ikd_page_get_region (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  return self->region;
}

/**
 * dk_ikd_page_get_loading:
 *
 * Returns: whether a table is being loaded in a thread
 */
gboolean
dk_ikd_page_get_loading (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), FALSE);
  return self->load_cancellable != NULL;
}

/**
 * dk_ikd_page_get_breadcrumb:
 *
 * Returns: (transfer none): the box of the breadcrumb's buttons and labels
 */
GtkWidget *
dk_ikd_page_get_breadcrumb (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  return GTK_WIDGET (self->breadcrumb);
}

/**
 * dk_ikd_page_get_column_view:
 *
 * Returns: (transfer none): the report's table
 */
GtkColumnView *
dk_ikd_page_get_column_view (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  return self->column_view;
}

/**
 * dk_ikd_page_get_search_entry:
 *
 * Returns: (transfer none): the search that finds regions in the table and the chart
 */
GtkSearchEntry *
dk_ikd_page_get_search_entry (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  return self->search_entry;
}

/**
 * dk_ikd_page_set_view:
 * @view: "map" to show the regions on the map, "chart" (or anything else) for bars
 */
void
dk_ikd_page_set_view (DkIkdPage  *self,
                      const char *view)
{
  DkNumberFormat fmt;

  g_return_if_fail (DK_IS_IKD_PAGE (self));
  if (g_strcmp0 (view, "map") != 0)
    view = "chart";
  if (g_strcmp0 (self->view, view) == 0)
    return;
  g_free (self->view);
  self->view = g_strdup (view);
  gtk_widget_set_visible (self->sort_box, !g_str_equal (view, "map"));
  /* a map wants height more than width; bars scroll sideways */
  gtk_widget_set_size_request (GTK_WIDGET (self->chart_view), -1, g_str_equal (view, "map") ? 520 : 380);
  if (self->table != NULL)
    {
      dk_number_format_init_locale (&fmt);
      update_chart (self, &fmt);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

const char *
dk_ikd_page_get_view (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  return self->view;
}

/**
 * dk_ikd_page_get_pace_card:
 *
 * Returns: (transfer none): the card of the pace to the target, shown with two dates or more
 */
GtkWidget *
dk_ikd_page_get_pace_card (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  return self->pace_card;
}

/**
 * dk_ikd_page_get_pace_text:
 *
 * Returns: (nullable): what the pace card says of the region, %NULL when it is hidden
 */
const char *
dk_ikd_page_get_pace_text (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  if (!gtk_widget_get_visible (self->pace_card))
    return NULL;
  return gtk_label_get_text (self->pace_summary);
}

/**
 * dk_ikd_page_get_coverage_value:
 *
 * Returns: what the coverage card shows: the region's percentage, or "—" for a partial
 *   total
 */
const char *
dk_ikd_page_get_coverage_value (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  return dk_metric_card_get_value (self->coverage_card);
}

/**
 * dk_ikd_page_get_note_text:
 *
 * Returns: (nullable): the note shown with the table (a partial total, a stated total
 *   that differs), %NULL when none is shown
 */
const char *
dk_ikd_page_get_note_text (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  if (!gtk_revealer_get_reveal_child (self->discrepancy_revealer))
    return NULL;
  return gtk_label_get_text (self->discrepancy_label);
}
