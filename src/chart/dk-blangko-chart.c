/* dk-blangko-chart.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The blangko dashboard's charts: each office's days of stock left against a month, and
 * the province's stock of blanks over time.
 */
#define G_LOG_DOMAIN "dk-blangko-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dk-blangko-chart.h"

static char *
days_text (const DkNumberFormat *format,
           gint64                x10)
{
  g_autofree char *whole = dk_format_int (format, x10 / 10);

  return g_strdup_printf ("%s%s%d", whole, format->decimal, (int) (x10 % 10));
}

/**
 * dk_blangko_days_chart_new:
 * @offices: (element-type DkBlangkoOffice): the offices' positions
 *
 * Returns: (transfer full): a bar per office that prints: its days of stock left, red
 *   under 30 days (a month's need), with the 30 days drawn across; offices without a
 *   report or that printed nothing have no bar
 */
DkBarChart *
dk_blangko_days_chart_new (GPtrArray            *offices,
                           const DkNumberFormat *format)
{
  g_autoptr(DkBarChart) chart = dk_bar_chart_new (DK_VALUE_COUNT, DK_BAR_STACKED, 1);
  g_autofree char *target = g_strdup_printf (_("%d days"), DK_BLANGKO_WINDOW_DAYS);

  dk_chart_set_number_format (DK_CHART (chart), format);
  dk_chart_set_item_heading (DK_CHART (chart), C_("column", "Region"));
  dk_bar_chart_set_series_name (chart, 0, C_("column", "Days left"));
  dk_bar_chart_set_status_names (chart, _("A month or more"), _("Less than a month"));
  dk_bar_chart_set_target (chart, DK_BLANGKO_WINDOW_DAYS, target);

  for (guint i = 0; i < offices->len; i++)
    {
      DkBlangkoOffice *o = g_ptr_array_index (offices, i);
      g_autofree char *days = NULL, *left = NULL, *out = NULL, *tooltip = NULL;
      double value;

      if (!o->has_report || !o->runs_out)
        continue;
      days = days_text (format, o->days_left_x10);
      left = dk_format_int (format, o->sisa);
      out = dk_format_date_long (o->run_out);
      /* Translators: a chart tooltip: office (code): blanks, days, the day they run out */
      tooltip = g_strdup_printf (_("%s (%s): %s blanks, %s days of stock, out on %s"), o->wilayah, o->kode, left,
                                 days, out);
      value = o->days_left_x10 / 10.0;
      dk_bar_chart_add (chart, o->kode, o->wilayah, &value,
                        o->days_left_x10 >= 10 * DK_BLANGKO_WINDOW_DAYS ? DK_BAR_GOOD : DK_BAR_BAD, tooltip);
    }
  return g_steal_pointer (&chart);
}

/**
 * dk_blangko_stock_chart_new:
 * @points: (element-type DkBlangkoStockPoint): the stock at the end of each day with entries
 *
 * Returns: (transfer full): the province's stock over time
 */
DkLineChart *
dk_blangko_stock_chart_new (GArray               *points,
                            const DkNumberFormat *format)
{
  g_autoptr(DkLineChart) chart = dk_line_chart_new (DK_VALUE_COUNT, 1);

  dk_chart_set_number_format (DK_CHART (chart), format);
  dk_chart_set_item_heading (DK_CHART (chart), C_("column", "Date"));
  dk_line_chart_set_series_name (chart, 0, C_("column", "Stock"));
  for (guint i = 0; i < points->len; i++)
    {
      const DkBlangkoStockPoint *p = &g_array_index (points, DkBlangkoStockPoint, i);
      g_autofree char *label = dk_format_date_long (p->tanggal);
      g_autofree char *in = dk_format_int (format, p->received), *out = dk_format_int (format, p->distributed);
      g_autofree char *stock = dk_format_int (format, p->stock), *tooltip = NULL;
      double value = p->stock;
      GDate date;

      /* Translators: a chart tooltip: date: received, distributed, stock */
      tooltip = g_strdup_printf (_("%s: %s received, %s distributed, %s in stock"), label, in, out, stock);
      dk_date_parse_iso (p->tanggal, &date);
      dk_line_chart_add_point (chart, g_date_get_julian (&date), label, &value, tooltip);
    }
  return g_steal_pointer (&chart);
}

/**
 * dk_blangko_print_doc_new:
 * @offices: (element-type DkBlangkoOffice): the offices' positions
 * @plan: (nullable): the plan shown
 * @stock: the province's stock
 *
 * Returns: (transfer full): the blangko dashboard on paper: the stock, the days of stock
 *   per office and the plan with each office's reason
 */
DkPrintDoc *
dk_blangko_print_doc_new (GPtrArray            *offices,
                          DkBlangkoPlan        *plan,
                          const DkBlangkoStock *stock,
                          const DkNumberFormat *format)
{
  g_autofree char *date = dk_format_date_long (stock->as_of);
  g_autofree char *subtitle = NULL, *summary = NULL;
  g_autofree char *in = dk_format_int (format, stock->received), *out = dk_format_int (format, stock->distributed);
  g_autofree char *left = dk_format_int (format, stock->stock);
  g_autoptr(DkBarChart) chart = dk_blangko_days_chart_new (offices, format);
  g_autoptr(DkPrintDoc) doc = NULL;

  /* Translators: the subtitle of the printed blangko dashboard: the date */
  subtitle = g_strdup_printf (_("Province stock and the offices’ daily reports as of %s"), date);
  doc = dk_print_doc_new (_("Blank KTP-el Cards"), subtitle);
  summary = g_strdup_printf (_("Blank KTP-el cards of the province as of %s: %s received, %s distributed, %s in stock\n\n"),
                             date, in, out, left);
  dk_print_doc_add_text (doc, g_strstrip (summary));
  dk_bar_chart_set_sort (chart, DK_BAR_SORT_VALUE_ASC);
  dk_print_doc_add_chart (doc, DK_CHART (chart), 0.4);
  if (plan != NULL)
    {
      const char *headings[] = { C_("column", "Rank"), C_("column", "Code"), C_("column", "Region"),
                                 C_("column", "Blanks"), C_("column", "Reason") };
      const double widths[] = { 0.6, 0.8, 2.2, 0.9, 6 };
      g_autoptr(GPtrArray) ranked = dk_blangko_plan_ranked (plan);
      g_autofree char *total = dk_format_int (format, dk_blangko_plan_get_total (plan));
      g_autofree char *heading = NULL;

      /* Translators: the printed plan's heading: blanks */
      heading = g_strdup_printf (_("Allocation plan of %s blanks"), total);
      dk_print_doc_add_text (doc, heading);
      dk_print_doc_add_text (doc, dk_blangko_plan_rule ());
      dk_print_doc_begin_table (doc, G_N_ELEMENTS (headings), headings, widths, "rllrl");
      for (guint i = 0; i < ranked->len; i++)
        {
          DkBlangkoPlanRow *row = g_ptr_array_index (ranked, i);
          g_autofree char *rank = g_strdup_printf ("%u", row->rank);
          g_autofree char *keping = dk_format_int (format, row->keping);
          g_autofree char *reason = dk_blangko_plan_row_reason (plan, row, FALSE);
          const char *cells[] = { rank, row->office->kode, row->office->wilayah, keping, reason };

          dk_print_doc_add_row (doc, cells, FALSE);
        }
      {
        const char *cells[] = { "", "", C_("blangko", "Total"), total, "" };

        dk_print_doc_add_row (doc, cells, TRUE);
      }
    }
  return g_steal_pointer (&doc);
}
