/* dk-budget-chart.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The budget dashboard's charts: budget against realisation per line at a chosen depth
 * of the kode rekening, and the cumulative monthly realisation against the pagu with the
 * line of an even absorption; and the dashboard on paper.
 */
#define G_LOG_DOMAIN "dk-budget-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dk-budget-chart.h"

/**
 * dk_budget_month_name:
 * @month: 1 to 12
 *
 * Returns: (transfer full): the month's short name in the reader's language ("Jan", "Mei")
 */
char *
dk_budget_month_name (guint month)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (2000, CLAMP (month, 1, 12), 1, 0, 0, 0);

  return g_date_time_format (dt, "%b");
}

static char *
line_tooltip (DkBudgetLine         *line,
              const DkNumberFormat *format)
{
  g_autofree char *a = dk_format_rupiah (format, dk_budget_line_get_anggaran (line));
  g_autofree char *r = dk_format_rupiah (format, dk_budget_line_get_realisasi (line));
  g_autofree char *p = dk_format_percent_bp (format, dk_budget_line_get_persen_bp (line));
  g_autofree char *s = dk_format_rupiah (format, dk_budget_line_get_sisa (line));

  /* Translators: a chart tooltip: line (code): budget, realisation (percent), remaining */
  return g_strdup_printf (_("%s (%s): budget %s, realisation %s (%s), remaining %s"),
                          dk_budget_line_get_uraian (line), dk_budget_line_get_kode (line), a, r, p, s);
}

/**
 * dk_budget_chart_new:
 * @depth: the depth of the lines drawn, 1 for the top lines (5.1); a leaf above that
 *   depth is drawn too, so the bars always make the whole budget
 *
 * Returns: (transfer full): a pair of bars per line: budget and realisation, in rupiah
 */
DkBarChart *
dk_budget_chart_new (DkBudgetTable        *table,
                     guint                 depth,
                     const DkNumberFormat *format)
{
  g_autoptr(DkBarChart) chart = dk_bar_chart_new (DK_VALUE_RUPIAH, DK_BAR_GROUPED, 2);
  g_autoptr(GPtrArray) lines = dk_budget_table_lines_at_depth (table, MAX (depth, 1));

  dk_chart_set_number_format (DK_CHART (chart), format);
  dk_chart_set_item_heading (DK_CHART (chart), C_("column", "Account Code"));
  dk_bar_chart_set_series_name (chart, 0, C_("chart", "Budget"));
  dk_bar_chart_set_series_name (chart, 1, C_("chart", "Realisation"));
  dk_bar_chart_set_series_status (chart, 1, DK_BAR_GOOD);
  if (lines->len == 0)
    g_ptr_array_add (lines, dk_budget_table_get_total (table));   /* an activity without lines */
  for (guint i = 0; i < lines->len; i++)
    {
      DkBudgetLine *line = g_ptr_array_index (lines, i);
      g_autofree char *tooltip = line_tooltip (line, format);
      double values[2] = { dk_budget_line_get_anggaran (line), dk_budget_line_get_realisasi (line) };

      dk_bar_chart_add (chart, dk_budget_line_get_kode (line), dk_budget_line_get_kode (line), values,
                        DK_BAR_NEUTRAL, tooltip);
    }
  return g_steal_pointer (&chart);
}

/**
 * dk_budget_monthly_chart_new:
 *
 * Returns: (transfer full): the realisation summed month by month, the line of an even
 *   absorption (a twelfth of the pagu a month) and the pagu as the target
 */
DkLineChart *
dk_budget_monthly_chart_new (DkBudgetTable        *table,
                             const DkNumberFormat *format)
{
  g_autoptr(DkLineChart) chart = dk_line_chart_new (DK_VALUE_RUPIAH, 2);
  gint64 pagu = dk_budget_line_get_anggaran (dk_budget_table_get_total (table));
  g_autofree char *pagu_text = dk_format_rupiah (format, pagu);
  /* Translators: the target line of the monthly chart; %s is the budget */
  g_autofree char *target = g_strdup_printf (_("Budget ceiling %s"), pagu_text);

  dk_chart_set_number_format (DK_CHART (chart), format);
  dk_chart_set_item_heading (DK_CHART (chart), C_("column", "Month"));
  dk_line_chart_set_series_name (chart, 0, _("Cumulative realisation"));
  dk_line_chart_set_series_name (chart, 1, _("Even absorption"));
  for (guint m = 1; m <= 12; m++)
    {
      gint64 cumulative = dk_budget_table_get_cumulative (table, m);
      double values[2] = { cumulative, (double) pagu * m / 12.0 };
      g_autofree char *name = dk_budget_month_name (m);
      g_autofree char *amount = dk_format_rupiah (format, cumulative);
      g_autofree char *percent = dk_format_percent_bp (format, dk_budget_percent_bp (cumulative, pagu));
      /* Translators: a tooltip of the monthly chart: month, cumulative realisation, percent of the budget */
      g_autofree char *tooltip = g_strdup_printf (_("%s: %s realised so far, %s of the budget"), name, amount, percent);

      dk_line_chart_add_point (chart, m, name, values, tooltip);
    }
  dk_line_chart_set_target (chart, pagu, target);
  return g_steal_pointer (&chart);
}

/**
 * dk_budget_chart_title:
 *
 * Returns: (transfer full): "Budget and realisation, 2.12.04.1.02.0001, fiscal year 2025"
 */
char *
dk_budget_chart_title (DkBudgetTable *table)
{
  /* Translators: a chart title: activity code, fiscal year */
  return g_strdup_printf (_("Budget and realisation per account, %s, fiscal year %d"),
                          dk_budget_table_get_activity (table), dk_budget_table_get_year (table));
}

char *
dk_budget_monthly_chart_title (DkBudgetTable *table)
{
  /* Translators: a chart title: activity code, fiscal year */
  return g_strdup_printf (_("Cumulative realisation by month, %s, fiscal year %d"),
                          dk_budget_table_get_activity (table), dk_budget_table_get_year (table));
}

static void
add_table (DkPrintDoc           *doc,
           DkBudgetTable        *table,
           const DkNumberFormat *format)
{
  GPtrArray *lines = dk_budget_table_get_lines (table);
  const char *headings[] = { dk_budget_column_title ("kode_rekening"), dk_budget_column_title ("uraian"),
                             dk_budget_column_title ("anggaran"), dk_budget_column_title ("realisasi"),
                             dk_budget_column_title ("persen"), dk_budget_column_title ("sisa"),
                             dk_budget_column_title ("persen_sisa") };
  const double widths[] = { 1.75, 2.05, 1.55, 1.1, 0.9, 1.75, 0.9 };

  dk_print_doc_begin_table (doc, G_N_ELEMENTS (headings), headings, widths, "llrrrrr");
  for (guint i = 0; i < lines->len; i++)
    {
      DkBudgetLine *line = g_ptr_array_index (lines, i);
      g_autofree char *a = dk_format_int (format, dk_budget_line_get_anggaran (line));
      g_autofree char *r = dk_format_int (format, dk_budget_line_get_realisasi (line));
      g_autofree char *p = dk_format_percent_bp (format, dk_budget_line_get_persen_bp (line));
      g_autofree char *s = dk_format_int (format, dk_budget_line_get_sisa (line));
      g_autofree char *ps = dk_format_percent_bp (format, dk_budget_line_get_persen_sisa_bp (line));
      const char *cells[] = { dk_budget_line_get_kode (line), dk_budget_line_get_uraian (line), a, r, p, s, ps };

      dk_print_doc_add_row (doc, cells, !dk_budget_line_get_is_leaf (line) || dk_budget_line_get_is_activity (line));
    }
}

/**
 * dk_budget_print_doc_new:
 * @depth: the depth of the chart's lines
 *
 * Returns: (transfer full): the budget dashboard on paper: summary, the chart, the
 *   monthly curve when there are monthly figures, and the realisation table
 */
DkPrintDoc *
dk_budget_print_doc_new (DkBudgetTable        *table,
                         guint                 depth,
                         const DkNumberFormat *format)
{
  DkBudgetLine *total = dk_budget_table_get_total (table);
  /* Translators: the printout's subtitle: activity code, name, fiscal year, DPA version */
  g_autofree char *subtitle = g_strdup_printf (_("%s %s · fiscal year %d · %s"), dk_budget_table_get_activity (table),
                                               dk_budget_table_get_activity_name (table),
                                               dk_budget_table_get_year (table), dk_budget_table_get_dpa_name (table));
  g_autofree char *a = dk_format_rupiah (format, dk_budget_line_get_anggaran (total));
  g_autofree char *r = dk_format_rupiah (format, dk_budget_line_get_realisasi (total));
  g_autofree char *p = dk_format_percent_bp (format, dk_budget_line_get_persen_bp (total));
  g_autofree char *s = dk_format_rupiah (format, dk_budget_line_get_sisa (total));
  g_autofree char *ps = dk_format_percent_bp (format, dk_budget_line_get_persen_sisa_bp (total));
  g_autofree char *summary = NULL;
  g_autoptr(DkBarChart) chart = dk_budget_chart_new (table, depth, format);
  g_autoptr(DkPrintDoc) doc = dk_print_doc_new (_("Budget Realisation"), subtitle);

  /* Translators: the summary of the printed budget dashboard */
  summary = g_strdup_printf (_("Budget: %s. Realisation: %s (%s). Remaining: %s (%s)."), a, r, p, s, ps);
  dk_print_doc_add_text (doc, summary);
  dk_print_doc_add_chart (doc, DK_CHART (chart), 0.45);
  if (dk_budget_table_get_has_monthly (table))
    {
      g_autoptr(DkLineChart) monthly = dk_budget_monthly_chart_new (table, format);

      dk_print_doc_add_chart (doc, DK_CHART (monthly), 0.4);
    }
  add_table (doc, table, format);
  return g_steal_pointer (&doc);
}
