/* dk-m2m-chart.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The M2M dashboard's charts: active and inactive devices per office, an office without
 * any device drawn as such, and the active devices over time with the events marked.
 */
#define G_LOG_DOMAIN "dk-m2m-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dk-m2m-chart.h"

static char *
row_tooltip (DkM2mRow             *row,
             const DkNumberFormat *format)
{
  g_autofree char *d = dk_format_int (format, dk_m2m_row_get_perangkat (row));
  g_autofree char *a = dk_format_int (format, dk_m2m_row_get_aktif (row));
  g_autofree char *i = dk_format_int (format, dk_m2m_row_get_tidak_aktif (row));

  if (dk_m2m_row_get_perangkat (row) == 0)
    /* Translators: a chart tooltip: region (code), then its state */
    return g_strdup_printf (_("%s (%s): no M2M device, so no mobile services"),
                            dk_m2m_row_get_wilayah (row), dk_m2m_row_get_kode (row));
  /* Translators: a chart tooltip: region (code): devices, active, inactive */
  return g_strdup_printf (_("%s (%s): %s devices, %s active, %s inactive"),
                          dk_m2m_row_get_wilayah (row), dk_m2m_row_get_kode (row), d, a, i);
}

/**
 * dk_m2m_chart_new:
 *
 * Returns: (transfer full): a stacked bar per office: active devices (green) under
 *   inactive ones (orange); an office with no device gets a hatched stub and a word
 */
DkBarChart *
dk_m2m_chart_new (DkM2mTable           *table,
                  const DkNumberFormat *format)
{
  g_autoptr(DkBarChart) chart = dk_bar_chart_new (DK_VALUE_COUNT, DK_BAR_STACKED, 2);
  GListModel *rows = dk_m2m_table_get_rows (table);

  dk_chart_set_number_format (DK_CHART (chart), format);
  dk_chart_set_item_heading (DK_CHART (chart), C_("column", "Region"));
  dk_bar_chart_set_series_name (chart, 0, _("Active"));
  dk_bar_chart_set_series_name (chart, 1, _("Inactive"));
  dk_bar_chart_set_series_status (chart, 0, DK_BAR_GOOD);
  dk_bar_chart_set_series_status (chart, 1, DK_BAR_BAD);
  /* Translators: written over the bar of an office that has no M2M device at all */
  dk_bar_chart_set_empty_label (chart, _("none"));

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkM2mRow) row = g_list_model_get_item (rows, i);
      g_autofree char *tooltip = row_tooltip (row, format);
      gint64 inactive = dk_m2m_row_get_tidak_aktif (row);
      double values[2] = { dk_m2m_row_get_aktif (row), inactive > 0 ? inactive : 0 };

      dk_bar_chart_add (chart, dk_m2m_row_get_kode (row), dk_m2m_row_get_wilayah (row), values,
                        DK_BAR_NEUTRAL, tooltip);
    }
  return g_steal_pointer (&chart);
}

/**
 * dk_m2m_timeline_chart_new:
 * @points: (element-type DkM2mPoint): the inventories
 * @events: (element-type DkM2mEvent): the events; the national ones are marked
 *
 * Returns: (transfer full): devices and active devices over time, events as verticals
 */
DkLineChart *
dk_m2m_timeline_chart_new (GArray               *points,
                           GPtrArray            *events,
                           const DkNumberFormat *format)
{
  g_autoptr(DkLineChart) chart = dk_line_chart_new (DK_VALUE_COUNT, 2);

  dk_chart_set_number_format (DK_CHART (chart), format);
  dk_chart_set_item_heading (DK_CHART (chart), C_("column", "Date"));
  dk_line_chart_set_series_name (chart, 0, _("Active devices"));
  dk_line_chart_set_series_name (chart, 1, _("Devices"));

  for (guint i = 0; i < points->len; i++)
    {
      const DkM2mPoint *p = &g_array_index (points, DkM2mPoint, i);
      double values[2] = { p->aktif, p->perangkat };
      g_autofree char *label = dk_format_date_long (p->as_of);
      GDate date;

      dk_date_parse_iso (p->as_of, &date);
      dk_line_chart_add_point (chart, g_date_get_julian (&date), label, values, NULL);
    }
  /* a national switch-off shades the chart until the next national switch-on */
  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      const DkM2mEvent *off = g_ptr_array_index (events, i);
      GDate d0, d1;

      if (off->kode != NULL || off->kind != DK_M2M_EVENT_DEACTIVATED || !dk_date_parse_iso (off->tanggal, &d0))
        continue;
      for (guint j = i + 1; j < events->len; j++)
        {
          const DkM2mEvent *on = g_ptr_array_index (events, j);

          if (on->kode == NULL && on->kind == DK_M2M_EVENT_REACTIVATED && dk_date_parse_iso (on->tanggal, &d1))
            {
              dk_line_chart_add_span (chart, g_date_get_julian (&d0), g_date_get_julian (&d1));
              break;
            }
        }
    }
  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      const DkM2mEvent *e = g_ptr_array_index (events, i);
      g_autofree char *when = dk_m2m_event_format_date (e);
      g_autofree char *label = NULL;
      GDate date;

      if (e->kode != NULL || !dk_date_parse_iso (e->tanggal, &date))
        continue;
      /* Translators: an event marked on the timeline: what, when */
      label = g_strdup_printf (_("%s (%s)"), dk_m2m_event_kind_label (e->kind), when);
      dk_line_chart_add_event (chart, g_date_get_julian (&date), label);
    }
  return g_steal_pointer (&chart);
}

/**
 * dk_m2m_print_doc_new:
 * @outages: (element-type DkM2mOutage): the offices that cannot serve
 *
 * Returns: (transfer full): the M2M dashboard on paper: summary, the offices that cannot
 *   run mobile services, the chart and the table with its total
 */
DkPrintDoc *
dk_m2m_print_doc_new (DkM2mTable           *table,
                      GPtrArray            *outages,
                      DkBarSort             sort,
                      const DkNumberFormat *format)
{
  DkM2mRow *total = dk_m2m_table_get_total (table);
  GListModel *rows = dk_m2m_table_get_rows (table);
  g_autofree char *date = dk_format_date_long (dk_m2m_table_get_as_of (table));
  g_autofree char *subtitle = g_strdup_printf (_("%s · as of %s"), dk_m2m_row_get_wilayah (total), date);
  g_autofree char *d = dk_format_int (format, dk_m2m_row_get_perangkat (total));
  g_autofree char *a = dk_format_int (format, dk_m2m_row_get_aktif (total));
  g_autofree char *n = dk_format_int (format, dk_m2m_row_get_tidak_aktif (total));
  g_autofree char *summary = NULL;
  g_autoptr(DkBarChart) chart = dk_m2m_chart_new (table, format);
  g_autoptr(DkPrintDoc) doc = dk_print_doc_new (_("M2M Devices"), subtitle);
  const char *headings[] = { C_("column", "No"), C_("column", "Code"), C_("column", "Region"),
                             C_("column", "Number of M2M devices"), C_("column", "Active M2M devices"),
                             C_("column", "Inactive"), C_("column", "Remarks") };
  const double widths[] = { 0.5, 0.9, 2.4, 1.3, 1.3, 1, 3 };

  /* Translators: the summary of the printed M2M dashboard */
  summary = g_strdup_printf (_("Devices: %s. Active: %s. Inactive: %s. Offices without a device: %u."),
                             d, a, n, dk_m2m_table_get_n_without_device (table));
  dk_print_doc_add_text (doc, summary);
  for (guint i = 0; outages != NULL && i < outages->len; i++)
    {
      DkM2mOutage *o = g_ptr_array_index (outages, i);
      g_autofree char *since = dk_format_date_long (o->since);
      g_autofree char *line = NULL;

      /* Translators: an office that cannot run mobile services, in the printout:
       * region (code), reason, date */
      line = g_strdup_printf (o->since_first ? _("%s (%s) cannot run mobile services: %s, since at least %s.")
                                             : _("%s (%s) cannot run mobile services: %s, since %s."),
                              o->wilayah, o->kode, o->no_device ? _("no M2M device") : _("no active M2M device"),
                              since);
      dk_print_doc_add_text (doc, line);
    }
  dk_bar_chart_set_sort (chart, sort);
  dk_print_doc_add_chart (doc, DK_CHART (chart), 0.5);

  dk_print_doc_begin_table (doc, G_N_ELEMENTS (headings), headings, widths, "rllrrrl");
  for (guint i = 0; i <= g_list_model_get_n_items (rows); i++)
    {
      gboolean is_total = i == g_list_model_get_n_items (rows);
      g_autoptr(DkM2mRow) row = is_total ? g_object_ref (total) : g_list_model_get_item (rows, i);
      g_autofree char *no = is_total ? g_strdup ("") : g_strdup_printf ("%u", i + 1);
      g_autofree char *rd = dk_format_int (format, dk_m2m_row_get_perangkat (row));
      g_autofree char *ra = dk_format_int (format, dk_m2m_row_get_aktif (row));
      g_autofree char *rn = dk_format_int (format, dk_m2m_row_get_tidak_aktif (row));
      const char *cells[] = { no, dk_m2m_row_get_kode (row), dk_m2m_row_get_wilayah (row), rd, ra, rn,
                              dk_m2m_row_get_keterangan (row) };

      dk_print_doc_add_row (doc, cells, is_total);
    }
  return g_steal_pointer (&doc);
}
