/* dk-chart-row.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * DkChartTargetState:
 * @DK_CHART_TARGET_NONE: the chart has no target
 * @DK_CHART_TARGET_MET: the item reaches the target
 * @DK_CHART_TARGET_MISSED: it falls short of it
 */
typedef enum
{
  DK_CHART_TARGET_NONE,
  DK_CHART_TARGET_MET,
  DK_CHART_TARGET_MISSED,
} DkChartTargetState;

#define DK_TYPE_CHART_ROW (dk_chart_row_get_type ())

G_DECLARE_FINAL_TYPE (DkChartRow, dk_chart_row, DK, CHART_ROW, GObject)

DkChartRow        *dk_chart_row_new              (int                 item,
                                                  const char * const *cells,
                                                  DkChartTargetState  target,
                                                  const char         *description);
int                dk_chart_row_get_item         (DkChartRow         *self);
const char        *dk_chart_row_get_label        (DkChartRow         *self);
const char        *dk_chart_row_get_cell         (DkChartRow         *self,
                                                  guint               column);
guint              dk_chart_row_get_n_cells      (DkChartRow         *self);
DkChartTargetState dk_chart_row_get_target_state (DkChartRow         *self);
const char        *dk_chart_row_get_description  (DkChartRow         *self);

G_END_DECLS
