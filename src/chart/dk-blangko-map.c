/* dk-blangko-map.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The blangko map: each office by its days of blank cards left, so that neighbours out of
 * blanks show together: under a week, under two, under a month (a month's need), more.
 */
#define G_LOG_DOMAIN "dk-blangko-map"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dk-blangko-map.h"

/**
 * dk_blangko_map_class:
 *
 * Returns: 0 under a week of stock, 1 under two weeks, 2 under a month, 3 a month or more
 *   (or an office that printed nothing and has stock); -1 without a report
 */
int
dk_blangko_map_class (const DkBlangkoOffice *office)
{
  if (!office->has_report)
    return -1;
  if (!office->runs_out || office->days_left_x10 >= 10 * DK_BLANGKO_WINDOW_DAYS)
    return 3;
  if (office->days_left_x10 >= 140)
    return 2;
  return office->days_left_x10 >= 70 ? 1 : 0;
}

/**
 * dk_blangko_map_new:
 * @offices: (element-type DkBlangkoOffice): the offices' positions
 *
 * Returns: (transfer full): the offices on the map by days of stock left; those without a
 *   report hatched
 */
DkMapChart *
dk_blangko_map_new (GPtrArray            *offices,
                    DkBoundaries         *boundaries,
                    const DkNumberFormat *format)
{
  g_autoptr(DkMapChart) chart = dk_map_chart_new (boundaries);
  const char *names[] = { _("Under a week"), _("1 to 2 weeks"), _("2 weeks to a month"), _("A month or more") };

  dk_chart_set_number_format (DK_CHART (chart), format);
  dk_chart_set_item_heading (DK_CHART (chart), C_("column", "Region"));
  dk_map_chart_set_value_heading (chart, C_("column", "Days left"));
  dk_map_chart_set_classes (chart, G_N_ELEMENTS (names), names);
  dk_map_chart_set_no_data_label (chart, _("No report"));
  for (guint i = 0; i < offices->len; i++)
    {
      const DkBlangkoOffice *o = g_ptr_array_index (offices, i);
      g_autofree char *left = dk_format_int (format, o->sisa);
      g_autofree char *days = NULL, *tooltip = NULL;

      if (!o->has_report)
        /* Translators: a map tooltip: office (code) */
        tooltip = g_strdup_printf (_("%s (%s): no daily report"), o->wilayah, o->kode);
      else if (!o->runs_out)
        /* Translators: a map tooltip: office (code), blanks */
        tooltip = g_strdup_printf (_("%s (%s): %s blanks, nothing printed lately"), o->wilayah, o->kode, left);
      else
        {
          g_autofree char *whole = dk_format_int (format, o->days_left_x10 / 10);
          g_autofree char *out = dk_format_date_long (o->run_out);

          days = g_strdup_printf ("%s%s%d", whole, format->decimal, (int) (o->days_left_x10 % 10));
          /* Translators: a map tooltip: office (code): blanks, days, the day they run out */
          tooltip = g_strdup_printf (_("%s (%s): %s blanks, %s days of stock, out on %s"), o->wilayah, o->kode,
                                     left, days, out);
        }
      dk_map_chart_add (chart, o->kode, o->wilayah, dk_blangko_map_class (o), days, DK_CHART_TARGET_NONE, tooltip);
    }
  return g_steal_pointer (&chart);
}
