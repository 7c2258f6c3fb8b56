/* dk-chart-table-view.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dk-chart.h"

G_BEGIN_DECLS

#define DK_TYPE_CHART_TABLE_VIEW (dk_chart_table_view_get_type ())

G_DECLARE_FINAL_TYPE (DkChartTableView, dk_chart_table_view, DK, CHART_TABLE_VIEW, GtkWidget)

DkChart      *dk_chart_table_view_get_chart       (DkChartTableView *self);
void          dk_chart_table_view_set_chart       (DkChartTableView *self,
                                                   DkChart          *chart);
DkChartTable *dk_chart_table_view_get_table       (DkChartTableView *self);
GtkColumnView *dk_chart_table_view_get_column_view (DkChartTableView *self);

G_END_DECLS
