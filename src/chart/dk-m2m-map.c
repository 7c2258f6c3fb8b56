/* dk-m2m-map.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The M2M map: each office by what it can do with its network devices: none at all, none
 * active (it cannot run mobile services), some inactive, all active.
 */
#define G_LOG_DOMAIN "dk-m2m-map"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dk-m2m-map.h"

/**
 * dk_m2m_map_class:
 *
 * Returns: 0 no device, 1 no active device, 2 some inactive, 3 all active
 */
int
dk_m2m_map_class (gint64 perangkat,
                  gint64 aktif)
{
  if (perangkat <= 0)
    return 0;
  if (aktif <= 0)
    return 1;
  return aktif < perangkat ? 2 : 3;
}

/**
 * dk_m2m_map_new:
 * @table: the offices' devices
 *
 * Returns: (transfer full): the offices on the map, an office without a device first in
 *   the legend
 */
DkMapChart *
dk_m2m_map_new (DkM2mTable           *table,
                DkBoundaries         *boundaries,
                const DkNumberFormat *format)
{
  g_autoptr(DkMapChart) chart = dk_map_chart_new (boundaries);
  GListModel *rows = dk_m2m_table_get_rows (table);
  const char *names[] = { _("No device"), _("No active device"), _("Some devices inactive"),
                          _("All devices active") };

  dk_chart_set_number_format (DK_CHART (chart), format);
  dk_chart_set_item_heading (DK_CHART (chart), C_("column", "Region"));
  dk_map_chart_set_value_heading (chart, C_("column", "Active"));
  dk_map_chart_set_classes (chart, G_N_ELEMENTS (names), names);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkM2mRow) row = g_list_model_get_item (rows, i);
      g_autofree char *devices = dk_format_int (format, dk_m2m_row_get_perangkat (row));
      g_autofree char *active = dk_format_int (format, dk_m2m_row_get_aktif (row));
      /* Translators: "3 of 4": active devices of all */
      g_autofree char *value = g_strdup_printf (_("%s of %s"), active, devices);
      /* Translators: a map tooltip: office (code): devices, active ones */
      g_autofree char *tooltip = g_strdup_printf (_("%s (%s): %s devices, %s active"), dk_m2m_row_get_wilayah (row),
                                                  dk_m2m_row_get_kode (row), devices, active);
      int klass = dk_m2m_map_class (dk_m2m_row_get_perangkat (row), dk_m2m_row_get_aktif (row));

      dk_map_chart_add (chart, dk_m2m_row_get_kode (row), dk_m2m_row_get_wilayah (row), klass, value,
                        DK_CHART_TARGET_NONE, tooltip);
    }
  return g_steal_pointer (&chart);
}
