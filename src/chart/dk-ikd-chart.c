/* dk-ikd-chart.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The IKD dashboard's charts, built from the model: coverage per region against the
 * target, and the parent region's coverage over time.
 */
#define G_LOG_DOMAIN "dk-ikd-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dk-ikd-chart.h"
#include "dk-ikd-map.h"

/**
 * dk_ikd_target_label:
 *
 * Returns: (transfer full): "Target 30 %"
 */
char *
dk_ikd_target_label (const DkNumberFormat *format,
                     int                   target_bp)
{
  g_autofree char *number = dk_format_percent_short (format, target_bp);

  /* Translators: the IKD target line's label; %s is a percentage such as "30 %". */
  return g_strdup_printf (_("Target %s"), number);
}

/**
 * dk_ikd_row_describe:
 *
 * Returns: (transfer full): a region's figures in words, for a tooltip
 */
char *
dk_ikd_row_describe (DkIkdRow             *row,
                     const DkNumberFormat *format)
{
  g_autofree char *rekam = dk_format_int (format, dk_ikd_row_get_rekam_dinamis (row));
  g_autofree char *ikd = dk_format_int (format, dk_ikd_row_get_jumlah_ikd (row));
  g_autofree char *persen = dk_format_percent_bp (format, dk_ikd_row_get_persen_bp (row));
  g_autofree char *short_by = dk_format_int (format, dk_ikd_row_get_kekurangan (row));
  g_autofree char *status = NULL;

  if (dk_ikd_row_get_target_met (row))
    status = g_strdup (_("target met"));
  else
    /* Translators: %s is a number of IKD activations */
    status = g_strdup_printf (_("%s activations short of the target"), short_by);

  /* Translators: a chart tooltip: region (code), then its figures */
  return g_strdup_printf (_("%s (%s): %s IKD of %s recorded, %s, %s"),
                          dk_ikd_row_get_wilayah (row), dk_ikd_row_get_kode (row),
                          ikd, rekam, persen, status);
}

/**
 * dk_ikd_chart_new:
 * @table: the IKD table
 * @format: how to write numbers
 *
 * Returns: (transfer full): one bar per region, green when the target is met and
 *   orange when not, with the target line
 */
/**
 * dk_ikd_chart_mark_partial:
 * @table: the table the bars come from, as loaded (a table made in memory from some of
 *   its rows knows nothing of the region's parts)
 *
 * When @table's total is partial, says so in the chart's legend and summary.
 */
void
dk_ikd_chart_mark_partial (DkBarChart *chart,
                           DkIkdTable *table)
{
  g_autofree char *reported = dk_ikd_table_describe_reported (table);
  g_autofree char *note = NULL;

  if (reported == NULL)
    return;
  /* Translators: a chart's legend entry and the end of its summary; %s is "1 of 19
   * kabupaten/kota reported" */
  note = g_strdup_printf (_("Partial total: %s"), reported);
  dk_bar_chart_set_partial_note (chart, note);
}

DkBarChart *
dk_ikd_chart_new (DkIkdTable           *table,
                  const DkNumberFormat *format)
{
  g_autoptr(DkBarChart) chart = dk_bar_chart_new (DK_VALUE_PERCENT, DK_BAR_STACKED, 1);
  GListModel *rows = dk_ikd_table_get_rows (table);
  g_autofree char *target = dk_ikd_target_label (format, dk_ikd_table_get_target_bp (table));

  dk_chart_set_number_format (DK_CHART (chart), format);
  dk_bar_chart_set_status_names (chart, _("Target met"), _("Below target"));
  dk_chart_set_item_heading (DK_CHART (chart), C_("column", "Region"));
  dk_bar_chart_set_series_name (chart, 0, C_("column", "IKD %"));
  dk_bar_chart_set_target (chart, dk_ikd_table_get_target_bp (table) / 100.0, target);
  dk_ikd_chart_mark_partial (chart, table);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (rows, i);
      g_autofree char *tooltip = dk_ikd_row_describe (row, format);
      double value = dk_ikd_row_get_coverage (row);

      dk_bar_chart_add (chart, dk_ikd_row_get_kode (row), dk_ikd_row_get_wilayah (row), &value,
                        dk_ikd_row_get_target_met (row) ? DK_BAR_GOOD : DK_BAR_BAD, tooltip);
    }
  return g_steal_pointer (&chart);
}

/**
 * dk_ikd_trend_chart_new:
 * @points: (element-type DkIkdPoint): the coverage at each snapshot
 *
 * Returns: (transfer full): the coverage over time, with the target in force
 */
DkLineChart *
dk_ikd_trend_chart_new (GArray               *points,
                        const DkNumberFormat *format)
{
  g_autoptr(DkLineChart) chart = dk_line_chart_new (DK_VALUE_PERCENT, 1);

  dk_chart_set_number_format (DK_CHART (chart), format);
  dk_line_chart_set_series_name (chart, 0, _("IKD coverage"));
  dk_chart_set_item_heading (DK_CHART (chart), C_("column", "Date"));

  for (guint i = 0; i < points->len; i++)
    {
      const DkIkdPoint *p = &g_array_index (points, DkIkdPoint, i);
      double value = dk_ikd_percent_bp (p->jumlah_ikd, p->rekam_dinamis) / 100.0;
      g_autofree char *label = dk_format_date_long (p->as_of);
      GDate date;

      dk_date_parse_iso (p->as_of, &date);
      dk_line_chart_add_point (chart, g_date_get_julian (&date), label, &value, NULL);
      if (i + 1 == points->len)
        {
          g_autofree char *target = dk_ikd_target_label (format, p->target_bp);

          dk_line_chart_set_target (chart, p->target_bp / 100.0, target);
        }
    }
  return g_steal_pointer (&chart);
}

/**
 * dk_ikd_trend_add_pace:
 * @pace: the region's pace, from the last point of @chart
 * @rekam_dinamis: its recordings at the last point
 * @jumlah_ikd: its activations then
 *
 * Draws from the last point where the coverage gets to by the end of the target's year
 * at this pace, and the path needed to reach the target by then.
 */
void
dk_ikd_trend_add_pace (DkLineChart     *chart,
                       const DkIkdPace *pace,
                       gint64           rekam_dinamis,
                       gint64           jumlah_ikd,
                       int              target_bp)
{
  GDate to, deadline;
  double months, at_pace;

  g_return_if_fail (DK_IS_LINE_CHART (chart));
  if (pace == NULL || !pace->has_pace || rekam_dinamis <= 0 || !dk_date_parse_iso (pace->to, &to) ||
      !dk_date_parse_iso (pace->deadline, &deadline))
    return;
  months = g_date_days_between (&to, &deadline) / (365.25 / 12);
  at_pace = MAX (0, jumlah_ikd + pace->per_month * months) * 100.0 / rekam_dinamis;
  dk_line_chart_add_guide (chart, g_date_get_julian (&to), jumlah_ikd * 100.0 / rekam_dinamis,
                           g_date_get_julian (&deadline), at_pace, 1, _("At the last period’s pace"));
  if (pace->needed > 0)
    dk_line_chart_add_guide (chart, g_date_get_julian (&to), jumlah_ikd * 100.0 / rekam_dinamis,
                             g_date_get_julian (&deadline), target_bp / 100.0, 3, _("Needed for the target"));
}

/**
 * dk_ikd_print_doc_new:
 * @table: the IKD table
 * @trend: (nullable) (element-type DkIkdPoint): the coverage over time, if several dates
 * @sort: the order of the bars
 *
 * Returns: (transfer full): the IKD dashboard on paper: summary, chart(s) and the table
 */
DkPrintDoc *
dk_ikd_print_doc_new (DkIkdTable           *table,
                      GArray               *trend,
                      DkBarSort             sort,
                      const DkNumberFormat *format)
{
  return dk_ikd_print_doc_new_with_map (table, trend, sort, NULL, format);
}

/**
 * dk_ikd_print_doc_new_with_map:
 * @boundaries: (nullable): the shapes of the map printed after the bar chart; no map if %NULL
 *
 * As dk_ikd_print_doc_new(), with the map of the regions when their level has boundaries.
 *
 * Returns: (transfer full): the IKD dashboard on paper
 */
DkPrintDoc *
dk_ikd_print_doc_new_with_map (DkIkdTable           *table,
                               GArray               *trend,
                               DkBarSort             sort,
                               DkBoundaries         *boundaries,
                               const DkNumberFormat *format)
{
  DkIkdRow *total = dk_ikd_table_get_total (table);
  GListModel *rows = dk_ikd_table_get_rows (table);
  g_autofree char *date = dk_format_date_long (dk_ikd_table_get_as_of (table));
  g_autofree char *target = dk_format_percent_short (format, dk_ikd_table_get_target_bp (table));
  g_autofree char *subtitle = NULL, *coverage = NULL, *summary = NULL, *needed = NULL;
  g_autoptr(DkBarChart) chart = dk_ikd_chart_new (table, format);
  g_autoptr(DkPrintDoc) doc = NULL;
  const char *headings[] = { C_("column", "No"), C_("column", "Region"), C_("column", "Code"),
                             C_("column", "Recorded"), C_("column", "IKD"), C_("column", "IKD %"),
                             C_("column", "Shortfall") };
  const double widths[] = { 0.5, 3, 1, 1.6, 1.4, 1.2, 1.4 };

  /* Translators: the subtitle of the printed IKD dashboard: region, date, target */
  subtitle = g_strdup_printf (_("%s · as of %s · target %s"), dk_ikd_row_get_wilayah (total), date, target);
  doc = dk_print_doc_new (_("IKD Activation"), subtitle);

  coverage = dk_format_percent_bp (format, dk_ikd_row_get_persen_bp (total));
  needed = dk_format_int (format, dk_ikd_row_get_kekurangan (total));
  /* Translators: the summary of the printed IKD dashboard */
  summary = g_strdup_printf (_("Coverage of %s: %s. Regions meeting the target: %u of %u. "
                               "Activations still needed: %s."),
                             dk_ikd_row_get_wilayah (total), coverage, dk_ikd_table_get_n_met (table),
                             g_list_model_get_n_items (rows), needed);
  dk_print_doc_add_text (doc, summary);
  dk_bar_chart_set_sort (chart, sort);
  dk_print_doc_add_chart (doc, DK_CHART (chart), 0.55);
  if (boundaries != NULL)
    {
      g_autoptr(DkMapChart) map = dk_ikd_map_new (table, boundaries, format);

      if (dk_map_chart_get_n_shapes (map) > 0)
        dk_print_doc_add_chart (doc, DK_CHART (map), 0.8);
    }
  if (trend != NULL && trend->len > 1)
    {
      g_autoptr(DkLineChart) line = dk_ikd_trend_chart_new (trend, format);

      dk_print_doc_add_chart (doc, DK_CHART (line), 0.35);
    }

  dk_print_doc_begin_table (doc, G_N_ELEMENTS (headings), headings, widths, "rllrrrr");
  for (guint i = 0; i <= g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkIkdRow) row = i == 0 ? g_object_ref (total) : g_list_model_get_item (rows, i - 1);
      g_autofree char *no = i > 0 ? g_strdup_printf ("%u", i) : g_strdup ("");
      g_autofree char *rekam = dk_format_int (format, dk_ikd_row_get_rekam_dinamis (row));
      g_autofree char *ikd = dk_format_int (format, dk_ikd_row_get_jumlah_ikd (row));
      g_autofree char *persen = dk_format_percent_bp (format, dk_ikd_row_get_persen_bp (row));
      g_autofree char *kurang = dk_format_int (format, dk_ikd_row_get_kekurangan (row));
      const char *cells[] = { no, dk_ikd_row_get_wilayah (row), dk_ikd_row_get_kode (row), rekam, ikd, persen, kurang };

      dk_print_doc_add_row (doc, cells, i == 0);
    }
  return g_steal_pointer (&doc);
}
