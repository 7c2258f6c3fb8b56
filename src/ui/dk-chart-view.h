/* dk-chart-view.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dk-chart.h"

G_BEGIN_DECLS

#define DK_TYPE_CHART_VIEW (dk_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (DkChartView, dk_chart_view, DK, CHART_VIEW, GtkWidget)

DkChart *dk_chart_view_get_chart (DkChartView        *self);
void     dk_chart_view_set_chart (DkChartView        *self,
                                  DkChart            *chart);
void     dk_chart_view_get_style (DkChartView        *self,
                                  DkChartStyle       *style);
gboolean dk_chart_view_save      (DkChartView        *self,
                                  const char         *path,
                                  GError            **error);
gboolean dk_chart_view_render_png (DkChartView       *self,
                                   const char        *path,
                                   GError           **error);
void     dk_chart_view_save_with_dialog (DkChartView *self,
                                         const char  *name);
gboolean dk_chart_view_move_focus (DkChartView       *self,
                                   double             dx,
                                   double             dy);
gboolean dk_chart_view_activate_focus (DkChartView   *self);

G_END_DECLS
