/* dk-chart-table.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dk-chart-row.h"

G_BEGIN_DECLS

/**
 * DkChartColumnKind:
 * @DK_CHART_COLUMN_LABEL: the items' labels (a region, a date)
 * @DK_CHART_COLUMN_VALUE: numbers, one series each (or their total)
 * @DK_CHART_COLUMN_TARGET: whether each item meets the target
 */
typedef enum
{
  DK_CHART_COLUMN_LABEL,
  DK_CHART_COLUMN_VALUE,
  DK_CHART_COLUMN_TARGET,
} DkChartColumnKind;

#define DK_TYPE_CHART_TABLE (dk_chart_table_get_type ())

G_DECLARE_FINAL_TYPE (DkChartTable, dk_chart_table, DK, CHART_TABLE, GObject)

DkChartTable      *dk_chart_table_new             (void);
guint              dk_chart_table_add_column      (DkChartTable       *self,
                                                   DkChartColumnKind   kind,
                                                   const char         *heading);
void               dk_chart_table_add_row         (DkChartTable       *self,
                                                   int                 item,
                                                   const char * const *cells,
                                                   DkChartTargetState  target,
                                                   const char         *description);
guint              dk_chart_table_get_n_columns   (DkChartTable       *self);
const char        *dk_chart_table_get_heading     (DkChartTable       *self,
                                                   guint               column);
DkChartColumnKind  dk_chart_table_get_column_kind (DkChartTable       *self,
                                                   guint               column);
GListModel        *dk_chart_table_get_rows        (DkChartTable       *self);
DkChartRow        *dk_chart_table_find_row        (DkChartTable       *self,
                                                   const char         *label);
const char        *dk_chart_target_state_to_string (DkChartTargetState state);

G_END_DECLS
